/**
 * Importing a project file into the open plan: the preview is computed from the file and the plan's
 * rows without writing; the import itself is the preview's change list through PlanFile.apply (one
 * undo step), so a refused file never reaches the plan.
 */
import type { Rows } from '../../../shared/api.ts';
import { planImport, type ImportPreview, type PlanContext } from '../../../shared/exchange/plan-import.ts';
import type { ImportedProject } from '../../../shared/exchange/project.ts';
import { readProjectFile } from '../../../shared/exchange/read-file.ts';
import { PLAN_ID } from '../../../shared/model/plan.ts';
import type { PlanFile } from '../../store/plan-file.ts';

export function planContext(rows: Rows): PlanContext {
  const settings = rows.settings.find((s) => s.id === PLAN_ID) ?? rows.settings[0];
  return {
    settings: { start_date: settings?.start_date ?? '2026-01-01', end_date: settings?.end_date ?? '2026-12-31', language: settings?.language ?? 'zh-CN' },
    people: rows.person,
    phases: rows.phase,
    keyDates: rows.key_date,
  };
}

export function previewProject(plan: PlanFile, project: ImportedProject): ImportPreview {
  return planImport(project, planContext(plan.rows()));
}

export function previewImport(plan: PlanFile, format: 'mspdi' | 'gan', bytes: Uint8Array): ImportPreview {
  return previewProject(plan, readProjectFile(bytes, format));
}

/** The English undo label of an import (the CLI's; the app words its own). */
export const importLabel = (p: ImportPreview) => `Import ${p.counts.tasks} tasks from ${p.format === 'mspdi' ? 'MS Project' : p.format === 'gan' ? 'GanttProject' : 'CSV'}`;
