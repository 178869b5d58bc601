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
import nodePath from 'node:path';
import type { MergeConflict, MergeDecision, MergeDuplicate, MergeFieldChange, MergeIssue, MergePreview, MergeRowChange, MergeSource, MergeView, MergeViewGroup } from '../../shared/api.ts';
import { PlannerError } from '../../shared/errors.ts';
import type { Change, LoggedChange } from '../../shared/model/change.ts';
import type { EntityName } from '../../shared/model/registry.ts';
import { parseHlc } from '../../shared/logic/hlc.ts';
import { clockAhead, type FieldOutcome, isSuspiciousClock, MERGE_VIEWS, resolveField, rowLabel, rowTitle, type Side, VIEW_OF } from '../../shared/logic/merge.ts';
import { findCycle } from '../../shared/logic/schedule-graph.ts';
import { duplicateGroups, HUMAN_CODES } from '../../shared/logic/codes.ts';
import { ENTITIES } from '../../shared/model/registry.ts';
import { fromLogJson } from './codec.ts';
import { upgradeMoneyValue } from '../../shared/logic/budget-money.ts';
import { logSource } from './email-copy.ts';
import { PlanFile } from './plan-file.ts';
import { type IncomingEntry, LOG_CREATED, type RowIssue, type RowOutcome, type StampedChange } from './plan-types.ts';
import { validateChange } from './validation.ts';

/** An entry of their log that mine lacks, decoded and checked. */
interface TheirEntry {
  entity: EntityName;
  id: string;
  field: string;
  value: unknown;
  clock: string;
  site: string;
  author: string;
  created: boolean;
}

/** Everything the incoming entries say about one field, and what mine has for it. */
interface FieldPlan {
  key: string;
  entity: EntityName;
  id: string;
  field: string;
  entries: TheirEntry[];
  /** their newest entry for the field */
  top: TheirEntry;
  /** mine's newest entry for the field (null: never written here, the row is new) */
  mine: { clock: string; site: string; author: string } | null;
  /** both sides changed it since the copies parted */
  conflict: boolean;
}

/** The fields of one row this copy changed since the copies parted, and its newest such entry. */
interface MineOnlyRow {
  fields: Set<string>;
  newest: { clock: string; site: string; field: string };
}

interface Analysis {
  theirsName: string;
  incoming: TheirEntry[];
  fields: FieldPlan[];
  mineOnly: Map<string, MineOnlyRow>;
  now: number;
}

const fieldKey = (entity: string, id: string, field: string) => `${entity}\u0000${id}\u0000${field}`;
const rowKey = (entity: string, id: string) => `${entity}\u0000${id}`;
const entryKey = (clock: string, site: string, entity: string, id: string, field: string) => `${clock}\u0001${site}\u0001${entity}\u0001${id}\u0001${field}`;

type LogRowRaw = { clock: unknown; site: unknown; entity: unknown; row_id: unknown; field: unknown; value: unknown; created: unknown; tsite: unknown; author: unknown };

function str(v: unknown, what: string): string {
  if (typeof v !== 'string') throw new PlannerError('CORRUPT', { detail: `a change-log ${what} is not text` });
  return v;
}

/**
 * Opens THEIRS read-only, checks it is a copy of the same plan, and finds the entries of its log that MINE
 * lacks, grouped by field, with what MINE has for each field.
 *
 * Finding them fast: copies made with exportCopy share their log's first rows with the same `seq`
 * (VACUUM INTO keeps rowids), so the logs are compared row by row in SQLite up to the first difference
 * (one pass, in C, verified entry by entry and by count, so never assumed); only the tails after that
 * point are compared as sets. For two copies of a large plan that parted recently the tails are just the
 * edits made since.
 */
