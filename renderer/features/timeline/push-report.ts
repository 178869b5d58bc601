/**
 * What a move did to the rest of the plan, counted by phase: a phase dragged a week can push tasks in
 * phases the user is not looking at, and past the campaign's last day. The drag preview, the message
 * after the drop and the keyboard moves all say it from this one count.
 * Pure (test/unit/timeline/push-report.test.ts).
 */
import { toDay } from '../../../shared/logic/dates.ts';
import type { DateRange } from '../../../shared/logic/schedule-graph.ts';

export interface MoveReport {
  /** tasks moved per group (phase key), in the board's order of the phases */
  groups: { key: string; count: number }[];
  /** tasks moved in all */
  total: number;
  /** moved tasks that now end after the plan's last day, in the order given */
  late: string[];
}

/**
 * Counts the moved tasks by their group. `leave` (the task the user dragged) is not counted as moved
 * but is checked against the plan's end like the others.
 */
export function moveReport(
  moved: readonly DateRange[],
  groupOf: ReadonlyMap<string, string>,
  groupOrder: readonly string[],
  planEnd: number | null,
  leave?: string,
): MoveReport {
  const counts = new Map<string, number>();
  const late: string[] = [];
  let total = 0;
  for (const m of moved) {
    if (planEnd !== null && toDay(m.end) > planEnd) late.push(m.id);
    if (m.id === leave) continue;
    const g = groupOf.get(m.id);
    if (g === undefined) continue;
    counts.set(g, (counts.get(g) ?? 0) + 1);
    total++;
  }
  const rank = new Map(groupOrder.map((k, i) => [k, i]));
  const groups = [...counts].map(([key, count]) => ({ key, count })).sort((a, b) => (rank.get(a.key) ?? Infinity) - (rank.get(b.key) ?? Infinity));
  return { groups, total, late };
}

/** The moved tasks of field-level changes: every task with a changed start or end, at its new dates. */
export function movedOf(changes: readonly { entity: string; id: string; field: string; value: unknown }[], dates: ReadonlyMap<string, { start: string; end: string }>): DateRange[] {
  const out = new Map<string, DateRange>();
  for (const c of changes) {
    if (c.entity !== 'task' || (c.field !== 'start' && c.field !== 'end')) continue;
    const before = dates.get(c.id);
    if (!before) continue;
    const m = out.get(c.id) ?? { id: c.id, start: before.start, end: before.end };
    if (c.field === 'start') m.start = String(c.value);
    else m.end = String(c.value);
    out.set(c.id, m);
  }
  return [...out.values()];
}

/**
 * "3 tasks in “Launch” and 2 tasks in “Wrap-up”": the groups as one list in the language's own way of
 * joining (Intl.ListFormat), or '' when nothing moved.
 */
export function movedList(report: MoveReport, part: (count: number, group: string) => string, lang: string): string {
  if (!report.groups.length) return '';
  const parts = report.groups.map((g) => part(g.count, g.key));
  return new Intl.ListFormat(lang, { type: 'conjunction', style: 'long' }).format(parts);
}
