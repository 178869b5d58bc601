/**
 * The board's own pointer drags (frappe-gantt runs the bars' drags): a link drawn from the dots beside
 * a bar onto another bar, and a whole phase moved by its summary bar. Escape drops either without
 * changing anything. Handlers read the board's latest state from `live`, so they are never stale.
 */
import { useEffect, useRef, type MouseEvent as ReactMouseEvent, type MutableRefObject, type PointerEvent as ReactPointerEvent, type RefObject } from 'react';
import type { LinkType } from '../../../shared/model/enums.ts';
import { rowBox } from './board-geometry.ts';
import type { GanttHost } from './gantt-host.ts';
import { ROW_H, type PhaseRow } from './model.ts';
import type { PreviewLive } from './useDragPreview.ts';

export interface DragElements {
  host: RefObject<GanttHost | null>;
  chart: RefObject<HTMLDivElement | null>;
  connectors: RefObject<SVGGElement | null>;
  rubber: RefObject<SVGPathElement | null>;
}

interface Preview {
  phase(r: PhaseRow, days: number): void;
  clear(): void;
}

export function usePointerDrags(live: MutableRefObject<PreviewLive>, els: DragElements, preview: Preview) {
  const hoverRow = useRef<number | null>(null);
  const linkDrag = useRef<{ from: string; side: 'start' | 'end'; x: number; y: number; target: SVGGElement | null } | null>(null);
  const phaseDrag = useRef<{ key: string; x0: number; days: number; bars: SVGGElement[]; el: SVGGElement } | null>(null);

  // ---- link handles: two dots beside the bar of the row under the mouse
  const placeConnectors = (index: number | null) => {
    const g = els.connectors.current;
    if (!g) return;
    const { rows, canvas, props } = live.current;
    hoverRow.current = index;
    const r = index === null ? undefined : rows[index];
    if (!r || r.kind !== 'task' || props.readOnly || els.host.current?.dragging) {
      g.setAttribute('visibility', 'hidden');
      return;
    }
    const b = rowBox(rows, index!, canvas);
    if (!b) return;
    const [left, right] = Array.from(g.querySelectorAll('circle'));
    left?.setAttribute('cx', String(b.x1 - 9));
    right?.setAttribute('cx', String(b.x2 + 9));
    left?.setAttribute('cy', String(b.y));
    right?.setAttribute('cy', String(b.y));
    g.dataset.task = r.task.id;
    g.setAttribute('visibility', 'visible');
  };

  const pointInChart = (e: { clientX: number; clientY: number }) => {
    const rect = els.chart.current!.getBoundingClientRect();
    return { x: e.clientX - rect.left, y: e.clientY - rect.top };
  };

  const onChartMove = (e: ReactMouseEvent) => {
    if (linkDrag.current || els.host.current?.dragging) return;
    const index = Math.floor(pointInChart(e).y / ROW_H);
    if (index !== hoverRow.current) placeConnectors(index);
  };

  const onConnectorDown = (e: ReactPointerEvent<SVGCircleElement>, side: 'start' | 'end') => {
    const from = els.connectors.current?.dataset.task;
    if (!from || e.button !== 0) return;
    e.preventDefault();
    e.stopPropagation();
    e.currentTarget.setPointerCapture(e.pointerId);
    const cx = Number(e.currentTarget.getAttribute('cx'));
    const cy = Number(e.currentTarget.getAttribute('cy'));
    linkDrag.current = { from, side, x: cx, y: cy, target: null };
    els.rubber.current?.setAttribute('d', `M${cx},${cy}L${cx},${cy}`);
    els.rubber.current?.setAttribute('visibility', 'visible');
  };

  const targetAt = (x: number, y: number): { id: string; side: 'start' | 'end' } | null => {
    const { rows, canvas } = live.current;
    const index = Math.floor(y / ROW_H);
    const r = rows[index];
    if (!r || r.kind !== 'task') return null;
    const b = rowBox(rows, index, canvas);
    if (!b) return null;
    return { id: r.task.id, side: x < (b.x1 + b.x2) / 2 ? 'start' : 'end' };
  };

  const onConnectorMove = (e: ReactPointerEvent<SVGCircleElement>) => {
    const d = linkDrag.current;
    if (!d) return;
    const p = pointInChart(e);
    els.rubber.current?.setAttribute('d', `M${d.x},${d.y}L${p.x},${p.y}`);
    const target = targetAt(p.x, p.y);
    const bar = target && target.id !== d.from ? (els.host.current?.barOf(target.id) ?? null) : null;
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
    els.rubber.current?.setAttribute('visibility', 'hidden');
    if (!e) return;
    const p = pointInChart(e);
    const target = targetAt(p.x, p.y);
    if (!target) return;
    const type = `${d.side === 'end' ? 'F' : 'S'}${target.side === 'start' ? 'S' : 'F'}` as LinkType;
    live.current.props.actions.link(d.from, target.id, type);
  };

  // ---- moving a whole phase by its summary bar
  const onSummaryDown = (e: ReactPointerEvent<SVGGElement>, r: PhaseRow) => {
    if (live.current.props.readOnly || e.button !== 0) return;
    e.preventDefault();
    e.currentTarget.setPointerCapture(e.pointerId);
    const bars = r.tasks.map((x) => els.host.current?.barOf(x.id)).filter((b): b is SVGGElement => Boolean(b));
    phaseDrag.current = { key: r.key, x0: e.clientX, days: 0, bars, el: e.currentTarget };
    live.current.props.actions.select(r.key);
  };
  const onSummaryMove = (e: ReactPointerEvent<SVGGElement>, r: PhaseRow) => {
    const d = phaseDrag.current;
    if (!d) return;
    const { ppd } = live.current.canvas;
    const days = Math.round((e.clientX - d.x0) / ppd);
    if (days === d.days) return;
    d.days = days;
    const shift = `translate(${days * ppd}px, 0)`;
    d.el.style.transform = shift;
    for (const b of d.bars) b.style.transform = shift;
    preview.phase(r, days);
  };
  const onSummaryUp = (r: PhaseRow, commit: boolean) => {
    const d = phaseDrag.current;
    if (!d) return;
    phaseDrag.current = null;
    d.el.style.transform = '';
    for (const b of d.bars) b.style.transform = '';
    preview.clear();
    if (commit && d.days !== 0) live.current.props.actions.shiftPhase(r.key, d.days);
  };

  const cancel = useRef(() => {});
  cancel.current = () => {
    if (linkDrag.current) endLinkDrag(null);
    const d = phaseDrag.current;
    if (d) {
      const r = live.current.rows.find((x) => x.key === d.key);
      if (r?.kind === 'phase') onSummaryUp(r, false);
    }
  };
  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent) => {
      if (e.key === 'Escape' && (linkDrag.current || phaseDrag.current)) {
        e.preventDefault();
        cancel.current();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return { placeConnectors, onChartMove, onConnectorDown, onConnectorMove, endLinkDrag, onSummaryDown, onSummaryMove, onSummaryUp };
}
