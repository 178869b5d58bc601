import { rec, type Pick2, type Rec } from './records.ts';

/**
 * The rows every plan starts with, blank or sample: without board columns the content board has
 * nowhere to put a card, without budget categories the budget sliders have nothing to split, and
 * without phases a new task has no lane on the Gantt board.
 */

export const STATUS_IDS = {
  idea: 'status-idea',
  draft: 'status-draft',
  review: 'status-review',
  approved: 'status-approved',
  scheduled: 'status-scheduled',
  published: 'status-published',
} as const;

export const BUDGET_IDS = {
  ads: 'budget-ads',
  content: 'budget-content',
  technology: 'budget-technology',
  people: 'budget-people',
} as const;

export const PHASE_IDS = {
  preparation: 'phase-prep',
  execution: 'phase-exec',
  evaluation: 'phase-eval',
  optimisation: 'phase-opt',
} as const;

/** Names are left empty so the board shows the built-in name in the reader's language. */
export function contentStatuses(): Rec[] {
  return [
    rec('content_status', STATUS_IDS.idea, { key: 'idea', name: '', color: '#9ca3af' }),
    rec('content_status', STATUS_IDS.draft, { key: 'draft', name: '', color: '#60a5fa' }),
    rec('content_status', STATUS_IDS.review, { key: 'review', name: '', color: '#f59e0b' }),
    rec('content_status', STATUS_IDS.approved, { key: 'approved', name: '', color: '#a78bfa' }),
    rec('content_status', STATUS_IDS.scheduled, { key: 'scheduled', name: '', color: '#14b8a6' }),
    rec('content_status', STATUS_IDS.published, { key: 'published', name: '', color: '#22c55e' }),
  ];
}

/** The split the source plan recommends: ads 40 %, content 30 %, technology 15 %, people 15 %. */
export function budgetCategories(): Rec[] {
  return [
    rec('budget_category', BUDGET_IDS.ads, { key: 'ads', name: '', share: 40, locked: false }),
    rec('budget_category', BUDGET_IDS.content, { key: 'content', name: '', share: 30, locked: false }),
    rec('budget_category', BUDGET_IDS.technology, { key: 'technology', name: '', share: 15, locked: false }),
    rec('budget_category', BUDGET_IDS.people, { key: 'people', name: '', share: 15, locked: false }),
  ];
}

export function phases(t: Pick2): Rec[] {
  return [
    rec('phase', PHASE_IDS.preparation, { name: t('准备阶段', 'Preparation'), kind: 'preparation', color: '#4f7cac' }),
    rec('phase', PHASE_IDS.execution, { name: t('执行阶段', 'Execution'), kind: 'execution', color: '#3f9d5a' }),
    rec('phase', PHASE_IDS.evaluation, { name: t('评估阶段', 'Evaluation'), kind: 'evaluation', color: '#d9a21b' }),
    rec('phase', PHASE_IDS.optimisation, { name: t('优化阶段', 'Optimisation'), kind: 'optimisation', color: '#8e5cc4' }),
  ];
}
