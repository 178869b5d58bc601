import { z } from 'zod';
import { isDate } from '../logic/dates.ts';

/** How a field is stored in SQLite. JSON columns hold JSON text (arrays of ids, small records). */
export type SqlType = 'TEXT' | 'INTEGER' | 'REAL' | 'JSON';

/**
 * One column of one entity: its zod schema (the validation), its SQL type, its default when a row is
 * created without it (undefined = required), what it references and a line of documentation.
 * SCHEMA.md, the DDL check and the TypeScript types all come from these specs, so they never drift.
 */
export interface FieldSpec<S extends z.ZodType = z.ZodType> {
  schema: S;
  sql: SqlType;
  default: z.output<S> | undefined;
  doc: string;
  /** the entity whose id this column holds (a single id, or with `many` a JSON array of ids) */
  ref?: string;
  many?: boolean;
}

const spec = <S extends z.ZodType>(
  schema: S,
  sql: SqlType,
  def: z.output<S> | undefined,
  doc: string,
  extra: Partial<Pick<FieldSpec, 'ref' | 'many'>> = {},
): FieldSpec<S> => ({ schema, sql, default: def, doc, ...extra });

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;
const TIME_RE = /^([01]\d|2[0-3]):[0-5]\d$/;

export const isoDate = z
  .string()
  .regex(DATE_RE, 'expected a date as YYYY-MM-DD')
  .refine(isDate, 'not a real calendar date');
export const timeOfDay = z.string().regex(TIME_RE, 'expected a time as HH:mm');
const finite = z.number().finite();

export const f = {
  text: (doc: string, def = '', max = 20_000) => spec(z.string().max(max), 'TEXT', def, doc),
  /** a non-empty name; required unless a default is given */
  name: (doc: string, def?: string) => spec(z.string().trim().min(1, 'must not be empty').max(500), 'TEXT', def, doc),
  int: (doc: string, def: number | undefined, min = -1e12, max = 1e12) =>
    spec(z.number().int().min(min).max(max), 'INTEGER', def, doc),
  real: (doc: string, def: number | undefined, min = -1e15, max = 1e15) => spec(finite.min(min).max(max), 'REAL', def, doc),
  /** money and counts that cannot be negative */
  amount: (doc: string, def: number | undefined = 0) => spec(finite.min(0, 'must not be negative').max(1e13), 'REAL', def, doc),
  /** money in whole minor units (hundredths of the plan currency): integers, so sums and splits are exact */
  money: (doc: string, def: number | undefined = 0) =>
    spec(z.number().int('must be whole minor units').min(0, 'must not be negative').max(1e15), 'INTEGER', def, doc),
  bool: (doc: string, def = false) => spec(z.boolean(), 'INTEGER', def, doc),
  date: (doc: string, def?: string) => spec(isoDate, 'TEXT', def, doc),
  optDate: (doc: string) => spec(isoDate.nullable(), 'TEXT', null, doc),
  optTime: (doc: string) => spec(timeOfDay.nullable(), 'TEXT', null, doc),
  time: (doc: string, def?: string) => spec(timeOfDay, 'TEXT', def, doc),
  /** an instant, ISO 8601 in UTC ('2026-12-01T09:30:00.000Z'); null when it has not happened */
  optInstant: (doc: string) => spec(z.string().datetime().nullable(), 'TEXT', null, doc),
  oneOf: <const T extends readonly [string, ...string[]]>(values: T, doc: string, def?: T[number]) =>
    spec(z.enum(values), 'TEXT', def, `${doc} One of: ${values.join(', ')}.`),
  ref: (entity: string, doc: string) => spec(z.string().min(1).nullable(), 'TEXT', null, doc, { ref: entity }),
  /** a reference that must be present */
  needRef: (entity: string, doc: string) => spec(z.string().min(1), 'TEXT', undefined, doc, { ref: entity }),
  refs: (entity: string, doc: string) =>
    spec(z.array(z.string().min(1)).max(10_000), 'JSON', [] as string[], `${doc} JSON array of ${entity} ids.`, { ref: entity, many: true }),
  json: <S extends z.ZodType>(schema: S, def: z.output<S>, doc: string) => spec(schema, 'JSON', def, `${doc} JSON.`),
};
