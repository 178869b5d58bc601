/**
 * The chart's layers drawn by React: the background (weekends, phase bands, key-date shades, grid,
 * today) and the phase summary bars. Both cover the drawn rows only: small layers paint fast.
 */
import { memo, type PointerEvent as ReactPointerEvent } from 'react';
import { toDay } from '../../../shared/logic/dates.ts';
import type { WorkCalendar } from '../../../shared/logic/workdays.ts';
import type { KeyDate } from '../../../shared/model/registry.ts';
import { ROW_H, weekendDays, xOf, type BoardRow, type Canvas, type PhaseRow, type timeScale } from './model.ts';

export const Background = memo(function Background({ canvas, scale, rows, keyDates, calendar, today, top, height, first, last, selectedRow }: {
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

export function SummaryBar({ row, index, canvas, readOnly, onDown, onMove, onUp }: {
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
  const y = index * ROW_H + ROW_H / 2 - 5;
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
