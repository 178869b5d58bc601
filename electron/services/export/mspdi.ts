/**
 * The timeline as Microsoft Project XML (MSPDI, http://schemas.microsoft.com/project): phases become
 * summary tasks at outline level 1 with their tasks at level 2, milestones have zero duration, links
 * keep their type and lag, people become work resources and task owners their assignments.
 *
 * Plan days are calendar days, so the project calendar works every day of the week, 08:00-12:00 and
 * 13:00-17:00 (8 hours); a task of n days lasts n × 8 h and Project shows the same dates. Each task
 * carries a Start-No-Earlier-Than constraint on its start so Project's scheduler keeps the plan's dates.
 */
import type { Rows } from '../../../shared/api.ts';
import { spanDays } from '../../../shared/logic/dates.ts';
import type { LinkType } from '../../../shared/model/enums.ts';
import { planFacts } from '../../../shared/report/plan-facts.ts';
import { fromMinor } from '../../../shared/logic/budget-money.ts';

/** MSPDI link types */
export const MSPDI_LINK_TYPE: Record<LinkType, number> = { FF: 0, FS: 1, SF: 2, SS: 3 };
const MINUTES_PER_DAY = 480;

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
  // characters XML 1.0 does not allow
  .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '');
const el = (name: string, value: string | number) => `<${name}>${typeof value === 'number' ? value : esc(value)}</${name}>`;
const hours = (h: number) => {
  const minutes = Math.round(h * 60);
  return `PT${Math.floor(minutes / 60)}H${minutes % 60}M0S`;
};
const startOf = (d: string) => `${d}T08:00:00`;
const finishOf = (d: string) => `${d}T17:00:00`;

interface OutTask {
  uid: number;
  name: string;
  level: number;
  outline: string;
  start: string;
  end: string;
  milestone: boolean;
  summary: boolean;
  progress: number;
  /** planned effort in hours (a summary: its tasks' sum) */
  work: number;
  notes: string;
  links: string[];
}

function taskXml(t: OutTask): string {
  const days = spanDays(t.start, t.end);
  const duration = t.milestone ? 'PT0H0M0S' : hours(days * 8);
  return `<Task>${[
    el('UID', t.uid), el('ID', t.uid), el('Name', t.name), el('Type', 1), el('IsNull', 0),
    el('WBS', t.outline), el('OutlineNumber', t.outline), el('OutlineLevel', t.level),
    el('Start', startOf(t.start)), el('Finish', t.milestone ? startOf(t.start) : finishOf(t.end)),
    el('Duration', duration), el('DurationFormat', 7), el('Work', hours(t.work)),
    el('Milestone', t.milestone ? 1 : 0), el('Summary', t.summary ? 1 : 0), el('Critical', 0),
    el('PercentComplete', Math.round(t.progress)), el('PercentWorkComplete', Math.round(t.progress)),
    ...(t.summary ? [] : [el('ConstraintType', 4), el('ConstraintDate', startOf(t.start))]),
    el('CalendarUID', -1),
    ...(t.notes ? [el('Notes', t.notes)] : []),
  ].join('')}${t.links.join('')}</Task>`;
}

