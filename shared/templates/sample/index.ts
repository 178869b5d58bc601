import type { Change } from '../../model/change.ts';
import type { Language } from '../../model/enums.ts';
import { PLAN_ID } from '../../model/plan.ts';
import { budgetCategories, contentStatuses, phases } from '../defaults.ts';
import { KEY_DATES_2026, keyDateRecords, type KeyDateSeed } from '../keyDates2026.ts';
import { picker, rec, toChanges, type Rec } from '../records.ts';
import { platforms, segments } from './audience.ts';
import { briefSections } from './brief.ts';
import { platformShares, spendEntries, TOTAL_BUDGET } from './budget.ts';
import { contentItems } from './content.ts';
import { kpiActuals, objectives } from './goals.ts';
import { complianceItems, playbooks, playbookSteps, riskPlaybookLinks, risks } from './risks.ts';
import { marketFigures, pestItems, swotItems } from './strategy.ts';
import { meetings, people, teams, tools } from './team.ts';
import { raci, taskLinks, tasks } from './timeline.ts';
import { toMinor } from '../../logic/budget-money.ts';

/** The brand's own dates, invented for the sample; the public calendar comes from keyDates2026.ts. */
const BRAND_EVENTS: KeyDateSeed[] = [
  { id: 'kd-brand-ss-launch', start: '2026-03-16', end: '2026-03-16', kind: 'industry', zh: '春夏新品上市', en: 'Spring/summer collection launch' },
  { id: 'kd-brand-aw-show', start: '2026-09-10', end: '2026-09-10', kind: 'industry', zh: '秋冬新品发布会', en: 'Autumn/winter collection show' },
  { id: 'kd-brand-conference', start: '2026-12-09', end: '2026-12-09', kind: 'industry', zh: '栖木年度品牌大会', en: 'Qimu annual brand conference' },
];

/**
 * The 2026 social-media plan of a casual apparel brand, built on the facts of the source document.
 * Rows come in dependency order (referenced rows first), so every reference points at a row that
 * already exists when the change is applied; risk ↔ playbook is closed by a final update.
 */
export function sample(lang: Language): Change[] {
  const t = picker(lang);
  const recs: Rec[] = [
    rec('settings', PLAN_ID, {
      name: t('栖木 2026 社交媒体营销方案', 'Qimu 2026 social media plan'),
      client: t('栖木服饰', 'Qimu Apparel'),
      start_date: '2026-01-01',
      end_date: '2026-12-31',
      time_zone: 'Asia/Shanghai',
      currency: 'CNY',
      language: lang,
      total_budget: toMinor(TOTAL_BUDGET),
      peak_start: '20:00',
      peak_end: '22:00',
    }),
    ...briefSections(t),
    ...swotItems(t),
    ...pestItems(t),
    ...marketFigures(t),
    ...teams(t),
    ...people(t),
    ...platforms(t),
    ...segments(t),
    ...objectives(t),
    ...kpiActuals(),
    ...contentStatuses(),
    ...contentItems(t),
    ...phases(t),
    ...tasks(t),
    ...taskLinks(),
    ...keyDateRecords(lang, [...KEY_DATES_2026, ...BRAND_EVENTS]),
    ...meetings(t),
    ...budgetCategories(),
    ...platformShares(),
    ...spendEntries(t),
    ...raci(),
    ...tools(t),
    ...risks(t),
    ...playbooks(t),
    ...playbookSteps(t),
    ...riskPlaybookLinks(),
    ...complianceItems(t),
  ];
  return toChanges(recs);
}
