import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import './table.css';

export interface Column<T> {
  /** stable key of the column */
  id: string;
  header: string;
  cell: (row: T) => ReactNode;
  /** numbers line up on the end side */
  align?: 'start' | 'end';
  /** the cell that names the row (read out as the row's header) */
  rowHeader?: boolean;
  /** free text that may wrap; other cells (short values, names of things) stay on one line */
  wrap?: boolean;
}

export interface DataTableProps<T> {
  /** heading shown above the table; also the table's accessible name */
  title: string;
  columns: readonly Column<T>[];
  rows: readonly T[];
  rowKey: (row: T) => string;
  /** shown instead of the table when there are no rows */
  empty?: string;
  /** a line under the heading */
  summary?: ReactNode;
}

/** A titled, scrollable, accessible table of rows: the building block of the placeholder views. */
export function DataTable<T>({ title, columns, rows, rowKey, empty, summary }: DataTableProps<T>) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section className="panel">
      <h2 id={headingId} className="panel-title">
        {title}
      </h2>
      {summary ? <p className="panel-summary">{summary}</p> : null}
      {rows.length === 0 ? (
        <p className="empty">{empty ?? t('table.empty')}</p>
      ) : (
        <div className="table-scroll" role="region" aria-labelledby={headingId} tabIndex={0}>
          <table className="data-table" aria-labelledby={headingId}>
            <thead>
              <tr>
                {columns.map((c) => (
                  <th key={c.id} scope="col" className={c.align === 'end' ? 'num' : undefined}>
                    {c.header}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={rowKey(row)}>
                  {columns.map((c) => {
                    const className = c.align === 'end' ? 'num' : c.wrap || c.rowHeader ? undefined : 'nowrap';
                    return c.rowHeader ? (
                      <th key={c.id} scope="row" className={className}>
                        {c.cell(row)}
                      </th>
                    ) : (
                      <td key={c.id} className={className}>
                        {c.cell(row)}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
