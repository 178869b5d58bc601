/**
 * Calendar arithmetic for the content calendar: month grids, weeks, times of day, peak hours and the
 * packing of items into rows. Dates are 'YYYY-MM-DD' calendar days and times 'HH:mm' wall times in the
 * plan's time zone, so nothing here depends on the machine's time zone.
 */
import { addDays, fromDay, isoWeekday, toDay } from './dates.ts';

export const MINUTES_PER_DAY = 24 * 60;

export interface YearMonth {
  year: number;
  /** 1 = January … 12 = December */
  month: number;
}

/** The year and month of a date. */
export function monthOf(date: string): YearMonth {
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)) };
}

/** 'YYYY-MM' of a year and month. */
export function monthKey({ year, month }: YearMonth): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}

/** The month n months after (n < 0: before) the given one. */
export function addMonths({ year, month }: YearMonth, n: number): YearMonth {
  const index = year * 12 + (month - 1) + n;
  return { year: Math.floor(index / 12), month: (((index % 12) + 12) % 12) + 1 };
}

/** The first day of a month. */
export function firstOfMonth({ year, month }: YearMonth): string {
  return `${monthKey({ year, month })}-01`;
}

/** The number of days in a month. */
export function daysInMonth(ym: YearMonth): number {
  return toDay(firstOfMonth(addMonths(ym, 1))) - toDay(firstOfMonth(ym));
}

/** The Monday of the (ISO, Monday-first) week a date falls in. */
export function mondayOf(date: string): string {
  const day = toDay(date);
  return fromDay(day - (isoWeekday(day) - 1));
}

/** The seven days (Monday … Sunday) of the week a date falls in. */
export function weekOf(date: string): string[] {
  const monday = mondayOf(date);
  return Array.from({ length: 7 }, (_, i) => addDays(monday, i));
}

/**
 * The weeks (Monday first) that cover a month: 4 to 6 rows of 7 days, starting with the week of the
 * 1st and ending with the week of the last day. Days of the neighbouring months fill the edges.
 */
export function monthGrid(ym: YearMonth): string[][] {
  const first = firstOfMonth(ym);
  const last = addDays(first, daysInMonth(ym) - 1);
  const weeks: string[][] = [];
  for (let monday = mondayOf(first); monday <= last; monday = addDays(monday, 7)) weeks.push(weekOf(monday));
  return weeks;
}

/** Whether a date lies between start and end, both included (plain string order works for ISO dates). */
export function inRange(date: string, start: string, end: string): boolean {
  return date >= start && date <= end;
}

/** The date clamped into [start, end]. */
export function clampDate(date: string, start: string, end: string): string {
  if (date < start) return start;
  if (date > end) return end;
  return date;
}

/** Minutes since midnight of an 'HH:mm' time. */
export function toMinutes(time: string): number {
  const m = /^(\d{1,2}):(\d{2})$/.exec(time);
  if (!m) throw new RangeError(`not a time (HH:mm): ${time}`);
  return Number(m[1]) * 60 + Number(m[2]);
}

/** 'HH:mm' of minutes since midnight (wrapped into one day). */
export function fromMinutes(minutes: number): string {
  const m = ((Math.round(minutes) % MINUTES_PER_DAY) + MINUTES_PER_DAY) % MINUTES_PER_DAY;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/** Rounds minutes to the nearest step and keeps them inside one day (0 … 24:00 - step). */
export function snapMinutes(minutes: number, step = 15): number {
  const snapped = Math.round(minutes / step) * step;
  return Math.max(0, Math.min(MINUTES_PER_DAY - step, snapped));
}

/**
 * Whether a time of day falls in the daily peak hours: from `start` (included) to `end` (excluded).
 * A window whose end is before its start runs past midnight (22:00–01:00); start = end means no window,
 * and then nothing is "outside" it.
 */
export function inPeak(time: string, start: string, end: string): boolean {
  const t = toMinutes(time);
  const a = toMinutes(start);
  const b = toMinutes(end);
  if (a === b) return true;
  return a < b ? t >= a && t < b : t >= a || t < b;
}

/** Anything with a first and last day (key dates, tasks). */
export interface Span {
  start: string;
  end: string;
}

/** The spans that touch each day of [from, to], by day, in the order given. */
export function spansByDay<T extends Span>(spans: readonly T[], from: string, to: string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const s of spans) {
    if (s.end < from || s.start > to || s.end < s.start) continue;
    const first = s.start < from ? from : s.start;
    const last = s.end > to ? to : s.end;
    for (let d = first; d <= last; d = addDays(d, 1)) {
      const list = out.get(d);
      if (list) list.push(s);
      else out.set(d, [s]);
    }
  }
  return out;
}

/**
 * Puts intervals (in any unit, end excluded) into rows so that no two in one row overlap: each goes
 * into the first row free at its start, taken in order of start. Returns the row of each interval (in
 * the order given) and the number of rows.
 */
export function packRows(intervals: readonly { start: number; end: number }[]): { rows: number[]; count: number } {
  const order = intervals.map((iv, i) => ({ ...iv, i })).sort((a, b) => a.start - b.start || a.i - b.i);
  const rowEnds: number[] = [];
  const rows = new Array<number>(intervals.length).fill(0);
  for (const iv of order) {
    let r = rowEnds.findIndex((end) => end <= iv.start);
    if (r === -1) {
      r = rowEnds.length;
      rowEnds.push(iv.end);
    } else {
      rowEnds[r] = iv.end;
    }
    rows[iv.i] = r;
  }
  return { rows, count: rowEnds.length };
}
