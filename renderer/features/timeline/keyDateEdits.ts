/**
 * What an edit of the plan's key dates writes (one `apply` = one undo step each). Pure: the panel
 * turns a user's action into these changes. A key date never ends before it starts: moving one end
 * past the other moves both.
 */
import { between } from '../../../shared/logic/rank.ts';
import type { Change } from '../../../shared/model/change.ts';
import type { KeyDate } from '../../../shared/model/registry.ts';

export function newKeyDate(dates: readonly KeyDate[], id: string, values: { name: string; start: string; kind: KeyDate['kind'] }): Change[] {
  const last = dates.reduce<number | null>((m, d) => (m === null || d.sort_order > m ? d.sort_order : m), null);
  return [
    { entity: 'key_date', id, field: 'name', value: values.name },
    { entity: 'key_date', id, field: 'start', value: values.start },
    { entity: 'key_date', id, field: 'end', value: values.start },
    { entity: 'key_date', id, field: 'kind', value: values.kind },
    { entity: 'key_date', id, field: 'sort_order', value: between(last, null) },
  ];
}

/** A new first or last day; the other end follows when it would be left on the wrong side. */
export function setKeyDateDay(kd: Pick<KeyDate, 'id' | 'start' | 'end'>, which: 'start' | 'end', date: string): Change[] {
  if (kd[which] === date) return [];
  const out: Change[] = [{ entity: 'key_date', id: kd.id, field: which, value: date }];
  if (which === 'start' && date > kd.end) out.push({ entity: 'key_date', id: kd.id, field: 'end', value: date });
  if (which === 'end' && date < kd.start) out.push({ entity: 'key_date', id: kd.id, field: 'start', value: date });
  return out;
}

export function deleteKeyDate(id: string): Change[] {
  return [{ entity: 'key_date', id, field: 'deleted', value: true }];
}

/** Key dates read from a calendar file, added after the plan's own in one list (one undo step). */
export function importedKeyDates(
  dates: readonly KeyDate[],
  found: readonly { name: string; start: string; end: string; kind: KeyDate['kind']; note: string }[],
  newId: () => string,
): Change[] {
  let last = dates.reduce<number | null>((m, d) => (m === null || d.sort_order > m ? d.sort_order : m), null);
  return found.flatMap((d) => {
    const id = newId();
    last = between(last, null);
    return [
      { entity: 'key_date', id, field: 'name', value: d.name },
      { entity: 'key_date', id, field: 'start', value: d.start },
      { entity: 'key_date', id, field: 'end', value: d.end },
      { entity: 'key_date', id, field: 'kind', value: d.kind },
      { entity: 'key_date', id, field: 'note', value: d.note },
      { entity: 'key_date', id, field: 'sort_order', value: last },
    ] satisfies Change[];
  });
}
