import { z } from 'zod';
import { API_METHODS, type ApiMethod } from './api-methods.ts';
import type { ApiError } from './errors.ts';
import { ChangesSchema, type LoggedChange } from './model/change.ts';
import type { EntityName, Row } from './model/registry.ts';
import { ENTITY_NAMES } from './model/registry.ts';
import { LANGUAGES } from './model/enums.ts';
import type { ImportPreview } from './exchange/plan-import.ts';
import type { ViewId } from './views.ts';
import { IMPORT_FORMATS } from './exchange/project.ts';
import { CALENDAR_NAMES } from './templates/calendars.ts';

/** Every call answers `{ok:true,value}` or `{ok:false,error}`: the error has a code the UI can translate. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export interface LockHolder {
  /** the name set in the app; missing in lock files written before it was recorded */
  author?: string;
  /** the OS user */
  user: string;
  host: string;
  pid: number;
  since: string;
}

export interface PlanInfo {
  path: string;
  fileName: string;
  name: string;
  schemaVersion: number;
  /** why the plan is read-only (a lock held by someone else, a newer schema), or null when writable */
  readOnly: ApiError | null;
  lockHolder: LockHolder | null;
  revision: number;
  canUndo: boolean;
  canRedo: boolean;
  author: string;
  siteId: string;
}

export type Rows = { [N in EntityName]: Row<N>[] };

export interface Snapshot {
  info: PlanInfo;
  /** live (not deleted) rows of every kind, in sort_order */
  rows: Rows;
}

export interface ApplyResult {
  revision: number;
  canUndo: boolean;
  canRedo: boolean;
  /** the changes as written, with their clocks: the renderer folds them into its store */
  changes: LoggedChange[];
  /** undo and redo only: the step they took back or put back, so the app can name it */
  step?: StepInfo;
  /**
   * Rows these changes brought back from deleted (an undone delete, a redone add, a merge that restores),
   * whole as stored: the renderer no longer holds them, and a `deleted: false` alone cannot rebuild them.
   */
  restored?: RestoredRow[];
}

/**
 * The edit an undo or redo acted on: its history label ('' when none was given), the row it was mainly
 * about (what it added or deleted, else the first row it changed) as that row reads now, and how many
 * rows of the subject's kind it touched (of any kind when it has no subject).
 */
export interface StepInfo {
  label: string;
  subject: { entity: EntityName; name: string } | null;
  rows: number;
}

export interface RestoredRow {
  entity: EntityName;
  row: Record<string, unknown> & { id: string; sort_order: number };
}

export interface HistoryEntry {
  txn: number;
  clock: string;
  author: string;
  site: string;
  label: string;
  changes: LoggedChange[];
  /** the name of each row the entry touched, keyed `entity\u0000id`, as the row reads now (deleted rows too) */
  labels?: Record<string, string>;
}

/** Where a merged change shows up in the app: one view each (settings show on the Overview). */
export type MergeView = ViewId;

/** One side of a conflict: the value that side holds, and the newest change that gave it. */
export interface MergeSide {
  value: unknown;
  clock: string;
  site: string;
  author: string;
}

/** One field a merge takes from the colleague's copy. `old` is this copy's value (undefined for a new row). */
export interface MergeFieldChange {
  field: string;
  value: unknown;
  old: unknown;
  clock: string;
  site: string;
  author: string;
}

/** The fields one row takes from the colleague's copy (conflicting fields are listed under conflicts instead). */
export interface MergeRowChange {
  entity: EntityName;
  id: string;
  /** the row's name or title after the merge, for display */
  label: string;
  /** create: new here; delete / restore: the row's deleted flag flips; update: other fields */
  action: 'create' | 'update' | 'delete' | 'restore';
  /** false when the row stays deleted here (edits that land in a row this copy deleted) */
  live: boolean;
  fields: MergeFieldChange[];
}

/** A field both copies changed since they parted. The newer clock wins unless the user decides otherwise. */
export interface MergeConflict {
  entity: EntityName;
  id: string;
  label: string;
  field: string;
  mine: MergeSide;
  theirs: MergeSide;
  /** the side that wins by clock (what merge does without a decision) */
  winner: 'mine' | 'theirs';
  /**
   * A row one side deleted while the other edited it (field is `deleted`): which side deleted it, and the
   * other side's edits, which keeping that side restores the row with. Without a decision it stays deleted.
   */
  deletedBy?: 'mine' | 'theirs';
  edits?: MergeFieldChange[];
}

/** Live rows that will share one human-visible code after the merge (both copies added risk R-16): this copy's row first. */
export interface MergeDuplicate {
  entity: EntityName;
  field: string;
  code: string;
  ids: string[];
  labels: string[];
}

export interface MergeViewGroup {
  view: MergeView;
  rows: MergeRowChange[];
  conflicts: MergeConflict[];
}

/** Whose changes a merge brings, and how far their clock runs ahead of ours. */
export interface MergeSource {
  site: string;
  author: string;
  /** log entries from this site that this copy lacks */
  changes: number;
  /** newest clock among them */
  latest: string;
  /** how far that clock is ahead of our wall clock (0 when not ahead) */
  aheadMs: number;
  /** more than MAX_DRIFT_MS ahead: a broken clock; the changes are still merged, the user should know */
  suspicious: boolean;
}

/** A row the merge leaves breaking a rule (a task both copies moved so its end is before its start; a loop of links). */
export interface MergeIssue {
  entity: EntityName;
  id: string;
  error: ApiError;
}

