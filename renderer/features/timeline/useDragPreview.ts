/**
 * The preview while a bar or a phase is dragged: where the scheduler will put it, dashed outlines of
 * the tasks it pushes (red past the plan's end), the arrows of every moved task following, and a tip
 * saying how many tasks in which phases will move. Drawn straight into the DOM, no React render while
 * the mouse moves; the schedule's graph is built while the browser is idle, not on the first frame.
 */
import { useEffect, useMemo, useRef, type MutableRefObject, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { toDay } from '../../../shared/logic/dates.ts';
import { constrainEdit } from '../../../shared/logic/schedule-limits.ts';
import { prepareSchedule, type PreparedSchedule } from '../../../shared/logic/schedule.ts';
import type { DateRange } from '../../../shared/logic/schedule-graph.ts';
import type { TaskLink } from '../../../shared/model/registry.ts';
import { arrowWith, ghostRect, type DrawnRange } from './board-geometry.ts';
import type { BoardProps } from './board-types.ts';
import { shiftGroup } from './edits.ts';
import type { DragKind, GanttHost } from './gantt-host.ts';
import { barBox, ROW_H, xOf, type BoardRow, type Canvas, type PhaseRow } from './model.ts';
import { moveReport, movedList } from './push-report.ts';

export interface PreviewLive {
  props: BoardProps;
  rows: BoardRow[];
  canvas: Canvas;
  range: DrawnRange;
}

export interface PreviewElements {
  arrows: RefObject<SVGSVGElement | null>;
  ghosts: RefObject<SVGGElement | null>;
  tip: RefObject<HTMLDivElement | null>;
  host: RefObject<GanttHost | null>;
}

export function useDragPreview(live: MutableRefObject<PreviewLive>, els: PreviewElements) {
  const { t, i18n } = useTranslation();
  const { tasks, links, calendar } = live.current.props;
  const prepared = useRef<PreparedSchedule | null>(null);
  useEffect(() => {
    prepared.current = null;
    const idle = window.requestIdleCallback ?? ((f: () => void) => window.setTimeout(f, 200));
    const cancel = window.cancelIdleCallback ?? window.clearTimeout;
    const handle = idle(() => {
      const p = live.current.props;
      if (!els.host.current?.dragging) prepared.current = prepareSchedule(p.tasks, p.links, p.calendar);
    });
    return () => cancel(handle);
  }, [tasks, links, calendar, live, els.host]);
  const schedule = () => {
    const p = live.current.props;
    prepared.current ??= prepareSchedule(p.tasks, p.links, p.calendar);
    return prepared.current;
  };
  const linkById = useMemo(() => new Map<string, TaskLink>(links.map((l) => [l.id, l])), [links]);
  /** arrows moved by the preview: put back as React drew them when it ends */
  const bent = useRef(new Set<SVGPathElement>());

  /** Every drawn arrow with an end among the moved tasks follows it. */
  const bendArrows = (override: Map<string, { start: string; end: string }>) => {
    const { props: p, rows, canvas } = live.current;
    const svg = els.arrows.current;
    if (!svg) return;
    for (const path of Array.from(svg.querySelectorAll<SVGPathElement>('path[data-link]'))) {
      const link = linkById.get(path.dataset.link ?? '');
      if (!link) continue;
      if (!override.has(link.predecessor_id) && !override.has(link.successor_id)) {
        if (bent.current.has(path)) restore(path);
        continue;
      }
      const d = arrowWith(link, p.rowOf, rows, canvas, override);
      if (d) {
        path.setAttribute('d', d);
        bent.current.add(path);
      }
    }
  };
  const restore = (path: SVGPathElement) => {
    const d = path.dataset.d;
    if (d) path.setAttribute('d', d);
    bent.current.delete(path);
  };

  /** Outlines of the moved tasks on the drawn rows; returns how many end past the plan's end. */
  const drawGhosts = (moved: readonly DateRange[], skip: ReadonlySet<string>) => {
    const { props: p, rows, canvas, range } = live.current;
    const out: string[] = [];
    for (const m of moved) {
      if (skip.has(m.id)) continue;
      const r = p.rowOf.get(m.id);
      if (r === undefined || r < range.first || r >= range.last) continue;
      const row = rows[r];
      if (!row || row.kind !== 'task' || row.task.id !== m.id) continue;
      out.push(ghostRect(canvas, r, m.start, m.end, row.task.milestone, p.planEnd != null && toDay(m.end) > p.planEnd));
    }
    if (els.ghosts.current) els.ghosts.current.innerHTML = out.join('');
  };

  const phaseOrder = () => live.current.rows.filter((r): r is PhaseRow => r.kind === 'phase').map((r) => r.key);
  const phaseName = (key: string) => {
    const r = live.current.rows.find((x) => x.key === key);
    return r?.kind === 'phase' ? (r.phase?.name ?? t('views.timeline.noPhase')) : key;
  };

  /** The tip's words about what moves with it: per phase, and how many end past the plan's end. */
  const pushLines = (moved: readonly DateRange[], leave: string | undefined) => {
    const p = live.current.props;
    const report = moveReport(moved, p.groupOf, phaseOrder(), p.planEnd ?? null, leave);
    const lines: string[] = [];
    if (report.total) lines.push(t('views.timeline.pushedIn', { list: movedList(report, (count, key) => t('views.timeline.movedIn', { count, phase: phaseName(key) }), i18n.language) }));
    if (report.late.length) lines.push(`⚠ ${t('views.timeline.lateTip', { count: report.late.length })}`);
    return { lines, late: report.late.length > 0 };
  };

  const showTip = (text: string, x: number, row: number, late: boolean) => {
    const tip = els.tip.current;
    if (!tip) return;
    tip.textContent = text;
    tip.classList.toggle('tl-tip-late', late);
    tip.style.left = `${Math.max(0, x)}px`;
    tip.style.top = `${row * ROW_H - 22}px`;
    tip.hidden = false;
  };

  /** A task's bar is dragged to these dates. */
  const drag = (id: string, kind: DragKind, start: string, end: string) => {
    const { props: p, rows, canvas } = live.current;
    const row = p.rowOf.get(id);
    if (row === undefined) return;
    const r0 = rows[row];
    if (!r0 || r0.kind !== 'task' || r0.task.id !== id) return;
    const task = r0.task;
    const placed = constrainEdit(id, p.tasks, p.links, { start, end }, task.milestone ? 'move' : kind, p.calendar);
    const moved = schedule().reschedule([placed]);
    const override = new Map<string, { start: string; end: string }>([[id, { start, end }]]);
    for (const m of moved) if (m.id !== id) override.set(m.id, m);
    bendArrows(override);
    const snapped = placed.start !== start || placed.end !== end;
    drawGhosts([...(snapped ? [placed] : []), ...moved.filter((m) => m.id !== id)], new Set());
    const b = barBox(canvas, start, end, task.milestone, row);
    const days = toDay(end) - toDay(start) + 1;
    const push = pushLines([placed, ...moved.filter((m) => m.id !== id)], id);
    showTip([t('views.timeline.dragTip', { range: p.format.range(toDay(start), toDay(end)), days }), ...push.lines].join(' · '), b.x1, row, push.late);
  };

  /** A phase's summary is dragged `days` days: its tasks (moved by the caller) and what they push. */
  const phase = (r: PhaseRow, days: number) => {
    const { props: p, canvas } = live.current;
    const ids = new Set(r.tasks.map((x) => x.id));
    const shift = days === 0 ? { moved: [] as DateRange[], days: 0 } : shiftGroup(p.tasks, p.links, ids, days, p.calendar, schedule());
    const override = new Map<string, { start: string; end: string }>(shift.moved.map((m) => [m.id, m]));
    bendArrows(override);
    drawGhosts(shift.moved, ids);
    if (r.start === null || r.end === null) return;
    const push = pushLines(shift.moved, undefined);
    const head = `${t('views.timeline.phaseTip', { sign: days > 0 ? '+' : '', days })} · ${p.format.range(r.start + days, r.end + days)}`;
    showTip([head, ...push.lines].join(' · '), xOf(canvas, r.start + days), p.rowOf.get(r.key) ?? 0, push.late);
  };

  const clear = () => {
    if (els.ghosts.current) els.ghosts.current.innerHTML = '';
    if (els.tip.current) els.tip.current.hidden = true;
    for (const path of [...bent.current]) restore(path);
  };

  return { drag, phase, clear };
}
