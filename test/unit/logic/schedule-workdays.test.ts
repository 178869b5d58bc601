import { describe, expect, it } from 'vitest';
import type { LinkType } from '../../../shared/model/enums.ts';
import { constrainEdit, earliestAllowed, limitGroupShift } from '../../../shared/logic/schedule-limits.ts';
import { criticalPath } from '../../../shared/logic/critical-path.ts';
import { reschedule } from '../../../shared/logic/schedule.ts';
import type { ScheduleLink, ScheduledTask } from '../../../shared/logic/schedule-graph.ts';
import { workCalendar } from '../../../shared/logic/workdays.ts';
import { KEY_DATES_2026 } from '../../../shared/templates/keyDates2026.ts';

/** China 2026: Spring Festival off 15–23 Feb, Saturdays 14 and 28 Feb worked. */
const cn = workCalendar(KEY_DATES_2026);
const task = (id: string, start: string, end: string, extra: Partial<ScheduledTask> = {}): ScheduledTask => ({ id, start, end, ...extra });
const link = (p: string, s: string, type: LinkType = 'FS', lag = 0): ScheduleLink => ({ predecessor_id: p, successor_id: s, type, lag_days: lag });
const at = (id: string, start: string, end: string) => ({ id, start, end });

describe('scheduling on working days', () => {
  it('FS: a pushed successor skips the Spring Festival holiday and keeps its length in working days', () => {
    const tasks = [task('A', '2026-02-02', '2026-02-06'), task('B', '2026-02-09', '2026-02-13')];
    // A now ends on the make-up Saturday: B starts on the first working day after the holiday and
    // runs five working days, the last of them the make-up Saturday 28 Feb.
    expect(reschedule(tasks, [link('A', 'B')], [at('A', '2026-02-10', '2026-02-14')], cn)).toEqual([
      at('A', '2026-02-10', '2026-02-14'),
      at('B', '2026-02-24', '2026-02-28'),
    ]);
  });

  it('FS: a pushed launch milestone lands on Monday, not on Saturday', () => {
    const tasks = [task('A', '2026-03-02', '2026-03-05'), task('M', '2026-03-06', '2026-03-06', { milestone: true } as Partial<ScheduledTask>)];
    expect(reschedule(tasks, [link('A', 'M')], [at('A', '2026-03-03', '2026-03-06')], cn)).toEqual([
      at('A', '2026-03-03', '2026-03-06'),
      at('M', '2026-03-09', '2026-03-09'),
    ]);
  });

  it('FS: the lag counts working days', () => {
    const tasks = [task('A', '2026-03-02', '2026-03-06'), task('B', '2026-03-20', '2026-03-20')];
    // two working days (Mon 9, Tue 10) between Friday's end and the start
    expect(earliestAllowed('B', tasks, [link('A', 'B', 'FS', 2)], cn)).toBe('2026-03-11');
    // a lead of one working day from a Monday end starts on the Friday before it
    const lead = [task('A', '2026-03-02', '2026-03-09'), task('B', '2026-03-20', '2026-03-20')];
    expect(earliestAllowed('B', lead, [link('A', 'B', 'FS', -1)], cn)).toBe('2026-03-09');
  });

  it('SS: the lag counts working days, make-up Saturdays included', () => {
    const tasks = [task('A', '2026-02-13', '2026-02-13'), task('B', '2026-01-05', '2026-01-06')];
    expect(reschedule(tasks, [link('A', 'B', 'SS', 1)], [at('A', '2026-02-13', '2026-02-13')], cn)).toEqual([at('B', '2026-02-14', '2026-02-24')]);
    expect(reschedule(tasks, [link('A', 'B', 'SS', 2)], [at('A', '2026-02-13', '2026-02-13')], cn)).toEqual([at('B', '2026-02-24', '2026-02-25')]);
  });

  it('FF: the successor ends the lag’s working days after the predecessor and keeps its working days', () => {
    const tasks = [task('A', '2026-02-02', '2026-02-06'), task('B', '2026-02-02', '2026-02-04')];
    // A ends Friday 13 Feb; two working days later is 24 Feb (the make-up Saturday, then the holiday);
    // B's three working days end there: 13, 14 and 24 Feb
    expect(reschedule(tasks, [link('A', 'B', 'FF', 2)], [at('A', '2026-02-09', '2026-02-13')], cn)).toEqual([
      at('A', '2026-02-09', '2026-02-13'),
      at('B', '2026-02-13', '2026-02-24'),
    ]);
  });

  it('SF: the successor ends where the predecessor starts, counted back over the holiday', () => {
    const tasks = [task('A', '2026-02-03', '2026-02-05'), task('B', '2026-02-02', '2026-02-03')];
    expect(reschedule(tasks, [link('A', 'B', 'SF')], [at('A', '2026-02-24', '2026-02-26')], cn)).toEqual([
      at('A', '2026-02-24', '2026-02-26'),
      at('B', '2026-02-14', '2026-02-24'),
    ]);
  });

  it('a task that ignores the calendar counts every day, holidays included', () => {
    const tasks = [task('A', '2026-02-09', '2026-02-13'), task('B', '2026-02-14', '2026-02-16', { ignore_calendar: true })];
    expect(reschedule(tasks, [link('A', 'B')], [at('A', '2026-02-10', '2026-02-14')], cn)).toEqual([
      at('A', '2026-02-10', '2026-02-14'),
      at('B', '2026-02-15', '2026-02-17'),
    ]);
    expect(constrainEdit('B', tasks, [], { start: '2026-02-16', end: '2026-02-18' }, 'move', cn)).toEqual(at('B', '2026-02-16', '2026-02-18'));
  });

  it('a task dragged onto the holiday lands on the next working day with its working days', () => {
    const tasks = [task('A', '2026-02-09', '2026-02-13')];
    expect(constrainEdit('A', tasks, [], { start: '2026-02-16', end: '2026-02-20' }, 'move', cn)).toEqual(at('A', '2026-02-24', '2026-02-28'));
    expect(constrainEdit('A', tasks, [], { start: '2026-02-17', end: '2026-02-13' }, 'start', cn)).toEqual(at('A', '2026-02-13', '2026-02-13'));
    expect(constrainEdit('A', tasks, [], { start: '2026-02-09', end: '2026-02-18' }, 'end', cn)).toEqual(at('A', '2026-02-09', '2026-02-14'));
  });

  it('a moved phase starts no earlier than its outside links allow in working days', () => {
    const tasks = [task('A', '2026-03-02', '2026-03-06'), task('B', '2026-03-16', '2026-03-20')];
    // B may start Monday 9 March at the earliest: seven calendar days back from 16 March
    expect(limitGroupShift(new Set(['B']), tasks, [link('A', 'B')], -10, cn)).toBe(-7);
  });

  it('a weekend between two linked tasks leaves no float: both are critical', () => {
    const tasks = [task('A', '2026-03-02', '2026-03-06'), task('B', '2026-03-09', '2026-03-13'), task('C', '2026-03-02', '2026-03-03')];
    expect([...criticalPath(tasks, [link('A', 'B')], cn)].sort()).toEqual(['A', 'B']);
  });
});
