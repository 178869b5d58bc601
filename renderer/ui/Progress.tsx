/**
 * Progress toward a target and a KPI's status, shared by the Goals and the Overview views (so their
 * styles live here, not in either view's sheet), and the value-in-its-unit text they show.
 */
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { KpiStatus } from '../../shared/logic/measure.ts';
import { useFormat } from './format.ts';
import './progress.css';

const CURRENCY = /^[A-Z]{3}$/;

/** A value in its unit: 5% for percent, money for an ISO currency code, else "1,200 people". */
export function useValueText(): (value: number | null, unit: string) => string {
  const { t } = useTranslation();
  const fmt = useFormat();
  return useCallback(
    (value, unit) => {
      if (value === null || !Number.isFinite(value)) return t('table.none');
      const u = unit.trim();
      if (u === '%') return fmt.percent(value);
      if (CURRENCY.test(u)) return fmt.money(value, u);
      const n = fmt.number(value, Math.abs(value) >= 100 ? 0 : 2);
      return u ? `${n} ${u}` : n;
    },
    [t, fmt],
  );
}

/** Progress toward a target as a bar and a number (the bar is decoration; the number is read out). */
export function ProgressBar({ percent, value, unit }: { percent: number | null; value: number | null; unit: string }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const valueText = useValueText();
  if (percent === null) {
    return <span className="progress-none">{value === null ? t('views.goals.noData') : valueText(value, unit)}</span>;
  }
  const width = Math.max(0, Math.min(100, percent));
  return (
    <span className="progress">
      <span className="progress-track" aria-hidden="true">
        <span className={`progress-fill${percent >= 100 ? ' done' : ''}`} style={{ width: `${width}%` }} />
      </span>
      <span className="progress-text">{fmt.percent(percent)}</span>
    </span>
  );
}

export function StatusBadge({ status }: { status: KpiStatus }) {
  const { t } = useTranslation();
  return <span className={`kpi-status kpi-${status}`}>{t(`views.goals.kpiStatus.${status}`)}</span>;
}
