import { describe, expect, it } from 'vitest';
import type { Change } from '../../../shared/model/change.ts';
import type { TaskLink } from '../../../shared/model/registry.ts';
import {
  addLink,
  deleteTask,
  editDates,
  endForDuration,
  newTask,
  setMilestone,
  shiftGroup,
  shiftTask,
  stretchTask,
  updateLink,
} from '../../../renderer/features/timeline/edits.ts';
import { prepareSchedule } from '../../../shared/logic/schedule.ts';
import { task } from './helpers.ts';

const link = (id: string, p: string, s: string, type: TaskLink['type'] = 'FS', lag = 0): TaskLink => ({
  id,
  predecessor_id: p,
  successor_id: s,
  type,
  lag_days: lag,
  sort_order: 0,
  deleted: false,
  clock: '',
});

/** task id → {start, end} written by a change list */
const datesOf = (changes: Change[]) => {
  const out: Record<string, Record<string, unknown>> = {};
  for (const c of changes) if (c.entity === 'task') (out[c.id] ??= {})[c.field] = c.value;
  return out;
};

// A (1-5 Mar) → B (6-8 Mar) → C (9-9 Mar, milestone); D stands alone
const tasks = [
  task('A', '2026-03-01', '2026-03-05'),
  task('B', '2026-03-06', '2026-03-08'),
  task('C', '2026-03-09', '2026-03-09', { milestone: true }),
  task('D', '2026-03-01', '2026-03-02'),
];
const links = [link('l1', 'A', 'B'), link('l2', 'B', 'C')];

describe('editDates: one change list for the task and everything it pushes', () => {
  it('moves a task two weeks later and pushes its successors with it', () => {
    const e = editDates(tasks, links, 'A', { start: '2026-03-15', end: '2026-03-19' }, 'move');
    expect(datesOf(e.changes)).toEqual({
      A: { start: '2026-03-15', end: '2026-03-19' },
      B: { start: '2026-03-20', end: '2026-03-22' },
      C: { start: '2026-03-23', end: '2026-03-23' },
    });
    expect(e).toMatchObject({ held: false, pushed: 2 });
  });

  it('holds a task at the earliest day its links allow, and says so', () => {
    const e = editDates(tasks, links, 'B', { start: '2026-03-01', end: '2026-03-03' }, 'move');
    expect(e.changes).toEqual([]);
    expect(e).toMatchObject({ held: true, placed: { start: '2026-03-06', end: '2026-03-08' } });
  });

  it('writes only the fields that change (a resized end)', () => {
    const e = editDates(tasks, links, 'A', { start: '2026-03-01', end: '2026-03-06' }, 'end');
    expect(e.changes).toEqual([
      { entity: 'task', id: 'A', field: 'end', value: '2026-03-06' },
      { entity: 'task', id: 'B', field: 'start', value: '2026-03-07' },
      { entity: 'task', id: 'B', field: 'end', value: '2026-03-09' },
      { entity: 'task', id: 'C', field: 'start', value: '2026-03-10' },
      { entity: 'task', id: 'C', field: 'end', value: '2026-03-10' },
    ]);
  });

  it('keeps a milestone one day long whatever end it is given', () => {
    const e = editDates(tasks, links, 'C', { start: '2026-03-12', end: '2026-03-14' }, 'move');
    expect(datesOf(e.changes)).toEqual({ C: { start: '2026-03-12', end: '2026-03-12' } });
  });

  it('shifts and stretches by days for the keyboard', () => {
    expect(datesOf(shiftTask(tasks, links, 'D', 7).changes)).toEqual({ D: { start: '2026-03-08', end: '2026-03-09' } });
    expect(datesOf(stretchTask(tasks, links, 'D', -5).changes)).toEqual({ D: { end: '2026-03-01' } });
    expect(endForDuration('2026-03-01', 10)).toBe('2026-03-10');
    expect(endForDuration('2026-03-01', 0)).toBe('2026-03-01');
  });
});

