import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { rates, type PlatformRates } from '../../../shared/logic/objectives.ts';
import type { KpiActual, Platform, Settings } from '../../../shared/model/registry.ts';
import { DataTable } from '../../ui/DataTable.tsx';
import { useFormat } from '../../ui/format.ts';

/** Engagement rate, conversion rate and ROI per platform over the plan's dates, best return first. */
export function RatesSection({ actuals, platforms, settings }: { actuals: readonly KpiActual[]; platforms: readonly Platform[]; settings: Settings }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const names = useMemo(() => new Map(platforms.map((p) => [p.id, p.name])), [platforms]);
  const rows = useMemo(
    () =>
      rates(actuals, { from: settings.start_date, to: settings.end_date }).sort(
        (a, b) => (b.roi ?? -Infinity) - (a.roi ?? -Infinity) || (names.get(a.platformId ?? '') ?? '').localeCompare(names.get(b.platformId ?? '') ?? ''),
      ),
    [actuals, settings.start_date, settings.end_date, names],
  );
  const best = rows[0]?.roi != null && rows.filter((r) => r.roi !== null).length > 1 ? rows[0] : undefined;
  const pct = (v: number | null) => (v === null ? t('table.none') : fmt.percent(v * 100));
  const num = (v: number | undefined) => (v === undefined ? t('table.none') : fmt.number(v, 0));
  const money = (v: number | undefined) => (v === undefined ? t('table.none') : fmt.money(v, settings.currency));
  const nameOf = (r: PlatformRates) => (r.platformId ? names.get(r.platformId) ?? t('table.none') : t('views.goals.allPlatforms'));
  return (
    <DataTable<PlatformRates>
      title={t('views.goals.rates')}
      summary={
        <>
          {t('views.goals.ratesSummary')}
          {best ? (
            <>
              {' '}
              <strong data-testid="best-roi">{t('views.goals.bestRoi', { platform: nameOf(best), roi: pct(best.roi) })}</strong>
            </>
          ) : null}
        </>
      }
      rows={rows}
      rowKey={(r) => r.platformId ?? 'all'}
      empty={t('views.goals.noRates')}
      columns={[
        { id: 'platform', header: t('views.goals.platform'), cell: nameOf, rowHeader: true },
        { id: 'reach', header: t('metric.reach'), cell: (r) => num(r.totals.reach), align: 'end' },
        { id: 'er', header: t('metric.engagement_rate'), cell: (r) => pct(r.engagementRate), align: 'end' },
        { id: 'orders', header: t('views.goals.ordersOrLeads'), cell: (r) => num(r.totals.orders ?? r.totals.leads), align: 'end' },
        { id: 'cr', header: t('metric.conversion_rate'), cell: (r) => pct(r.conversionRate), align: 'end' },
        { id: 'revenue', header: t('views.goals.revenueOrGmv'), cell: (r) => money(r.totals.revenue ?? r.totals.gmv), align: 'end' },
        { id: 'spend', header: t('metric.spend'), cell: (r) => money(r.totals.spend), align: 'end' },
        { id: 'roi', header: t('metric.roi'), cell: (r) => pct(r.roi), align: 'end' },
      ]}
    />
  );
}
