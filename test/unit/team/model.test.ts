import { describe, expect, it } from 'vitest';
import { weeklyLoad } from '../../../shared/logic/team.ts';
import {
  cellChanges,
  cellIndex,
  cellKey,
  deletePersonChanges,
  deleteTeamChanges,
  matrixTargets,
  removeTaskChanges,
  weekNumber,
  weekRuns,
} from '../../../renderer/features/team/model.ts';

const raci = [
  { id: 'r1', person_id: 'lin', phase_id: 'prep', task_id: null, role: 'A' as const },
  { id: 'r2', person_id: 'wang', phase_id: 'prep', task_id: null, role: 'R' as const },
  { id: 'r3', person_id: 'lin', phase_id: null, task_id: 't2', role: 'A' as const },
  { id: 'r4', person_id: 'lin', phase_id: null, task_id: 't2', role: 'C' as const },
];

describe('the RACI matrix', () => {
  const phases = [
    { id: 'prep', name: 'Preparation' },
    { id: 'exec', name: 'Execution' },
  ];
  const tasks = [
    { id: 't1', name: 'Research', phase_id: 'prep' },
    { id: 't2', name: 'Budget', phase_id: 'prep' },
    { id: 't3', name: 'Launch', phase_id: 'exec' },
    { id: 't4', name: 'Loose', phase_id: null },
  ];

  it('lists every phase, each followed by its tasks that have assignments or were just added', () => {
    const rows = matrixTargets(phases, tasks, raci, ['t4']);
    expect(rows.map((r) => `${r.kind}:${r.id}`)).toEqual(['phase:prep', 'task:t2', 'phase:exec', 'task:t4']);
    expect(rows[1]!.phaseId).toBe('prep');
    expect(rows[3]!.phaseId).toBeNull();
  });

  it('indexes the assignments by cell, keeping duplicates together', () => {
    const cells = cellIndex(raci);
    expect(cells.get(cellKey('phase', 'prep', 'lin'))!.map((r) => r.id)).toEqual(['r1']);
    expect(cells.get(cellKey('task', 't2', 'lin'))!.map((r) => r.id)).toEqual(['r3', 'r4']);
  });

  it('creates a complete assignment for an empty cell', () => {
    const changes = cellChanges([], 'A', { kind: 'task', id: 't3' }, 'zhou', { id: 'new', sortOrder: 99 });
    expect(Object.fromEntries(changes.map((c) => [c.field, c.value]))).toEqual({ person_id: 'zhou', phase_id: null, task_id: 't3', role: 'A', sort_order: 99 });
    expect(changes.every((c) => c.entity === 'raci' && c.id === 'new')).toBe(true);
  });

  it('updates the first assignment of a cell and deletes its duplicates', () => {
    const cells = cellIndex(raci);
    const changes = cellChanges(cells.get(cellKey('task', 't2', 'lin'))!, 'R', { kind: 'task', id: 't2' }, 'lin', { id: 'unused', sortOrder: 0 });
    expect(changes).toEqual([
      { entity: 'raci', id: 'r3', field: 'role', value: 'R' },
      { entity: 'raci', id: 'r4', field: 'deleted', value: true },
    ]);
  });

  it('changes nothing when the role is already set, and deletes the cell for no role', () => {
    const cells = cellIndex(raci);
    expect(cellChanges(cells.get(cellKey('phase', 'prep', 'lin'))!, 'A', { kind: 'phase', id: 'prep' }, 'lin', { id: 'x', sortOrder: 0 })).toEqual([]);
    expect(cellChanges(cells.get(cellKey('phase', 'prep', 'wang'))!, null, { kind: 'phase', id: 'prep' }, 'wang', { id: 'x', sortOrder: 0 })).toEqual([
      { entity: 'raci', id: 'r2', field: 'deleted', value: true },
    ]);
  });

  it('takes a task out by deleting its assignments', () => {
    expect(removeTaskChanges('t2', raci).map((c) => c.id)).toEqual(['r3', 'r4']);
  });
});

describe('deleting people and teams', () => {
  it('removes a person from everything that points at them, in one list', () => {
    const changes = deletePersonChanges('lin', {
      raci,
      tools: [{ id: 'tool1', owner_id: 'lin' }, { id: 'tool2', owner_id: 'wang' }],
      tasks: [{ id: 't1', owner_id: 'lin' }],
      meetings: [{ id: 'm1', attendee_ids: ['wang', 'lin'] }, { id: 'm2', attendee_ids: ['wang'] }],
    });
    expect(changes).toEqual([
      { entity: 'person', id: 'lin', field: 'deleted', value: true },
      { entity: 'raci', id: 'r1', field: 'deleted', value: true },
      { entity: 'raci', id: 'r3', field: 'deleted', value: true },
      { entity: 'raci', id: 'r4', field: 'deleted', value: true },
      { entity: 'tool', id: 'tool1', field: 'owner_id', value: null },
      { entity: 'task', id: 't1', field: 'owner_id', value: null },
      { entity: 'meeting', id: 'm1', field: 'attendee_ids', value: ['wang'] },
    ]);
  });

  it('leaves a deleted team’s members without a team', () => {
    expect(deleteTeamChanges('data', [{ id: 'a', team_id: 'data' }, { id: 'b', team_id: 'pm' }])).toEqual([
      { entity: 'team', id: 'data', field: 'deleted', value: true },
      { entity: 'person', id: 'a', field: 'team_id', value: null },
    ]);
  });
});

describe('load summaries', () => {
  it('groups consecutive flagged weeks into runs', () => {
    const load = weeklyLoad(
      [
        { start: '2026-01-05', end: '2026-01-18', hours: 120, owner_id: 'p' },
        { start: '2026-02-02', end: '2026-02-08', hours: 50, owner_id: 'p' },
      ],
      [{ id: 'p', capacity_hours: 40 }],
      '2026-01-01',
      '2026-02-28',
    );
    const runs = weekRuns(load.weeks, load.people[0]!.over);
    expect(runs.map((r) => [weekNumber(r.from.key), weekNumber(r.to.key), r.count])).toEqual([
      [2, 3, 2],
      [6, 6, 1],
    ]);
  });
});

