import { ENTITIES } from '../../../shared/model/registry.ts';
import type { ContentItem, ContentStatus } from '../../../shared/model/registry.ts';

/** A content item with the model's defaults and the given fields. */
export function item(id: string, values: Partial<ContentItem> = {}): ContentItem {
  const row: Record<string, unknown> = { id, sort_order: 0, deleted: false, clock: '' };
  for (const [k, spec] of Object.entries(ENTITIES.content_item.fields)) if (spec.default !== undefined) row[k] = structuredClone(spec.default);
  return { ...(row as unknown as ContentItem), title: id, status_id: 's-idea', ...values };
}

export function status(id: string, key: ContentStatus['key'], sort_order: number): ContentStatus {
  return { id, key, name: '', color: '#999', sort_order, deleted: false, clock: '' };
}
