import path from 'node:path';
import fs from 'node:fs';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../../electron/store/constants.ts';
import { migrate } from '../../../electron/store/migrations/index.ts';
import { PlanFile } from '../../../electron/store/plan-file.ts';
import { probePlanFile } from '../../../electron/store/probe.ts';
import { tempDir, writer } from './helpers.ts';

/** A plan file as version 1 of the app wrote it, with one task. */
function v1Plan(dir: string): string {
  const p = path.join(dir, 'v1.cplan');
  const db = new Database(p);
  db.pragma('journal_mode = DELETE');
  migrate(db, 1);
  db.prepare('INSERT INTO _meta (key, value) VALUES (?, ?), (?, ?)').run('plan_uuid', 'uuid-v1', 'created_at', '2026-01-01T00:00:00.000Z');
  db.prepare("INSERT INTO task (id, name, start, end, progress, milestone, kind, hours, notes) VALUES ('t1', 'Always-on community', '2026-02-02', '2026-03-31', 0, 0, 'task', 0, '')").run();
  db.close();
  return p;
}

describe('migration 002: a task may ignore the working-day calendar', () => {
  it('migrates a version 1 file: its tasks follow the calendar and can be switched to ignore it', () => {
    const p = v1Plan(tempDir());
    expect(probePlanFile(p)).toMatchObject({ version: 1, older: true });
    const f = PlanFile.open(p, writer());
    expect(f.schemaVersion).toBe(SCHEMA_VERSION);
    expect(fs.existsSync(`${p}.v1.bak`)).toBe(true);
    const [t] = f.rows().task;
    expect(t).toMatchObject({ id: 't1', name: 'Always-on community', start: '2026-02-02' });
    expect(t!.ignore_calendar).toBeFalsy();
    f.apply([{ entity: 'task', id: 't1', field: 'ignore_calendar', value: true }]);
    f.close();

    expect(probePlanFile(p)).toMatchObject({ version: SCHEMA_VERSION, newer: false, older: false });
    const again = PlanFile.open(p, writer());
    expect(again.rows().task[0]!.ignore_calendar).toBe(true);
    again.close();
  });

  it('refuses anything but true or false for the flag, changing nothing', () => {
    const p = v1Plan(tempDir());
    const f = PlanFile.open(p, writer());
    expect(() => f.apply([{ entity: 'task', id: 't1', field: 'ignore_calendar', value: 'yes' }])).toThrow();
    expect(f.rows().task[0]!.ignore_calendar).toBeFalsy();
    f.close();
  });
});
