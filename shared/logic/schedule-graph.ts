/**
 * The scheduling graph: tasks as whole days (end inclusive, a milestone has start === end) linked
 * FS / SS / FF / SF with a lag (negative = lead), what each link type demands of the task at its other
 * end, and the cycle a new link would close. The passes over it are schedule.ts (the cascade),
 * schedule-limits.ts (the drag clamp) and critical-path.ts.
 *
 * Lags and the lengths of pushed tasks count working days of the plan's calendar (workdays.ts; every
 * day when none is given). A task that ignores the calendar (an always-on activity) counts every day;
 * a link's lag is counted in its successor's calendar.
 */
import type { LinkType } from '../model/enums.ts';
import { toDay } from './dates.ts';
import { ALL_DAYS, endAfter, prevWorkday, startBefore, workLength, type WorkCalendar } from './workdays.ts';

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

export interface Node {
  id: string;
  s: number;
  e: number;
  cal: WorkCalendar;
  /** length in working days of its calendar */
  len: number;
  incoming: ScheduleLink[];
  outgoing: ScheduleLink[];
}

export interface Graph {
  nodes: Map<string, Node>;
  /** every live task once; topological where the links allow, tasks caught in a cycle last */
  order: Node[];
}

/** The calendar a task counts its days in. */
export const calendarOf = (t: Pick<ScheduledTask, 'ignore_calendar'>, calendar: WorkCalendar): WorkCalendar =>
  t.ignore_calendar ? ALL_DAYS : calendar;

export function buildGraph(tasks: readonly ScheduledTask[], links: readonly ScheduleLink[], calendar: WorkCalendar): Graph {
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
export function earliestEnd(type: 'FF' | 'SF', lag: number, predStart: number, predEnd: number, cal: WorkCalendar): number {
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
export function latestEnd(
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
export function demandedStart(n: Node, nodes: Map<string, Node>, startOf = (m: Node) => m.s, endOf = (m: Node) => m.e): number {
  let req = -Infinity;
  for (const l of n.incoming) {
    const p = nodes.get(l.predecessor_id)!;
    req = Math.max(req, requiredStart(l.type, l.lag_days, startOf(p), endOf(p), n.cal, n.len));
  }
  return req;
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
