/**
 * What a Timeline action writes: each function returns the complete list of changes of one user action
 * (the task the user touched and every successor the scheduler pushed), for one `apply` = one undo step.
 * Pure: the scheduling rules are in shared/logic/schedule*.ts; this turns their answers into changes.
 */
import { addDays, fromDay as dateOf, toDay } from '../../../shared/logic/dates.ts';
import { between } from '../../../shared/logic/rank.ts';
import { calendarOf, findCycle, type DateRange } from '../../../shared/logic/schedule-graph.ts';
import { constrainEdit, earliestAllowed, limitGroupShift, type EditKind } from '../../../shared/logic/schedule-limits.ts';
import { reschedule, type PreparedSchedule } from '../../../shared/logic/schedule.ts';
import type { Change } from '../../../shared/model/change.ts';
import type { LinkType } from '../../../shared/model/enums.ts';
import type { Task, TaskLink } from '../../../shared/model/registry.ts';
import { ALL_DAYS, addWorkdays, endAfter, nextWorkday, workLength, type WorkCalendar } from '../../../shared/logic/workdays.ts';

export interface DateEdit {
  changes: Change[];
  /** the dates written for the task the user touched */
  placed: DateRange;
  /** the task was placed other than asked: later by its links, or onto working days by the calendar */
  held: boolean;
  /** what placed it: its links (they allow nothing earlier) or the calendar alone (a weekend or holiday) */
  heldBy: 'links' | 'calendar' | null;
  /** other tasks the scheduler pushed */
  pushed: number;
}

/** Changes for tasks whose dates moved, only the fields that differ. */
function dateChanges(tasks: readonly Task[], moved: readonly DateRange[]): Change[] {
  const byId = new Map(tasks.map((t) => [t.id, t]));
  const out: Change[] = [];
  for (const m of moved) {
    const t = byId.get(m.id);
    if (!t) continue;
    if (t.start !== m.start) out.push({ entity: 'task', id: m.id, field: 'start', value: m.start });
    if (t.end !== m.end) out.push({ entity: 'task', id: m.id, field: 'end', value: m.end });
  }
  return out;
}

/**
 * A task moved or resized to `wanted` (by a drag, a key or the editor): held where its links allow,
 * then every successor that would break a link pushed later, on the plan's working days. A milestone
 * stays one day.
 */
export function editDates(
  tasks: readonly Task[],
  links: readonly TaskLink[],
  id: string,
  wanted: { start: string; end: string },
  kind: EditKind,
  calendar: WorkCalendar = ALL_DAYS,
): DateEdit {
  const task = tasks.find((t) => t.id === id);
  if (!task) return { changes: [], placed: { id, ...wanted }, held: false, heldBy: null, pushed: 0 };
  const asked = task.milestone ? { start: kind === 'end' ? wanted.end : wanted.start, end: kind === 'end' ? wanted.end : wanted.start } : wanted;
  const placed = constrainEdit(id, tasks, links, asked, task.milestone ? 'move' : kind, calendar);
  const moved = reschedule(tasks, links, [placed], calendar);
  const held = placed.start !== asked.start || placed.end !== asked.end;
  const byCalendar = constrainEdit(id, tasks, [], asked, task.milestone ? 'move' : kind, calendar);
  return {
    changes: dateChanges(tasks, moved),
    placed,
    held,
    heldBy: !held ? null : byCalendar.start === placed.start && byCalendar.end === placed.end ? 'calendar' : 'links',
    pushed: moved.filter((m) => m.id !== id).length,
  };
}

/** Moves a date by working days of the calendar (a step from a Friday lands on Monday, not on Saturday). */
const stepDate = (cal: WorkCalendar, date: string, days: number) => dateOf(addWorkdays(cal, toDay(date), days));

/** A task moved whole by `days` working days (keyboard). */
export function shiftTask(tasks: readonly Task[], links: readonly TaskLink[], id: string, days: number, calendar: WorkCalendar = ALL_DAYS): DateEdit {
  const t = tasks.find((x) => x.id === id);
  if (!t) return { changes: [], placed: { id, start: '', end: '' }, held: false, heldBy: null, pushed: 0 };
  const cal = calendarOf(t, calendar);
  return editDates(tasks, links, id, { start: stepDate(cal, t.start, days), end: stepDate(cal, t.end, days) }, 'move', calendar);
}

