import type Database from 'better-sqlite3';
import { PlannerError } from '../../../shared/errors.ts';
import { APPLICATION_ID } from '../constants.ts';
import { MIGRATION_001 } from './001-initial.ts';
import { MIGRATION_002 } from './002-task-ignore-calendar.ts';
import { MIGRATION_003 } from './003-content-copy-signoff.ts';
import { migration004 } from './004-money-minor-units.ts';

export interface Migration {
  version: number;
  up: (db: Database.Database) => void;
}

/** Ordered; versions only ever increase. */
export const MIGRATIONS: readonly Migration[] = [
  { version: 1, up: (db) => db.exec(MIGRATION_001) },
  { version: 2, up: (db) => db.exec(MIGRATION_002) },
  { version: 3, up: (db) => db.exec(MIGRATION_003) },
  { version: 4, up: migration004 },
];

export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;

function appliedVersions(db: Database.Database): number[] {
  const has = db.prepare("SELECT 1 FROM sqlite_master WHERE type='table' AND name='_migrations'").get();
  if (!has) return [];
  return (db.prepare('SELECT version FROM _migrations ORDER BY version').all() as { version: number }[]).map((r) => r.version);
}

/** Refuses a file that records a migration this build does not know (it was made by another fork or a newer build). */
export function checkKnownMigrations(db: Database.Database): void {
  const known = new Set(MIGRATIONS.map((m) => m.version));
  for (const v of appliedVersions(db)) if (!known.has(v)) throw new PlannerError('UNKNOWN_MIGRATION', { version: v });
}

/** Runs every pending migration, each in its own transaction that also bumps user_version. */
export function migrate(db: Database.Database, upTo = LATEST_VERSION): number[] {
  checkKnownMigrations(db);
  const done = new Set(appliedVersions(db));
  const ran: number[] = [];
  for (const m of MIGRATIONS) {
    if (m.version > upTo || done.has(m.version)) continue;
    db.transaction(() => {
      m.up(db);
      db.prepare('INSERT INTO _migrations (version, applied_at) VALUES (?, ?)').run(m.version, new Date().toISOString());
      db.pragma(`user_version = ${m.version}`);
      db.pragma(`application_id = ${APPLICATION_ID}`);
    })();
    ran.push(m.version);
  }
  return ran;
}
