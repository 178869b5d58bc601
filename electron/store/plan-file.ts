import fs from 'node:fs';
import nodePath from 'node:path';
import crypto from 'node:crypto';
import Database from 'better-sqlite3';
import { z } from 'zod';
import type { HistoryEntry, LockHolder, Rows } from '../../shared/api.ts';
import { type ApiError, PlannerError } from '../../shared/errors.ts';
import type { Change, LoggedChange } from '../../shared/model/change.ts';
import type { FieldSpec } from '../../shared/model/field.ts';
import { ENTITIES, ENTITY_NAMES, type EntityName, entityDef, isEntityName } from '../../shared/model/registry.ts';
import { ROW_RULES } from '../../shared/model/rules.ts';
import { formatHlc, type Hlc, MAX_DRIFT_MS, parseHlc, receive, tick } from '../../shared/logic/hlc.ts';
import { fromLogJson, logJson, rowDecoder, toSql } from './codec.ts';
import { APPLICATION_ID, SCHEMA_VERSION } from './constants.ts';
import { onFile, onStoredFile } from './file-errors.ts';
import { acquireLock, type HeldLock, holderParams, lockHolder } from './lock.ts';
import { migrate } from './migrations/index.ts';
import { probePlanFile } from './probe.ts';
import { sameFile, writeAtomically } from './atomic-write.ts';
import { encodeEmailCopy, expandEmailCopy } from './email-copy.ts';

export interface Writer {
  author: string;
  site: string;
  /** wall clock in ms; injectable so tests can simulate a colleague's drifting clock */
  now?: () => number;
}

export interface ApplyOptions {
  label?: string;
  kind?: 'edit' | 'undo' | 'redo' | 'template' | 'merge';
  undoes?: number;
  /** the transaction's clock, when the caller must fix it; normally the next tick of ours (merged changes keep theirs: see applyRemote) */
  clock?: string;
}

const COMMON: Record<string, FieldSpec> = {
  sort_order: { schema: z.number().finite(), sql: 'REAL', default: 0, doc: '' },
  deleted: { schema: z.boolean(), sql: 'INTEGER', default: false, doc: '' },
};

type RowRecord = Record<string, unknown>;

const ID_RE = /^[A-Za-z0-9_.:-]{1,64}$/;
const ROWS_PER_SELECT = 500;

interface PendingRow {
  entity: EntityName;
  id: string;
  before: RowRecord | null;
  after: RowRecord;
  fields: Map<string, unknown>;
  /** the greatest clock of the changes that land in this row ('' until stamped) */
  clock: string;
}

/** A change with the clock it carries: a colleague's change keeps its own, a local one is stamped on commit. */
export interface StampedChange extends Change {
  clock?: string;
}

/**
 * One entry of a colleague's change log that this copy lacks, as merge hands it to `applyRemote`:
 * with its own clock, site and author; `applied` says whether it lands in the row (it is the newest
 * value of its field) or is only recorded (an older value, kept so both copies hold the same log).
 */
export interface IncomingEntry extends Change {
  clock: string;
  site: string;
  author: string;
  /** part of creating the row in the copy it comes from */
  created: boolean;
  applied: boolean;
}

/** A row a change leaves breaking one of the model's rules (merges keep such rows and report them). */
export interface RowIssue {
  entity: EntityName;
  id: string;
  error: ApiError;
}

/** A row as a batch leaves it: what it was (null when new) and what it becomes. */
export interface RowOutcome {
  entity: EntityName;
  id: string;
  before: RowRecord | null;
  after: RowRecord;
}

/** Bits of `_change_log.created`: the entry made the row; the entry arrived by merge already superseded (never in the row). */
export const LOG_CREATED = 1;
export const LOG_SUPERSEDED = 2;

/** One `_change_log` row about to be written. */
interface LogRow {
  entity: EntityName;
  id: string;
  field: string;
  value: unknown;
  old: unknown;
  clock: string;
  site: string;
  author: string;
  flags: number;
}

interface TxnHead {
  clock: string;
  label: string;
  kind: NonNullable<ApplyOptions['kind']>;
  undoes: number | null;
}

const AUTHOR_KEY = 'author:';
const CEILING_KEY = 'clock_ceiling';

const decoders = new Map(ENTITY_NAMES.map((n) => [n, rowDecoder(entityDef(n))]));

function firstIssue(e: z.ZodError): string {
  return e.issues[0]?.message ?? 'is not valid';
}

