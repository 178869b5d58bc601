import fs from 'node:fs';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { merge, previewMerge } from '../../../electron/store/merge.ts';
import { PlanFile } from '../../../electron/store/plan-file.ts';
import { bytes, copies, FakeTime } from './helpers.ts';

function withDb(p: string, sql: string, ...params: unknown[]): void {
  const db = new Database(p);
  if (params.length) db.prepare(sql).run(...params);
  else db.exec(sql);
  db.close();
}

/** A log entry THEIRS has and MINE lacks, written straight into the file (the schema stays ours, so the probe passes). */
const entry = (entity: string, rowId: string, field: string, value: string | null, clock = '001900000000000-00000-evil') => (p: string) =>
  withDb(p, 'INSERT INTO _change_log (txn, clock, site, entity, row_id, field, value, old, created) VALUES (1, ?, ?, ?, ?, ?, ?, NULL, 0)', clock, 'evil', entity, rowId, field, value);

const cases: [string, (theirs: string) => void, string][] = [
  ['plain text', (p) => fs.writeFileSync(p, 'Campaign notes\n'.repeat(50)), 'NOT_SQLITE'],
  ['a truncated copy', (p) => { const b = bytes(p); fs.writeFileSync(p, b.subarray(0, Math.floor(b.length / 2))); }, 'CORRUPT'],
  ['garbage after the header', (p) => { const b = bytes(p); for (let i = 100; i < b.length; i++) b[i] = (i * 7919) & 0xff; fs.writeFileSync(p, b); }, 'CORRUPT'],
  ['a foreign trigger', (p) => withDb(p, 'CREATE TRIGGER evil AFTER INSERT ON task BEGIN DELETE FROM risk; END;'), 'FOREIGN_SCHEMA'],
  ['another app’s file', (p) => { fs.rmSync(p); withDb(p, 'CREATE TABLE notes (x); PRAGMA application_id = 1234;'); }, 'FOREIGN_APP'],
  ['a copy from a newer version', (p) => withDb(p, 'PRAGMA user_version = 7;'), 'NEWER_SCHEMA'],
  ['a value the model refuses', entry('settings', 'plan', 'total_budget', '"lots"'), 'INVALID_VALUE'],
  ['an unknown kind of data', entry('sqlite_master', 'x', 'name', '"x"'), 'UNKNOWN_ENTITY'],
  ['an unknown field', entry('task', 'task-1', 'name = 1; --', '"x"'), 'UNKNOWN_FIELD'],
  ['a value that is not JSON', entry('task', 'task-1', 'name', '{oops'), 'CORRUPT'],
  ['a clock that is not a clock', entry('task', 'task-1', 'name', '"x"', 'yesterday'), 'CORRUPT'],
  ['a new row without its required fields', entry('task', 'ghost', 'name', '"Half a task"'), 'MISSING_FIELD'],
  ['a reference to a row that exists nowhere', entry('task', 'task-1', 'owner_id', '"nobody"'), 'DANGLING_REF'],
  ['a second settings row', entry('settings', 'other', 'name', '"x"'), 'INVALID_ROW'],
];

describe('merging a file that is not a sound copy', () => {
  it.each(cases)('refuses %s with its code and leaves both files byte-identical', (_what, damage, code) => {
    const time = new FakeTime();
    const { files: [ana, bo], paths: [anaPath, boPath] } = copies(['Ana', 'Bo'], time);
    bo!.apply([{ entity: 'task', id: 'task-2', field: 'name', value: 'A real edit' }]);
    bo!.close();
    damage(boPath!);
    const mineBefore = bytes(anaPath!);
    const theirsBefore = bytes(boPath!);
    expect(() => previewMerge(ana!, boPath!)).toThrow(expect.objectContaining({ code }));
    expect(() => merge(ana!, boPath!)).toThrow(expect.objectContaining({ code }));
    expect(bytes(anaPath!).equals(mineBefore)).toBe(true);
    expect(bytes(boPath!).equals(theirsBefore)).toBe(true);
    expect(ana!.revision).toBeGreaterThan(0);
    expect(ana!.row('task', 'task-2')!.name).not.toBe('A real edit');
    // MINE still works after a refused merge
    ana!.apply([{ entity: 'task', id: 'task-2', field: 'notes', value: 'still fine' }]);
  });

  it('compares a log with a gap entry by entry (a shared prefix is verified, never assumed)', () => {
    const time = new FakeTime();
    const { files: [ana, bo], paths: [, boPath] } = copies(['Ana', 'Bo'], time);
    const base = (bo!.handle.prepare('SELECT max(seq) AS s FROM _change_log').get() as { s: number }).s;
    ana!.apply([{ entity: 'task', id: 'task-2', field: 'notes', value: 'Ana' }]); // Ana's seq base+1
    time.advance();
    bo!.apply([{ entity: 'task', id: 'task-2', field: 'notes', value: 'Bo' }]);
    bo!.apply([{ entity: 'risk', id: 'risk-1', field: 'title', value: 'Bo' }]);
    bo!.close();
    // Bo's entries move up, leaving a gap exactly where Ana's own edit sits in her log
    withDb(boPath!, `UPDATE _change_log SET seq = seq + 10 WHERE seq > ${base}`);
    const p = previewMerge(ana!, boPath!);
    expect(p.incoming).toBe(2);
    expect(p.conflicts).toBe(1);
    merge(ana!, boPath!);
    expect(ana!.row('task', 'task-2')!.notes).toBe('Bo');
    expect(previewMerge(ana!, boPath!).incoming).toBe(0);
  });

  it('says which file is missing', () => {
    const { files: [ana], dir } = copies(['Ana'], new FakeTime());
    expect(() => merge(ana!, `${dir}/none.cplan`)).toThrow(expect.objectContaining({ code: 'FILE_NOT_FOUND' }));
  });

  it('compares the logs on a read-only connection: MINE attached there cannot be written', () => {
    const { files: [ana], paths: [, boPath] } = copies(['Ana', 'Bo'], new FakeTime());
    const db = new Database(boPath!, { readonly: true });
    db.prepare('ATTACH DATABASE ? AS mine').run(ana!.path);
    expect(() => db.exec("UPDATE mine._meta SET value = 'x' WHERE key = 'plan_uuid'")).toThrow(/readonly/);
    db.close();
  });

  it('refuses to merge into a plan open read-only, naming why', () => {
    const { paths: [anaPath, boPath] } = copies(['Ana', 'Bo'], new FakeTime());
    // a second opener of Ana's file gets it read-only (Ana holds the lock)
    const second = PlanFile.open(anaPath!, { author: 'Cy', site: 'site-cy' });
    expect(() => merge(second, boPath!)).toThrow(expect.objectContaining({ code: 'LOCKED' }));
    second.close();
  });
});

