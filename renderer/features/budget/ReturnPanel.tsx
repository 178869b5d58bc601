import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { appliedMove, returnOnSpend, suggestReallocation, type Reallocation, type SpendSource } from '../../../shared/logic/budget-return.ts';
import { plannedAmounts, type SpendLike } from '../../../shared/logic/budget-actual.ts';
import type { BudgetCategory, PlatformShare, Settings } from '../../../shared/model/registry.ts';
import { usePlan } from '../../app/store/context.tsx';
import { useRows } from '../../app/store/selectors.ts';
import { Dialog } from '../../ui/Dialog.tsx';
import { useApply } from '../../ui/useEdit.ts';
import { useAppliedMoves } from './appliedMoves.ts';
import { useMoney } from './money.ts';

/**
 * Cost per result and ROI per platform (KPI actuals against spend), and for each category split by
 * platform a suggestion to move share from the weakest platform to the strongest: applied after the
 * user confirms, as one undo step, and not offered again on the same figures.
 */
export function ReturnPanel({ settings, categories, categoryName, splits, spend, platformName, readOnly }: {
  settings: Settings;
  categories: readonly BudgetCategory[];
  categoryName: (c: BudgetCategory) => string;
  splits: readonly PlatformShare[];
  spend: readonly SpendLike[];
  platformName: (id: string) => string;
  readOnly: boolean;
}) {
  const { t } = useTranslation();
  const apply = useApply();
  const pushToast = usePlan((s) => s.pushToast);
  const actuals = useRows('kpi_actual');
  const money = useMoney(settings.currency);
  const headingId = useId();
  const sourceId = useId();
  const [source, setSource] = useState<SpendSource>('ledger');
  const [pending, setPending] = useState<Reallocation | null>(null);

  const returns = useMemo(() => returnOnSpend({ actuals, spend, source }).sort((a, b) => (b.roi ?? -Infinity) - (a.roi ?? -Infinity)), [actuals, spend, source]);
  const applied = useAppliedMoves((s) => s.moves);
  const addApplied = useAppliedMoves((s) => s.add);
  const total = settings.total_budget;
  const suggestions = useMemo(() => suggestReallocation({ returns, categories, splits, total, spend, applied }), [returns, categories, splits, total, spend, applied]);
  const withRoi = returns.filter((r) => r.roi !== null);
  const best = withRoi[0]?.platformId;
  const worst = withRoi.length > 1 ? withRoi.at(-1)?.platformId : undefined;
  const categoryAmount = (id: string) => plannedAmounts(settings.total_budget, categories).get(id) ?? 0;
  const nameOf = (id: string) => {
    const c = categories.find((x) => x.id === id);
    return c ? categoryName(c) : id;
  };
  const roiText = (roi: number | null) => (roi === null ? t('table.none') : money.ratio(roi));
  const describe = (s: Reallocation) =>
    t('views.budget.suggestion', {
      category: nameOf(s.categoryId),
      from: platformName(s.fromPlatformId),
      to: platformName(s.toPlatformId),
      fromRoi: roiText(s.fromRoi),
      toRoi: roiText(s.toRoi),
      points: money.number(s.points),
      fromBefore: money.number(s.fromShare.before),
      fromAfter: money.number(s.fromShare.after),
      toBefore: money.number(s.toShare.before),
      toAfter: money.number(s.toShare.after),
      amount: money.format(Math.round((categoryAmount(s.categoryId) * s.points) / 100)),
    });

  const confirm = async () => {
    if (!pending) return;
    const s = pending;
    setPending(null);
    const ok = await apply(s.changes, t('views.budget.undo.reallocate', { from: platformName(s.fromPlatformId), to: platformName(s.toPlatformId) }));
    if (!ok) return;
    addApplied(appliedMove(s));
    pushToast({ kind: 'info', key: 'views.budget.reallocated', params: { from: platformName(s.fromPlatformId), to: platformName(s.toPlatformId) } });
  };

  return (
    <section className="panel budget-return" aria-labelledby={headingId}>
      <div className="panel-head">
        <h2 id={headingId} className="panel-title">
          {t('views.budget.returnTitle')}
        </h2>
        <div className="field field-inline">
          <label htmlFor={sourceId}>{t('views.budget.spendSource')}</label>
          <select id={sourceId} value={source} onChange={(e) => setSource(e.target.value as SpendSource)}>
            <option value="ledger">{t('views.budget.sourceLedger')}</option>
            <option value="reported">{t('views.budget.sourceReported')}</option>
          </select>
        </div>
      </div>
      <p className="panel-summary">{t('views.budget.returnHint')}</p>
      {returns.length === 0 ? (
        <p className="empty">{t('views.budget.noReturns')}</p>
      ) : (
        <div className="table-scroll" role="region" aria-label={t('views.budget.tableOf', { name: t('views.budget.returnTitle') })} tabIndex={0}>
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('views.budget.platform')}</th>
                <th scope="col" className="num">
                  {t('views.budget.spent')}
                </th>
                <th scope="col" className="num">
                  {t('metric.revenue')}
                </th>
                <th scope="col" className="num">
                  {t('views.budget.results')}
                </th>
                <th scope="col" className="num">
                  {t('views.budget.costPerResult')}
                </th>
                <th scope="col" className="num">
                  {t('metric.roi')}
                </th>
              </tr>
            </thead>
            <tbody>
              {returns.map((r) => (
                <tr key={r.platformId}>
                  <th scope="row">
                    {platformName(r.platformId)}
                    {r.platformId === best ? <span className="roi-badge roi-best">{t('views.budget.best')}</span> : null}
                    {r.platformId === worst ? <span className="roi-badge roi-worst">{t('views.budget.worst')}</span> : null}
                  </th>
                  <td className="num">{r.spend > 0 ? money.units(r.spend) : t('table.none')}</td>
                  <td className="num">{r.revenue === null ? t('table.none') : money.units(r.revenue)}</td>
                  <td className="num">
                    {r.results === null ? t('table.none') : `${money.number(r.results)} ${r.resultMetric ? t(`metric.${r.resultMetric}`) : ''}`}
                  </td>
                  <td className="num">{r.costPerResult === null ? t('table.none') : money.units(r.costPerResult)}</td>
                  <td className="num">{roiText(r.roi)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div className="suggestions">
        <h3 className="panel-subtitle">{t('views.budget.suggestionsTitle')}</h3>
        {suggestions.length === 0 ? (
          <p className="empty">{returns.length ? t('views.budget.noSuggestion') : t('views.budget.noReturns')}</p>
        ) : (
          <ul className="suggestion-list">
            {suggestions.map((s) => (
              <li key={s.categoryId} className="suggestion">
                <p>{describe(s)}</p>
                <button type="button" className="btn btn-primary" disabled={readOnly} onClick={() => setPending(s)}>
                  {t('views.budget.applySuggestion', { category: nameOf(s.categoryId) })}
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
      <Dialog
        open={pending !== null}
        title={t('views.budget.confirmTitle')}
        onClose={() => setPending(null)}
        actions={
          <>
            <button type="button" className="btn" onClick={() => setPending(null)}>
              {t('ui.cancel')}
            </button>
            <button type="button" className="btn btn-primary" onClick={() => void confirm()}>
              {t('views.budget.confirmMove')}
            </button>
          </>
        }
      >
        {pending ? (
          <>
            <p>{describe(pending)}</p>
            <p className="share-note">{t('views.budget.confirmNote')}</p>
          </>
        ) : null}
      </Dialog>
    </section>
  );
}
