import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { commitments, monthlyPhasing } from '../../../shared/logic/budget-plan.ts';
import type { Settings } from '../../../shared/model/registry.ts';
import { useRows } from '../../app/store/selectors.ts';
import { useFormat } from '../../ui/format.ts';
import { useMoney } from './money.ts';

/** Where a commitment is edited: the content calendar's month of the item, or the Team view for a tool. */
function sourceHref(kind: 'kol' | 'tool', date: string | null): string {
  if (kind === 'tool') return '#/team';
  return date ? `#/content/month/${date.slice(0, 7)}` : '#/content/list';
}

/** KOL fees and tools' cost, read-only here: what other views promise the budget, and what is left after them. */
export function Commitments({ settings, spent }: { settings: Settings; spent: number }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const money = useMoney(settings.currency);
  const headingId = useId();
  const content = useRows('content_item');
  const tools = useRows('tool');
  const c = useMemo(() => commitments({ content, tools }), [content, tools]);
  return (
    <section className="panel budget-commitments" aria-labelledby={headingId}>
      <h2 id={headingId} className="panel-title">
        {t('views.budget.plan.commitTitle')}
      </h2>
      <p className="panel-summary">{t('views.budget.plan.commitHint')}</p>
      {c.lines.length === 0 ? (
        <p className="share-note">{t('views.budget.plan.commitNone')}</p>
      ) : (
        <>
          <p className="budget-commit-total" data-testid="budget-committed" data-value={c.total}>
            {t('views.budget.plan.commitTotal', {
              total: money.format(c.total),
              kol: money.format(c.kol),
              tools: money.format(c.tools),
              left: money.format(settings.total_budget - spent - c.total),
            })}
          </p>
          <div className="table-wrap">
            <table className="data-table">
              <caption className="sr-only">{t('views.budget.plan.commitTitle')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('views.budget.plan.commitKind')}</th>
                  <th scope="col">{t('views.budget.plan.commitWhat')}</th>
                  <th scope="col">{t('views.budget.plan.commitWhen')}</th>
                  <th scope="col" className="num">
                    {t('views.budget.plan.commitAmount')}
                  </th>
                  <th scope="col">
                    <span className="sr-only">{t('views.budget.plan.commitOpen')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {c.lines.map((l) => (
                  <tr key={`${l.kind}-${l.id}`}>
                    <td>{t(l.kind === 'kol' ? 'views.budget.plan.kindKol' : 'views.budget.plan.kindTool')}</td>
                    <td>{l.label}</td>
                    <td>{l.kind === 'kol' ? fmt.date(l.date) : t('table.none')}</td>
                    <td className="num">{money.format(l.amount)}</td>
                    <td>
                      <a href={sourceHref(l.kind, l.date)}>
                        {t('views.budget.plan.commitOpen')}
                        <span className="sr-only"> — {l.label}</span>
                      </a>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}

/** The plan phased by month: the total spread over the campaign's days, with each month's spend and KOL fees. */
export function Phasing({ settings }: { settings: Settings }) {
  const { t, i18n } = useTranslation();
  const money = useMoney(settings.currency);
  const headingId = useId();
  const spend = useRows('spend_entry');
  const content = useRows('content_item');
  const months = useMemo(
    () =>
      monthlyPhasing({
        start: settings.start_date,
        end: settings.end_date,
        total: settings.total_budget,
        spend,
        kol: content.filter((c) => c.kol_cost > 0).map((c) => ({ date: c.publish_date, amount: c.kol_cost })),
      }),
    [settings.start_date, settings.end_date, settings.total_budget, spend, content],
  );
  if (months.length === 0) return null;
  const monthName = new Intl.DateTimeFormat(i18n.language, { year: 'numeric', month: 'short', timeZone: 'UTC' });
  const sum = (k: 'planned' | 'actual' | 'committed' | 'days') => months.reduce((a, m) => a + m[k], 0);
  const cents = months.some((m) => m.planned % 100 !== 0);
  return (
    <section className="panel budget-phasing" aria-labelledby={headingId}>
      <h2 id={headingId} className="panel-title">
        {t('views.budget.plan.phaseTitle')}
      </h2>
      <p className="panel-summary">{t('views.budget.plan.phaseHint')}</p>
      <div className="table-wrap">
        <table className="data-table">
          <caption className="sr-only">{t('views.budget.plan.phaseTitle')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('views.budget.plan.month')}</th>
              <th scope="col" className="num">
                {t('views.budget.plan.days')}
              </th>
              <th scope="col" className="num">
                {t('views.budget.plan.planned')}
              </th>
              <th scope="col" className="num">
                {t('views.budget.plan.actual')}
              </th>
              <th scope="col" className="num">
                {t('views.budget.plan.committed')}
              </th>
            </tr>
          </thead>
          <tbody>
            {months.map((m) => (
              <tr key={m.month} data-month={m.month} data-planned={m.planned}>
                <th scope="row">{monthName.format(Date.parse(`${m.month}-01T00:00:00Z`))}</th>
                <td className="num">{m.days}</td>
                <td className="num">{money.format(m.planned, cents)}</td>
                <td className="num">{m.actual ? money.format(m.actual) : t('table.none')}</td>
                <td className="num">{m.committed ? money.format(m.committed) : t('table.none')}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('views.budget.plan.sum')}</th>
              <td className="num">{sum('days')}</td>
              <td className="num">{money.format(sum('planned'), cents)}</td>
              <td className="num">{money.format(sum('actual'))}</td>
              <td className="num">{money.format(sum('committed'))}</td>
            </tr>
          </tfoot>
        </table>
      </div>
    </section>
  );
}
