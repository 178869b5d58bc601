/**
 * Working-day calendars for scheduling. A working day is a Monday to Friday that is not one of the
 * plan's public holidays, or any day the plan marks as a make-up workday (China's 调休: a Saturday or
 * Sunday worked in exchange for a longer holiday). Days are the integer day numbers of dates.ts.
 *
 * Each calendar numbers its working days: `index(day)` is how many working days come before `day`
 * (so a day off shares the index of the next working day) and `day(i)` is the working day with index
 * i. Lags and durations counted in working days are then plain integer sums on the index, in O(log n)
 * per step for n exceptions, however far apart the dates.
 */
import { isoWeekday, toDay } from './dates.ts';

export interface WorkCalendar {
  isWorkday(day: number): boolean;
  /** number of working days before `day` (counted from a fixed origin; may be negative) */
  index(day: number): number;
  /** the working day whose index is i */
  day(i: number): number;
}

/** What the calendar needs of a key date (a KeyDate row fits). */
export interface CalendarDate {
  start: string;
  end: string;
  kind: string;
  deleted?: boolean;
}

/** Every day counts: for always-on tasks ("ignore calendar") and for plans scheduled in calendar days. */
export const ALL_DAYS: WorkCalendar = { isWorkday: () => true, index: (d) => d, day: (i) => i };

/** Weekdays (Mon–Fri) among day numbers 0..r-1 of a week that starts on a Thursday (day 0 = 1970-01-01). */
const WEEKDAYS_BEFORE = [0, 1, 2, 2, 2, 3, 4];

/** Mon–Fri days in [0, d) (negative for d < 0), in closed form. */
function weekdaysBefore(d: number): number {
  const weeks = Math.floor(d / 7);
  return weeks * 5 + WEEKDAYS_BEFORE[d - weeks * 7]!;
}

const isWeekend = (d: number) => isoWeekday(d) >= 6;

/** Count of sorted values strictly below x. */
function countBelow(sorted: readonly number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The plan's calendar from its key dates: `holiday` days are off, `workday` days are worked (a make-up
 * workday wins over a holiday listed on the same day), everything else follows the week.
 */
export function workCalendar(keyDates: readonly CalendarDate[]): WorkCalendar {
  const off = new Set<number>();
  const on = new Set<number>();
  for (const k of keyDates) {
    if (k.deleted || (k.kind !== 'holiday' && k.kind !== 'workday')) continue;
    const s = toDay(k.start);
    const e = toDay(k.end);
    for (let d = s; d <= e; d++) (k.kind === 'holiday' ? off : on).add(d);
  }
  // Only exceptions that change a day's status count: a holiday on a Sunday is a Sunday anyway.
  const offWeekdays = [...off].filter((d) => !on.has(d) && !isWeekend(d)).sort((a, b) => a - b);
  const onWeekends = [...on].filter((d) => isWeekend(d)).sort((a, b) => a - b);
  const offSet = new Set(offWeekdays);
  const onSet = new Set(onWeekends);

  const isWorkday = (d: number) => (isWeekend(d) ? onSet.has(d) : !offSet.has(d));
  const index = (d: number) => weekdaysBefore(d) - countBelow(offWeekdays, d) + countBelow(onWeekends, d);
  const day = (i: number) => {
    // index(d + 1) counts working days up to d: find the first d where it exceeds i.
    const guess = Math.floor((i * 7) / 5);
    let lo = guess - 16;
    let hi = guess + 16;
    // Long runs of holidays or make-up days move the answer off the guess: widen until it is bracketed.
    for (let step = 32; index(lo + 1) > i; step *= 2) lo -= step;
    for (let step = 32; index(hi + 1) <= i; step *= 2) hi += step;
    while (lo < hi) {
      const mid = Math.floor((lo + hi) / 2);
      if (index(mid + 1) > i) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
  return { isWorkday, index, day };
}

/** The day itself when it is worked, else the next working day. */
export const nextWorkday = (cal: WorkCalendar, d: number): number => cal.day(cal.index(d));

/** The day itself when it is worked, else the working day before it. */
export const prevWorkday = (cal: WorkCalendar, d: number): number => (cal.isWorkday(d) ? d : cal.day(cal.index(d) - 1));

/** Working days from start to end, both included (0 when every day of the span is off). */
export const workdaysIn = (cal: WorkCalendar, start: number, end: number): number => cal.index(end + 1) - cal.index(start);

/** The working day n working days after d (before, when n < 0); d itself first moves to a working day. */
export const addWorkdays = (cal: WorkCalendar, d: number, n: number): number => cal.day(cal.index(d) + n);

/** A task's length in working days: at least one, so a milestone or a task placed on a weekend keeps a day. */
export const workLength = (cal: WorkCalendar, start: number, end: number): number => Math.max(1, workdaysIn(cal, start, end));

/** The last day of a task that starts on `start` (moved to a working day) and lasts `length` working days. */
export const endAfter = (cal: WorkCalendar, start: number, length: number): number => cal.day(cal.index(start) + Math.max(1, length) - 1);

/** The first day of a task that ends on `end` (moved back to a working day) and lasts `length` working days. */
export const startBefore = (cal: WorkCalendar, end: number, length: number): number => cal.day(cal.index(prevWorkday(cal, end)) - Math.max(1, length) + 1);
