/**
 * The board's geometry that depends on its rows: where a row's bar is, which arrows cross the drawn
 * rows, the outline of a drag preview, and which rows the list puts in the DOM. Pure, so the board's
 * hooks stay thin and these rules are unit-tested in node (test/unit/timeline/board-geometry.test.ts).
 */
import type { TaskLink } from '../../../shared/model/registry.ts';
import { arrowPath, barBox, ROW_H, xOf, type BarBox, type BoardRow, type Canvas } from './model.ts';

export interface DrawnRange {
  first: number;
  last: number;
}

/** Dates that replace a task's own while it is dragged or previewed. */
export type DateOverride = ReadonlyMap<string, { start: string; end: string }>;

/** The box of the bar a row shows: a phase's summary, or a task's bar (at the dates it is previewed at). */
export function rowBox(rows: readonly BoardRow[], index: number, c: Canvas, override?: DateOverride): BarBox | null {
  const r = rows[index];
  if (!r) return null;
  if (r.kind === 'phase') {
    if (r.start === null || r.end === null) return null;
    return { x1: xOf(c, r.start), x2: xOf(c, r.end + 1), y: index * ROW_H + ROW_H / 2 };
  }
  const dates = override?.get(r.task.id) ?? r.task;
  return barBox(c, dates.start, dates.end, r.task.milestone, index);
}

/** Task id → the links to and from it. */
export function linksByTask(links: readonly TaskLink[]): Map<string, TaskLink[]> {
  const m = new Map<string, TaskLink[]>();
  for (const l of links) {
    for (const id of [l.predecessor_id, l.successor_id]) {
      const list = m.get(id);
      if (list) list.push(l);
      else m.set(id, [l]);
    }
  }
  return m;
}

export interface Arrow {
  id: string;
  d: string;
  critical: boolean;
  from: string;
  to: string;
}

/** The arrows of the links with a row in the drawn range (a link whose rows are both out of it is not drawn). */
export function visibleArrows(
  links: readonly TaskLink[],
  rowOf: ReadonlyMap<string, number>,
  rows: readonly BoardRow[],
  range: DrawnRange,
  c: Canvas,
  critical: ReadonlySet<string> | null,
): Arrow[] {
  const out: Arrow[] = [];
  for (const l of links) {
    const a = rowOf.get(l.predecessor_id);
    const b = rowOf.get(l.successor_id);
    if (a === undefined || b === undefined || a === b) continue;
    if (Math.max(a, b) < range.first || Math.min(a, b) >= range.last) continue;
    const from = rowBox(rows, a, c);
    const to = rowBox(rows, b, c);
    if (!from || !to) continue;
    const crit = Boolean(critical?.has(l.predecessor_id) && critical.has(l.successor_id));
    out.push({ id: l.id, d: arrowPath(l.type, from, to), critical: crit, from: l.predecessor_id, to: l.successor_id });
  }
  return out;
}

/** A link's arrow with some tasks at previewed dates, or null when one end has no bar. */
export function arrowWith(link: TaskLink, rowOf: ReadonlyMap<string, number>, rows: readonly BoardRow[], c: Canvas, override: DateOverride): string | null {
  const a = rowOf.get(link.predecessor_id);
  const b = rowOf.get(link.successor_id);
  if (a === undefined || b === undefined) return null;
  const from = rowBox(rows, a, c, override);
  const to = rowBox(rows, b, c, override);
  return from && to ? arrowPath(link.type, from, to) : null;
}

/** The dashed outline of a task at previewed dates, as SVG markup (numbers only: nothing from the plan). */
export function ghostRect(c: Canvas, row: number, start: string, end: string, milestone: boolean, late = false): string {
  const b = barBox(c, start, end, milestone, row);
  return `<rect class="tl-ghost${late ? ' tl-ghost-late' : ''}" x="${b.x1}" y="${row * ROW_H + 6}" width="${Math.max(4, b.x2 - b.x1)}" height="${ROW_H - 12}" rx="4"/>`;
}

/** Rows the list puts in the DOM: the drawn range, plus the focused row so that Tab always finds the tree. */
export function listRowIndexes(range: DrawnRange, rows: readonly BoardRow[], rowOf: ReadonlyMap<string, number>, current: string | null): number[] {
  const out: number[] = [];
  for (let i = range.first; i < range.last; i++) out.push(i);
  const at = current ? (rowOf.get(current) ?? -1) : -1;
  if (at >= 0 && (at < range.first || at >= range.last) && rows[at]?.key === current) out.push(at);
  return out;
}

/** The drawn range, never past the rows' end (they may have shrunk since it was measured: a phase folded). */
export function clampRange(range: DrawnRange, count: number): DrawnRange {
  const last = Math.min(range.last, count);
  return { first: Math.min(range.first, last), last };
}
