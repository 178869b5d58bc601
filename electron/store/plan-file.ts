/**
 * One open `.cplan` file: creating, opening (probe, lock, migrate), reading, the change pipeline's entry
 * points (apply, applyRemote, undo, redo, revert), copies, and closing. The parts live beside it:
 * validation.ts checks batches, write-batch.ts writes them, plan-clock.ts stamps them, history.ts reads
 * them back.
 */
import fs from 'node:fs';
import nodePath from 'node:path';
import crypto from 'node:crypto';
import Database from 'better-sqlite3';
import type { HistoryEntry, LockHolder, Rows } from '../../shared/api.ts';
import { type ApiError, PlannerError } from '../../shared/errors.ts';
import type { Change, LoggedChange } from '../../shared/model/change.ts';
import { type EntityName, entityDef } from '../../shared/model/registry.ts';
import { onFile, onStoredFile } from './file-errors.ts';
import { acquireLock, type HeldLock, holderParams, lockHolder } from './lock.ts';
import { migrate } from './migrations/index.ts';
import { probePlanFile } from './probe.ts';
import { sameFile, writeAtomically } from './atomic-write.ts';
import { encodeEmailCopy, expandEmailCopy } from './email-copy.ts';
import { historyEntries, inverse, type TxnChange, txnChanges, txnExists, type TxnRecord, txnRecord, UndoStacks } from './history.ts';
import { PlanClock } from './plan-clock.ts';
import {
  type ApplyOptions, AUTHOR_KEY, type IncomingEntry, LOG_CREATED, LOG_SUPERSEDED, type LogRow, maxClock, type PendingRow,
  type RowIssue, type RowOutcome, type RowRecord, type StampedChange, toLogged, type TxnHead, type Writer,
} from './plan-types.ts';
import { Statements } from './statements.ts';
import { StoredRows } from './stored-rows.ts';
import { planChanges, validateChange } from './validation.ts';
import { writeBatch } from './write-batch.ts';

export type { ApplyOptions, Writer };

const FIELDS_PER_SELECT = 500;

export class PlanFile {
  path: string;
  readonly readOnly: ApiError | null;
  readonly lockHolder: LockHolder | null;
  readonly schemaVersion: number;
  private db: Database.Database;
  private lock: HeldLock | null;
  private revisionNo: number;
  private readonly stacks = new UndoStacks();
  private readonly stmts: Statements;
  private readonly stored: StoredRows;
  private readonly clock: PlanClock;
  private readonly writer: Required<Writer>;

  private constructor(path: string, db: Database.Database, writer: Writer, readOnly: ApiError | null, holder: LockHolder | null, lock: HeldLock | null) {
    this.path = path;
    this.db = db;
    this.writer = { now: Date.now, ...writer };
    this.readOnly = readOnly;
    this.lockHolder = holder;
    this.lock = lock;
    this.stmts = new Statements(db);
    this.stored = new StoredRows(this.stmts);
    this.schemaVersion = db.pragma('user_version', { simple: true }) as number;
    this.clock = new PlanClock(this.stmts, () => this.writer.site, () => this.writer.now());
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
    return this.stacks.undo.length > 0;
  }
  get canRedo(): boolean {
    return this.stacks.redo.length > 0;
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
    return (this.stmts.get('SELECT value FROM _meta WHERE key = ?').get(key) as { value: string } | undefined)?.value ?? null;
  }

  /** One row as stored (deleted or not), decoded; null when there is no such row. */
  row(entity: EntityName, id: string): RowRecord | null {
    return this.stored.row(entity, id);
  }

  /** The plan's name as its settings hold it (null before it has one). */
  planName(): string | null {
    const name = this.row('settings', entityDef('settings').singletonId!)?.name;
    return typeof name === 'string' ? name : null;
  }

  /** SQLite's full integrity check: 'ok', or what is wrong. */
  integrityCheck(): string {
    return this.db.pragma('integrity_check', { simple: true }) as string;
  }

  /** The writer's wall clock (injectable in tests). */
  wallNow(): number {
    return this.writer.now();
  }

  /** Who wrote at each site, as far as this file knows (for changes that arrived by merge). */
  authors(): Map<string, string> {
    const rows = this.stmts.get('SELECT key, value FROM _meta WHERE key >= ? AND key < ?').all(AUTHOR_KEY, 'author;') as { key: string; value: string }[];
    return new Map(rows.map((r) => [r.key.slice(AUTHOR_KEY.length), r.value]));
  }

