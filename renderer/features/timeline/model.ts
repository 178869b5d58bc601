/**
 * The Timeline's pure parts: the rows of the board (phases and their tasks), the key-date warnings and
 * lanes, and the shape of the link arrows (the time axis is in time-scale.ts). No DOM and no React,
 * so every rule here is unit-tested in node (test/unit/timeline).
 */
import { fromDay, toDay } from '../../../shared/logic/dates.ts';
import type { LinkType } from '../../../shared/model/enums.ts';
import type { KeyDate, Phase, Task } from '../../../shared/model/registry.ts';
import { xOf, type Canvas } from './time-scale.ts';

// the time axis lives in time-scale.ts; the views and tests reach it through this module too
export * from './time-scale.ts';

/** Height of one board row and of a bar in it, in pixels. */
export const ROW_H = 30;
export const BAR_H = 18;
/** Rows drawn beyond the visible ones, and the block size the drawn range snaps to (fewer redraws). */
export const OVERSCAN = 12;
export const BLOCK = 16;

/** The key of the group for tasks without a (live) phase. */
export const NO_PHASE = '__no_phase';
const NO_PHASE_COLOR = '#7a8594';

export interface PhaseRow {
  kind: 'phase';
  key: string;
  phase: Phase | null;
  tasks: Task[];
  color: string;
  /** first and last day of its tasks (day numbers), null without tasks */
  start: number | null;
  end: number | null;
  /** progress weighted by task length, 0-100 */
  progress: number;
  collapsed: boolean;
}

export interface TaskRow {
  kind: 'task';
  key: string;
  task: Task;
  group: string;
  color: string;
}

export type BoardRow = PhaseRow | TaskRow;

export interface Rows {
  rows: BoardRow[];
  /** task id or phase key → the row that shows it (a task in a collapsed phase → its phase's row) */
  rowOf: Map<string, number>;
  /** task id → its group key */
  groupOf: Map<string, string>;
}

