/** Hash routing between the views: `#/timeline`, `#/budget`, … (`#/` is the overview). */
import { useSyncExternalStore } from 'react';
import { isViewId, VIEW_IDS, type ViewId } from '../../shared/views.ts';

export const VIEWS = VIEW_IDS;
export type ViewName = ViewId;

export function viewFromHash(hash: string): ViewName {
  const name = hash.replace(/^#\/?/, '').split(/[/?]/, 1)[0] ?? '';
  return isViewId(name) ? name : 'overview';
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