  /** The newest log entry of one field: its clock, site and author; null when the field was never written. */
  latestEntry(entity: EntityName, id: string, field: string, authors?: Map<string, string>): { clock: string; site: string; author: string } | null {
    const r = this.stmts.get('SELECT c.clock, c.site, t.site AS tsite, t.author FROM _change_log c LEFT JOIN _txn t ON t.txn = c.txn WHERE c.entity = ? AND c.row_id = ? AND c.field = ? ORDER BY c.clock DESC LIMIT 1')
      .get(entity, id, field) as { clock: string; site: string; tsite: string | null; author: string | null } | undefined;
    if (!r) return null;
    return { clock: r.clock, site: r.site, author: r.tsite === r.site && r.author ? r.author : ((authors ?? this.authors()).get(r.site) ?? r.site) };
  }

  /**
   * latestEntry for many fields at once, keyed `entity\0id\0field` (fields never written are left out):
   * a few queries of hundreds of fields each, as one statement per field cost a merge seconds.
   */
  latestEntries(fields: readonly { entity: EntityName; id: string; field: string }[], authors?: Map<string, string>): Map<string, { clock: string; site: string; author: string }> {
    const out = new Map<string, { clock: string; site: string; author: string }>();
    if (!fields.length) return out;
    const known = authors ?? this.authors();
    const select = this.stmts.get(`SELECT j.value ->> 0 AS entity, j.value ->> 1 AS row_id, j.value ->> 2 AS field, c.clock, c.site, t.site AS tsite, t.author
      FROM json_each(?) j JOIN _change_log c ON c.seq = (SELECT l.seq FROM _change_log l WHERE l.entity = j.value ->> 0 AND l.row_id = j.value ->> 1 AND l.field = j.value ->> 2 ORDER BY l.clock DESC LIMIT 1)
      LEFT JOIN _txn t ON t.txn = c.txn`);
    for (let i = 0; i < fields.length; i += FIELDS_PER_SELECT) {
      const chunk = JSON.stringify(fields.slice(i, i + FIELDS_PER_SELECT).map((f) => [f.entity, f.id, f.field]));
      for (const r of select.all(chunk) as { entity: string; row_id: string; field: string; clock: string; site: string; tsite: string | null; author: string | null }[]) {
        out.set(`${r.entity}\u0000${r.row_id}\u0000${r.field}`, { clock: r.clock, site: r.site, author: r.tsite === r.site && r.author ? r.author : (known.get(r.site) ?? r.site) });
      }
    }
    return out;
  }

  /**
   * Runs `fn`'s reads in one read transaction: outside a transaction every statement takes and drops the
   * file's lock by itself, which costs more than the lookup when there are tens of thousands of them.
   */
  readTogether<T>(fn: () => T): T {
    if (this.db.inTransaction) return fn();
    this.db.exec('BEGIN');
    try {
      return fn();
    } finally {
      if (this.db.inTransaction) this.db.exec('COMMIT');
    }
  }

  /**
   * Folds a clock from a colleague's copy into ours (hlc.receive) so our next edit sorts after it.
   * Returns false for a clock too far ahead to follow (see PlanClock.observe).
   */
  observeClock(clock: string): boolean {
    return this.clock.observe(clock);
  }

  private commit(pending: PendingRow[], head: TxnHead, log: LogRow[], extra?: (txn: number) => void): number {
    const txn = onStoredFile(this.path, () => writeBatch(this.stmts, this.writer, pending, head, log, (t) => {
      this.clock.persist();
      extra?.(t);
    }));
    this.clock.persisted();
    this.revisionNo = txn;
    return txn;
  }

