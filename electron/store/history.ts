/**
 * The plan's history as its change log holds it: transactions and their changes, the inverse that takes
 * one back (undo, redo, revert), and the undo and redo stacks of this session.
 */
import type { HistoryEntry } from '../../shared/api.ts';
import type { Change } from '../../shared/model/change.ts';
import type { EntityName } from '../../shared/model/registry.ts';
import { fromLogJson } from './codec.ts';
import { LOG_CREATED, LOG_SUPERSEDED, type LogRow } from './plan-types.ts';
import type { Statements } from './statements.ts';

/** One change of a transaction as the log holds it, its flags read out. */
export interface TxnChange extends Omit<LogRow, 'author' | 'flags'> {
  created: boolean;
  superseded: boolean;
}

/** A transaction's record in `_txn`. */
export interface TxnRecord {
  txn: number;
  label: string;
  kind: string;
  undoes: number | null;
}

/** The transactions this session can undo and redo (an edit clears the redo stack). */
export class UndoStacks {
  readonly undo: number[] = [];
  redo: number[] = [];

  /** An edit of the user's own (or a merge): one undo step, and what was undone can no longer be redone. */
  edited(txn: number): void {
    this.undo.push(txn);
    this.redo = [];
  }
}

export function txnExists(stmts: Statements, txn: number): boolean {
  return !!stmts.get('SELECT 1 FROM _txn WHERE txn = ?').get(txn);
}

export function txnRecord(stmts: Statements, txn: number): TxnRecord | null {
  return (stmts.get('SELECT txn, label, kind, undoes FROM _txn WHERE txn = ?').get(txn) as TxnRecord | undefined) ?? null;
}

export function txnChanges(stmts: Statements, txn: number): TxnChange[] {
  return (stmts.get('SELECT entity, row_id, field, value, old, clock, site, created FROM _change_log WHERE txn = ? ORDER BY seq').all(txn) as {
    entity: EntityName; row_id: string; field: string; value: string | null; old: string | null; clock: string; site: string; created: number;
  }[]).map((r) => ({
    entity: r.entity, id: r.row_id, field: r.field, value: fromLogJson(r.value), old: fromLogJson(r.old), clock: r.clock, site: r.site,
    created: (r.created & LOG_CREATED) !== 0, superseded: (r.created & LOG_SUPERSEDED) !== 0,
  }));
}

/** The changes that take a transaction back: old values restored, rows it created deleted (merged entries that never reached a row are skipped). */
export function inverse(stmts: Statements, txn: number): Change[] {
  const out: Change[] = [];
  const createdDone = new Set<string>();
  for (const c of txnChanges(stmts, txn).reverse()) {
    if (c.created) {
      const key = `${c.entity}\u0000${c.id}`;
      if (!createdDone.has(key)) out.push({ entity: c.entity, id: c.id, field: 'deleted', value: true });
      createdDone.add(key);
    } else if (!c.superseded && c.old !== undefined) {
      out.push({ entity: c.entity, id: c.id, field: c.field, value: c.old });
    }
  }
  return out;
}

/** The newest transactions (of one kind of row, if given), each with its changes and who made them. */
export function historyEntries(stmts: Statements, authors: Map<string, string>, limit: number, entity?: EntityName): HistoryEntry[] {
  const txns = (entity
    ? stmts.get('SELECT t.* FROM _txn t WHERE EXISTS (SELECT 1 FROM _change_log c WHERE c.txn = t.txn AND c.entity = ?) ORDER BY t.txn DESC LIMIT ?').all(entity, limit)
    : stmts.get('SELECT * FROM _txn ORDER BY txn DESC LIMIT ?').all(limit)) as { txn: number; clock: string; author: string; site: string; label: string }[];
  // each change with its own clock and site: a merge holds changes made elsewhere, by their authors
  return txns.map((t) => ({
    txn: t.txn, clock: t.clock, author: t.author, site: t.site, label: t.label,
    changes: txnChanges(stmts, t.txn).filter((c) => !c.superseded).map((c) => ({
      entity: c.entity, id: c.id, field: c.field, value: c.value, old: c.old, clock: c.clock, site: c.site,
      author: c.site === t.site ? t.author : (authors.get(c.site) ?? c.site),
    })),
  }));
}