/**
 * Checks one change against the model (kind, field, id, value) and returns the value as the schema
 * parses it. Every change, local or merged, passes here; throws the error the user sees.
 */
export function validateChange(c: Change): unknown {
  if (!isEntityName(c.entity)) throw new PlannerError('UNKNOWN_ENTITY', { entity: String(c.entity) });
  const def = entityDef(c.entity);
  const spec = Object.hasOwn(def.fields, c.field) ? def.fields[c.field] : Object.hasOwn(COMMON, c.field) ? COMMON[c.field] : undefined;
  if (!spec) throw new PlannerError('UNKNOWN_FIELD', { entity: c.entity, field: c.field });
  const parsed = spec.schema.safeParse(c.value);
  if (!parsed.success) throw new PlannerError('INVALID_VALUE', { entity: c.entity, id: c.id, field: c.field, detail: firstIssue(parsed.error) });
  if (def.singletonId && c.id !== def.singletonId) throw new PlannerError('INVALID_ROW', { entity: c.entity, id: c.id, detail: `the only row is “${def.singletonId}”` });
  if (typeof c.id !== 'string' || !ID_RE.test(c.id)) throw new PlannerError('INVALID_VALUE', { entity: c.entity, id: String(c.id), field: 'id', detail: 'uses letters, digits and _ . : - only' });
  return parsed.data;
}

const maxClock = (a: string, b: string): string => (a > b ? a : b);

const toLogged = (e: LogRow): LoggedChange => ({ entity: e.entity, id: e.id, field: e.field, value: e.value, old: e.old, clock: e.clock, site: e.site, author: e.author });

export class PlanFile {
  path: string;
  readonly readOnly: ApiError | null;
  readonly lockHolder: LockHolder | null;
  readonly schemaVersion: number;
  private db: Database.Database;
  private lock: HeldLock | null;
  private last: Hlc | null;
  private revisionNo: number;
  private undoStack: number[] = [];
  private redoStack: number[] = [];
  private stmts = new Map<string, Database.Statement>();
  private readonly writer: Required<Writer>;
  /**
   * The greatest clock in the log that our own clock did not follow (a colleague's clock beyond MAX_DRIFT_MS,
   * see merge.ts), or null. While it is ahead of us, a local edit of a field checks that field's newest clock.
   */
  private ceiling: string | null;
  private ceilingDirty = false;

  private constructor(path: string, db: Database.Database, writer: Writer, readOnly: ApiError | null, holder: LockHolder | null, lock: HeldLock | null) {
    this.path = path;
    this.db = db;
    this.writer = { now: Date.now, ...writer };
    this.readOnly = readOnly;
    this.lockHolder = holder;
    this.lock = lock;
    this.schemaVersion = db.pragma('user_version', { simple: true }) as number;
    const newest = (db.prepare('SELECT max(clock) AS c FROM _txn').get() as { c: string | null }).c;
    this.last = newest && /^\d{15}-\d{5}-.+$/.test(newest) ? parseHlc(newest) : null;
    this.ceiling = (db.prepare('SELECT value FROM _meta WHERE key = ?').get(CEILING_KEY) as { value: string } | undefined)?.value ?? null;
    this.revisionNo = (db.prepare('SELECT coalesce(max(txn), 0) AS r FROM _txn').get() as { r: number }).r;
  }

  /** Creates a plan file (nothing at `path` until it is complete), optionally filled through the change pipeline. */
  static create(path: string, writer: Writer, initial: Change[] = [], overwrite = false): PlanFile {
    // a folder there is refused as a folder (by writeAtomically), not offered for replacing
    if (!overwrite && fs.existsSync(path) && !fs.statSync(path).isDirectory()) throw new PlannerError('FILE_EXISTS', { path });
    writeAtomically(path, (tmp) => {
      const db = new Database(tmp);
      try {
        db.pragma('journal_mode = DELETE');
        migrate(db);
        db.prepare('INSERT INTO _meta (key, value) VALUES (?, ?), (?, ?)').run('plan_uuid', crypto.randomUUID(), 'created_at', new Date().toISOString());
      } finally {
        db.close();
      }
      if (initial.length) {
        const f = PlanFile.openUnchecked(tmp, writer);
        try {
          f.apply(initial, { kind: 'template', label: 'template' });
        } finally {
          f.close();
        }
      }
    }, writer.author);
    return PlanFile.open(path, writer);
  }

