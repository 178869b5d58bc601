/**
 * The one place that talks to frappe-gantt. frappe draws the task bars of the rows on screen (a window
 * of the board) and runs the mouse drags; everything else (header, phases, arrows, key dates, the
 * scheduling) is ours. What this wrapper works around in frappe-gantt 1.2.2:
 * - it renders every bar and refresh() rebuilds everything: the drawn rows are cut in tiles of 16 rows,
 *   one instance per tile, so scrolling redraws the tile that comes into view, not the window; a tile
 *   is redrawn only when its rows changed, never while a drag runs;
 * - it has no destroy() and each instance keeps a listener on document: instances are pooled and reused
 *   by the next board, never dropped;
 * - its canvas starts at its earliest task: the view mode's padding is set before each refresh so that
 *   frappe's first day is always the board's first day and a bar's x means the same on both;
 * - on_date_change fires on every mouse move of a drag: the drag is committed once, on mouse-up, from
 *   the bar's final geometry (rounded to whole days: fitted zoom levels have fractional day widths);
 * - names are written as HTML: every text is escaped here;
 * - a mouse move or mouse-up outside its SVG is never seen by it (a drag would stop following, a
 *   progress drag would stay stuck): both are forwarded;
 * - bars grow from zero width with SMIL animations on every draw: the animations are removed;
 * - labels are measured with getBBox on every draw and move: labels are placed beside the bar instead,
 *   without measuring (faster, and the owner's name fits after the task's).
 */
import Gantt, { type FrappeOptions, type FrappeTask } from 'frappe-gantt';
import { fromDay } from '../../../shared/logic/dates.ts';
import { ROW_H, type Canvas } from './model.ts';
import { baseOptions, boardViewMode, FRAPPE_TOP, frappeTask, localDay, patchLabels, rowKey, STEP, tame } from './frappe-setup.ts';

/** One row of the window as frappe should draw it. */
export interface HostRow {
  /** our task id, or null for a row frappe must leave empty (a phase's row) */
  id: string | null;
  name: string;
  owner: string;
  start: string;
  end: string;
  progress: number;
  milestone: boolean;
  color: string;
  warn: boolean;
}

export type DragKind = 'move' | 'start' | 'end';

export interface HostOptions {
  /** the board's scrolling element (scrolled while a bar is dragged near its edges) */
  scroller: HTMLElement;
  /** where the chart's visible part starts on screen (right of the sticky task list) */
  chartLeft(): number;
  /** a drag ended with the bar on new days */
  onCommit(id: string, kind: DragKind, start: string, end: string): void;
  /** the progress handle was let go */
  onProgress(id: string, progress: number): void;
  /** during a drag, at most once a frame */
  onDragFrame(id: string, kind: DragKind, start: string, end: string): void;
  /** a drag started or ended */
  onDragState(active: boolean): void;
  onSelect(id: string): void;
  onOpen(id: string): void;
}

/** Rows per frappe instance: scrolling draws one tile of rows, not the whole window again. */
export const TILE = 16;

/** How near the board's edge a dragged bar makes it scroll. */
const EDGE = 48;

/** One frappe-gantt instance drawing TILE rows of the board. Instances are kept and reused (there is no destroy()). */
interface Tile {
  index: number;
  frame: HTMLDivElement;
  gantt: Gantt | null;
  signature: string;
  rows: HostRow[];
}

/**
 * frappe-gantt has no destroy() and each instance keeps a listener on document: instances outlive the
 * board that made them here, to be taken again by the next board (the Timeline opened again), so
 * their number stays that of the tiles one board needs at once.
 */
const POOL: Tile[] = [];

export class GanttHost {
  private readonly host: HTMLElement;
  private readonly tiles = new Map<number, Tile>();
  private readonly spare: Tile[] = [];
  private canvas: Canvas | null = null;
  private drawn: { rows: HostRow[]; firstRow: number } = { rows: [], firstRow: 0 };
  private pending: { rows: HostRow[]; canvas: Canvas; firstRow: number; readOnly: boolean } | null = null;
  private readonly toFrappe = new Map<string, string>();
  private readonly fromFrappe = new Map<string, string>();
  private decorations: { selected: string | null; critical: ReadonlySet<string> } = { selected: null, critical: new Set() };
  private drag: { id: string; kind: DragKind | 'progress'; fid: string; tile: Tile } | null = null;
  private raf = 0;
  private pointer: { x: number; y: number } | null = null;
  private scrollLoop = 0;
  /** the board's box and where its chart starts, measured when a drag starts (they do not move during it) */
  private edges: { left: number; right: number } | null = null;
  private readonly cleanup: (() => void)[] = [];
  private readOnly = false;
  /** a drag ended: frappe's bars may show where the mouse left them, not what was saved */
  private stale = false;
  private readonly cb: HostOptions;