describe('shiftGroup', () => {
  it('moves a phase’s tasks together and pushes what follows outside it', () => {
    const g = shiftGroup(tasks, links, new Set(['A', 'D']), 3);
    expect(datesOf(g.changes)).toEqual({
      A: { start: '2026-03-04', end: '2026-03-08' },
      D: { start: '2026-03-04', end: '2026-03-05' },
      B: { start: '2026-03-09', end: '2026-03-11' },
      C: { start: '2026-03-12', end: '2026-03-12' },
    });
  });

  it('lists every task it moves, and gives the same answer from a prepared schedule (the drag preview)', () => {
    const ids = new Set(['A', 'D']);
    const g = shiftGroup(tasks, links, ids, 3);
    expect(g.moved.map((m) => m.id).sort()).toEqual(['A', 'B', 'C', 'D']);
    const fromPrepared = shiftGroup(tasks, links, ids, 3, undefined, prepareSchedule(tasks, links));
    expect(fromPrepared.moved).toEqual(g.moved);
    expect(fromPrepared.changes).toEqual(g.changes);
  });

  it('is held back by a link from outside the group', () => {
    const g = shiftGroup(tasks, links, new Set(['B', 'C']), -4);
    expect(g).toMatchObject({ days: 0, held: true, changes: [] });
  });
});

describe('links', () => {
  it('adds a link as one row and pushes the successor it now holds later', () => {
    const r = addLink(tasks, links, { id: 'n', predecessor_id: 'D', successor_id: 'A', type: 'FS', lag_days: 1 });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.changes.filter((c) => c.entity === 'task_link').map((c) => [c.field, c.value])).toEqual([
      ['predecessor_id', 'D'],
      ['successor_id', 'A'],
      ['type', 'FS'],
      ['lag_days', 1],
      ['sort_order', 1024],
    ]);
    // A must start on 4 March now, and B and C follow
    expect(datesOf(r.changes)).toEqual({
      A: { start: '2026-03-04', end: '2026-03-08' },
      B: { start: '2026-03-09', end: '2026-03-11' },
      C: { start: '2026-03-12', end: '2026-03-12' },
    });
    expect(r.pushed).toBe(3);
  });

  it('refuses a cycle and names it, a duplicate, a self-link and unknown tasks', () => {
    expect(addLink(tasks, links, { id: 'n', predecessor_id: 'C', successor_id: 'A', type: 'FS', lag_days: 0 })).toEqual({ ok: false, reason: 'cycle', cycle: ['C', 'A', 'B', 'C'] });
    expect(addLink(tasks, links, { id: 'n', predecessor_id: 'A', successor_id: 'B', type: 'SS', lag_days: 0 })).toEqual({ ok: false, reason: 'duplicate' });
    expect(addLink(tasks, links, { id: 'n', predecessor_id: 'A', successor_id: 'A', type: 'FS', lag_days: 0 })).toEqual({ ok: false, reason: 'self' });
    expect(addLink(tasks, links, { id: 'n', predecessor_id: 'A', successor_id: 'nope', type: 'FS', lag_days: 0 })).toEqual({ ok: false, reason: 'missing' });
  });

  it('changes a link’s lag and pushes its successor', () => {
    const changes = updateLink(tasks, links, 'l1', { lag_days: 2 });
    expect(changes[0]).toEqual({ entity: 'task_link', id: 'l1', field: 'lag_days', value: 2 });
    expect(datesOf(changes)).toEqual({ B: { start: '2026-03-08', end: '2026-03-10' }, C: { start: '2026-03-11', end: '2026-03-11' } });
    expect(updateLink(tasks, links, 'l1', { type: 'FS', lag_days: 0 })).toEqual([]);
  });

  it('deletes a task with its links', () => {
    expect(deleteTask(links, 'B').map((c) => `${c.entity}:${c.id}`)).toEqual(['task_link:l1', 'task_link:l2', 'task:B']);
  });
});

describe('milestones and new tasks', () => {
  it('makes a task a one-day milestone', () => {
    const changes = setMilestone(tasks, links, 'A', true);
    expect(changes[0]).toEqual({ entity: 'task', id: 'A', field: 'milestone', value: true });
    expect(datesOf(changes).A).toEqual({ milestone: true, end: '2026-03-01' });
    expect(setMilestone(tasks, links, 'A', false)).toEqual([{ entity: 'task', id: 'A', field: 'milestone', value: false }]);
  });

  it('adds a task of five days after the others', () => {
    const changes = newTask(tasks, 'new', { name: 'New task', phase_id: 'p', start: '2026-04-01' });
    expect(Object.fromEntries(changes.map((c) => [c.field, c.value]))).toEqual({
      name: 'New task',
      phase_id: 'p',
      start: '2026-04-01',
      end: '2026-04-05',
      owner_id: null,
      sort_order: 1024,
    });
  });
});
