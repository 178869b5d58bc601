/**
 * GanttProject's project file (.gan) as the planner's tasks. Tasks nest: a top-level task with children
 * becomes a phase, deeper parents are flattened into their top-level phase. A `<depend id type
 * difference>` sits on the predecessor and names the successor; its type is GanttProject's
 * ConstraintType persisted as ordinal + 1 (1 SS, 2 FS, 3 FF, 4 SF) and `difference` is the lag in
 * days. Durations are working days of the project calendar (default week, holidays), so the last day
 * is counted out on that calendar. Resources become people (the responsible allocation = owner),
 * calendar dates become key dates.
 */
import { z } from 'zod';
import { PlannerError } from '../errors.ts';
import type { LinkType } from '../model/enums.ts';
import { addDays, weekday } from './dates.ts';
import { emptyProject, type ImportedProject } from './project.ts';
import type { XmlDocument } from './xml.ts';
import { day, describeIssue, flag, int, num, text } from './zod-xml.ts';

const depend = z.object({ '@_id': int, '@_type': int.optional(), '@_difference': num.optional() });

interface GanTask {
  '@_id': number;
  '@_name': string;
  '@_start': string;
  '@_duration': number;
  '@_complete'?: number | undefined;
  '@_meeting'?: boolean | undefined;
  '@_color'?: string | undefined;
  notes: string;
  depend: z.output<typeof depend>[];
  task: GanTask[];
}

const task: z.ZodType<GanTask> = z.lazy(() =>
  z.object({
    '@_id': int,
    '@_name': z.string().default(''),
    '@_start': day,
    '@_duration': num,
    '@_complete': num.optional(),
    '@_meeting': flag.optional(),
    '@_color': z.string().optional(),
    notes: text,
    depend: z.array(depend).default([]),
    task: z.array(task).default([]),
  }),
) as z.ZodType<GanTask>;

const resource = z.object({ '@_id': int, '@_name': z.string().default(''), '@_contacts': z.string().default('') });
const allocation = z.object({ '@_task-id': int, '@_resource-id': int, '@_responsible': flag.optional() });
const calendarDate = z.object({
  '@_year': z.string().default(''),
  '@_month': int,
  '@_date': int,
  '@_type': z.string().optional(),
  '#text': z.string().optional(),
});
const WEEK = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
const week = z.object(Object.fromEntries(WEEK.map((d) => [`@_${d}`, z.string().optional()])));

const emptyIsAbsent = (v: unknown) => (v === '' ? {} : v);
const projectSchema = z.object({
  '@_name': z.string().default(''),
  tasks: z.preprocess(emptyIsAbsent, z.object({ task: z.array(task).default([]) })),
  resources: z.preprocess(emptyIsAbsent, z.object({ resource: z.array(resource).default([]) })).optional(),
  allocations: z.preprocess(emptyIsAbsent, z.object({ allocation: z.array(allocation).default([]) })).optional(),
  calendars: z
    .preprocess(emptyIsAbsent, z.object({
      'day-types': z.preprocess(emptyIsAbsent, z.object({ 'default-week': week.optional() })).optional(),
      date: z.array(calendarDate).default([]),
    }))
    .optional(),
});

const LINK_TYPES: Record<number, LinkType> = { 1: 'SS', 2: 'FS', 3: 'FF', 4: 'SF' };
const MAX_DAYS = 3650;

const pad = (n: number) => String(n).padStart(2, '0');

