/** Opening a colleague's copy read-only and finding the entries of its log that this copy lacks (see merge.ts). */
import nodePath from 'node:path';
import { PlannerError } from '../../shared/errors.ts';
import type { Change } from '../../shared/model/change.ts';
import { parseHlc } from '../../shared/logic/hlc.ts';
import { upgradeMoneyValue } from '../../shared/logic/budget-money.ts';
import { fromLogJson } from './codec.ts';
import { logSource } from './email-copy.ts';
import { type Analysis, entryKey, type FieldPlan, fieldKey, type MineOnlyRow, rowKey, type TheirEntry } from './merge-types.ts';
import { PlanFile } from './plan-file.ts';
import { LOG_CREATED } from './plan-types.ts';
import { validateChange } from './validation.ts';

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
export function analyse(mine: PlanFile, theirsPath: string): Analysis {
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
