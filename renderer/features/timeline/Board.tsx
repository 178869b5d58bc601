/**
 * The Gantt board: one scrolling area with a sticky header (time scale, key dates) and a sticky task
 * list on the left; the chart on the right is drawn in layers: our background (weekends, key dates,
 * today), our arrows, frappe-gantt's task bars (only the rows on screen), and our overlay (phase
 * summary bars, link handles, drag previews). Only the rows on screen are in the DOM, so a plan of
 * thousands of tasks opens and scrolls like a small one.
 * The parts live beside it: the drawn range (useDrawnRange), the drag preview (useDragPreview), the
 * link and phase drags (usePointerDrags), the tree's focus and keys (useTreeFocus), the header
 * (TimeHeader), the chart's layers (ChartLayers) and the rows of the list (ListRow).
 */
import { createRef, useCallback, useLayoutEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { toDay } from '../../../shared/logic/dates.ts';
import { usePlanTodayDay } from '../../ui/today.ts';
import { columnStyle, fixedWidth, listColumns, type ListColumn } from './board-columns.ts';
import { listRowIndexes, visibleArrows } from './board-geometry.ts';
import type { BoardProps } from './board-types.ts';
import { Background, SummaryBar } from './ChartLayers.tsx';
import { GanttHost, type HostRow } from './gantt-host.ts';
import { ListRow } from './ListRow.tsx';
import { ColumnResizer, useNameWidth } from './ColumnResizer.tsx';
import { fitPpd, keyDateLanes, makeCanvas, PX_PER_DAY, ROW_H, timeScale, xOf, type Canvas } from './model.ts';
import { LANE_H, LOWER_H, TimeHeader, UPPER_H } from './TimeHeader.tsx';
import { useDragPreview, type PreviewLive } from './useDragPreview.ts';
import { useBoxSize, useDrawnRange } from './useDrawnRange.ts';
import { usePointerDrags } from './usePointerDrags.ts';
import { useTreeFocus, type TreeLive } from './useTreeFocus.ts';

export type { BoardActions, BoardProps, ScrollRequest } from './board-types.ts';

const EMPTY = new Set<string>();
const NO_KEY_DATES: BoardProps['keyDates'] = [];
const COLUMN_STYLE = columnStyle();
const HEADER_KEY: Record<ListColumn, string> = {
  start: 'views.timeline.colStart',
  end: 'views.timeline.colEnd',
  days: 'views.timeline.colDays',
  owner: 'views.timeline.colOwner',
  progress: 'views.timeline.colProgress',
};

export function Board(props: BoardProps) {
  const { rows, rowOf, span, zoom, links, keyDates, owners, warnings, critical, selected, readOnly, actions, format, bandOpen } = props;
  const { t, i18n } = useTranslation();
  const els = useMemo(
    () => ({
      scroller: createRef<HTMLDivElement>(),
      hostEl: createRef<HTMLDivElement>(),
      arrows: createRef<SVGSVGElement>(),
      over: createRef<SVGSVGElement>(),
      ghosts: createRef<SVGGElement>(),
      tip: createRef<HTMLDivElement>(),
      connectors: createRef<SVGGElement>(),
      rubber: createRef<SVGPathElement>(),
      tree: createRef<HTMLDivElement>(),
      chart: createRef<HTMLDivElement>(),
      host: createRef<GanttHost>() as { current: GanttHost | null },
    }),
    [],
  );

  const size = useBoxSize(els.scroller);
  const narrow = size.width < 900;
  // the list is the name column plus the short ones (the start date's is left out in a narrow window)
  const [nameW, setNameW] = useNameWidth(narrow ? 152 : 198);
  const chosen = props.columns;
  const columns = useMemo(() => listColumns(chosen, narrow), [chosen, narrow]);
  const listW = nameW + fixedWidth(columns);
  const ppd = zoom === 'fit' ? fitPpd(span, Math.max(200, size.width - listW - 24)) : PX_PER_DAY[zoom];
  const canvas = useMemo(() => makeCanvas(span, ppd), [span, ppd]);
  const scale = useMemo(() => timeScale(canvas, i18n.language, (n) => t('views.timeline.weekShort', { n })), [canvas, i18n.language, t]);
  const lanes = useMemo(() => keyDateLanes(keyDates, canvas), [keyDates, canvas]);
  const laneCount = Math.max(1, lanes.count);
  // a folded band leaves the key dates' shading on the chart and their names in its tooltips
  const bandH = bandOpen ? laneCount * LANE_H + 6 : 0;
  const headerH = UPPER_H + LOWER_H + bandH;
  const bodyH = rows.length * ROW_H;
  const today = usePlanTodayDay();
  const { range, update: updateRange, onScroll } = useDrawnRange(els.scroller, size, headerH, rows.length);

  // the latest state for the imperative parts (frappe callbacks, pointer handlers, keys)
  const live = useRef<TreeLive>(null as unknown as TreeLive);
  live.current = { props, rows, canvas, range, listW, headerH };
  const previewLive = live as unknown as { current: PreviewLive };

  const preview = useDragPreview(previewLive, els);
  const previewRef = useRef(preview);
  previewRef.current = preview;
  const drags = usePointerDrags(previewLive, els, preview);
  const placeConnectorsRef = useRef(drags.placeConnectors);
  placeConnectorsRef.current = drags.placeConnectors;
  const tree = useTreeFocus(live, els.scroller, els.tree, updateRange);

  // ---- keep the day in the middle of the window when the zoom changes
  const prevCanvas = useRef<Canvas | null>(null);
  useLayoutEffect(() => {
    const el = els.scroller.current!;
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
  }, [canvas, listW, span.start, zoom, els]);

  // ---- scroll requests from the toolbar
  useLayoutEffect(() => {
    const req = props.scroll;
    const el = els.scroller.current;
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
    } else if (req.to === 'start') el.scrollLeft = Math.max(0, xOf(canvas, span.start) - 24);
    else if (req.key) tree.revealRow(req.key, true);
  }, [props.scroll?.n]);

  // ---- frappe
  useLayoutEffect(() => {
    const h = new GanttHost(els.hostEl.current!, {
      scroller: els.scroller.current!,
      chartLeft: () => (els.scroller.current?.getBoundingClientRect().left ?? 0) + live.current.listW,
      onCommit: (id, kind, start, end) => live.current.props.actions.commitDates(id, kind, start, end),
      onProgress: (id, p) => live.current.props.actions.commitProgress(id, p),
      onDragFrame: (id, kind, start, end) => previewRef.current.drag(id, kind, start, end),
      onDragState: (active) => {
        if (!active) previewRef.current.clear();
        placeConnectorsRef.current(null);
      },
      onSelect: (id) => live.current.props.actions.select(id),
      onOpen: (id) => live.current.props.actions.open(id),
    });
    els.host.current = h;
    return () => {
      h.dispose();
      els.host.current = null;
    };
  }, [els]);

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
    els.host.current?.draw(hostRows, canvas, range.first, readOnly);
  }, [hostRows, canvas, range.first, readOnly, els]);
  useLayoutEffect(() => {
    els.host.current?.setDecorations(selected, critical ?? EMPTY);
  }, [selected, critical, hostRows, canvas, els]);

  const arrows = useMemo(() => visibleArrows(links, rowOf, rows, range, canvas, critical), [links, rowOf, rows, range, canvas, critical]);

  const activate = tree.activate;
  const activateRow = useCallback((key: string) => activate.current(key), [activate]);
  const current = tree.current;
  const listRows = listRowIndexes(range, rows, rowOf, current);

  // the chart's layers cover the drawn rows only (small layers paint and composite fast)
  const winTop = range.first * ROW_H;
  const winH = Math.max(ROW_H, (range.last - range.first) * ROW_H);
  const phaseRowsInView = rows.slice(range.first, range.last).flatMap((r, i) => (r.kind === 'phase' ? [{ r, index: range.first + i }] : []));

  return (
    <div className="tl-board" data-zoom={scale.zoom} data-narrow={narrow ? '' : undefined} style={{ ...COLUMN_STYLE, ['--tl-list' as string]: `${listW}px`, ['--tl-head' as string]: `${headerH}px` }}>
      <div className="tl-scroll" ref={els.scroller} onScroll={onScroll}>
        <div className="tl-head" style={{ width: listW + canvas.width, height: headerH }}>
          <div className="tl-corner">
            {bandOpen ? (
              <span className="tl-corner-kd" style={{ height: bandH }} aria-hidden="true">
                {t('views.timeline.keyDates')}
              </span>
            ) : null}
            <span className="tl-corner-tools">
              <button type="button" className="btn btn-quiet tl-band-toggle" aria-expanded={bandOpen} title={t('views.timeline.keyDatesBandTitle')} onClick={props.onToggleBand}>
                <span aria-hidden="true">{bandOpen ? '▾' : '▸'}</span>
                {t('views.timeline.keyDatesBand')}
              </button>
            </span>
            <ColumnResizer width={nameW} onChange={setNameW} />
            <span className="tl-corner-cols" aria-hidden="true">
              <span className="tl-col-name">{t('views.timeline.colTask')}</span>
              {columns.map((c) => (
                <span key={c} className={`tl-col-${c}`}>
                  {t(HEADER_KEY[c])}
                </span>
              ))}
            </span>
          </div>
          <TimeHeader canvas={canvas} scale={scale} keyDates={bandOpen ? keyDates : NO_KEY_DATES} lanes={lanes} laneCount={laneCount} bandH={bandH} today={today} format={format} />
        </div>
        <div className="tl-body" style={{ width: listW + canvas.width, height: Math.max(bodyH, ROW_H) }}>
          <div className="tl-list" role="tree" aria-label={t('views.timeline.tree')} ref={els.tree} onKeyDown={tree.onTreeKey}>
            {listRows.map((i) => (
              <ListRow
                key={rows[i]!.key}
                row={rows[i]!}
                index={i}
                columns={columns}
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
            ref={els.chart}
            aria-hidden="true"
            style={{ width: canvas.width, height: Math.max(bodyH, ROW_H), ['--tl-ppd' as string]: `${canvas.ppd}px` }}
            onMouseMove={drags.onChartMove}
            onMouseLeave={() => drags.placeConnectors(null)}
          >
            <Background canvas={canvas} scale={scale} rows={rows} keyDates={keyDates} calendar={props.calendar} today={today} top={winTop} height={winH} first={range.first} last={range.last} selectedRow={selected ? (rowOf.get(selected) ?? null) : null} />
            <svg className="tl-arrows" ref={els.arrows} width={canvas.width} height={winH} style={{ top: winTop }} viewBox={`0 ${winTop} ${canvas.width} ${winH}`}>
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
                  data-d={a.d}
                  data-from={a.from}
                  data-to={a.to}
                  className={a.critical ? 'tl-arrow tl-crit' : 'tl-arrow'}
                  markerEnd={a.critical ? 'url(#tl-arrowhead-crit)' : 'url(#tl-arrowhead)'}
                />
              ))}
            </svg>
            <div className="tl-frappe-host" ref={els.hostEl} />
            <svg className="tl-over" ref={els.over} width={canvas.width} height={winH} style={{ top: winTop }} viewBox={`0 ${winTop} ${canvas.width} ${winH}`}>
              {phaseRowsInView.map(({ r, index }) =>
                r.start === null || r.end === null ? null : (
                  <SummaryBar
                    key={r.key}
                    row={r}
                    index={index}
                    canvas={canvas}
                    readOnly={readOnly}
                    onDown={(e) => drags.onSummaryDown(e, r)}
                    onMove={(e) => drags.onSummaryMove(e, r)}
                    onUp={(commit) => drags.onSummaryUp(r, commit)}
                  />
                ),
              )}
              <g ref={els.ghosts} />
              <path ref={els.rubber} className="tl-rubber" visibility="hidden" d="M0,0" />
              <g ref={els.connectors} className="tl-connectors" visibility="hidden">
                {(['start', 'end'] as const).map((side) => (
                  <circle
                    key={side}
                    r={5}
                    cx={0}
                    cy={0}
                    className={`tl-connector tl-connector-${side}`}
                    data-side={side}
                    onPointerDown={(e) => drags.onConnectorDown(e, side)}
                    onPointerMove={drags.onConnectorMove}
                    onPointerUp={(e) => drags.endLinkDrag(e)}
                    onPointerCancel={() => drags.endLinkDrag(null)}
                  />
                ))}
              </g>
            </svg>
            <div className="tl-tip" ref={els.tip} hidden />
          </div>
        </div>
      </div>
    </div>
  );
}
