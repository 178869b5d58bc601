/** Reading the plan's rows as stored, decoded into the values the model speaks. */
import type { Change } from '../../shared/model/change.ts';
import { ENTITIES, ENTITY_NAMES, type EntityName, entityDef } from '../../shared/model/registry.ts';
import { rowDecoder } from './codec.ts';
import type { RowRecord } from './plan-types.ts';
import type { Statements } from './statements.ts';

const ROWS_PER_SELECT = 500;

const decoders = new Map(ENTITY_NAMES.map((n) => [n, rowDecoder(entityDef(n))]));

export class StoredRows {
  private readonly stmts: Statements;

  constructor(stmts: Statements) {
    this.stmts = stmts;
  }

  /** One row as stored (deleted or not), decoded; null when there is no such row. */
  row(entity: EntityName, id: string): RowRecord | null {
    const raw = this.stmts.get(`SELECT * FROM ${ENTITIES[entity].table} WHERE id = ?`).get(id) as RowRecord | undefined;
    return raw ? decoders.get(entity)!(raw) : null;
  }

  /**
   * The stored rows the changes touch, keyed `entity\0id`, read a few hundred at a time: one SELECT per
   * change was most of the cost of a large batch (a bulk reorder, a merge).
   */
  byId(changes: readonly Change[]): Map<string, RowRecord> {
    const ids = new Map<EntityName, Set<string>>();
    for (const c of changes) {
      let set = ids.get(c.entity);
      if (!set) ids.set(c.entity, (set = new Set()));
      set.add(c.id);
    }
    const out = new Map<string, RowRecord>();
    for (const [entity, set] of ids) {
      const decode = decoders.get(entity)!;
      const all = [...set];
      const select = this.stmts.get(`SELECT * FROM ${ENTITIES[entity].table} WHERE id IN (SELECT value FROM json_each(?))`);
      for (let i = 0; i < all.length; i += ROWS_PER_SELECT) {
        for (const raw of select.all(JSON.stringify(all.slice(i, i + ROWS_PER_SELECT))) as RowRecord[]) out.set(`${entity}\u0000${String(raw.id)}`, decode(raw));
      }
    }
    return out;
  }

  /** The greatest sort_order of a kind (0 for none), deleted rows included. */
  maxSortOrder(entity: EntityName): number {
    return (this.stmts.get(`SELECT coalesce(max(sort_order), 0) AS m FROM ${ENTITIES[entity].table}`).get() as { m: number }).m;
  }

  /** Whether a row is deleted; null when there is no such row. */
  deleted(entity: EntityName, id: string): boolean | null {
    const r = this.stmts.get(`SELECT deleted FROM ${ENTITIES[entity].table} WHERE id = ?`).get(id) as { deleted: number } | undefined;
    return r ? r.deleted !== 0 : null;
  }

  /** Every live row of every kind, in sort_order: what the renderer holds. */
  all(): Record<EntityName, unknown[]> {
    const out = {} as Record<EntityName, unknown[]>;
    for (const n of ENTITY_NAMES) {
      const decode = decoders.get(n)!;
      out[n] = (this.stmts.get(`SELECT * FROM ${ENTITIES[n].table} WHERE deleted = 0 ORDER BY sort_order, id`).all() as RowRecord[]).map(decode);
    }
    return out;
  }

  counts(): Record<EntityName, number> {
    return Object.fromEntries(
      ENTITY_NAMES.map((n) => [n, (this.stmts.get(`SELECT count(*) AS c FROM ${ENTITIES[n].table} WHERE deleted = 0`).get() as { c: number }).c]),
    ) as Record<EntityName, number>;
  }
}
