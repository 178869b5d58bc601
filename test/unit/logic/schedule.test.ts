import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LinkType } from '../../../shared/model/enums.ts';
import { addDays, toDay } from '../../../shared/logic/dates.ts';
import { constrainEdit, earliestAllowed, limitGroupShift } from '../../../shared/logic/schedule-limits.ts';
import { criticalPath, totalFloat } from '../../../shared/logic/critical-path.ts';
import { prepareSchedule, reschedule } from '../../../shared/logic/schedule.ts';
import { findCycle, type ScheduleLink, type ScheduledTask } from '../../../shared/logic/schedule-graph.ts';

/** Day n of March 2026 (day 0 is 28 February, negative days go further back). */
const d = (n: number) => addDays('2026-03-01', n - 1);
const task = (id: string, start: number, end: number): ScheduledTask => ({ id, start: d(start), end: d(end) });
const link = (p: string, s: string, type: LinkType = 'FS', lag = 0): ScheduleLink => ({ predecessor_id: p, successor_id: s, type, lag_days: lag });
const move = (id: string, start: number, end: number) => ({ id, start: d(start), end: d(end) });

describe('reschedule pushes successors for each link type', () => {
  const cases: { name: string; a: [number, number]; b: [number, number]; type: LinkType; lag: number; moveA: [number, number]; bAfter: [number, number] }[] = [
    { name: 'FS', a: [1, 5], b: [6, 7], type: 'FS', lag: 0, moveA: [3, 7], bAfter: [8, 9] },
    { name: 'FS with lag', a: [1, 5], b: [8, 9], type: 'FS', lag: 2, moveA: [3, 7], bAfter: [10, 11] },
    { name: 'FS with lead', a: [1, 5], b: [4, 5], type: 'FS', lag: -2, moveA: [4, 8], bAfter: [7, 8] },
    { name: 'SS', a: [1, 5], b: [1, 3], type: 'SS', lag: 0, moveA: [4, 8], bAfter: [4, 6] },
    { name: 'SS with lag', a: [1, 5], b: [4, 5], type: 'SS', lag: 3, moveA: [2, 6], bAfter: [5, 6] },
    { name: 'SS with lead', a: [1, 5], b: [0, 1], type: 'SS', lag: -1, moveA: [5, 9], bAfter: [4, 5] },
    { name: 'FF', a: [1, 5], b: [3, 5], type: 'FF', lag: 0, moveA: [1, 8], bAfter: [6, 8] },
    { name: 'FF with lag', a: [1, 5], b: [5, 7], type: 'FF', lag: 2, moveA: [1, 6], bAfter: [6, 8] },
    { name: 'FF with lead', a: [1, 5], b: [2, 4], type: 'FF', lag: -1, moveA: [3, 7], bAfter: [4, 6] },
    { name: 'SF', a: [10, 12], b: [8, 10], type: 'SF', lag: 0, moveA: [13, 15], bAfter: [11, 13] },
    { name: 'SF with lag', a: [10, 12], b: [9, 11], type: 'SF', lag: 1, moveA: [12, 14], bAfter: [11, 13] },
    { name: 'SF with lead', a: [10, 12], b: [5, 7], type: 'SF', lag: -3, moveA: [12, 14], bAfter: [7, 9] },
  ];
  for (const c of cases) {
    it(`${c.name} (lag ${c.lag})`, () => {
      const tasks = [task('A', ...c.a), task('B', ...c.b)];
      const links = [link('A', 'B', c.type, c.lag)];
      // the starting plan obeys the link
      expect(earliestAllowed('B', tasks, links)! <= d(c.b[0])).toBe(true);
      expect(reschedule(tasks, links, [move('A', ...c.moveA)])).toEqual([move('A', ...c.moveA), move('B', ...c.bAfter)]);
    });
  }

  it('leaves a successor alone while the link still holds', () => {
    const tasks = [task('A', 1, 5), task('B', 10, 12)];
    expect(reschedule(tasks, [link('A', 'B', 'FS', 1)], [move('A', 2, 6)])).toEqual([move('A', 2, 6)]);
  });

  it('never pulls a successor earlier when its predecessor moves earlier', () => {
    for (const type of ['FS', 'SS', 'FF', 'SF'] as const) {
      for (const lag of [-2, 0, 3]) {
        const tasks = [task('A', 10, 14), task('B', 20, 22)];
        expect(reschedule(tasks, [link('A', 'B', type, lag)], [move('A', 1, 5)])).toEqual([move('A', 1, 5)]);
      }
    }
  });

  it('pushes transitively and keeps every pushed task its length', () => {
    const tasks = [task('A', 1, 2), task('B', 3, 6), task('C', 7, 7), task('D', 8, 12), task('X', 1, 30)];
    const links = [link('A', 'B'), link('B', 'C'), link('C', 'D', 'SS', 1)];
    expect(reschedule(tasks, links, [move('A', 5, 6)])).toEqual([move('A', 5, 6), move('B', 7, 10), move('C', 11, 11), move('D', 12, 16)]);
  });

  it('takes the latest demand where paths meet again', () => {
    const tasks = [task('A', 1, 2), task('B', 3, 4), task('C', 3, 9), task('D', 10, 11)];
    const links = [link('A', 'B'), link('A', 'C'), link('B', 'D'), link('C', 'D')];
    expect(reschedule(tasks, links, [move('A', 3, 4)])).toEqual([move('A', 3, 4), move('B', 5, 6), move('C', 5, 11), move('D', 12, 13)]);
  });

  it('does not move the tasks the user placed, even against a link', () => {
    const tasks = [task('A', 1, 2), task('B', 3, 4), task('C', 5, 6)];
    const links = [link('A', 'B'), link('B', 'C')];
    expect(reschedule(tasks, links, [move('A', 5, 6), move('B', 4, 5)])).toEqual([move('A', 5, 6), move('B', 4, 5), move('C', 6, 7)]);
  });

  it('pushes from a milestone to the day after it', () => {
    const tasks = [task('M', 5, 5), task('B', 6, 8)];
    expect(reschedule(tasks, [link('M', 'B')], [move('M', 9, 9)])).toEqual([move('M', 9, 9), move('B', 10, 12)]);
  });

  it('returns nothing for a move that changes nothing and ignores unknown ids', () => {
    const tasks = [task('A', 1, 2), task('B', 3, 4)];
    expect(reschedule(tasks, [link('A', 'B')], [move('A', 1, 2), move('ghost', 1, 1)])).toEqual([]);
  });

  it('does not touch an old conflict that the move does not reach', () => {
    const tasks = [task('A', 1, 2), task('B', 3, 4), task('P', 10, 12), task('Q', 1, 2)];
    const links = [link('A', 'B'), link('P', 'Q')];
    expect(reschedule(tasks, links, [move('A', 2, 3)])).toEqual([move('A', 2, 3), move('B', 4, 5)]);
  });

  it('ignores deleted links and links to missing tasks', () => {
    const tasks = [task('A', 1, 2), task('B', 3, 4)];
    const links = [{ ...link('A', 'B'), deleted: true }, link('A', 'gone'), link('gone', 'B')];
    expect(reschedule(tasks, links, [move('A', 5, 6)])).toEqual([move('A', 5, 6)]);
  });

  it('crosses month and year ends by calendar days', () => {
    const tasks: ScheduledTask[] = [
      { id: 'A', start: '2026-12-28', end: '2026-12-30' },
      { id: 'B', start: '2026-12-31', end: '2027-01-02' },
    ];
    expect(reschedule(tasks, [link('A', 'B')], [{ id: 'A', start: '2027-02-26', end: '2027-02-28' }])).toEqual([
      { id: 'A', start: '2027-02-26', end: '2027-02-28' },
      { id: 'B', start: '2027-03-01', end: '2027-03-03' },
    ]);
  });

  it('cascades through a chain of 2,000 tasks', () => {
    const tasks = Array.from({ length: 2000 }, (_, i) => task(`t${i}`, i + 1, i + 1));
    const links = tasks.slice(1).map((t, i) => link(`t${i}`, t.id));
    // links listed backwards so that input order is not topological order
    const changed = reschedule(tasks, links.reverse(), [move('t0', 3, 3)]);
    expect(changed).toHaveLength(2000);
    expect(changed.at(-1)).toEqual(move('t1999', 2002, 2002));
  });

  it('leaves every link downstream of a move satisfied on random 2,000-task networks', () => {
    const n = 2000;
    const types: LinkType[] = ['FS', 'SS', 'FF', 'SF'];
    const bars = fc.array(fc.record({ start: fc.integer({ min: 1, max: 60 }), length: fc.integer({ min: 0, max: 5 }) }), { minLength: n, maxLength: n });
    // each link goes forward by at most 50 tasks, so index order is a topological order
    const arrows = fc.array(fc.record({ from: fc.integer({ min: 0, max: n - 2 }), ahead: fc.integer({ min: 1, max: 50 }), type: fc.constantFrom(...types), lag: fc.integer({ min: -4, max: 4 }) }), { minLength: n, maxLength: n });
    fc.assert(fc.property(bars, arrows, (b, a) => {
      const tasks: ScheduledTask[] = b.map((x, i) => task(`t${i}`, x.start, x.start + x.length));
      // the moved task has at least one successor, so the move has something to push
      const links: ScheduleLink[] = [link('t3', 't4', 'FS', 0), ...a.map((x) => link(`t${x.from}`, `t${Math.min(n - 1, x.from + x.ahead)}`, x.type, x.lag))];
      // make the starting plan consistent (index order is topological here)
      for (let j = 0; j < n; j++) {
        const t = tasks[j]!;
        const need = Math.max(toDay(t.start), ...links.filter((l) => l.successor_id === t.id).map((l) => demanded(l, tasks)));
        const shift = need - toDay(t.start);
        tasks[j] = { id: t.id, start: addDays(t.start, shift), end: addDays(t.end, shift) };
      }
      expect(links.every((l) => demanded(l, tasks) <= toDay(byId(tasks, l.successor_id).start))).toBe(true);

      const moved = [{ id: 't3', start: addDays(tasks[3]!.start, 40), end: addDays(tasks[3]!.end, 45) }];
      const changed = reschedule(tasks, links, moved);
      const after = tasks.map((t) => changed.find((c) => c.id === t.id) ?? t);
      expect(links.every((l) => demanded(l, after) <= toDay(byId(after, l.successor_id).start))).toBe(true);
      for (const c of changed) {
        if (c.id === 't3') continue;
        const before = byId(tasks, c.id);
        expect(toDay(c.start)).toBeGreaterThan(toDay(before.start));
        expect(toDay(c.end) - toDay(c.start)).toBe(toDay(before.end) - toDay(before.start));
      }
      expect(changed.length).toBeGreaterThan(1);
    }), { numRuns: 3 });
  });
});

