import { z } from 'zod';
import { ENTITY_NAMES } from './registry.ts';

/**
 * One field-level edit. A row comes into being with its first change (fields not set take their
 * defaults; required fields must be in the same call); `deleted: true` removes it softly.
 * Values are checked against the entity's field schema by the store, not here.
 */
export const ChangeSchema = z.object({
  entity: z.enum(ENTITY_NAMES as [string, ...string[]]),
  id: z.string().min(1).max(64),
  field: z.string().min(1).max(64),
  value: z.unknown(),
});
export type Change = { entity: (typeof ENTITY_NAMES)[number]; id: string; field: string; value: unknown };

export const ChangesSchema = z.array(ChangeSchema).min(1).max(200_000);

/** A change as kept in the log: who made it, when (hybrid logical clock) and what it replaced. */
export interface LoggedChange extends Change {
  clock: string;
  site: string;
  author: string;
  old: unknown;
}
