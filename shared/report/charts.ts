/**
 * The report's charts as standalone SVG (fixed pixel size, no CSS, no external fonts) so that the
 * same string is inlined into the HTML and rasterised for the .docx.
 */
import { daysBetween } from '../logic/dates.ts';
import type { BurnPoint } from '../logic/budget-actual.ts';
import type { RiskHeat } from '../logic/overview.ts';

export const CHART_FONT = "'Noto Sans CJK SC', 'WenQuanYi Micro Hei', 'Microsoft YaHei', 'PingFang SC', sans-serif";

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function svg(width: number, height: number, body: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${esc(CHART_FONT)}" font-size="12">`
    + `<rect width="${width}" height="${height}" fill="#ffffff"/>${body}</svg>`;
}

const text = (x: number, y: number, s: string, attrs = '') => `<text x="${x}" y="${y}" ${attrs}>${esc(s)}</text>`;

export interface Chart {
  svg: string;
  width: number;
  height: number;
}

/** 5 × 5 grid, likelihood up the side, impact along the bottom; each cell in its band's colour with the count. */
export function heatMapChart(heat: RiskHeat, labels: { likelihood: string; impact: string }): Chart {
  const cell = 56;
  const left = 60;
  const top = 12;
  const width = left + cell * 5 + 20;
  const height = top + cell * 5 + 50;
  let body = '';
  heat.rows.forEach((row, r) => {
    row.forEach((c, i) => {
      const x = left + i * cell;
      const y = top + r * cell;
      body += `<rect x="${x}" y="${y}" width="${cell - 2}" height="${cell - 2}" rx="4" fill="${c.band?.color ?? '#e5e7eb'}" fill-opacity="${c.count ? 1 : 0.35}"/>`;
      if (c.count) body += text(x + cell / 2 - 1, y + cell / 2 + 6, String(c.count), 'text-anchor="middle" font-size="18" font-weight="bold" fill="#ffffff"');
    });
    body += text(left - 10, top + r * cell + cell / 2 + 4, String(row[0]!.likelihood), 'text-anchor="end" fill="#374151"');
  });
  for (let i = 0; i < 5; i++) body += text(left + i * cell + cell / 2 - 1, top + cell * 5 + 16, String(i + 1), 'text-anchor="middle" fill="#374151"');
  body += text(left + (cell * 5) / 2, top + cell * 5 + 38, labels.impact, 'text-anchor="middle" fill="#111827" font-weight="bold"');
  body += text(16, top + (cell * 5) / 2, labels.likelihood, `text-anchor="middle" fill="#111827" font-weight="bold" transform="rotate(-90 16 ${top + (cell * 5) / 2})"`);
  return { svg: svg(width, height, body), width, height };
}

const compact = (n: number) => (Math.abs(n) >= 1e6 ? `${+(n / 1e6).toFixed(1)}M` : Math.abs(n) >= 1e3 ? `${+(n / 1e3).toFixed(0)}k` : String(Math.round(n)));

/** Cumulative planned spend (dashed) and actual spend (solid) per month. */
export function burnChart(points: readonly BurnPoint[], labels: { planned: string; actual: string }): Chart {
  const width = 640;
  const height = 280;
  const left = 56;
  const right = 16;
  const top = 30;
  const bottom = 36;
  const max = Math.max(1, ...points.map((p) => Math.max(p.planned, p.actual ?? 0)));
  const plotW = width - left - right;
  const plotH = height - top - bottom;
  const x = (i: number) => left + (points.length <= 1 ? plotW / 2 : (i * plotW) / (points.length - 1));
  const y = (v: number) => top + plotH - (v / max) * plotH;
  let body = '';
  for (let k = 0; k <= 4; k++) {
    const v = (max * k) / 4;
    body += `<line x1="${left}" x2="${width - right}" y1="${y(v)}" y2="${y(v)}" stroke="#e5e7eb"/>`;
    body += text(left - 6, y(v) + 4, compact(v), 'text-anchor="end" fill="#6b7280" font-size="11"');
  }
  points.forEach((p, i) => {
    body += text(x(i), height - bottom + 18, p.month.slice(5), 'text-anchor="middle" fill="#6b7280" font-size="11"');
  });
  const path = (vals: (number | null)[]) => vals.map((v, i) => (v === null ? '' : `${i === 0 || vals[i - 1] === null ? 'M' : 'L'}${x(i).toFixed(1)},${y(v).toFixed(1)}`)).join(' ');
  body += `<path d="${path(points.map((p) => p.planned))}" fill="none" stroke="#4f7cac" stroke-width="2" stroke-dasharray="6 4"/>`;
  body += `<path d="${path(points.map((p) => p.actual))}" fill="none" stroke="#e07a2c" stroke-width="2.5"/>`;
  points.forEach((p, i) => {
    if (p.actual !== null) body += `<circle cx="${x(i)}" cy="${y(p.actual)}" r="3" fill="#e07a2c"/>`;
  });
  body += `<line x1="${left}" x2="${left + 24}" y1="14" y2="14" stroke="#4f7cac" stroke-width="2" stroke-dasharray="6 4"/>` + text(left + 30, 18, labels.planned, 'fill="#374151"');
  body += `<line x1="${left + 120}" x2="${left + 144}" y1="14" y2="14" stroke="#e07a2c" stroke-width="2.5"/>` + text(left + 150, 18, labels.actual, 'fill="#374151"');
  return { svg: svg(width, height, body), width, height };
}

