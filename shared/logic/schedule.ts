/**
 * Scheduling of the Gantt board: tasks are whole days (end inclusive, a milestone has start === end)
 * linked FS / SS / FF / SF with a lag (negative = lead). frappe-gantt only draws; the cascade,
 * the drag clamp, cycle refusal and the critical path are all decided here.
 *
 * Lags and the lengths of pushed tasks count working days of the plan's calendar (workdays.ts; every
 * day when none is given). A task that ignores the calendar (an always-on activity) counts every day;
 * a link's lag is counted in its successor's calendar.
 *
 * Every pass works on integer day numbers, visits tasks in topological order and touches each link a
 * constant number of times, so thousands of tasks and links stay linear.
 */
import type { LinkType } from '../model/enums.ts';
import { fromDay, toDay } from './dates.ts';
import { ALL_DAYS, endAfter, nextWorkday, prevWorkday, startBefore, workLength, type WorkCalendar } from './workdays.ts';

/** What scheduling needs of a task (a Task row fits). */
export interface ScheduledTask {
  id: string;
  start: string;
  end: string;
  deleted?: boolean;
  /** counts every day, weekends and holidays included */
  ignore_calendar?: boolean | null;
}

/** What scheduling needs of a dependency (a TaskLink row fits). */
export interface ScheduleLink {
  predecessor_id: string;
  successor_id: string;
  type: LinkType;
  lag_days: number;
  deleted?: boolean;
}

export interface DateRange {
  id: string;
  start: string;
  end: string;
}

interface Node {
  id: string;
  s: number;
  e: number;
  cal: WorkCalendar;
  /** length in working days of its calendar */
  len: number;
  incoming: ScheduleLink[];
  outgoing: ScheduleLink[];
}

interface Graph {
  nodes: Map<string, Node>;
  /** every live task once; topological where the links allow, tasks caught in a cycle last */
  order: Node[];
}

/** The calendar a task counts its days in. */
export const calendarOf = (t: Pick<ScheduledTask, 'ignore_calendar'>, calendar: WorkCalendar): WorkCalendar =>
  t.ignore_calendar ? ALL_DAYS : calendar;

function buildGraph(tasks: readonly ScheduledTask[], links: readonly ScheduleLink[], calendar: WorkCalendar): Graph {
  const nodes = new Map<string, Node>();
  for (const t of tasks) {
    if (t.deleted) continue;
    const cal = calendarOf(t, calendar);
    const s = toDay(t.start);
    const e = toDay(t.end);
    nodes.set(t.id, { id: t.id, s, e, cal, len: workLength(cal, s, e), incoming: [], outgoing: [] });
  }
  for (const l of links) {
    if (l.deleted) continue;
    const p = nodes.get(l.predecessor_id);
    const s = nodes.get(l.successor_id);
    // A link to a task that is gone constrains nothing.
    if (!p || !s) continue;
    p.outgoing.push(l);
    s.incoming.push(l);
  }
  return { nodes, order: topologicalOrder(nodes) };
}

/** Kahn's algorithm; tasks that sit on (or behind) a cycle are appended in input order so each is still visited once. */
function topologicalOrder(nodes: Map<string, Node>): Node[] {
  const indegree = new Map<string, number>();
  for (const n of nodes.values()) indegree.set(n.id, n.incoming.length);
  const queue: Node[] = [];
  for (const n of nodes.values()) if (n.incoming.length === 0) queue.push(n);
  const order: Node[] = [];
  const placed = new Set<string>();
  for (let i = 0; i < queue.length; i++) {
    const n = queue[i]!;
    order.push(n);
    placed.add(n.id);
    for (const l of n.outgoing) {
      const left = indegree.get(l.successor_id)! - 1;
      indegree.set(l.successor_id, left);
      if (left === 0) queue.push(nodes.get(l.successor_id)!);
    }
  }
  if (order.length < nodes.size) for (const n of nodes.values()) if (!placed.has(n.id)) order.push(n);
  return order;
}

/** The earliest end day an FF or SF link allows its successor: a working day of its calendar, never before the predecessor's day. */
function earliestEnd(type: 'FF' | 'SF', lag: number, predStart: number, predEnd: number, cal: WorkCalendar): number {
  return cal.day(cal.index(type === 'FF' ? predEnd : predStart) + lag);
}

