/**
 * History names each row it mentions the way people know it. The renderer names rows from the plan it
 * holds, which has no deleted rows: without these labels, a deleted row would read as its id ("swot-16").
 */
import type { HistoryEntry } from '../../shared/api.ts';
import { rowTitle } from '../../shared/logic/merge.ts';
import { isEntityName } from '../../shared/model/registry.ts';
import type { PlanFile } from './plan-file.ts';

/** The entries with `labels`: the current name of every row they touched (creating the plan is shown as a count, so it is left out). */
export function withLabels(file: PlanFile, entries: HistoryEntry[]): HistoryEntry[] {
  const cache = new Map<string, ReturnType<PlanFile['row']>>();
  const get: Parameters<typeof rowTitle>[2] = (entity, id) => {
    const k = `${entity}\u0000${id}`;
    if (!cache.has(k)) cache.set(k, file.row(entity, id));
    return cache.get(k);
  };
  return entries.map((e) => {
    if (e.label === 'template') return e;
    const labels: Record<string, string> = {};
    for (const c of e.changes) {
      const k = `${c.entity}\u0000${c.id}`;
      if (k in labels || !isEntityName(c.entity)) continue;
      const title = rowTitle(c.entity, c.id, get);
      if (title !== null) labels[k] = title;
    }
    return { ...e, labels };
  });
}