export interface Bar {
  label: string;
  value: number;
  color: string;
  /** the figure printed at the bar's end */
  shown: string;
}

/** Horizontal bars, one a row, scaled to the largest value. */
export function barChart(bars: readonly Bar[]): Chart {
  const width = 640;
  const row = 30;
  const left = 150;
  const height = Math.max(1, bars.length) * row + 16;
  const max = Math.max(1, ...bars.map((b) => b.value));
  const plotW = width - left - 120;
  let body = '';
  bars.forEach((b, i) => {
    const y = 8 + i * row;
    body += text(left - 8, y + 19, b.label.length > 18 ? `${b.label.slice(0, 17)}…` : b.label, 'text-anchor="end" fill="#374151"');
    const w = Math.max(2, (b.value / max) * plotW);
    body += `<rect x="${left}" y="${y + 5}" width="${w.toFixed(1)}" height="${row - 10}" rx="3" fill="${b.color}"/>`;
    body += text(left + w + 6, y + 19, b.shown, 'fill="#374151" font-size="11"');
  });
  return { svg: svg(width, height, body), width, height };
}

export interface GanttRow {
  label: string;
  start: string;
  end: string;
  color: string;
  milestone: boolean;
  /** phase header rows span their tasks and are drawn as a thin bar */
  summary: boolean;
  progress: number;
}

/** A static Gantt picture: month grid over the campaign, one bar a task, phases as summary rows. */
export function ganttChart(rows: readonly GanttRow[], from: string, to: string, monthLabel: (month: string) => string): Chart {
  const width = 680;
  const left = 190;
  const right = 12;
  const head = 26;
  const row = 18;
  const height = head + rows.length * row + 8;
  const span = Math.max(1, daysBetween(from, to) + 1);
  const plotW = width - left - right;
  const x = (date: string) => left + (Math.min(Math.max(daysBetween(from, date), 0), span) / span) * plotW;
  let body = '';
  // month columns
  let y0 = Number(from.slice(0, 4));
  let m0 = Number(from.slice(5, 7));
  for (let guard = 0; guard < 120; guard++) {
    const first = `${y0}-${String(m0).padStart(2, '0')}-01`;
    if (first > to) break;
    const xs = x(first < from ? from : first);
    body += `<line x1="${xs}" x2="${xs}" y1="${head - 6}" y2="${height - 4}" stroke="#e5e7eb"/>`;
    body += text(xs + 3, head - 10, monthLabel(first.slice(0, 7)), 'fill="#6b7280" font-size="10"');
    m0 += 1;
    if (m0 > 12) {
      m0 = 1;
      y0 += 1;
    }
  }
  rows.forEach((r, i) => {
    const y = head + i * row;
    if (i % 2 === 0) body += `<rect x="0" y="${y}" width="${width}" height="${row}" fill="#f9fafb"/>`;
    const label = r.label.length > 24 ? `${r.label.slice(0, 23)}…` : r.label;
    body += text(r.summary ? 6 : 16, y + 13, label, `fill="#111827" font-size="11"${r.summary ? ' font-weight="bold"' : ''}`);
    const xs = x(r.start);
    const xe = x(r.end) + plotW / span;
    if (r.milestone) {
      const cx = xs + plotW / span / 2;
      body += `<path d="M${cx},${y + 3} L${cx + 6},${y + 9} L${cx},${y + 15} L${cx - 6},${y + 9} Z" fill="${r.color}" stroke="#111827" stroke-width="0.8"/>`;
    } else if (r.summary) {
      body += `<rect x="${xs}" y="${y + 6}" width="${Math.max(2, xe - xs)}" height="6" fill="${r.color}"/>`;
    } else {
      const w = Math.max(2, xe - xs);
      body += `<rect x="${xs}" y="${y + 3}" width="${w}" height="${row - 6}" rx="2" fill="${r.color}" fill-opacity="0.45"/>`;
      if (r.progress > 0) body += `<rect x="${xs}" y="${y + 3}" width="${(w * Math.min(100, r.progress)) / 100}" height="${row - 6}" rx="2" fill="${r.color}"/>`;
    }
  });
  return { svg: svg(width, height, body), width, height };
}
