/** The shapes a merge passes between reading THEIRS, deciding and reporting, and the keys that identify fields, rows and log entries. */
import type { EntityName } from '../../shared/model/registry.ts';

/** An entry of their log that mine lacks, decoded and checked. */
export interface TheirEntry {
  entity: EntityName;
  id: string;
  field: string;
  value: unknown;
  clock: string;
  site: string;
  author: string;
  created: boolean;
}

/** Everything the incoming entries say about one field, and what mine has for it. */
export interface FieldPlan {
  key: string;
  entity: EntityName;
  id: string;
  field: string;
  entries: TheirEntry[];
  /** their newest entry for the field */
  top: TheirEntry;
  /** mine's newest entry for the field (null: never written here, the row is new) */
  mine: { clock: string; site: string; author: string } | null;
  /** both sides changed it since the copies parted */
  conflict: boolean;
}

/** The fields of one row this copy changed since the copies parted, and its newest such entry. */
export interface MineOnlyRow {
  fields: Set<string>;
  newest: { clock: string; site: string; field: string };
}

export interface Analysis {
  theirsName: string;
  incoming: TheirEntry[];
  fields: FieldPlan[];
  mineOnly: Map<string, MineOnlyRow>;
  now: number;
}

export const fieldKey = (entity: string, id: string, field: string) => `${entity}\u0000${id}\u0000${field}`;
export const rowKey = (entity: string, id: string) => `${entity}\u0000${id}`;
export const entryKey = (clock: string, site: string, entity: string, id: string, field: string) => `${clock}\u0001${site}\u0001${entity}\u0001${id}\u0001${field}`;

/** Fields that only describe a row's place or life, not an edit someone would want back. */
export const NOT_AN_EDIT = new Set(['deleted', 'sort_order']);
