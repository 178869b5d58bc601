/**
 * What an undo or redo acted on, named the way the history names it: the label of the user's own edit
 * (an undo of a redo of an undo still names that edit, not "undo") and the row it was about, as it reads now.
 */
import type { StepInfo } from '../../shared/api.ts';
import { rowTitle } from '../../shared/logic/merge.ts';
import { isEntityName, type EntityName } from '../../shared/model/registry.ts';
import type { PlanFile } from '../store/plan-file.ts';

interface TxnRow {
  txn: number;
  label: string;
  kind: string;
  undoes: number | null;
}

/** Rows that only tie others together: a step that deletes a task and its links is about the task. */
const TIES: ReadonlySet<string> = new Set(['task_link', 'raci']);

/** The step `txn` (an undo or redo just written) took back or put back. */
export function stepInfo(file: PlanFile, txn: number): StepInfo {
  const db = file.handle;
  const read = db.prepare('SELECT txn, label, kind, undoes FROM _txn WHERE txn = ?');
  let row = read.get(txn) as TxnRow | undefined;
  for (let hops = 0; row && (row.kind === 'undo' || row.kind === 'redo') && row.undoes !== null && hops < 100_000; hops++) {
    row = read.get(row.undoes) as TxnRow | undefined;
  }
  if (!row || row.kind === 'undo' || row.kind === 'redo') return { label: '', subject: null, rows: 0 };
  const changes = db.prepare('SELECT entity, row_id AS id, field, created FROM _change_log WHERE txn = ? ORDER BY rowid').all(row.txn) as {
    entity: string;
    id: string;
    field: string;
    created: number;
  }[];
  const rows = new Map<string, { entity: EntityName; id: string; whole: boolean }>();
  for (const c of changes) {
    if (!isEntityName(c.entity)) continue;
    const key = `${c.entity}\u0000${c.id}`;
    const r = rows.get(key) ?? { entity: c.entity, id: c.id, whole: false };
    // added or deleted: what the step was about, rather than a row it only adjusted on the way
    if (c.field === 'deleted' || c.created) r.whole = true;
    rows.set(key, r);
  }
  const list = [...rows.values()].filter((r) => r.entity !== 'settings' || rows.size === 1);
  const rank = (r: { entity: EntityName; whole: boolean }) => (r.whole ? 0 : 2) + (TIES.has(r.entity) ? 1 : 0);
  const main = [...list].sort((a, b) => rank(a) - rank(b))[0];
  const name = main ? rowTitle(main.entity, main.id, (e, id) => file.row(e, id) ?? undefined) : null;
  if (!main || !name) return { label: row.label, subject: null, rows: rows.size };
  return { label: row.label, subject: { entity: main.entity, name }, rows: list.filter((r) => r.entity === main.entity).length };
}
