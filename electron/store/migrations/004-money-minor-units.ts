import type Database from 'better-sqlite3';
import { MONEY_FIELDS, upgradeMoneyValue } from '../../../shared/logic/budget-money.ts';

/**
 * Schema version 4: money is stored as whole minor units (cents, fen) in INTEGER columns instead of
 * floating-point units, so sums and splits are exact. Every money column is rebuilt (SQLite cannot
 * change a column's type; the columns keep their order) and its values converted, rounded half away from zero as a person reads the
 * figure (1.005 → 1.01). The change log's values are converted too: undo, history and a later merge
 * with a copy that was migrated on its own all see the same minor units, with the same clocks.
 */
export function migration004(db: Database.Database): void {
  for (const [table, fields] of Object.entries(MONEY_FIELDS)) rebuildWithMoney(db, table, fields);
  const logged = db.prepare('SELECT seq, entity, field, value, old FROM _change_log WHERE entity = ? AND field = ?');
  const rewrite = db.prepare('UPDATE _change_log SET value = ?, old = ? WHERE seq = ?');
  const convert = (entity: string, field: string, json: string | null): string | null => {
    if (json === null) return null;
    try {
      return JSON.stringify(upgradeMoneyValue(entity, field, JSON.parse(json)));
    } catch {
      // a value that is not JSON was never ours to convert; the merge refuses it as it always did
      return json;
    }
  };
  for (const [entity, fields] of Object.entries(MONEY_FIELDS)) {
    for (const field of fields) {
      for (const r of logged.all(entity, field) as { seq: number; entity: string; field: string; value: string | null; old: string | null }[]) {
        rewrite.run(convert(entity, field, r.value), convert(entity, field, r.old), r.seq);
      }
    }
  }
}

type ColumnInfo = { name: string; type: string; notnull: number; dflt_value: string | null; pk: number };

/** The table again with its money columns INTEGER, in the same column order (the model's), indexes kept. */
function rebuildWithMoney(db: Database.Database, table: string, money: readonly string[]): void {
  const cols = db.prepare(`PRAGMA table_info(${table})`).all() as ColumnInfo[];
  const indexes = (db.prepare("SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL").all(table) as { sql: string }[]).map((r) => r.sql);
  const defs = cols.map((c) => {
    const type = money.includes(c.name) ? 'INTEGER' : c.type;
    return `${c.name} ${type}${c.pk ? ' PRIMARY KEY' : ''}${c.notnull ? ' NOT NULL' : ''}${c.dflt_value !== null ? ` DEFAULT ${c.dflt_value}` : ''}`;
  });
  const tmp = `${table}__v4`;
  db.exec(`CREATE TABLE ${tmp} (\n  ${defs.join(',\n  ')}\n)`);
  db.exec(`INSERT INTO ${tmp} SELECT * FROM ${table}`);
  for (const field of money) {
    const rows = db.prepare(`SELECT id, ${field} AS v FROM ${tmp} WHERE ${field} IS NOT NULL`).all() as { id: string; v: number }[];
    const set = db.prepare(`UPDATE ${tmp} SET ${field} = ? WHERE id = ?`);
    for (const r of rows) set.run(upgradeMoneyValue(table, field, Number(r.v)) as number, r.id);
  }
  db.exec(`DROP TABLE ${table}`);
  db.exec(`ALTER TABLE ${tmp} RENAME TO ${table}`);
  for (const sql of indexes) db.exec(sql);
}
