/**
 * Occurrences of recurring meetings (the weekly cross-department sync, a fortnightly review, …) for the
 * calendar. A meeting starts on the first of its weekdays on or after its start date (the plan's start
 * when it has none) and stops after its end date (the plan's end when it has none).
 *   weekly    every week on its weekday
 *   biweekly  every other week, counted from the first occurrence
 *   monthly   once a month on the same n-th weekday as the first occurrence (2nd Tuesday, …);
 *             a month without a 5th such weekday takes its last one
 */
import { addDays, fromDay, isoWeekday, toDay } from './dates.ts';
import { addMonths, daysInMonth, firstOfMonth, monthOf, toMinutes, fromMinutes } from './calendar.ts';

export interface MeetingRule {
  recurrence: 'weekly' | 'biweekly' | 'monthly';
  /** 1 = Monday … 7 = Sunday */
  weekday: number;
  time: string;
  duration_minutes: number;
  start_date: string | null;
  end_date: string | null;
}

export interface Occurrence<M extends MeetingRule = MeetingRule> {
  meeting: M;
  date: string;
  /** start and end, 'HH:mm' in the plan's zone (end capped at 24:00 shown as 23:59) */
  start: string;
  end: string;
}

/** The first day on or after `date` that falls on an ISO weekday. */
export function nextWeekday(date: string, weekday: number): string {
  const day = toDay(date);
  return fromDay(day + ((((weekday - isoWeekday(day)) % 7) + 7) % 7));
}

/** The n-th (1-based) given weekday of a month, or the last one when the month has fewer. */
function nthWeekdayOf(ym: { year: number; month: number }, weekday: number, n: number): string {
  const first = nextWeekday(firstOfMonth(ym), weekday);
  const last = addDays(firstOfMonth(ym), daysInMonth(ym) - 1);
  let d = addDays(first, 7 * (n - 1));
  while (d > last) d = addDays(d, -7);
  return d;
}

/** The days a meeting happens on within [from, to] (both included), bounded by the plan's dates. */
export function meetingDates(m: MeetingRule, from: string, to: string, planStart: string, planEnd: string): string[] {
  const begin = m.start_date ?? planStart;
  const stop = m.end_date && m.end_date < planEnd ? m.end_date : planEnd;
  const lo = from > begin ? from : begin;
  const hi = to < stop ? to : stop;
  if (lo > hi || m.weekday < 1 || m.weekday > 7) return [];
  const first = nextWeekday(begin, m.weekday);
  const out: string[] = [];
  if (m.recurrence === 'monthly') {
    const nth = Math.floor((Number(first.slice(8, 10)) - 1) / 7) + 1;
    for (let ym = monthOf(first); firstOfMonth(ym) <= hi; ym = addMonths(ym, 1)) {
      const d = nthWeekdayOf(ym, m.weekday, nth);
      if (d >= first && d >= lo && d <= hi) out.push(d);
    }
    return out;
  }
  const step = m.recurrence === 'biweekly' ? 14 : 7;
  // jump straight to the first occurrence at or after `lo`
  const skip = Math.max(0, Math.ceil((toDay(lo) - toDay(first)) / step));
  for (let d = addDays(first, skip * step); d <= hi; d = addDays(d, step)) out.push(d);
  return out;
}

/** Every occurrence of the meetings within [from, to], by day, each day's list in order of time. */
export function occurrencesByDay<M extends MeetingRule>(meetings: readonly M[], from: string, to: string, planStart: string, planEnd: string): Map<string, Occurrence<M>[]> {
  const out = new Map<string, Occurrence<M>[]>();
  for (const meeting of meetings) {
    const start = toMinutes(meeting.time);
    const end = fromMinutes(Math.min(start + meeting.duration_minutes, 24 * 60 - 1));
    for (const date of meetingDates(meeting, from, to, planStart, planEnd)) {
      const o: Occurrence<M> = { meeting, date, start: meeting.time, end };
      const list = out.get(date);
      if (list) list.push(o);
      else out.set(date, [o]);
    }
  }
  for (const list of out.values()) list.sort((a, b) => a.start.localeCompare(b.start));
  return out;
}
