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
import { formatHlc, type Hlc, parseHlc, tick } from '../../shared/logic/hlc.ts';
import { fromLogJson, logJson, rowDecoder, toSql } from './codec.ts';
import { APPLICATION_ID, SCHEMA_VERSION } from './constants.ts';
import { acquireLock, lockHolder } from './lock.ts';
import { migrate } from './migrations/index.ts';
import { probePlanFile } from './probe.ts';
import { writeAtomically } from './atomic-write.ts';

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
  /** a merge brings changes with their own clocks; everything else is stamped here */
  clock?: string;
}

const COMMON: Record<string, FieldSpec> = {
  sort_order: { schema: z.number().finite(), sql: 'REAL', default: 0, doc: '' },
  deleted: { schema: z.boolean(), sql: 'INTEGER', default: false, doc: '' },
};

type RowRecord = Record<string, unknown>;

const ID_RE = /^[A-Za-z0-9_.:-]{1,64}$/;

interface PendingRow {
  entity: EntityName;
  id: string;
  before: RowRecord | null;
  after: RowRecord;
  fields: Map<string, unknown>;
}

const decoders = new Map(ENTITY_NAMES.map((n) => [n, rowDecoder(entityDef(n))]));

function firstIssue(e: z.ZodError): string {
  return e.issues[0]?.message ?? 'is not valid';
}

export class PlanFile {
  path: string;
  readonly readOnly: ApiError | null;
  readonly lockHolder: LockHolder | null;
  readonly schemaVersion: number;
  private db: Database.Database;
  private releaseLock: (() => void) | null;
  private last: Hlc | null;
  private revisionNo: number;
  private undoStack: number[] = [];
  private redoStack: number[] = [];
  private stmts = new Map<string, Database.Statement>();
  private readonly writer: Required<Writer>;

  private constructor(path: string, db: Database.Database, writer: Writer, readOnly: ApiError | null, holder: LockHolder | null, release: (() => void) | null) {
    this.path = path;
    this.db = db;
    this.writer = { now: Date.now, ...writer };
    this.readOnly = readOnly;
    this.lockHolder = holder;
    this.releaseLock = release;
    this.schemaVersion = db.pragma('user_version', { simple: true }) as number;
    const maxClock = (db.prepare('SELECT max(clock) AS c FROM _txn').get() as { c: string | null }).c;
    this.last = maxClock ? parseHlc(maxClock) : null;
    this.revisionNo = (db.prepare('SELECT coalesce(max(txn), 0) AS r FROM _txn').get() as { r: number }).r;
  }

