import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { amounts } from '../../../shared/logic/shares.ts';
import type { BudgetCategory, PlatformShare, SpendEntry } from '../../../shared/model/registry.ts';
import { useLabels, useRows, useSettings } from '../../app/store/selectors.ts';
import { DataTable } from '../../ui/DataTable.tsx';
import { useFormat } from '../../ui/format.ts';
import { ViewHeader } from '../../ui/ViewHeader.tsx';

export function BudgetView() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const settings = useSettings();
  const categories = useRows('budget_category');
  const splits = useRows('platform_share');
  const spend = useRows('spend_entry');
  const platforms = useLabels('platform');
  const none = t('table.none');
  const total = settings?.total_budget ?? 0;
  const currency = settings?.currency ?? 'CNY';

  const amountOf = useMemo(() => {
    const values = amounts(total, categories.map((c) => c.share));
    return new Map(categories.map((c, i) => [c.id, values[i] ?? 0]));
  }, [categories, total]);
  const categoryName = (c: BudgetCategory) => c.name || t(`enum.budget_key.${c.key}`);
  const categoryNames = new Map(categories.map((c) => [c.id, categoryName(c)]));

  return (
    <>
      <ViewHeader title={t('views.budget.title')}>{t('views.budget.total', { amount: fmt.money(total, currency) })}</ViewHeader>
      <DataTable<BudgetCategory>
        title={t('views.budget.categories')}
        rows={categories}
        rowKey={(c) => c.id}
        columns={[
          { id: 'name', header: t('views.budget.category'), cell: categoryName, rowHeader: true },
          { id: 'share', header: t('views.budget.share'), cell: (c) => fmt.percent(c.share), align: 'end' },
          { id: 'amount', header: t('views.budget.amount'), cell: (c) => fmt.money(amountOf.get(c.id) ?? 0, currency), align: 'end' },
          { id: 'locked', header: t('views.budget.locked'), cell: (c) => (c.locked ? t('table.yes') : t('table.no')) },
        ]}
      />
      <DataTable<PlatformShare>
        title={t('views.budget.byPlatform')}
        rows={splits}
        rowKey={(s) => s.id}
        columns={[
          { id: 'category', header: t('views.budget.category'), cell: (s) => categoryNames.get(s.category_id) ?? none, rowHeader: true },
          { id: 'platform', header: t('views.budget.platform'), cell: (s) => platforms.get(s.platform_id) ?? none },
          { id: 'share', header: t('views.budget.share'), cell: (s) => fmt.percent(s.share), align: 'end' },
          { id: 'amount', header: t('views.budget.amount'), cell: (s) => fmt.money(((amountOf.get(s.category_id) ?? 0) * s.share) / 100, currency), align: 'end' },
        ]}
      />
      <DataTable<SpendEntry>
        title={t('views.budget.spend')}
        rows={spend}
        rowKey={(s) => s.id}
        columns={[
          { id: 'date', header: t('views.budget.date'), cell: (s) => fmt.date(s.date), rowHeader: true },
          { id: 'category', header: t('views.budget.category'), cell: (s) => categoryNames.get(s.category_id) ?? none },
          { id: 'platform', header: t('views.budget.platform'), cell: (s) => (s.platform_id ? platforms.get(s.platform_id) : null) ?? none },
          { id: 'amount', header: t('views.budget.amount'), cell: (s) => fmt.money(s.amount, currency), align: 'end' },
          { id: 'supplier', header: t('views.budget.supplier'), cell: (s) => s.supplier || none, wrap: true },
          { id: 'note', header: t('views.budget.note'), cell: (s) => s.note || none, wrap: true },
        ]}
      />
    </>
  );
}
