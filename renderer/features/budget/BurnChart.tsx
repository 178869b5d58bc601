import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CategoryScale, Chart as ChartJS, Filler, Legend, LinearScale, LineElement, PointElement, Tooltip, type ChartData, type ChartOptions } from 'chart.js';
import { Line } from 'react-chartjs-2';
import { burnSeries, plannedVsActual, type SpendLike } from '../../../shared/logic/budget-actual.ts';
import { today } from '../../../shared/logic/today.ts';
import type { BudgetCategory, PlatformShare, Settings } from '../../../shared/model/registry.ts';
import { fromMinor } from '../../../shared/logic/budget-money.ts';
import { useMoney } from './money.ts';

ChartJS.register(CategoryScale, LinearScale, PointElement, LineElement, Tooltip, Legend, Filler);

interface Palette {
  text: string;
  muted: string;
  grid: string;
  plan: string;
  actual: string;
  over: string;
  surface: string;
  font: string;
}

function readPalette(): Palette {
  const css = getComputedStyle(document.documentElement);
  const v = (name: string, fallback: string) => css.getPropertyValue(name).trim() || fallback;
  return {
    text: v('--text', '#1a1f26'),
    muted: v('--text-muted', '#535c68'),
    grid: v('--border', '#dde2e8'),
    plan: v('--text-muted', '#535c68'),
    actual: v('--accent', '#1f56b8'),
    over: v('--danger', '#b3261e'),
    surface: v('--surface', '#ffffff'),
    font: getComputedStyle(document.body).fontFamily || 'system-ui, sans-serif',
  };
}

