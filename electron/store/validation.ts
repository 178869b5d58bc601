/**
 * Every change, local or merged, is checked here against the model before anything is written: its kind,
 * field, id and value one by one, then the rows the whole batch leaves (required fields, the cross-field
 * rules, references).
 */
import { z } from 'zod';
import { PlannerError } from '../../shared/errors.ts';
import type { Change } from '../../shared/model/change.ts';
import type { FieldSpec } from '../../shared/model/field.ts';
import { type EntityName, entityDef, isEntityName } from '../../shared/model/registry.ts';
import { ROW_RULES } from '../../shared/model/rules.ts';
import type { PendingRow, RowIssue, RowRecord, StampedChange } from './plan-types.ts';
import type { StoredRows } from './stored-rows.ts';

/** The fields every kind has besides its own. */
export const COMMON: Record<string, FieldSpec> = {
  sort_order: { schema: z.number().finite(), sql: 'REAL', default: 0, doc: '' },
  deleted: { schema: z.boolean(), sql: 'INTEGER', default: false, doc: '' },
};

const ID_RE = /^[A-Za-z0-9_.:-]{1,64}$/;

function firstIssue(e: z.ZodError): string {
  return e.issues[0]?.message ?? 'is not valid';
}

/**
 * Checks one change against the model (kind, field, id, value) and returns the value as the schema
 * parses it. Every change, local or merged, passes here; throws the error the user sees.
 */
export function validateChange(c: Change): unknown {
  if (!isEntityName(c.entity)) throw new PlannerError('UNKNOWN_ENTITY', { entity: String(c.entity) });
  const def = entityDef(c.entity);
  const spec = Object.hasOwn(def.fields, c.field) ? def.fields[c.field] : Object.hasOwn(COMMON, c.field) ? COMMON[c.field] : undefined;
  if (!spec) throw new PlannerError('UNKNOWN_FIELD', { entity: c.entity, field: c.field });
  const parsed = spec.schema.safeParse(c.value);
  if (!parsed.success) throw new PlannerError('INVALID_VALUE', { entity: c.entity, id: c.id, field: c.field, detail: firstIssue(parsed.error) });
  if (def.singletonId && c.id !== def.singletonId) throw new PlannerError('INVALID_ROW', { entity: c.entity, id: c.id, detail: `the only row is “${def.singletonId}”` });
  if (typeof c.id !== 'string' || !ID_RE.test(c.id)) throw new PlannerError('INVALID_VALUE', { entity: c.entity, id: String(c.id), field: 'id', detail: 'uses letters, digits and _ . : - only' });
  return parsed.data;
}

/**
 * Checks every change against the model and computes the rows it leaves; throws before anything is written.
 * `local`: every rule holds (a rule already broken before the change does not block an unrelated edit).
 * `remote` (a merge): the values and references are checked the same way, but a row that ends up breaking
 * a cross-field rule (both copies moved the dates of one task apart) is kept and reported, not refused:
 * each side's edit was valid where it was made, and refusing would make the copies impossible to merge.
 */
export function planChanges(stored: StoredRows, changes: StampedChange[], mode: 'local' | 'remote'): { pending: PendingRow[]; issues: RowIssue[] } {
  const rows = new Map<string, PendingRow>();
  const values = changes.map(validateChange);
  const before = stored.byId(changes);
  for (const [i, c] of changes.entries()) {
    const value = values[i];
    const key = `${c.entity}\u0000${c.id}`;
    let row = rows.get(key);
    if (!row) {
      const def = entityDef(c.entity);
      const was = before.get(key) ?? null;
      const after: RowRecord = was
        ? { ...was }
        : { id: c.id, sort_order: 0, deleted: false, clock: '', ...Object.fromEntries(Object.entries(def.fields).map(([k, s]) => [k, s.default])) };
      row = { entity: c.entity, id: c.id, before: was, after, fields: new Map(), clock: '' };
      rows.set(key, row);
    }
    row.after[c.field] = value;
    row.fields.set(c.field, value);
    if (c.clock && c.clock > row.clock) row.clock = c.clock;
  }
  const pending = [...rows.values()];
  // a new row that does not say where it goes is appended at the end of its list, not at 0
  const nextOrder = new Map<EntityName, number>();
  for (const row of pending) {
    if (row.before || row.fields.has('sort_order')) continue;
    const last = nextOrder.get(row.entity) ?? stored.maxSortOrder(row.entity);
    row.after.sort_order = last + 1024;
    nextOrder.set(row.entity, last + 1024);
  }
  const issues: RowIssue[] = [];
  // references may point at rows of the same batch (a merge brings a person and the task they own together)
  const exists = (entity: EntityName, id: string, alive: boolean): boolean => {
    const inBatch = rows.get(`${entity}\u0000${id}`);
    if (inBatch) return !alive || inBatch.after.deleted !== true;
    const deleted = stored.deleted(entity, id);
    return deleted !== null && (!alive || !deleted);
  };
  for (const row of pending) {
    const def = entityDef(row.entity);
    if (!row.before) {
      for (const k of Object.keys(def.fields)) {
        if (row.after[k] === undefined) throw new PlannerError('MISSING_FIELD', { entity: row.entity, id: row.id, field: k });
      }
    }
    for (const rule of ROW_RULES[row.entity] ?? []) {
      const why = rule(row.after);
      if (!why) continue;
      const error = new PlannerError('INVALID_ROW', { entity: row.entity, id: row.id, detail: why });
      if (mode === 'remote') issues.push({ entity: row.entity, id: row.id, error: error.toApiError() });
      else if (!row.before || !rule(row.before)) throw error;
    }
    // references are checked where they were set (or the row was made), so deleting a target later is allowed;
    // a merged change may point at a row its own copy deleted since, but never at one that does not exist
    for (const [k, s] of Object.entries(def.fields)) {
      if (!s.ref || (row.before && !row.fields.has(k))) continue;
      const v = row.after[k];
      const ids = s.many ? (v as string[]) : v == null ? [] : [v as string];
      for (const ref of ids) {
        if (!exists(s.ref as EntityName, ref, mode === 'local')) throw new PlannerError('DANGLING_REF', { entity: row.entity, id: row.id, field: k, target: s.ref, ref });
      }
    }
  }
  return { pending, issues };
}
