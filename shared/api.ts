import { z } from 'zod';
import type { ApiError } from './errors.ts';
import { ChangesSchema, type LoggedChange } from './model/change.ts';
import type { EntityName, Row } from './model/registry.ts';
import { ENTITY_NAMES } from './model/registry.ts';
import { LANGUAGES } from './model/enums.ts';

/** Every call answers `{ok:true,value}` or `{ok:false,error}`: the error has a code the UI can translate. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export interface LockHolder {
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
}

export interface HistoryEntry {
  txn: number;
  clock: string;
  author: string;
  site: string;
  label: string;
  changes: LoggedChange[];
}

const path = z.string().min(1).max(4096);
const template = z.enum(['sample', 'blank']);
const lang = z.enum(LANGUAGES);

/** Argument schemas of every method: IPC and HTTP hosts validate payloads with these before calling. */
export const API_ARGS = {
  planInfo: z.tuple([]),
  snapshot: z.tuple([]),
  applyChanges: z.tuple([ChangesSchema, z.object({ label: z.string().max(200).optional() }).optional()]),
  undo: z.tuple([]),
  redo: z.tuple([]),
  history: z.tuple([z.object({ limit: z.number().int().min(1).max(1000).optional(), entity: z.enum(ENTITY_NAMES as [string, ...string[]]).optional() }).optional()]),
  newPlan: z.tuple([z.object({ path, template, lang, overwrite: z.boolean().optional() })]),
  openPlan: z.tuple([z.object({ path })]),
  closePlan: z.tuple([]),
  saveAs: z.tuple([z.object({ path })]),
  exportCopy: z.tuple([z.object({ path })]),
  setAuthor: z.tuple([z.object({ name: z.string().trim().min(1).max(100) })]),
} as const;

export type ApiMethod = keyof typeof API_ARGS;
export const API_METHODS = Object.keys(API_ARGS) as ApiMethod[];

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
}

/** The whole contract between the renderer and the backend. Each host (IPC, HTTP) serves exactly this. */
export type PlannerApi = {
  [K in ApiMethod]: (...args: z.input<(typeof API_ARGS)[K]>) => Promise<Result<ApiResults[K]>>;
};
export type ApiResult<K extends ApiMethod> = ApiResults[K];
