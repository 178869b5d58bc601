import { defineEntity } from './entity.ts';
import { f } from './field.ts';
import { FEASIBILITY, OBJECTIVE_KINDS, PERIOD_TYPES, ROLLUPS } from './enums.ts';

export const objective = defineEntity('objective', 'objective', 'Marketing objectives, broken down year → quarter → month → week through parent_id.', {
  parent_id: f.ref('objective', 'The objective this one breaks down (null for a top-level objective).'),
  name: f.name('What the objective is.'),
  kind: f.oneOf(OBJECTIVE_KINDS, 'Kind of objective.', 'awareness'),
  metric: f.text('Metric measured (followers, reach, engagement_rate, leads, orders, gmv, roi, ...).', 'reach', 64),
  unit: f.text('Unit of baseline and target (people, %, CNY, ...).', '', 32),
  baseline: f.real('Value at the start of the period.', 0),
  target: f.real('Value to reach by the end of the period.', 0),
  period_type: f.oneOf(PERIOD_TYPES, 'Length of the period.', 'year'),
  period_start: f.date('First day of the period.'),
  period_end: f.date('Last day of the period.'),
  platform_id: f.ref('platform', 'Platform the objective is for (null: all).'),
  segment_id: f.ref('segment', 'Audience segment the objective is for (null: all).'),
  rollup: f.oneOf(ROLLUPS, 'How children add up to this target: sum (counts), average (rates), none.', 'sum'),
  feasibility: f.oneOf(FEASIBILITY, 'Feasibility verdict.', 'unknown'),
  feasibility_budget: f.text('Feasibility note on budget.'),
  feasibility_people: f.text('Feasibility note on people.'),
  feasibility_technology: f.text('Feasibility note on technology.'),
  feasibility_competition: f.text('Feasibility note on competition.'),
});

export const kpiActual = defineEntity('kpi_actual', 'kpi_actual', 'Measured KPI values per platform and date (typed in or imported from CSV).', {
  date: f.date('Day the value was measured.'),
  platform_id: f.ref('platform', 'Platform measured (null: all platforms).'),
  metric: f.text('Metric (reach, impressions, engagements, followers, clicks, leads, orders, revenue, spend, ...).', 'reach', 64),
  value: f.real('Measured value.', 0),
  objective_id: f.ref('objective', 'Objective this value counts toward, if any.'),
});
