/**
 * The critical path of the Gantt board: total float per task, and the tasks without any.
 */
import { ALL_DAYS, endAfter, prevWorkday, startBefore, type WorkCalendar } from './workdays.ts';
import { buildGraph, demandedStart, latestEnd, type Node, type ScheduledTask, type ScheduleLink } from './schedule-graph.ts';

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
