/**
 * An idea that gets a publishing day has most likely become planned work: the view offers to move it to
 * the Scheduled column (the user decides; a team may keep dated ideas). Pure, so it is unit-tested.
 */
import type { ContentItem, ContentStatus } from '../../../shared/model/registry.ts';

/** The id of the Scheduled column to offer for this item, or null when there is nothing to offer. */
export function scheduledOffer(item: Pick<ContentItem, 'status_id' | 'publish_date'>, statuses: readonly ContentStatus[]): string | null {
  if (!item.publish_date) return null;
  const current = statuses.find((s) => s.id === item.status_id);
  if (current?.key !== 'idea') return null;
  return statuses.find((s) => s.key === 'scheduled')?.id ?? null;
}
