/**
 * MS Project's XML (MSPDI, namespace http://schemas.microsoft.com/project) as the planner's tasks:
 * level-1 summary tasks become phases, deeper summaries are flattened into their level-1 phase,
 * PredecessorLink Type 0=FF 1=FS 2=SF 3=SS with LinkLag in tenths of minutes (LagFormat says which
 * unit the user saw), work resources become people (first assignment = owner), the project
 * calendar's exceptions become key dates.
 */
import { z } from 'zod';
import { PlannerError } from '../errors.ts';
import type { LinkType } from '../model/enums.ts';
import { dayOf } from './dates.ts';
import { emptyProject, type ImportedProject } from './project.ts';
import type { XmlDocument } from './xml.ts';
import { dateTime, describeIssue, flag, int, list, text } from './zod-xml.ts';

export const MSPDI_NAMESPACE = 'http://schemas.microsoft.com/project';

const link = z.object({
  PredecessorUID: int,
  Type: int.optional(),
  LinkLag: int.optional(),
  LagFormat: int.optional(),
});

const task = z.object({
  UID: int,
  Name: text,
  IsNull: flag.optional(),
  OutlineLevel: int.optional(),
  Start: dateTime.optional(),
  Finish: dateTime.optional(),
  Work: z.string().optional(),
  Milestone: flag.optional(),
  Summary: flag.optional(),
  PercentComplete: int.optional(),
  Notes: text,
  PredecessorLink: z.array(link).default([]),
});

const resource = z.object({
  UID: int,
  Name: text,
  Type: int.optional(),
  IsNull: flag.optional(),
  EmailAddress: text,
  Group: text,
});

const assignment = z.object({ TaskUID: int, ResourceUID: int, Units: z.string().optional() });

const period = z.object({ FromDate: dateTime, ToDate: dateTime });
const exception = z.object({
  Name: text,
  DayWorking: flag.optional(),
  Type: int.optional(),
  Occurrences: int.optional(),
  TimePeriod: period,
});
// Project 2003-2007 wrote exceptions as WeekDays with DayType 0 and a TimePeriod
const weekDay = z.object({ DayType: int, DayWorking: flag.optional(), TimePeriod: period.optional() });
const calendar = z.object({
  UID: int,
  Name: text,
  IsBaseCalendar: flag.optional(),
  WeekDays: list(weekDay, 'WeekDay'),
  Exceptions: list(exception, 'Exception'),
});

const projectSchema = z.object({
  Name: text,
  Title: text,
  MinutesPerDay: int.optional(),
  CalendarUID: int.optional(),
  Calendars: list(calendar, 'Calendar'),
  Tasks: list(task, 'Task'),
  Resources: list(resource, 'Resource'),
  Assignments: list(assignment, 'Assignment'),
});

const LINK_TYPES: Record<number, LinkType> = { 0: 'FF', 1: 'FS', 2: 'SF', 3: 'SS' };
// LagFormat: 3 m, 4 em, 5 h, 6 eh, 7 d, 8 ed, 9 w, 10 ew, 11 mo, 12 emo, 19 %, 20 e%; +32 the estimated forms
const ELAPSED = new Set([4, 6, 8, 10, 12]);
const PERCENT = new Set([19, 20]);

/** ISO 8601 duration of work ("PT40H0M0S") in hours. */
function hoursOf(work: string | undefined): number {
  const m = work ? /^PT(\d+(?:\.\d+)?)H(\d+(?:\.\d+)?)M(\d+(?:\.\d+)?)S$/.exec(work.trim()) : null;
  return m ? Math.round((Number(m[1]) + Number(m[2]) / 60 + Number(m[3]) / 3600) * 100) / 100 : 0;
}

