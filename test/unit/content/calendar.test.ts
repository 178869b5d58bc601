import { describe, expect, it } from 'vitest';
import {
  addMonths, clampDate, daysInMonth, fromMinutes, inPeak, inRange, mondayOf, monthGrid, monthOf, packRows, snapMinutes, spansByDay, toMinutes, weekOf,
} from '../../../shared/logic/calendar.ts';

describe('months and weeks', () => {
  it('steps months across years', () => {
    expect(addMonths({ year: 2026, month: 12 }, 1)).toEqual({ year: 2027, month: 1 });
    expect(addMonths({ year: 2026, month: 1 }, -1)).toEqual({ year: 2025, month: 12 });
    expect(addMonths({ year: 2026, month: 5 }, -17)).toEqual({ year: 2024, month: 12 });
    expect(monthOf('2026-06-18')).toEqual({ year: 2026, month: 6 });
  });

  it('knows month lengths, leap years included', () => {
    expect(daysInMonth({ year: 2026, month: 2 })).toBe(28);
    expect(daysInMonth({ year: 2028, month: 2 })).toBe(29);
    expect(daysInMonth({ year: 2026, month: 12 })).toBe(31);
  });

  it('builds Monday-first weeks', () => {
    // 2026-11-27 is a Friday
    expect(mondayOf('2026-11-27')).toBe('2026-11-23');
    expect(mondayOf('2026-11-23')).toBe('2026-11-23');
    expect(mondayOf('2026-11-29')).toBe('2026-11-23');
    expect(weekOf('2026-12-31')).toEqual(['2026-12-28', '2026-12-29', '2026-12-30', '2026-12-31', '2027-01-01', '2027-01-02', '2027-01-03']);
  });

  it('covers a month with whole weeks', () => {
    const feb = monthGrid({ year: 2026, month: 2 }); // 1 Feb 2026 is a Sunday
    expect(feb).toHaveLength(5);
    expect(feb[0]![0]).toBe('2026-01-26');
    expect(feb[0]![6]).toBe('2026-02-01');
    expect(feb[4]![6]).toBe('2026-03-01');
    const mar = monthGrid({ year: 2026, month: 3 }); // 1 Mar is a Sunday, 31 Mar a Tuesday
    expect(mar).toHaveLength(6);
    expect(mar.flat()).toContain('2026-03-31');
    for (const week of [...feb, ...mar]) expect(week).toHaveLength(7);
  });

  it('tells whether a day is inside the plan', () => {
    expect(inRange('2026-01-01', '2026-01-01', '2026-12-31')).toBe(true);
    expect(inRange('2026-12-31', '2026-01-01', '2026-12-31')).toBe(true);
    expect(inRange('2027-01-01', '2026-01-01', '2026-12-31')).toBe(false);
    expect(clampDate('2025-12-01', '2026-01-01', '2026-12-31')).toBe('2026-01-01');
  });
});

describe('times of day', () => {
  it('converts and snaps', () => {
    expect(toMinutes('20:30')).toBe(1230);
    expect(fromMinutes(1230)).toBe('20:30');
    expect(fromMinutes(-15)).toBe('23:45');
    expect(snapMinutes(1237)).toBe(1230);
    expect(snapMinutes(1238)).toBe(1245);
    expect(snapMinutes(-40)).toBe(0);
    expect(snapMinutes(24 * 60 + 30)).toBe(23 * 60 + 45);
    expect(() => toMinutes('8pm')).toThrow();
  });

  it('checks the peak hours, start included and end excluded', () => {
    expect(inPeak('20:00', '20:00', '22:00')).toBe(true);
    expect(inPeak('21:59', '20:00', '22:00')).toBe(true);
    expect(inPeak('22:00', '20:00', '22:00')).toBe(false);
    expect(inPeak('14:00', '20:00', '22:00')).toBe(false);
  });

  it('handles a peak window across midnight and an empty one', () => {
    expect(inPeak('23:30', '22:00', '01:00')).toBe(true);
    expect(inPeak('00:30', '22:00', '01:00')).toBe(true);
    expect(inPeak('12:00', '22:00', '01:00')).toBe(false);
    expect(inPeak('12:00', '20:00', '20:00')).toBe(true);
  });
});

describe('spans by day', () => {
  it('lists each span on every day it touches inside the range', () => {
    const spans = [
      { id: 'a', start: '2026-06-01', end: '2026-06-18' },
      { id: 'b', start: '2026-06-19', end: '2026-06-21' },
      { id: 'c', start: '2026-07-01', end: '2026-07-01' },
    ];
    const m = spansByDay(spans, '2026-06-15', '2026-06-20');
    expect(m.get('2026-06-15')!.map((s) => s.id)).toEqual(['a']);
    expect(m.get('2026-06-18')!.map((s) => s.id)).toEqual(['a']);
    expect(m.get('2026-06-19')!.map((s) => s.id)).toEqual(['b']);
    expect(m.get('2026-06-21')).toBeUndefined();
    expect(m.size).toBe(6);
  });
});

describe('packRows', () => {
  it('puts overlapping intervals in separate rows and reuses free rows', () => {
    const { rows, count } = packRows([
      { start: 1200, end: 1320 },
      { start: 1230, end: 1350 },
      { start: 1320, end: 1440 },
      { start: 480, end: 600 },
    ]);
    expect(rows).toEqual([0, 1, 0, 0]);
    expect(count).toBe(2);
    expect(packRows([])).toEqual({ rows: [], count: 0 });
  });
});