/** The earliest start day a link allows its successor (a working day of its calendar), given the predecessor's days. */
function requiredStart(type: LinkType, lag: number, predStart: number, predEnd: number, cal: WorkCalendar, succLength: number): number {
  switch (type) {
    case 'FS':
      return cal.day(cal.index(predEnd + 1) + lag);
    case 'SS':
      return cal.day(cal.index(predStart) + lag);
    case 'FF':
      return startBefore(cal, earliestEnd(type, lag, predStart, predEnd, cal), succLength);
    case 'SF':
      return startBefore(cal, earliestEnd(type, lag, predStart, predEnd, cal), succLength);
  }
}

/**
 * The latest end day a link allows its predecessor (a working day of predCal), given the successor's
 * latest days; the inverse of requiredStart.
 */
function latestEnd(
  type: LinkType,
  lag: number,
  succStart: number,
  succEnd: number,
  succCal: WorkCalendar,
  predCal: WorkCalendar,
  predLength: number,
): number {
  switch (type) {
    case 'FS':
      return prevWorkday(predCal, succCal.day(succCal.index(succStart) - lag) - 1);
    case 'SS':
      return endAfter(predCal, prevWorkday(predCal, succCal.day(succCal.index(succStart) - lag)), predLength);
    case 'FF':
      return prevWorkday(predCal, succCal.day(succCal.index(succEnd) - lag));
    case 'SF':
      return endAfter(predCal, prevWorkday(predCal, succCal.day(succCal.index(succEnd) - lag)), predLength);
  }
}

/** Largest start the incoming links demand of node n, or -Infinity without incoming links. */
function demandedStart(n: Node, nodes: Map<string, Node>, startOf = (m: Node) => m.s, endOf = (m: Node) => m.e): number {
  let req = -Infinity;
  for (const l of n.incoming) {
    const p = nodes.get(l.predecessor_id)!;
    req = Math.max(req, requiredStart(l.type, l.lag_days, startOf(p), endOf(p), n.cal, n.len));
  }
  return req;
}

/**
 * Applies the moves, then pushes later every task that a link now forbids where it is, transitively,
 * keeping each pushed task's length in working days. Nothing is ever pulled earlier and the moved tasks stay exactly
 * where they were put. Returns the tasks whose dates changed (moved ones included), in input order.
 */
export function reschedule(
  tasks: readonly ScheduledTask[],
  links: readonly ScheduleLink[],
  moved: readonly DateRange[],
  calendar: WorkCalendar = ALL_DAYS,
): DateRange[] {
  return prepareSchedule(tasks, links, calendar).reschedule(moved);
}

export interface PreparedSchedule {
  /** as `reschedule` for these tasks and links */
  reschedule(moved: readonly DateRange[]): DateRange[];
}

/**
 * The scheduling graph of one state of the plan, built once, for trying many moves against it (the
 * preview of a drag asks on every frame). Each call starts from the tasks as they were given.
 */
export function prepareSchedule(
  tasks: readonly ScheduledTask[],
  links: readonly ScheduleLink[],
  calendar: WorkCalendar = ALL_DAYS,
): PreparedSchedule {
  const { nodes, order } = buildGraph(tasks, links, calendar);
  const original = new Map<string, [number, number, number]>();
  for (const n of nodes.values()) original.set(n.id, [n.s, n.e, n.len]);
  const position = new Map<string, number>();
  tasks.forEach((t, i) => {
    if (!position.has(t.id)) position.set(t.id, i);
  });
  let dirty: Node[] = [];

  return {
    reschedule(moved) {
      for (const n of dirty) {
        const [s, e, len] = original.get(n.id)!;
        n.s = s;
        n.e = e;
        n.len = len;
      }
      dirty = [];
      const fixed = new Set<string>();
      for (const m of moved) {
        const n = nodes.get(m.id);
        if (!n) continue;
        const s = toDay(m.start);
        const e = toDay(m.end);
        if (e < s) throw new RangeError(`task ${m.id} would end before it starts`);
        n.s = s;
        n.e = e;
        n.len = workLength(n.cal, s, e);
        dirty.push(n);
        fixed.add(n.id);
      }

      // Only tasks downstream of a move are reconsidered: an old conflict elsewhere is not ours to fix silently.
      const touched = new Set<string>(fixed);
      for (const n of order) {
        if (fixed.has(n.id)) continue;
        if (!n.incoming.some((l) => touched.has(l.predecessor_id))) continue;
        const req = demandedStart(n, nodes);
        if (req > n.s) {
          n.s = req;
          n.e = endAfter(n.cal, req, n.len);
          touched.add(n.id);
          dirty.push(n);
        }
      }

      const changed: DateRange[] = [];
      const ids = [...touched].sort((a, b) => (position.get(a) ?? 0) - (position.get(b) ?? 0));
      for (const id of ids) {
        const n = nodes.get(id)!;
        const [s, e] = original.get(id)!;
        if (n.s !== s || n.e !== e) changed.push({ id, start: fromDay(n.s), end: fromDay(n.e) });
      }
      return changed;
    },
  };
}

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

