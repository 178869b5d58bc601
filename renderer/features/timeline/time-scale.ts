/**
 * The board's time axis: the zoom levels, the canvas in days and pixels, and the two rows of the time
 * scale (with ISO week numbers at the day and week levels). Pure, unit-tested in node.
 */
import { getISOWeek } from 'date-fns';
import { isoWeekOf, toDay } from '../../../shared/logic/dates.ts';
import type { WorkCalendar } from '../../../shared/logic/workdays.ts';
import type { Task } from '../../../shared/model/registry.ts';
import { quarterName } from '../../../shared/logic/calendar-quarter.ts';
export type Zoom = 'day' | 'week' | 'month' | 'quarter';
export const ZOOMS: readonly Zoom[] = ['day', 'week', 'month', 'quarter'];

/**
 * Pixels per day of each zoom level. Dyadic numbers (n / 2^k) so that a bar's x / width divided by the
 * day width gives back whole days exactly.
 */
export const PX_PER_DAY: Record<Zoom, number> = { day: 32, week: 12, month: 4, quarter: 1.5 };

/** The scale the header shows for a day width (a fitted width falls between the fixed levels). */
export function scaleOf(ppd: number): Zoom {
  if (ppd >= 20) return 'day';
  if (ppd >= 7) return 'week';
  if (ppd >= 2.5) return 'month';
  return 'quarter';
}

// ---------------------------------------------------------------------------------------------------
// The canvas: days ↔ pixels

export interface Canvas {
  /** day number of the canvas's first day (x = 0) */
  origin: number;
  /** number of days shown */
  days: number;
  /** pixels per day */
  ppd: number;
  width: number;
}

const monthStart = (day: number) => {
  const d = new Date(day * 86_400_000);
  return Math.round(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1) / 86_400_000);
};
const addMonths = (day: number, n: number) => {
  const d = new Date(day * 86_400_000);
  return Math.round(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + n, 1) / 86_400_000);
};
const quarterStart = (day: number) => {
  const d = new Date(day * 86_400_000);
  return Math.round(Date.UTC(d.getUTCFullYear(), Math.floor(d.getUTCMonth() / 3) * 3, 1) / 86_400_000);
};

/** The first and last day the plan covers: its tasks and the campaign period. */
export function planSpan(tasks: readonly Pick<Task, 'start' | 'end'>[], period: { start: string; end: string } | undefined, today: number): { start: number; end: number } {
  let start = period ? toDay(period.start) : Infinity;
  let end = period ? toDay(period.end) : -Infinity;
  for (const t of tasks) {
    start = Math.min(start, toDay(t.start));
    end = Math.max(end, toDay(t.end));
  }
  if (!Number.isFinite(start) || !Number.isFinite(end)) {
    return { start: today, end: today + 90 };
  }
  return { start, end: Math.max(start, end) };
}

/**
 * The canvas for a plan span and a day width: whole months (whole quarters on the quarter scale) with a
 * little room on both sides, so the header's cells start on the canvas's edge.
 */
export function makeCanvas(span: { start: number; end: number }, ppd: number): Canvas {
  const quarter = scaleOf(ppd) === 'quarter';
  const from = span.start - 7;
  const to = span.end + 14;
  const origin = quarter ? quarterStart(from) : monthStart(from);
  const endExclusive = quarter ? addMonths(quarterStart(to), 3) : addMonths(monthStart(to), 1);
  const days = endExclusive - origin;
  return { origin, days, ppd, width: Math.ceil(days * ppd) };
}

/** The day width that shows the whole span in `width` pixels. */
export function fitPpd(span: { start: number; end: number }, width: number): number {
  const days = span.end - span.start + 1 + 21;
  const raw = Math.max(0.5, Math.min(48, width / days));
  // a multiple of 1/64: whole days stay exact in pixels
  return Math.floor(raw * 64) / 64;
}

export const xOf = (c: Canvas, day: number) => (day - c.origin) * c.ppd;
export const dayAt = (c: Canvas, x: number) => c.origin + Math.floor(x / c.ppd);

// ---------------------------------------------------------------------------------------------------
// The time scale

export interface ScaleCell {
  /** first day (day number) and the day after the last */
  start: number;
  end: number;
  label: string;
  /** a longer label for assistive technology and tooltips */
  title: string;
  /** the ISO week's short name, shown before the label (week cells) */
  week?: string;
}

export interface Scale {
  zoom: Zoom;
  upper: ScaleCell[];
  lower: ScaleCell[];
}

