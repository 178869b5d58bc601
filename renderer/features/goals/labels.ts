import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Period } from './periods.ts';
import { quarterName } from '../../../shared/logic/calendar-quarter.ts';

/** The metrics offered when setting an objective or recording a value (labels under `metric.*`). */
export const METRICS: readonly string[] = [
  'reach', 'impressions', 'followers', 'engagements', 'engagement_rate', 'clicks', 'leads', 'orders', 'conversion_rate', 'revenue', 'gmv', 'spend', 'roi',
];

/** "Q1", "Mar 2026" / "2026年3月", "W12" / "第12周": the short name of a part of a period. */
export function usePeriodLabel(): (p: Pick<Period, 'type' | 'index' | 'year' | 'start'>) => string {
  const { t, i18n } = useTranslation();
  return useCallback(
    (p) => {
      if (p.type === 'month') {
        return new Intl.DateTimeFormat(i18n.language, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(Date.parse(`${p.start}T00:00:00Z`));
      }
      if (p.type === 'quarter') return quarterName(p.index, i18n.language);
      return t(`views.goals.periodLabel.${p.type}`, { n: p.index, year: p.year });
    },
    [t, i18n.language],
  );
}
