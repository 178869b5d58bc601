// Every migration is tested on the committed version 1 plan (test/fixtures/plans/v1.cplan, written by
// make-v1.ts beside it): opened by the current code, it must come up at the current schema with all
// its rows. A new migration gets its own `describe` here, registered with `migration()`; the last test
// fails until it has one.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../electron/store/migrations/index.ts';
import { SCHEMA_VERSION } from '../../../electron/store/constants.ts';
import { PlanFile } from '../../../electron/store/plan-file.ts';
import { probePlanFile } from '../../../electron/store/probe.ts';
import { tempDir, writer } from './helpers.ts';

const V1 = path.join(import.meta.dirname, '../../fixtures/plans/v1.cplan');

/** A copy of the committed v1 plan in a fresh folder (opening it migrates it in place). */
function v1Copy(): string {
  const p = path.join(tempDir(), 'v1.cplan');
  fs.copyFileSync(V1, p);
  return p;
}

/** The v1 copy opened, and so migrated, by the current code. */
function openedV1(): { file: string; plan: PlanFile } {
  const file = v1Copy();
  return { file, plan: PlanFile.open(file, writer()) };
}

const tested = new Set<number>();
function migration(version: number, title: string, body: () => void): void {
  tested.add(version);
  describe(`migration ${String(version).padStart(3, '0')}: ${title}`, body);
}

describe('the committed version 1 plan', () => {
  it('is a version 1 file', () => {
    expect(probePlanFile(v1Copy())).toMatchObject({ version: 1, older: true });
  });

  it('opens at the current schema, keeps a backup of the old file, and keeps every row', () => {
    const { file, plan } = openedV1();
    expect(plan.schemaVersion).toBe(SCHEMA_VERSION);
    expect(fs.readFileSync(`${file}.v1.bak`)).toEqual(fs.readFileSync(V1));
    const rows = plan.rows();
    expect(rows.settings).toMatchObject([{ id: 'plan', name: 'Spring launch (v1)', currency: 'CNY', total_budget: 50_000_000 }]);
    expect(rows.person).toMatchObject([{ id: 'p1', name: 'Li Jing' }]);
    expect(rows.phase).toMatchObject([{ id: 'ph1', name: 'Warm-up' }]);
    expect(rows.task).toMatchObject([{ id: 't1', name: 'Always-on community', phase_id: 'ph1', start: '2026-02-02', end: '2026-03-31', owner_id: 'p1' }]);
    expect(rows.content_item).toMatchObject([{ id: 'c1', title: 'Winter teaser', status_id: 's-idea', owner_id: 'p1' }]);
    plan.close();
    expect(probePlanFile(file)).toMatchObject({ version: SCHEMA_VERSION, newer: false, older: false });
  });
});

migration(2, 'a task may ignore the working-day calendar', () => {
  it('old tasks follow the calendar and can be switched to ignore it', () => {
    const { file, plan } = openedV1();
    expect(plan.rows().task[0]!.ignore_calendar).toBeFalsy();
    plan.apply([{ entity: 'task', id: 't1', field: 'ignore_calendar', value: true }]);
    plan.close();
    const again = PlanFile.open(file, writer());
    expect(again.rows().task[0]!.ignore_calendar).toBe(true);
    again.close();
  });

  it('refuses anything but true or false for the flag, changing nothing', () => {
    const { plan } = openedV1();
    expect(() => plan.apply([{ entity: 'task', id: 't1', field: 'ignore_calendar', value: 'yes' }])).toThrow();
    expect(plan.rows().task[0]!.ignore_calendar).toBeFalsy();
    plan.close();
  });
});

migration(3, 'post copy, hashtags, approver and sign-off on content items', () => {
  it('old items get empty copy and hashtags, no approver, not signed off; all can be set', () => {
    const { file, plan } = openedV1();
    expect(plan.rows().content_item[0]).toMatchObject({ post_copy: '', hashtags: [], approver_id: null, signed_off_by: null, signed_off_at: null });
    plan.apply([
      { entity: 'content_item', id: 'c1', field: 'post_copy', value: 'Warm up for winter.' },
      { entity: 'content_item', id: 'c1', field: 'hashtags', value: ['winter', '冬季穿搭'] },
      { entity: 'content_item', id: 'c1', field: 'approver_id', value: 'p1' },
      { entity: 'content_item', id: 'c1', field: 'signed_off_by', value: 'p1' },
      { entity: 'content_item', id: 'c1', field: 'signed_off_at', value: '2026-12-01T09:30:00.000Z' },
    ]);
    plan.close();
    const again = PlanFile.open(file, writer());
    expect(again.rows().content_item[0]).toMatchObject({ post_copy: 'Warm up for winter.', hashtags: ['winter', '冬季穿搭'], approver_id: 'p1', signed_off_by: 'p1', signed_off_at: '2026-12-01T09:30:00.000Z' });
    again.close();
  });

  it('refuses a hashtag with a space or a sign-off time that is not a time, changing nothing', () => {
    const { plan } = openedV1();
    expect(() => plan.apply([{ entity: 'content_item', id: 'c1', field: 'hashtags', value: ['two words'] }])).toThrow();
    expect(() => plan.apply([{ entity: 'content_item', id: 'c1', field: 'signed_off_at', value: 'yesterday' }])).toThrow();
    expect(plan.rows().content_item[0]).toMatchObject({ hashtags: [], signed_off_at: null });
    plan.close();
  });
});

migration(4, 'money in whole minor units (fen, cents)', () => {
  it('the v1 total of 500,000 yuan reads as 50,000,000 fen, and a fraction of a fen is refused', () => {
    const { plan } = openedV1();
    expect(plan.rows().settings[0]).toMatchObject({ total_budget: 50_000_000 });
    expect(plan.rows().content_item[0]).toMatchObject({ kol_cost: 0 });
    expect(() => plan.apply([{ entity: 'settings', id: 'plan', field: 'total_budget', value: 100.5 }])).toThrow();
    expect(plan.rows().settings[0]).toMatchObject({ total_budget: 50_000_000 });
    plan.close();
  });
});

describe('every migration', () => {
  it('has its tests here', () => {
    expect([...tested].sort((a, b) => a - b)).toEqual(MIGRATIONS.map((m) => m.version).filter((v) => v > 1));
  });
});