const utc = (day: number) => new Date(day * 86_400_000);

/** The ISO week number of a day (date-fns reads the Date in local time: the UTC day is passed as local). */
export function isoWeekNumber(day: number): number {
  const d = utc(day);
  return getISOWeek(new Date(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
}

/**
 * The two rows of the header for the canvas, in the given language. At the day and week levels the
 * week cells carry their ISO week number, named by `weekName` (W23, 第23周): the day level's upper row
 * is then the weeks (their dates say the month), the week level's lower row.
 */
export function timeScale(c: Canvas, lang: string, weekName: (n: number) => string = (n) => `W${n}`): Scale {
  const zoom = scaleOf(c.ppd);
  const end = c.origin + c.days;
  const fmt = (o: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(lang, { ...o, timeZone: 'UTC' });
  const monthYear = fmt({ year: 'numeric', month: 'long' });
  const monthShort = fmt({ month: 'short' });
  const year = fmt({ year: 'numeric' });
  const dayNum = fmt({ day: 'numeric' });
  const full = fmt({ dateStyle: 'full' });
  const dayMonth = fmt({ month: 'short', day: 'numeric' });
  const clip = (cells: ScaleCell[]) => cells.map((x) => ({ ...x, start: Math.max(x.start, c.origin), end: Math.min(x.end, end) })).filter((x) => x.end > x.start);

  const months = (label: Intl.DateTimeFormat): ScaleCell[] => {
    const out: ScaleCell[] = [];
    for (let m = monthStart(c.origin); m < end; m = addMonths(m, 1)) {
      out.push({ start: m, end: addMonths(m, 1), label: label.format(utc(m)), title: monthYear.format(utc(m)) });
    }
    return out;
  };
  const years = (): ScaleCell[] => {
    const out: ScaleCell[] = [];
    const first = utc(c.origin).getUTCFullYear();
    const last = utc(end - 1).getUTCFullYear();
    for (let y = first; y <= last; y++) {
      const s = Math.round(Date.UTC(y, 0, 1) / 86_400_000);
      const e = Math.round(Date.UTC(y + 1, 0, 1) / 86_400_000);
      out.push({ start: s, end: e, label: year.format(utc(s)), title: year.format(utc(s)) });
    }
    return out;
  };

  if (zoom === 'day') {
    const lower: ScaleCell[] = [];
    for (let d = c.origin; d < end; d++) lower.push({ start: d, end: d + 1, label: dayNum.format(utc(d)), title: full.format(utc(d)) });
    const upper: ScaleCell[] = [];
    for (let w = isoWeekOf(c.origin).monday; w < end; w += 7) {
      const week = weekName(isoWeekNumber(w));
      upper.push({ start: w, end: w + 7, week, label: dayMonth.formatRange(utc(w), utc(w + 6)), title: `${week} · ${full.formatRange(utc(w), utc(w + 6))}` });
    }
    return { zoom, upper: clip(upper), lower };
  }
  if (zoom === 'week') {
    const lower: ScaleCell[] = [];
    for (let w = isoWeekOf(c.origin).monday; w < end; w += 7) {
      const week = weekName(isoWeekNumber(w));
      lower.push({ start: w, end: w + 7, week, label: dayMonth.format(utc(w)), title: `${week} · ${full.format(utc(w))}` });
    }
    return { zoom, upper: clip(months(monthYear)), lower: clip(lower) };
  }
  if (zoom === 'month') return { zoom, upper: clip(years()), lower: clip(months(monthShort)) };
  const lower: ScaleCell[] = [];
  for (let q = quarterStart(c.origin); q < end; q = addMonths(q, 3)) {
    const n = Math.floor(utc(q).getUTCMonth() / 3) + 1;
    lower.push({ start: q, end: addMonths(q, 3), label: quarterName(n, lang), title: quarterName(n, lang, utc(q).getUTCFullYear()) });
  }
  return { zoom, upper: clip(years()), lower: clip(lower) };
}

/** Day numbers of the Saturdays and Sundays of the canvas, but for those the calendar makes workdays (调休). */
export function weekendDays(c: Canvas, cal?: WorkCalendar): number[] {
  const out: number[] = [];
  for (let d = c.origin; d < c.origin + c.days; d++) {
    const wd = utc(d).getUTCDay();
    if ((wd === 0 || wd === 6) && !cal?.isWorkday(d)) out.push(d);
  }
  return out;
}
