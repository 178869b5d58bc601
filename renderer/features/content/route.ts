/**
 * The content view's own part of the address: `#/content/board`, `#/content/list`, `#/content/month/2026-12`,
 * `#/content/week/2026-12-07` (any day of the week). Reloading, Back and Forward keep the view.
 */
import { isDate } from '../../../shared/logic/dates.ts';

export type ContentMode = 'board' | 'list' | 'month' | 'week';

export interface ContentRoute {
  mode: ContentMode;
  /** month view: 'YYYY-MM'; week view: a day of the week; null: the plan's today */
  at: string | null;
}

const MONTH_RE = /^\d{4}-(0[1-9]|1[0-2])$/;

/** The route in a hash, or null when the hash is just `#/content` (the view then picks the last mode). */
export function parseContentRoute(hash: string): ContentRoute | null {
  const parts = hash.replace(/^#\/?/, '').split('?', 1)[0]!.split('/');
  if (parts[0] !== 'content' || !parts[1]) return null;
  const [, mode, at] = parts;
  if (mode === 'board' || mode === 'list') return { mode, at: null };
  if (mode === 'month') return { mode, at: at && MONTH_RE.test(at) ? at : null };
  if (mode === 'week') return { mode, at: isDate(at) ? at : null };
  return null;
}

export function contentHash(route: ContentRoute): string {
  if (route.mode === 'board' || route.mode === 'list' || !route.at) return `#/content/${route.mode}`;
  return `#/content/${route.mode}/${route.at}`;
}
