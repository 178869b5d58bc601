/**
 * The Gantt board: one scrolling area with a sticky header (time scale, key dates) and a sticky task
 * list on the left; the chart on the right is drawn in layers: our background (weekends, key dates,
 * today), our arrows, frappe-gantt's task bars (only the rows on screen), and our overlay (phase
 * summary bars, link handles, drag previews). Only the rows on screen are in the DOM, so a plan of
 * thousands of tasks opens and scrolls like a small one.
 */
import { memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent, type PointerEvent as ReactPointerEvent } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { toDay } from '../../../shared/logic/dates.ts';
import { calendarOf, constrainEdit, prepareSchedule, type PreparedSchedule } from '../../../shared/logic/schedule.ts';
import { workLength, type WorkCalendar } from '../../../shared/logic/workdays.ts';
import type { LinkType } from '../../../shared/model/enums.ts';
import type { KeyDate, Task, TaskLink } from '../../../shared/model/registry.ts';
import { usePlanTodayDay } from '../../ui/today.ts';
import { GanttHost, type DragKind, type HostRow } from './gantt-host.ts';
import {
  arrowPath,
  barBox,
  drawnRange,
  fitPpd,
  makeCanvas,
  PX_PER_DAY,
  ROW_H,
  timeScale,
  weekendDays,
  xOf,
  keyDateLanes,
  type BarBox,
  type BoardRow,
  type Canvas,
  type KeyDateLanes,
  type KeyDateWarning,
  type PhaseRow,
  type Zoom,
} from './model.ts';

export interface BoardActions {
  select(key: string): void;
  open(id: string): void;
  toggle(key: string): void;
  commitDates(id: string, kind: DragKind, start: string, end: string): void;
  commitProgress(id: string, progress: number): void;
  link(predecessor: string, successor: string, type: LinkType): void;
  shiftPhase(key: string, days: number): void;
  shiftTask(id: string, days: number): void;
  stretchTask(id: string, days: number): void;
  stepProgress(id: string, delta: number): void;
}

export interface ScrollRequest {
  to: 'today' | 'start' | 'row';
  key?: string;
  /** changes on every request, so the same request twice scrolls twice */
  n: number;
}

export interface BoardProps {
  rows: BoardRow[];
  rowOf: Map<string, number>;
  span: { start: number; end: number };
  zoom: Zoom | 'fit';
  tasks: Task[];
  links: TaskLink[];
  keyDates: KeyDate[];
  /** the plan's working days, for the drag preview */
  calendar: WorkCalendar;
  owners: Map<string, string>;
  warnings: Map<string, KeyDateWarning[]>;
  critical: ReadonlySet<string> | null;
  selected: string | null;
  readOnly: boolean;
  scroll: ScrollRequest | null;
  actions: BoardActions;
  format: { short(day: number): string; range(a: number, b: number): string };
}

const UPPER_H = 24;
const LOWER_H = 24;
const LANE_H = 18;
const EMPTY = new Set<string>();

