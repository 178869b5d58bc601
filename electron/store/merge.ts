/**
 * Merging a colleague's copy of a plan ("theirs") into the open one ("mine").
 *
 * What a merge takes. Every copy of a plan shares `_meta.plan_uuid` and an append-only change log in
 * which each entry is identified by (clock, site, entity, row_id, field). The changes THEIRS has and MINE
 * lacks are the entries of their log whose identity is not in mine. They are all copied into mine's log
 * with their own clock and site (so merging the same copy again finds nothing new, and after A←B and B←A
 * both logs hold the same entries); a field takes their value only when their newest entry's clock is
 * greater than every clock mine has for that field (last writer wins, per field). Because every copy
 * keeps "the row holds the value of the newest entry of each field", any copies that have taken in the
 * same entries hold the same rows, whatever the order of the merges (the union of logs is commutative,
 * associative and idempotent). A row created only on their side arrives whole: creating a row logs
 * every field. References are checked after the whole batch (a task and its new owner arrive together);
 * a row left breaking a cross-field rule (both sides moved one task's dates) is kept and reported.
 *
 * Conflicts. The common ancestor is the set of entries both logs share; a field is in conflict when each
 * side has an entry for it the other lacks. Conflicts are listed with both values, authors and clocks;
 * without a decision the newer clock wins. A decision against the clock is written as a new local change,
 * stamped after everything merged, so it wins this merge and the next ones in either direction.
 * A row one side deleted while the other edited it is listed too (field `deleted`, with the edits): it
 * stays deleted unless the user restores it, which is a decision like any other. Two values that are
 * the same are no conflict. The preview also names codes people quote (a risk's R-16) that two live rows
 * would share after the merge, so the review can offer to renumber them as a separate, undoable edit.
 *
 * Clocks. Clocks are hybrid logical clocks (shared/logic/hlc.ts): wall time, a counter, the site. A
 * colleague whose computer clock runs minutes or days ahead does not stop a merge: their entries keep
 * their clocks (reordering them would break convergence) and we fold their newest clock into ours with
 * hlc.receive, so our clock jumps forward to theirs and an edit made here after the merge still sorts
 * after theirs, and wins. Edits here before the merge were made in ignorance of theirs and lose to a
 * clock that ran ahead, which is the last-writer rule applied to the clocks we have; the review shows
 * how far each source's clock is ahead (MergeSource.aheadMs). A clock more than MAX_DRIFT_MS (a year)
 * ahead is treated as broken: its changes are still merged, with their clock (the data is kept and
 * copies still converge) and flagged "suspicious" in the review, but our clock does not follow it (one
 * broken laptop must not drag every later edit a year into the future). Instead the file remembers it
 * as a ceiling (`_meta.clock_ceiling`), and a local edit of a field holding such a clock is stamped just
 * above that field's newest clock, so the later local edit still wins, here and wherever it is merged.
 *
 * Safety. THEIRS is opened with PlanFile.inspect: probed read-only with the same checks and error codes
 * as opening (NOT_SQLITE, FOREIGN_APP, CORRUPT, FOREIGN_SCHEMA, NEWER_SCHEMA, ...); a different plan_uuid
 * is NO_COMMON_ORIGIN. Every value is validated with the field schemas before anything is written, and
 * the merge is one transaction of kind 'merge', so a refused merge leaves MINE byte-identical. MINE is
 * attached to THEIRS's read-only connection to compare the logs (an attached database inherits the
 * read-only flag), so neither file is written while comparing.
 *
 * Undo. The merge is one undo step: its inverse restores the values the merged changes replaced and
 * deletes the rows it created, as new local changes. Those are newer than the merged entries, so merging
 * the same copy again finds nothing new and keeps the undone state (use Redo to bring the merge back).
 */
import type { MergeConflict, MergeDecision, MergeFieldChange, MergeIssue, MergePreview, MergeRowChange, MergeSource, MergeView, MergeViewGroup } from '../../shared/api.ts';
import { PlannerError } from '../../shared/errors.ts';
import type { LoggedChange } from '../../shared/model/change.ts';
import type { EntityName } from '../../shared/model/registry.ts';
import { MERGE_VIEWS, rowTitle, VIEW_OF } from '../../shared/logic/merge.ts';
import { decide, stampedOf } from './merge-decide.ts';
import { analyse } from './merge-read.ts';
import { conflictsOf, duplicatesOf, linkCycles, rowCounts, rowsAfter, sourcesOf, toIssues } from './merge-report.ts';
import { fieldKey, rowKey } from './merge-types.ts';
import type { PlanFile } from './plan-file.ts';

/**
 * What merging THEIRS would do, without writing anything: the changes that would be applied and the
 * conflicts with both values, grouped by view; whose changes they are; rows left breaking a rule.
 * Throws the error the merge would throw (a damaged or foreign file, another plan, a hostile value).
 */
export function previewMerge(mine: PlanFile, theirsPath: string): MergePreview {
  return mine.readTogether(() => preview(mine, theirsPath));
}

