/**
 * The width of the task list's name column: a separator on the list's right edge, dragged with the
 * mouse or moved with the arrow keys (Home and End for the narrowest and widest), remembered on this
 * computer.
 */
import { useCallback, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';

const KEY = 'campaign-planner.timeline.nameWidth';
export const NAME_MIN = 120;
export const NAME_MAX = 480;
const STEP = 16;

const clamp = (w: number) => Math.round(Math.max(NAME_MIN, Math.min(NAME_MAX, w)));

function stored(): number | null {
  try {
    const n = Number(localStorage.getItem(KEY));
    return Number.isFinite(n) && n > 0 ? clamp(n) : null;
  } catch {
    return null;
  }
}

function remember(w: number): void {
  try {
    localStorage.setItem(KEY, String(w));
  } catch {
    // remembered for this session only
  }
}

/** The name column's width: the one chosen on this computer, else `fallback`. */
export function useNameWidth(fallback: number): [number, (w: number, save: boolean) => void] {
  const [chosen, setChosen] = useState<number | null>(stored);
  const set = useCallback((w: number, save: boolean) => {
    const next = clamp(w);
    setChosen(next);
    if (save) remember(next);
  }, []);
  return [chosen ?? fallback, set];
}

export function ColumnResizer({ width, onChange }: { width: number; onChange: (w: number, save: boolean) => void }) {
  const { t } = useTranslation();
  const drag = useRef<{ x: number; w: number; last: number } | null>(null);
  const onKey = (e: KeyboardEvent) => {
    const step = e.shiftKey ? STEP * 4 : STEP;
    const next = e.key === 'ArrowLeft' ? width - step : e.key === 'ArrowRight' ? width + step : e.key === 'Home' ? NAME_MIN : e.key === 'End' ? NAME_MAX : null;
    if (next === null) return;
    e.preventDefault();
    onChange(next, true);
  };
  const onDown = (e: PointerEvent<HTMLDivElement>) => {
    if (e.button !== 0) return;
    e.preventDefault();
    e.currentTarget.setPointerCapture(e.pointerId);
    drag.current = { x: e.clientX, w: width, last: width };
  };
  const onMove = (e: PointerEvent<HTMLDivElement>) => {
    const d = drag.current;
    if (!d) return;
    d.last = clamp(d.w + e.clientX - d.x);
    onChange(d.last, false);
  };
  const onUp = () => {
    const d = drag.current;
    drag.current = null;
    if (d) onChange(d.last, true);
  };
  return (
    <div
      role="separator"
      aria-orientation="vertical"
      aria-label={t('views.timeline.nameWidth')}
      aria-valuenow={width}
      aria-valuemin={NAME_MIN}
      aria-valuemax={NAME_MAX}
      tabIndex={0}
      title={t('views.timeline.nameWidthTitle')}
      className="tl-col-resize"
      onKeyDown={onKey}
      onPointerDown={onDown}
      onPointerMove={onMove}
      onPointerUp={onUp}
      onPointerCancel={onUp}
    />
  );
}
