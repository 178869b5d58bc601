/**
 * Every PlannerApi method by name. Apart from shared/api.ts and its argument schemas (zod) on purpose: the
 * page's first script (renderer/main.tsx) needs the names only, and zod would be most of it.
 */
export const API_METHODS = [
  'planInfo',
  'snapshot',
  'applyChanges',
  'undo',
  'redo',
  'history',
  'newPlan',
  'openPlan',
  'closePlan',
  'saveAs',
  'exportCopy',
  'setAuthor',
  'previewMerge',
  'stat',
  'merge',
  'revert',
  'previewImport',
  'exportPlan',
] as const;

export type ApiMethod = (typeof API_METHODS)[number];