export function planMspdi(rows: Rows): string {
  const f = planFacts(rows, 'en');
  const s = f.settings;
  let uid = 0;
  const taskUid = new Map<string, number>();
  const out: OutTask[] = [];
  const phases = rows.phase.map((p) => ({ p, tasks: rows.task.filter((t) => t.phase_id === p.id) })).filter((x) => x.tasks.length);
  const phaseIds = new Set(phases.map((x) => x.p.id));
  // uids first, so a link may point at a task written later
  for (const x of phases) {
    uid++;
    for (const t of x.tasks) taskUid.set(t.id, ++uid);
  }
  for (const t of rows.task) if (!t.phase_id || !phaseIds.has(t.phase_id)) taskUid.set(t.id, ++uid);

  const linksOf = (id: string) => rows.task_link.filter((l) => l.successor_id === id && taskUid.has(l.predecessor_id)).map((l) =>
    `<PredecessorLink>${el('PredecessorUID', taskUid.get(l.predecessor_id)!)}${el('Type', MSPDI_LINK_TYPE[l.type])}${el('CrossProject', 0)}${el('LinkLag', l.lag_days * MINUTES_PER_DAY * 10)}${el('LagFormat', 7)}</PredecessorLink>`);
  const leaf = (t: Rows['task'][number], level: number, outline: string): OutTask => ({
    uid: taskUid.get(t.id)!, name: t.name, level, outline, start: t.start, end: t.end, milestone: t.milestone, summary: false, progress: t.progress, work: t.hours, notes: t.notes, links: linksOf(t.id),
  });

  let top = 0;
  for (const x of phases) {
    top++;
    const own = x.tasks;
    const start = own.reduce((m, t) => (t.start < m ? t.start : m), own[0]!.start);
    const end = own.reduce((m, t) => (t.end > m ? t.end : m), own[0]!.end);
    const weight = own.reduce((a, t) => a + spanDays(t.start, t.end), 0);
    const progress = own.reduce((a, t) => a + spanDays(t.start, t.end) * t.progress, 0) / Math.max(1, weight);
    const uidOfPhase = taskUid.get(own[0]!.id)! - 1;
    out.push({ uid: uidOfPhase, name: x.p.name, level: 1, outline: String(top), start, end, milestone: false, summary: true, progress, work: own.reduce((a, t) => a + t.hours, 0), notes: '', links: [] });
    own.forEach((t, i) => out.push(leaf(t, 2, `${top}.${i + 1}`)));
  }
  for (const t of rows.task) if (!t.phase_id || !phaseIds.has(t.phase_id)) out.push(leaf(t, 1, String(++top)));

  const project = `<Task>${[el('UID', 0), el('ID', 0), el('Name', s.name), el('Type', 1), el('IsNull', 0), el('WBS', 0), el('OutlineNumber', 0), el('OutlineLevel', 0),
    el('Start', startOf(s.start_date)), el('Finish', finishOf(s.end_date)), el('Duration', hours(spanDays(s.start_date, s.end_date) * 8)), el('DurationFormat', 7),
    el('Milestone', 0), el('Summary', 1)].join('')}</Task>`;

  const personUid = new Map(rows.person.map((p, i) => [p.id, i + 1]));
  const resources = rows.person.map((p) => `<Resource>${[
    el('UID', personUid.get(p.id)!), el('ID', personUid.get(p.id)!), el('Name', p.name), el('Type', 1), el('IsNull', 0),
    ...(p.email ? [el('EmailAddress', p.email)] : []), ...(p.team_id ? [el('Group', f.team(p.team_id))] : []),
    el('MaxUnits', (Math.min(p.capacity_hours, 168) / 40).toFixed(2)), el('StandardRate', fromMinor(p.hourly_cost)), el('StandardRateFormat', 2), el('CalendarUID', 1),
    ...(p.role ? [el('Notes', p.role)] : []),
  ].join('')}</Resource>`);

  let assignmentUid = 0;
  const assignments = rows.task.filter((t) => t.owner_id && personUid.has(t.owner_id)).map((t) => `<Assignment>${[
    el('UID', ++assignmentUid), el('TaskUID', taskUid.get(t.id)!), el('ResourceUID', personUid.get(t.owner_id!)!), el('Units', 1),
    el('Work', hours(t.hours)), el('Start', startOf(t.start)), el('Finish', t.milestone ? startOf(t.start) : finishOf(t.end)),
    el('PercentWorkComplete', t.progress),
  ].join('')}</Assignment>`);

  const workday = '<WorkingTimes><WorkingTime><FromTime>08:00:00</FromTime><ToTime>12:00:00</ToTime></WorkingTime><WorkingTime><FromTime>13:00:00</FromTime><ToTime>17:00:00</ToTime></WorkingTime></WorkingTimes>';
  const weekDays = [1, 2, 3, 4, 5, 6, 7].map((d) => `<WeekDay><DayType>${d}</DayType><DayWorking>1</DayWorking>${workday}</WeekDay>`).join('');

  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Project xmlns="http://schemas.microsoft.com/project">${[
    el('SaveVersion', 14), el('Name', `${s.name}.xml`), el('Title', s.name), el('Company', s.client), el('Author', 'Campaign Planner'),
    el('ScheduleFromStart', 1), el('StartDate', startOf(s.start_date)), el('FinishDate', finishOf(s.end_date)),
    el('CalendarUID', 1), el('DefaultStartTime', '08:00:00'), el('DefaultFinishTime', '17:00:00'),
    el('MinutesPerDay', MINUTES_PER_DAY), el('MinutesPerWeek', MINUTES_PER_DAY * 7), el('DaysPerMonth', 30),
    el('DurationFormat', 7), el('WorkFormat', 2), el('CurrencyCode', s.currency), el('NewTasksAreManual', 0),
  ].join('')}<Calendars><Calendar>${el('UID', 1)}${el('Name', 'Campaign (every day)')}${el('IsBaseCalendar', 1)}${el('BaseCalendarUID', -1)}<WeekDays>${weekDays}</WeekDays></Calendar></Calendars>`
    + `<Tasks>${project}${out.map(taskXml).join('')}</Tasks><Resources>${resources.join('')}</Resources><Assignments>${assignments.join('')}</Assignments></Project>\n`;
}
