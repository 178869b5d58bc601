// The floor under one large applyChanges call: bare better-sqlite3 doing the same row updates plus one
// log row each, in one transaction, with prepared statements, and nothing else (no validation, no undo
// values, no clocks beyond one string). What applyChanges adds on top is the price of the pipeline.
import fs from 'node:fs';
import Database from 'better-sqlite3';

/** Updates `sort_order` of content items c-0 … c-(n-1) in a copy of the plan file at `file`; returns ms. */
export function bareFloor(file: string, copy: string, n: number): number {
  fs.copyFileSync(file, copy);
  const db = new Database(copy);
  try {
    // the same settings the store opens files with (plan-file.ts openUnchecked)
    db.pragma('journal_mode = DELETE');
    db.pragma('synchronous = FULL');
    db.pragma('cache_size = -65536');
    const t0 = process.hrtime.bigint();
    const update = db.prepare('UPDATE content_item SET sort_order = ?, clock = ? WHERE id = ?');
    const txn = db.prepare('INSERT INTO _txn (clock, site, author, label, kind) VALUES (?, ?, ?, ?, ?)');
    const log = db.prepare('INSERT INTO _change_log (txn, clock, site, entity, row_id, field, value, old, created) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0)');
    const clock = `${String(Date.now()).padStart(15, '0')}-00000-floor`;
    db.transaction(() => {
      const t = Number(txn.run(clock, 'floor', 'Bench', '', 'edit').lastInsertRowid);
      for (let i = 0; i < n; i++) {
        const value = 30_000 + i;
        update.run(value, clock, `c-${i}`);
        log.run(t, clock, 'floor', 'content_item', `c-${i}`, 'sort_order', String(value), String(i));
      }
    })();
    return Number(process.hrtime.bigint() - t0) / 1e6;
  } finally {
    db.close();
    fs.rmSync(copy, { force: true });
  }
}
