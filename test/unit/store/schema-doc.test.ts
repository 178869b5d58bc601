import fs from 'node:fs';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../electron/store/migrations/index.ts';
import { schemaDoc } from '../../../electron/store/schema-doc.ts';
import { ENTITIES, ENTITY_NAMES } from '../../../shared/model/registry.ts';

const DOC = fs.readFileSync(new URL('../../../electron/store/SCHEMA.md', import.meta.url), 'utf8');

/** table → columns, as SCHEMA.md lists them */
function documented(): Map<string, string[]> {
  const out = new Map<string, string[]>();
  let current: string[] | null = null;
  for (const line of DOC.split('\n')) {
    const h = /^### `(\w+)`/.exec(line);
    if (h) out.set(h[1]!, (current = []));
    const c = /^\| `(\w+)` \|/.exec(line);
    if (c && current) current.push(c[1]!);
  }
  return out;
}

function live(): Map<string, string[]> {
  const db = new Database(':memory:');
  migrate(db);
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[];
  const out = new Map(tables.map((t) => [t.name, (db.prepare(`PRAGMA table_info(${t.name})`).all() as { name: string }[]).map((c) => c.name)]));
  db.close();
  return out;
}

describe('SCHEMA.md', () => {
  it('documents exactly the tables and columns of a plan file', () => {
    const doc = documented();
    const db = live();
    expect([...doc.keys()].sort()).toEqual([...db.keys()].sort());
    for (const [table, cols] of db) expect(doc.get(table), table).toEqual(cols);
  });

  it('is up to date with the model (regenerate with npm run docs:schema)', () => {
    expect(DOC).toBe(schemaDoc());
  });

  it('matches the model: every field has a column of its declared type (a model change needs a migration)', () => {
    const db = new Database(':memory:');
    migrate(db);
    for (const n of ENTITY_NAMES) {
      const cols = db.prepare(`PRAGMA table_info(${ENTITIES[n].table})`).all() as { name: string; type: string }[];
      const fields = Object.entries(ENTITIES[n].fields).map(([k, s]) => [k, s.sql === 'JSON' ? 'TEXT' : s.sql]);
      expect(cols.slice(4).map((c) => [c.name, c.type]), n).toEqual(fields);
    }
    db.close();
  });
});
