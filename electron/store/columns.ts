import { ENTITIES, type EntityName } from '../../shared/model/registry.ts';
import type { SqlType } from '../../shared/model/field.ts';

/** The SQL column type of a field kind: JSON is kept as TEXT so any SQLite tool reads it. */
export const sqlDeclType = (t: SqlType): string => (t === 'JSON' ? 'TEXT' : t);

/** The CREATE TABLE statement the current model implies for one entity (used to write migrations and to check them). */
export function modelTableSql(name: EntityName): string {
  const def = ENTITIES[name];
  const cols = [
    'id TEXT PRIMARY KEY NOT NULL',
    'sort_order REAL NOT NULL DEFAULT 0',
    'deleted INTEGER NOT NULL DEFAULT 0',
    "clock TEXT NOT NULL DEFAULT ''",
    ...Object.entries(def.fields).map(([col, spec]) => `${col} ${sqlDeclType(spec.sql)}`),
  ];
  return `CREATE TABLE ${def.table} (\n  ${cols.join(',\n  ')}\n)`;
}
