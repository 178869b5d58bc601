/** What the review and the merge's outcome report: conflicts with both sides, sources and their clocks, broken rules, shared codes, row counts. */
import type { MergeConflict, MergeDuplicate, MergeIssue, MergeSource } from '../../shared/api.ts';
import { PlannerError } from '../../shared/errors.ts';
import type { EntityName } from '../../shared/model/registry.ts';
import { clockAhead, isSuspiciousClock, rowLabel, rowTitle } from '../../shared/logic/merge.ts';
import { findCycle } from '../../shared/logic/schedule-graph.ts';
import { duplicateGroups, HUMAN_CODES } from '../../shared/logic/codes.ts';
import { ENTITIES } from '../../shared/model/registry.ts';
import type { Decided } from './merge-decide.ts';
import { type Analysis, NOT_AN_EDIT, rowKey } from './merge-types.ts';
import type { PlanFile } from './plan-file.ts';
import type { RowIssue, RowOutcome } from './plan-types.ts';

/** Links the merge leaves forming a loop (each copy added one link of it): reported, for the user to break. */
export function linkCycles(mine: PlanFile, rows: RowOutcome[]): MergeIssue[] {
  const touched = rows.filter((r) => r.entity === 'task_link' && r.after.deleted !== true);
  if (!touched.length) return [];
  const links = new Map((mine.handle.prepare('SELECT id, predecessor_id, successor_id, deleted FROM task_link').all() as { id: string; predecessor_id: string; successor_id: string; deleted: number }[])
    .map((l) => [l.id, { predecessor_id: l.predecessor_id, successor_id: l.successor_id, deleted: l.deleted === 1 }]));
  for (const r of rows) {
    if (r.entity === 'task_link') links.set(r.id, { predecessor_id: r.after.predecessor_id as string, successor_id: r.after.successor_id as string, deleted: r.after.deleted === true });
  }
  const all = [...links.values()];
  const seen = new Set<string>();
  const out: MergeIssue[] = [];
  for (const r of touched) {
    const link = links.get(r.id)!;
    const cycle = findCycle(all, link);
    if (!cycle || cycle.length <= 2) continue; // [a, a] is a self link, which the row rules already refuse
    const key = [...new Set(cycle)].sort().join('\u0000');
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ entity: 'task_link', id: r.id, error: new PlannerError('CYCLE', { cycle: cycle.join(' → ') }).toApiError() });
  }
  return out;
}

export const toIssues = (issues: RowIssue[]): MergeIssue[] => issues.map((i) => ({ entity: i.entity, id: i.id, error: i.error }));

/** Rows as the merge leaves them, for naming rows by the rows they join (a link by its two tasks). */
export const rowsAfter = (mine: PlanFile, outcomeOf: ReadonlyMap<string, RowOutcome>) => (entity: EntityName, id: string) => outcomeOf.get(rowKey(entity, id))?.after ?? mine.row(entity, id);

const sameValue = (a: unknown, b: unknown) => a === b || JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** A delete-vs-edit conflict as the review shows it: who deleted, and the other side's edits that restoring keeps. */
function deleteConflictView(mine: PlanFile, a: Analysis, { conflict, winner }: Decided['deletes'][number], authors: Map<string, string>, get: ReturnType<typeof rowsAfter>): MergeConflict {
  const { entity, id } = conflict;
  const row = mine.row(entity, id);
  const side = (clock: string, site: string, author: string, deleted: boolean) => ({ value: deleted, clock, site, author });
  const base = { entity, id, field: 'deleted', label: rowTitle(entity, id, get) ?? id, winner, deletedBy: conflict.deletedBy };
  if (conflict.deletedBy === 'mine') {
    const theirs = a.fields.filter((p) => p.entity === entity && p.id === id && !NOT_AN_EDIT.has(p.field));
    const newest = theirs.reduce((x, p) => (p.top.clock > x.top.clock ? p : x));
    const del = mine.latestEntry(entity, id, 'deleted', authors)!;
    return {
      ...base,
      mine: side(del.clock, del.site, del.author, true),
      theirs: side(newest.top.clock, newest.top.site, newest.top.author, false),
      edits: theirs.map((p) => ({ field: p.field, value: p.top.value, old: row?.[p.field], clock: p.top.clock, site: p.top.site, author: p.top.author })),
    };
  }
  const own = a.mineOnly.get(rowKey(entity, id))!;
  const top = conflict.plan!.top;
  const editor = mine.latestEntry(entity, id, own.newest.field, authors)!;
  return {
    ...base,
    mine: side(own.newest.clock, own.newest.site, editor.author, false),
    theirs: side(top.clock, top.site, top.author, true),
    edits: [...own.fields].filter((f) => !NOT_AN_EDIT.has(f)).map((f) => {
      const e = mine.latestEntry(entity, id, f, authors)!;
      return { field: f, value: row?.[f], old: undefined, clock: e.clock, site: e.site, author: e.author };
    }),
  };
}