export function readGan(doc: XmlDocument): ImportedProject {
  const parsed = projectSchema.safeParse(doc.body);
  if (!parsed.success) throw new PlannerError('IMPORT_STRUCTURE', { format: 'GanttProject', detail: describeIssue(parsed.error) });
  const p = parsed.data;
  const out = emptyProject('gan', p['@_name']);

  // the calendar: weekend days of the default week (1 = day off), holidays and extra working days
  const defaultWeek = p.calendars?.['day-types']?.['default-week'];
  const weekend = new Set(WEEK.flatMap((d, i) => ((defaultWeek ? defaultWeek[`@_${d}`] === '1' : i === 0 || i === 6) ? [i] : [])));
  const offDays = new Set<string>();
  const onDays = new Set<string>();
  const recurringOff = new Set<string>();
  const recurringOn = new Set<string>();
  for (const d of p.calendars?.date ?? []) {
    const kind = d['@_type'] === 'WORKING_DAY' ? 'workday' : d['@_type'] === 'NEUTRAL' ? null : 'holiday';
    if (!kind) continue;
    const md = `${pad(d['@_month'])}-${pad(d['@_date'])}`;
    const name = d['#text']?.trim() || null;
    if (/^\d{4}$/.test(d['@_year'])) {
      const date = `${d['@_year']}-${md}`;
      (kind === 'holiday' ? offDays : onDays).add(date);
      out.keyDates.push({ name, start: date, end: date, kind });
    } else {
      // a yearly date: it is on the calendar every year, and a key date in each year the tasks span
      (kind === 'holiday' ? recurringOff : recurringOn).add(md);
      out.keyDates.push({ name, start: `*-${md}`, end: `*-${md}`, kind });
    }
  }
  const working = (date: string) => {
    if (onDays.has(date) || recurringOn.has(date.slice(5))) return true;
    if (offDays.has(date) || recurringOff.has(date.slice(5))) return false;
    return !weekend.has(weekday(date));
  };
  /** the last day of `duration` working days from `start` (a task starting on a day off begins on the next working day) */
  const lastDay = (start: string, duration: number) => {
    let date = start;
    let counted = 0;
    for (let i = 0; i < MAX_DAYS * 2; i++, date = addDays(date, 1)) {
      if (working(date) && ++counted >= duration) return date;
    }
    return addDays(start, Math.max(0, Math.ceil(duration) - 1));
  };

  const summaries = new Set<number>();
  const kept = new Set<number>();
  const walk = (list: GanTask[], level: number, phaseKey: string | null) => {
    for (const t of list) {
      const name = t['@_name'].trim();
      if (t.task.length) {
        summaries.add(t['@_id']);
        let key = phaseKey;
        if (level === 1) {
          key = `gan:${t['@_id']}`;
          const color = t['@_color'] && /^#[0-9a-f]{6}$/i.test(t['@_color']) ? t['@_color'] : null;
          out.phases.push({ key, name: name || `#${t['@_id']}`, color });
        } else {
          out.dropped.push({ reason: 'nestedSummary', name });
        }
        walk(t.task, level + 1, key);
        continue;
      }
      if (name === '') {
        out.dropped.push({ reason: 'emptyTask', name: `#${t['@_id']}` });
        continue;
      }
      const milestone = t['@_meeting'] === true;
      const duration = Math.min(MAX_DAYS, Math.max(0, t['@_duration']));
      out.tasks.push({
        key: `gan:${t['@_id']}`,
        name,
        phaseKey,
        start: t['@_start'],
        end: milestone || duration === 0 ? t['@_start'] : lastDay(t['@_start'], duration),
        milestone,
        progress: Math.round(Math.max(0, Math.min(100, t['@_complete'] ?? 0))),
        notes: t.notes,
        ownerKey: null,
        hours: 0,
      });
      kept.add(t['@_id']);
    }
  };
  walk(p.tasks.task, 1, null);

  const taskName = new Map<number, string>();
  const nameWalk = (list: GanTask[]) => list.forEach((t) => (taskName.set(t['@_id'], t['@_name'].trim() || `#${t['@_id']}`), nameWalk(t.task)));
  nameWalk(p.tasks.task);
  const linkWalk = (list: GanTask[]) => {
    for (const t of list) {
      for (const d of t.depend) {
        const name = `${taskName.get(t['@_id'])} → ${taskName.get(d['@_id']) ?? `#${d['@_id']}`}`;
        const type = LINK_TYPES[d['@_type'] ?? 2];
        if (!type) out.dropped.push({ reason: 'linkType', name: `${name} (type ${d['@_type']})` });
        else if (summaries.has(t['@_id']) || summaries.has(d['@_id'])) out.dropped.push({ reason: 'linkSummary', name });
        else if (!kept.has(t['@_id']) || !kept.has(d['@_id'])) out.dropped.push({ reason: 'linkMissing', name });
        else {
          const lag = d['@_difference'] ?? 0;
          if (!Number.isInteger(lag)) out.dropped.push({ reason: 'lagRounded', name });
          out.links.push({ from: `gan:${t['@_id']}`, to: `gan:${d['@_id']}`, type, lagDays: Math.round(lag) });
        }
      }
      linkWalk(t.task);
    }
  };
  linkWalk(p.tasks.task);

  const people = new Set<number>();
  for (const r of p.resources?.resource ?? []) {
    const name = r['@_name'].trim();
    if (!name) {
      out.dropped.push({ reason: 'unnamedResource', name: `#${r['@_id']}` });
      continue;
    }
    people.add(r['@_id']);
    const contact = r['@_contacts'].trim();
    out.people.push({ key: `gan:${r['@_id']}`, name, email: contact.includes('@') ? contact : '', role: '' });
  }
  const byKey = new Map(out.tasks.map((t) => [t.key, t]));
  const allocations = p.allocations?.allocation ?? [];
  // the responsible allocation names the owner; without one, the first
  for (const a of [...allocations.filter((x) => x['@_responsible']), ...allocations]) {
    const t = byKey.get(`gan:${a['@_task-id']}`);
    if (t && !t.ownerKey && people.has(a['@_resource-id'])) t.ownerKey = `gan:${a['@_resource-id']}`;
  }
  return out;
}