/** The theme's colours, read again when the theme switches (data-theme on <html>). */
function usePalette(): Palette {
  const [palette, setPalette] = useState(readPalette);
  useEffect(() => {
    const observer = new MutationObserver(() => setPalette(readPalette()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
    return () => observer.disconnect();
  }, []);
  return palette;
}

/** Cumulative spend against the plan over the campaign's months, for the whole budget or one category. */
export function BurnChart({ settings, categories, categoryName, splits, spend }: {
  settings: Settings;
  categories: readonly BudgetCategory[];
  categoryName: (c: BudgetCategory) => string;
  splits: readonly PlatformShare[];
  spend: readonly SpendLike[];
}) {
  const { t, i18n } = useTranslation();
  const money = useMoney(settings.currency);
  const palette = usePalette();
  const headingId = useId();
  const scopeId = useId();
  const [scope, setScope] = useState<string>('all');
  const category = categories.find((c) => c.id === scope);

  const points = useMemo(() => {
    const budget = category
      ? (plannedVsActual({ total: settings.total_budget, categories, splits, spend }).categories.find((c) => c.categoryId === category.id)?.planned ?? 0)
      : settings.total_budget;
    const rows = category ? spend.filter((e) => e.category_id === category.id) : spend;
    return burnSeries({ start: settings.start_date, end: settings.end_date, budget, spend: rows, today: today(settings) });
  }, [category, categories, splits, spend, settings.total_budget, settings.start_date, settings.end_date]);

  const monthFormat = useMemo(() => new Intl.DateTimeFormat(i18n.language, { month: 'short', year: 'numeric', timeZone: 'UTC' }), [i18n.language]);
  const longMonthFormat = useMemo(() => new Intl.DateTimeFormat(i18n.language, { month: 'long', year: 'numeric', timeZone: 'UTC' }), [i18n.language]);
  const monthLabel = (month: string) => monthFormat.format(Date.parse(`${month}-01T00:00:00Z`));
  const longMonth = (month: string) => longMonthFormat.format(Date.parse(`${month}-01T00:00:00Z`));
  const compact = useMemo(() => {
    try {
      return new Intl.NumberFormat(i18n.language, { style: 'currency', currency: settings.currency, notation: 'compact', maximumFractionDigits: 1 });
    } catch {
      return new Intl.NumberFormat(i18n.language, { notation: 'compact', maximumFractionDigits: 1 });
    }
  }, [i18n.language, settings.currency]);

  const reduceMotion = typeof window !== 'undefined' && window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
  const data: ChartData<'line', (number | null)[], string> = {
    labels: points.map((p) => monthLabel(p.month)),
    datasets: [
      {
        label: t('views.budget.burnPlan'),
        data: points.map((p) => p.planned),
        borderColor: palette.plan,
        backgroundColor: palette.plan,
        borderDash: [6, 4],
        borderWidth: 2,
        pointRadius: 0,
        pointStyle: 'line',
        tension: 0,
      },
      {
        label: t('views.budget.burnActual'),
        data: points.map((p) => p.actual),
        borderColor: palette.actual,
        backgroundColor: palette.actual,
        borderWidth: 2.5,
        // scriptable, so the legend (asked without a data index) shows the normal point
        pointRadius: (ctx) => (points[ctx.dataIndex]?.over ? 5 : 3),
        pointStyle: (ctx) => (points[ctx.dataIndex]?.over ? 'triangle' : 'circle'),
        pointBackgroundColor: (ctx) => (points[ctx.dataIndex]?.over ? palette.over : palette.actual),
        pointBorderColor: (ctx) => (points[ctx.dataIndex]?.over ? palette.over : palette.actual),
        segment: { borderColor: (ctx) => (points[ctx.p1DataIndex]?.over ? palette.over : palette.actual) },
        spanGaps: false,
        tension: 0,
      },
      // a legend entry for the marking of months ahead of plan (no points of its own)
      ...(points.some((p) => p.over)
        ? [{ label: t('views.budget.burnOverLegend'), data: [], borderColor: palette.over, backgroundColor: palette.over, pointStyle: 'triangle' as const, pointRadius: 5 }]
        : []),
    ],
  };
  const options: ChartOptions<'line'> = {
    responsive: true,
    maintainAspectRatio: false,
    animation: reduceMotion ? false : { duration: 250 },
    interaction: { mode: 'index', intersect: false },
    font: { family: palette.font },
    plugins: {
      legend: { labels: { color: palette.text, usePointStyle: true, font: { family: palette.font } } },
      tooltip: {
        callbacks: {
          label: (ctx) => `${ctx.dataset.label ?? ''}: ${ctx.parsed.y === null ? t('table.none') : money.format(Math.round(ctx.parsed.y))}`,
          afterBody: (items) => (items.some((i) => points[i.dataIndex]?.over) ? t('views.budget.burnOverTip') : ''),
        },
      },
    },
    scales: {
      x: { ticks: { color: palette.muted, font: { family: palette.font } }, grid: { color: palette.grid } },
      // the series are minor units (fen): the axis reads in units of the currency
      y: { beginAtZero: true, ticks: { color: palette.muted, font: { family: palette.font }, callback: (v) => compact.format(fromMinor(Number(v))) }, grid: { color: palette.grid } },
    },
  };

  const latest = [...points].reverse().find((p) => p.actual !== null);
  const overMonths = points.filter((p) => p.over).map((p) => longMonth(p.month));
  const summary = latest
    ? t('views.budget.burnSummary', {
        month: longMonth(latest.month),
        actual: money.format(Math.round(latest.actual ?? 0)),
        planned: money.format(Math.round(latest.planned)),
      }) + (overMonths.length ? ` ${t('views.budget.burnOverMonths', { months: overMonths.join(t('table.listSeparator')) })}` : '')
    : t('views.budget.burnNoSpend');

  return (
    <section className="panel budget-burn" aria-labelledby={headingId}>
      <div className="panel-head">
        <h3 id={headingId} className="panel-subtitle">
          {t('views.budget.burnTitle')}
        </h3>
        <div className="field field-inline">
          <label htmlFor={scopeId}>{t('views.budget.burnScope')}</label>
          <select id={scopeId} value={scope} onChange={(e) => setScope(e.target.value)}>
            <option value="all">{t('views.budget.allCategories')}</option>
            {categories.map((c) => (
              <option key={c.id} value={c.id}>
                {categoryName(c)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <p className={`panel-summary${overMonths.length ? ' is-over-text' : ''}`}>{summary}</p>
      {points.length ? (
        <div className="burn-canvas">
          <Line data={data} options={options} role="img" aria-label={`${t('views.budget.burnTitle')}. ${summary}`} />
        </div>
      ) : (
        <p className="empty">{t('views.budget.burnNoDates')}</p>
      )}
      {points.length ? (
        <details className="burn-table">
          <summary>{t('views.budget.burnAsTable')}</summary>
          <div className="table-scroll">
            <table className="data-table">
              <caption className="sr-only">{t('views.budget.burnTitle')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('views.budget.month')}</th>
                  <th scope="col" className="num">
                    {t('views.budget.burnPlan')}
                  </th>
                  <th scope="col" className="num">
                    {t('views.budget.burnActual')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {points.map((p) => (
                  <tr key={p.month} className={p.over ? 'is-over' : undefined}>
                    <th scope="row">{monthLabel(p.month)}</th>
                    <td className="num">{money.format(Math.round(p.planned))}</td>
                    <td className="num">
                      {p.actual === null ? t('table.none') : money.format(Math.round(p.actual))}
                      {p.over ? <span className="over-badge">{t('views.budget.overBadge')}</span> : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      ) : null}
    </section>
  );
}