/**
 * The cycle the new link would close, as task ids along the links from its predecessor back to it
 * (first === last), or null when the link is safe. A task linked to itself gives [id, id].
 */
export function findCycle(
  links: readonly Pick<ScheduleLink, 'predecessor_id' | 'successor_id' | 'deleted'>[],
  newLink: Pick<ScheduleLink, 'predecessor_id' | 'successor_id'>,
): string[] | null {
  const from = newLink.successor_id;
  const to = newLink.predecessor_id;
  if (from === to) return [to, to];
  const next = new Map<string, string[]>();
  for (const l of links) {
    if (l.deleted) continue;
    const list = next.get(l.predecessor_id);
    if (list) list.push(l.successor_id);
    else next.set(l.predecessor_id, [l.successor_id]);
  }
  // Breadth first, so the cycle shown to the user is a shortest one.
  const cameFrom = new Map<string, string>([[from, from]]);
  const queue = [from];
  for (let i = 0; i < queue.length; i++) {
    const id = queue[i]!;
    for (const succ of next.get(id) ?? []) {
      if (cameFrom.has(succ)) continue;
      cameFrom.set(succ, id);
      if (succ === to) {
        const path = [to];
        for (let at = to; at !== from; ) {
          at = cameFrom.get(at)!;
          path.push(at);
        }
        path.push(to);
        return path.reverse();
      }
      queue.push(succ);
    }
  }
  return null;
}

/**
 * Total float per task, in working days of its calendar: how many it can slip (pushing its successors
 * as reschedule does) before the plan's last day moves. The dates on the board act as "start no
 * earlier than": a task with room before its own start is not made critical by a predecessor that
 * could finish earlier.
 */
export function totalFloat(tasks: readonly ScheduledTask[], links: readonly ScheduleLink[], calendar: WorkCalendar = ALL_DAYS): Map<string, number> {
  const { nodes, order } = buildGraph(tasks, links, calendar);
  const es = new Map<string, number>();
  const ef = new Map<string, number>();
  const startOf = (m: Node) => es.get(m.id) ?? m.s;
  const endOf = (m: Node) => ef.get(m.id) ?? m.e;
  let finish = -Infinity;
  for (const n of order) {
    const demanded = demandedStart(n, nodes, startOf, endOf);
    const start = demanded > n.s ? demanded : n.s;
    const end = demanded > n.s ? endAfter(n.cal, start, n.len) : n.e;
    es.set(n.id, start);
    ef.set(n.id, end);
    finish = Math.max(finish, end);
  }

  const lf = new Map<string, number>();
  const floats = new Map<string, number>();
  for (let i = order.length - 1; i >= 0; i--) {
    const n = order[i]!;
    let latest = prevWorkday(n.cal, finish);
    for (const l of n.outgoing) {
      const succ = nodes.get(l.successor_id)!;
      const succLf = lf.get(succ.id);
      // A successor not yet visited sits on a cycle: it cannot bound this task.
      if (succLf === undefined) continue;
      const succLs = startBefore(succ.cal, succLf, succ.len);
      latest = Math.min(latest, latestEnd(l.type, l.lag_days, succLs, succLf, succ.cal, n.cal, n.len));
    }
    lf.set(n.id, latest);
    floats.set(n.id, n.cal.index(latest) - n.cal.index(prevWorkday(n.cal, ef.get(n.id)!)));
  }
  return floats;
}

/** Ids of the tasks with no float: a day's slip on any of them moves the plan's last day. */
export function criticalPath(tasks: readonly ScheduledTask[], links: readonly ScheduleLink[], calendar: WorkCalendar = ALL_DAYS): Set<string> {
  const critical = new Set<string>();
  for (const [id, float] of totalFloat(tasks, links, calendar)) if (float <= 0) critical.add(id);
  return critical;
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
