import { describe, expect, it } from 'vitest';
import { meetingDates, nextWeekday, occurrencesByDay, type MeetingRule } from '../../../shared/logic/meetings.ts';

const weekly: MeetingRule = { recurrence: 'weekly', weekday: 1, time: '10:00', duration_minutes: 60, start_date: '2026-01-05', end_date: null };

describe('meeting occurrences', () => {
  it('finds the next weekday on or after a date', () => {
    expect(nextWeekday('2026-11-27', 5)).toBe('2026-11-27');
    expect(nextWeekday('2026-11-27', 1)).toBe('2026-11-30');
    expect(nextWeekday('2026-11-29', 7)).toBe('2026-11-29');
  });

  it('repeats a weekly meeting on its weekday within the range', () => {
    expect(meetingDates(weekly, '2026-12-01', '2026-12-31', '2026-01-01', '2026-12-31')).toEqual(['2026-12-07', '2026-12-14', '2026-12-21', '2026-12-28']);
  });

  it('stops at the meeting end, the plan end and starts at the meeting start', () => {
    expect(meetingDates({ ...weekly, end_date: '2026-12-14' }, '2026-12-01', '2026-12-31', '2026-01-01', '2026-12-31')).toEqual(['2026-12-07', '2026-12-14']);
    expect(meetingDates(weekly, '2026-12-28', '2027-01-31', '2026-01-01', '2026-12-31')).toEqual(['2026-12-28']);
    expect(meetingDates(weekly, '2025-12-01', '2026-01-20', '2026-01-01', '2026-12-31')).toEqual(['2026-01-05', '2026-01-12', '2026-01-19']);
    // no start date: from the plan's start
    expect(meetingDates({ ...weekly, start_date: null }, '2025-12-01', '2026-01-10', '2026-01-01', '2026-12-31')).toEqual(['2026-01-05']);
  });

  it('counts every other week from the first occurrence', () => {
    const review: MeetingRule = { ...weekly, recurrence: 'biweekly', weekday: 4, start_date: '2026-03-05' };
    expect(meetingDates(review, '2026-03-01', '2026-04-10', '2026-01-01', '2026-12-31')).toEqual(['2026-03-05', '2026-03-19', '2026-04-02']);
    // a range that starts in an "off" week still lands on the right weeks
    expect(meetingDates(review, '2026-03-10', '2026-03-31', '2026-01-01', '2026-12-31')).toEqual(['2026-03-19']);
  });

  it('keeps the n-th weekday for monthly meetings, the last one when a month has fewer', () => {
    // 2026-01-29 is the 5th Thursday of January
    const monthly: MeetingRule = { ...weekly, recurrence: 'monthly', weekday: 4, start_date: '2026-01-29' };
    expect(meetingDates(monthly, '2026-01-01', '2026-04-30', '2026-01-01', '2026-12-31')).toEqual(['2026-01-29', '2026-02-26', '2026-03-26', '2026-04-30']);
    const second: MeetingRule = { ...weekly, recurrence: 'monthly', weekday: 2, start_date: '2026-01-08' }; // 2nd Tuesday: 13 Jan
    expect(meetingDates(second, '2026-01-01', '2026-03-31', '2026-01-01', '2026-12-31')).toEqual(['2026-01-13', '2026-02-10', '2026-03-10']);
  });

  it('gives nothing for an empty range or an impossible weekday', () => {
    expect(meetingDates(weekly, '2026-12-10', '2026-12-01', '2026-01-01', '2026-12-31')).toEqual([]);
    expect(meetingDates({ ...weekly, weekday: 9 }, '2026-12-01', '2026-12-31', '2026-01-01', '2026-12-31')).toEqual([]);
  });

  it('groups occurrences by day in order of time, with their end', () => {
    const late = { ...weekly, time: '16:00', duration_minutes: 30, id: 'late' };
    const early = { ...weekly, time: '09:00', duration_minutes: 90, id: 'early' };
    const allDay = { ...weekly, time: '23:30', duration_minutes: 120, id: 'night' };
    const m = occurrencesByDay([late, early, allDay], '2026-12-07', '2026-12-08', '2026-01-01', '2026-12-31');
    expect([...m.keys()]).toEqual(['2026-12-07']);
    expect(m.get('2026-12-07')!.map((o) => [o.meeting.id, o.start, o.end])).toEqual([
      ['early', '09:00', '10:30'],
      ['late', '16:00', '16:30'],
      ['night', '23:30', '23:59'],
    ]);
  });
});