  /** Opens a plan after probing it read-only; a file that fails the probe is left exactly as it was. */
  static open(path: string, writer: Writer): PlanFile {
    const probe = probePlanFile(path);
    if (probe.newer) return new PlanFile(path, openReadOnly(path), writer, new PlannerError('NEWER_SCHEMA', { version: probe.version }).toApiError(), lockHolder(path), null);
    const lock = onFile(path, () => acquireLock(path, writer.author));
    if (!lock.acquired) {
      const h = lock.holder;
      return new PlanFile(path, openReadOnly(path), writer, new PlannerError('LOCKED', holderParams(h)).toApiError(), h, null);
    }
    try {
      return onFile(path, () => {
        if (probe.older) fs.copyFileSync(path, `${path}.v${probe.version}.bak`, fs.constants.COPYFILE_EXCL);
        return PlanFile.openUnchecked(path, writer, lock);
      });
    } catch (e) {
      lock.release();
      throw e;
    }
  }

  /** For looking only (CLI info, check, export, merge sources): probed, read-only, no lock taken. */
  static inspect(path: string, writer: Writer): PlanFile {
    const probe = probePlanFile(path);
    const db = openReadOnly(path);
    const why = probe.newer ? new PlannerError('NEWER_SCHEMA', { version: probe.version }) : new PlannerError('READ_ONLY');
    return new PlanFile(path, db, writer, why.toApiError(), lockHolder(path), null);
  }

  private static openUnchecked(path: string, writer: Writer, lock: HeldLock | null = null): PlanFile {
    const db = new Database(path, { fileMustExist: true });
    db.pragma('trusted_schema = OFF');
    db.pragma('journal_mode = DELETE');
    db.pragma('synchronous = FULL');
    // a large change (a merge, a bulk reorder) must not spill the cache mid-transaction: each spill costs a journal sync
    db.pragma('cache_size = -65536');
    // an e-mail copy's log goes back into _change_log first, so migrations and edits see the one log they know
    expandEmailCopy(db);
    migrate(db);
    return new PlanFile(path, db, writer, null, null, lock);
  }

  get revision(): number {
    return this.revisionNo;
  }
  get canUndo(): boolean {
    return this.undoStack.length > 0;
  }
  get canRedo(): boolean {
    return this.redoStack.length > 0;
  }
  get author(): string {
    return this.writer.author;
  }
  get site(): string {
    return this.writer.site;
  }
  setAuthor(name: string): void {
    this.writer.author = name;
    this.lock?.setAuthor(name);
  }

  meta(key: string): string | null {
    return (this.db.prepare('SELECT value FROM _meta WHERE key = ?').get(key) as { value: string } | undefined)?.value ?? null;
  }

  private stmt(sql: string): Database.Statement {
    let s = this.stmts.get(sql);
    if (!s) {
      s = this.db.prepare(sql);
      this.stmts.set(sql, s);
    }
    return s;
  }

  /** One row as stored (deleted or not), decoded; null when there is no such row. */
  row(entity: EntityName, id: string): RowRecord | null {
    const raw = this.stmt(`SELECT * FROM ${ENTITIES[entity].table} WHERE id = ?`).get(id) as RowRecord | undefined;
    return raw ? decoders.get(entity)!(raw) : null;
  }

  /**
   * The stored rows the changes touch, keyed `entity\0id`, read a few hundred at a time: one SELECT per
   * change was most of the cost of a large batch (a bulk reorder, a merge).
   */
  private rowsById(changes: readonly Change[]): Map<string, RowRecord> {
    const ids = new Map<EntityName, Set<string>>();
    for (const c of changes) {
      let set = ids.get(c.entity);
      if (!set) ids.set(c.entity, (set = new Set()));
      set.add(c.id);
    }
    const out = new Map<string, RowRecord>();
    for (const [entity, set] of ids) {
      const decode = decoders.get(entity)!;
      const all = [...set];
      const select = this.stmt(`SELECT * FROM ${ENTITIES[entity].table} WHERE id IN (SELECT value FROM json_each(?))`);
      for (let i = 0; i < all.length; i += ROWS_PER_SELECT) {
        for (const raw of select.all(JSON.stringify(all.slice(i, i + ROWS_PER_SELECT))) as RowRecord[]) out.set(`${entity}\u0000${String(raw.id)}`, decode(raw));
      }
    }
    return out;
  }

  /** The writer's wall clock (injectable in tests). */
  wallNow(): number {
    return this.writer.now();
  }

