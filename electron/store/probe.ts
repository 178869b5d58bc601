import fs from 'node:fs';
import Database from 'better-sqlite3';
import { PlannerError } from '../../shared/errors.ts';
import { APPLICATION_ID, SCHEMA_VERSION } from './constants.ts';
import { fileError, onFile } from './file-errors.ts';
import { checkKnownMigrations, migrate } from './migrations/index.ts';
import { MAIL_TABLES_SQL } from './email-copy.ts';

const HEADER = Buffer.from('SQLite format 3\0', 'latin1');

export interface ProbeResult {
  /** schema version recorded in the file */
  version: number;
  /** the file was made by a newer build: open it read-only */
  newer: boolean;
  /** an older schema: migrate after a backup */
  older: boolean;
}

type MasterRow = { type: string; name: string; tbl_name: string; sql: string | null };

let expectedCache: Map<number, Map<string, MasterRow>> | null = null;

/** sqlite_master as our own migrations leave it at a version: the only objects a plan file may hold. */
function expectedSchema(version: number): Map<string, MasterRow> {
  expectedCache ??= new Map();
  let m = expectedCache.get(version);
  if (!m) {
    const mem = new Database(':memory:');
    migrate(mem, version);
    m = new Map((mem.prepare('SELECT type, name, tbl_name, sql FROM sqlite_master').all() as MasterRow[]).map((r) => [`${r.type}:${r.name}`, r]));
    mem.close();
    expectedCache.set(version, m);
  }
  return m;
}

let mailCache: Map<string, MasterRow> | null = null;

/** The tables an e-mail copy adds (email-copy.ts), as SQLite records them. */
function mailSchema(): Map<string, MasterRow> {
  if (!mailCache) {
    const mem = new Database(':memory:');
    mem.exec(MAIL_TABLES_SQL);
    mailCache = new Map((mem.prepare('SELECT type, name, tbl_name, sql FROM sqlite_master').all() as MasterRow[]).map((r) => [`${r.type}:${r.name}`, r]));
    mem.close();
  }
  return mailCache;
}

const norm = (sql: string | null) => (sql ?? '').replace(/\s+/g, ' ').trim();

function readHeader(path: string): Buffer {
  return onFile(path, () => {
    // a folder opens on some systems and fails only at the read (EISDIR)
    const fd = fs.openSync(path, 'r');
    try {
      const buf = Buffer.alloc(100);
      const n = fs.readSync(fd, buf, 0, 100, 0);
      return buf.subarray(0, n);
    } finally {
      fs.closeSync(fd);
    }
  }, true);
}

/**
 * A writer that died mid-transaction leaves a journal beside the plan; a read-only connection cannot roll
 * it back and would call the file damaged. Only for a file already known to be ours, a brief read-write
 * open lets SQLite restore the last committed state (it leaves alone a journal that a live writer holds).
 */
function recoverHotJournal(path: string): void {
  const journal = `${path}-journal`;
  if (!fs.existsSync(journal) || fs.statSync(journal).size === 0) return;
  try {
    const db = new Database(path, { fileMustExist: true });
    try {
      db.prepare('SELECT count(*) FROM sqlite_master').get();
    } finally {
      db.close();
    }
  } catch {
    // a read-only folder or a live writer: the read-only probe below reports what it finds
  }
}

/**
 * Looks at a plan file without changing a byte of it: header, application id, integrity, and that its schema
 * is exactly one our migrations make. Throws a PlannerError with a distinct code for each way it can be wrong.
 */
export function probePlanFile(path: string): ProbeResult {
  const header = readHeader(path);
  if (header.length < 100 || !header.subarray(0, 16).equals(HEADER)) throw new PlannerError('NOT_SQLITE');
  const appId = header.readInt32BE(68);
  if (appId !== APPLICATION_ID) throw new PlannerError('FOREIGN_APP', { appId });

  recoverHotJournal(path);
  let db: Database.Database;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
  } catch (e) {
    // the header was readable, so a failure here is the file system's (told as such) or the file's (damaged)
    const why = fileError(e, path, true);
    throw why.code === 'IO_ERROR' ? new PlannerError('CORRUPT', { detail: (e as Error).message }) : why;
  }
  try {
    db.pragma('trusted_schema = OFF');
    let check: string;
    try {
      check = (db.pragma('quick_check', { simple: true }) as string) ?? '';
    } catch (e) {
      throw new PlannerError('CORRUPT', { detail: (e as Error).message });
    }
    if (check !== 'ok') throw new PlannerError('CORRUPT', { detail: check.split('\n')[0]! });
    const version = db.pragma('user_version', { simple: true }) as number;
    const master = db.prepare('SELECT type, name, tbl_name, sql FROM sqlite_master').all() as MasterRow[];
    for (const r of master) {
      if (r.type === 'trigger' || r.type === 'view') throw new PlannerError('FOREIGN_SCHEMA', { kind: r.type, name: r.name });
    }
    if (version > SCHEMA_VERSION) return { version, newer: true, older: false };
    checkKnownMigrations(db);
    const expected = expectedSchema(version);
    for (const r of master) {
      if (r.name.startsWith('sqlite_autoindex_')) continue;
      const want = expected.get(`${r.type}:${r.name}`) ?? mailSchema().get(`${r.type}:${r.name}`);
      if (!want || norm(want.sql) !== norm(r.sql)) throw new PlannerError('FOREIGN_SCHEMA', { kind: r.type, name: r.name });
    }
    for (const [key, want] of expected) {
      if (!master.some((r) => `${r.type}:${r.name}` === key)) throw new PlannerError('CORRUPT', { detail: `${want.type} ${want.name} is missing` });
    }
    return { version, newer: false, older: version < SCHEMA_VERSION };
  } catch (e) {
    if (e instanceof PlannerError) throw e;
    throw new PlannerError('CORRUPT', { detail: (e as Error).message });
  } finally {
    db.close();
  }
}