export function readMspdi(doc: XmlDocument): ImportedProject {
  const parsed = projectSchema.safeParse(doc.body);
  if (!parsed.success) throw new PlannerError('IMPORT_STRUCTURE', { format: 'MS Project XML', detail: describeIssue(parsed.error) });
  const p = parsed.data;
  const out = emptyProject('mspdi', p.Title || p.Name.replace(/\.(xml|mpp)$/i, ''));
  const minutesPerDay = p.MinutesPerDay && p.MinutesPerDay > 0 ? p.MinutesPerDay : 480;

  // tasks in file order: the outline is the order plus OutlineLevel
  const tasks = p.Tasks?.Task ?? [];
  const summaryUids = new Set<number>();
  const keptUids = new Set<number>();
  let phaseKey: string | null = null;
  for (const t of tasks) {
    const level = t.OutlineLevel ?? 1;
    if (level === 0) continue; // the project summary task: the file itself
    if (t.IsNull || t.Name.trim() === '') {
      out.dropped.push({ reason: 'emptyTask', name: `UID ${t.UID}` });
      continue;
    }
    if (level === 1) phaseKey = null;
    if (t.Summary) {
      summaryUids.add(t.UID);
      if (level === 1) {
        phaseKey = `mspdi:${t.UID}`;
        out.phases.push({ key: phaseKey, name: t.Name.trim(), color: null });
      } else {
        out.dropped.push({ reason: 'nestedSummary', name: t.Name.trim() });
      }
      continue;
    }
    if (!t.Start || !t.Finish) throw new PlannerError('IMPORT_STRUCTURE', { format: 'MS Project XML', detail: `task ${t.UID} “${t.Name}” has no Start or Finish` });
    const start = dayOf(t.Start);
    const milestone = t.Milestone === true;
    const end = milestone ? start : [dayOf(t.Finish, true), start].sort().at(-1)!;
    out.tasks.push({
      key: `mspdi:${t.UID}`,
      name: t.Name.trim(),
      phaseKey,
      start,
      end,
      milestone,
      progress: Math.max(0, Math.min(100, t.PercentComplete ?? 0)),
      notes: t.Notes,
      ownerKey: null,
      hours: hoursOf(t.Work),
    });
    keptUids.add(t.UID);
  }

  const taskName = new Map(tasks.map((t) => [t.UID, t.Name.trim() || `UID ${t.UID}`]));
  for (const t of tasks) {
    for (const l of t.PredecessorLink) {
      const name = `${taskName.get(l.PredecessorUID) ?? `UID ${l.PredecessorUID}`} → ${taskName.get(t.UID)}`;
      const type = LINK_TYPES[l.Type ?? 1];
      if (!type) {
        out.dropped.push({ reason: 'linkType', name: `${name} (Type ${l.Type})` });
        continue;
      }
      if (summaryUids.has(l.PredecessorUID) || summaryUids.has(t.UID)) {
        out.dropped.push({ reason: 'linkSummary', name });
        continue;
      }
      if (!keptUids.has(l.PredecessorUID) || !keptUids.has(t.UID)) {
        out.dropped.push({ reason: 'linkMissing', name });
        continue;
      }
      const raw = l.LagFormat ?? 7;
      const format = raw >= 35 ? raw - 32 : raw; // the estimated forms (35 m? … 52 e%?) lag like their plain ones
      let lagDays = 0;
      if (PERCENT.has(format)) {
        if (l.LinkLag) out.dropped.push({ reason: 'lagPercent', name });
      } else {
        const days = (l.LinkLag ?? 0) / 10 / (ELAPSED.has(format) ? 24 * 60 : minutesPerDay);
        lagDays = Math.round(days);
        if (Math.abs(days - lagDays) > 1e-9) out.dropped.push({ reason: 'lagRounded', name });
      }
      out.links.push({ from: `mspdi:${l.PredecessorUID}`, to: `mspdi:${t.UID}`, type, lagDays });
    }
  }

  const people = new Set<number>();
  for (const r of p.Resources?.Resource ?? []) {
    if (r.IsNull) continue;
    if (r.Name.trim() === '') {
      // UID 0 is the blank resource every file has; only name the others
      if (r.UID !== 0) out.dropped.push({ reason: 'unnamedResource', name: `UID ${r.UID}` });
      continue;
    }
    if (r.Type !== undefined && r.Type !== 1) {
      out.dropped.push({ reason: 'notPerson', name: r.Name.trim() });
      continue;
    }
    people.add(r.UID);
    out.people.push({ key: `mspdi:${r.UID}`, name: r.Name.trim(), email: r.EmailAddress.trim(), role: r.Group.trim() });
  }
  const byKey = new Map(out.tasks.map((t) => [t.key, t]));
  for (const a of p.Assignments?.Assignment ?? []) {
    const t = byKey.get(`mspdi:${a.TaskUID}`);
    if (t && !t.ownerKey && people.has(a.ResourceUID)) t.ownerKey = `mspdi:${a.ResourceUID}`;
  }

  const calendars = p.Calendars?.Calendar ?? [];
  const projectCalendar = calendars.find((c) => c.UID === p.CalendarUID) ?? calendars.find((c) => c.IsBaseCalendar);
  if (projectCalendar) {
    for (const e of projectCalendar.Exceptions?.Exception ?? []) {
      const name = e.Name.trim() || null;
      if ((e.Occurrences ?? 1) > 1 && e.Type !== undefined && e.Type !== 1) out.dropped.push({ reason: 'recurringException', name: name ?? e.TimePeriod.FromDate.slice(0, 10) });
      out.keyDates.push({ name, start: dayOf(e.TimePeriod.FromDate), end: dayOf(e.TimePeriod.ToDate), kind: e.DayWorking ? 'workday' : 'holiday' });
    }
    for (const w of projectCalendar.WeekDays?.WeekDay ?? []) {
      if (w.DayType !== 0 || !w.TimePeriod) continue;
      out.keyDates.push({ name: null, start: dayOf(w.TimePeriod.FromDate), end: dayOf(w.TimePeriod.ToDate), kind: w.DayWorking ? 'workday' : 'holiday' });
    }
  }
  return out;
}
