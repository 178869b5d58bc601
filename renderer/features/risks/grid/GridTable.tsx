import { useCallback, useId, useMemo, useState, type ReactNode } from 'react';
import { alignClass, GridBody, HEAD_ROWS, VIRTUAL_FROM } from './GridBody.tsx';
import { useTranslation } from 'react-i18next';
import { DATE_FILTERS, filterRows, NONE, nextSort, parseNumberFilter, sortRows, type FilterSpec, type SortState } from './logic.ts';

export interface GridColumn<T> {
  id: string;
  header: string;
  /** a short header shown in narrow columns (the full one is the tooltip and the accessible name) */
  short?: string;
  cell: (row: T) => ReactNode;
  sortKey?: (row: T) => string | number | null;
  filter?: FilterSpec<T>;
  align?: 'start' | 'end' | 'center';
  /** the cell that names the row */
  rowHeader?: boolean;
  /** extra class on the column's cells */
  className?: string;
  /**
   * The column's width in em of the table's text. The table lays out from these alone (table-layout:
   * fixed): sized from its cells, a long register's columns would change width as rows scroll in and out.
   */
  width: number;
  /** a column the user cannot hide */
  fixed?: boolean;
}

export interface GridState {
  sort: SortState | null;
  filters: Record<string, string>;
  hidden: string[];
}

function readState(key: string, fallback: GridState): GridState {
  try {
    const raw = sessionStorage.getItem(key);
    const hidden = localStorage.getItem(`${key}.hidden`);
    const parsed = raw ? (JSON.parse(raw) as Partial<GridState>) : {};
    return {
      sort: parsed.sort ?? fallback.sort,
      filters: parsed.filters ?? fallback.filters,
      hidden: hidden ? (JSON.parse(hidden) as string[]) : fallback.hidden,
    };
  } catch {
    return fallback;
  }
}

/**
 * Sort, filters (kept for the session) and hidden columns (kept across starts) of one table.
 */
export function useGridState(key: string, initial: Partial<GridState> = {}) {
  const [state, setState] = useState<GridState>(() => readState(key, { sort: null, filters: {}, hidden: [], ...initial }));
  const update = useCallback(
    (fn: (prev: GridState) => GridState) =>
      setState((prev) => {
        const next = fn(prev);
        try {
          sessionStorage.setItem(key, JSON.stringify({ sort: next.sort, filters: next.filters }));
          localStorage.setItem(`${key}.hidden`, JSON.stringify(next.hidden));
        } catch {
          // no storage: kept while the view is open
        }
        return next;
      }),
    [key],
  );
  return useMemo(
    () => ({
      state,
      setSort: (sort: SortState | null) => update((s) => ({ ...s, sort })),
      setFilter: (column: string, value: string) => update((s) => ({ ...s, filters: { ...s.filters, [column]: value } })),
      setFilters: (filters: Record<string, string>) => update((s) => ({ ...s, filters })),
      setHidden: (hidden: string[]) => update((s) => ({ ...s, hidden })),
    }),
    [state, update],
  );
}
export type GridControl = ReturnType<typeof useGridState>;

/** The rows a grid shows: filtered by the visible columns' filters, then sorted. */
export function useGridRows<T>(rows: readonly T[], columns: readonly GridColumn<T>[], grid: GridControl, today: string): T[] {
  const { sort, filters, hidden } = grid.state;
  return useMemo(() => {
    const specs = new Map<string, FilterSpec<T>>();
    for (const c of columns) if (c.filter && !hidden.includes(c.id)) specs.set(c.id, c.filter);
    const kept = filterRows(rows, specs, filters, today);
    const col = sort ? columns.find((c) => c.id === sort.column) : undefined;
    return sort && col?.sortKey ? sortRows(kept, col.sortKey, sort.dir) : kept;
  }, [rows, columns, sort, filters, hidden, today]);
}

