import { z } from 'zod';
import type { FieldSpec } from './field.ts';

export type Fields = Record<string, FieldSpec>;

type ShapeOf<F extends Fields> = { [K in keyof F]: F[K]['schema'] };

/** Columns every row has, managed by the store: `clock` is the hybrid logical clock of the row's last change. */
export const baseShape = {
  id: z.string().min(1).max(64).regex(/^[A-Za-z0-9_.:-]+$/, 'ids use letters, digits and _ . : - only'),
  sort_order: z.number().finite(),
  deleted: z.boolean(),
  clock: z.string(),
};

export interface EntityDef<F extends Fields = Fields> {
  /** the name used in changes and in the snapshot */
  name: string;
  /** the SQLite table */
  table: string;
  doc: string;
  fields: F;
  /** the full row as the renderer sees it */
  schema: z.ZodObject<ShapeOf<F> & typeof baseShape>;
  /** the singleton entity (plan settings) has one row whose id is fixed */
  singletonId?: string;
}

export function defineEntity<F extends Fields>(
  name: string,
  table: string,
  doc: string,
  fields: F,
  opts: { singletonId?: string } = {},
): EntityDef<F> {
  const shape = Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, v.schema])) as ShapeOf<F>;
  return { name, table, doc, fields, schema: z.object({ ...shape, ...baseShape }), ...opts };
}

export type RowOf<E extends EntityDef> = z.output<E['schema']>;