/** A task's end moved by `days` working days (keyboard), never before its start. */
export function stretchTask(tasks: readonly Task[], links: readonly TaskLink[], id: string, days: number, calendar: WorkCalendar = ALL_DAYS): DateEdit {
  const t = tasks.find((x) => x.id === id);
  if (!t) return { changes: [], placed: { id, start: '', end: '' }, held: false, heldBy: null, pushed: 0 };
  return editDates(tasks, links, id, { start: t.start, end: stepDate(calendarOf(t, calendar), t.end, days) }, 'end', calendar);
}

/** Length in working days of the task's calendar (start and end included) → the end date; below 1 counts as 1. */
export function endForDuration(start: string, days: number, cal: WorkCalendar = ALL_DAYS): string {
  return dateOf(endAfter(cal, toDay(start), Math.round(days)));
}

/** A task's length: working days of its calendar and calendar days, both counting start and end. */
export function taskLength(task: Pick<Task, 'start' | 'end' | 'ignore_calendar'>, calendar: WorkCalendar): { working: number; calendar: number } {
  const s = toDay(task.start);
  const e = toDay(task.end);
  return { working: workLength(calendarOf(task, calendar), s, e), calendar: e - s + 1 };
}

export interface GroupShift {
  changes: Change[];
  /** the shift applied (may be less far back than asked) */
  days: number;
  held: boolean;
  /** every task whose dates change (the group's and the successors pushed), with its new dates */
  moved: DateRange[];
}

/**
 * Every task of a phase moved by `days` together; links from outside hold it back; successors outside
 * are pushed. `prepared` (the plan's schedule graph, built once) lets a drag preview ask on every frame.
 */
export function shiftGroup(
  tasks: readonly Task[],
  links: readonly TaskLink[],
  ids: ReadonlySet<string>,
  days: number,
  calendar: WorkCalendar = ALL_DAYS,
  prepared?: PreparedSchedule,
): GroupShift {
  const shift = limitGroupShift(ids, tasks, links, days, calendar);
  if (shift === 0) return { changes: [], days: 0, held: days !== 0, moved: [] };
  // each task lands on a working day with the working days it had
  const moved = tasks
    .filter((t) => ids.has(t.id))
    .map((t) => {
      const cal = calendarOf(t, calendar);
      const s = nextWorkday(cal, toDay(t.start) + shift);
      return { id: t.id, start: dateOf(s), end: dateOf(endAfter(cal, s, workLength(cal, toDay(t.start), toDay(t.end)))) };
    });
  const all = prepared ? prepared.reschedule(moved) : reschedule(tasks, links, moved, calendar);
  return { changes: dateChanges(tasks, all), days: shift, held: shift !== days, moved: all };
}

export type LinkResult =
  | { ok: true; changes: Change[]; pushed: number }
  | { ok: false; reason: 'self' | 'duplicate' | 'missing' }
  | { ok: false; reason: 'cycle'; cycle: string[] };

/** After links changed, the successor is pushed (with everything after it) if a link now holds it later. */
function pushSuccessor(tasks: readonly Task[], links: readonly TaskLink[], successorId: string, calendar: WorkCalendar): DateRange[] {
  const succ = tasks.find((t) => t.id === successorId);
  if (!succ) return [];
  const earliest = earliestAllowed(successorId, tasks, links, calendar);
  if (earliest === null || earliest <= succ.start) return [];
  const placed = constrainEdit(successorId, tasks, links, { start: earliest, end: succ.end }, 'move', calendar);
  return reschedule(tasks, links, [placed], calendar);
}

/**
 * A new link from `pred` to `succ`: refused when it links a task to itself, repeats a link or closes a
 * cycle (the cycle is returned, task ids from the new link's predecessor round to it again); else the
 * link's row and the successors it pushes.
 */