function analyse(mine: PlanFile, theirsPath: string): Analysis {
  const theirs = PlanFile.inspect(theirsPath, { author: mine.author, site: mine.site, now: () => mine.wallNow() });
  try {
    if (theirs.readOnly?.code === 'NEWER_SCHEMA') throw new PlannerError('NEWER_SCHEMA', theirs.readOnly.params);
    const uuid = mine.meta('plan_uuid');
    if (!uuid || uuid !== theirs.meta('plan_uuid')) throw new PlannerError('NO_COMMON_ORIGIN');
    const theirsName = (theirs.row('settings', 'plan')?.name as string | undefined) ?? nodePath.basename(theirsPath, '.cplan');
    const db = theirs.handle;
    db.prepare('ATTACH DATABASE ? AS mine').run(mine.path);
    let theirTail: LogRowRaw[];
    let mineTail: unknown[][];
    let theirAuthors: Map<string, string>;
    try {
      // one read transaction: a consistent view of both files even if a colleague's app is writing THEIRS
      db.exec('BEGIN');
      // an e-mail copy holds the same entries, encoded: read through its decoding
      const theirLog = logSource(db);
      const diff = db.prepare(`SELECT t.seq AS seq FROM ${theirLog} t LEFT JOIN mine._change_log m ON m.seq = t.seq
        WHERE m.seq IS NULL OR m.clock IS NOT t.clock OR m.site IS NOT t.site OR m.entity IS NOT t.entity OR m.row_id IS NOT t.row_id OR m.field IS NOT t.field
        ORDER BY t.seq LIMIT 1`).get() as { seq: number } | undefined;
      const theirMax = (db.prepare(`SELECT coalesce(max(seq), 0) AS s FROM ${theirLog}`).get() as { s: number }).s;
      let shared = diff ? diff.seq - 1 : theirMax;
      if (shared > 0) {
        const count = (log: string) => (db.prepare(`SELECT count(*) AS c FROM ${log} WHERE seq <= ?`).get(shared) as { c: number }).c;
        if (count(theirLog) !== shared || count('mine._change_log') !== shared) shared = 0; // gaps: compare everything as sets
      }
      theirTail = db.prepare(`SELECT c.clock, c.site, c.entity, c.row_id, c.field, c.value, c.created, t.site AS tsite, t.author
        FROM ${theirLog} c LEFT JOIN main._txn t ON t.txn = c.txn WHERE c.seq > ? ORDER BY c.seq`).all(shared) as LogRowRaw[];
      mineTail = db.prepare('SELECT clock, site, entity, row_id, field FROM mine._change_log WHERE seq > ?').raw().all(shared) as unknown[][];
      theirAuthors = new Map((db.prepare("SELECT key, value FROM main._meta WHERE key >= 'author:' AND key < 'author;'").all() as { key: string; value: string }[])
        .map((r) => [String(r.key).slice('author:'.length), String(r.value)]));
    } finally {
      if (db.inTransaction) db.exec('COMMIT');
      db.prepare('DETACH DATABASE mine').run();
    }

    const mineKeys = new Set<string>();
    const mineFields: string[] = [];
    for (const r of mineTail) {
      mineKeys.add(entryKey(r[0] as string, r[1] as string, r[2] as string, r[3] as string, r[4] as string));
      mineFields.push(fieldKey(r[2] as string, r[3] as string, r[4] as string));
    }
    const theirKeys = new Set<string>();
    const incoming: TheirEntry[] = [];
    for (const r of theirTail) {
      const clock = str(r.clock, 'clock');
      const site = str(r.site, 'site');
      const entity = str(r.entity, 'entity');
      const id = str(r.row_id, 'row id');
      const field = str(r.field, 'field');
      const k = entryKey(clock, site, entity, id, field);
      theirKeys.add(k);
      if (mineKeys.has(k)) continue;
      try {
        parseHlc(clock);
      } catch {
        throw new PlannerError('CORRUPT', { detail: `“${clock}” is not a clock` });
      }
      let value: unknown;
      try {
        value = fromLogJson(r.value === null ? null : str(r.value, 'value'));
      } catch {
        throw new PlannerError('CORRUPT', { detail: `the value logged for ${entity} ${id} ${field} is not JSON` });
      }
      // a copy older than schema 4 logged money in units: read it as the minor units this file holds
      if (theirs.schemaVersion < 4) value = upgradeMoneyValue(entity, field, value);
      const change = { entity, id, field, value } as Change;
      validateChange(change);
      const author = r.tsite === site && typeof r.author === 'string' ? r.author : (theirAuthors.get(site) ?? site);
      incoming.push({ entity: change.entity, id, field, value, clock, site, author, created: (Number(r.created) & LOG_CREATED) !== 0 });
    }
    const mineOnly = new Set<string>();
    const mineOnlyRows = new Map<string, MineOnlyRow>();
    mineTail.forEach((r, i) => {
      if (theirKeys.has(entryKey(r[0] as string, r[1] as string, r[2] as string, r[3] as string, r[4] as string))) return;
      mineOnly.add(mineFields[i]!);
      const rk = rowKey(r[2] as string, r[3] as string);
      const entry = { clock: r[0] as string, site: r[1] as string, field: r[4] as string };
      const row = mineOnlyRows.get(rk);
      if (!row) mineOnlyRows.set(rk, { fields: new Set([entry.field]), newest: entry });
      else {
        row.fields.add(entry.field);
        if (entry.clock > row.newest.clock) row.newest = entry;
      }
    });

    const byField = new Map<string, FieldPlan>();
    for (const e of incoming) {
      const key = fieldKey(e.entity, e.id, e.field);
      let f = byField.get(key);
      if (!f) {
        f = { key, entity: e.entity, id: e.id, field: e.field, entries: [], top: e, mine: null, conflict: mineOnly.has(key) };
        byField.set(key, f);
      }
      f.entries.push(e);
      if (e.clock > f.top.clock) f.top = e;
    }
    const mineLatest = mine.latestEntries([...byField.values()]);
    for (const f of byField.values()) f.mine = mineLatest.get(f.key) ?? null;
    return { theirsName, incoming, fields: [...byField.values()], mineOnly: mineOnlyRows, now: mine.wallNow() };
  } finally {
    theirs.close();
  }
}