  constructor(host: HTMLElement, options: HostOptions) {
    this.cb = options;
    this.host = host;
    const onDown = (e: MouseEvent) => this.onMouseDown(e);
    const onUpCapture = (e: MouseEvent) => this.forward(e);
    const onUp = () => this.onMouseUp();
    const onMove = (e: MouseEvent) => {
      if (!this.drag) return;
      this.pointer = { x: e.clientX, y: e.clientY };
      this.forward(e);
    };
    host.addEventListener('mousedown', onDown, true);
    window.addEventListener('mouseup', onUpCapture, true);
    window.addEventListener('mouseup', onUp);
    window.addEventListener('mousemove', onMove, true);
    this.cleanup.push(
      () => host.removeEventListener('mousedown', onDown, true),
      () => window.removeEventListener('mouseup', onUpCapture, true),
      () => window.removeEventListener('mouseup', onUp),
      () => window.removeEventListener('mousemove', onMove, true),
    );
  }

  /** Lets go of the board; the frappe instances go back to the pool for the next one. */
  dispose(): void {
    for (const f of this.cleanup) f();
    cancelAnimationFrame(this.raf);
    cancelAnimationFrame(this.scrollLoop);
    for (const t of [...this.tiles.values(), ...this.spare]) {
      t.frame.remove();
      t.signature = '';
      if (t.gantt) POOL.push(t);
    }
    this.tiles.clear();
    this.spare.length = 0;
  }

  get dragging(): boolean {
    return this.drag !== null;
  }

  /** Draws the rows `firstRow`… of the board, a tile at a time (postponed while a drag runs). */
  draw(rows: HostRow[], canvas: Canvas, firstRow: number, readOnly: boolean): void {
    if (this.drag) {
      this.pending = { rows, canvas, firstRow, readOnly };
      return;
    }
    this.pending = null;
    this.stale = false;
    this.canvas = canvas;
    this.readOnly = readOnly;
    this.drawn = { rows, firstRow };
    const first = Math.floor(firstRow / TILE);
    const last = Math.ceil((firstRow + rows.length) / TILE);
    for (const [k, tile] of this.tiles) {
      if (k >= first && k < last) continue;
      this.tiles.delete(k);
      tile.frame.hidden = true;
      this.spare.push(tile);
    }
    const common = `${canvas.origin}|${canvas.days}|${canvas.ppd}|${readOnly}`;
    for (let k = first; k < last; k++) {
      const from = Math.max(0, k * TILE - firstRow);
      const slice = rows.slice(from, Math.max(from, (k + 1) * TILE - firstRow));
      let tile = this.tiles.get(k);
      if (!tile) {
        tile = this.spare.pop() ?? this.newTile();
        tile.index = k;
        tile.signature = '';
        this.tiles.set(k, tile);
      }
      const signature = `${common}|${slice.map(rowKey).join('\n')}`;
      tile.frame.style.top = `${k * TILE * ROW_H - FRAPPE_TOP}px`;
      tile.frame.style.width = `${canvas.width}px`;
      if (signature !== tile.signature) this.drawTile(tile, slice, canvas, readOnly, signature);
    }
    this.decorate();
  }

  /** Draws every tile again as it is (after a drag that saved nothing). */
  private redraw(): void {
    for (const t of this.tiles.values()) t.signature = '';
    if (this.canvas) this.draw(this.drawn.rows, this.canvas, this.drawn.firstRow, this.readOnly);
  }

  private newTile(): Tile {
    const pooled = POOL.pop();
    if (pooled?.gantt) {
      this.host.appendChild(pooled.frame);
      Object.assign(pooled.gantt.options, this.handlers(pooled));
      return pooled;
    }
    const frame = document.createElement('div');
    frame.className = 'tl-frappe';
    this.host.appendChild(frame);
    return { index: -1, frame, gantt: null, signature: '', rows: [] };
  }

