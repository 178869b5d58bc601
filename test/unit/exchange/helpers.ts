import fs from 'node:fs';
import path from 'node:path';
import { PlanFile } from '../../../electron/store/plan-file.ts';
import { buildTemplate } from '../../../shared/templates/index.ts';
import { tempDir, writer } from '../store/helpers.ts';

export const fixture = (name: string): Uint8Array => fs.readFileSync(path.join(import.meta.dirname, '../../fixtures/exchange', name));

/** A real plan file: the blank template (plan dates 2026) unless told otherwise. */
export function freshPlan(template: 'blank' | 'sample' = 'blank'): PlanFile {
  return PlanFile.create(path.join(tempDir(), 'p.cplan'), writer(), buildTemplate(template, 'en'));
}

export { tempDir, writer };