function preview(mine: PlanFile, theirsPath: string): MergePreview {
  const a = analyse(mine, theirsPath);
  const d = decide(mine, a, new Map());
  const { rows, issues } = a.incoming.length ? mine.dryRunRemote(stampedOf(d.entries)) : { rows: [], issues: [] };
  const outcomeOf = new Map(rows.map((r) => [rowKey(r.entity, r.id), r]));
  const groups = new Map<MergeView, MergeViewGroup>();
  const group = (entity: EntityName): MergeViewGroup => {
    const view = VIEW_OF[entity];
    let g = groups.get(view);
    if (!g) groups.set(view, (g = { view, rows: [], conflicts: [] }));
    return g;
  };
  const rowFields = new Map<string, MergeFieldChange[]>();
  let applied = 0;
  const conflicts = conflictsOf(mine, a, d, outcomeOf);
  for (const c of conflicts) group(c.entity).conflicts.push(c);
  const settledInConflicts = new Set(d.deletes.map(({ conflict: c }) => rowKey(c.entity, c.id)));
  for (const { plan, outcome } of d.outcomes) {
    if (outcome.applyTheirs) applied++;
    const r = outcomeOf.get(rowKey(plan.entity, plan.id));
    if (plan.conflict && plan.mine) continue;
    if (outcome.applyTheirs) {
      const k = rowKey(plan.entity, plan.id);
      const list = rowFields.get(k) ?? [];
      list.push({ field: plan.field, value: plan.top.value, old: r?.before ? r.before[plan.field] : undefined, clock: plan.top.clock, site: plan.top.site, author: plan.top.author });
      rowFields.set(k, list);
    }
  }
  for (const r of rows) {
    const wasLive = !!r.before && r.before.deleted !== true;
    const isLive = r.after.deleted !== true;
    const fields = rowFields.get(rowKey(r.entity, r.id));
    if (!fields?.length || settledInConflicts.has(rowKey(r.entity, r.id))) continue;
    if (!r.before && !isLive) continue; // made and deleted over there: arrives as a deleted row, nothing to show
    const action: MergeRowChange['action'] = !r.before ? 'create' : wasLive && !isLive ? 'delete' : !wasLive && isLive ? 'restore' : 'update';
    group(r.entity).rows.push({ entity: r.entity, id: r.id, label: rowTitle(r.entity, r.id, rowsAfter(mine, outcomeOf)) ?? r.id, action, live: isLive, fields });
  }
  const sources = sourcesOf(a);
  return {
    path: theirsPath,
    name: a.theirsName,
    incoming: a.incoming.length,
    applied,
    conflicts: conflicts.length,
    ...rowCounts(rows),
    views: MERGE_VIEWS.flatMap((v) => {
      const g = groups.get(v);
      return g && (g.rows.length || g.conflicts.length) ? [g] : [];
    }),
    sources,
    suspicious: sources.some((s) => s.suspicious),
    issues: [...toIssues(issues), ...linkCycles(mine, rows)],
    duplicates: duplicatesOf(mine, rows),
  };
}

export interface MergeOutcome {
  /** the merge's transaction, or null when THEIRS brought nothing new (nothing written) */
  txn: number | null;
  /** the changes as they landed in rows (their applied entries and the local decision changes) */
  changes: LoggedChange[];
  incoming: number;
  applied: number;
  conflictsResolved: number;
  overridden: number;
  suspicious: boolean;
  issues: MergeIssue[];
  /** the conflicts as they stood (mine's value before the merge) and who won */
  conflicts: MergeConflict[];
  sources: MergeSource[];
  created: number;
  deleted: number;
}

/**
 * Merges THEIRS into MINE in one transaction (one undo step). Without decisions the newer clock wins
 * every field; each decision settles one field (normally a conflict from the preview) for mine or theirs.
 */
export function merge(mine: PlanFile, theirsPath: string, decisions: readonly MergeDecision[] = [], opts: { label?: string } = {}): MergeOutcome {
  if (mine.readOnly) throw new PlannerError(mine.readOnly.code, mine.readOnly.params);
  const { a, d, conflicts } = mine.readTogether(() => {
    const a = analyse(mine, theirsPath);
    if (!a.incoming.length) return { a, d: null, conflicts: [] };
    const d = decide(mine, a, new Map(decisions.map((x) => [fieldKey(x.entity, x.id, x.field), x.keep])));
    return { a, d, conflicts: conflictsOf(mine, a, d, new Map()) };
  });
  if (!d) {
    return { txn: null, changes: [], incoming: 0, applied: 0, conflictsResolved: 0, overridden: 0, suspicious: false, issues: [], conflicts: [], sources: [], created: 0, deleted: 0 };
  }
  const r = mine.applyRemote(d.entries, d.reassert, { label: opts.label ?? `merge ${a.theirsName}` });
  const sources = sourcesOf(a);
  return {
    txn: r.txn,
    changes: r.changes,
    incoming: a.incoming.length,
    applied: d.outcomes.filter((o) => o.outcome.winner === 'theirs' && (o.outcome.applyTheirs || o.outcome.reassert)).length,
    conflictsResolved: conflicts.length,
    overridden: d.reassert.length,
    suspicious: sources.some((s) => s.suspicious),
    issues: [...toIssues(r.issues), ...linkCycles(mine, r.rows)],
    conflicts,
    sources,
    ...rowCounts(r.rows),
  };
}
