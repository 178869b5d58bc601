import path from 'node:path';
import fs from 'node:fs';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../electron/store/migrations/index.ts';
import { PlanFile, SCHEMA_VERSION } from '../../../electron/store/plan-file.ts';
import { probePlanFile } from '../../../electron/store/probe.ts';
import { tempDir, writer } from './helpers.ts';

/** A plan file as version 1 of the app wrote it, with one content item and one person. */
function v1Plan(dir: string): string {
  const p = path.join(dir, 'v1.cplan');
  const db = new Database(p);
  db.pragma('journal_mode = DELETE');
  migrate(db, 1);
  db.prepare('INSERT INTO _meta (key, value) VALUES (?, ?), (?, ?)').run('plan_uuid', 'uuid-v1', 'created_at', '2026-01-01T00:00:00.000Z');
  db.prepare("INSERT INTO content_status (id, key, name, color) VALUES ('s-idea', 'idea', '', '#999999')").run();
  db.prepare("INSERT INTO person (id, name) VALUES ('p1', 'Li Jing')").run();
  db.prepare(
    "INSERT INTO content_item (id, title, format, theme, status_id, tactics, kol_partner, kol_cost, notes) VALUES ('c1', 'Winter teaser', 'short_video', '', 's-idea', '[]', '', 0, '')",
  ).run();
  db.close();
  return p;
}

describe('migration 003: post copy, hashtags, approver and sign-off on content items', () => {
  it('migrates a version 1 file: its items get empty copy and hashtags, no approver, not signed off', () => {
    const p = v1Plan(tempDir());
    expect(probePlanFile(p)).toMatchObject({ version: 1, older: true });
    const f = PlanFile.open(p, writer());
    expect(f.schemaVersion).toBe(SCHEMA_VERSION);
    expect(fs.existsSync(`${p}.v1.bak`)).toBe(true);
    const [c] = f.rows().content_item;
    expect(c).toMatchObject({ id: 'c1', title: 'Winter teaser', post_copy: '', hashtags: [], approver_id: null, signed_off_by: null, signed_off_at: null });
    f.apply([
      { entity: 'content_item', id: 'c1', field: 'post_copy', value: 'Warm up for winter.' },
      { entity: 'content_item', id: 'c1', field: 'hashtags', value: ['winter', '冬季穿搭'] },
      { entity: 'content_item', id: 'c1', field: 'approver_id', value: 'p1' },
      { entity: 'content_item', id: 'c1', field: 'signed_off_by', value: 'p1' },
      { entity: 'content_item', id: 'c1', field: 'signed_off_at', value: '2026-12-01T09:30:00.000Z' },
    ]);
    f.close();

    expect(probePlanFile(p)).toMatchObject({ version: SCHEMA_VERSION, newer: false, older: false });
    const again = PlanFile.open(p, writer());
    expect(again.rows().content_item[0]).toMatchObject({ post_copy: 'Warm up for winter.', hashtags: ['winter', '冬季穿搭'], approver_id: 'p1', signed_off_by: 'p1', signed_off_at: '2026-12-01T09:30:00.000Z' });
    again.close();
  });

  it('refuses a hashtag with a space or a sign-off time that is not a time, changing nothing', () => {
    const p = v1Plan(tempDir());
    const f = PlanFile.open(p, writer());
    expect(() => f.apply([{ entity: 'content_item', id: 'c1', field: 'hashtags', value: ['two words'] }])).toThrow();
    expect(() => f.apply([{ entity: 'content_item', id: 'c1', field: 'signed_off_at', value: 'yesterday' }])).toThrow();
    expect(f.rows().content_item[0]).toMatchObject({ hashtags: [], signed_off_at: null });
    f.close();
  });
});
