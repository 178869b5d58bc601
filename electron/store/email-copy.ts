/**
 * The copy a plan is e-mailed as: the rows whole, but of the change log only the newest entry of each
 * field, which is all last-writer-wins merging needs (the working file keeps its full history).
 *
 * What it keeps so merging it gives what merging the full copy gives:
 * - every field's newest entry, with its clock, site, value, old value and flags, so a merge takes the
 *   same values and a row made on this side still arrives whole (every field of a new row is logged);
 * - every `_txn` row (our clock restarts from the newest one when the copy is opened; history keeps its
 *   entries, with the changes that are left);
 * - in `_meta.pruned_log`, the newest clock of each site among the entries it had before pruning. A merge
 *   into a copy that still holds the dropped entries must not take them for edits made since the copies
 *   parted (a conflict): see `knownToPruned`.
 * The two indexes of the log are left out (they are most of the size and rebuilt from the log when the
 * copy is opened for editing; see `restoreIndexes`). Nothing else of the schema changes.
 */
import type Database from 'better-sqlite3';

export const PRUNED_LOG_KEY = 'pruned_log';

/** Indexes an e-mail copy leaves out; the probe accepts a file without them. */
export const REBUILT_INDEXES = ['_change_log_field', '_change_log_txn'] as const;

/** Turns a fresh copy of a plan (written by VACUUM INTO, not yet open anywhere) into the e-mail copy, in place. */
export function pruneCopy(db: Database.Database): void {
  db.transaction(() => {
    // first, so the DELETE below does not maintain them
    for (const name of REBUILT_INDEXES) db.exec(`DROP INDEX ${name}`);
    const seen = new Map<string, string>(Object.entries(prunedLog(db)));
    for (const r of db.prepare('SELECT site, max(clock) AS clock FROM _change_log GROUP BY site').all() as { site: string; clock: string }[]) {
      if (!seen.has(r.site) || r.clock > seen.get(r.site)!) seen.set(r.site, r.clock);
    }
    db.prepare(`DELETE FROM _change_log WHERE seq IN (SELECT seq FROM (
      SELECT seq, row_number() OVER (PARTITION BY entity, row_id, field ORDER BY clock DESC, seq DESC) AS n FROM _change_log) WHERE n > 1)`).run();
    db.prepare('INSERT OR REPLACE INTO _meta (key, value) VALUES (?, ?)').run(PRUNED_LOG_KEY, JSON.stringify(Object.fromEntries(seen)));
  })();
  db.exec('VACUUM');
}

/** What `pruneCopy` recorded (empty for a file whose log was never pruned). */
export function prunedLog(db: Database.Database, schema = 'main'): Record<string, string> {
  const raw = (db.prepare(`SELECT value FROM ${schema}._meta WHERE key = ?`).get(PRUNED_LOG_KEY) as { value: unknown } | undefined)?.value;
  if (typeof raw !== 'string') return {};
  try {
    const parsed: unknown = JSON.parse(raw);
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return {};
    return Object.fromEntries(Object.entries(parsed).filter((e): e is [string, string] => typeof e[1] === 'string'));
  } catch {
    return {};
  }
}

/**
 * Whether a log entry a pruned copy lacks was dropped by the pruning rather than never seen there: it is
 * no newer than what the copy had from its site, and the copy holds a newer entry of the same field.
 * (A site's entries reach a copy oldest first, by merges of whole logs, so "no newer than the site's
 * newest" means "was in the log".)
 */
export function knownToPruned(pruned: Record<string, string>, entry: { clock: string; site: string }, newestThere: string | undefined): boolean {
  const upTo = Object.hasOwn(pruned, entry.site) ? pruned[entry.site] : undefined;
  return upTo !== undefined && entry.clock <= upTo && newestThere !== undefined && newestThere > entry.clock;
}

/** Puts back the indexes an e-mail copy left out (a no-op for every other file). */
export function restoreIndexes(db: Database.Database, sqlOf: (name: string) => string): void {
  for (const name of REBUILT_INDEXES) {
    if (!db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = ?").get(name)) db.exec(sqlOf(name));
  }
}