/** Fields that only describe a row's place or life, not an edit someone would want back. */
const NOT_AN_EDIT = new Set(['deleted', 'sort_order']);

/**
 * A row one side deleted since the copies parted while the other edited it. Field-level last-writer-wins
 * would keep it deleted with the edit landed in the deleted row, unseen; the review lists it so the user
 * can restore it with the edit. Without a decision it stays deleted (so copies merged without decisions
 * still converge); restoring is a local change of `deleted`, written like any other decision.
 */
interface DeleteConflict {
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

interface Decided {
  entries: IncomingEntry[];
  reassert: Change[];
  outcomes: { plan: FieldPlan; outcome: FieldOutcome }[];
  deletes: { conflict: DeleteConflict; winner: Side }[];
}

/** Applies last-writer-wins and the user's decisions: which incoming entries land in rows, which local changes settle conflicts. */
function decide(mine: PlanFile, a: Analysis, decisions: ReadonlyMap<string, Side>): Decided {
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

const stampedOf = (entries: IncomingEntry[]): StampedChange[] =>
  entries.filter((e) => e.applied).map((e) => ({ entity: e.entity, id: e.id, field: e.field, value: e.value, clock: e.clock }));

/** Links the merge leaves forming a loop (each copy added one link of it): reported, for the user to break. */
function linkCycles(mine: PlanFile, rows: RowOutcome[]): MergeIssue[] {
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

const toIssues = (issues: RowIssue[]): MergeIssue[] => issues.map((i) => ({ entity: i.entity, id: i.id, error: i.error }));

/** Rows as the merge leaves them, for naming rows by the rows they join (a link by its two tasks). */
const rowsAfter = (mine: PlanFile, outcomeOf: ReadonlyMap<string, RowOutcome>) => (entity: EntityName, id: string) => outcomeOf.get(rowKey(entity, id))?.after ?? mine.row(entity, id);

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
function conflictsOf(mine: PlanFile, a: Analysis, d: Decided, outcomeOf: ReadonlyMap<string, RowOutcome>): MergeConflict[] {
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
function sourcesOf(a: Analysis): MergeSource[] {
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
function duplicatesOf(mine: PlanFile, rows: RowOutcome[]): MergeDuplicate[] {
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
function rowCounts(rows: RowOutcome[]): { created: number; deleted: number } {
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
