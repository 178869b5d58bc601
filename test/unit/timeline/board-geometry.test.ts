import { describe, expect, it } from 'vitest';
import type { TaskLink } from '../../../shared/model/registry.ts';
import { arrowWith, clampRange, ghostRect, linksByTask, listRowIndexes, rowBox, visibleArrows } from '../../../renderer/features/timeline/board-geometry.ts';
import { buildRows, makeCanvas, ROW_H, xOf } from '../../../renderer/features/timeline/model.ts';
import { toDay } from '../../../shared/logic/dates.ts';
import { base, phase, task } from './helpers.ts';

const link = (id: string, p: string, s: string): TaskLink => ({ ...base, id, predecessor_id: p, successor_id: s, type: 'FS', lag_days: 0 });

// rows: 0 phase p1, 1 a, 2 b, 3 phase p2, 4 c, 5 d
const { rows, rowOf } = buildRows(
  [phase('p1'), phase('p2')],
  [
    task('a', '2026-03-02', '2026-03-06', { phase_id: 'p1' }),
    task('b', '2026-03-09', '2026-03-10', { phase_id: 'p1' }),
    task('c', '2026-03-11', '2026-03-12', { phase_id: 'p2' }),
    task('d', '2026-03-13', '2026-03-13', { phase_id: 'p2', milestone: true }),
  ],
  new Set(),
);
const c = makeCanvas({ start: toDay('2026-03-01'), end: toDay('2026-03-31') }, 12);
const links = [link('ab', 'a', 'b'), link('bc', 'b', 'c'), link('cd', 'c', 'd')];

describe('rowBox', () => {
  it('is a phase’s summary or a task’s bar, at previewed dates when given', () => {
    expect(rowBox(rows, 0, c)).toEqual({ x1: xOf(c, toDay('2026-03-02')), x2: xOf(c, toDay('2026-03-10') + 1), y: ROW_H / 2 });
    const own = rowBox(rows, 1, c)!;
    const moved = rowBox(rows, 1, c, new Map([['a', { start: '2026-03-04', end: '2026-03-08' }]]))!;
    expect(moved.x1 - own.x1).toBe(2 * 12);
    expect(rowBox(rows, 99, c)).toBeNull();
  });
});

describe('arrows', () => {
  it('draws only the links with a row in the drawn range, marking the critical ones', () => {
    const all = visibleArrows(links, rowOf, rows, { first: 0, last: 6 }, c, new Set(['b', 'c']));
    expect(all.map((a) => [a.id, a.critical])).toEqual([
      ['ab', false],
      ['bc', true],
      ['cd', false],
    ]);
    expect(visibleArrows(links, rowOf, rows, { first: 5, last: 6 }, c, null).map((a) => a.id)).toEqual(['cd']);
  });

  it('follows a task at previewed dates', () => {
    const before = arrowWith(links[0]!, rowOf, rows, c, new Map());
    const after = arrowWith(links[0]!, rowOf, rows, c, new Map([['b', { start: '2026-03-16', end: '2026-03-17' }]]));
    expect(before).not.toBe(after);
    expect(after).toContain(`H${xOf(c, toDay('2026-03-16'))}`);
  });

  it('indexes the links by both of their tasks', () => {
    const m = linksByTask(links);
    expect(m.get('b')?.map((l) => l.id)).toEqual(['ab', 'bc']);
    expect(m.get('a')?.map((l) => l.id)).toEqual(['ab']);
  });
});

describe('ghostRect', () => {
  it('outlines the previewed dates in the row, red past the plan’s end', () => {
    const g = ghostRect(c, 2, '2026-03-09', '2026-03-10', false);
    expect(g).toContain(`x="${xOf(c, toDay('2026-03-09'))}"`);
    expect(g).toContain(`y="${2 * ROW_H + 6}"`);
    expect(g).toContain('width="24"');
    expect(g).not.toContain('tl-ghost-late');
    expect(ghostRect(c, 2, '2026-03-09', '2026-03-10', false, true)).toContain('tl-ghost tl-ghost-late');
  });
});

describe('the list’s rows', () => {
  it('are the drawn range plus the focused row out of it', () => {
    expect(listRowIndexes({ first: 0, last: 3 }, rows, rowOf, 'a')).toEqual([0, 1, 2]);
    expect(listRowIndexes({ first: 0, last: 3 }, rows, rowOf, 'd')).toEqual([0, 1, 2, 5]);
    expect(listRowIndexes({ first: 0, last: 3 }, rows, rowOf, null)).toEqual([0, 1, 2]);
  });

  it('never run past the rows’ end', () => {
    expect(clampRange({ first: 32, last: 48 }, 20)).toEqual({ first: 20, last: 20 });
    expect(clampRange({ first: 0, last: 16 }, 20)).toEqual({ first: 0, last: 16 });
  });
});
