import path from 'node:path';
import fs from 'node:fs';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../electron/store/migrations/index.ts';
import { merge } from '../../../electron/store/merge.ts';
import { SCHEMA_VERSION } from '../../../electron/store/constants.ts';
import { PlanFile } from '../../../electron/store/plan-file.ts';
import { probePlanFile } from '../../../electron/store/probe.ts';
import { formatHlc } from '../../../shared/logic/hlc.ts';
import { tempDir, writer } from './helpers.ts';

const clock = (wall: number, site = 'site-old') => formatHlc({ wall, counter: 0, site });

/**
 * A plan file as version 3 of the app wrote it: money as floating-point units, in the rows and in the
 * change log (the total was 1,000.50 before it became 2,000.005; an entry of 99.995 was logged).
 */
function v3Plan(dir: string, name = 'v3.cplan'): string {
  const p = path.join(dir, name);
  const db = new Database(p);
  db.pragma('journal_mode = DELETE');
  migrate(db, 3);
  db.prepare('INSERT INTO _meta (key, value) VALUES (?, ?), (?, ?)').run('plan_uuid', 'uuid-v3', 'created_at', '2026-01-01T00:00:00.000Z');
  db.prepare("INSERT INTO settings (id, name, currency, language, total_budget) VALUES ('plan', 'Old plan', 'CNY', 'en', 2000.005)").run();
  db.prepare("INSERT INTO budget_category (id, key, name, share, locked) VALUES ('cat1', 'ads', '', 100, 0)").run();
  db.prepare("INSERT INTO spend_entry (id, date, amount, category_id, platform_id, supplier, note) VALUES ('e1', '2026-03-01', 99.995, 'cat1', NULL, '', ''), ('e2', '2026-03-02', 0.1, 'cat1', NULL, '', '')").run();
  db.prepare("INSERT INTO person (id, name, capacity_hours, hourly_cost) VALUES ('p1', 'Li Jing', 40, 350.5)").run();
  db.prepare("INSERT INTO tool (id, name, cost) VALUES ('t1', 'Canva', 1234.56)").run();
  db.prepare("INSERT INTO content_status (id, key, name, color) VALUES ('s-idea', 'idea', '', '#999999')").run();
  db.prepare(
    "INSERT INTO content_item (id, title, format, theme, status_id, tactics, kol_partner, kol_cost, notes, post_copy, hashtags) VALUES ('c1', 'Teaser', 'short_video', '', 's-idea', '[]', '', 15000, '', '', '[]')",
  ).run();
  db.prepare("INSERT INTO _txn (txn, clock, site, author, label) VALUES (1, ?, 'site-old', 'Old', 'Total'), (2, ?, 'site-old', 'Old', 'Spend')").run(clock(1_700_000_000_000), clock(1_700_000_001_000));
  const log = db.prepare('INSERT INTO _change_log (txn, clock, site, entity, row_id, field, value, old) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
  log.run(1, clock(1_700_000_000_000), 'site-old', 'settings', 'plan', 'total_budget', '2000.005', '1000.5');
  log.run(1, clock(1_700_000_000_000), 'site-old', 'settings', 'plan', 'name', '"Old plan"', null);
  log.run(2, clock(1_700_000_001_000), 'site-old', 'spend_entry', 'e1', 'amount', '99.995', null);
  db.close();
  return p;
}

describe('migration 004: money in whole minor units', () => {
  it('converts a version 3 file: rows and change log in cents, rounded half away from zero', () => {
    const p = v3Plan(tempDir());
    expect(probePlanFile(p)).toMatchObject({ version: 3, older: true });
    const f = PlanFile.open(p, writer());
    expect(f.schemaVersion).toBe(SCHEMA_VERSION);
    expect(fs.existsSync(`${p}.v3.bak`)).toBe(true);
    const rows = f.rows();
    expect(rows.settings[0]!.total_budget).toBe(200001);
    expect(rows.spend_entry.map((e) => e.amount)).toEqual([10000, 10]);
    expect(rows.person[0]!.hourly_cost).toBe(35050);
    expect(rows.tool[0]!.cost).toBe(123456);
    expect(rows.content_item[0]!.kol_cost).toBe(1500000);
    f.close();

    const db = new Database(p, { readonly: true });
    const logged = db.prepare("SELECT field, value, old FROM _change_log WHERE field IN ('total_budget', 'amount', 'name') ORDER BY seq").all();
    expect(logged).toEqual([
      { field: 'total_budget', value: '200001', old: '100050' },
      { field: 'name', value: '"Old plan"', old: null },
      { field: 'amount', value: '10000', old: null },
    ]);
    const types = db.prepare("SELECT name, type FROM pragma_table_info('spend_entry') WHERE name = 'amount'").get();
    expect(types).toEqual({ name: 'amount', type: 'INTEGER' });
    db.close();
    expect(probePlanFile(p)).toMatchObject({ version: SCHEMA_VERSION, newer: false, older: false });
  });

  it('refuses money that is not whole minor units, changing nothing', () => {
    const p = v3Plan(tempDir());
    const f = PlanFile.open(p, writer());
    expect(() => f.apply([{ entity: 'spend_entry', id: 'e1', field: 'amount', value: 12.5 }])).toThrow();
    expect(f.rows().spend_entry[0]!.amount).toBe(10000);
    f.close();
  });

  it('merging an unmigrated version 3 copy brings its money edits in as minor units', () => {
    const dir = tempDir();
    const mine = v3Plan(dir, 'mine.cplan');
    const theirs = path.join(dir, 'theirs.cplan');
    fs.copyFileSync(mine, theirs);
    // the colleague, still on version 3, sets the tool's cost to 88.8
    const db = new Database(theirs);
    db.prepare("INSERT INTO _txn (txn, clock, site, author, label) VALUES (3, ?, 'site-col', 'Colleague', 'Tool')").run(clock(1_700_000_002_000, 'site-col'));
    db.prepare("INSERT INTO _change_log (txn, clock, site, entity, row_id, field, value, old) VALUES (3, ?, 'site-col', 'tool', 't1', 'cost', '88.8', '1234.56')").run(clock(1_700_000_002_000, 'site-col'));
    db.prepare("UPDATE tool SET cost = 88.8 WHERE id = 't1'").run();
    db.close();

    const f = PlanFile.open(mine, writer());
    const out = merge(f, theirs);
    expect(out.incoming).toBe(1);
    expect(f.rows().tool[0]!.cost).toBe(8880);
    expect(f.rows().settings[0]!.total_budget).toBe(200001);
    f.close();
  });
});
