/** A colleague's copy of the plan, edited the way their own app would edit it (for the merge specs). */
import { PlanService } from '../../electron/services/plan-service.ts';
import type { PlanFixture } from './fixtures.ts';

type Edit = { entity: string; id: string; field: string; value: unknown };

export const TASK = 'task-prep-01';
export const TASK_NAME = 'Market and competitor research';

/** Edits a plan file the way a colleague's app would: its own service, its own author and site. Each item is one edit (an array: several fields at once, e.g. a new row). */
export async function editAsColleague(file: string, author: string, changes: (Edit | Edit[])[], now?: () => number) {
  const service = new PlanService({ author, ...(now ? { now } : {}) });
  try {
    const opened = await service.openPlan({ path: file });
    if (!opened.ok) throw new Error(opened.error.message);
    for (const c of changes) {
      const r = await service.applyChanges((Array.isArray(c) ? c : [c]) as never);
      if (!r.ok) throw new Error(r.error.message);
    }
  } finally {
    service.dispose();
  }
}

/**
 * Exports a copy to `copy` and edits both sides so that merging it back meets every kind of conflict: a
 * row deleted here and edited there, rich text and a structured value changed on both sides, and a new
 * risk code used on both.
 */
export async function everyKindOfConflict(plan: PlanFixture, copy: string): Promise<void> {
  await plan.call('exportCopy', { path: copy });
  const newRisk = (id: string, title: string) => [
    { entity: 'risk', id, field: 'code', value: 'R-90' },
    { entity: 'risk', id, field: 'title', value: title },
  ];
  // here: I delete the research task, rewrite the background and add risk R-90
  await plan.call('applyChanges', [{ entity: 'task', id: TASK, field: 'deleted', value: true }]);
  await plan.call('applyChanges', [{ entity: 'brief_section', id: 'brief-background', field: 'body', value: '<h3>Where we stand</h3><p>Short video grows fastest and live commerce follows.</p>' }]);
  await plan.call('applyChanges', newRisk('risk-mine-90', 'Supplier delay'));
  const weights = (userScale: number, activity: number) => ({ user_scale: userScale, activity, content_ecosystem: 20, commercial_maturity: 15, audience_fit: 20 });
  await plan.call('applyChanges', [{ entity: 'settings', id: 'plan', field: 'score_weights', value: weights(30, 15) }]);
  // there: Bo edits the task I deleted, rewrites the same background and adds his own R-90
  await editAsColleague(copy, 'Bo', [
    { entity: 'task', id: TASK, field: 'notes', value: 'Bo kept researching' },
    { entity: 'brief_section', id: 'brief-background', field: 'body', value: '<h3>Where we stand</h3><p>Short video grows fastest and search follows.</p>' },
    newRisk('risk-bo-90', 'Influencer cancels'),
    { entity: 'settings', id: 'plan', field: 'score_weights', value: weights(20, 25) },
  ]);
}
