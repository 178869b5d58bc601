/**
 * The plan's rows, normalised: by entity → id → row, plus the ids of each entity in sort_order.
 * Pure functions: the store keeps the result and replaces only the entities a change touches.
 */
import type { RestoredRow, Rows } from '../../../shared/api.ts';
import type { Change, LoggedChange } from '../../../shared/model/change.ts';
import { ENTITY_NAMES, entityDef, type EntityName, type Row } from '../../../shared/model/registry.ts';

export type ById = { [N in EntityName]: Record<string, Row<N>> };
export type Ids = { [N in EntityName]: string[] };

export interface Entities {
  byId: ById;
  ids: Ids;
}

/** What a change replaced: the old value of a field, or `absent` when the row did not exist. */
export type Undo = { entity: EntityName; id: string; field: string; old: unknown; absent: boolean; row: Record<string, unknown> | null };

type AnyRow = Record<string, unknown> & { id: string; sort_order: number };

export function emptyEntities(): Entities {
  const byId = {} as Record<EntityName, Record<string, unknown>>;
  const ids = {} as Record<EntityName, string[]>;
  for (const name of ENTITY_NAMES) {
    byId[name] = {};
    ids[name] = [];
  }
  return { byId: byId as ById, ids: ids as Ids };
}

export function normalise(rows: Partial<Rows>): Entities {
  const out = emptyEntities();
  const byId = out.byId as unknown as Record<EntityName, Record<string, AnyRow>>;
  for (const name of ENTITY_NAMES) {
    const list = (rows[name] ?? []) as unknown as AnyRow[];
    for (const row of list) byId[name][row.id] = row;
    out.ids[name] = list.map((r) => r.id);
  }
  return out;
}

function defaultsOf(entity: EntityName, id: string): AnyRow {
  const row: AnyRow = { id, sort_order: 0, deleted: false, clock: '' };
  for (const [field, spec] of Object.entries(entityDef(entity).fields)) {
    if (spec.default !== undefined) row[field] = structuredClone(spec.default);
  }
  return row;
}

function sortIds(table: Record<string, AnyRow>, ids: string[]): string[] {
  return ids
    .map((id, i) => ({ id, i, order: table[id]?.sort_order ?? 0 }))
    .sort((a, b) => a.order - b.order || a.i - b.i)
    .map((x) => x.id);
}

/**
 * Applies changes to the rows as the backend will (a new row takes its defaults, `deleted: true`
 * removes it, `sort_order` moves it). Returns the new entities and, per change, what it replaced
 * so that a refused change can be rolled back.
 */
export function applyLocal(state: Entities, changes: readonly Change[]): { entities: Entities; undo: Undo[] } {
  const byId = { ...state.byId } as unknown as Record<EntityName, Record<string, AnyRow>>;
  const ids = { ...state.ids } as Record<EntityName, string[]>;
  const touched = new Set<EntityName>();
  const reorder = new Set<EntityName>();
  const undo: Undo[] = [];
  for (const c of changes) {
    const entity = c.entity as EntityName;
    if (!touched.has(entity)) {
      byId[entity] = { ...byId[entity] };
      ids[entity] = [...ids[entity]];
      touched.add(entity);
    }
    const table = byId[entity];
    const existing = table[c.id];
    undo.push({ entity, id: c.id, field: c.field, old: existing?.[c.field], absent: !existing, row: existing ?? null });
    if (c.field === 'deleted') {
      if (c.value === true) {
        delete table[c.id];
        ids[entity] = ids[entity].filter((id) => id !== c.id);
      }
      continue;
    }
    if (!existing) {
      const last = ids[entity].length ? table[ids[entity][ids[entity].length - 1]!] : undefined;
      table[c.id] = { ...defaultsOf(entity, c.id), sort_order: (last?.sort_order ?? 0) + 1, [c.field]: c.value };
      ids[entity].push(c.id);
    } else {
      table[c.id] = { ...existing, [c.field]: c.value };
    }
    if (c.field === 'sort_order') reorder.add(entity);
  }
  for (const entity of reorder) ids[entity] = sortIds(byId[entity], ids[entity]);
  return { entities: { byId: byId as unknown as ById, ids: ids as Ids }, undo };
}

/** Puts back what `applyLocal` replaced (in reverse order), leaving other rows as they are now. */
export function rollback(state: Entities, undo: readonly Undo[]): Entities {
  const byId = { ...state.byId } as unknown as Record<EntityName, Record<string, AnyRow>>;
  const ids = { ...state.ids } as Record<EntityName, string[]>;
  const touched = new Set<EntityName>();
  for (const u of [...undo].reverse()) {
    if (!touched.has(u.entity)) {
      byId[u.entity] = { ...byId[u.entity] };
      touched.add(u.entity);
    }
    const table = byId[u.entity];
    if (u.absent) {
      delete table[u.id];
    } else if (u.field === 'deleted' || !table[u.id]) {
      table[u.id] = u.row as AnyRow;
    } else {
      table[u.id] = { ...table[u.id]!, [u.field]: u.old };
    }
  }
  for (const entity of touched) {
    const table = byId[entity];
    const kept = ids[entity].filter((id) => id in table);
    const added = Object.keys(table).filter((id) => !kept.includes(id));
    ids[entity] = sortIds(table, [...kept, ...added]);
  }
  return { byId: byId as unknown as ById, ids: ids as Ids };
}

/** Where a row goes in a list kept in (sort_order, id) order, as the backend reads them. */
function insertAt(table: Record<string, AnyRow>, ids: string[], row: AnyRow): number {
  let lo = 0;
  let hi = ids.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const other = table[ids[mid]!];
    const before = other && (other.sort_order < row.sort_order || (other.sort_order === row.sort_order && ids[mid]! < row.id));
    if (before) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Puts rows back whole (they replace whatever the store made of them) in their place by sort_order. */
function putRows(state: Entities, rows: readonly RestoredRow[]): Entities {
  const byId = { ...state.byId } as unknown as Record<EntityName, Record<string, AnyRow>>;
  const ids = { ...state.ids } as Record<EntityName, string[]>;
  const touched = new Set<EntityName>();
  for (const { entity, row } of rows) {
    if (!touched.has(entity)) {
      byId[entity] = { ...byId[entity] };
      ids[entity] = [...ids[entity]];
      touched.add(entity);
    }
    const list = ids[entity];
    const at = list.indexOf(row.id);
    if (at >= 0) list.splice(at, 1);
    byId[entity][row.id] = row as AnyRow;
    list.splice(insertAt(byId[entity], list, row as AnyRow), 0, row.id);
  }
  return { byId: byId as unknown as ById, ids: ids as Ids };
}

/**
 * Takes the backend's record of written changes: values as stored and the rows' new clocks. Rows the
 * changes brought back from deleted come whole in `restored` (the store dropped them when deleted).
 */
export function foldLogged(state: Entities, logged: readonly LoggedChange[], restored: readonly RestoredRow[] = []): Entities {
  const live = logged.filter((c) => c.field !== 'deleted' || c.value !== true);
  let next = applyLocal(state, live).entities;
  const byId = next.byId as unknown as Record<EntityName, Record<string, AnyRow>>;
  for (const c of live) {
    const row = byId[c.entity as EntityName][c.id];
    if (row && row.clock !== c.clock) byId[c.entity as EntityName][c.id] = { ...row, clock: c.clock };
  }
  if (restored.length) next = putRows(next, restored);
  const removed = logged.filter((c) => c.field === 'deleted' && c.value === true);
  return removed.length ? applyLocal(next, removed).entities : next;
}
