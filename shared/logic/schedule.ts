/**
 * Scheduling of the Gantt board: tasks are whole days (end inclusive, a milestone has start === end)
 * linked FS / SS / FF / SF with a lag in days (negative = lead). frappe-gantt only draws; the cascade,
 * the drag clamp, cycle refusal and the critical path are all decided here.
 *
 * Every pass works on integer day numbers, visits tasks in topological order and touches each link a
 * constant number of times, so thousands of tasks and links stay linear.
 */
import type { LinkType } from '../model/enums.ts';
import { fromDay, toDay } from './dates.ts';

/** What scheduling needs of a task (a Task row fits). */
export interface ScheduledTask {
  id: string;
  start: string;
  end: string;
  deleted?: boolean;
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
  incoming: ScheduleLink[];
  outgoing: ScheduleLink[];
}

interface Graph {
  nodes: Map<string, Node>;
  /** every live task once; topological where the links allow, tasks caught in a cycle last */
  order: Node[];
}

function buildGraph(tasks: readonly ScheduledTask[], links: readonly ScheduleLink[]): Graph {
  const nodes = new Map<string, Node>();
  for (const t of tasks) {
    if (t.deleted) continue;
    nodes.set(t.id, { id: t.id, s: toDay(t.start), e: toDay(t.end), incoming: [], outgoing: [] });
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

/** The earliest start day a link allows its successor, given the predecessor's days and the successor's length. */
function requiredStart(type: LinkType, lag: number, predStart: number, predEnd: number, succLength: number): number {
  switch (type) {
    case 'FS':
      return predEnd + 1 + lag;
    case 'SS':
      return predStart + lag;
    case 'FF':
      return predEnd + lag - succLength;
    case 'SF':
      return predStart + lag - succLength;
  }
}

/** The latest end day a link allows its predecessor, given the successor's latest days and the predecessor's length. */
function latestEnd(type: LinkType, lag: number, succStart: number, succEnd: number, predLength: number): number {
  switch (type) {
    case 'FS':
      return succStart - 1 - lag;
    case 'SS':
      return succStart - lag + predLength;
    case 'FF':
      return succEnd - lag;
    case 'SF':
      return succEnd - lag + predLength;
  }
}

/** Largest start the incoming links demand of node n, or -Infinity without incoming links. */
function demandedStart(n: Node, nodes: Map<string, Node>, startOf = (m: Node) => m.s, endOf = (m: Node) => m.e): number {
  let req = -Infinity;
  const length = n.e - n.s;
  for (const l of n.incoming) {
    const p = nodes.get(l.predecessor_id)!;
    req = Math.max(req, requiredStart(l.type, l.lag_days, startOf(p), endOf(p), length));
  }
  return req;
}

/**
 * Applies the moves, then pushes later every task that a link now forbids where it is, transitively,
 * keeping each pushed task's length. Nothing is ever pulled earlier and the moved tasks stay exactly
 * where they were put. Returns the tasks whose dates changed (moved ones included), in input order.
 */
export function reschedule(tasks: readonly ScheduledTask[], links: readonly ScheduleLink[], moved: readonly DateRange[]): DateRange[] {
  return prepareSchedule(tasks, links).reschedule(moved);
}

export interface PreparedSchedule {
  /** as `reschedule` for these tasks and links */
  reschedule(moved: readonly DateRange[]): DateRange[];
}

/**
 * The scheduling graph of one state of the plan, built once, for trying many moves against it (the
 * preview of a drag asks on every frame). Each call starts from the tasks as they were given.
 */
export function prepareSchedule(tasks: readonly ScheduledTask[], links: readonly ScheduleLink[]): PreparedSchedule {
  const { nodes, order } = buildGraph(tasks, links);
  const original = new Map<string, [number, number]>();
  for (const n of nodes.values()) original.set(n.id, [n.s, n.e]);
  const position = new Map<string, number>();
  tasks.forEach((t, i) => {
    if (!position.has(t.id)) position.set(t.id, i);
  });
  let dirty: Node[] = [];

  return {
    reschedule(moved) {
      for (const n of dirty) {
        const [s, e] = original.get(n.id)!;
        n.s = s;
        n.e = e;
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
          n.e += req - n.s;
          n.s = req;
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
export function earliestAllowed(taskId: string, tasks: readonly ScheduledTask[], links: readonly ScheduleLink[]): string | null {
  const { nodes } = buildGraph(tasks, links);
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
 * Total float in days per task: how many days it can slip (pushing its successors as reschedule does)
 * before the plan's last day moves. The dates on the board act as "start no earlier than": a task with
 * room before its own start is not made critical by a predecessor that could finish earlier.
 */
export function totalFloat(tasks: readonly ScheduledTask[], links: readonly ScheduleLink[]): Map<string, number> {
  const { nodes, order } = buildGraph(tasks, links);
  const es = new Map<string, number>();
  const ef = new Map<string, number>();
  const startOf = (m: Node) => es.get(m.id) ?? m.s;
  const endOf = (m: Node) => ef.get(m.id) ?? m.e;
  let finish = -Infinity;
  for (const n of order) {
    const start = Math.max(n.s, demandedStart(n, nodes, startOf, endOf));
    es.set(n.id, start);
    ef.set(n.id, start + (n.e - n.s));
    finish = Math.max(finish, start + (n.e - n.s));
  }

  const lf = new Map<string, number>();
  const floats = new Map<string, number>();
  for (let i = order.length - 1; i >= 0; i--) {
    const n = order[i]!;
    const length = n.e - n.s;
    let latest = finish;
    for (const l of n.outgoing) {
      const succ = nodes.get(l.successor_id)!;
      const succLf = lf.get(succ.id);
      // A successor not yet visited sits on a cycle: it cannot bound this task.
      if (succLf === undefined) continue;
      const succLs = succLf - (succ.e - succ.s);
      latest = Math.min(latest, latestEnd(l.type, l.lag_days, succLs, succLf, length));
    }
    lf.set(n.id, latest);
    floats.set(n.id, latest - ef.get(n.id)!);
  }
  return floats;
}

/** Ids of the tasks with no float: a day's slip on any of them moves the plan's last day. */
export function criticalPath(tasks: readonly ScheduledTask[], links: readonly ScheduleLink[]): Set<string> {
  const critical = new Set<string>();
  for (const [id, float] of totalFloat(tasks, links)) if (float <= 0) critical.add(id);
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
  skip?: ReadonlySet<string>,
): Map<string, Bounds> {
  const byId = new Map<string, ScheduledTask>();
  for (const t of tasks) if (!t.deleted) byId.set(t.id, t);
  const out = new Map<string, Bounds>();
  for (const l of links) {
    if (l.deleted || !wanted.has(l.successor_id) || skip?.has(l.predecessor_id)) continue;
    const p = byId.get(l.predecessor_id);
    if (!p || !byId.has(l.successor_id)) continue;
    let b = out.get(l.successor_id);
    if (!b) out.set(l.successor_id, (b = { start: -Infinity, end: -Infinity }));
    const ps = toDay(p.start);
    const pe = toDay(p.end);
    if (l.type === 'FS') b.start = Math.max(b.start, pe + 1 + l.lag_days);
    else if (l.type === 'SS') b.start = Math.max(b.start, ps + l.lag_days);
    else if (l.type === 'FF') b.end = Math.max(b.end, pe + l.lag_days);
    else b.end = Math.max(b.end, ps + l.lag_days);
  }
  return out;
}

const NO_BOUNDS: Bounds = { start: -Infinity, end: -Infinity };

/**
 * Holds a move or resize where the task's incoming links allow it (its predecessors stay where they
 * are): a move keeps the length and starts no earlier than every link allows; a dragged start stays at
 * or after what the FS and SS links demand; a dragged end stays at or after what FF and SF links demand.
 * A start is never after the end. Returns the dates to write (equal to `wanted` when nothing objects).
 */
export function constrainEdit(
  taskId: string,
  tasks: readonly ScheduledTask[],
  links: readonly ScheduleLink[],
  wanted: { start: string; end: string },
  kind: EditKind,
): DateRange {
  let s = toDay(wanted.start);
  let e = toDay(wanted.end);
  if (e < s) {
    if (kind === 'start') s = e;
    else e = s;
  }
  const bounds = incomingBounds(new Set([taskId]), tasks, links).get(taskId) ?? NO_BOUNDS;
  if (kind === 'move') {
    const min = Math.max(bounds.start, bounds.end - (e - s));
    if (s < min) {
      e += min - s;
      s = min;
    }
  } else if (kind === 'start') {
    if (s < bounds.start) s = bounds.start;
    if (e < s) e = s;
  } else {
    e = Math.max(e, bounds.end, s);
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
): number {
  let shift = wanted;
  const all = incomingBounds(ids, tasks, links, ids);
  for (const t of tasks) {
    if (t.deleted || !ids.has(t.id)) continue;
    const bounds = all.get(t.id);
    if (!bounds) continue;
    const s = toDay(t.start);
    const min = Math.max(bounds.start, bounds.end - (toDay(t.end) - s));
    if (s + shift < min) shift = min - s;
  }
  return shift;
}