describe('prepareSchedule', () => {
  it('answers many moves against the same plan, each from the plan as given', () => {
    const tasks = [task('A', 1, 2), task('B', 3, 6), task('C', 7, 7), task('D', 8, 12)];
    const links = [link('A', 'B'), link('B', 'C'), link('C', 'D', 'SS', 1)];
    const prepared = prepareSchedule(tasks, links);
    for (const m of [move('A', 5, 6), move('A', 2, 3), move('B', 10, 13), move('A', 5, 6), move('D', 1, 5)]) {
      expect(prepared.reschedule([m])).toEqual(reschedule(tasks, links, [m]));
    }
    expect(prepared.reschedule([])).toEqual([]);
  });
});

describe('earliestAllowed', () => {
  it('is the latest start any incoming link demands', () => {
    const tasks = [task('A', 1, 5), task('B', 2, 3), task('C', 20, 24)];
    const links = [link('A', 'C', 'FS', 1), link('B', 'C', 'FF', 10)];
    // FS: day 7; FF: C (5 days) must end on day 13 or later, so start on day 9
    expect(earliestAllowed('C', tasks, links)).toBe(d(9));
  });

  it('allows a lead to start before the predecessor ends', () => {
    expect(earliestAllowed('B', [task('A', 1, 5), task('B', 10, 10)], [link('A', 'B', 'FS', -3)])).toBe(d(3));
  });

  it('is null for a task without predecessors', () => {
    expect(earliestAllowed('A', [task('A', 1, 5), task('B', 10, 10)], [link('A', 'B')])).toBeNull();
  });
});

