import { useId, type ReactNode } from 'react';

/**
 * A panel listing rows in a table: a heading with its actions (an add button, say), then the table, or
 * `emptyText` when there are no rows. `children` are the table's head and body; `summary` comes between
 * the heading and the list.
 */
export function ListPanel({
  id,
  title,
  actions,
  summary,
  count,
  emptyText,
  children,
}: {
  id?: string;
  title: string;
  actions?: ReactNode;
  summary?: ReactNode;
  count: number;
  emptyText: string;
  children: ReactNode;
}) {
  const headingId = useId();
  return (
    <section className="panel" aria-labelledby={headingId} id={id}>
      <div className="panel-head">
        <h2 id={headingId} className="panel-title">
          {title}
        </h2>
        {actions}
      </div>
      {summary}
      {count === 0 ? (
        <p className="empty">{emptyText}</p>
      ) : (
        <div className="table-scroll" role="region" aria-labelledby={headingId} tabIndex={0}>
          <table className="data-table" aria-labelledby={headingId}>
            {children}
          </table>
        </div>
      )}
    </section>
  );
}