export interface MergePreview {
  path: string;
  /** the colleague's plan name */
  name: string;
  /** entries of their change log this copy lacks (0: nothing new, merging changes nothing) */
  incoming: number;
  /** fields that take their value by default (conflicts they win included) */
  applied: number;
  conflicts: number;
  /** rows created here / deleted here by the merge */
  created: number;
  deleted: number;
  /** per view, in the order of the app's navigation; views with nothing to show are left out */
  views: MergeViewGroup[];
  sources: MergeSource[];
  /** some source's clock is suspicious (see MergeSource) */
  suspicious: boolean;
  issues: MergeIssue[];
  duplicates: MergeDuplicate[];
}

/** How the user settles one field: keep this copy's value or take the colleague's, whatever the clocks say. */
export interface MergeDecision {
  entity: EntityName;
  id: string;
  field: string;
  keep: 'mine' | 'theirs';
}

export interface MergeResult extends ApplyResult {
  /** entries of their log taken in (0: nothing new, nothing written) */
  incoming: number;
  /** fields that now hold their value */
  applied: number;
  /** conflicts settled, by clock or by decision */
  conflictsResolved: number;
  /** decisions that went against the clock (each written as a new local change) */
  overridden: number;
  suspicious: boolean;
  issues: MergeIssue[];
}

/** What is at a path (File ▸ Save As and Export ask before replacing a file, and refuse a folder). */
export interface FileStat {
  exists: boolean;
  /** null when nothing is there */
  kind: 'file' | 'folder' | null;
  /** bytes (0 when nothing is there) */
  size: number;
  /** last modified, ISO 8601; null when nothing is there */
  modified: string | null;
}

const path = z.string().min(1).max(4096);

/** What File → Export… and `cplan export` can write (html is the report page the PDF is printed from). */
export const EXPORT_FORMATS = ['docx', 'pdf', 'xlsx', 'ics', 'mspdi', 'csv', 'html'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
/** The tables a CSV export can hold. */
export const EXPORT_TABLES = ['tasks', 'content'] as const;
export type ExportTable = (typeof EXPORT_TABLES)[number];
const template = z.enum(['sample', 'blank']);
/** bundled key-date calendars a new plan starts with (shared/templates/calendars.ts) */
const calendars = z.array(z.enum(CALENDAR_NAMES)).max(CALENDAR_NAMES.length);
const lang = z.enum(LANGUAGES);

/** Argument schemas of every method: IPC and HTTP hosts validate payloads with these before calling. */
export const API_ARGS = {
  planInfo: z.tuple([]),
  snapshot: z.tuple([]),
  applyChanges: z.tuple([ChangesSchema, z.object({ label: z.string().max(200).optional() }).optional()]),
  undo: z.tuple([]),
  redo: z.tuple([]),
  history: z.tuple([z.object({ limit: z.number().int().min(1).max(1000).optional(), entity: z.enum(ENTITY_NAMES as [string, ...string[]]).optional() }).optional()]),
  newPlan: z.tuple([z.object({ path, template, lang, calendars: calendars.optional(), overwrite: z.boolean().optional() })]),
  openPlan: z.tuple([z.object({ path })]),
  closePlan: z.tuple([]),
  saveAs: z.tuple([z.object({ path })]),
  exportCopy: z.tuple([z.object({ path })]),
  setAuthor: z.tuple([z.object({ name: z.string().trim().min(1).max(100) })]),
  previewMerge: z.tuple([z.object({ path })]),
  /** what is at a path; reads nothing of the file and writes nothing */
  stat: z.tuple([z.object({ path }).strict()]),
  merge: z.tuple([z.object({
    path,
    decisions: z.array(z.object({
      entity: z.enum(ENTITY_NAMES as [string, ...string[]]),
      id: z.string().min(1).max(64),
      field: z.string().min(1).max(64),
      keep: z.enum(['mine', 'theirs']),
    })).max(200_000).optional(),
  })]),
  revert: z.tuple([z.object({ txn: z.number().int().min(1) })]),
  /** a project file's bytes (base64; the size limit is checked on the bytes): what importing it would create */
  previewImport: z.tuple([z.object({ format: z.enum(IMPORT_FORMATS), data: z.string().max(12 * 1024 * 1024).regex(/^[A-Za-z0-9+/=\s]*$/, 'expected base64') })]),
  exportPlan: z.tuple([z.object({ path, format: z.enum(EXPORT_FORMATS), lang, table: z.enum(EXPORT_TABLES).optional() }).strict()]),
} as const satisfies Record<ApiMethod, z.ZodType>;

export { API_METHODS, type ApiMethod };

interface ApiResults {
  planInfo: PlanInfo;
  snapshot: Snapshot;
  applyChanges: ApplyResult;
  undo: ApplyResult;
  redo: ApplyResult;
  history: HistoryEntry[];
  newPlan: PlanInfo;
  openPlan: PlanInfo;
  closePlan: null;
  saveAs: PlanInfo;
  exportCopy: { path: string; bytes: number };
  setAuthor: PlanInfo;
  previewMerge: MergePreview;
  stat: FileStat;
  merge: MergeResult;
  revert: ApplyResult;
  previewImport: ImportPreview;
  exportPlan: { path: string; bytes: number; format: ExportFormat };
}

/** The whole contract between the renderer and the backend. Each host (IPC, HTTP) serves exactly this. */
export type PlannerApi = {
  [K in ApiMethod]: (...args: z.input<(typeof API_ARGS)[K]>) => Promise<Result<ApiResults[K]>>;
};
export type ApiResult<K extends ApiMethod> = ApiResults[K];
