import { describe, expect, it } from 'vitest';
import { toDay } from '../../../shared/logic/dates.ts';
import { movedList, movedOf, moveReport } from '../../../renderer/features/timeline/push-report.ts';

const groupOf = new Map([
  ['a', 'launch'],
  ['b', 'launch'],
  ['c', 'wrap'],
  ['d', 'wrap'],
  ['e', 'wrap'],
]);
const order = ['prep', 'launch', 'wrap'];

describe('moveReport', () => {
  it('counts the moved tasks per phase in the board’s order, leaving out the dragged one', () => {
    const moved = [
      { id: 'c', start: '2026-05-01', end: '2026-05-02' },
      { id: 'a', start: '2026-04-01', end: '2026-04-02' },
      { id: 'b', start: '2026-04-03', end: '2026-04-04' },
      { id: 'd', start: '2026-05-03', end: '2026-05-04' },
    ];
    const r = moveReport(moved, groupOf, order, null, 'a');
    expect(r.groups).toEqual([
      { key: 'launch', count: 1 },
      { key: 'wrap', count: 2 },
    ]);
    expect(r.total).toBe(3);
    expect(r.late).toEqual([]);
  });

  it('names every moved task that now ends after the plan’s last day, the dragged one too', () => {
    const moved = [
      { id: 'a', start: '2026-12-30', end: '2027-01-02' },
      { id: 'c', start: '2026-12-20', end: '2026-12-31' },
      { id: 'd', start: '2027-01-03', end: '2027-01-04' },
    ];
    const r = moveReport(moved, groupOf, order, toDay('2026-12-31'), 'a');
    expect(r.late).toEqual(['a', 'd']);
    expect(r.total).toBe(2);
  });
});

describe('movedOf', () => {
  it('turns field changes into the tasks’ new dates, keeping the date not changed', () => {
    const before = new Map([
      ['a', { start: '2026-04-01', end: '2026-04-05' }],
      ['b', { start: '2026-04-06', end: '2026-04-07' }],
    ]);
    const moved = movedOf(
      [
        { entity: 'task', id: 'a', field: 'start', value: '2026-04-02' },
        { entity: 'task', id: 'a', field: 'end', value: '2026-04-06' },
        { entity: 'task', id: 'b', field: 'end', value: '2026-04-09' },
        { entity: 'task', id: 'b', field: 'progress', value: 50 },
        { entity: 'task_link', id: 'l', field: 'lag_days', value: 1 },
      ],
      before,
    );
    expect(moved).toEqual([
      { id: 'a', start: '2026-04-02', end: '2026-04-06' },
      { id: 'b', start: '2026-04-06', end: '2026-04-09' },
    ]);
  });
});

describe('movedList', () => {
  const report = { groups: [{ key: 'launch', count: 3 }, { key: 'wrap', count: 1 }], total: 4, late: [] };
  const part = (count: number, key: string) => `${count} in ${key}`;
  it('joins the phases the way the language does', () => {
    expect(movedList(report, part, 'en')).toBe('3 in launch and 1 in wrap');
    expect(movedList(report, part, 'zh-CN')).toBe('3 in launch和1 in wrap');
    expect(movedList({ groups: [], total: 0, late: [] }, part, 'en')).toBe('');
  });
});