/** The conflicts, with mine's value as it is before the merge. Both sides having made the same value is no conflict. */
export function conflictsOf(mine: PlanFile, a: Analysis, d: Decided, outcomeOf: ReadonlyMap<string, RowOutcome>): MergeConflict[] {
  const out: MergeConflict[] = [];
  const authors = mine.authors();
  const get = rowsAfter(mine, outcomeOf);
  for (const del of d.deletes) out.push(deleteConflictView(mine, a, del, authors, get));
  for (const { plan, outcome } of d.outcomes) {
    if (!plan.conflict || !plan.mine) continue;
    const r = outcomeOf.get(rowKey(plan.entity, plan.id));
    const current = r?.before ?? mine.row(plan.entity, plan.id);
    if (sameValue(current?.[plan.field], plan.top.value)) continue;
    out.push({
      entity: plan.entity, id: plan.id, field: plan.field, label: rowTitle(plan.entity, plan.id, get) ?? rowLabel(current, plan.id),
      mine: { value: current?.[plan.field], clock: plan.mine.clock, site: plan.mine.site, author: plan.mine.author },
      theirs: { value: plan.top.value, clock: plan.top.clock, site: plan.top.site, author: plan.top.author },
      winner: outcome.winner,
    });
  }
  return out;
}

/** Whose changes come in, and how far ahead their clocks run. */
export function sourcesOf(a: Analysis): MergeSource[] {
  const bySite = new Map<string, MergeSource>();
  for (const e of a.incoming) {
    const s = bySite.get(e.site);
    if (!s) bySite.set(e.site, { site: e.site, author: e.author, changes: 1, latest: e.clock, aheadMs: 0, suspicious: false });
    else {
      s.changes++;
      if (e.clock > s.latest) {
        s.latest = e.clock;
        s.author = e.author;
      }
    }
  }
  return [...bySite.values()].map((s) => ({ ...s, aheadMs: clockAhead(s.latest, a.now), suspicious: isSuspiciousClock(s.latest, a.now) }));
}

/** Codes people quote that two live rows would share after the merge, where the merge brings one of them. */
export function duplicatesOf(mine: PlanFile, rows: RowOutcome[]): MergeDuplicate[] {
  const out: MergeDuplicate[] = [];
  for (const [entity, field] of Object.entries(HUMAN_CODES) as [EntityName, string][]) {
    const after = new Map(rows.filter((r) => r.entity === entity).map((r) => [r.id, r.after]));
    if (!after.size) continue;
    const here = (mine.handle.prepare(`SELECT id FROM ${ENTITIES[entity].table} WHERE deleted = 0 ORDER BY sort_order, id`).all() as { id: string }[]).map((r) => r.id);
    const list = [...here.map((id) => after.get(id) ?? mine.row(entity, id)!), ...[...after].filter(([id]) => !here.includes(id)).map(([, row]) => row)];
    const byId = new Map(list.map((r) => [r.id as string, r]));
    for (const g of duplicateGroups(list as { id: string }[], field)) {
      if (!g.ids.some((id) => after.has(id))) continue;
      out.push({ entity, field, code: g.code, ids: g.ids, labels: g.ids.map((id) => rowLabel(byId.get(id), id)) });
    }
  }
  return out;
}

/** Rows created here and live rows deleted here by the merge. */
export function rowCounts(rows: RowOutcome[]): { created: number; deleted: number } {
  let created = 0;
  let deleted = 0;
  for (const r of rows) {
    const wasLive = !!r.before && r.before.deleted !== true;
    const isLive = r.after.deleted !== true;
    if (!r.before && isLive) created++;
    if (wasLive && !isLive) deleted++;
  }
  return { created, deleted };
}