  /** Who wrote at each site, as far as this file knows (for changes that arrived by merge). */
  authors(): Map<string, string> {
    const rows = this.stmt('SELECT key, value FROM _meta WHERE key >= ? AND key < ?').all(AUTHOR_KEY, 'author;') as { key: string; value: string }[];
    return new Map(rows.map((r) => [r.key.slice(AUTHOR_KEY.length), r.value]));
  }

  /** The newest log entry of one field: its clock, site and author; null when the field was never written. */
  latestEntry(entity: EntityName, id: string, field: string, authors?: Map<string, string>): { clock: string; site: string; author: string } | null {
    const r = this.stmt('SELECT c.clock, c.site, t.site AS tsite, t.author FROM _change_log c LEFT JOIN _txn t ON t.txn = c.txn WHERE c.entity = ? AND c.row_id = ? AND c.field = ? ORDER BY c.clock DESC LIMIT 1')
      .get(entity, id, field) as { clock: string; site: string; tsite: string | null; author: string | null } | undefined;
    if (!r) return null;
    return { clock: r.clock, site: r.site, author: r.tsite === r.site && r.author ? r.author : ((authors ?? this.authors()).get(r.site) ?? r.site) };
  }

  private maxLoggedClock(entity: EntityName, id: string, field: string): string | null {
    const r = this.stmt('SELECT clock FROM _change_log WHERE entity = ? AND row_id = ? AND field = ? ORDER BY clock DESC LIMIT 1').get(entity, id, field) as { clock: string } | undefined;
    return r?.clock ?? null;
  }

  private nextClock(): string {
    this.last = tick(this.last, this.writer.now(), this.writer.site);
    return formatHlc(this.last);
  }

  /**
   * Folds a clock from a colleague's copy into ours (hlc.receive) so our next edit sorts after it.
   * A clock more than MAX_DRIFT_MS ahead of our wall clock is not followed: it is remembered as the
   * ceiling instead, and local edits of the fields it touched are stamped just above it (see stampLocal).
   * Returns false for such a clock.
   */
  observeClock(clock: string): boolean {
    const remote = parseHlc(clock);
    const now = this.writer.now();
    if (remote.wall - now > MAX_DRIFT_MS) {
      this.raiseCeiling(clock);
      return false;
    }
    if (!this.last || clock > formatHlc(this.last)) this.last = receive(this.last, remote, now, this.writer.site);
    return true;
  }

  private raiseCeiling(clock: string): void {
    if (!this.ceiling || clock > this.ceiling) {
      this.ceiling = clock;
      this.ceilingDirty = true;
    }
  }

  /**
   * The clock of a local change to one field: the transaction's, unless the field already holds a newer
   * clock (one beyond the drift limit that we did not follow): then just above that one, so the later
   * local edit still wins there and in every copy it reaches.
   */
  private stampLocal(entity: EntityName, id: string, field: string, clock: string, known?: string | null): string {
    let top = known ?? null;
    if (this.ceiling && this.ceiling >= clock) {
      const logged = this.maxLoggedClock(entity, id, field);
      if (logged && (!top || logged > top)) top = logged;
    }
    if (!top || top < clock) return clock;
    const above = formatHlc(tick({ ...parseHlc(top) }, -1, this.writer.site));
    this.raiseCeiling(above);
    return above;
  }

