import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { BudgetLine, BudgetReport } from '../../../shared/logic/budget-actual.ts';
import type { BudgetCategory } from '../../../shared/model/registry.ts';
import { useMoney, type Money } from './money.ts';

/** Planned, spent, remaining and percentage used per category (with its platforms) and per platform. */
export function PlannedActual({ report, categories, categoryName, platformName, currency }: {
  report: BudgetReport;
  categories: readonly BudgetCategory[];
  categoryName: (c: BudgetCategory) => string;
  platformName: (id: string) => string;
  currency: string;
}) {
  const { t } = useTranslation();
  const money = useMoney(currency);
  const catHeading = useId();
  const platHeading = useId();
  const byId = new Map(categories.map((c) => [c.id, c]));
  const overCount = report.categories.filter((c) => c.over).length + report.categories.reduce((n, c) => n + c.platforms.filter((p) => p.over).length, 0);

  return (
    <div className="budget-pva">
      <section className="panel" aria-labelledby={catHeading}>
        <h3 id={catHeading} className="panel-subtitle">
          {t('views.budget.pvaCategories')}
        </h3>
        <p className={`panel-summary${overCount ? ' is-over-text' : ''}`}>
          {overCount ? t('views.budget.overSummary', { count: overCount }) : t('views.budget.noOver')}
        </p>
        <div className="table-scroll" role="region" aria-label={t('views.budget.tableOf', { name: t('views.budget.pvaCategories') })} tabIndex={0}>
          <table className="data-table pva-table">
            <LineHead first={t('views.budget.category')} />
            <tbody>
              {report.categories.map((c) => {
                const cat = byId.get(c.categoryId);
                const name = cat ? categoryName(cat) : c.categoryId;
                return [
                  <LineRow key={c.categoryId} name={name} line={c} money={money} strong />,
                  ...c.platforms.map((p) => (
                    <LineRow key={`${c.categoryId}-${p.platformId}`} name={platformName(p.platformId)} line={p} money={money} indent />
                  )),
                  c.unsplit > 0 ? (
                    <tr key={`${c.categoryId}-unsplit`} className="pva-sub">
                      <th scope="row" className="pva-indent">
                        {t('views.budget.unsplit')}
                      </th>
                      <td className="num">{t('table.none')}</td>
                      <td className="num">{money.format(c.unsplit)}</td>
                      <td className="num">{t('table.none')}</td>
                      <td />
                    </tr>
                  ) : null,
                ];
              })}
            </tbody>
            <tfoot>
              <LineRow name={t('views.budget.sum')} line={report.total} money={money} strong />
            </tfoot>
          </table>
        </div>
        {report.uncategorised > 0 ? <p className="share-note">{t('views.budget.uncategorised', { amount: money.format(report.uncategorised) })}</p> : null}
      </section>
      <section className="panel" aria-labelledby={platHeading}>
        <h3 id={platHeading} className="panel-subtitle">
          {t('views.budget.pvaPlatforms')}
        </h3>
        <p className="panel-summary">{t('views.budget.pvaPlatformsHint')}</p>
        {report.platforms.length === 0 ? (
          <p className="empty">{t('views.budget.noPlatforms')}</p>
        ) : (
          <div className="table-scroll" role="region" aria-label={t('views.budget.tableOf', { name: t('views.budget.pvaPlatforms') })} tabIndex={0}>
            <table className="data-table pva-table">
              <LineHead first={t('views.budget.platform')} />
              <tbody>
                {report.platforms.map((p) => (
                  <LineRow key={p.platformId} name={platformName(p.platformId)} line={p} money={money} />
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}

function LineHead({ first }: { first: string }) {
  const { t } = useTranslation();
  return (
    <thead>
      <tr>
        <th scope="col">{first}</th>
        <th scope="col" className="num">
          {t('views.budget.planned')}
        </th>
        <th scope="col" className="num">
          {t('views.budget.spent')}
        </th>
        <th scope="col" className="num">
          {t('views.budget.remaining')}
        </th>
        <th scope="col">{t('views.budget.used')}</th>
      </tr>
    </thead>
  );
}

function LineRow({ name, line, money, strong, indent }: { name: string; line: BudgetLine; money: Money; strong?: boolean; indent?: boolean }) {
  const { t } = useTranslation();
  const used = line.used;
  return (
    <tr className={[line.over ? 'is-over' : '', indent ? 'pva-sub' : '', strong ? 'pva-strong' : ''].filter(Boolean).join(' ') || undefined}>
      <th scope="row" className={indent ? 'pva-indent' : undefined}>
        {name}
      </th>
      <td className="num">{money.format(line.planned)}</td>
      <td className="num">{money.format(line.spent)}</td>
      <td className="num">
        {line.over ? (
          <span className="over-text">{t('views.budget.overBy', { amount: money.format(-line.remaining) })}</span>
        ) : (
          money.format(line.remaining)
        )}
      </td>
      <td className="pva-used">
        <span className="used-bar" aria-hidden="true">
          <span className="used-fill" style={{ width: `${Math.min(100, (used ?? (line.spent > 0 ? 1 : 0)) * 100)}%` }} />
        </span>
        <span className="used-text">
          {used === null ? (line.spent > 0 ? t('views.budget.unplanned') : t('table.none')) : money.ratio(used)}
          {line.over ? <span className="over-badge">{t('views.budget.overBadge')}</span> : null}
        </span>
      </td>
    </tr>
  );
}
