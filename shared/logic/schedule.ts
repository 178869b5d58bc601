/**
 * The cascade of the Gantt board: a task moved pushes later every task its links now forbid where it
 * is. frappe-gantt only draws; the cascade (here), the drag clamp (schedule-limits.ts), cycle refusal
 * (schedule-graph.ts) and the critical path (critical-path.ts) are all decided in shared/logic.
 *
 * Every pass works on integer day numbers, visits tasks in topological order and touches each link a
 * constant number of times, so thousands of tasks and links stay linear.
 */
import { fromDay, toDay } from './dates.ts';
import { ALL_DAYS, endAfter, workLength, type WorkCalendar } from './workdays.ts';
import { buildGraph, demandedStart, type DateRange, type Node, type ScheduledTask, type ScheduleLink } from './schedule-graph.ts';

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