describe('findCycle', () => {
  const links = [link('A', 'B'), link('B', 'C'), link('C', 'D'), link('X', 'Y')];

  it('names the path the new link would close, first and last the same', () => {
    expect(findCycle(links, link('C', 'A'))).toEqual(['C', 'A', 'B', 'C']);
    expect(findCycle(links, link('D', 'B'))).toEqual(['D', 'B', 'C', 'D']);
  });

  it('reports a task linked to itself', () => {
    expect(findCycle(links, link('A', 'A'))).toEqual(['A', 'A']);
  });

  it('returns null for a link that closes no cycle', () => {
    expect(findCycle(links, link('A', 'D'))).toBeNull();
    expect(findCycle(links, link('D', 'X'))).toBeNull();
  });

  it('ignores deleted links', () => {
    expect(findCycle([...links.slice(0, 1), { ...links[1]!, deleted: true }], link('C', 'A'))).toBeNull();
  });

  it('shows the shortest of several cycles', () => {
    const more = [...links, link('A', 'C')];
    expect(findCycle(more, link('C', 'A'))).toEqual(['C', 'A', 'C']);
  });
});

describe('criticalPath', () => {
  it('finds the longest chain of a small network', () => {
    //  A(1-3) ─┬─ B(4-8) ─┬─ D(9-10)
    //          └─ C(4-5) ─┘
    const tasks = [task('A', 1, 3), task('B', 4, 8), task('C', 4, 5), task('D', 9, 10)];
    const links = [link('A', 'B'), link('A', 'C'), link('B', 'D'), link('C', 'D')];
    expect(criticalPath(tasks, links)).toEqual(new Set(['A', 'B', 'D']));
    expect(totalFloat(tasks, links).get('C')).toBe(3);
  });

  it('follows SS, FF and SF links and their lags', () => {
    expect(criticalPath([task('P', 1, 2), task('Q', 4, 10)], [link('P', 'Q', 'SS', 3)])).toEqual(new Set(['P', 'Q']));
    expect(criticalPath([task('P', 1, 5), task('Q', 6, 7)], [link('P', 'Q', 'FF', 2)])).toEqual(new Set(['P', 'Q']));
    expect(criticalPath([task('T', 1, 2), task('S', 4, 6)], [link('T', 'S', 'SF', 5)])).toEqual(new Set(['T', 'S']));
    expect(criticalPath([task('A', 1, 5), task('B', 4, 8)], [link('A', 'B', 'FS', -2)])).toEqual(new Set(['A', 'B']));
  });

  it('gives float to a predecessor whose successor has room', () => {
    const floats = totalFloat([task('P', 1, 10), task('Q', 3, 5)], [link('P', 'Q', 'SS', 2)]);
    expect(floats.get('P')).toBe(0);
    expect(floats.get('Q')).toBe(5);
  });

  it('treats board dates as start-no-earlier-than: a gap before a task is float for its predecessor', () => {
    const tasks = [task('A', 1, 3), task('B', 6, 8), task('M', 8, 8)];
    const links = [link('A', 'B')];
    expect(totalFloat(tasks, links).get('A')).toBe(2);
    expect(criticalPath(tasks, links)).toEqual(new Set(['B', 'M']));
  });

  it('marks the whole of a 2,000-task chain critical', () => {
    const tasks = Array.from({ length: 2000 }, (_, i) => task(`t${i}`, i + 1, i + 1));
    const links = tasks.slice(1).map((t, i) => link(`t${i}`, t.id));
    expect(criticalPath([...tasks, task('side', 1, 5)], links).size).toBe(2000);
  });
});

