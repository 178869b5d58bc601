/**
 * One edit of many content items (status, owner, platform, a shift of the publishing day): the changes of
 * all of them together, applied as one undo step. A shift that would take an item outside the plan's
 * dates refuses the whole edit, so a bulk edit never half happens.
 */
import { inRange } from '../../../shared/logic/calendar.ts';
import { addDays } from '../../../shared/logic/dates.ts';
import type { Change } from '../../../shared/model/change.ts';
import type { ContentItem } from '../../../shared/model/registry.ts';
import type { PlanDates } from './calendar-drop.ts';

export interface BulkEdit {
  status?: string;
  /** null clears the owner / platform; undefined keeps each item's own */
  owner?: string | null;
  platform?: string | null;
  shiftDays?: number;
}

export type BulkResult = { ok: true; changes: Change[] } | { ok: false; outside: string[] };

export function bulkEdit(items: readonly ContentItem[], edit: BulkEdit, plan: PlanDates): BulkResult {
  const changes: Change[] = [];
  const outside: string[] = [];
  const sorted = [...items].sort((x, y) => x.id.localeCompare(y.id));
  for (const item of sorted) {
    const set = (field: keyof ContentItem & string, value: unknown) => {
      if (value !== undefined && item[field] !== value) changes.push({ entity: 'content_item', id: item.id, field, value });
    };
    set('status_id', edit.status);
    set('owner_id', edit.owner);
    set('platform_id', edit.platform);
    if (edit.shiftDays && item.publish_date) {
      const day = addDays(item.publish_date, edit.shiftDays);
      if (!inRange(day, plan.start_date, plan.end_date)) outside.push(item.title);
      set('publish_date', day);
    }
  }
  return outside.length ? { ok: false, outside } : { ok: true, changes };
}
