/** The objectives as a tree: nodes in display order, which rows are visible, and the roll-up flags. */
import { rollupCheck, type RollupCheck } from '../../../shared/logic/objectives.ts';
import type { Objective } from '../../../shared/model/registry.ts';

export interface TreeNode {
  objective: Objective;
  depth: number;
  /** null for a top-level objective (or one whose parent is gone or part of a loop) */
  parentId: string | null;
  childIds: string[];
}

/**
 * Every objective once, each followed by its breakdown, children in sort order. Rows whose parent is
 * missing, deleted or part of a loop are shown at the top level rather than lost.
 */
export function buildTree(objectives: readonly Objective[]): TreeNode[] {
  const ids = new Set(objectives.map((o) => o.id));
  const children = new Map<string | null, Objective[]>();
  for (const o of objectives) {
    const parent = o.parent_id && ids.has(o.parent_id) && o.parent_id !== o.id ? o.parent_id : null;
    children.set(parent, [...(children.get(parent) ?? []), o]);
  }
  const out: TreeNode[] = [];
  const seen = new Set<string>();
  const visit = (parent: string | null, depth: number) => {
    for (const o of children.get(parent) ?? []) {
      if (seen.has(o.id)) continue;
      seen.add(o.id);
      const node: TreeNode = { objective: o, depth, parentId: parent, childIds: [] };
      out.push(node);
      visit(o.id, depth + 1);
    }
  };
  visit(null, 0);
  for (const o of objectives) {
    if (seen.has(o.id)) continue;
    // caught in a parent loop: shown at the top with whatever hangs below it
    seen.add(o.id);
    out.push({ objective: o, depth: 0, parentId: null, childIds: [] });
    visit(o.id, 1);
  }
  const byId = new Map(out.map((n) => [n.objective.id, n]));
  for (const n of out) {
    if (n.depth > 0) {
      const parentId = n.objective.parent_id;
      const parent = parentId ? byId.get(parentId) : undefined;
      if (parent) {
        n.parentId = parent.objective.id;
        parent.childIds.push(n.objective.id);
      }
    }
  }
  return out;
}

/** The nodes a reader sees: those whose every ancestor is expanded. */
export function visibleNodes(nodes: readonly TreeNode[], collapsed: ReadonlySet<string>): TreeNode[] {
  const hidden = new Set<string>();
  const out: TreeNode[] = [];
  for (const n of nodes) {
    if (n.parentId !== null && (hidden.has(n.parentId) || collapsed.has(n.parentId))) {
      hidden.add(n.objective.id);
      continue;
    }
    out.push(n);
  }
  return out;
}

/** The objective and everything below it (for deleting a branch). */
export function branchIds(nodes: readonly TreeNode[], id: string): string[] {
  const byId = new Map(nodes.map((n) => [n.objective.id, n]));
  const out: string[] = [];
  const stack = [id];
  while (stack.length) {
    const next = stack.pop()!;
    if (out.includes(next)) continue;
    out.push(next);
    stack.push(...(byId.get(next)?.childIds ?? []));
  }
  return out;
}

/** The roll-up check of each parent whose children do not add up, by parent id. */
export function rollupFlags(objectives: readonly Objective[]): Map<string, RollupCheck> {
  return new Map(rollupCheck(objectives).filter((c) => !c.ok).map((c) => [c.parentId, c]));
}

/** Every parent checked (ok or not), by parent id. */
export function rollupChecks(objectives: readonly Objective[]): Map<string, RollupCheck> {
  return new Map(rollupCheck(objectives).map((c) => [c.parentId, c]));
}