/** Tasks grouped under their phases (in the phases' order), tasks without a phase last; collapsed phases hide their tasks. */
export function buildRows(phases: readonly Phase[], tasks: readonly Task[], collapsed: ReadonlySet<string>): Rows {
  const groups = new Map<string, Task[]>();
  for (const p of phases) groups.set(p.id, []);
  const loose: Task[] = [];
  for (const t of tasks) {
    const list = t.phase_id ? groups.get(t.phase_id) : undefined;
    if (list) list.push(t);
    else loose.push(t);
  }
  const rows: BoardRow[] = [];
  const rowOf = new Map<string, number>();
  const groupOf = new Map<string, string>();
  const addGroup = (key: string, phase: Phase | null, list: Task[]) => {
    let start: number | null = null;
    let end: number | null = null;
    let weighted = 0;
    let weight = 0;
    for (const t of list) {
      const s = toDay(t.start);
      const e = toDay(t.end);
      if (start === null || s < start) start = s;
      if (end === null || e > end) end = e;
      const days = t.milestone ? 0 : e - s + 1;
      weighted += days * t.progress;
      weight += days;
    }
    const color = phase ? safeColor(phase.color) : NO_PHASE_COLOR;
    const isCollapsed = collapsed.has(key);
    const phaseIndex = rows.length;
    rows.push({ kind: 'phase', key, phase, tasks: list, color, start, end, progress: weight ? Math.round(weighted / weight) : 0, collapsed: isCollapsed });
    rowOf.set(key, phaseIndex);
    for (const t of list) {
      groupOf.set(t.id, key);
      if (isCollapsed) {
        rowOf.set(t.id, phaseIndex);
        continue;
      }
      rowOf.set(t.id, rows.length);
      rows.push({ kind: 'task', key: t.id, task: t, group: key, color });
    }
  };
  for (const p of phases) addGroup(p.id, p, groups.get(p.id)!);
  if (loose.length) addGroup(NO_PHASE, null, loose);
  return { rows, rowOf, groupOf };
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Text made safe for innerHTML (frappe-gantt writes task names as HTML; plan files come by e-mail). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

/** A colour from a plan file is used in CSS: only #rgb / #rrggbb pass, anything else gets the default. */
export function safeColor(value: string): string {
  return /^#[0-9a-f]{3}([0-9a-f]{3})?$/i.test(value.trim()) ? value.trim() : '#4f7cac';
}

/** The first rows of the range to draw for a viewport, snapped to blocks so that small scrolls redraw nothing. */
export function drawnRange(scrollTop: number, viewport: number, count: number): { first: number; last: number } {
  const top = Math.max(0, Math.floor(scrollTop / ROW_H) - OVERSCAN);
  const bottom = Math.min(count, Math.ceil((scrollTop + viewport) / ROW_H) + OVERSCAN);
  const first = Math.floor(top / BLOCK) * BLOCK;
  const last = Math.min(count, Math.ceil(bottom / BLOCK) * BLOCK);
  return { first: Math.min(first, last), last };
}

// ---------------------------------------------------------------------------------------------------
// Key dates

export type WarningKind = 'ends_in_holiday' | 'milestone_on_holiday';

export interface KeyDateWarning {
  kind: WarningKind;
  keyDate: Pick<KeyDate, 'id' | 'name' | 'start' | 'end'>;
}

/**
 * Warnings a task earns from the plan's public holidays: a task whose last day falls within a holiday
 * (the work is due while people are away), and a milestone (a launch, a sign-off) on a holiday.
 */
export function keyDateWarnings(tasks: readonly Task[], keyDates: readonly KeyDate[]): Map<string, KeyDateWarning[]> {
  const holidays = keyDates.filter((k) => k.kind === 'holiday').map((k) => ({ k, s: toDay(k.start), e: toDay(k.end) }));
  const out = new Map<string, KeyDateWarning[]>();
  if (!holidays.length) return out;
  for (const t of tasks) {
    const end = toDay(t.end);
    for (const h of holidays) {
      if (end < h.s || end > h.e) continue;
      const w: KeyDateWarning = { kind: t.milestone ? 'milestone_on_holiday' : 'ends_in_holiday', keyDate: h.k };
      const list = out.get(t.id);
      if (list) list.push(w);
      else out.set(t.id, [w]);
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------
// Arrows

/** A bar's horizontal extent (pixels) and its row's centre line. */
export interface BarBox {
  x1: number;
  x2: number;
  y: number;
}

const STUB = 8;

/**
 * The path of a link's arrow: it leaves the predecessor from its end (FS, FF) or its start (SS, SF)
 * and enters the successor at its start (FS, SS) or its end (FF, SF), with right angles and one
 * vertical run when there is room, else an S-bend along the row boundary.
 */
export function arrowPath(type: LinkType, from: BarBox, to: BarBox, rowH = ROW_H): string {
  const fromEnd = type === 'FS' || type === 'FF';
  const toStart = type === 'FS' || type === 'SS';
  const sx = fromEnd ? from.x2 : from.x1;
  const tx = toStart ? to.x1 : to.x2;
  const sDir = fromEnd ? 1 : -1;
  const tDir = toStart ? 1 : -1;
  const a = sx + sDir * STUB;
  const b = tx - tDir * STUB;
  const lo = Math.max(sDir > 0 ? a : -Infinity, tDir > 0 ? -Infinity : b);
  const hi = Math.min(sDir > 0 ? Infinity : a, tDir > 0 ? b : Infinity);
  const r = (n: number) => Math.round(n * 10) / 10;
  if (lo <= hi) {
    const xm = Math.min(Math.max(a, lo), hi);
    return `M${r(sx)},${r(from.y)}H${r(xm)}V${r(to.y)}H${r(tx)}`;
  }
  const ymid = to.y >= from.y ? from.y + rowH / 2 : from.y - rowH / 2;
  return `M${r(sx)},${r(from.y)}H${r(a)}V${r(ymid)}H${r(b)}V${r(to.y)}H${r(tx)}`;
}

/** The box of a task's bar on the canvas (a milestone is a diamond around the middle of its day). */
export function barBox(c: Canvas, start: string, end: string, milestone: boolean, row: number): BarBox {
  const y = row * ROW_H + ROW_H / 2;
  if (milestone) {
    const mid = xOf(c, toDay(start)) + c.ppd / 2;
    return { x1: mid - MILESTONE_HALF, x2: mid + MILESTONE_HALF, y };
  }
  return { x1: xOf(c, toDay(start)), x2: xOf(c, toDay(end) + 1), y };
}

/** Half the width of a milestone's diamond. */
export const MILESTONE_HALF = 9;

/** 'YYYY-MM-DD' of a day number (re-exported for the views). */
export const dateOf = fromDay;

/** A rough width of a label in pixels (CJK characters are about twice as wide as Latin ones). */
export function labelWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += (ch.codePointAt(0) ?? 0) >= 0x2e80 ? 11.5 : 6.4;
  return Math.ceil(w) + 10;
}

const KIND_RANK: Record<string, number> = { holiday: 0, sports: 1, shopping: 2, industry: 3, other: 4, workday: 5 };

export interface KeyDateLanes {
  /** key date id → lane (0 = top) */
  lane: Map<string, number>;
  /** key dates shown as a coloured mark only (their name did not fit; it is in the tooltip) */
  tick: Set<string>;
  /** lanes used (marks that found no room share one extra lane at the bottom) */
  count: number;
}

/**
 * Lanes for the key dates' labels in the header, so that no two overlap at this zoom level: a label
 * takes the width of its dates or of its text, whichever is wider, and goes in the first lane free
 * there (holidays first, make-up workdays last). When all `maxLanes` are taken there, it becomes a mark
 * as wide as its dates, in a lane free for that width, else in one more lane kept for such marks (marks
 * may touch each other there; no text ever overlaps).
 */
export function keyDateLanes(
  keyDates: readonly Pick<KeyDate, 'id' | 'name' | 'start' | 'end' | 'kind'>[],
  c: Canvas,
  maxLanes = 4,
): KeyDateLanes {
  const items = keyDates
    .map((k) => {
      const x = xOf(c, toDay(k.start));
      const w = Math.max(3, (toDay(k.end) - toDay(k.start) + 1) * c.ppd);
      return { id: k.id, rank: KIND_RANK[k.kind] ?? 4, x, full: x + Math.max(w, labelWidth(k.name)), short: x + w };
    })
    .sort((a, b) => a.rank - b.rank || a.x - b.x);
  const lanes: [number, number][][] = [];
  const lane = new Map<string, number>();
  const tick = new Set<string>();
  const free = (i: number, from: number, to: number) => (lanes[i] ?? []).every(([a, b]) => to + 2 <= a || from >= b + 2);
  const put = (i: number, from: number, to: number) => {
    while (lanes.length <= i) lanes.push([]);
    lanes[i]!.push([from, to]);
  };
  for (const it of items) {
    let i = 0;
    while (i < maxLanes && !free(i, it.x, it.full)) i++;
    if (i < maxLanes) {
      put(i, it.x, it.full);
      lane.set(it.id, i);
      continue;
    }
    i = 0;
    while (i < maxLanes && !free(i, it.x, it.short)) i++;
    put(i, it.x, it.short);
    lane.set(it.id, i);
    tick.add(it.id);
  }
  return { lane, tick, count: lanes.length };
}
