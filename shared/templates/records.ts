import type { Change } from '../model/change.ts';
import type { Language } from '../model/enums.ts';
import type { EntityName, Row } from '../model/registry.ts';

/** The fields a template may set on a row: everything but the store-managed columns. */
export type Values<E extends EntityName> = Partial<Omit<Row<E>, 'id' | 'clock' | 'deleted'>>;

/** One row of template data, written the readable way; `toChanges` turns a list of them into changes. */
export interface Rec {
  entity: EntityName;
  id: string;
  values: Record<string, unknown>;
}

/** Typed constructor: the values are checked against the entity's row type at compile time. */
export function rec<E extends EntityName>(entity: E, id: string, values: Values<E>): Rec {
  return { entity, id, values: values as Record<string, unknown> };
}

/** Picks the Chinese or the English text; every prose string of a template goes through one. */
export type Pick2 = (zh: string, en: string) => string;
export const picker = (lang: Language): Pick2 => (zh, en) => (lang === 'zh-CN' ? zh : en);

const SORT_STEP = 1024;

/**
 * Flattens records into field-level changes, in record order. The first record of a row gets a
 * sort_order (1024, 2048, … per entity, in the order rows appear) unless it sets one, so every
 * list opens in the order the template wrote it. A later record with the same id only updates
 * (used to close reference cycles such as risk ↔ playbook once both rows exist).
 */
export function toChanges(recs: readonly Rec[]): Change[] {
  const seen = new Set<string>();
  const counters = new Map<EntityName, number>();
  const out: Change[] = [];
  for (const r of recs) {
    const key = `${r.entity}\u0000${r.id}`;
    const values: Record<string, unknown> = { ...r.values };
    if (!seen.has(key)) {
      seen.add(key);
      const n = (counters.get(r.entity) ?? 0) + 1;
      counters.set(r.entity, n);
      if (values.sort_order === undefined) values.sort_order = n * SORT_STEP;
    }
    for (const [field, value] of Object.entries(values)) {
      if (value === undefined) continue;
      out.push({ entity: r.entity, id: r.id, field, value });
    }
  }
  return out;
}