export function Board(props: BoardProps) {
  const { rows, rowOf, span, zoom, links, keyDates, owners, warnings, critical, selected, readOnly, actions, format } = props;
  const { t, i18n } = useTranslation();
  const scroller = useRef<HTMLDivElement>(null);
  const hostEl = useRef<HTMLDivElement>(null);
  const arrowsEl = useRef<SVGSVGElement>(null);
  const overEl = useRef<SVGSVGElement>(null);
  const ghostsEl = useRef<SVGGElement>(null);
  const tipEl = useRef<HTMLDivElement>(null);
  const connEl = useRef<SVGGElement>(null);
  const rubberEl = useRef<SVGPathElement>(null);
  const treeEl = useRef<HTMLDivElement>(null);
  const host = useRef<GanttHost | null>(null);
  const [size, setSize] = useState({ width: 1000, height: 600 });
  const [drawn, setRange] = useState({ first: 0, last: 0 });
  const rangeRef = useRef(drawn);
  // the rows may have shrunk since the range was measured (a phase folded): never past the end
  const range = useMemo(() => {
    const last = Math.min(drawn.last, rows.length);
    return { first: Math.min(drawn.first, last), last };
  }, [drawn, rows.length]);
  const [focusKey, setFocusKey] = useState<string | null>(null);
  const focusWanted = useRef(false);

  const listW = size.width < 900 ? 230 : 340;
  const ppd = zoom === 'fit' ? fitPpd(span, Math.max(200, size.width - listW - 24)) : PX_PER_DAY[zoom];
  const canvas = useMemo(() => makeCanvas(span, ppd), [span, ppd]);
  const scale = useMemo(() => timeScale(canvas, i18n.language), [canvas, i18n.language]);
  const lanes = useMemo(() => keyDateLanes(keyDates, canvas), [keyDates, canvas]);
  const laneCount = Math.max(1, lanes.count);
  const headerH = UPPER_H + LOWER_H + laneCount * LANE_H + 6;
  const bodyH = rows.length * ROW_H;
  const today = usePlanTodayDay();

  // ---- the latest props for the imperative parts (frappe callbacks, pointer handlers)
  const live = useRef(props);
  live.current = props;
  const canvasRef = useRef(canvas);
  canvasRef.current = canvas;

  // ---- size and the drawn range
  useLayoutEffect(() => {
    const el = scroller.current!;
    const measure = () => setSize((s) => (s.width === el.clientWidth && s.height === el.clientHeight ? s : { width: el.clientWidth, height: el.clientHeight }));
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, []);

  const updateRange = useCallback(() => {
    const el = scroller.current;
    if (!el) return;
    const r = drawnRange(el.scrollTop, el.clientHeight - headerH, rows.length);
    if (r.first !== rangeRef.current.first || r.last !== rangeRef.current.last) {
      rangeRef.current = r;
      flushSync(() => setRange(r));
    }
  }, [headerH, rows.length]);
  useLayoutEffect(updateRange, [updateRange, size]);

  // ---- keep the day in the middle of the window when the zoom changes
  const prevCanvas = useRef<Canvas | null>(null);
  useLayoutEffect(() => {
    const el = scroller.current!;
    const before = prevCanvas.current;
    prevCanvas.current = canvas;
    const chartW = el.clientWidth - listW;
    if (!before) {
      el.scrollLeft = Math.max(0, xOf(canvas, span.start) - 24);
      return;
    }
    if (before.ppd === canvas.ppd && before.origin === canvas.origin) return;
    const midDay = before.origin + (el.scrollLeft + chartW / 2) / before.ppd;
    el.scrollLeft = zoom === 'fit' ? Math.max(0, xOf(canvas, span.start) - 12) : Math.max(0, (midDay - canvas.origin) * canvas.ppd - chartW / 2);
  }, [canvas, listW, span.start, zoom]);

  // ---- scroll requests from the toolbar
  useLayoutEffect(() => {
    const req = props.scroll;
    const el = scroller.current;
    if (!req || !el) return;
    const chartW = el.clientWidth - listW;
    if (req.to === 'today') {
      el.scrollLeft = Math.max(0, xOf(canvas, today) - chartW / 3);
      // and down to the first task under way today, when none is in sight
      const view = el.clientHeight - headerH;
      const running = (i: number) => {
        const r = rows[i];
        return r?.kind === 'task' && toDay(r.task.start) <= today && toDay(r.task.end) >= today;
      };
      const firstVisible = Math.floor(el.scrollTop / ROW_H);
      const lastVisible = Math.floor((el.scrollTop + view) / ROW_H);
      let inSight = false;
      for (let i = firstVisible; i <= lastVisible && !inSight; i++) inSight = running(i);
      if (!inSight) {
        const at = rows.findIndex((_, i) => running(i));
        if (at >= 0) el.scrollTop = Math.max(0, at * ROW_H - ROW_H);
      }
      updateRange();
    }
    else if (req.to === 'start') el.scrollLeft = Math.max(0, xOf(canvas, span.start) - 24);
    else if (req.key) revealRow(req.key, true);
  }, [props.scroll?.n]);

  // ---- frappe
  useLayoutEffect(() => {
    const h = new GanttHost(hostEl.current!, {
      scroller: scroller.current!,
      chartLeft: () => (scroller.current?.getBoundingClientRect().left ?? 0) + listWRef.current,
      onCommit: (id, kind, start, end) => live.current.actions.commitDates(id, kind, start, end),
      onProgress: (id, p) => live.current.actions.commitProgress(id, p),
      onDragFrame: (id, kind, start, end) => preview.current.drag(id, kind, start, end),
      onDragState: (active) => {
        if (!active) preview.current.clear();
        placeConnectorsRef.current(null);
      },
      onSelect: (id) => live.current.actions.select(id),
      onOpen: (id) => live.current.actions.open(id),
    });
    host.current = h;
    return () => {
      h.dispose();
      host.current = null;
    };
  }, []);
  const listWRef = useRef(listW);
  listWRef.current = listW;

  const hostRows = useMemo<HostRow[]>(
    () =>
      rows.slice(range.first, range.last).map((r) =>
        r.kind === 'phase'
          ? { id: null, name: '', owner: '', start: '', end: '', progress: 0, milestone: false, color: r.color, warn: false }
          : {
              id: r.task.id,
              name: r.task.name,
              owner: r.task.owner_id ? (owners.get(r.task.owner_id) ?? '') : '',
              start: r.task.start,
              end: r.task.end,
              progress: r.task.progress,
              milestone: r.task.milestone,
              color: r.color,
              warn: warnings.has(r.task.id),
            },
      ),
    [rows, range, owners, warnings],
  );
  useLayoutEffect(() => {
    host.current?.draw(hostRows, canvas, range.first, readOnly);
  }, [hostRows, canvas, range.first, readOnly]);
  useLayoutEffect(() => {
    host.current?.setDecorations(selected, critical ?? EMPTY);
  }, [selected, critical, hostRows, canvas]);

  // ---- geometry helpers
  const boxOfRow = useCallback(
    (index: number, c: Canvas, override?: { id: string; start: string; end: string }): BarBox | null => {
      const r = rows[index];
      if (!r) return null;
      if (r.kind === 'phase') {
        if (r.start === null || r.end === null) return null;
        return { x1: xOf(c, r.start), x2: xOf(c, r.end + 1), y: index * ROW_H + ROW_H / 2 };
      }
      const dates = override && override.id === r.task.id ? override : r.task;
      return barBox(c, dates.start, dates.end, r.task.milestone, index);
    },
    [rows],
  );

  const linksByTask = useMemo(() => {
    const m = new Map<string, TaskLink[]>();
    for (const l of links) {
      for (const id of [l.predecessor_id, l.successor_id]) {
        const list = m.get(id);
        if (list) list.push(l);
        else m.set(id, [l]);
      }
    }
    return m;
  }, [links]);

  // ---- arrows of the links that cross the drawn rows
  const arrows = useMemo(() => {
    const out: { id: string; d: string; critical: boolean; from: string; to: string }[] = [];
    for (const l of links) {
      const a = rowOf.get(l.predecessor_id);
      const b = rowOf.get(l.successor_id);
      if (a === undefined || b === undefined || a === b) continue;
      if (Math.max(a, b) < range.first || Math.min(a, b) >= range.last) continue;
      const from = boxOfRow(a, canvas);
      const to = boxOfRow(b, canvas);
      if (!from || !to) continue;
      const crit = Boolean(critical?.has(l.predecessor_id) && critical.has(l.successor_id));
      out.push({ id: l.id, d: arrowPath(l.type, from, to), critical: crit, from: l.predecessor_id, to: l.successor_id });
    }
    return out;
  }, [links, rowOf, range, boxOfRow, canvas, critical]);

  // ---- drag preview (no React renders while the mouse moves)
  const prepared = useRef<PreparedSchedule | null>(null);
  // built while the browser is idle, so the first frame of a drag does not pay for it
  useEffect(() => {
    prepared.current = null;
    const idle = window.requestIdleCallback ?? ((f: () => void) => window.setTimeout(f, 200));
    const cancel = window.cancelIdleCallback ?? window.clearTimeout;
    const handle = idle(() => {
      if (!host.current?.dragging) prepared.current = prepareSchedule(live.current.tasks, live.current.links, live.current.calendar);
    });
    return () => cancel(handle);
  }, [props.tasks, links, props.calendar]);
  const dragPreview = (id: string, kind: DragKind, start: string, end: string) => {
    const p = live.current;
    const c = canvasRef.current;
    const row = p.rowOf.get(id);
    if (row === undefined) return;
    const r0 = rowsNow.current[row];
    if (!r0 || r0.kind !== 'task' || r0.task.id !== id) return;
    const task = r0.task;
    const over = { id, start, end };
    // arrows touching the task follow it
    for (const l of linksByTask.get(id) ?? []) {
      const path = arrowsEl.current?.querySelector<SVGPathElement>(`[data-link="${CSS.escape(l.id)}"]`);
      const a = p.rowOf.get(l.predecessor_id);
      const b = p.rowOf.get(l.successor_id);
      if (!path || a === undefined || b === undefined) continue;
      const from = boxOfRow(a, c, over);
      const to = boxOfRow(b, c, over);
      if (from && to) path.setAttribute('d', arrowPath(l.type, from, to));
    }
    // where the scheduler will put it and what it pushes (outlines only for the rows drawn)
    const placed = constrainEdit(id, p.tasks, p.links, { start, end }, task.milestone ? 'move' : kind, p.calendar);
    // the graph of the plan is built once per drag, not on every frame
    prepared.current ??= prepareSchedule(p.tasks, p.links, p.calendar);
    const moved = prepared.current.reschedule([placed]);
    const ghosts: string[] = [];
    const { first, last } = rangeNow.current;
    const ghost = (gid: string, s: string, e: string) => {
      const r = p.rowOf.get(gid);
      if (r === undefined || r < first || r >= last) return;
      const row = rowsNow.current[r];
      if (!row || row.kind !== 'task' || row.task.id !== gid) return;
      const b = barBox(c, s, e, row.task.milestone, r);
      ghosts.push(`<rect class="tl-ghost" x="${b.x1}" y="${r * ROW_H + 6}" width="${Math.max(4, b.x2 - b.x1)}" height="${ROW_H - 12}" rx="4"/>`);
    };
    if (placed.start !== start || placed.end !== end) ghost(id, placed.start, placed.end);
    let pushed = 0;
    for (const m of moved) {
      if (m.id === id) continue;
      pushed++;
      ghost(m.id, m.start, m.end);
    }
    if (ghostsEl.current) ghostsEl.current.innerHTML = ghosts.join('');
    const tip = tipEl.current;
    if (tip) {
      const b = barBox(c, start, end, task.milestone, row);
      const days = toDay(end) - toDay(start) + 1;
      const lines = [t('views.timeline.dragTip', { range: p.format.range(toDay(start), toDay(end)), days })];
      if (pushed) lines.push(t('views.timeline.pushedTip', { count: pushed }));
      tip.textContent = lines.join(' · ');
      tip.style.left = `${Math.max(0, b.x1)}px`;
      tip.style.top = `${row * ROW_H - 22}px`;
      tip.hidden = false;
    }
  };

  const clearPreview = () => {
    if (ghostsEl.current) ghostsEl.current.innerHTML = '';
    if (tipEl.current) tipEl.current.hidden = true;
  };
  const rangeNow = useRef(range);
  rangeNow.current = range;
  const rowsNow = useRef(rows);
  rowsNow.current = rows;
  const preview = useRef({ drag: dragPreview, clear: clearPreview });
  preview.current = { drag: dragPreview, clear: clearPreview };

  // ---- link handles: two dots beside the bar of the row under the mouse
  const hoverRow = useRef<number | null>(null);
  const linkDrag = useRef<{ from: string; side: 'start' | 'end'; x: number; y: number; target: SVGGElement | null } | null>(null);
  const chartRef = useRef<HTMLDivElement>(null);

  const placeConnectors = (index: number | null) => {
    const g = connEl.current;
    if (!g) return;
    hoverRow.current = index;
    const r = index === null ? undefined : rows[index];
    if (!r || r.kind !== 'task' || readOnly || host.current?.dragging) {
      g.setAttribute('visibility', 'hidden');
      return;
    }
    const b = boxOfRow(index!, canvas);
    if (!b) return;
    const [left, right] = Array.from(g.querySelectorAll('circle'));
    left?.setAttribute('cx', String(b.x1 - 9));
    right?.setAttribute('cx', String(b.x2 + 9));
    left?.setAttribute('cy', String(b.y));
    right?.setAttribute('cy', String(b.y));
    g.dataset.task = r.task.id;
    g.setAttribute('visibility', 'visible');
  };

  const placeConnectorsRef = useRef(placeConnectors);
  placeConnectorsRef.current = placeConnectors;

  const pointInChart = (e: { clientX: number; clientY: number }) => {
    const rect = chartRef.current!.getBoundingClientRect();
    return { x: e.clientX - rect.left, y: e.clientY - rect.top };
  };

  const onChartMove = (e: React.MouseEvent) => {
    if (linkDrag.current || host.current?.dragging) return;
    const { y } = pointInChart(e);
    const index = Math.floor(y / ROW_H);
    if (index !== hoverRow.current) placeConnectors(index);
  };

  const onConnectorDown = (e: ReactPointerEvent<SVGCircleElement>, side: 'start' | 'end') => {
    const from = connEl.current?.dataset.task;
    if (!from || e.button !== 0) return;
    e.preventDefault();
    e.stopPropagation();
    e.currentTarget.setPointerCapture(e.pointerId);
    const cx = Number(e.currentTarget.getAttribute('cx'));
    const cy = Number(e.currentTarget.getAttribute('cy'));
    linkDrag.current = { from, side, x: cx, y: cy, target: null };
    rubberEl.current?.setAttribute('d', `M${cx},${cy}L${cx},${cy}`);
    rubberEl.current?.setAttribute('visibility', 'visible');
  };

  const targetAt = (x: number, y: number): { id: string; side: 'start' | 'end' } | null => {
    const index = Math.floor(y / ROW_H);
    const r = rows[index];
    if (!r || r.kind !== 'task') return null;
    const b = boxOfRow(index, canvas);
    if (!b) return null;
    return { id: r.task.id, side: x < (b.x1 + b.x2) / 2 ? 'start' : 'end' };
  };

  const onConnectorMove = (e: ReactPointerEvent<SVGCircleElement>) => {
    const d = linkDrag.current;
    if (!d) return;
    const p = pointInChart(e);
    rubberEl.current?.setAttribute('d', `M${d.x},${d.y}L${p.x},${p.y}`);
    const target = targetAt(p.x, p.y);
    const bar = target && target.id !== d.from ? (host.current?.barOf(target.id) ?? null) : null;
    if (bar !== d.target) {
      d.target?.classList.remove('tl-link-target');
      bar?.classList.add('tl-link-target');
      d.target = bar;
    }
  };

  const endLinkDrag = (e: ReactPointerEvent<SVGCircleElement> | null) => {
    const d = linkDrag.current;
    if (!d) return;
    linkDrag.current = null;
    d.target?.classList.remove('tl-link-target');
    rubberEl.current?.setAttribute('visibility', 'hidden');
    if (!e) return;
    const p = pointInChart(e);
    const target = targetAt(p.x, p.y);
    if (!target) return;
    const type = `${d.side === 'end' ? 'F' : 'S'}${target.side === 'start' ? 'S' : 'F'}` as LinkType;
    actions.link(d.from, target.id, type);
  };

  // ---- moving a whole phase by its summary bar
  const phaseDrag = useRef<{ key: string; x0: number; days: number; bars: SVGGElement[]; el: SVGGElement } | null>(null);
  const onSummaryDown = (e: ReactPointerEvent<SVGGElement>, r: PhaseRow) => {
    if (readOnly || e.button !== 0) return;
    e.preventDefault();
    e.currentTarget.setPointerCapture(e.pointerId);
    const bars = r.tasks.map((x) => host.current?.barOf(x.id)).filter((b): b is SVGGElement => Boolean(b));
    phaseDrag.current = { key: r.key, x0: e.clientX, days: 0, bars, el: e.currentTarget };
    actions.select(r.key);
  };
  const onSummaryMove = (e: ReactPointerEvent<SVGGElement>, r: PhaseRow) => {
    const d = phaseDrag.current;
    if (!d) return;
    const days = Math.round((e.clientX - d.x0) / canvas.ppd);
    if (days === d.days) return;
    d.days = days;
    const shift = `translate(${days * canvas.ppd}px, 0)`;
    d.el.style.transform = shift;
    for (const b of d.bars) b.style.transform = shift;
    const tip = tipEl.current;
    if (tip && r.start !== null && r.end !== null) {
      tip.textContent = `${t('views.timeline.phaseTip', { sign: days > 0 ? '+' : '', days })} · ${format.range(r.start + days, r.end + days)}`;
      tip.style.left = `${Math.max(0, xOf(canvas, r.start + days))}px`;
      tip.style.top = `${(rowOf.get(r.key) ?? 0) * ROW_H - 22}px`;
      tip.hidden = false;
    }
  };
  const onSummaryUp = (r: PhaseRow, commit: boolean) => {
    const d = phaseDrag.current;
    if (!d) return;
    phaseDrag.current = null;
    d.el.style.transform = '';
    for (const b of d.bars) b.style.transform = '';
    clearPreview();
    if (commit && d.days !== 0) actions.shiftPhase(r.key, d.days);
  };

  // Escape drops a link or phase drag without changing anything
  const cancelRef = useRef(() => {});
  cancelRef.current = () => {
    if (linkDrag.current) endLinkDrag(null);
    const d = phaseDrag.current;
    if (d) {
      const r = rows.find((x) => x.key === d.key);
      if (r?.kind === 'phase') onSummaryUp(r, false);
    }
  };
  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent) => {
      if (e.key === 'Escape' && (linkDrag.current || phaseDrag.current)) {
        e.preventDefault();
        cancelRef.current();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  // ---- the list: focus, keyboard
  const rowTop = (index: number) => index * ROW_H;
  const revealRow = (key: string, center = false) => {
    const el = scroller.current;
    const index = live.current.rowOf.get(key);
    if (!el || index === undefined) return;
    const top = rowTop(index);
    const view = el.clientHeight - headerH;
    if (center) el.scrollTop = Math.max(0, top - view / 2);
    else if (top < el.scrollTop) el.scrollTop = top;
    else if (top + ROW_H > el.scrollTop + view) el.scrollTop = top + ROW_H - view;
    // and the bar, when it is wholly out of sight
    const box = boxOfRow(index, canvasRef.current);
    const chartW = el.clientWidth - listW;
    if (box && (box.x2 < el.scrollLeft || box.x1 > el.scrollLeft + chartW)) el.scrollLeft = Math.max(0, box.x1 - 48);
    updateRange();
  };

  const focusRow = (key: string) => {
    focusWanted.current = true;
    setFocusKey(key);
    revealRow(key);
  };
  useEffect(() => {
    if (!focusWanted.current || !focusKey) return;
    focusWanted.current = false;
    treeEl.current?.querySelector<HTMLElement>(`[data-key="${CSS.escape(focusKey)}"]`)?.focus({ preventScroll: true });
  });
  useEffect(() => {
    if (selected && rowOf.has(selected)) setFocusKey(selected);
  }, [selected, rowOf]);

  const current = focusKey !== null && rowOf.has(focusKey) ? focusKey : (rows[0]?.key ?? null);

  const onTreeKey = (e: KeyboardEvent<HTMLDivElement>) => {
    const key = (e.target as HTMLElement).closest<HTMLElement>('[data-key]')?.dataset.key;
    if (!key) return;
    const index = rows.findIndex((r) => r.key === key);
    const r = rows[index];
    if (!r) return;
    const go = (i: number) => {
      const next = rows[Math.max(0, Math.min(rows.length - 1, i))];
      if (next) focusRow(next.key);
    };
    // a task steps in working days (Shift: a working week), a phase in calendar days (Shift: a week)
    const step = e.shiftKey ? (r.kind === 'phase' ? 7 : 5) : 1;
    let handled = true;
    if (e.altKey && (e.key === 'ArrowLeft' || e.key === 'ArrowRight')) {
      const days = e.key === 'ArrowLeft' ? -step : step;
      if (r.kind === 'phase') actions.shiftPhase(r.key, days);
      else actions.shiftTask(r.key, days);
    } else if (e.ctrlKey || e.metaKey || e.altKey) {
      handled = false;
    } else if (e.key === 'ArrowDown') go(index + 1);
    else if (e.key === 'ArrowUp') go(index - 1);
    else if (e.key === 'Home') go(0);
    else if (e.key === 'End') go(rows.length - 1);
    else if (e.key === 'PageDown') go(index + 10);
    else if (e.key === 'PageUp') go(index - 10);
    else if (e.key === 'ArrowLeft') {
      if (r.kind === 'phase' && !r.collapsed) actions.toggle(r.key);
      else if (r.kind === 'task') focusRow(r.group);
    } else if (e.key === 'ArrowRight') {
      if (r.kind === 'phase' && r.collapsed) actions.toggle(r.key);
      else if (r.kind === 'phase') go(index + 1);
    } else if (e.key === 'Enter' || e.key === ' ') {
      if (r.kind === 'phase') actions.toggle(r.key);
      else actions.open(r.key);
    } else if (r.kind === 'task' && (e.key === '[' || e.key === '{')) actions.stretchTask(r.key, -step);
    else if (r.kind === 'task' && (e.key === ']' || e.key === '}')) actions.stretchTask(r.key, step);
    else if (r.kind === 'task' && (e.key === '-' || e.key === '_')) actions.stepProgress(r.key, -10);
    else if (r.kind === 'task' && (e.key === '+' || e.key === '=')) actions.stepProgress(r.key, 10);
    else handled = false;
    if (handled) {
      e.preventDefault();
      e.stopPropagation();
    }
  };

  /** A click on a row: focus and select it, bring its bar into view, open a task's editor. */
  const activate = useRef<(key: string) => void>(() => {});
  activate.current = (key: string) => {
    const index = rowOf.get(key);
    const r = index === undefined ? undefined : rows[index];
    if (!r) return;
    setFocusKey(r.key);
    actions.select(r.key);
    revealRow(r.key);
    if (r.kind === 'task') actions.open(r.key);
  };
  const activateRow = useCallback((key: string) => activate.current(key), []);

  // rows drawn in the list: the window, plus the focused row so that Tab always finds the tree
  const listRows: number[] = [];
  for (let i = range.first; i < range.last; i++) listRows.push(i);
  const currentIndex = current ? (rowOf.get(current) ?? -1) : -1;
  if (currentIndex >= 0 && (currentIndex < range.first || currentIndex >= range.last) && rows[currentIndex]?.key === current) listRows.push(currentIndex);

  // the chart's layers cover the drawn rows only (small layers paint and composite fast)
  const winTop = range.first * ROW_H;
  const winH = Math.max(ROW_H, (range.last - range.first) * ROW_H);
  const phaseRowsInView = rows.slice(range.first, range.last).flatMap((r, i) => (r.kind === 'phase' ? [{ r, index: range.first + i }] : []));

  return (
    <div className="tl-board" data-zoom={scale.zoom} data-narrow={listW < 300 ? '' : undefined} style={{ ['--tl-list' as string]: `${listW}px`, ['--tl-head' as string]: `${headerH}px` }}>
      <div className="tl-scroll" ref={scroller} onScroll={updateRange}>
        <div className="tl-head" style={{ width: listW + canvas.width, height: headerH }}>
          <div className="tl-corner" aria-hidden="true">
            <span className="tl-corner-kd" style={{ height: laneCount * LANE_H + 6 }}>
              {t('views.timeline.keyDates')}
            </span>
            <span className="tl-corner-cols">
              <span className="tl-col-name">{t('views.timeline.colTask')}</span>
              <span className="tl-col-start">{t('views.timeline.colStart')}</span>
              <span className="tl-col-days">{t('views.timeline.colDays')}</span>
            </span>
          </div>
          <TimeHeader canvas={canvas} scale={scale} keyDates={keyDates} lanes={lanes} laneCount={laneCount} today={today} format={format} />
        </div>
        <div className="tl-body" style={{ width: listW + canvas.width, height: Math.max(bodyH, ROW_H) }}>
          <div className="tl-list" role="tree" aria-label={t('views.timeline.tree')} ref={treeEl} onKeyDown={onTreeKey}>
            {listRows.map((i) => (
              <ListRow
                key={rows[i]!.key}
                row={rows[i]!}
                index={i}
                tabbable={rows[i]!.key === current}
                selected={rows[i]!.key === selected}
                critical={critical}
                warnings={rows[i]!.kind === 'task' ? warnings.get(rows[i]!.key) : undefined}
                owner={(() => {
                  const r = rows[i]!;
                  return r.kind === 'task' && r.task.owner_id ? (owners.get(r.task.owner_id) ?? '') : '';
                })()}
                calendar={props.calendar}
                format={format}
                onActivate={activateRow}
                onToggle={actions.toggle}
              />
            ))}
          </div>
          <div
            className="tl-chart"
            ref={chartRef}
            aria-hidden="true"
            style={{ width: canvas.width, height: Math.max(bodyH, ROW_H), ['--tl-ppd' as string]: `${canvas.ppd}px` }}
            onMouseMove={onChartMove}
            onMouseLeave={() => placeConnectors(null)}
          >
            <Background canvas={canvas} scale={scale} rows={rows} keyDates={keyDates} calendar={props.calendar} today={today} top={winTop} height={winH} first={range.first} last={range.last} selectedRow={selected ? (rowOf.get(selected) ?? null) : null} />
            <svg className="tl-arrows" ref={arrowsEl} width={canvas.width} height={winH} style={{ top: winTop }} viewBox={`0 ${winTop} ${canvas.width} ${winH}`}>
              <defs>
                <marker id="tl-arrowhead" viewBox="0 0 8 8" refX="7" refY="4" markerWidth="7" markerHeight="7" orient="auto">
                  <path d="M0,0L8,4L0,8z" className="tl-arrowhead" />
                </marker>
                <marker id="tl-arrowhead-crit" viewBox="0 0 8 8" refX="7" refY="4" markerWidth="7" markerHeight="7" orient="auto">
                  <path d="M0,0L8,4L0,8z" className="tl-arrowhead tl-crit" />
                </marker>
              </defs>
              {arrows.map((a) => (
                <path
                  key={a.id}
                  d={a.d}
                  data-link={a.id}
                  data-from={a.from}
                  data-to={a.to}
                  className={a.critical ? 'tl-arrow tl-crit' : 'tl-arrow'}
                  markerEnd={a.critical ? 'url(#tl-arrowhead-crit)' : 'url(#tl-arrowhead)'}
                />
              ))}
            </svg>
            <div className="tl-frappe-host" ref={hostEl} />
            <svg className="tl-over" ref={overEl} width={canvas.width} height={winH} style={{ top: winTop }} viewBox={`0 ${winTop} ${canvas.width} ${winH}`}>
              {phaseRowsInView.map(({ r, index }) =>
                r.start === null || r.end === null ? null : (
                  <SummaryBar
                    key={r.key}
                    row={r}
                    index={index}
                    canvas={canvas}
                    readOnly={readOnly}
                    onDown={(e) => onSummaryDown(e, r)}
                    onMove={(e) => onSummaryMove(e, r)}
                    onUp={(commit) => onSummaryUp(r, commit)}
                  />
                ),
              )}
              <g ref={ghostsEl} />
              <path ref={rubberEl} className="tl-rubber" visibility="hidden" d="M0,0" />
              <g ref={connEl} className="tl-connectors" visibility="hidden">
                {(['start', 'end'] as const).map((side) => (
                  <circle
                    key={side}
                    r={5}
                    cx={0}
                    cy={0}
                    className={`tl-connector tl-connector-${side}`}
                    data-side={side}
                    onPointerDown={(e) => onConnectorDown(e, side)}
                    onPointerMove={onConnectorMove}
                    onPointerUp={(e) => endLinkDrag(e)}
                    onPointerCancel={() => endLinkDrag(null)}
                  />
                ))}
              </g>
            </svg>
            <div className="tl-tip" ref={tipEl} hidden />
          </div>
        </div>
      </div>
    </div>
  );
}

// ---------------------------------------------------------------------------------------------------

const TimeHeader = memo(function TimeHeader({ canvas, scale, keyDates, lanes, laneCount, today, format }: {
  canvas: Canvas;
  scale: ReturnType<typeof timeScale>;
  keyDates: KeyDate[];
  lanes: KeyDateLanes;
  laneCount: number;
  today: number;
  format: BoardProps['format'];
}) {
  const { t } = useTranslation();
  const weekend = (day: number) => {
    const wd = new Date(day * 86_400_000).getUTCDay();
    return wd === 0 || wd === 6;
  };
  const todayX = xOf(canvas, today);
  const showToday = today >= canvas.origin && today < canvas.origin + canvas.days;
  return (
    <div className="tl-scale" style={{ width: canvas.width, ['--tl-band' as string]: `${laneCount * LANE_H + 6}px` }}>
      <div className="tl-scale-upper" aria-hidden="true">
        {scale.upper.map((c) => (
          <div key={c.start} className="tl-cell" style={{ left: xOf(canvas, c.start), width: (c.end - c.start) * canvas.ppd }} title={c.title}>
            <span>{c.label}</span>
          </div>
        ))}
      </div>
      <div className="tl-scale-lower" aria-hidden="true">
        {scale.lower.map((c) => (
          <div
            key={c.start}
            className={scale.zoom === 'day' && weekend(c.start) ? 'tl-cell tl-weekend' : 'tl-cell'}
            style={{ left: xOf(canvas, c.start), width: (c.end - c.start) * canvas.ppd }}
            title={c.title}
          >
            {c.label}
          </div>
        ))}
      </div>
      <ul className="tl-keydates" aria-label={t('views.timeline.keyDates')} style={{ height: laneCount * LANE_H + 6 }}>
        {keyDates.map((k) => {
          const s = toDay(k.start);
          const e = toDay(k.end);
          if (e < canvas.origin || s >= canvas.origin + canvas.days) return null;
          const lane = Math.min(laneCount - 1, lanes.lane.get(k.id) ?? 0);
          const tick = lanes.tick.has(k.id);
          const when = format.range(s, e);
          const width = Math.max(3, (e - s + 1) * canvas.ppd);
          return (
            <li
              key={k.id}
              className={`tl-kd tl-kd-${k.kind}${tick ? ' tl-kd-tick' : ''}`}
              style={{ left: xOf(canvas, s), minWidth: width, width: tick ? width : undefined, top: lane * LANE_H + 3 }}
              title={`${k.name} · ${when}${k.note ? ` · ${k.note}` : ''}`}
            >
              {tick ? <span className="sr-only">{k.name}</span> : k.name}
              <span className="sr-only">
                {' '}
                ({t(`enum.key_date_kind.${k.kind}`)}, {when})
              </span>
            </li>
          );
        })}
      </ul>
      {showToday ? (
        <div className="tl-today-mark" style={{ left: todayX }} aria-hidden="true">
          {t('views.timeline.today')}
        </div>
      ) : null}
    </div>
  );
});

const Background = memo(function Background({ canvas, scale, rows, keyDates, calendar, today, top, height, first, last, selectedRow }: {
  canvas: Canvas;
  scale: ReturnType<typeof timeScale>;
  rows: BoardRow[];
  keyDates: KeyDate[];
  calendar: WorkCalendar;
  today: number;
  /** the drawn rows' band of the chart */
  top: number;
  height: number;
  first: number;
  last: number;
  selectedRow: number | null;
}) {
  const weekends = scale.zoom === 'day' || scale.zoom === 'week' ? weekendDays(canvas, calendar) : [];
  const lines = scale.zoom === 'day' || scale.zoom === 'week' ? scale.upper : scale.lower;
  const bottom = top + height;
  const grid = lines.map((c) => `M${xOf(canvas, c.start)},${top}V${bottom}`).join('');
  const minor = scale.zoom === 'week' ? scale.lower.map((c) => `M${xOf(canvas, c.start)},${top}V${bottom}`).join('') : '';
  const bands: { key: string; y: number; color: string }[] = [];
  for (let i = first; i < last; i++) {
    const r = rows[i];
    if (r?.kind === 'phase') bands.push({ key: r.key, y: i * ROW_H, color: r.color });
  }
  return (
    <svg className="tl-back" width={canvas.width} height={height} style={{ top }} viewBox={`0 ${top} ${canvas.width} ${height}`}>
      {weekends.map((d) => (
        <rect key={d} className="tl-weekend" x={xOf(canvas, d)} y={top} width={canvas.ppd} height={height} />
      ))}
      {bands.map((b) => (
        <rect key={b.key} className="tl-phase-band" x={0} y={b.y} width={canvas.width} height={ROW_H} style={{ fill: b.color }} />
      ))}
      {selectedRow !== null && selectedRow >= first && selectedRow < last ? (
        <rect className="tl-row-selected" x={0} y={selectedRow * ROW_H} width={canvas.width} height={ROW_H} />
      ) : null}
      {keyDates.map((k) => {
        const s = toDay(k.start);
        const e = toDay(k.end);
        return <rect key={k.id} className={`tl-kd-shade tl-kd-${k.kind}`} x={xOf(canvas, s)} y={top} width={Math.max(2, (e - s + 1) * canvas.ppd)} height={height} />;
      })}
      {minor ? <path className="tl-grid-minor" d={minor} /> : null}
      <path className="tl-grid" d={grid} />
      {today >= canvas.origin && today < canvas.origin + canvas.days ? (
        <line className="tl-today" x1={xOf(canvas, today) + canvas.ppd / 2} x2={xOf(canvas, today) + canvas.ppd / 2} y1={top} y2={bottom} />
      ) : null}
    </svg>
  );
});

function SummaryBar({ row, index, canvas, readOnly, onDown, onMove, onUp }: {
  row: PhaseRow;
  index: number;
  canvas: Canvas;
  readOnly: boolean;
  onDown: (e: ReactPointerEvent<SVGGElement>) => void;
  onMove: (e: ReactPointerEvent<SVGGElement>) => void;
  onUp: (commit: boolean) => void;
}) {
  const x1 = xOf(canvas, row.start!);
  const x2 = xOf(canvas, row.end! + 1);
  const y = index * ROW_H + 12;
  const h = 9;
  const w = Math.max(2, x2 - x1);
  return (
    <g
      className={readOnly ? 'tl-summary' : 'tl-summary tl-draggable'}
      data-phase={row.key}
      style={{ ['--tl-bar' as string]: row.color }}
      onPointerDown={onDown}
      onPointerMove={onMove}
      onPointerUp={() => onUp(true)}
      onPointerCancel={() => onUp(false)}
    >
      <rect className="tl-summary-hit" x={x1 - 4} y={index * ROW_H + 4} width={w + 8} height={ROW_H - 8} />
      <rect className="tl-summary-bar" x={x1} y={y} width={w} height={h} />
      <rect className="tl-summary-done" x={x1} y={y} width={(w * row.progress) / 100} height={h} />
      <path className="tl-summary-cap" d={`M${x1},${y + h}l0,6l6,-6zM${x2},${y + h}l0,6l-6,-6z`} />
    </g>
  );
}

// ---------------------------------------------------------------------------------------------------

const ListRow = memo(function ListRow({ row, index, tabbable, selected, critical, warnings, owner, calendar, format, onActivate, onToggle }: {
  row: BoardRow;
  index: number;
  calendar: WorkCalendar;
  tabbable: boolean;
  selected: boolean;
  critical: ReadonlySet<string> | null;
  warnings: KeyDateWarning[] | undefined;
  owner: string;
  format: BoardProps['format'];
  onActivate: (key: string) => void;
  onToggle: (key: string) => void;
}) {
  const { t } = useTranslation();
  const style = { top: index * ROW_H, height: ROW_H };
  const sep = t('table.listSeparator');
  // The row's name is its content: the visible name, then in brackets (for assistive technology only)
  // what the columns and the bar show; the short visible columns are hidden from it.
  if (row.kind === 'phase') {
    const name = row.phase?.name ?? t('views.timeline.noPhase');
    const label =
      row.start === null || row.end === null
        ? t('views.timeline.phaseEmpty')
        : t('views.timeline.phaseLabel', { count: row.tasks.length, range: format.range(row.start, row.end), progress: row.progress });
    return (
      <div
        role="treeitem"
        aria-level={1}
        aria-expanded={!row.collapsed}
        aria-selected={selected}
        tabIndex={tabbable ? 0 : -1}
        data-key={row.key}
        className={`tl-row tl-row-phase${selected ? ' is-selected' : ''}`}
        style={{ ...style, ['--tl-bar' as string]: row.color }}
        onClick={() => onActivate(row.key)}
        onDoubleClick={() => onToggle(row.key)}
      >
        <span
          className="tl-twisty"
          aria-hidden="true"
          onClick={(e) => {
            e.stopPropagation();
            onToggle(row.key);
          }}
        >
          {row.collapsed ? '▸' : '▾'}
        </span>
        <span className="tl-swatch" aria-hidden="true" />
        <span className="tl-col-name" title={name}>
          <span className="tl-name-text">{name}</span>
          <span className="sr-only">{t('views.timeline.details', { text: label })}</span>
          <span className="tl-count" aria-hidden="true">
            {row.tasks.length}
          </span>
        </span>
        <span className="tl-col-start" aria-hidden="true">
          {row.start === null ? '' : format.short(row.start)}
        </span>
        <span className="tl-col-days" aria-hidden="true">
          {row.start === null || row.end === null ? '' : workLength(calendar, row.start, row.end)}
        </span>
      </div>
    );
  }
  const task = row.task;
  const s = toDay(task.start);
  const e = toDay(task.end);
  const crit = Boolean(critical?.has(task.id));
  const days = workLength(calendarOf(task, calendar), s, e);
  const first = task.milestone
    ? t('views.timeline.milestoneLabel', { date: format.short(s) })
    : t(task.ignore_calendar ? 'views.timeline.taskLabel' : 'views.timeline.taskLabelWorking', { range: format.range(s, e), days, progress: task.progress });
  const parts: string[] = [];
  if (owner) parts.push(t('views.timeline.ownerPart', { owner }));
  if (crit) parts.push(t('views.timeline.criticalPart'));
  const warnText = (warnings ?? []).map((w) =>
    t(w.kind === 'milestone_on_holiday' ? 'views.timeline.warnMilestone' : 'views.timeline.warnEnds', {
      name: w.keyDate.name,
      range: format.range(toDay(w.keyDate.start), toDay(w.keyDate.end)),
    }),
  );
  parts.push(...warnText);
  return (
    <div
      role="treeitem"
      aria-level={2}
      aria-selected={selected}
      tabIndex={tabbable ? 0 : -1}
      data-key={row.key}
      className={`tl-row tl-row-task${selected ? ' is-selected' : ''}${crit ? ' is-critical' : ''}`}
      style={{ ...style, ['--tl-bar' as string]: row.color }}
      onClick={() => onActivate(row.key)}
    >
      <span className="tl-col-name" title={[task.name, ...warnText].join('\n')}>
        {task.milestone ? (
          <span className="tl-ms-icon" aria-hidden="true">
            ◆
          </span>
        ) : null}
        <span className="tl-name-text">{task.name}</span>
        <span className="sr-only">{t('views.timeline.details', { text: [first, ...parts].join(sep) })}</span>
        {warnText.length ? (
          <span className="warn-badge tl-warn-badge" aria-hidden="true">
            ⚠ {t('views.timeline.warnBadge')}
          </span>
        ) : null}
      </span>
      <span className="tl-col-start" aria-hidden="true">
        {format.short(s)}
      </span>
      <span className="tl-col-days" aria-hidden="true">
        {task.milestone ? '◆' : days}
      </span>
    </div>
  );
});
