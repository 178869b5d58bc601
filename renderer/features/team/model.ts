/**
 * The team view's data as plain functions (no React, no DOM): the rows of the RACI matrix, the
 * change lists of its edits, and the load summaries.
 */
import type { LoadWeek } from '../../../shared/logic/team.ts';
import { between } from '../../../shared/logic/rank.ts';
import type { Change } from '../../../shared/model/change.ts';
import type { RACI_ROLES } from '../../../shared/model/enums.ts';
import type { Row } from '../../../shared/model/registry.ts';

export type RaciRole = (typeof RACI_ROLES)[number];
type Raci = Pick<Row<'raci'>, 'id' | 'person_id' | 'phase_id' | 'task_id' | 'role'>;

export interface MatrixTarget {
  kind: 'phase' | 'task';
  id: string;
  name: string;
  /** for a task: its phase, when that phase is in the plan */
  phaseId: string | null;
}

export const targetKey = (kind: MatrixTarget['kind'], id: string) => `${kind}:${id}`;
export const cellKey = (kind: MatrixTarget['kind'], id: string, personId: string) => `${kind}:${id}|${personId}`;

/**
 * The rows of the matrix: every phase, each followed by its tasks that have an assignment (or that the
 * user has just added), then such tasks without a phase. Tasks keep the Gantt board's order.
 */
export function matrixTargets(
  phases: readonly Pick<Row<'phase'>, 'id' | 'name'>[],
  tasks: readonly Pick<Row<'task'>, 'id' | 'name' | 'phase_id'>[],
  raci: readonly Raci[],
  extraTaskIds: readonly string[] = [],
): MatrixTarget[] {
  const used = new Set<string>(extraTaskIds);
  for (const r of raci) if (r.task_id) used.add(r.task_id);
  const phaseIds = new Set(phases.map((p) => p.id));
  const inMatrix = tasks.filter((t) => used.has(t.id));
  const out: MatrixTarget[] = [];
  for (const p of phases) {
    out.push({ kind: 'phase', id: p.id, name: p.name, phaseId: null });
    for (const t of inMatrix) if (t.phase_id === p.id) out.push({ kind: 'task', id: t.id, name: t.name, phaseId: p.id });
  }
  for (const t of inMatrix) if (!t.phase_id || !phaseIds.has(t.phase_id)) out.push({ kind: 'task', id: t.id, name: t.name, phaseId: null });
  return out;
}

/** The assignments of each (target, person) cell; normally one, but a merge may leave two. */
export function cellIndex(raci: readonly Raci[]): Map<string, Raci[]> {
  const map = new Map<string, Raci[]>();
  for (const r of raci) {
    const key = r.phase_id ? cellKey('phase', r.phase_id, r.person_id) : r.task_id ? cellKey('task', r.task_id, r.person_id) : null;
    if (!key) continue;
    const list = map.get(key);
    if (list) list.push(r);
    else map.set(key, [r]);
  }
  return map;
}

/**
 * Setting one cell: no role deletes the cell's assignments; a role updates the first one (and deletes
 * any duplicates) or creates an assignment. One list, one undo step.
 */
export function cellChanges(
  existing: readonly Raci[],
  role: RaciRole | null,
  target: Pick<MatrixTarget, 'kind' | 'id'>,
  personId: string,
  newRow: { id: string; sortOrder: number },
): Change[] {
  const del = (r: Raci): Change => ({ entity: 'raci', id: r.id, field: 'deleted', value: true });
  if (role === null) return existing.map(del);
  const [first, ...rest] = existing;
  if (first) {
    const changes: Change[] = first.role === role ? [] : [{ entity: 'raci', id: first.id, field: 'role', value: role }];
    return [...changes, ...rest.map(del)];
  }
  const values: Record<string, unknown> = {
    person_id: personId,
    phase_id: target.kind === 'phase' ? target.id : null,
    task_id: target.kind === 'task' ? target.id : null,
    role,
    sort_order: newRow.sortOrder,
  };
  return Object.entries(values).map(([field, value]) => ({ entity: 'raci', id: newRow.id, field, value }));
}

/** Taking a task out of the matrix deletes its assignments. */
export function removeTaskChanges(taskId: string, raci: readonly Raci[]): Change[] {
  return raci.filter((r) => r.task_id === taskId).map((r) => ({ entity: 'raci', id: r.id, field: 'deleted', value: true }));
}

/**
 * Deleting a person also deletes their assignments and clears them from tools, tasks and meetings,
 * so nothing keeps pointing at someone who left (all in the same undo step).
 */
export function deletePersonChanges(
  personId: string,
  rows: {
    raci: readonly Raci[];
    tools: readonly Pick<Row<'tool'>, 'id' | 'owner_id'>[];
    tasks: readonly Pick<Row<'task'>, 'id' | 'owner_id'>[];
    meetings: readonly Pick<Row<'meeting'>, 'id' | 'attendee_ids'>[];
  },
): Change[] {
  const changes: Change[] = [{ entity: 'person', id: personId, field: 'deleted', value: true }];
  for (const r of rows.raci) if (r.person_id === personId) changes.push({ entity: 'raci', id: r.id, field: 'deleted', value: true });
  for (const t of rows.tools) if (t.owner_id === personId) changes.push({ entity: 'tool', id: t.id, field: 'owner_id', value: null });
  for (const t of rows.tasks) if (t.owner_id === personId) changes.push({ entity: 'task', id: t.id, field: 'owner_id', value: null });
  for (const m of rows.meetings) {
    if (m.attendee_ids.includes(personId)) changes.push({ entity: 'meeting', id: m.id, field: 'attendee_ids', value: m.attendee_ids.filter((a) => a !== personId) });
  }
  return changes;
}

/** Deleting a team leaves its members without a team. */
export function deleteTeamChanges(teamId: string, people: readonly Pick<Row<'person'>, 'id' | 'team_id'>[]): Change[] {
  return [
    { entity: 'team', id: teamId, field: 'deleted', value: true },
    ...people.filter((p) => p.team_id === teamId).map((p): Change => ({ entity: 'person', id: p.id, field: 'team_id', value: null })),
  ];
}

/** Runs of consecutive weeks where a flag is set, as first and last week. */
export function weekRuns(weeks: readonly LoadWeek[], flags: readonly boolean[]): { from: LoadWeek; to: LoadWeek; count: number }[] {
  const runs: { from: LoadWeek; to: LoadWeek; count: number }[] = [];
  let open: { from: LoadWeek; to: LoadWeek; count: number } | null = null;
  weeks.forEach((w, i) => {
    if (flags[i]) {
      if (open) {
        open.to = w;
        open.count++;
      } else {
        open = { from: w, to: w, count: 1 };
        runs.push(open);
      }
    } else {
      open = null;
    }
  });
  return runs;
}

/** 'YYYY-Www' → the week number. */
export const weekNumber = (key: string) => Number(key.slice(key.indexOf('W') + 1));

/** The sort_order after the last row. */
export function nextOrder(rows: readonly { sort_order: number }[]): number {
  const last = rows.reduce<number | null>((m, r) => (m === null || r.sort_order > m ? r.sort_order : m), null);
  return between(last, null);
}
