import type { EntityName } from './registry.ts';

/** Rules across fields of one row, checked by the store after a change; each returns a reason or null. */
type Rule = (row: Record<string, unknown>) => string | null;

const ordered = (a: string, b: string, what: string): Rule => (row) =>
  typeof row[a] === 'string' && typeof row[b] === 'string' && (row[b] as string) < (row[a] as string) ? `${what}` : null;

export const ROW_RULES: Partial<Record<EntityName, Rule[]>> = {
  settings: [ordered('start_date', 'end_date', 'end_date must not be before start_date')],
  task: [
    ordered('start', 'end', 'end must not be before start'),
    (r) => (r.milestone === true && r.start !== r.end ? 'a milestone starts and ends on the same day' : null),
  ],
  task_link: [(r) => (r.predecessor_id === r.successor_id ? 'a task cannot depend on itself' : null)],
  key_date: [ordered('start', 'end', 'end must not be before start')],
  objective: [
    ordered('period_start', 'period_end', 'period_end must not be before period_start'),
    (r) => (r.parent_id === r.id ? 'an objective cannot be its own parent' : null),
  ],
  segment: [(r) => ((r.age_min as number) > (r.age_max as number) ? 'age_min must not be above age_max' : null)],
  raci: [(r) => ((r.phase_id == null) === (r.task_id == null) ? 'set exactly one of phase_id and task_id' : null)],
};