  private drawTile(tile: Tile, rows: HostRow[], canvas: Canvas, readOnly: boolean, signature: string): void {
    tile.signature = signature;
    tile.rows = rows;
    if (!rows.some((r) => r.id)) {
      tile.frame.hidden = true;
      return;
    }
    tile.frame.hidden = false;
    const tasks = rows.map((r, i) => frappeTask(r, i, canvas, r.id ? this.frappeId(r.id) : ''));
    const mode = boardViewMode(tasks, canvas);
    if (!tile.gantt) {
      tame();
      tile.gantt = new Gantt(tile.frame, tasks, { ...baseOptions(mode, canvas), ...this.handlers(tile), readonly: readOnly });
    } else {
      const g = tile.gantt;
      g.options.readonly = readOnly;
      g.options.view_modes = [mode];
      g.options.view_mode = mode.name;
      g.options.column_width = canvas.ppd * STEP;
      g.refresh(tasks);
    }
    const g = tile.gantt;
    if (g.bars[0]) patchLabels(g.bars[0]);
    for (const a of Array.from(g.$svg.querySelectorAll('animate'))) a.remove();
    g.$svg.style.width = `${canvas.width}px`;
    g.$svg.style.height = `${rows.length * ROW_H + FRAPPE_TOP}px`;
    // frappe's day 0 must be ours
    g.$svg.style.left = `${(localDay(g.gantt_start) - canvas.origin) * canvas.ppd}px`;
  }

  /** Selection and critical path as classes on the bars (no redraw). */
  setDecorations(selected: string | null, critical: ReadonlySet<string>): void {
    this.decorations = { selected, critical };
    this.decorate();
  }

  /** The bar element of a task, when it is drawn. */
  barOf(id: string): SVGGElement | null {
    const fid = this.toFrappe.get(id);
    if (!fid) return null;
    for (const t of this.tiles.values()) {
      const bar = t.gantt?.get_bar(fid);
      if (bar && !t.frame.hidden) return bar.group;
    }
    return null;
  }

  private decorate(): void {
    const { selected, critical } = this.decorations;
    for (const tile of this.tiles.values()) {
      if (!tile.gantt || tile.frame.hidden) continue;
      for (const bar of tile.gantt.bars) {
        const id = this.fromFrappe.get(bar.task.id);
        if (!id) continue;
        const row = tile.rows[bar.task._index ?? -1];
        const cl = bar.group.classList;
        cl.toggle('tl-selected', id === selected);
        cl.toggle('tl-critical', critical.has(id));
        cl.toggle('tl-warn', Boolean(row?.warn));
        if (row) bar.group.style.setProperty('--tl-bar', row.color);
        bar.group.dataset.task = id;
      }
    }
  }

  private frappeId(id: string): string {
    let fid = this.toFrappe.get(id);
    if (!fid) {
      fid = `b${this.toFrappe.size}`;
      this.toFrappe.set(id, fid);
      this.fromFrappe.set(fid, id);
    }
    return fid;
  }

  /** frappe's events for a tile, to this board (frappe reads them from its options when they fire). */
  private handlers(tile: Tile): FrappeOptions {
    const ours = (task: FrappeTask) => this.fromFrappe.get(task.id);
    return {
      on_date_change: (task) => this.onDateChange(task, tile),
      on_progress_change: (task, progress) => {
        const id = ours(task);
        if (id) this.cb.onProgress(id, Math.max(0, Math.min(100, Math.round(progress))));
      },
      on_click: (task) => {
        const id = ours(task);
        if (id) this.cb.onSelect(id);
      },
      on_double_click: (task) => {
        const id = ours(task);
        if (id) this.cb.onOpen(id);
      },
    };
  }

  /** The days a bar covers now, from its geometry. */
  private barDays(tile: Tile, fid: string): { start: string; end: string } | null {
    const bar = tile.gantt?.get_bar(fid);
    const c = this.canvas;
    if (!bar || !c) return null;
    const x = Number(bar.$bar.getAttribute('x'));
    const width = Number(bar.$bar.getAttribute('width'));
    const start = c.origin + Math.round(x / c.ppd);
    const days = Math.max(1, Math.round(width / c.ppd));
    return { start: fromDay(start), end: fromDay(start + days - 1) };
  }