  /** Creates a plan file (nothing at `path` until it is complete), optionally filled through the change pipeline. */
  static create(path: string, writer: Writer, initial: Change[] = [], overwrite = false): PlanFile {
    if (!overwrite && fs.existsSync(path)) throw new PlannerError('FILE_EXISTS', { path });
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
    });
    return PlanFile.open(path, writer);
  }

  /** Opens a plan after probing it read-only; a file that fails the probe is left exactly as it was. */
  static open(path: string, writer: Writer): PlanFile {
    const probe = probePlanFile(path);
    if (probe.newer) {
      const db = new Database(path, { readonly: true, fileMustExist: true });
      db.pragma('trusted_schema = OFF');
      return new PlanFile(path, db, writer, new PlannerError('NEWER_SCHEMA', { version: probe.version }).toApiError(), lockHolder(path), null);
    }
    const lock = acquireLock(path, writer.author);
    if (!lock.acquired) {
      const db = new Database(path, { readonly: true, fileMustExist: true });
      db.pragma('trusted_schema = OFF');
      const h = lock.holder;
      return new PlanFile(path, db, writer, new PlannerError('LOCKED', { user: h.user, host: h.host, since: h.since }).toApiError(), h, null);
    }
    try {
      if (probe.older) fs.copyFileSync(path, `${path}.v${probe.version}.bak`, fs.constants.COPYFILE_EXCL);
      const f = PlanFile.openUnchecked(path, writer, lock.release);
      return f;
    } catch (e) {
      lock.release();
      throw e instanceof PlannerError ? e : new PlannerError('IO_ERROR', { detail: (e as Error).message });
    }
  }

  /** For looking only (CLI info, check, export, merge sources): probed, read-only, no lock taken. */
  static inspect(path: string, writer: Writer): PlanFile {
    const probe = probePlanFile(path);
    const db = new Database(path, { readonly: true, fileMustExist: true });
    db.pragma('trusted_schema = OFF');
    const why = probe.newer ? new PlannerError('NEWER_SCHEMA', { version: probe.version }) : new PlannerError('READ_ONLY');
    return new PlanFile(path, db, writer, why.toApiError(), lockHolder(path), null);
  }

  private static openUnchecked(path: string, writer: Writer, release: (() => void) | null = null): PlanFile {
    const db = new Database(path, { fileMustExist: true });
    db.pragma('trusted_schema = OFF');
    db.pragma('journal_mode = DELETE');
    db.pragma('synchronous = FULL');
    // a large change (a merge, a bulk reorder) must not spill the cache mid-transaction: each spill costs a journal sync
    db.pragma('cache_size = -65536');
    migrate(db);
    return new PlanFile(path, db, writer, null, null, release);
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

  private readRow(entity: EntityName, id: string): RowRecord | null {
    const raw = this.stmt(`SELECT * FROM ${ENTITIES[entity].table} WHERE id = ?`).get(id) as RowRecord | undefined;
    return raw ? decoders.get(entity)!(raw) : null;
  }

  private nextClock(): string {
    this.last = tick(this.last, this.writer.now(), this.writer.site);
    return formatHlc(this.last);
  }

  /** Folds a clock from a colleague's copy into ours so our next edit sorts after it. */
  observeClock(clock: string): void {
    const c = parseHlc(clock);
    if (!this.last || clock > formatHlc(this.last)) this.last = { ...c, site: this.writer.site };
  }

  /** Checks every change against the model and computes the rows it leaves; throws before anything is written. */
  private plan(changes: Change[]): PendingRow[] {
    const rows = new Map<string, PendingRow>();
    for (const c of changes) {
      if (!isEntityName(c.entity)) throw new PlannerError('UNKNOWN_ENTITY', { entity: String(c.entity) });
      const def = entityDef(c.entity);
      const spec = def.fields[c.field] ?? COMMON[c.field];
      if (!spec) throw new PlannerError('UNKNOWN_FIELD', { entity: c.entity, field: c.field });
      const parsed = spec.schema.safeParse(c.value);
      if (!parsed.success) throw new PlannerError('INVALID_VALUE', { entity: c.entity, id: c.id, field: c.field, detail: firstIssue(parsed.error) });
      if (def.singletonId && c.id !== def.singletonId) throw new PlannerError('INVALID_ROW', { entity: c.entity, id: c.id, detail: `the only row is “${def.singletonId}”` });
      const key = `${c.entity}\u0000${c.id}`;
      let row = rows.get(key);
      if (!row) {
        if (!ID_RE.test(c.id)) throw new PlannerError('INVALID_VALUE', { entity: c.entity, id: c.id, field: 'id', detail: 'uses letters, digits and _ . : - only' });
        const before = this.readRow(c.entity, c.id);
        const after: RowRecord = before
          ? { ...before }
          : { id: c.id, sort_order: 0, deleted: false, clock: '', ...Object.fromEntries(Object.entries(def.fields).map(([k, s]) => [k, s.default])) };
        row = { entity: c.entity, id: c.id, before, after, fields: new Map() };
        rows.set(key, row);
      }
      row.after[c.field] = parsed.data;
      row.fields.set(c.field, parsed.data);
    }
    const pending = [...rows.values()];
    const alive = (entity: string, id: string): boolean => {
      const inBatch = rows.get(`${entity}\u0000${id}`);
      if (inBatch) return inBatch.after.deleted !== true;
      const r = this.stmt(`SELECT deleted FROM ${ENTITIES[entity as EntityName].table} WHERE id = ?`).get(id) as { deleted: number } | undefined;
      return !!r && r.deleted === 0;
    };
    for (const row of pending) {
      const def = entityDef(row.entity);
      if (!row.before) {
        for (const [k, s] of Object.entries(def.fields)) {
          if (row.after[k] === undefined) throw new PlannerError('MISSING_FIELD', { entity: row.entity, id: row.id, field: k });
        }
      }
      for (const rule of ROW_RULES[row.entity] ?? []) {
        const why = rule(row.after);
        if (why) throw new PlannerError('INVALID_ROW', { entity: row.entity, id: row.id, detail: why });
      }
      // references are checked where they were set (or the row was made), so deleting a target later is allowed
      for (const [k, s] of Object.entries(def.fields)) {
        if (!s.ref || (row.before && !row.fields.has(k))) continue;
        const v = row.after[k];
        const ids = s.many ? (v as string[]) : v == null ? [] : [v as string];
        for (const ref of ids) {
          if (!alive(s.ref, ref)) throw new PlannerError('DANGLING_REF', { entity: row.entity, id: row.id, field: k, target: s.ref, ref });
        }
      }
    }
    return pending;
  }

  /** The one way a plan changes: validated, written and logged in one transaction, or not at all. */
  apply(changes: Change[], opts: ApplyOptions = {}): { txn: number; changes: LoggedChange[] } {
    if (this.readOnly) throw new PlannerError('READ_ONLY');
    const pending = this.plan(changes);
    const clock = opts.clock ?? this.nextClock();
    const { author, site } = this.writer;
    const logged: LoggedChange[] = [];
    const run = this.db.transaction(() => {
      const txn = Number(this.stmt('INSERT INTO _txn (clock, site, author, label, kind, undoes) VALUES (?, ?, ?, ?, ?, ?)').run(clock, site, author, opts.label ?? '', opts.kind ?? 'edit', opts.undoes ?? null).lastInsertRowid);
      const logStmt = this.stmt('INSERT INTO _change_log (txn, clock, site, entity, row_id, field, value, old, created) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)');
      for (const row of pending) {
        const def = entityDef(row.entity);
        const specOf = (k: string) => def.fields[k] ?? COMMON[k];
        if (!row.before) {
          const cols = ['id', 'sort_order', 'deleted', 'clock', ...Object.keys(def.fields)];
          const vals = cols.map((k) => (k === 'clock' ? clock : k === 'id' ? row.id : toSql(specOf(k), row.after[k])));
          this.stmt(`INSERT INTO ${def.table} (${cols.join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`).run(...vals);
          // a new row logs every field, so a colleague's copy can rebuild it exactly on merge
          for (const k of ['sort_order', 'deleted', ...Object.keys(def.fields)]) {
            logStmt.run(txn, clock, site, row.entity, row.id, k, logJson(row.after[k]), null, 1);
            logged.push({ entity: row.entity, id: row.id, field: k, value: row.after[k], old: undefined, clock, site, author });
          }
        } else {
          const keys = [...row.fields.keys()];
          this.stmt(`UPDATE ${def.table} SET ${keys.map((k) => `${k} = ?`).join(', ')}, clock = ? WHERE id = ?`).run(...keys.map((k) => toSql(specOf(k), row.after[k])), clock, row.id);
          for (const k of keys) {
            logStmt.run(txn, clock, site, row.entity, row.id, k, logJson(row.after[k]), logJson(row.before[k]), 0);
            logged.push({ entity: row.entity, id: row.id, field: k, value: row.after[k], old: row.before[k], clock, site, author });
          }
        }
      }
      return txn;
    });
    const txn = run();
    this.revisionNo = txn;
    if (opts.kind === undefined || opts.kind === 'edit') {
      this.undoStack.push(txn);
      this.redoStack = [];
    }
    return { txn, changes: logged };
  }

  private txnChanges(txn: number): { entity: EntityName; id: string; field: string; value: unknown; old: unknown; created: boolean }[] {
    return (this.stmt('SELECT entity, row_id, field, value, old, created FROM _change_log WHERE txn = ? ORDER BY seq').all(txn) as {
      entity: EntityName; row_id: string; field: string; value: string | null; old: string | null; created: number;
    }[]).map((r) => ({ entity: r.entity, id: r.row_id, field: r.field, value: fromLogJson(r.value), old: fromLogJson(r.old), created: r.created === 1 }));
  }

  /** The changes that take a transaction back: old values restored, rows it created deleted. */
  private inverse(txn: number): Change[] {
    const out: Change[] = [];
    const createdDone = new Set<string>();
    for (const c of this.txnChanges(txn).reverse()) {
      if (c.created) {
        const key = `${c.entity}\u0000${c.id}`;
        if (!createdDone.has(key)) out.push({ entity: c.entity, id: c.id, field: 'deleted', value: true });
        createdDone.add(key);
      } else {
        out.push({ entity: c.entity, id: c.id, field: c.field, value: c.old });
      }
    }
    return out;
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
    return txns.map((t) => ({
      txn: t.txn, clock: t.clock, author: t.author, site: t.site, label: t.label,
      changes: this.txnChanges(t.txn).map((c) => ({ entity: c.entity, id: c.id, field: c.field, value: c.value, old: c.old, clock: t.clock, site: t.site, author: t.author })),
    }));
  }

  /** A compact, self-contained copy (no journal, free pages dropped), written whole or not at all. */
  exportCopy(target: string): number {
    const abs = nodePath.resolve(target);
    if (abs === nodePath.resolve(this.path)) throw new PlannerError('FILE_EXISTS', { path: target });
    writeAtomically(abs, (tmp) => {
      this.db.prepare('VACUUM INTO ?').run(tmp);
    });
    return fs.statSync(abs).size;
  }

  /** Save As: write the copy, then carry on editing the copy (the original keeps what it had). */
  saveAs(target: string): PlanFile {
    this.exportCopy(target);
    this.close();
    return PlanFile.open(target, this.writer);
  }

  /** The database handle, for the store's own modules (merge) and for tests. */
  get handle(): Database.Database {
    return this.db;
  }

  close(): void {
    if (this.db.open) this.db.close();
    this.releaseLock?.();
    this.releaseLock = null;
  }
}

export { APPLICATION_ID, SCHEMA_VERSION };