export function addLink(
  tasks: readonly Task[],
  links: readonly TaskLink[],
  link: { id: string; predecessor_id: string; successor_id: string; type: LinkType; lag_days: number },
  calendar: WorkCalendar = ALL_DAYS,
): LinkResult {
  if (link.predecessor_id === link.successor_id) return { ok: false, reason: 'self' };
  const ids = new Set(tasks.map((t) => t.id));
  if (!ids.has(link.predecessor_id) || !ids.has(link.successor_id)) return { ok: false, reason: 'missing' };
  if (links.some((l) => l.predecessor_id === link.predecessor_id && l.successor_id === link.successor_id)) return { ok: false, reason: 'duplicate' };
  const cycle = findCycle(links, link);
  if (cycle) return { ok: false, reason: 'cycle', cycle };
  const last = links.reduce<number | null>((m, l) => (m === null || l.sort_order > m ? l.sort_order : m), null);
  const row: Change[] = [
    { entity: 'task_link', id: link.id, field: 'predecessor_id', value: link.predecessor_id },
    { entity: 'task_link', id: link.id, field: 'successor_id', value: link.successor_id },
    { entity: 'task_link', id: link.id, field: 'type', value: link.type },
    { entity: 'task_link', id: link.id, field: 'lag_days', value: link.lag_days },
    { entity: 'task_link', id: link.id, field: 'sort_order', value: between(last, null) },
  ];
  const after = [...links, { ...link, sort_order: 0, deleted: false, clock: '' }];
  const moved = pushSuccessor(tasks, after, link.successor_id, calendar);
  return { ok: true, changes: [...row, ...dateChanges(tasks, moved)], pushed: moved.length };
}

/** A link's type or lag changed: the field and the successors it pushes. */
export function updateLink(
  tasks: readonly Task[],
  links: readonly TaskLink[],
  id: string,
  values: { type?: LinkType; lag_days?: number },
  calendar: WorkCalendar = ALL_DAYS,
): Change[] {
  const link = links.find((l) => l.id === id);
  if (!link) return [];
  const changes: Change[] = [];
  if (values.type !== undefined && values.type !== link.type) changes.push({ entity: 'task_link', id, field: 'type', value: values.type });
  if (values.lag_days !== undefined && values.lag_days !== link.lag_days) changes.push({ entity: 'task_link', id, field: 'lag_days', value: values.lag_days });
  if (!changes.length) return [];
  const after = links.map((l) => (l.id === id ? { ...l, ...values } : l));
  return [...changes, ...dateChanges(tasks, pushSuccessor(tasks, after, link.successor_id, calendar))];
}

export function deleteLink(id: string): Change[] {
  return [{ entity: 'task_link', id, field: 'deleted', value: true }];
}

/** A task and the links to and from it. */
export function deleteTask(links: readonly TaskLink[], id: string): Change[] {
  return [
    ...links.filter((l) => l.predecessor_id === id || l.successor_id === id).map((l) => ({ entity: 'task_link' as const, id: l.id, field: 'deleted', value: true })),
    { entity: 'task', id, field: 'deleted', value: true },
  ];
}

/** Turning a task into a milestone makes it one day (its start); the end may push successors. */
export function setMilestone(tasks: readonly Task[], links: readonly TaskLink[], id: string, on: boolean, calendar: WorkCalendar = ALL_DAYS): Change[] {
  const t = tasks.find((x) => x.id === id);
  if (!t) return [];
  const flag: Change = { entity: 'task', id, field: 'milestone', value: on };
  if (!on || t.start === t.end) return [flag];
  const edit = editDates(tasks, links, id, { start: t.start, end: t.start }, 'end', calendar);
  return [flag, ...edit.changes];
}

/** A new task at the end of a phase's tasks, starting on `start` for five days. */
export function newTask(tasks: readonly Task[], id: string, values: { name: string; phase_id: string | null; start: string; owner_id?: string | null }): Change[] {
  const last = tasks.reduce<number | null>((m, t) => (m === null || t.sort_order > m ? t.sort_order : m), null);
  return [
    { entity: 'task', id, field: 'name', value: values.name },
    { entity: 'task', id, field: 'phase_id', value: values.phase_id },
    { entity: 'task', id, field: 'start', value: values.start },
    { entity: 'task', id, field: 'end', value: addDays(values.start, 4) },
    { entity: 'task', id, field: 'owner_id', value: values.owner_id ?? null },
    { entity: 'task', id, field: 'sort_order', value: between(last, null) },
  ];
}
