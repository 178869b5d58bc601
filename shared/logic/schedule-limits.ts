/**
 * The drag clamp of the Gantt board: where a moved or resized task may go with its predecessors
 * where they are, and how far a phase moved whole may shift.
 */
import { fromDay, toDay } from './dates.ts';
import { ALL_DAYS, endAfter, nextWorkday, prevWorkday, startBefore, workLength, type WorkCalendar } from './workdays.ts';
import { buildGraph, calendarOf, demandedStart, earliestEnd, type DateRange, type ScheduledTask, type ScheduleLink } from './schedule-graph.ts';

/**
 * The earliest start the task's incoming links allow with every other task where it is now (the
 * Timeline clamps a drag to it), or null when nothing constrains it.
 */
export function earliestAllowed(
  taskId: string,
  tasks: readonly ScheduledTask[],
  links: readonly ScheduleLink[],
  calendar: WorkCalendar = ALL_DAYS,
): string | null {
  const { nodes } = buildGraph(tasks, links, calendar);
  const n = nodes.get(taskId);
  if (!n || n.incoming.length === 0) return null;
  return fromDay(demandedStart(n, nodes));
}

/** How the user changed a task on the board: moved it whole, or dragged its start or its end. */
export type EditKind = 'move' | 'start' | 'end';

interface Bounds {
  /** earliest start the FS and SS links allow */
  start: number;
  /** earliest end the FF and SF links allow */
  end: number;
}

/**
 * Per task, the bounds its incoming links put on its start (FS, SS) and on its end (FF, SF), with
 * every predecessor where it is now. Links from tasks in `skip` are left out.
 */
function incomingBounds(
  wanted: ReadonlySet<string>,
  tasks: readonly ScheduledTask[],
  links: readonly ScheduleLink[],
  calendar: WorkCalendar,
  skip?: ReadonlySet<string>,
): Map<string, Bounds> {
  const byId = new Map<string, ScheduledTask>();
  for (const t of tasks) if (!t.deleted) byId.set(t.id, t);
  const out = new Map<string, Bounds>();
  for (const l of links) {
    if (l.deleted || !wanted.has(l.successor_id) || skip?.has(l.predecessor_id)) continue;
    const p = byId.get(l.predecessor_id);
    const succ = byId.get(l.successor_id);
    if (!p || !succ) continue;
    const cal = calendarOf(succ, calendar);
    let b = out.get(l.successor_id);
    if (!b) out.set(l.successor_id, (b = { start: -Infinity, end: -Infinity }));
    const ps = toDay(p.start);
    const pe = toDay(p.end);
    if (l.type === 'FS') b.start = Math.max(b.start, cal.day(cal.index(pe + 1) + l.lag_days));
    else if (l.type === 'SS') b.start = Math.max(b.start, cal.day(cal.index(ps) + l.lag_days));
    else b.end = Math.max(b.end, earliestEnd(l.type, l.lag_days, ps, pe, cal));
  }
  return out;
}

const NO_BOUNDS: Bounds = { start: -Infinity, end: -Infinity };

/** Earliest start of a task of `len` working days under the bounds. */
const earliestStart = (b: Bounds, cal: WorkCalendar, len: number) =>
  Math.max(b.start, b.end === -Infinity ? -Infinity : startBefore(cal, b.end, len));

/**
 * Holds a move or resize where the task's incoming links and its calendar allow it (its predecessors
 * stay where they are): a move keeps the task's length in working days, starts on a working day and
 * no earlier than every link allows; a dragged start moves to a working day at or after what the FS
 * and SS links demand; a dragged end moves back to a working day, at or after what FF and SF links
 * demand. A start is never after the end. Returns the dates to write (equal to `wanted` when nothing
 * objects).
 */
export function constrainEdit(
  taskId: string,
  tasks: readonly ScheduledTask[],
  links: readonly ScheduleLink[],
  wanted: { start: string; end: string },
  kind: EditKind,
  calendar: WorkCalendar = ALL_DAYS,
): DateRange {
  let s = toDay(wanted.start);
  let e = toDay(wanted.end);
  if (e < s) {
    if (kind === 'start') s = e;
    else e = s;
  }
  const task = tasks.find((t) => t.id === taskId && !t.deleted);
  const cal = task ? calendarOf(task, calendar) : calendar;
  const bounds = incomingBounds(new Set([taskId]), tasks, links, calendar).get(taskId) ?? NO_BOUNDS;
  if (kind === 'move') {
    // The length the task had, not the one the dragged span happens to cover on its new days.
    const len = task ? workLength(cal, toDay(task.start), toDay(task.end)) : workLength(cal, s, e);
    s = Math.max(nextWorkday(cal, s), earliestStart(bounds, cal, len));
    e = endAfter(cal, s, len);
  } else if (kind === 'start') {
    s = Math.max(nextWorkday(cal, s), bounds.start);
    if (e < s) e = s;
  } else {
    e = Math.max(prevWorkday(cal, e), bounds.end, s);
  }
  return { id: taskId, start: fromDay(s), end: fromDay(e) };
}

/**
 * The shift in days to apply when a group of tasks (a phase) is moved together by `wanted` days: no
 * task of the group may start earlier than the links from outside the group allow (links inside the
 * group move with it and stay as they were).
 */
export function limitGroupShift(
  ids: ReadonlySet<string>,
  tasks: readonly ScheduledTask[],
  links: readonly ScheduleLink[],
  wanted: number,
  calendar: WorkCalendar = ALL_DAYS,
): number {
  let shift = wanted;
  const all = incomingBounds(ids, tasks, links, calendar, ids);
  for (const t of tasks) {
    if (t.deleted || !ids.has(t.id)) continue;
    const bounds = all.get(t.id);
    if (!bounds) continue;
    const cal = calendarOf(t, calendar);
    const s = toDay(t.start);
    const min = earliestStart(bounds, cal, workLength(cal, s, toDay(t.end)));
    if (s + shift < min) shift = min - s;
  }
  return shift;
}
