import { useCallback, useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { plannedVsActual } from '../../../shared/logic/budget-actual.ts';
import type { BudgetCategory } from '../../../shared/model/registry.ts';
import { useRows, useSettings } from '../../app/store/selectors.ts';
import { useReadOnly } from '../../ui/useEdit.ts';
import { ViewHeader } from '../../ui/ViewHeader.tsx';
import { BurnChart } from './BurnChart.tsx';
import { Ledger } from './Ledger.tsx';
import { useMoney } from './money.ts';
import { PlannedActual } from './PlannedActual.tsx';
import { Commitments, Phasing } from './PlanPanels.tsx';
import { ReturnPanel } from './ReturnPanel.tsx';
import { SharesPanel } from './SharesPanel.tsx';
import './budget.css';

/**
 * The budget: the total and its split (sliders by category, and by platform under each category),
 * planned against actual with the burn chart, return on spend with a reallocation suggestion, and the
 * spend ledger with CSV import and export.
 */
export function BudgetView() {
  const { t } = useTranslation();
  const settings = useSettings();
  const categories = useRows('budget_category');
  const splits = useRows('platform_share');
  const spend = useRows('spend_entry');
  const platforms = useRows('platform');
  const readOnly = useReadOnly();
  const money = useMoney(settings?.currency ?? 'CNY');
  const pvaId = useId();

  const categoryName = useCallback((c: BudgetCategory) => c.name || t(`enum.budget_key.${c.key}`), [t]);
  const platformNames = useMemo(() => new Map(platforms.map((p) => [p.id, p.name])), [platforms]);
  const platformName = useCallback((id: string) => platformNames.get(id) ?? t('table.none'), [platformNames, t]);
  const report = useMemo(
    () => plannedVsActual({ total: settings?.total_budget ?? 0, categories, splits, spend }),
    [settings?.total_budget, categories, splits, spend],
  );

  if (!settings) return <ViewHeader title={t('views.budget.title')} />;
  const used = report.total.planned > 0 ? report.total.spent / report.total.planned : null;

  return (
    <div className="budget-view">
      <ViewHeader title={t('views.budget.title')}>
        {t('views.budget.lede', {
          total: money.format(settings.total_budget),
          spent: money.format(report.total.spent),
          used: used === null ? t('table.none') : money.ratio(used),
          remaining: money.format(report.total.remaining),
        })}
      </ViewHeader>
      <SharesPanel settings={settings} categories={categories} categoryName={categoryName} platforms={platforms} readOnly={readOnly} />
      <section className="budget-section" aria-labelledby={pvaId}>
        <h2 id={pvaId} className="section-title">
          {t('views.budget.pvaTitle')}
        </h2>
        <PlannedActual report={report} categories={categories} categoryName={categoryName} platformName={platformName} currency={settings.currency} />
        <BurnChart settings={settings} categories={categories} categoryName={categoryName} splits={splits} spend={spend} />
      </section>
      <Phasing settings={settings} />
      <Commitments settings={settings} spent={report.total.spent} />
      <ReturnPanel
        settings={settings}
        categories={categories}
        categoryName={categoryName}
        splits={splits}
        spend={spend}
        platformName={platformName}
        readOnly={readOnly}
      />
      <Ledger settings={settings} entries={spend} categories={categories} categoryName={categoryName} platforms={platforms} readOnly={readOnly} />
    </div>
  );
}
