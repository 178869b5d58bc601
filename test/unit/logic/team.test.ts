import { describe, expect, it } from 'vitest';
import { raciCheck, weeklyLoad, type LoadTask, type RaciLike } from '../../../shared/logic/team.ts';

describe('raciCheck', () => {
  const a = (person_id: string, target: { phase_id?: string; task_id?: string }, role: RaciLike['role'] = 'A'): RaciLike => ({
    person_id,
    phase_id: target.phase_id ?? null,
    task_id: target.task_id ?? null,
    role,
  });

  it('lists phases and tasks without exactly one accountable person', () => {
    const raci = [
      a('ann', { phase_id: 'prep' }),
      a('bo', { phase_id: 'prep' }, 'R'),
      a('ann', { task_id: 't1' }),
      a('bo', { task_id: 't1' }),
      a('cy', { task_id: 't2' }),
      a('cy', { task_id: 't2' }),
      a('bo', { task_id: 't3' }, 'R'),
      { ...a('bo', { task_id: 't4' }), deleted: true },
    ];
    const problems = raciCheck(raci, { phases: [{ id: 'prep' }, { id: 'run' }], tasks: [{ id: 't1' }, { id: 't2' }, { id: 't3' }, { id: 't4' }] });
    expect(problems).toEqual([
      { kind: 'phase', id: 'run', accountable: 0 },
      { kind: 'task', id: 't1', accountable: 2 },
      { kind: 'task', id: 't3', accountable: 0 },
      { kind: 'task', id: 't4', accountable: 0 },
    ]);
  });
});

describe('weeklyLoad', () => {
  const t = (start: string, end: string, hours: number, owner_id: string | null): LoadTask => ({ start, end, hours, owner_id });
  const people = [
    { id: 'ann', capacity_hours: 10 },
    { id: 'bo', capacity_hours: 40 },
  ];

  it('spreads hours evenly over task days, per ISO week, and flags weeks over capacity', () => {
    const tasks = [
      t('2026-03-02', '2026-03-11', 20, 'ann'), // 2 h a day: 14 h in W10, 6 h in W11
      t('2026-02-23', '2026-03-03', 9, 'ann'), // 1 h a day: 2 of its days fall in W10
      t('2026-03-08', '2026-03-09', 4, null), // unassigned: 2 h in each week
      t('2026-03-10', '2026-03-10', 8, 'gone'), // an owner no longer in the team counts as unassigned
      t('2026-04-01', '2026-04-03', 30, 'bo'), // outside the range
    ];
    const load = weeklyLoad(tasks, people, '2026-03-04', '2026-03-10');
    expect(load.weeks).toEqual([
      { key: '2026-W10', start: '2026-03-02', end: '2026-03-08' },
      { key: '2026-W11', start: '2026-03-09', end: '2026-03-15' },
    ]);
    const ann = load.people.find((p) => p.personId === 'ann')!;
    expect(ann.hours[0]).toBeCloseTo(16, 9);
    expect(ann.hours[1]).toBeCloseTo(6, 9);
    expect(ann.over).toEqual([true, false]);
    expect(load.people.find((p) => p.personId === 'bo')).toMatchObject({ hours: [0, 0], over: [false, false], capacity: 40 });
    expect(load.unassigned).toEqual([2, 10]);
  });

  it('does not count a task twice when it spans many weeks', () => {
    const load = weeklyLoad([t('2026-01-01', '2026-12-31', 365, 'bo')], people, '2026-01-01', '2026-12-31');
    const total = load.people.find((p) => p.personId === 'bo')!.hours.reduce((x, y) => x + y, 0);
    expect(total).toBeCloseTo(365, 6);
    expect(load.weeks).toHaveLength(53);
  });
});