  /**
   * Checks every change against the model and computes the rows it leaves; throws before anything is written.
   * `local`: every rule holds (a rule already broken before the change does not block an unrelated edit).
   * `remote` (a merge): the values and references are checked the same way, but a row that ends up breaking
   * a cross-field rule (both copies moved the dates of one task apart) is kept and reported, not refused:
   * each side's edit was valid where it was made, and refusing would make the copies impossible to merge.
   */
  private plan(changes: StampedChange[], mode: 'local' | 'remote'): { pending: PendingRow[]; issues: RowIssue[] } {
    const rows = new Map<string, PendingRow>();
    const values = changes.map(validateChange);
    const stored = this.rowsById(changes);
    for (const [i, c] of changes.entries()) {
      const value = values[i];
      const key = `${c.entity}\u0000${c.id}`;
      let row = rows.get(key);
      if (!row) {
        const def = entityDef(c.entity);
        const before = stored.get(key) ?? null;
        const after: RowRecord = before
          ? { ...before }
          : { id: c.id, sort_order: 0, deleted: false, clock: '', ...Object.fromEntries(Object.entries(def.fields).map(([k, s]) => [k, s.default])) };
        row = { entity: c.entity, id: c.id, before, after, fields: new Map(), clock: '' };
        rows.set(key, row);
      }
      row.after[c.field] = value;
      row.fields.set(c.field, value);
      if (c.clock && c.clock > row.clock) row.clock = c.clock;
    }
    const pending = [...rows.values()];
    // a new row that does not say where it goes is appended at the end of its list, not at 0
    const nextOrder = new Map<EntityName, number>();
    for (const row of pending) {
      if (row.before || row.fields.has('sort_order')) continue;
      const last = nextOrder.get(row.entity) ?? (this.stmt(`SELECT coalesce(max(sort_order), 0) AS m FROM ${ENTITIES[row.entity].table}`).get() as { m: number }).m;
      row.after.sort_order = last + 1024;
      nextOrder.set(row.entity, last + 1024);
    }
    const issues: RowIssue[] = [];
    // references may point at rows of the same batch (a merge brings a person and the task they own together)
    const exists = (entity: EntityName, id: string, alive: boolean): boolean => {
      const inBatch = rows.get(`${entity}\u0000${id}`);
      if (inBatch) return !alive || inBatch.after.deleted !== true;
      const r = this.stmt(`SELECT deleted FROM ${ENTITIES[entity].table} WHERE id = ?`).get(id) as { deleted: number } | undefined;
      return !!r && (!alive || r.deleted === 0);
    };
    for (const row of pending) {
      const def = entityDef(row.entity);
      if (!row.before) {
        for (const k of Object.keys(def.fields)) {
          if (row.after[k] === undefined) throw new PlannerError('MISSING_FIELD', { entity: row.entity, id: row.id, field: k });
        }
      }
      for (const rule of ROW_RULES[row.entity] ?? []) {
        const why = rule(row.after);
        if (!why) continue;
        const error = new PlannerError('INVALID_ROW', { entity: row.entity, id: row.id, detail: why });
        if (mode === 'remote') issues.push({ entity: row.entity, id: row.id, error: error.toApiError() });
        else if (!row.before || !rule(row.before)) throw error;
      }
      // references are checked where they were set (or the row was made), so deleting a target later is allowed;
      // a merged change may point at a row its own copy deleted since, but never at one that does not exist
      for (const [k, s] of Object.entries(def.fields)) {
        if (!s.ref || (row.before && !row.fields.has(k))) continue;
        const v = row.after[k];
        const ids = s.many ? (v as string[]) : v == null ? [] : [v as string];
        for (const ref of ids) {
          if (!exists(s.ref as EntityName, ref, mode === 'local')) throw new PlannerError('DANGLING_REF', { entity: row.entity, id: row.id, field: k, target: s.ref, ref });
        }
      }
    }
    return { pending, issues };
  }

  /**
   * The one write path: the transaction record, the rows and their log entries, in one SQLite transaction.
   * Local edits and merges differ only in the log entries they bring (see apply and applyRemote).
   */
  private commit(pending: PendingRow[], head: TxnHead, log: LogRow[], extra?: (txn: number) => void): number {
    const { author, site } = this.writer;
    const run = this.db.transaction(() => {
      const txn = Number(this.stmt('INSERT INTO _txn (clock, site, author, label, kind, undoes) VALUES (?, ?, ?, ?, ?, ?)').run(head.clock, site, author, head.label, head.kind, head.undoes).lastInsertRowid);
      for (const row of pending) {
        const def = entityDef(row.entity);
        const specOf = (k: string) => def.fields[k] ?? COMMON[k];
        // a row's clock is the newest clock of any change it holds, so copies that merged each other agree on it
        const clock = maxClock(row.before ? String(row.before.clock ?? '') : '', row.clock || head.clock);
        if (!row.before) {
          const cols = ['id', 'sort_order', 'deleted', 'clock', ...Object.keys(def.fields)];
          const vals = cols.map((k) => (k === 'clock' ? clock : k === 'id' ? row.id : toSql(specOf(k), row.after[k])));
          this.stmt(`INSERT INTO ${def.table} (${cols.join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`).run(...vals);
        } else {
          const keys = [...row.fields.keys()];
          this.stmt(`UPDATE ${def.table} SET ${keys.map((k) => `${k} = ?`).join(', ')}, clock = ? WHERE id = ?`).run(...keys.map((k) => toSql(specOf(k), row.after[k])), clock, row.id);
        }
        row.after.clock = clock;
      }
      const logStmt = this.stmt('INSERT INTO _change_log (txn, clock, site, entity, row_id, field, value, old, created) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)');
      for (const e of log) logStmt.run(txn, e.clock, e.site, e.entity, e.id, e.field, logJson(e.value), logJson(e.old), e.flags);
      if (this.ceilingDirty && this.ceiling) this.stmt('INSERT OR REPLACE INTO _meta (key, value) VALUES (?, ?)').run(CEILING_KEY, this.ceiling);
      extra?.(txn);
      return txn;
    });
    const txn = onStoredFile(this.path, run);
    this.ceilingDirty = false;
    this.revisionNo = txn;
    return txn;
  }

