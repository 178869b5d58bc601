/** Hash routing between the views: `#/timeline`, `#/budget`, … (`#/` is the overview). */
import { useSyncExternalStore } from 'react';

export const VIEWS = ['overview', 'timeline', 'content', 'budget', 'risks', 'goals', 'audience', 'team', 'brief'] as const;
export type ViewName = (typeof VIEWS)[number];

export function viewFromHash(hash: string): ViewName {
  const name = hash.replace(/^#\/?/, '').split(/[/?]/, 1)[0] ?? '';
  return (VIEWS as readonly string[]).includes(name) ? (name as ViewName) : 'overview';
}

export function hrefOf(view: ViewName): string {
  return `#/${view}`;
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function useView(): ViewName {
  return useSyncExternalStore(subscribe, () => viewFromHash(location.hash));
}
