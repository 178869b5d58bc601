import type { EntityDef, RowOf } from './entity.ts';
import { settings } from './plan.ts';
import { briefSection, marketFigure, pestItem, swotItem } from './brief.ts';
import { kpiActual, objective } from './goals.ts';
import { platform, segment } from './audience.ts';
import { contentItem, contentStatus } from './content.ts';
import { keyDate, meeting, phase, task, taskLink } from './timeline.ts';
import { budgetCategory, platformShare, spendEntry } from './budget.ts';
import { person, raci, team, tool } from './team.ts';
import { complianceItem, playbook, playbookRun, playbookStep, risk } from './risks.ts';

/** Every kind of data a plan holds, in dependency-friendly order (referenced kinds first where possible). */
export const ENTITIES = {
  settings,
  brief_section: briefSection,
  swot_item: swotItem,
  pest_item: pestItem,
  market_figure: marketFigure,
  team,
  person,
  platform,
  segment,
  objective,
  kpi_actual: kpiActual,
  content_status: contentStatus,
  content_item: contentItem,
  phase,
  task,
  task_link: taskLink,
  key_date: keyDate,
  meeting,
  budget_category: budgetCategory,
  platform_share: platformShare,
  spend_entry: spendEntry,
  raci,
  tool,
  risk,
  playbook,
  playbook_step: playbookStep,
  playbook_run: playbookRun,
  compliance_item: complianceItem,
} as const;

export type Entities = typeof ENTITIES;
export type EntityName = keyof Entities;
export const ENTITY_NAMES = Object.keys(ENTITIES) as EntityName[];
export type Row<N extends EntityName> = RowOf<Entities[N]>;

export function isEntityName(name: string): name is EntityName {
  return Object.hasOwn(ENTITIES, name);
}

export function entityDef(name: EntityName): EntityDef {
  return ENTITIES[name] as unknown as EntityDef;
}

/** Fields a change may set besides the entity's own: ordering and the soft-delete flag. */
export const COMMON_FIELDS = ['sort_order', 'deleted'] as const;

export type Settings = Row<'settings'>;
export type Task = Row<'task'>;
export type TaskLink = Row<'task_link'>;
export type Phase = Row<'phase'>;
export type ContentItem = Row<'content_item'>;
export type ContentStatus = Row<'content_status'>;
export type Platform = Row<'platform'>;
export type Segment = Row<'segment'>;
export type Person = Row<'person'>;
export type Risk = Row<'risk'>;
export type BudgetCategory = Row<'budget_category'>;
export type PlatformShare = Row<'platform_share'>;
export type SpendEntry = Row<'spend_entry'>;
export type KeyDate = Row<'key_date'>;
export type Objective = Row<'objective'>;
export type KpiActual = Row<'kpi_actual'>;