function FilterControl<T>({ column, value, onChange }: { column: GridColumn<T>; value: string; onChange: (v: string) => void }) {
  const { t } = useTranslation();
  const spec = column.filter;
  if (!spec) return null;
  const label = t('views.risks.grid.filterOf', { column: column.header });
  switch (spec.kind) {
    case 'text':
      return <input type="search" className="grid-filter" aria-label={label} placeholder={t('views.risks.grid.contains')} value={value} onChange={(e) => onChange(e.target.value)} />;
    case 'number': {
      const bad = value.trim() !== '' && parseNumberFilter(value) === null;
      return (
        <input
          type="text"
          className="grid-filter grid-filter-num"
          aria-label={label}
          aria-invalid={bad || undefined}
          title={t('views.risks.grid.numberHint')}
          placeholder={t('views.risks.grid.numberPlaceholder')}
          value={value}
          onChange={(e) => onChange(e.target.value)}
        />
      );
    }
    case 'enum':
      return (
        <select className="grid-filter" aria-label={label} value={value} onChange={(e) => onChange(e.target.value)}>
          <option value="">{t('ui.all')}</option>
          {spec.options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
          {spec.noneLabel ? <option value={NONE}>{spec.noneLabel}</option> : null}
        </select>
      );
    case 'date':
      return (
        <select className="grid-filter" aria-label={label} value={value} onChange={(e) => onChange(e.target.value)}>
          <option value="">{t('ui.all')}</option>
          {DATE_FILTERS.map((d) => (
            <option key={d} value={d}>
              {t(`views.risks.grid.date.${d === NONE ? 'none' : d}`)}
            </option>
          ))}
        </select>
      );
    case 'bool':
      return (
        <select className="grid-filter" aria-label={label} value={value} onChange={(e) => onChange(e.target.value)}>
          <option value="">{t('ui.all')}</option>
          <option value="yes">{t('table.yes')}</option>
          <option value="no">{t('table.no')}</option>
        </select>
      );
  }
}

/** The "Columns" chooser: which columns the table shows. */
export function ColumnChooser<T>({ columns, grid }: { columns: readonly GridColumn<T>[]; grid: GridControl }) {
  const { t } = useTranslation();
  const hidden = new Set(grid.state.hidden);
  const optional = columns.filter((c) => !c.fixed);
  return (
    <details className="grid-columns">
      <summary className="btn">{t('views.risks.grid.columns', { shown: optional.filter((c) => !hidden.has(c.id)).length, total: optional.length })}</summary>
      <div className="grid-columns-menu">
        <fieldset>
          <legend className="sr-only">{t('views.risks.grid.columnsLegend')}</legend>
          {optional.map((c) => (
            <label key={c.id} className="grid-columns-item">
              <input
                type="checkbox"
                checked={!hidden.has(c.id)}
                onChange={(e) => grid.setHidden(e.target.checked ? grid.state.hidden.filter((h) => h !== c.id) : [...grid.state.hidden, c.id])}
              />
              {c.header}
            </label>
          ))}
        </fieldset>
        <div className="btn-row">
          <button type="button" className="btn" onClick={() => grid.setHidden([])}>
            {t('views.risks.grid.showAll')}
          </button>
        </div>
      </div>
    </details>
  );
}

export interface GridTableProps<T> {
  title: string;
  columns: readonly GridColumn<T>[];
  /** every row (before filtering) */
  rows: readonly T[];
  /** the rows to show (from useGridRows) */
  shown: readonly T[];
  rowKey: (row: T) => string;
  grid: GridControl;
  toolbar?: ReactNode;
  /** a line under the title */
  summary?: ReactNode;
  rowClass?: (row: T) => string | undefined;
  empty?: string;
  /** heading level of the title */
  className?: string;
}

/** A titled table whose every column sorts (header button) and filters (the row under the headers). */
export function GridTable<T>({ title, columns, rows, shown, rowKey, grid, toolbar, summary, rowClass, empty, className }: GridTableProps<T>) {
  const { t } = useTranslation();
  const headingId = useId();
  const { sort, filters, hidden } = grid.state;
  // kept while the columns and the hidden ones stay: the rows redraw only when their own row changes
  const visible = useMemo(() => columns.filter((c) => !hidden.includes(c.id)), [columns, hidden]);
  const width = useMemo(() => visible.reduce((sum, c) => sum + c.width, 0), [visible]);
  const filtering = visible.some((c) => c.filter && (filters[c.id] ?? '') !== '');

  return (
    <section className={['panel', 'grid-panel', className].filter(Boolean).join(' ')} aria-labelledby={headingId}>
      <div className="grid-head">
        <h2 id={headingId} className="panel-title">
          {title}
        </h2>
        <div className="grid-tools">
          {toolbar}
          <ColumnChooser columns={columns} grid={grid} />
        </div>
      </div>
      <p className="panel-summary grid-summary" aria-live="polite">
        {summary}
        {summary ? ' ' : null}
        {filtering ? (
          <>
            <span>{t('views.risks.grid.showing', { shown: shown.length, total: rows.length })}</span>{' '}
            <button type="button" className="rk-link" onClick={() => grid.setFilters({})}>
              {t('views.risks.grid.clearFilters')}
            </button>
          </>
        ) : null}
      </p>
      <div className="table-scroll grid-scroll" role="region" aria-labelledby={headingId} tabIndex={0}>
        <table
          className="data-table grid-table"
          style={{ width: `${width}em` }}
          aria-labelledby={headingId}
          aria-rowcount={shown.length > VIRTUAL_FROM ? shown.length + HEAD_ROWS : undefined}
        >
          <colgroup>
            {visible.map((c) => (
              <col key={c.id} style={{ width: `${c.width}em` }} />
            ))}
          </colgroup>
          <thead>
            <tr aria-rowindex={shown.length > VIRTUAL_FROM ? 1 : undefined}>
              {visible.map((c) => {
                const dir = sort?.column === c.id ? sort.dir : null;
                return (
                  <th
                    key={c.id}
                    scope="col"
                    className={alignClass(c)}
                    aria-sort={dir === 'asc' ? 'ascending' : dir === 'desc' ? 'descending' : undefined}
                  >
                    {c.sortKey ? (
                      <button type="button" className="grid-sort" onClick={() => grid.setSort(nextSort(sort, c.id))} title={t('views.risks.grid.sortBy', { column: c.header })}>
                        {c.short ? (
                          <>
                            <span aria-hidden="true">{c.short}</span>
                            <span className="sr-only">{c.header}</span>
                          </>
                        ) : (
                          c.header
                        )}
                        <span className="grid-sort-mark" aria-hidden="true">
                          {dir === 'asc' ? '▲' : dir === 'desc' ? '▼' : '↕'}
                        </span>
                      </button>
                    ) : c.short ? (
                      <>
                        <span aria-hidden="true" title={c.header}>
                          {c.short}
                        </span>
                        <span className="sr-only">{c.header}</span>
                      </>
                    ) : (
                      c.header
                    )}
                  </th>
                );
              })}
            </tr>
            <tr className="grid-filter-row" aria-rowindex={shown.length > VIRTUAL_FROM ? 2 : undefined}>
              {visible.map((c) => (
                <td key={c.id} className={c.className}>
                  <FilterControl column={c} value={filters[c.id] ?? ''} onChange={(v) => grid.setFilter(c.id, v)} />
                </td>
              ))}
            </tr>
          </thead>
          <GridBody shown={shown} columns={visible} rowKey={rowKey} rowClass={rowClass} />
        </table>
        {shown.length === 0 ? <p className="empty grid-empty">{rows.length === 0 ? empty ?? t('table.empty') : t('views.risks.grid.noMatch')}</p> : null}
      </div>
    </section>
  );
}
