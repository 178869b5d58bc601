/**
 * The one write path: the transaction record, the rows and their log entries, in one SQLite transaction.
 * Local edits and merges differ only in the log entries they bring (see PlanFile.apply and applyRemote).
 */
import { entityDef } from '../../shared/model/registry.ts';
import { logJson, toSql } from './codec.ts';
import { type LogRow, maxClock, type PendingRow, type TxnHead } from './plan-types.ts';
import type { Statements } from './statements.ts';
import { COMMON } from './validation.ts';

/** Writes one batch and returns its transaction number; `extra` runs inside the transaction, after the rows and the log. */
export function writeBatch(stmts: Statements, who: { author: string; site: string }, pending: PendingRow[], head: TxnHead, log: LogRow[], extra: (txn: number) => void): number {
  const run = stmts.db.transaction(() => {
    const txn = Number(stmts.get('INSERT INTO _txn (clock, site, author, label, kind, undoes) VALUES (?, ?, ?, ?, ?, ?)').run(head.clock, who.site, who.author, head.label, head.kind, head.undoes).lastInsertRowid);
    for (const row of pending) {
      const def = entityDef(row.entity);
      const specOf = (k: string) => def.fields[k] ?? COMMON[k];
      // a row's clock is the newest clock of any change it holds, so copies that merged each other agree on it
      const clock = maxClock(row.before ? String(row.before.clock ?? '') : '', row.clock || head.clock);
      if (!row.before) {
        const cols = ['id', 'sort_order', 'deleted', 'clock', ...Object.keys(def.fields)];
        const vals = cols.map((k) => (k === 'clock' ? clock : k === 'id' ? row.id : toSql(specOf(k), row.after[k])));
        stmts.get(`INSERT INTO ${def.table} (${cols.join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`).run(...vals);
      } else {
        const keys = [...row.fields.keys()];
        stmts.get(`UPDATE ${def.table} SET ${keys.map((k) => `${k} = ?`).join(', ')}, clock = ? WHERE id = ?`).run(...keys.map((k) => toSql(specOf(k), row.after[k])), clock, row.id);
      }
      row.after.clock = clock;
    }
    const logStmt = stmts.get('INSERT INTO _change_log (txn, clock, site, entity, row_id, field, value, old, created) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)');
    for (const e of log) logStmt.run(txn, e.clock, e.site, e.entity, e.id, e.field, logJson(e.value), logJson(e.old), e.flags);
    extra(txn);
    return txn;
  });
  return run();
}
