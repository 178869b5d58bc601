import type { ReactNode } from 'react';

/** The title of a view (the page's one h1) with an optional line under it. */
export function ViewHeader({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <header className="view-header">
      <h1 className="view-title">{title}</h1>
      {children ? <div className="view-lede">{children}</div> : null}
    </header>
  );
}
