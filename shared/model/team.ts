import { defineEntity } from './entity.ts';
import { f } from './field.ts';
import { RACI_ROLES, TEAM_KINDS, TOOL_PURPOSES } from './enums.ts';

export const team = defineEntity('team', 'team', 'Teams.', {
  name: f.name('Team name.'),
  kind: f.oneOf(TEAM_KINDS, 'Kind of team.', 'other'),
});

export const person = defineEntity('person', 'person', 'People working on the campaign.', {
  name: f.name('Name.'),
  role: f.text('Role or job title.', '', 200),
  team_id: f.ref('team', 'Team.'),
  capacity_hours: f.real('Hours a week available for the campaign.', 40, 0, 168),
  hourly_cost: f.money('Cost per hour, in minor units of the plan currency.', 0),
  email: f.text('E-mail address.', '', 200),
});

export const raci = defineEntity('raci', 'raci', 'Responsibility assignments: a person’s R/A/C/I role on a phase or a task (exactly one of phase_id, task_id).', {
  person_id: f.needRef('person', 'Person.'),
  phase_id: f.ref('phase', 'Phase, when the assignment is on a phase.'),
  task_id: f.ref('task', 'Task, when the assignment is on a task.'),
  role: f.oneOf(RACI_ROLES, 'R responsible, A accountable, C consulted, I informed.', 'R'),
});

export const tool = defineEntity('tool', 'tool', 'Tools the team needs; their cost feeds the technology budget line.', {
  name: f.name('Name.'),
  purpose: f.oneOf(TOOL_PURPOSES, 'What it is for.', 'other'),
  cost: f.money('Cost for the campaign, in minor units of the plan currency.', 0),
  owner_id: f.ref('person', 'Person who owns the tool.'),
  notes: f.text('Notes.'),
});
