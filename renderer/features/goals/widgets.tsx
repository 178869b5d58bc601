import { useTranslation } from 'react-i18next';
import { toDay } from '../../../shared/logic/dates.ts';
import type { Measure } from '../../../shared/logic/measure.ts';
import type { Objective } from '../../../shared/model/registry.ts';
import './goals.css';

/**
 * The objective's course over its period: measured values (running total for flows, the level for
 * levels), the target, the forecast to the period's end and today. An image with a text summary.
 */
export function ProgressChart({ objective, measure, today, summary, labels }: {
  objective: Pick<Objective, 'period_start' | 'period_end' | 'target' | 'baseline'>;
  measure: Measure;
  today: string;
  summary: string;
  /** the target and the period's first and last day, as shown on the chart */
  labels: { target: string; start: string; end: string };
}) {
  const W = 340;
  const H = 160;
  const pad = { l: 6, r: 6, t: 18, b: 20 };
  const x0 = toDay(objective.period_start);
  const x1 = Math.max(x0 + 1, toDay(objective.period_end));
  let running = 0;
  const byDay = new Map<number, number>();
  for (const p of measure.points) {
    running += p.value;
    byDay.set(toDay(p.date), measure.progress.aggregation === 'sum' ? running : p.value);
  }
  const pts = [...byDay.entries()];
  const startValue = measure.progress.aggregation === 'sum' ? 0 : objective.baseline;
  const projected = measure.forecast.projected;
  const values = [objective.target, startValue, ...pts.map(([, v]) => v), ...(projected === null ? [] : [projected])];
  const lo = Math.min(0, ...values);
  const hi = Math.max(...values) || 1;
  const sx = (d: number) => pad.l + ((d - x0) / (x1 - x0)) * (W - pad.l - pad.r);
  const sy = (v: number) => H - pad.b - ((v - lo) / (hi - lo || 1)) * (H - pad.t - pad.b);
  const line = [[x0, startValue] as const, ...pts].map(([d, v], i) => `${i ? 'L' : 'M'}${sx(d).toFixed(1)},${sy(v).toFixed(1)}`).join(' ');
  const last = pts.at(-1);
  const t = toDay(today);
  return (
    <figure className="goal-chart">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={summary}>
        <line className="chart-axis" x1={pad.l} x2={W - pad.r} y1={sy(lo)} y2={sy(lo)} />
        <line className="chart-target" x1={pad.l} x2={W - pad.r} y1={sy(objective.target)} y2={sy(objective.target)} />
        {t >= x0 && t <= x1 ? <line className="chart-today" x1={sx(t)} x2={sx(t)} y1={pad.t} y2={H - pad.b} /> : null}
        {pts.length ? <path className="chart-line" d={line} /> : null}
        {last && projected !== null ? <line className="chart-forecast" x1={sx(last[0])} y1={sy(last[1])} x2={sx(x1)} y2={sy(projected)} /> : null}
        {pts.map(([d, v]) => (
          <circle key={d} className="chart-dot" cx={sx(d)} cy={sy(v)} r={2.5} />
        ))}
        <text className="chart-label" x={pad.l} y={sy(objective.target) - 4}>
          {labels.target}
        </text>
        <text className="chart-label" x={pad.l} y={H - 5}>
          {labels.start}
        </text>
        <text className="chart-label" x={W - pad.r} y={H - 5} textAnchor="end">
          {labels.end}
        </text>
      </svg>
      <figcaption className="goal-chart-legend" aria-hidden="true">
        <span className="lg lg-line" />
        <LegendText k="legendMeasured" />
        <span className="lg lg-target" />
        <LegendText k="legendTarget" />
        <span className="lg lg-forecast" />
        <LegendText k="legendForecast" />
        <span className="lg lg-today" />
        <LegendText k="legendToday" />
      </figcaption>
    </figure>
  );
}

function LegendText({ k }: { k: string }) {
  const { t } = useTranslation();
  return <span>{t(`views.goals.${k}`)}</span>;
}
