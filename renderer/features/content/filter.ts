/**
 * What the content board and calendar show: the filter (platform, format, segment, owner, tactic, text)
 * and the board's columns. Pure functions, tested in test/unit/content.
 */
import type { CONTENT_FORMATS, TACTICS } from '../../../shared/model/enums.ts';
import type { ContentItem, ContentStatus } from '../../../shared/model/registry.ts';

export type ContentFormat = (typeof CONTENT_FORMATS)[number];
export type Tactic = (typeof TACTICS)[number];

export interface ContentFilter {
  platform: string | null;
  format: ContentFormat | null;
  segment: string | null;
  owner: string | null;
  tactic: Tactic | null;
  /** words that must all appear in the title, theme, KOL partner or notes (any case) */
  text: string;
}

export const NO_FILTER: ContentFilter = { platform: null, format: null, segment: null, owner: null, tactic: null, text: '' };

/** Value a select uses for "no platform / no segment / no owner set" (ids never contain it). */
export const UNSET = '∅';

export function isFiltering(f: ContentFilter): boolean {
  return f.platform !== null || f.format !== null || f.segment !== null || f.owner !== null || f.tactic !== null || f.text.trim() !== '';
}

const fold = (s: string) => s.normalize('NFKC').toLocaleLowerCase();

function refMatches(want: string | null, have: string | null): boolean {
  if (want === null) return true;
  if (want === UNSET) return have === null;
  return want === have;
}

/** A predicate for the filter (the words are prepared once, not per item). */
export function matcher(f: ContentFilter): (item: ContentItem) => boolean {
  const words = fold(f.text).split(/\s+/).filter(Boolean);
  return (c) => {
    if (!refMatches(f.platform, c.platform_id)) return false;
    if (!refMatches(f.segment, c.segment_id)) return false;
    if (!refMatches(f.owner, c.owner_id)) return false;
    if (f.format !== null && c.format !== f.format) return false;
    if (f.tactic !== null && !c.tactics.includes(f.tactic)) return false;
    if (words.length) {
      const hay = fold(`${c.title}\n${c.theme}\n${c.kol_partner}\n${c.notes}`);
      for (const w of words) if (!hay.includes(w)) return false;
    }
    return true;
  };
}

export function filterItems(items: readonly ContentItem[], f: ContentFilter): ContentItem[] {
  if (!isFiltering(f)) return items as ContentItem[];
  return items.filter(matcher(f));
}

export interface BoardColumn {
  status: ContentStatus;
  /** every item of the column, in sort_order (what a drop is placed among) */
  all: ContentItem[];
  /** the items the filter lets through, in sort_order (what the user sees) */
  visible: ContentItem[];
}

/**
 * The board's columns in the plan's order, each with its items in sort_order. An item whose column
 * has gone (a status deleted in a merged copy) shows in the first column, so it is never lost.
 */
export function boardColumns(statuses: readonly ContentStatus[], items: readonly ContentItem[], f: ContentFilter): BoardColumn[] {
  const cols = statuses.map((status) => ({ status, all: [] as ContentItem[], visible: [] as ContentItem[] }));
  if (cols.length === 0) return cols;
  const byId = new Map(cols.map((c) => [c.status.id, c]));
  const ok = isFiltering(f) ? matcher(f) : null;
  // the store keeps rows in sort_order already: sort only when they come otherwise
  let inOrder = true;
  for (let i = 1; i < items.length && inOrder; i++) inOrder = items[i - 1]!.sort_order <= items[i]!.sort_order;
  const sorted = inOrder ? items : [...items].sort((a, b) => a.sort_order - b.sort_order);
  for (const item of sorted) {
    const col = byId.get(item.status_id) ?? cols[0]!;
    col.all.push(item);
    if (!ok || ok(item)) col.visible.push(item);
  }
  return cols;
}
