import { defineEntity } from './entity.ts';
import { f } from './field.ts';
import { KEY_DATE_KINDS, LINK_TYPES, PHASE_KINDS, RECURRENCE, TASK_KINDS } from './enums.ts';

export const phase = defineEntity('phase', 'phase', 'Phases of the campaign (preparation, execution, evaluation, optimisation).', {
  name: f.name('Phase name.'),
  kind: f.oneOf(PHASE_KINDS, 'Kind of phase.', 'other'),
  color: f.text('Colour of the phase on the Gantt board.', '#4f7cac', 16),
});

export const task = defineEntity('task', 'task', 'Tasks and milestones of the Gantt board. Dates are whole days, end inclusive.', {
  name: f.name('Task name.'),
  phase_id: f.ref('phase', 'Phase the task belongs to.'),
  start: f.date('First day.'),
  end: f.date('Last day (inclusive; equals start for a milestone).'),
  progress: f.int('Progress in percent.', 0, 0, 100),
  milestone: f.bool('True for a milestone.'),
  kind: f.oneOf(TASK_KINDS, 'Kind of work.', 'task'),
  owner_id: f.ref('person', 'Person responsible.'),
  hours: f.real('Planned effort in hours, spread evenly over the task days (for the team load view).', 0, 0, 100_000),
  notes: f.text('Notes.'),
  ignore_calendar: f.bool('True for an always-on activity that runs through weekends and holidays: its days are calendar days, not working days.'),
});

export const taskLink = defineEntity('task_link', 'task_link', 'Dependencies between tasks.', {
  predecessor_id: f.needRef('task', 'Task that comes first.'),
  successor_id: f.needRef('task', 'Task that depends on it.'),
  type: f.oneOf(LINK_TYPES, 'FS finish-to-start, SS start-to-start, FF finish-to-finish, SF start-to-finish.', 'FS'),
  lag_days: f.int('Lag in days (negative: lead).', 0, -3650, 3650),
});

export const keyDate = defineEntity('key_date', 'key_date', 'Key dates: public holidays, make-up workdays, shopping festivals, sports and industry events.', {
  name: f.name('Name.'),
  start: f.date('First day.'),
  end: f.date('Last day (inclusive).'),
  kind: f.oneOf(KEY_DATE_KINDS, 'Kind of date.', 'other'),
  note: f.text('Note.'),
});

export const meeting = defineEntity('meeting', 'meeting', 'Recurring meetings such as the weekly cross-department sync.', {
  name: f.name('Name.'),
  recurrence: f.oneOf(RECURRENCE, 'How often.', 'weekly'),
  weekday: f.int('Day of the week, 1 = Monday … 7 = Sunday.', 1, 1, 7),
  time: f.time('Start time (HH:mm, plan time zone).', '10:00'),
  duration_minutes: f.int('Length in minutes.', 60, 5, 24 * 60),
  start_date: f.optDate('First occurrence on or after this day (null: plan start).'),
  end_date: f.optDate('No occurrence after this day (null: plan end).'),
  attendee_ids: f.refs('person', 'Attendees.'),
  notes: f.text('Agenda and responsibilities per department.'),
});
