/** The shapes the store's modules hand each other: writers, batches, outcomes and log rows. */
import type { ApiError } from '../../shared/errors.ts';
import type { Change, LoggedChange } from '../../shared/model/change.ts';
import type { EntityName } from '../../shared/model/registry.ts';

export interface Writer {
  author: string;
  site: string;
  /** wall clock in ms; injectable so tests can simulate a colleague's drifting clock */
  now?: () => number;
}

export interface ApplyOptions {
  label?: string;
  kind?: 'edit' | 'undo' | 'redo' | 'template' | 'merge';
  undoes?: number;
  /** the transaction's clock, when the caller must fix it; normally the next tick of ours (merged changes keep theirs: see applyRemote) */
  clock?: string;
}

export type RowRecord = Record<string, unknown>;

/** A row a batch touches, as validation leaves it for writing. */
export interface PendingRow {
  entity: EntityName;
  id: string;
  before: RowRecord | null;
  after: RowRecord;
  fields: Map<string, unknown>;
  /** the greatest clock of the changes that land in this row ('' until stamped) */
  clock: string;
}

/** A change with the clock it carries: a colleague's change keeps its own, a local one is stamped on commit. */
export interface StampedChange extends Change {
  clock?: string;
}

/**
 * One entry of a colleague's change log that this copy lacks, as merge hands it to `applyRemote`:
 * with its own clock, site and author; `applied` says whether it lands in the row (it is the newest
 * value of its field) or is only recorded (an older value, kept so both copies hold the same log).
 */
export interface IncomingEntry extends Change {
  clock: string;
  site: string;
  author: string;
  /** part of creating the row in the copy it comes from */
  created: boolean;
  applied: boolean;
}

/** A row a change leaves breaking one of the model's rules (merges keep such rows and report them). */
export interface RowIssue {
  entity: EntityName;
  id: string;
  error: ApiError;
}

/** A row as a batch leaves it: what it was (null when new) and what it becomes. */
export interface RowOutcome {
  entity: EntityName;
  id: string;
  before: RowRecord | null;
  after: RowRecord;
}

/** Bits of `_change_log.created`: the entry made the row; the entry arrived by merge already superseded (never in the row). */
export const LOG_CREATED = 1;
export const LOG_SUPERSEDED = 2;

/** One `_change_log` row about to be written. */
export interface LogRow {
  entity: EntityName;
  id: string;
  field: string;
  value: unknown;
  old: unknown;
  clock: string;
  site: string;
  author: string;
  flags: number;
}

export interface TxnHead {
  clock: string;
  label: string;
  kind: NonNullable<ApplyOptions['kind']>;
  undoes: number | null;
}

/** `_meta` keys: who wrote at a site (`author:<site>`), and the clock ceiling (see plan-clock.ts). */
export const AUTHOR_KEY = 'author:';
export const CEILING_KEY = 'clock_ceiling';

export const maxClock = (a: string, b: string): string => (a > b ? a : b);

export const toLogged = (e: LogRow): LoggedChange => ({ entity: e.entity, id: e.id, field: e.field, value: e.value, old: e.old, clock: e.clock, site: e.site, author: e.author });