describe('constrainEdit holds a drag where the incoming links allow it', () => {
  const wanted = (start: number, end: number) => ({ start: d(start), end: d(end) });

  it('leaves a move alone while every link holds', () => {
    const tasks = [task('A', 1, 5), task('B', 8, 9)];
    expect(constrainEdit('B', tasks, [link('A', 'B')], wanted(7, 8), 'move')).toEqual(move('B', 7, 8));
  });

  const holds: [LinkType, number, [number, number]][] = [
    ['FS', 0, [6, 7]],
    ['FS', 2, [8, 9]],
    ['FS', -2, [4, 5]],
    ['SS', 1, [2, 3]],
    ['FF', 0, [4, 5]],
    ['FF', 3, [7, 8]],
    ['SF', 0, [0, 1]],
    ['SF', 4, [4, 5]],
  ];
  for (const [type, lag, expected] of holds) {
    it(`stops a move earlier than a ${type} link with lag ${lag} allows, keeping the length`, () => {
      const tasks = [task('A', 1, 5), task('B', 20, 21)];
      expect(constrainEdit('B', tasks, [link('A', 'B', type, lag)], wanted(-10, -9), 'move')).toEqual(move('B', ...expected));
    });
  }

  it('keeps a dragged start at or after what FS and SS links demand, and the end where it was', () => {
    const tasks = [task('A', 1, 5), task('B', 8, 12)];
    expect(constrainEdit('B', tasks, [link('A', 'B')], wanted(3, 12), 'start')).toEqual(move('B', 6, 12));
    // an FF link does not bound the start
    expect(constrainEdit('B', tasks, [link('A', 'B', 'FF')], wanted(3, 12), 'start')).toEqual(move('B', 3, 12));
  });

  it('keeps a dragged end at or after what FF and SF links demand', () => {
    const tasks = [task('A', 1, 10), task('B', 2, 12)];
    expect(constrainEdit('B', tasks, [link('A', 'B', 'FF', 1)], wanted(2, 4), 'end')).toEqual(move('B', 2, 11));
    expect(constrainEdit('B', tasks, [link('A', 'B', 'SF', 5)], wanted(2, 4), 'end')).toEqual(move('B', 2, 6));
    // an FS link does not bound the end
    expect(constrainEdit('B', [task('A', 1, 1), task('B', 2, 12)], [link('A', 'B')], wanted(2, 4), 'end')).toEqual(move('B', 2, 4));
  });

  it('never lets the end come before the start', () => {
    expect(constrainEdit('B', [task('B', 5, 9)], [], wanted(5, 2), 'end')).toEqual(move('B', 5, 5));
    expect(constrainEdit('B', [task('B', 5, 9)], [], wanted(12, 9), 'start')).toEqual(move('B', 9, 9));
  });

  it('ignores deleted links and a task without predecessors', () => {
    const tasks = [task('A', 1, 5), task('B', 8, 9)];
    expect(constrainEdit('B', tasks, [{ ...link('A', 'B'), deleted: true }], wanted(1, 2), 'move')).toEqual(move('B', 1, 2));
    expect(constrainEdit('A', tasks, [link('A', 'B')], wanted(-3, 1), 'move')).toEqual(move('A', -3, 1));
  });
});