  private onMouseDown(e: MouseEvent): void {
    if (e.button !== 0) return;
    const target = e.target as Element | null;
    const handle = target?.closest('.handle, .bar-wrapper');
    const wrapper = target?.closest('.bar-wrapper') as SVGGElement | null;
    const frame = target?.closest('.tl-frappe');
    const tile = [...this.tiles.values()].find((t) => t.frame === frame);
    if (!handle || !wrapper || !tile) return;
    const fid = wrapper.getAttribute('data-id') ?? '';
    const id = this.fromFrappe.get(fid);
    if (!id) {
      // a phase's empty row: nothing to drag
      e.stopPropagation();
      return;
    }
    if (this.readOnly) return;
    const cl = handle.classList;
    const kind: DragKind | 'progress' = cl.contains('progress') ? 'progress' : cl.contains('left') ? 'start' : cl.contains('right') ? 'end' : 'move';
    this.drag = { id, kind, fid, tile };
    this.pointer = { x: e.clientX, y: e.clientY };
    this.edges = { left: this.cb.chartLeft(), right: this.cb.scroller.getBoundingClientRect().right };
    this.cb.onDragState(true);
    if (kind !== 'progress') this.scrollLoop = requestAnimationFrame(this.autoScroll);
  }

  /**
   * frappe listens on its own SVG only: a mouse move or mouse-up elsewhere during a drag (above or
   * below its tile of rows, outside the board) is handed to that SVG, so the bar follows and the drag ends.
   */
  private forward(e: MouseEvent): void {
    const svg = this.drag?.tile.gantt?.$svg;
    if (!svg || svg.contains(e.target as Node)) return;
    svg.dispatchEvent(new MouseEvent(e.type, { bubbles: true, clientX: e.clientX, clientY: e.clientY, button: e.button, buttons: e.buttons }));
  }

  private onMouseUp(): void {
    const drag = this.drag;
    if (!drag) return;
    this.drag = null;
    this.pointer = null;
    cancelAnimationFrame(this.raf);
    cancelAnimationFrame(this.scrollLoop);
    this.raf = 0;
    if (drag.kind !== 'progress') {
      const row = drag.tile.rows.find((r) => r.id === drag.id);
      const days = this.barDays(drag.tile, drag.fid);
      if (row && days && (days.start !== row.start || days.end !== (row.milestone ? row.start : row.end))) {
        this.cb.onCommit(drag.id, drag.kind, days.start, days.end);
      }
    }
    this.cb.onDragState(false);
    const pending = this.pending;
    if (pending) {
      this.draw(pending.rows, pending.canvas, pending.firstRow, pending.readOnly);
      return;
    }
    // The commit re-renders the board before the next frame when it changed anything; when it did not
    // (the links held the task where it was, or the backend refused), put the bars back as they are.
    this.stale = true;
    requestAnimationFrame(() => {
      if (this.stale) this.redraw();
    });
  }

  private onDateChange(task: FrappeTask, tile: Tile): void {
    const drag = this.drag;
    if (!drag || drag.kind === 'progress' || drag.tile !== tile || task.id !== drag.fid || this.raf) return;
    this.raf = requestAnimationFrame(() => {
      this.raf = 0;
      const d = this.drag;
      const days = d && this.barDays(d.tile, d.fid);
      if (d && days && d.kind !== 'progress') this.cb.onDragFrame(d.id, d.kind, days.start, days.end);
    });
  }

  /** While a bar is dragged near the board's left or right edge, the board scrolls and the bar follows. */
  private readonly autoScroll = () => {
    const p = this.pointer;
    const svg = this.drag?.tile.gantt?.$svg;
    if (!this.drag || !p || !svg) return;
    const scroller = this.cb.scroller;
    const edges = this.edges;
    let dx = 0;
    if (edges && p.x > edges.right - EDGE) dx = Math.ceil((p.x - (edges.right - EDGE)) / 4);
    else if (edges && p.x < edges.left + EDGE) dx = -Math.ceil((edges.left + EDGE - p.x) / 4);
    if (dx) {
      const before = scroller.scrollLeft;
      scroller.scrollLeft = before + dx;
      if (scroller.scrollLeft !== before) {
        svg.dispatchEvent(new MouseEvent('mousemove', { bubbles: true, clientX: p.x, clientY: p.y }));
      }
    }
    this.scrollLoop = requestAnimationFrame(this.autoScroll);
  };
}

