// Sharing asks whether a path is free before it writes a copy there: stat must answer for nothing,
// a file and a folder without opening or creating anything.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PlanService } from '../../../electron/services/plan-service.ts';
import { tempDir } from '../store/helpers.ts';

describe('stat', () => {
  const service = new PlanService({ author: 'Tester', siteId: 'site-t' });

  it('says nothing is there, also under a folder that does not exist, and creates nothing', async () => {
    const dir = tempDir();
    for (const p of [path.join(dir, 'copy.cplan'), path.join(dir, 'no-such-folder', 'copy.cplan')]) {
      const r = await service.stat({ path: p });
      expect(r).toEqual({ ok: true, value: { exists: false, kind: null, size: 0, modified: null } });
    }
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('tells a file by its size and time, and a folder as a folder', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'plan.cplan');
    const made = await service.newPlan({ path: file, template: 'blank', lang: 'en' });
    if (!made.ok) throw new Error(made.error.message);
    const r = await service.stat({ path: file });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value).toMatchObject({ exists: true, kind: 'file', size: fs.statSync(file).size });
    expect(Date.parse(r.value.modified!)).toBe(fs.statSync(file).mtime.getTime());
    expect((await service.stat({ path: dir }))).toMatchObject({ ok: true, value: { exists: true, kind: 'folder', size: 0 } });
  });
});
