import type { EntityDef } from '../../shared/model/entity.ts';
import type { FieldSpec } from '../../shared/model/field.ts';

/** A value as SQLite stores it: booleans as 0/1, JSON fields as text. */
export function toSql(spec: FieldSpec | undefined, value: unknown): string | number | null {
  if (value === null || value === undefined) return null;
  if (spec?.sql === 'JSON') return JSON.stringify(value);
  if (typeof value === 'boolean') return value ? 1 : 0;
  return value as string | number;
}

export function fromSql(spec: FieldSpec, value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (spec.sql === 'JSON') return JSON.parse(value as string);
  if (spec.schema.safeParse(true).success && (value === 0 || value === 1)) return value === 1;
  return value;
}

/** Builds a fast decoder for one table's rows (decided once per entity, not per value). */
export function rowDecoder(def: EntityDef): (raw: Record<string, unknown>) => Record<string, unknown> {
  const fields = Object.entries(def.fields).map(([k, spec]) => {
    const kind = spec.sql === 'JSON' ? 'json' : spec.schema.safeParse(true).success ? 'bool' : 'plain';
    return [k, kind] as const;
  });
  return (raw) => {
    const out: Record<string, unknown> = { id: raw.id, sort_order: raw.sort_order, deleted: raw.deleted === 1, clock: raw.clock };
    for (const [k, kind] of fields) {
      const v = raw[k];
      out[k] = v === null || v === undefined ? null : kind === 'json' ? JSON.parse(v as string) : kind === 'bool' ? v === 1 : v;
    }
    return out;
  };
}

/** JSON text of a value for the change log (undefined, meaning "no value before", becomes NULL). */
export const logJson = (v: unknown): string | null => (v === undefined ? null : JSON.stringify(v));
export const fromLogJson = (v: string | null): unknown => (v === null ? undefined : JSON.parse(v));
