/**
 * The rows of a grid. Each row redraws only when its own row (or the columns) change, and a long table
 * (more than VIRTUAL_FROM rows) puts only the rows near the window's view in the page: drawing and
 * laying out 500 rows of editors took an undo on the large plan over a second.
 */
import { defaultRangeExtractor, useWindowVirtualizer, type Range } from '@tanstack/react-virtual';
import { memo, useCallback, useLayoutEffect, useMemo, useRef, useState, type FocusEvent, type KeyboardEvent, type ReactElement } from 'react';
import type { GridColumn } from './GridTable.tsx';

export const VIRTUAL_FROM = 100;
/** a row with one line of editors; rows are measured once drawn */
const ROW_ESTIMATE = 40;
/** header rows above the body (titles, filters), for aria-rowindex */
export const HEAD_ROWS = 2;

export function alignClass<T>(c: GridColumn<T>): string | undefined {
  return [c.align === 'end' ? 'num' : c.align === 'center' ? 'center' : '', c.className ?? ''].filter(Boolean).join(' ') || undefined;
}

interface RowProps<T> {
  row: T;
  id: string;
  className: string | undefined;
  columns: readonly GridColumn<T>[];
  /** 0-based place in the shown rows, when only some rows are in the page */
  index?: number;
  measure?: (el: HTMLTableRowElement | null) => void;
}

function GridRowOf<T>({ row, id, className, columns, index, measure }: RowProps<T>) {
  return (
    <tr ref={measure} className={className} data-row-id={id} data-index={index} aria-rowindex={index === undefined ? undefined : index + HEAD_ROWS + 1}>
      {columns.map((c) =>
        c.rowHeader ? (
          <th key={c.id} scope="row" className={alignClass(c)}>
            {c.cell(row)}
          </th>
        ) : (
          <td key={c.id} className={alignClass(c)}>
            {c.cell(row)}
          </td>
        ),
      )}
    </tr>
  );
}
const GridRow = memo(GridRowOf) as <T>(props: RowProps<T>) => ReactElement;

interface BodyProps<T> {
  shown: readonly T[];
  columns: readonly GridColumn<T>[];
  rowKey: (row: T) => string;
  rowClass?: (row: T) => string | undefined;
}

export function GridBody<T>(props: BodyProps<T>) {
  return props.shown.length > VIRTUAL_FROM ? <WindowedBody {...props} /> : <AllRows {...props} />;
}

function AllRows<T>({ shown, columns, rowKey, rowClass }: BodyProps<T>) {
  return (
    <tbody>
      {shown.map((row) => {
        const id = rowKey(row);
        return <GridRow<T> key={id} row={row} id={id} className={rowClass?.(row)} columns={columns} />;
      })}
    </tbody>
  );
}

function Spacer({ height }: { height: number }) {
  if (height <= 0) return null;
  return <tr aria-hidden="true" className="grid-spacer" style={{ height }} />;
}

function WindowedBody<T>({ shown, columns, rowKey, rowClass }: BodyProps<T>) {
  const body = useRef<HTMLTableSectionElement>(null);
  const [scrollMargin, setScrollMargin] = useState(0);
  // the row holding the keyboard focus stays in the page (with its neighbours, so Tab and Shift+Tab go on
  // to the next row) even when it is scrolled out: unmounting it would drop the focus to the page
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const focusedIndex = useMemo(() => (focusedId === null ? -1 : shown.findIndex((r) => rowKey(r) === focusedId)), [focusedId, shown, rowKey]);
  const rangeExtractor = useCallback(
    (range: Range) => {
      const picked = new Set(defaultRangeExtractor(range));
      if (focusedIndex >= 0) for (const i of [focusedIndex - 1, focusedIndex, focusedIndex + 1]) if (i >= 0 && i < range.count) picked.add(i);
      return [...picked].sort((a, b) => a - b);
    },
    [focusedIndex],
  );
  const getItemKey = useCallback((i: number) => rowKey(shown[i]!), [shown, rowKey]);
  const virt = useWindowVirtualizer({ count: shown.length, estimateSize: () => ROW_ESTIMATE, overscan: 8, scrollMargin, getItemKey, rangeExtractor });

  // where the body starts in the page: what sits above it (the view's header, banners) can change size
  const measureMargin = useCallback(() => {
    const el = body.current;
    if (!el) return;
    const top = Math.round(el.getBoundingClientRect().top + window.scrollY);
    setScrollMargin((m) => (Math.abs(m - top) > 1 ? top : m));
  }, []);
  useLayoutEffect(measureMargin);
  useLayoutEffect(() => {
    const ro = new ResizeObserver(measureMargin);
    ro.observe(document.body);
    return () => ro.disconnect();
  }, [measureMargin]);

  const onFocus = (e: FocusEvent) => {
    const id = (e.target as HTMLElement).closest('tr')?.dataset.rowId ?? null;
    if (id !== focusedId) setFocusedId(id);
  };
  const onBlur = (e: FocusEvent) => {
    if (!body.current?.contains(e.relatedTarget as Node | null)) setFocusedId(null);
  };
  // a key pressed in a row scrolled out of view brings that row back into view first
  const onKeyDown = (e: KeyboardEvent) => {
    const tr = (e.target as HTMLElement).closest('tr');
    if (!tr) return;
    const box = tr.getBoundingClientRect();
    if (box.bottom < 0 || box.top > window.innerHeight) tr.scrollIntoView({ block: 'nearest' });
  };

  const items = virt.getVirtualItems();
  const out: ReactElement[] = [];
  let end = scrollMargin;
  for (const item of items) {
    const row = shown[item.index];
    if (row === undefined) continue;
    const id = rowKey(row);
    out.push(<Spacer key={`gap-${id}`} height={item.start - end} />);
    out.push(<GridRow<T> key={id} row={row} id={id} className={rowClass?.(row)} columns={columns} index={item.index} measure={virt.measureElement} />);
    end = item.end;
  }
  out.push(<Spacer key="gap-end" height={virt.getTotalSize() + scrollMargin - end} />);

  return (
    <tbody ref={body} onFocus={onFocus} onBlur={onBlur} onKeyDown={onKeyDown}>
      {out}
    </tbody>
  );
}
