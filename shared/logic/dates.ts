/**
 * Whole-day arithmetic on 'YYYY-MM-DD' strings. Days are counted as integers from 1970-01-01 in UTC, so
 * the machine's time zone and daylight-saving changes can never shift a plan date by one.
 */

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** Day number (days since 1970-01-01) of a 'YYYY-MM-DD' date; throws on anything else. */
export function toDay(date: string): number {
  const m = DATE_RE.exec(date);
  if (!m) throw new RangeError(`not a date (YYYY-MM-DD): ${date}`);
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  // Date.UTC rolls 2026-02-30 over to March: refuse it rather than silently move the day.
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) {
    throw new RangeError(`not a calendar date: ${date}`);
  }
  return Math.round(ms / MS_PER_DAY);
}

/** Whether a value is a real calendar day written 'YYYY-MM-DD': the one date check of every view and field. */
export function isDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  try {
    toDay(value);
    return true;
  } catch {
    return false;
  }
}

/** The 'YYYY-MM-DD' date of a day number. */
export function fromDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  return fromDay(toDay(date) + days);
}

/** b - a in days (positive when b is later). */
export function daysBetween(a: string, b: string): number {
  return toDay(b) - toDay(a);
}

/** Number of days from start to end, both included (1 for a one-day task or a milestone). */
export function spanDays(start: string, end: string): number {
  return toDay(end) - toDay(start) + 1;
}

/** The day numbers of a span's first and last day; null when either is not a date or the end comes first. */
export function daySpan(start: string, end: string): { first: number; last: number } | null {
  if (!isDate(start) || !isDate(end)) return null;
  const first = toDay(start);
  const last = toDay(end);
  return last < first ? null : { first, last };
}

/** ISO weekday of a day number: 1 = Monday … 7 = Sunday (1970-01-01 was a Thursday). */
export function isoWeekday(day: number): number {
  return (((day + 3) % 7) + 7) % 7 + 1;
}

export interface IsoWeek {
  /** ISO week-numbering year (the year of the week's Thursday) */
  year: number;
  week: number;
  /** 'YYYY-Www', sorts chronologically */
  key: string;
  /** Monday of the week, as a day number */
  monday: number;
}

/** The ISO 8601 week a day number falls in. */
export function isoWeekOf(day: number): IsoWeek {
  const monday = day - (isoWeekday(day) - 1);
  const thursday = monday + 3;
  const year = new Date(thursday * MS_PER_DAY).getUTCFullYear();
  const jan1 = Math.round(Date.UTC(year, 0, 1) / MS_PER_DAY);
  const week = Math.floor((thursday - jan1) / 7) + 1;
  return { year, week, key: `${year}-W${String(week).padStart(2, '0')}`, monday };
}
