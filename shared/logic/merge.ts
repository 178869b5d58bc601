/**
 * The pure parts of merging two copies of a plan (the store side is electron/store/merge.ts):
 * which view a change belongs to, how a row is named in the review, and the per-field rule
 * "last writer wins by clock, unless the user decided".
 */
import type { MergeView } from '../api.ts';
import type { EntityName } from '../model/registry.ts';
import { VIEW_IDS } from '../views.ts';
import { MAX_DRIFT_MS, parseHlc } from './hlc.ts';

/** The views in the order of the app's navigation. */
export const MERGE_VIEWS: readonly MergeView[] = VIEW_IDS;

/** The view where each kind of data is edited, so the review groups a merge the way people think of the plan. */
export const VIEW_OF: Record<EntityName, MergeView> = {
  settings: 'overview',
  phase: 'timeline',
  task: 'timeline',
  task_link: 'timeline',
  key_date: 'timeline',
  meeting: 'timeline',
  content_status: 'content',
  content_item: 'content',
  budget_category: 'budget',
  platform_share: 'budget',
  spend_entry: 'budget',
  risk: 'risks',
  playbook: 'risks',
  playbook_step: 'risks',
  playbook_run: 'risks',
  compliance_item: 'risks',
  objective: 'goals',
  kpi_actual: 'goals',
  platform: 'audience',
  segment: 'audience',
  team: 'team',
  person: 'team',
  raci: 'team',
  tool: 'team',
  brief_section: 'brief',
  swot_item: 'brief',
  pest_item: 'brief',
  market_figure: 'brief',
};

const LABEL_FIELDS = ['name', 'title', 'label', 'text', 'requirement', 'incident', 'metric', 'key', 'code', 'supplier', 'date'] as const;

/** A short human name for a row (its name, title, text ...), falling back to its id. */
export function rowLabel(row: Record<string, unknown> | null | undefined, id: string): string {
  if (row) {
    for (const k of LABEL_FIELDS) {
      const v = row[k];
      if (typeof v === 'string' && v.trim()) return v.length > 80 ? `${v.slice(0, 79)}…` : v;
    }
  }
  return id;
}

type AnyRow = Record<string, unknown> | null | undefined;

/**
 * A row's name as people know it, from any source of rows (the store's tables, the plan file): links and
 * RACI cells are named by the rows they join, shares and actuals by their platform and day.
 */
export function rowTitle(entity: EntityName, id: string, get: (entity: EntityName, id: string) => AnyRow): string | null {
  const row = get(entity, id);
  if (!row) return null;
  const name = (e: EntityName, ref: unknown) => (typeof ref === 'string' ? rowLabel(get(e, ref), ref) : '?');
  if (entity === 'task_link') return `${name('task', row.predecessor_id)} → ${name('task', row.successor_id)}`;
  if (entity === 'raci') return `${name('person', row.person_id)} · ${row.task_id ? name('task', row.task_id) : name('phase', row.phase_id)}`;
  if (entity === 'platform_share' || entity === 'kpi_actual') return `${name('platform', row.platform_id)}${typeof row.date === 'string' ? ` ${row.date}` : ''}`;
  if (entity === 'playbook_step' && typeof row.text !== 'string') return name('playbook', row.playbook_id);
  return rowLabel(row, id);
}

export type Side = 'mine' | 'theirs';

export interface FieldOutcome {
  /** the side whose value the field holds after the merge */
  winner: Side;
  /** the side the clocks alone pick */
  byClock: Side;
  /** the newest incoming entry lands in the row */
  applyTheirs: boolean;
  /** a new local change is needed so the decision also wins the next merge (it goes against the clocks) */
  reassert: boolean;
}

/**
 * Last writer wins per field: their newest change is taken only when its clock is greater than every clock
 * this copy has for the field. A decision that goes against the clocks becomes a new local change (stamped
 * after everything merged) so it keeps winning when the copies are merged again, in either direction.
 * A decision to keep "mine" means nothing for a field this copy never wrote (a row that is new here).
 */
export function resolveField(mineClock: string | null, theirClock: string, keep?: Side): FieldOutcome {
  const byClock: Side = mineClock === null || theirClock > mineClock ? 'theirs' : 'mine';
  const winner: Side = keep && mineClock !== null ? keep : byClock;
  return { winner, byClock, applyTheirs: winner === 'theirs' && byClock === 'theirs', reassert: winner !== byClock };
}

/** How far a clock runs ahead of a wall clock, in ms (0 when it does not). */
export function clockAhead(clock: string, now: number): number {
  return Math.max(0, parseHlc(clock).wall - now);
}

/** A clock too far ahead to be a real clock: merged all the same, but shown to the user. */
export function isSuspiciousClock(clock: string, now: number): boolean {
  return clockAhead(clock, now) > MAX_DRIFT_MS;
}
