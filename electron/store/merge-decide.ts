/** Deciding, field by field, which incoming entries land in rows and which local changes settle conflicts (see merge.ts). */
import type { Change } from '../../shared/model/change.ts';
import type { EntityName } from '../../shared/model/registry.ts';
import { type FieldOutcome, resolveField, type Side } from '../../shared/logic/merge.ts';
import { type Analysis, type FieldPlan, fieldKey, NOT_AN_EDIT, rowKey, type TheirEntry } from './merge-types.ts';
import type { PlanFile } from './plan-file.ts';
import type { IncomingEntry, StampedChange } from './plan-types.ts';

/**
 * A row one side deleted since the copies parted while the other edited it. Field-level last-writer-wins
 * would keep it deleted with the edit landed in the deleted row, unseen; the review lists it so the user
 * can restore it with the edit. Without a decision it stays deleted (so copies merged without decisions
 * still converge); restoring is a local change of `deleted`, written like any other decision.
 */
export interface DeleteConflict {
  entity: EntityName;
  id: string;
  key: string;
  deletedBy: Side;
  /** their entry deleting the row (when they deleted it) */
  plan: FieldPlan | null;
}

function deleteConflictsOf(mine: PlanFile, a: Analysis): DeleteConflict[] {
  const out: DeleteConflict[] = [];
  const planOf = new Map(a.fields.map((p) => [p.key, p]));
  const edited = new Map<string, FieldPlan[]>();
  for (const p of a.fields) {
    if (NOT_AN_EDIT.has(p.field) || !p.mine) continue;
    const k = rowKey(p.entity, p.id);
    edited.set(k, [...(edited.get(k) ?? []), p]);
  }
  // I deleted it, they edited it
  for (const [k, plans] of edited) {
    const { entity, id } = plans[0]!;
    const key = fieldKey(entity, id, 'deleted');
    if (planOf.has(key) || !a.mineOnly.get(k)?.fields.has('deleted') || mine.row(entity, id)?.deleted !== true) continue;
    out.push({ entity, id, key, deletedBy: 'mine', plan: null });
  }
  // they deleted it, I edited it
  for (const p of a.fields) {
    if (p.field !== 'deleted' || p.top.value !== true || p.conflict || !p.mine) continue;
    const own = a.mineOnly.get(rowKey(p.entity, p.id));
    if (![...(own?.fields ?? [])].some((f) => !NOT_AN_EDIT.has(f)) || mine.row(p.entity, p.id)?.deleted !== false) continue;
    out.push({ entity: p.entity, id: p.id, key: p.key, deletedBy: 'theirs', plan: p });
  }
  return out;
}

export interface Decided {
  entries: IncomingEntry[];
  reassert: Change[];
  outcomes: { plan: FieldPlan; outcome: FieldOutcome }[];
  deletes: { conflict: DeleteConflict; winner: Side }[];
}

/** Applies last-writer-wins and the user's decisions: which incoming entries land in rows, which local changes settle conflicts. */
export function decide(mine: PlanFile, a: Analysis, decisions: ReadonlyMap<string, Side>): Decided {
  const applied = new Set<TheirEntry>();
  const reassert: Change[] = [];
  const outcomes: Decided['outcomes'] = [];
  const deletes: Decided['deletes'] = [];
  const dels = deleteConflictsOf(mine, a);
  for (const conflict of dels) {
    if (conflict.plan) continue; // their deletion is a field of theirs: settled below like any other
    const winner = decisions.get(conflict.key) ?? 'mine';
    deletes.push({ conflict, winner });
    if (winner === 'theirs') reassert.push({ entity: conflict.entity, id: conflict.id, field: 'deleted', value: false });
  }
  for (const plan of a.fields) {
    const outcome = resolveField(plan.mine?.clock ?? null, plan.top.clock, decisions.get(plan.key));
    outcomes.push({ plan, outcome });
    if (outcome.applyTheirs) applied.add(plan.top);
    if (outcome.reassert) {
      const value = outcome.winner === 'theirs' ? plan.top.value : mine.row(plan.entity, plan.id)?.[plan.field];
      reassert.push({ entity: plan.entity, id: plan.id, field: plan.field, value });
    }
  }
  const entries = a.incoming.map((e) => ({ ...e, applied: applied.has(e) }));
  const winnerOf = new Map(outcomes.map((o) => [o.plan, o.outcome.winner]));
  for (const conflict of dels) if (conflict.plan) deletes.push({ conflict, winner: winnerOf.get(conflict.plan)! });
  return { entries, reassert, outcomes, deletes };
}

export const stampedOf = (entries: IncomingEntry[]): StampedChange[] =>
  entries.filter((e) => e.applied).map((e) => ({ entity: e.entity, id: e.id, field: e.field, value: e.value, clock: e.clock }));