  /** The one way a plan changes: validated, written and logged in one transaction, or not at all. */
  apply(changes: Change[], opts: ApplyOptions = {}): { txn: number; changes: LoggedChange[] } {
    if (this.readOnly) throw new PlannerError('READ_ONLY');
    const { pending } = this.plan(changes, 'local');
    const clock = opts.clock ?? this.nextClock();
    const { author, site } = this.writer;
    const log: LogRow[] = [];
    for (const row of pending) {
      if (!row.before) {
        // a new row logs every field, so a colleague's copy can rebuild it exactly on merge
        for (const k of ['sort_order', 'deleted', ...Object.keys(entityDef(row.entity).fields)]) {
          log.push({ entity: row.entity, id: row.id, field: k, value: row.after[k], old: undefined, clock, site, author, flags: LOG_CREATED });
        }
        row.clock = clock;
      } else {
        for (const k of row.fields.keys()) {
          const c = this.stampLocal(row.entity, row.id, k, clock);
          log.push({ entity: row.entity, id: row.id, field: k, value: row.after[k], old: row.before[k], clock: c, site, author, flags: 0 });
          row.clock = maxClock(row.clock, c);
        }
      }
    }
    const txn = this.commit(pending, { clock, label: opts.label ?? '', kind: opts.kind ?? 'edit', undoes: opts.undoes ?? null }, log);
    if (opts.kind === undefined || opts.kind === 'edit') {
      this.undoStack.push(txn);
      this.redoStack = [];
    }
    return { txn, changes: log.map(toLogged) };
  }

  /**
   * Takes the changes a colleague's copy holds and this one lacks (chosen by merge.ts), keeping their own
   * clocks and sites in the log, in one transaction of kind 'merge' (one undo step). `applied` entries land
   * in the rows; the others are only recorded. `reassert` are local changes that settle a conflict against
   * the clock order (the user kept their own value, or took the colleague's older one): they are stamped
   * above every clock of their field so they win this merge and the next ones.
   * Values go through the same validation as any edit; references are checked after the whole batch.
   */
  applyRemote(entries: IncomingEntry[], reassert: Change[] = [], opts: { label?: string } = {}): { txn: number; changes: LoggedChange[]; issues: RowIssue[]; rows: RowOutcome[] } {
    if (this.readOnly) throw new PlannerError('READ_ONLY');
    // a refused merge must not leave our clock moved by the clocks it brought
    const saved = { last: this.last, ceiling: this.ceiling, dirty: this.ceilingDirty };
    try {
      return this.applyRemoteChecked(entries, reassert, opts);
    } catch (e) {
      this.last = saved.last;
      this.ceiling = saved.ceiling;
      this.ceilingDirty = saved.dirty;
      throw e;
    }
  }