describe('limitGroupShift', () => {
  // a phase of P1 → P2, with P1 after X outside the phase
  const tasks = [task('X', 1, 5), task('P1', 8, 9), task('P2', 10, 12), task('Y', 20, 21)];
  const links = [link('X', 'P1'), link('P1', 'P2'), link('P2', 'Y')];
  const phase = new Set(['P1', 'P2']);

  it('lets a group move later freely', () => {
    expect(limitGroupShift(phase, tasks, links, 30)).toBe(30);
  });

  it('stops a group moving earlier at the first link from outside it', () => {
    expect(limitGroupShift(phase, tasks, links, -10)).toBe(-2);
    expect(limitGroupShift(phase, tasks, links, -1)).toBe(-1);
  });

  it('is not bound by links inside the group', () => {
    expect(limitGroupShift(new Set(['X', 'P1']), tasks, links, -5)).toBe(-5);
    expect(limitGroupShift(new Set(['P2', 'Y']), tasks, links, -5)).toBe(0);
  });
});

/** Independent statement of the link rules, as the test oracle: the earliest start a link allows. */
function demanded(l: ScheduleLink, tasks: readonly ScheduledTask[]): number {
  const p = byId(tasks, l.predecessor_id);
  const s = byId(tasks, l.successor_id);
  const length = toDay(s.end) - toDay(s.start);
  if (l.type === 'FS') return toDay(p.end) + 1 + l.lag_days;
  if (l.type === 'SS') return toDay(p.start) + l.lag_days;
  if (l.type === 'FF') return toDay(p.end) + l.lag_days - length;
  return toDay(p.start) + l.lag_days - length;
}

function byId<T extends { id: string }>(list: readonly T[], id: string): T {
  const found = list.find((t) => t.id === id);
  if (!found) throw new Error(`no ${id}`);
  return found;
}
