import { z } from 'zod';
import { defineEntity } from './entity.ts';
import { f } from './field.ts';
import { COMPLIANCE_STATUSES, INCIDENTS, REGULATIONS, RISK_CATEGORIES, RISK_STATUSES, RISK_STRATEGIES, SEVERITIES } from './enums.ts';

const scale = (what: string) => f.int(`${what}, 1-5.`, 3, 1, 5);

export const risk = defineEntity('risk', 'risk', 'Risk register. Score = likelihood × impact; residual_* is the rating after mitigation.', {
  code: f.text('Short reference such as R-01.', '', 16),
  title: f.name('Title.'),
  category: f.oneOf(RISK_CATEGORIES, 'Category.', 'other'),
  cause: f.text('Cause.'),
  event: f.text('Event.'),
  effect: f.text('Effect.'),
  likelihood: scale('Inherent likelihood'),
  impact: scale('Inherent impact'),
  residual_likelihood: scale('Likelihood after mitigation'),
  residual_impact: scale('Impact after mitigation'),
  owner_id: f.ref('person', 'Risk owner.'),
  trigger: f.text('Early-warning sign.'),
  trigger_seen: f.bool('True once the trigger has been seen.'),
  strategy: f.oneOf(RISK_STRATEGIES, 'Response strategy.', 'reduce'),
  mitigation: f.text('Mitigation.'),
  contingency: f.text('Contingency if it happens.'),
  status: f.oneOf(RISK_STATUSES, 'Status.', 'open'),
  identified_on: f.optDate('Day the risk was identified.'),
  review_on: f.optDate('Next review day.'),
  task_ids: f.refs('task', 'Linked tasks.'),
  platform_ids: f.refs('platform', 'Linked platforms.'),
  playbook_id: f.ref('playbook', 'Emergency playbook to run if it occurs.'),
});

const level = z.object({ severity: z.enum(SEVERITIES), response_hours: z.number().positive().max(24 * 30), description: z.string().max(2000) });

export const playbook = defineEntity('playbook', 'playbook', 'Emergency playbooks per incident type.', {
  incident: f.oneOf(INCIDENTS, 'Incident type.', 'custom'),
  name: f.name('Name.'),
  owner_id: f.ref('person', 'Responsible person.'),
  deputy_id: f.ref('person', 'Deputy.'),
  levels: f.json(z.array(level).max(5), [], 'Severity levels with response-time targets in hours.'),
  resources: f.text('Resources to have ready.'),
  risk_ids: f.refs('risk', 'Risks this playbook answers.'),
});

export const playbookStep = defineEntity('playbook_step', 'playbook_step', 'Ordered steps of a playbook (by sort_order).', {
  playbook_id: f.needRef('playbook', 'Playbook.'),
  text: f.name('What to do.'),
  who: f.text('Who does it.', '', 200),
});

const tick = z.object({ step_id: z.string(), done_at: z.iso.datetime({ offset: true }) });

export const playbookRun = defineEntity('playbook_run', 'playbook_run', 'Recorded runs of a playbook.', {
  playbook_id: f.needRef('playbook', 'Playbook run.'),
  severity: f.oneOf(SEVERITIES, 'Severity declared.', 'major'),
  started_at: f.text('ISO timestamp the run started.', undefined, 40),
  ended_at: f.text('ISO timestamp the run ended (empty while running).', '', 40),
  ticks: f.json(z.array(tick).max(500), [], 'Steps ticked off with their times.'),
  note: f.text('Note.'),
});

export const complianceItem = defineEntity('compliance_item', 'compliance_item', 'Compliance checklist (GDPR, PIPL, EU DSA, advertising law).', {
  regulation: f.oneOf(REGULATIONS, 'Regulation.', 'other'),
  requirement: f.name('What must be done.'),
  owner_id: f.ref('person', 'Owner.'),
  status: f.oneOf(COMPLIANCE_STATUSES, 'Status.', 'todo'),
  evidence: f.text('Evidence note.'),
  due: f.optDate('Due day.'),
  risk_ids: f.refs('risk', 'Linked legal risks.'),
});


