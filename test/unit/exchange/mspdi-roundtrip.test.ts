/**
 * The sample plan written as MS Project XML and read back into a blank plan keeps its tasks, phases,
 * dates, milestones and links: what one program writes the other reads.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeExport } from '../../../electron/services/export/index.ts';
import { previewImport } from '../../../electron/services/import/preview-import.ts';
import { samplePlan, tempDir } from './export-helpers.ts';
import { freshPlan } from './helpers.ts';

describe('MS Project XML round trip', () => {
  it('brings the sample plan back with the same tasks, dates and link types', async () => {
    const { file, rows } = samplePlan('en');
    const out = path.join(tempDir(), 'sample.xml');
    await writeExport(rows, file, out, { format: 'mspdi', lang: 'en' });

    const plan = freshPlan();
    const preview = previewImport(plan, 'mspdi', fs.readFileSync(out));
    expect(preview.counts.tasks).toBe(rows.task.length);
    expect(preview.counts.links).toBe(rows.task_link.length);
    expect(preview.dropped).toEqual([]);
    plan.apply(preview.changes, { label: 'import' });
    const back = plan.rows();
    plan.close();

    const byName = new Map(back.task.map((t) => [t.name, t]));
    for (const t of rows.task) {
      expect(byName.get(t.name), t.name).toMatchObject({ start: t.start, end: t.end, milestone: t.milestone });
    }
    const phaseName = (rs: typeof rows, id: string | null) => rs.phase.find((p) => p.id === id)?.name ?? null;
    for (const t of rows.task) expect(phaseName(back, byName.get(t.name)!.phase_id), t.name).toBe(phaseName(rows, t.phase_id));

    const nameOf = (rs: typeof rows, id: string) => rs.task.find((t) => t.id === id)!.name;
    const links = (rs: typeof rows) => rs.task_link.map((l) => `${nameOf(rs, l.predecessor_id)} ${l.type} ${l.lag_days} ${nameOf(rs, l.successor_id)}`).sort();
    expect(links(back)).toEqual(links(rows));
  });
});
