import type { Change } from '../model/change.ts';
import type { Language } from '../model/enums.ts';
import { PLAN_ID } from '../model/plan.ts';
import { budgetCategories, contentStatuses, phases } from './defaults.ts';
import { picker, rec, toChanges } from './records.ts';

/**
 * An empty plan that is still usable at once: board columns, budget categories and phases are
 * structure rather than content, so they come with it (see defaults.ts).
 */
export function blank(lang: Language): Change[] {
  const t = picker(lang);
  return toChanges([
    rec('settings', PLAN_ID, {
      name: t('未命名计划', 'Untitled plan'),
      client: '',
      start_date: '2026-01-01',
      end_date: '2026-12-31',
      time_zone: 'Asia/Shanghai',
      currency: 'CNY',
      language: lang,
      total_budget: 0,
    }),
    ...contentStatuses(),
    ...budgetCategories(),
    ...phases(t),
  ]);
}
