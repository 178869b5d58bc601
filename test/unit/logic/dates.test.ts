import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, fromDay, isDate, isoWeekOf, isoWeekday, spanDays, toDay } from '../../../shared/logic/dates.ts';
import { isoDate } from '../../../shared/model/field.ts';

describe('whole-day dates', () => {
  it('round-trips day numbers and counts calendar days', () => {
    expect(toDay('1970-01-01')).toBe(0);
    expect(fromDay(toDay('2028-02-29'))).toBe('2028-02-29');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(daysBetween('2026-03-28', '2026-04-02')).toBe(5);
    expect(spanDays('2026-03-05', '2026-03-05')).toBe(1);
  });

  it('refuses what is not a calendar date', () => {
    expect(() => toDay('2026-02-30')).toThrow(RangeError);
    expect(() => toDay('2026-3-1')).toThrow(RangeError);
  });

  it('numbers ISO weeks across year ends', () => {
    expect(isoWeekday(toDay('2026-03-02'))).toBe(1);
    expect(isoWeekday(toDay('2026-03-01'))).toBe(7);
    expect(isoWeekOf(toDay('2026-03-04')).key).toBe('2026-W10');
    expect(isoWeekOf(toDay('2026-12-31')).key).toBe('2026-W53');
    expect(isoWeekOf(toDay('2027-01-03')).key).toBe('2026-W53');
    expect(isoWeekOf(toDay('2027-01-04')).key).toBe('2027-W01');
    expect(isoWeekOf(toDay('2024-12-30')).key).toBe('2025-W01');
    expect(fromDay(isoWeekOf(toDay('2026-03-08')).monday)).toBe('2026-03-02');
  });
});

describe('isDate, the one date check', () => {
  it('takes real calendar days written YYYY-MM-DD', () => {
    expect(isDate('2026-02-28')).toBe(true);
    expect(isDate('2028-02-29')).toBe(true);
  });
  it('refuses days that are not on the calendar, other spellings, and non-strings', () => {
    for (const s of ['2026-02-29', '2026-02-30', '2026-13-01', '2026-1-5', '2026/01/05', '', ' 2026-01-05', 20260105, null]) expect(isDate(s)).toBe(false);
  });
  it('is what plan fields validate with', () => {
    expect(isoDate.safeParse('2026-02-30').success).toBe(false);
    expect(isoDate.safeParse('2026-02-28').success).toBe(true);
  });
});