  private applyRemoteChecked(entries: IncomingEntry[], reassert: Change[], opts: { label?: string }): { txn: number; changes: LoggedChange[]; issues: RowIssue[]; rows: RowOutcome[] } {
    for (const e of entries) if (!e.applied) validateChange(e);
    // follow their clocks (receive) so a later edit here sorts after everything merged
    const newest = new Map<string, string>();
    let followed = '';
    for (const e of entries) {
      const k = `${e.entity}\u0000${e.id}\u0000${e.field}`;
      const prev = newest.get(k);
      if (!prev || e.clock > prev) newest.set(k, e.clock);
      if (parseHlc(e.clock).wall - this.writer.now() > MAX_DRIFT_MS) this.raiseCeiling(e.clock);
      else if (e.clock > followed) followed = e.clock;
    }
    if (followed) this.observeClock(followed);
    const clock = this.nextClock();
    const { author, site } = this.writer;
    const stamped: StampedChange[] = entries.filter((e) => e.applied).map((e) => ({ entity: e.entity, id: e.id, field: e.field, value: e.value, clock: e.clock }));
    for (const c of reassert) {
      stamped.push({ ...c, clock: this.stampLocal(c.entity, c.id, c.field, clock, newest.get(`${c.entity}\u0000${c.id}\u0000${c.field}`)) });
    }
    const { pending, issues } = this.plan(stamped, 'remote');
    const byRow = new Map(pending.map((r) => [`${r.entity}\u0000${r.id}`, r]));
    const log: LogRow[] = [];
    const logged: LoggedChange[] = [];
    for (const e of entries) {
      const row = byRow.get(`${e.entity}\u0000${e.id}`);
      const madeHere = !!row && !row.before;
      const flags = (e.created && madeHere ? LOG_CREATED : 0) | (e.applied ? 0 : LOG_SUPERSEDED);
      const old = e.applied && row?.before ? row.before[e.field] : undefined;
      const entry: LogRow = { entity: e.entity, id: e.id, field: e.field, value: e.value, old, clock: e.clock, site: e.site, author: e.author, flags };
      log.push(entry);
      if (e.applied) logged.push(toLogged(entry));
    }
    for (const c of stamped.slice(stamped.length - reassert.length)) {
      const row = byRow.get(`${c.entity}\u0000${c.id}`)!;
      const entry: LogRow = { entity: c.entity, id: c.id, field: c.field, value: row.after[c.field], old: row.before ? row.before[c.field] : undefined, clock: c.clock!, site, author, flags: 0 };
      log.push(entry);
      logged.push(toLogged(entry));
    }
    const sites = new Map<string, string>();
    for (const e of entries) if (e.site !== site && e.author && e.author !== e.site) sites.set(e.site, e.author);
    const txn = this.commit(pending, { clock, label: opts.label ?? 'merge', kind: 'merge', undoes: null }, log, () => {
      const put = this.stmt('INSERT OR REPLACE INTO _meta (key, value) VALUES (?, ?)');
      for (const [s, a] of sites) put.run(`${AUTHOR_KEY}${s}`, a);
    });
    if (pending.length) {
      // one undo step; a merge that only recorded older values changed nothing to take back
      this.undoStack.push(txn);
      this.redoStack = [];
    }
    return { txn, changes: logged, issues, rows: pending.map((r) => ({ entity: r.entity, id: r.id, before: r.before, after: r.after })) };
  }

  /** What a merge batch would leave, without writing: the rows before and after, and the rule issues. Throws as applyRemote would. */
  dryRunRemote(changes: StampedChange[]): { rows: RowOutcome[]; issues: RowIssue[] } {
    const { pending, issues } = this.plan(changes, 'remote');
    return { rows: pending.map((r) => ({ entity: r.entity, id: r.id, before: r.before, after: r.after })), issues };
  }

  private txnChanges(txn: number): { entity: EntityName; id: string; field: string; value: unknown; old: unknown; clock: string; site: string; created: boolean; superseded: boolean }[] {
    return (this.stmt('SELECT entity, row_id, field, value, old, clock, site, created FROM _change_log WHERE txn = ? ORDER BY seq').all(txn) as {
      entity: EntityName; row_id: string; field: string; value: string | null; old: string | null; clock: string; site: string; created: number;
    }[]).map((r) => ({
      entity: r.entity, id: r.row_id, field: r.field, value: fromLogJson(r.value), old: fromLogJson(r.old), clock: r.clock, site: r.site,
      created: (r.created & LOG_CREATED) !== 0, superseded: (r.created & LOG_SUPERSEDED) !== 0,
    }));
  }

  /** The changes that take a transaction back: old values restored, rows it created deleted (merged entries that never reached a row are skipped). */
  private inverse(txn: number): Change[] {
    const out: Change[] = [];
    const createdDone = new Set<string>();
    for (const c of this.txnChanges(txn).reverse()) {
      if (c.created) {
        const key = `${c.entity}\u0000${c.id}`;
        if (!createdDone.has(key)) out.push({ entity: c.entity, id: c.id, field: 'deleted', value: true });
        createdDone.add(key);
      } else if (!c.superseded && c.old !== undefined) {
        out.push({ entity: c.entity, id: c.id, field: c.field, value: c.old });
      }
    }
    return out;
  }

  /**
   * Reverts one history entry: a new edit that restores the values its changes replaced (and deletes the
   * rows it created). An ordinary edit, so it can itself be undone; later edits of other fields stay.
   */
  revert(txn: number): { txn: number; changes: LoggedChange[] } {
    const exists = this.stmt('SELECT 1 FROM _txn WHERE txn = ?').get(txn);
    if (!exists) throw new PlannerError('UNKNOWN_TXN', { txn });
    const changes = this.inverse(txn);
    if (!changes.length) throw new PlannerError('NOTHING_TO_REVERT', { txn });
    return this.apply(changes, { label: `revert ${txn}` });
  }

