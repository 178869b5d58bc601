import { eachDayOfInterval, format, isWeekend } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { fromDay, toDay } from '../../../shared/logic/dates.ts';
import {
  ALL_DAYS,
  addWorkdays,
  endAfter,
  nextWorkday,
  prevWorkday,
  startBefore,
  workCalendar,
  workdaysIn,
} from '../../../shared/logic/workdays.ts';
import { KEY_DATES_2026 } from '../../../shared/templates/keyDates2026.ts';

const cn = workCalendar(KEY_DATES_2026);
const plain = workCalendar([]);
const on = (cal: typeof cn, date: string) => cal.isWorkday(toDay(date));
const next = (cal: typeof cn, date: string) => fromDay(nextWorkday(cal, toDay(date)));
const prev = (cal: typeof cn, date: string) => fromDay(prevWorkday(cal, toDay(date)));
const add = (cal: typeof cn, date: string, n: number) => fromDay(addWorkdays(cal, toDay(date), n));

describe('a working-day calendar', () => {
  it('takes weekends off', () => {
    expect(on(plain, '2026-03-06')).toBe(true); // Friday
    expect(on(plain, '2026-03-07')).toBe(false);
    expect(on(plain, '2026-03-08')).toBe(false);
    expect(next(plain, '2026-03-07')).toBe('2026-03-09');
    expect(prev(plain, '2026-03-08')).toBe('2026-03-06');
    expect(workdaysIn(plain, toDay('2026-03-02'), toDay('2026-03-15'))).toBe(10);
  });

  it('takes the plan’s public holidays off, weekdays included', () => {
    expect(on(cn, '2026-02-16')).toBe(false); // Monday of the Spring Festival holiday
    expect(on(cn, '2026-02-23')).toBe(false); // its last day, a Monday
    expect(next(cn, '2026-02-15')).toBe('2026-02-24');
    expect(next(cn, '2026-10-01')).toBe('2026-10-08');
    expect(prev(cn, '2026-02-20')).toBe('2026-02-14');
  });

  it('works the make-up Saturdays and Sundays (调休)', () => {
    expect(on(cn, '2026-02-14')).toBe(true); // Saturday
    expect(on(cn, '2026-02-28')).toBe(true); // Saturday
    expect(on(cn, '2026-01-04')).toBe(true); // Sunday
    expect(on(cn, '2026-02-21')).toBe(false); // an ordinary Saturday inside the holiday
    // 9–13 Feb, 14 Feb, 24–27 Feb, 28 Feb
    expect(workdaysIn(cn, toDay('2026-02-09'), toDay('2026-02-28'))).toBe(11);
  });

  it('counts working days forward and back across a holiday', () => {
    expect(add(cn, '2026-02-13', 1)).toBe('2026-02-14');
    expect(add(cn, '2026-02-14', 1)).toBe('2026-02-24');
    expect(add(cn, '2026-02-24', -1)).toBe('2026-02-14');
    expect(add(cn, '2026-02-17', 0)).toBe('2026-02-24'); // a day off first moves to the next working day
    expect(fromDay(endAfter(cn, toDay('2026-02-12'), 5))).toBe('2026-02-25');
    expect(fromDay(startBefore(cn, toDay('2026-02-25'), 5))).toBe('2026-02-12');
  });

  it('ignores deleted dates and dates that are not holidays or workdays', () => {
    const cal = workCalendar([
      { start: '2026-03-10', end: '2026-03-10', kind: 'holiday', deleted: true },
      { start: '2026-03-11', end: '2026-03-11', kind: 'shopping' },
      { start: '2026-03-14', end: '2026-03-14', kind: 'sports' },
    ]);
    expect(on(cal, '2026-03-10')).toBe(true);
    expect(on(cal, '2026-03-11')).toBe(true);
    expect(on(cal, '2026-03-14')).toBe(false);
  });

  it('numbers its working days consistently with a day-by-day count (2025–2027)', () => {
    const days = eachDayOfInterval({ start: new Date(2025, 0, 1), end: new Date(2027, 11, 31) });
    const first = toDay('2025-01-01');
    let count = cn.index(first);
    for (const date of days) {
      const iso = format(date, 'yyyy-MM-dd');
      const d = toDay(iso);
      const kd = KEY_DATES_2026.find((k) => (k.kind === 'holiday' || k.kind === 'workday') && k.start <= iso && iso <= k.end);
      const worked = kd ? kd.kind === 'workday' : !isWeekend(date);
      expect(cn.isWorkday(d), iso).toBe(worked);
      expect(cn.index(d), iso).toBe(count);
      if (worked) {
        expect(cn.day(count), iso).toBe(d);
        count++;
      }
    }
  });

  it('counts every day when the calendar is ignored', () => {
    expect(ALL_DAYS.isWorkday(toDay('2026-02-16'))).toBe(true);
    expect(fromDay(addWorkdays(ALL_DAYS, toDay('2026-02-14'), 1))).toBe('2026-02-15');
  });
});
