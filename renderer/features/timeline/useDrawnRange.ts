/**
 * The board's size and the rows it draws. A scroll only re-renders the board when the drawn range
 * changes (it snaps to blocks of rows), and at most once per frame: a burst of scroll events in one
 * frame costs one check.
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';
import { clampRange, type DrawnRange } from './board-geometry.ts';
import { drawnRange } from './model.ts';

/** The scroller's inner size, followed as the window resizes. */
export function useBoxSize(scroller: RefObject<HTMLDivElement | null>) {
  const [size, setSize] = useState({ width: 1000, height: 600 });
  useLayoutEffect(() => {
    const el = scroller.current!;
    const measure = () => setSize((s) => (s.width === el.clientWidth && s.height === el.clientHeight ? s : { width: el.clientWidth, height: el.clientHeight }));
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, [scroller]);
  return size;
}

export function useDrawnRange(scroller: RefObject<HTMLDivElement | null>, size: { width: number; height: number }, headerH: number, count: number) {
  const [drawn, setDrawn] = useState<DrawnRange>({ first: 0, last: 0 });
  const current = useRef(drawn);
  const range = useMemo(() => clampRange(drawn, count), [drawn, count]);

  /** Measures now (after a programmatic scroll, so that the rows are there before the next paint). */
  const update = useCallback(() => {
    const el = scroller.current;
    if (!el) return;
    const r = drawnRange(el.scrollTop, el.clientHeight - headerH, count);
    if (r.first !== current.current.first || r.last !== current.current.last) {
      current.current = r;
      flushSync(() => setDrawn(r));
    }
  }, [scroller, headerH, count]);
  useLayoutEffect(update, [update, size]);

  // a scroll event checks the range once in its frame, before that frame paints
  const frame = useRef(0);
  const onScroll = useCallback(() => {
    if (frame.current) return;
    frame.current = requestAnimationFrame(() => {
      frame.current = 0;
      update();
    });
  }, [update]);
  useEffect(() => () => cancelAnimationFrame(frame.current), []);

  return { range, update, onScroll };
}
