/**
 * Human-visible codes (a risk's "R-16"): people quote them in meetings and documents, so two live rows
 * must not share one. Two copies edited apart can each give out the next code; the merge review finds
 * such pairs and offers to renumber the incoming rows.
 */
import type { MergeDuplicate } from '../api.ts';
import type { Change } from '../model/change.ts';
import type { EntityName } from '../model/registry.ts';

/** The field of each kind of row that holds a code people read and quote. */
export const HUMAN_CODES: Partial<Record<EntityName, string>> = { risk: 'code' };

type CodedRow = { id: string; deleted?: boolean } & Record<string, unknown>;

/** Live rows sharing a non-empty code, in the order given (put the rows that were there first). */
export function duplicateGroups(rows: readonly CodedRow[], field: string): { code: string; ids: string[] }[] {
  const byCode = new Map<string, string[]>();
  for (const r of rows) {
    const code = r[field];
    if (r.deleted === true || typeof code !== 'string' || !code.trim()) continue;
    const ids = byCode.get(code.trim());
    if (ids) ids.push(r.id);
    else byCode.set(code.trim(), [r.id]);
  }
  return [...byCode].filter(([, ids]) => ids.length > 1).map(([code, ids]) => ({ code, ids }));
}

/** "R-16" → prefix "R-", number 16, width 2; a code without a trailing number counts as number 1. */
function parts(code: string): { prefix: string; n: number; width: number } {
  const m = /^(.*?)(\d+)$/.exec(code);
  return m ? { prefix: m[1]!, n: Number(m[2]), width: m[2]!.length } : { prefix: `${code}-`, n: 1, width: 1 };
}

/** The next code after every code of the same prefix in use (R-09, R-10 in use → R-11), keeping the number's width. */
function nextCode(code: string, taken: Set<string>): string {
  const { prefix, width } = parts(code);
  let n = 0;
  for (const t of taken) {
    if (!t.startsWith(prefix)) continue;
    const rest = t.slice(prefix.length);
    if (/^\d+$/.test(rest)) n = Math.max(n, Number(rest));
  }
  let next: string;
  do next = `${prefix}${String(++n).padStart(width, '0')}`;
  while (taken.has(next));
  return next;
}

/**
 * The changes that renumber every row of each duplicate group but its first (this copy's row keeps its
 * code), against the rows as they are now: one batch for applyChanges, so one undo step.
 */
export function renumberChanges(duplicates: readonly MergeDuplicate[], rows: Partial<Record<EntityName, readonly CodedRow[]>>): Change[] {
  const out: Change[] = [];
  for (const d of duplicates) {
    const live = (rows[d.entity] ?? []).filter((r) => r.deleted !== true);
    const taken = new Set(live.map((r) => r[d.field]).filter((c): c is string => typeof c === 'string' && c !== ''));
    const still = live.filter((r) => r[d.field] === d.code).map((r) => r.id);
    const [keep, ...rest] = d.ids.filter((id) => still.includes(id));
    if (!keep) continue;
    for (const id of rest) {
      const code = nextCode(d.code, taken);
      taken.add(code);
      out.push({ entity: d.entity, id, field: d.field, value: code } as Change);
    }
  }
  return out;
}