  undo(): { txn: number; changes: LoggedChange[] } {
    const txn = this.undoStack.at(-1);
    if (txn === undefined) throw new PlannerError('NOTHING_TO_UNDO');
    const res = this.apply(this.inverse(txn), { kind: 'undo', undoes: txn, label: 'undo' });
    this.undoStack.pop();
    this.redoStack.push(res.txn);
    return res;
  }

  redo(): { txn: number; changes: LoggedChange[] } {
    const txn = this.redoStack.at(-1);
    if (txn === undefined) throw new PlannerError('NOTHING_TO_REDO');
    const res = this.apply(this.inverse(txn), { kind: 'redo', undoes: txn, label: 'redo' });
    this.redoStack.pop();
    this.undoStack.push(res.txn);
    return res;
  }

  /** Every live row of every kind, in sort_order: what the renderer holds. */
  rows(): Rows {
    const out = {} as Record<EntityName, unknown[]>;
    for (const n of ENTITY_NAMES) {
      const decode = decoders.get(n)!;
      out[n] = (this.stmt(`SELECT * FROM ${ENTITIES[n].table} WHERE deleted = 0 ORDER BY sort_order, id`).all() as RowRecord[]).map(decode);
    }
    return out as unknown as Rows;
  }

  counts(): Record<EntityName, number> {
    return Object.fromEntries(
      ENTITY_NAMES.map((n) => [n, (this.stmt(`SELECT count(*) AS c FROM ${ENTITIES[n].table} WHERE deleted = 0`).get() as { c: number }).c]),
    ) as Record<EntityName, number>;
  }

  history(limit = 100, entity?: EntityName): HistoryEntry[] {
    const txns = (entity
      ? this.stmt('SELECT t.* FROM _txn t WHERE EXISTS (SELECT 1 FROM _change_log c WHERE c.txn = t.txn AND c.entity = ?) ORDER BY t.txn DESC LIMIT ?').all(entity, limit)
      : this.stmt('SELECT * FROM _txn ORDER BY txn DESC LIMIT ?').all(limit)) as { txn: number; clock: string; author: string; site: string; label: string }[];
    const authors = this.authors();
    // each change with its own clock and site: a merge holds changes made elsewhere, by their authors
    return txns.map((t) => ({
      txn: t.txn, clock: t.clock, author: t.author, site: t.site, label: t.label,
      changes: this.txnChanges(t.txn).filter((c) => !c.superseded).map((c) => ({
        entity: c.entity, id: c.id, field: c.field, value: c.value, old: c.old, clock: c.clock, site: c.site,
        author: c.site === t.site ? t.author : (authors.get(c.site) ?? c.site),
      })),
    }));
  }

  /** A compact, self-contained copy with the log as it is (no journal, free pages dropped), written whole or not at all. */
  writeCopy(target: string): number {
    return this.copyTo(target, () => {});
  }

  /** The copy for e-mail: the same plan and log, the log compactly encoded (see email-copy.ts). */
  exportCopy(target: string): number {
    return this.copyTo(target, (tmp) => {
      const db = new Database(tmp, { fileMustExist: true });
      try {
        encodeEmailCopy(db);
      } finally {
        db.close();
      }
    });
  }

  private copyTo(target: string, finish: (tmp: string) => void): number {
    const abs = nodePath.resolve(target);
    if (sameFile(abs, this.path)) throw new PlannerError('TARGET_IS_THIS_PLAN', { path: target });
    writeAtomically(abs, (tmp) => {
      this.db.prepare('VACUUM INTO ?').run(tmp);
      finish(tmp);
    }, this.writer.author);
    return fs.statSync(abs).size;
  }

  /** Save As: write the copy, then carry on editing the copy (the original keeps what it had, and stays open if the copy cannot be opened). */
  saveAs(target: string): PlanFile {
    this.writeCopy(target);
    const next = PlanFile.open(target, this.writer);
    this.close();
    return next;
  }

  /** The database handle, for the store's own modules (merge) and for tests. */
  get handle(): Database.Database {
    return this.db;
  }

  close(): void {
    if (this.db.open) this.db.close();
    this.lock?.release();
    this.lock = null;
  }
}

function openReadOnly(path: string): Database.Database {
  const db = onFile(path, () => new Database(path, { readonly: true, fileMustExist: true }), true);
  db.pragma('trusted_schema = OFF');
  return db;
}

export { APPLICATION_ID, SCHEMA_VERSION };