  /** The one way a plan changes: validated, written and logged in one transaction, or not at all. */
  apply(changes: Change[], opts: ApplyOptions = {}): { txn: number; changes: LoggedChange[] } {
    if (this.readOnly) throw new PlannerError('READ_ONLY');
    const { pending } = this.readTogether(() => planChanges(this.stored, changes, 'local'));
    const clock = opts.clock ?? this.clock.next();
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
          const c = this.clock.stampLocal(row.entity, row.id, k, clock);
          log.push({ entity: row.entity, id: row.id, field: k, value: row.after[k], old: row.before[k], clock: c, site, author, flags: 0 });
          row.clock = maxClock(row.clock, c);
        }
      }
    }
    const txn = this.commit(pending, { clock, label: opts.label ?? '', kind: opts.kind ?? 'edit', undoes: opts.undoes ?? null }, log);
    if (opts.kind === undefined || opts.kind === 'edit') this.stacks.edited(txn);
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
    const saved = this.clock.save();
    try {
      return this.applyRemoteChecked(entries, reassert, opts);
    } catch (e) {
      this.clock.restore(saved);
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
      if (this.clock.tooFarAhead(e.clock)) this.clock.raiseCeiling(e.clock);
      else if (e.clock > followed) followed = e.clock;
    }
    if (followed) this.clock.observe(followed);
    const clock = this.clock.next();
    const { author, site } = this.writer;
    const stamped: StampedChange[] = entries.filter((e) => e.applied).map((e) => ({ entity: e.entity, id: e.id, field: e.field, value: e.value, clock: e.clock }));
    for (const c of reassert) {
      stamped.push({ ...c, clock: this.clock.stampLocal(c.entity, c.id, c.field, clock, newest.get(`${c.entity}\u0000${c.id}\u0000${c.field}`)) });
    }
    const { pending, issues } = this.readTogether(() => planChanges(this.stored, stamped, 'remote'));
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
      const put = this.stmts.get('INSERT OR REPLACE INTO _meta (key, value) VALUES (?, ?)');
      for (const [s, a] of sites) put.run(`${AUTHOR_KEY}${s}`, a);
    });
    // one undo step; a merge that only recorded older values changed nothing to take back
    if (pending.length) this.stacks.edited(txn);
    return { txn, changes: logged, issues, rows: pending.map((r) => ({ entity: r.entity, id: r.id, before: r.before, after: r.after })) };
  }

  /** What a merge batch would leave, without writing: the rows before and after, and the rule issues. Throws as applyRemote would. */
  dryRunRemote(changes: StampedChange[]): { rows: RowOutcome[]; issues: RowIssue[] } {
    const { pending, issues } = this.readTogether(() => planChanges(this.stored, changes, 'remote'));
    return { rows: pending.map((r) => ({ entity: r.entity, id: r.id, before: r.before, after: r.after })), issues };
  }

  /** A transaction's record; null when there is none. */
  txnRecord(txn: number): TxnRecord | null {
    return txnRecord(this.stmts, txn);
  }

  /** A transaction's log entries, in the order they were written. */
  txnChanges(txn: number): TxnChange[] {
    return txnChanges(this.stmts, txn);
  }

  /**
   * Reverts one history entry: a new edit that restores the values its changes replaced (and deletes the
   * rows it created). An ordinary edit, so it can itself be undone; later edits of other fields stay.
   */
  revert(txn: number): { txn: number; changes: LoggedChange[] } {
    if (!txnExists(this.stmts, txn)) throw new PlannerError('UNKNOWN_TXN', { txn });
    const changes = inverse(this.stmts, txn);
    if (!changes.length) throw new PlannerError('NOTHING_TO_REVERT', { txn });
    return this.apply(changes, { label: `revert ${txn}` });
  }

  undo(): { txn: number; changes: LoggedChange[] } {
    const txn = this.stacks.undo.at(-1);
    if (txn === undefined) throw new PlannerError('NOTHING_TO_UNDO');
    const res = this.apply(inverse(this.stmts, txn), { kind: 'undo', undoes: txn, label: 'undo' });
    this.stacks.undo.pop();
    this.stacks.redo.push(res.txn);
    return res;
  }

  redo(): { txn: number; changes: LoggedChange[] } {
    const txn = this.stacks.redo.at(-1);
    if (txn === undefined) throw new PlannerError('NOTHING_TO_REDO');
    const res = this.apply(inverse(this.stmts, txn), { kind: 'redo', undoes: txn, label: 'redo' });
    this.stacks.redo.pop();
    this.stacks.undo.push(res.txn);
    return res;
  }

  /** Every live row of every kind, in sort_order: what the renderer holds. */
  rows(): Rows {
    return this.stored.all() as unknown as Rows;
  }

  counts(): Record<EntityName, number> {
    return this.stored.counts();
  }

  history(limit = 100, entity?: EntityName): HistoryEntry[] {
    return historyEntries(this.stmts, this.authors(), limit, entity);
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

  /** The database handle, for the store's own modules (merge) and for tests; services go through the methods above. */
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
