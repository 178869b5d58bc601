import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import type { Rows } from '../../../shared/api.ts';
import type { Language } from '../../../shared/model/enums.ts';
import { buildTemplate } from '../../../shared/templates/index.ts';
import { PlanFile } from '../../../electron/store/plan-file.ts';

const made: string[] = [];

export function tempDir(): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'cplan-export-'));
  made.push(d);
  return d;
}

afterEach(() => {
  for (const d of made.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

export const writer = { author: 'Tester', site: 'site-tester' };

/** A real plan file made from a template (the sample unless told), and its rows as the service's snapshot gives them. */
export function samplePlan(lang: Language, template: 'sample' | 'blank' = 'sample'): { file: string; rows: Rows } {
  const file = path.join(tempDir(), `${template}-${lang}.cplan`);
  const f = PlanFile.create(file, writer, buildTemplate(template, lang), false);
  try {
    return { file, rows: f.rows() as Rows };
  } finally {
    f.close();
  }
}
