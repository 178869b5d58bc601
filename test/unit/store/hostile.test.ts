import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../../electron/store/constants.ts';
import { PlanFile } from '../../../electron/store/plan-file.ts';
import { probePlanFile } from '../../../electron/store/probe.ts';
import { bytes, tempDir, writer } from './helpers.ts';

/** A sound plan file to damage in various ways. */
function goodPlan(dir: string): string {
  const p = path.join(dir, 'good.cplan');
  const f = PlanFile.create(p, writer());
  f.apply([{ entity: 'settings', id: 'plan', field: 'name', value: 'Good' }]);
  f.close();
  return p;
}

function withDb(p: string, sql: string): void {
  const db = new Database(p);
  db.exec(sql);
  db.close();
}

const cases: [string, (dir: string) => string, string][] = [
  ['an empty file', (d) => { const p = path.join(d, 'e.cplan'); fs.writeFileSync(p, ''); return p; }, 'NOT_SQLITE'],
  ['plain text', (d) => { const p = path.join(d, 't.cplan'); fs.writeFileSync(p, 'Campaign notes\n'.repeat(50)); return p; }, 'NOT_SQLITE'],
  ['a truncated plan', (d) => { const p = goodPlan(d); const b = bytes(p); fs.writeFileSync(p, b.subarray(0, Math.floor(b.length / 2))); return p; }, 'CORRUPT'],
  ['garbage after the header', (d) => {
    const p = goodPlan(d);
    const b = bytes(p);
    for (let i = 100; i < b.length; i++) b[i] = (i * 7919) & 0xff;
    fs.writeFileSync(p, b);
    return p;
  }, 'CORRUPT'],
  ['an extra trigger', (d) => { const p = goodPlan(d); withDb(p, "CREATE TRIGGER evil AFTER INSERT ON task BEGIN DELETE FROM risk; END;"); return p; }, 'FOREIGN_SCHEMA'],
  ['an extra view', (d) => { const p = goodPlan(d); withDb(p, 'CREATE VIEW v AS SELECT * FROM task;'); return p; }, 'FOREIGN_SCHEMA'],
  ['an extra table', (d) => { const p = goodPlan(d); withDb(p, 'CREATE TABLE extra (x);'); return p; }, 'FOREIGN_SCHEMA'],
  ['an altered table', (d) => { const p = goodPlan(d); withDb(p, 'ALTER TABLE task ADD COLUMN extra TEXT;'); return p; }, 'FOREIGN_SCHEMA'],
  ['another app’s SQLite file', (d) => { const p = path.join(d, 'other.db'); withDb(p, 'CREATE TABLE notes (x); PRAGMA application_id = 1234;'); return p; }, 'FOREIGN_APP'],
  ['a plain SQLite file', (d) => { const p = path.join(d, 'plain.db'); withDb(p, 'CREATE TABLE notes (x);'); return p; }, 'FOREIGN_APP'],
  ['an unknown migration', (d) => { const p = goodPlan(d); withDb(p, "INSERT INTO _migrations VALUES (0, 'x');"); return p; }, 'UNKNOWN_MIGRATION'],
];

describe('opening a file from elsewhere', () => {
  it.each(cases)('refuses %s with its code and leaves it byte-identical', (_what, make, code) => {
    const p = make(tempDir());
    const before = bytes(p);
    expect(() => PlanFile.open(p, writer())).toThrow(expect.objectContaining({ code }));
    expect(bytes(p).equals(before)).toBe(true);
    expect(fs.existsSync(`${p}.lock`)).toBe(false);
  });

  it('says which file is missing', () => {
    expect(() => PlanFile.open(path.join(tempDir(), 'none.cplan'), writer())).toThrow(expect.objectContaining({ code: 'FILE_NOT_FOUND' }));
  });

  it('opens a plan from a newer version read-only, naming the version, without touching it', () => {
    const p = goodPlan(tempDir());
    withDb(p, 'PRAGMA user_version = 7;');
    const before = bytes(p);
    const f = PlanFile.open(p, writer());
    expect(f.readOnly).toMatchObject({ code: 'NEWER_SCHEMA', params: { version: 7 } });
    expect(f.rows().settings[0]!.name).toBe('Good');
    expect(() => f.apply([{ entity: 'settings', id: 'plan', field: 'name', value: 'x' }])).toThrow(expect.objectContaining({ code: 'READ_ONLY' }));
    f.close();
    expect(bytes(p).equals(before)).toBe(true);
  });

  it('migrates an empty database to the current schema', () => {
    const p = path.join(tempDir(), 'empty.cplan');
    withDb(p, 'PRAGMA application_id = 1129335886;'); // our id, no schema yet: version 0
    const f = PlanFile.open(p, writer());
    expect(f.schemaVersion).toBe(SCHEMA_VERSION);
    expect(fs.existsSync(`${p}.v0.bak`)).toBe(true); // a backup is kept before migrating
    f.apply([{ entity: 'settings', id: 'plan', field: 'name', value: 'Migrated' }]);
    f.close();
    expect(probePlanFile(p)).toMatchObject({ version: SCHEMA_VERSION, newer: false, older: false });
  });
});

describe('a plan left with a hot journal by a crashed writer', () => {
  it('opens with the last committed state instead of being called damaged', () => {
    const p = goodPlan(tempDir());
    spawnSync(process.execPath, [path.resolve('test/fixtures/die-mid-transaction.ts'), p]);
    expect(fs.statSync(`${p}-journal`).size).toBeGreaterThan(0);
    const f = PlanFile.open(p, writer());
    expect(f.rows().settings[0]!.name).toBe('Good');
    expect(f.rows().market_figure).toHaveLength(0);
    expect(f.handle.pragma('integrity_check', { simple: true })).toBe('ok');
    f.close();
  });
});
