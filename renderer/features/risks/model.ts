/**
 * The changes behind the register's create, duplicate and delete (each one apply, so one undo step),
 * and small helpers the view needs. Pure: the tests call them directly.
 */
import { addDays } from '../../../shared/logic/dates.ts';
import { dropRefs, linkRiskToPlaybook } from '../../../shared/logic/playbook.ts';
import { between } from '../../../shared/logic/rank.ts';
import type { Change } from '../../../shared/model/change.ts';
import type { Risk, Row } from '../../../shared/model/registry.ts';

type Playbook = Row<'playbook'>;
type Compliance = Row<'compliance_item'>;

/** The next free code in the R-nn pattern (one more than the highest number used, at least two digits). */
export function nextCode(codes: readonly string[], prefix = 'R-'): string {
  let max = 0;
  for (const c of codes) {
    const m = /(\d+)\s*$/.exec(c);
    if (m) max = Math.max(max, Number(m[1]));
  }
  return `${prefix}${String(max + 1).padStart(2, '0')}`;
}

const RISK_FIELDS = [
  'code', 'title', 'category', 'cause', 'event', 'effect', 'likelihood', 'impact', 'residual_likelihood', 'residual_impact',
  'owner_id', 'trigger', 'trigger_seen', 'strategy', 'mitigation', 'contingency', 'status', 'identified_on', 'review_on',
  'task_ids', 'platform_ids', 'playbook_id',
] as const satisfies readonly (keyof Risk)[];

const toChanges = (entity: 'risk', id: string, values: Record<string, unknown>): Change[] =>
  Object.entries(values).map(([field, value]) => ({ entity, id, field, value }));

/** A new open risk at the end of the register, identified today and due for review in 30 days. */
export function newRiskChanges(id: string, opts: { title: string; code: string; today: string; category?: Risk['category']; ownerId?: string | null; lastOrder: number | null }): Change[] {
  return toChanges('risk', id, {
    code: opts.code,
    title: opts.title,
    category: opts.category ?? 'other',
    owner_id: opts.ownerId ?? null,
    identified_on: opts.today,
    review_on: addDays(opts.today, 30),
    sort_order: between(opts.lastOrder, null),
  });
}

/**
 * A copy of a risk placed right after it, with a new code and title; it answers to the same playbook
 * (which lists it too), so the links stay symmetric.
 */
export function duplicateRiskChanges(source: Risk, id: string, opts: { title: string; code: string; nextOrder: number | null; risks: readonly Risk[]; playbooks: readonly Playbook[] }): Change[] {
  const values: Record<string, unknown> = {};
  for (const f of RISK_FIELDS) values[f] = structuredClone(source[f]);
  values.code = opts.code;
  values.title = opts.title;
  const playbookId = source.playbook_id && opts.playbooks.some((p) => p.id === source.playbook_id) ? source.playbook_id : null;
  values.playbook_id = playbookId;
  values.sort_order = between(source.sort_order, opts.nextOrder);
  const changes = toChanges('risk', id, values);
  // the copy already names the playbook: only the playbook's side of the link is added
  if (playbookId) changes.push(...linkRiskToPlaybook(id, playbookId, [...opts.risks, { id, playbook_id: playbookId }], opts.playbooks));
  return changes;
}

/** Deletes risks and takes them out of every playbook's and checklist item's linked risks. */
export function deleteRiskChanges(ids: readonly string[], risks: readonly Risk[], playbooks: readonly Playbook[], compliance: readonly Compliance[]): Change[] {
  const removed = new Set(ids);
  const live = new Set(risks.map((r) => r.id).filter((id) => !removed.has(id)));
  return [
    ...ids.map((id): Change => ({ entity: 'risk', id, field: 'deleted', value: true })),
    ...dropRefs('playbook', playbooks, removed, live),
    ...dropRefs('compliance_item', compliance, removed, live),
  ];
}

/** The label of a risk in lists and messages: its code and title. */
export function riskLabel(r: Pick<Risk, 'code' | 'title'>): string {
  return r.code ? `${r.code} ${r.title}` : r.title;
}
