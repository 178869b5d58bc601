/**
 * frappe-gantt 1.2.2 set up for the board: the options and view mode that make its canvas ours, its
 * tasks from our rows, and the patches of its prototype (labels placed without measuring, the parts of
 * its draw that cost time and draw nothing used here). gantt-host.ts says why each is needed.
 */
import Gantt, { type FrappeBar, type FrappeOptions, type FrappeTask, type FrappeViewMode } from 'frappe-gantt';
import { fromDay, toDay } from '../../../shared/logic/dates.ts';
import { BAR_H, escapeHtml, MILESTONE_HALF, ROW_H, type Canvas } from './model.ts';
import type { HostRow } from './gantt-host.ts';

/**
 * Days per frappe column. frappe formats every column's date with two new Intl.DateTimeFormat objects
 * on every draw (150 ms for a year of one-day columns); its columns are invisible here, so one column
 * is a year wide. Positions and snapping stay in days: x = days / STEP × (STEP × px per day).
 */
export const STEP = 364;
/** frappe's header is not used (height 0); it still adds 10 px above the first row. */
export const FRAPPE_TOP = 10;
const LABEL_GAP = 18;

/** 'YYYY-MM-DD' of a local Date as frappe makes them. */
export function localDay(d: Date): number {
  return Math.round(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()) / 86_400_000);
}

let labelPatched = false;
/** Labels beside the bar (after the end, or after a milestone's diamond), no measuring. */
export function patchLabels(bar: FrappeBar): void {
  if (labelPatched) return;
  labelPatched = true;
  const proto = Object.getPrototypeOf(bar) as FrappeBar;
  proto.update_label_position = function (this: FrappeBar) {
    const label = this.group.querySelector('.bar-label');
    if (!label) return;
    const x = Number(this.$bar.getAttribute('x'));
    const milestone = this.group.classList.contains('tl-milestone');
    const ppd = Number((this as unknown as { gantt: Gantt }).gantt.config.column_width) / STEP;
    const end = milestone ? x + ppd / 2 + MILESTONE_HALF : x + Number(this.$bar.getAttribute('width'));
    label.setAttribute('x', String(end + LABEL_GAP));
    label.classList.add('big');
  };
}

/** A row as a frappe task: names escaped (frappe writes them as HTML), a phase's row an invisible placeholder. */
export function frappeTask(r: HostRow, i: number, canvas: Canvas, fid: string): FrappeTask {
  if (!r.id) {
    const day = fromDay(canvas.origin);
    return { id: `p${i}`, name: '', start: day, end: day, progress: 0, dependencies: '', custom_class: 'tl-placeholder' };
  }
  const owner = r.owner ? `<tspan class="tl-owner" dx="8">${escapeHtml(r.owner)}</tspan>` : '';
  const warn = r.warn ? '<tspan class="tl-warn-mark">⚠ </tspan>' : '';
  return {
    id: fid,
    name: `${warn}${escapeHtml(r.name)}${owner}`,
    start: r.start,
    end: r.milestone ? r.start : r.end,
    progress: r.milestone ? 0 : r.progress,
    dependencies: '',
    custom_class: r.milestone ? 'tl-milestone' : 'tl-task',
  };
}

/** STEP days per column; padding that makes frappe's canvas exactly ours. */
export function boardViewMode(tasks: FrappeTask[], canvas: Canvas): FrappeViewMode {
  let min = Infinity;
  let max = -Infinity;
  for (const t of tasks) {
    min = Math.min(min, toDay(t.start));
    max = Math.max(max, toDay(t.end));
  }
  const before = Math.max(0, min - canvas.origin);
  const after = Math.max(0, canvas.origin + canvas.days - (max + 1));
  return {
    name: 'Board',
    step: `${STEP}d`,
    padding: [`${before}d`, `${after}d`],
    date_format: 'YYYY-MM-DD',
    column_width: canvas.ppd * STEP,
    lower_text: () => '',
    upper_text: () => '',
    snap_at: '1d',
  };
}

/** frappe's options for a tile, less its event handlers: no header, grid, popup or scrolling of its own. */
export function baseOptions(mode: FrappeViewMode, canvas: Canvas): FrappeOptions {
  return {
    view_modes: [mode],
    column_width: canvas.ppd * STEP,
    bar_height: BAR_H,
    bar_corner_radius: 4,
    padding: ROW_H - BAR_H,
    upper_header_height: 0,
    lower_header_height: 0,
    container_height: 'auto',
    infinite_padding: false,
    holidays: {},
    ignore: [],
    lines: 'none',
    move_dependencies: false,
    popup: false,
    scroll_to: null,
    today_button: false,
    view_mode_select: false,
  };
}

/**
 * Parts of frappe's draw that cost time and draw nothing used here, switched off once for the module's
 * instances (frappe-gantt is used through this file only):
 * - set_dimensions measures the SVG and set_scroll_position scrolls frappe's own container to a date
 *   (each forces a layout; the board scrolls and sizes itself);
 * - make_dates formats every column's date with two new Intl.DateTimeFormat objects (its header is
 *   hidden: our header is drawn by the board);
 * - make_grid_extras walks every day for weekends and holidays, rewrites its grid layer with innerHTML,
 *   and looks for today's header cell one column at a time (key dates, weekends and today are ours).
 */
let tamed = false;
export function tame(): void {
  if (tamed) return;
  tamed = true;
  const proto = Gantt.prototype as unknown as Record<string, unknown>;
  proto.set_dimensions = function () {};
  proto.set_scroll_position = function () {};
  proto.make_dates = function (this: { upperTexts: unknown[]; lowerTexts: unknown[] }) {
    this.upperTexts = [];
    this.lowerTexts = [];
  };
  proto.make_grid_rows = function () {};
  proto.make_grid_extras = function (this: { config: { ignored_positions: number[] } }) {
    this.config.ignored_positions = [];
  };
}

/** What a tile's row draws: a tile is drawn again only when this changed. */
export function rowKey(r: HostRow): string {
  return r.id ? `${r.id}\t${r.name}\t${r.owner}\t${r.start}\t${r.end}\t${r.progress}\t${r.milestone ? 1 : 0}\t${r.warn ? 1 : 0}` : '-';
}
