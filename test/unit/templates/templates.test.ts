import { describe, expect, it } from 'vitest';
import type { Change } from '../../../shared/model/change.ts';
import type { Language } from '../../../shared/model/enums.ts';
import { PLAN_ID } from '../../../shared/model/plan.ts';
import { COMMON_FIELDS, ENTITIES, entityDef, isEntityName, type EntityName } from '../../../shared/model/registry.ts';
import { baseShape } from '../../../shared/model/entity.ts';
import { buildTemplate, KEY_DATES_2026, TEMPLATES, type TemplateName } from '../../../shared/templates/index.ts';

type Rows = Map<string, Map<string, Record<string, unknown>>>;

const NAMES = Object.keys(TEMPLATES) as TemplateName[];
const LANGS: Language[] = ['zh-CN', 'en'];

/** Folds a change list into rows, as the store would, remembering where each row was created. */
function fold(changes: Change[]): { rows: Rows; createdAt: Map<string, number> } {
  const rows: Rows = new Map();
  const createdAt = new Map<string, number>();
  changes.forEach((c, i) => {
    let table = rows.get(c.entity);
    if (!table) rows.set(c.entity, (table = new Map()));
    let row = table.get(c.id);
    if (!row) {
      table.set(c.id, (row = {}));
      createdAt.set(`${c.entity}/${c.id}`, i);
    }
    row[c.field] = c.value;
  });
  return { rows, createdAt };
}

type Row = Record<string, unknown> & { id: string };
const list = (rows: Rows, entity: EntityName): Row[] =>
  [...(rows.get(entity) ?? new Map<string, Record<string, unknown>>()).entries()].map(([id, v]) => ({ ...v, id }));

const day = (s: string) => Date.parse(`${s}T00:00:00Z`) / 86_400_000;

describe.each(NAMES.flatMap((n) => LANGS.map((l) => [n, l] as const)))('template %s (%s)', (name, lang) => {
  const changes = buildTemplate(name, lang);
  const { rows, createdAt } = fold(changes);

  it('uses only known entities and fields, with values the field schemas accept', () => {
    const problems: string[] = [];
    for (const c of changes) {
      if (!isEntityName(c.entity)) { problems.push(`unknown entity ${c.entity}`); continue; }
      if (!baseShape.id.safeParse(c.id).success) problems.push(`bad id ${c.entity}/${c.id}`);
      const def = entityDef(c.entity);
      if (c.field === 'sort_order') {
        if (!baseShape.sort_order.safeParse(c.value).success) problems.push(`${c.entity}/${c.id}.sort_order`);
        continue;
      }
      if ((COMMON_FIELDS as readonly string[]).includes(c.field)) continue;
      const spec = def.fields[c.field];
      if (!spec) { problems.push(`unknown field ${c.entity}.${c.field}`); continue; }
      const parsed = spec.schema.safeParse(c.value);
      if (!parsed.success) problems.push(`${c.entity}/${c.id}.${c.field} = ${JSON.stringify(c.value)}: ${parsed.error.issues[0]?.message}`);
    }
    expect(problems).toEqual([]);
  });

  it('creates every row with its required fields and a sort order, and the plan row under its fixed id', () => {
    const problems: string[] = [];
    for (const [entity, table] of rows) {
      const def = entityDef(entity as EntityName);
      for (const [id, values] of table) {
        if (typeof values.sort_order !== 'number') problems.push(`${entity}/${id} has no sort_order`);
        for (const [field, spec] of Object.entries(def.fields)) {
          if (spec.default === undefined && !(field in values)) problems.push(`${entity}/${id} lacks ${field}`);
        }
        if (def.singletonId && id !== def.singletonId) problems.push(`${entity} singleton id ${id}`);
      }
    }
    expect(problems).toEqual([]);
    expect([...(rows.get('settings')?.keys() ?? [])]).toEqual([PLAN_ID]);
    expect(rows.get('settings')?.get(PLAN_ID)?.language).toBe(lang);
  });

  it('points every reference at a row created earlier in the same list', () => {
    const problems: string[] = [];
    changes.forEach((c, i) => {
      const spec = entityDef(c.entity).fields[c.field];
      if (!spec?.ref || c.value === null) return;
      const ids = spec.many ? (c.value as string[]) : [c.value as string];
      for (const target of ids) {
        const at = createdAt.get(`${spec.ref}/${target}`);
        if (at === undefined) problems.push(`${c.entity}/${c.id}.${c.field} → missing ${spec.ref}/${target}`);
        else if (at > i) problems.push(`${c.entity}/${c.id}.${c.field} → ${spec.ref}/${target} created later`);
      }
    });
    expect(problems).toEqual([]);
  });

  it('keeps budget shares at 100 per category set and per platform split', () => {
    const cats = list(rows, 'budget_category');
    expect(cats.map((c) => c.key).sort()).toEqual(['ads', 'content', 'people', 'technology']);
    expect(cats.reduce((s, c) => s + (c.share as number), 0)).toBeCloseTo(100, 9);
    const byCat = new Map<string, number>();
    for (const s of list(rows, 'platform_share')) byCat.set(s.category_id as string, (byCat.get(s.category_id as string) ?? 0) + (s.share as number));
    for (const [cat, sum] of byCat) expect(sum, cat).toBeCloseTo(100, 9);
  });

  it('has the six board columns and the four phases', () => {
    expect(list(rows, 'content_status').map((s) => s.key)).toEqual(['idea', 'draft', 'review', 'approved', 'scheduled', 'published']);
    const phases = list(rows, 'phase');
    expect(phases.map((p) => p.kind)).toEqual(['preparation', 'execution', 'evaluation', 'optimisation']);
    expect(new Set(phases.map((p) => p.color)).size).toBe(4);
  });

  it('has dates that run forward and links the tasks already satisfy', () => {
    const tasks = new Map(list(rows, 'task').map((t) => [t.id, t]));
    for (const t of tasks.values()) {
      expect(day(t.end as string) >= day(t.start as string), t.id).toBe(true);
      if (t.milestone) expect(t.start, t.id).toBe(t.end);
    }
    for (const k of list(rows, 'key_date')) expect(day(k.end as string) >= day(k.start as string), k.id).toBe(true);
    for (const o of list(rows, 'objective')) expect(day(o.period_end as string) >= day(o.period_start as string), o.id).toBe(true);
    const broken: string[] = [];
    for (const l of list(rows, 'task_link')) {
      const p = tasks.get(l.predecessor_id as string)!;
      const s = tasks.get(l.successor_id as string)!;
      const lag = (l.lag_days as number | undefined) ?? 0;
      const ok = {
        FS: day(s.start as string) >= day(p.end as string) + 1 + lag,
        SS: day(s.start as string) >= day(p.start as string) + lag,
        FF: day(s.end as string) >= day(p.end as string) + lag,
        SF: day(s.end as string) >= day(p.start as string) + lag,
      }[(l.type as 'FS' | 'SS' | 'FF' | 'SF' | undefined) ?? 'FS'];
      if (!ok) broken.push(l.id);
      if (l.predecessor_id === l.successor_id) broken.push(`${l.id} (self)`);
    }
    expect(broken).toEqual([]);
  });
});

describe('the blank template', () => {
  it('holds only the plan settings and the structure a board needs', () => {
    const { rows } = fold(buildTemplate('blank', 'en'));
    expect([...rows.keys()].sort()).toEqual(['budget_category', 'content_status', 'phase', 'settings']);
    const plan = rows.get('settings')!.get(PLAN_ID)!;
    expect(plan).toMatchObject({ name: 'Untitled plan', start_date: '2026-01-01', end_date: '2026-12-31', time_zone: 'Asia/Shanghai', currency: 'CNY', language: 'en' });
    expect(fold(buildTemplate('blank', 'zh-CN')).rows.get('settings')!.get(PLAN_ID)!.name).toBe('未命名计划');
    expect(list(rows, 'budget_category').map((c) => c.share)).toEqual([40, 30, 15, 15]);
  });
});

describe('the sample template', () => {
  const { rows } = fold(buildTemplate('sample', 'en'));
  const count = (e: EntityName) => rows.get(e)?.size ?? 0;

  it('is big enough to exercise every view', () => {
    expect(count('task')).toBeGreaterThanOrEqual(40);
    expect(count('task_link')).toBeGreaterThanOrEqual(30);
    expect(count('risk')).toBeGreaterThanOrEqual(12);
    expect(count('content_item')).toBeGreaterThanOrEqual(60);
    expect(count('spend_entry')).toBeGreaterThanOrEqual(20);
    expect(count('person')).toBeGreaterThanOrEqual(5);
    expect(count('team')).toBe(5);
    expect(count('platform')).toBe(6);
    expect(count('segment')).toBe(3);
    expect(count('tool')).toBe(4);
    const milestones = list(rows, 'task').filter((t) => t.milestone);
    expect(milestones.length).toBeGreaterThanOrEqual(6);
    const types = new Set(list(rows, 'task_link').map((l) => l.type));
    expect([...types].sort()).toEqual(['FF', 'FS', 'SS']);
    for (const f of ['strength', 'weakness', 'opportunity', 'threat']) expect(list(rows, 'swot_item').filter((s) => s.quadrant === f).length).toBeGreaterThanOrEqual(3);
    for (const f of ['political', 'economic', 'social', 'technological']) expect(list(rows, 'pest_item').filter((s) => s.factor === f).length).toBeGreaterThanOrEqual(2);
    expect(list(rows, 'brief_section').map((b) => b.key)).toEqual(['background', 'market', 'challenges', 'problems', 'solution']);
    expect(count('market_figure')).toBeGreaterThanOrEqual(4);
  });

  it('gives every RACI target exactly one accountable person and one phase or task', () => {
    const accountable = new Map<string, number>();
    for (const r of list(rows, 'raci')) {
      expect((r.phase_id == null) !== (r.task_id == null), r.id).toBe(true);
      const target = (r.phase_id ?? r.task_id) as string;
      accountable.set(target, (accountable.get(target) ?? 0) + (r.role === 'A' ? 1 : 0));
    }
    expect(accountable.size).toBeGreaterThanOrEqual(12);
    for (const [target, n] of accountable) expect(n, target).toBe(1);
    for (const p of list(rows, 'phase')) expect(accountable.has(p.id), p.id).toBe(true);
  });

  it('breaks every objective down into children that add up', () => {
    const objectives = list(rows, 'objective');
    const parents = objectives.filter((o) => objectives.some((c) => c.parent_id === o.id));
    expect(parents.map((p) => p.kind).sort()).toEqual(['awareness', 'conversion', 'engagement']);
    for (const p of parents) {
      const kids = objectives.filter((c) => c.parent_id === p.id).map((c) => c.target as number);
      expect(kids).toHaveLength(4);
      const sum = kids.reduce((a, b) => a + b, 0);
      if (p.rollup === 'sum') expect(sum, p.id).toBeCloseTo(p.target as number, 9);
      else if (p.rollup === 'average') expect(sum / kids.length, p.id).toBeCloseTo(p.target as number, 9);
      else throw new Error(`${p.id} has children but no rollup`);
    }
  });

  it('records KPI actuals from which return on spend can be computed per platform', () => {
    const kpis = list(rows, 'kpi_actual');
    for (const platform of rows.get('platform')!.keys()) {
      const of = (m: string) => kpis.filter((k) => k.platform_id === platform && k.metric === m).reduce((s, k) => s + (k.value as number), 0);
      expect(of('spend'), platform).toBeGreaterThan(0);
      expect(of('revenue'), platform).toBeGreaterThan(0);
      expect(of('reach'), platform).toBeGreaterThan(of('engagements'));
    }
    for (const k of kpis) expect(k.date as string >= '2026-01-01' && (k.date as string) <= '2026-10-31', k.id).toBe(true);
  });

  it('spreads content over formats, statuses and the evening peak', () => {
    const items = list(rows, 'content_item');
    const statusKey = (id: unknown) => rows.get('content_status')!.get(id as string)!.key;
    expect(new Set(items.map((i) => i.format))).toEqual(new Set(['short_video', 'livestream', 'article', 'image_post', 'story', 'kol_collab', 'community_event']));
    expect(new Set(items.map((i) => statusKey(i.status_id))).size).toBe(6);
    for (const i of items) {
      const key = statusKey(i.status_id);
      if (key === 'published') expect((i.publish_date as string) < '2026-11-26', i.id).toBe(true);
      if (key === 'scheduled' || key === 'approved') expect((i.publish_date as string).startsWith('2026-12'), i.id).toBe(true);
      if (key === 'idea') expect(i.publish_date ?? null, i.id).toBeNull();
    }
    const timed = items.filter((i) => i.publish_time);
    const inPeak = timed.filter((i) => (i.publish_time as string) >= '20:00' && (i.publish_time as string) <= '22:00');
    expect(inPeak.length / timed.length).toBeGreaterThan(0.7);
    expect(inPeak.length).toBeLessThan(timed.length);
    expect(items.filter((i) => (i.kol_cost as number) > 0).length).toBeGreaterThanOrEqual(3);
  });

  it('has a risk register with lower residual ratings, due reviews and playbooks', () => {
    const risks = list(rows, 'risk');
    expect(new Set(risks.map((r) => r.category))).toEqual(new Set(['market', 'legal', 'technical', 'force_majeure', 'other']));
    for (const r of risks) {
      expect((r.residual_likelihood as number) * (r.residual_impact as number), r.id).toBeLessThan((r.likelihood as number) * (r.impact as number));
      expect(r.owner_id, r.id).toBeTruthy();
    }
    expect(risks.filter((r) => r.review_on && (r.review_on as string) < '2026-11-26').length).toBeGreaterThanOrEqual(3);
    const playbooks = list(rows, 'playbook');
    expect(playbooks.map((p) => p.incident).sort()).toEqual(['cyber_attack', 'data_leak', 'pr_crisis']);
    for (const p of playbooks) {
      expect(p.levels).toMatchObject([{ severity: 'critical', response_hours: 1 }, { severity: 'major', response_hours: 4 }, { severity: 'minor', response_hours: 24 }]);
      const steps = list(rows, 'playbook_step').filter((s) => s.playbook_id === p.id).length;
      expect(steps, p.id).toBeGreaterThanOrEqual(5);
      expect(steps, p.id).toBeLessThanOrEqual(7);
      expect((p.risk_ids as string[]).length, p.id).toBeGreaterThan(0);
      for (const r of p.risk_ids as string[]) expect(rows.get('risk')!.get(r)!.playbook_id, r).toBe(p.id);
      expect(p.owner_id).not.toBe(p.deputy_id);
    }
    const legal = new Set(risks.filter((r) => r.category === 'legal').map((r) => r.id));
    const compliance = list(rows, 'compliance_item');
    for (const reg of ['gdpr', 'pipl', 'dsa', 'ad_law']) expect(compliance.filter((c) => c.regulation === reg), reg).toHaveLength(2);
    for (const c of compliance) {
      expect((c.risk_ids as string[]).length, c.id).toBeGreaterThan(0);
      for (const r of c.risk_ids as string[]) expect(legal.has(r), `${c.id} → ${r}`).toBe(true);
    }
  });

  it('keeps spend within the budget and dated January to October', () => {
    const plan = rows.get('settings')!.get(PLAN_ID)!;
    const spend = list(rows, 'spend_entry');
    expect(spend.reduce((s, e) => s + (e.amount as number), 0)).toBeLessThan(plan.total_budget as number);
    for (const e of spend) expect((e.date as string) >= '2026-01-01' && (e.date as string) <= '2026-10-31', e.id).toBe(true);
    const meeting = list(rows, 'meeting').find((m) => m.recurrence === 'weekly')!;
    expect(meeting).toMatchObject({ weekday: 1, time: '10:00', duration_minutes: 60 });
  });
});

describe('the two languages of a template', () => {
  const FREE_TEXT = 'any prose at all';
  /** A field whose value may change with the language: free text, not a reference, enum, date or number. */
  const isProse = (entity: EntityName, field: string) => {
    const spec = ENTITIES[entity].fields[field as never] as { schema: { safeParse(v: unknown): { success: boolean } }; ref?: string } | undefined;
    return !!spec && !spec.ref && spec.schema.safeParse(FREE_TEXT).success;
  };
  const sameBut = (a: unknown, b: unknown): boolean => {
    if (typeof a === 'string' && typeof b === 'string') return true;
    if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => sameStrict(x, b[i]));
    return sameStrict(a, b);
  };
  /** Inside JSON values only `description` texts may differ. */
  const sameStrict = (a: unknown, b: unknown): boolean => {
    if (a && b && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a)) {
      const ka = Object.keys(a), kb = Object.keys(b);
      return ka.length === kb.length && ka.every((k) => (k === 'description' ? true : sameStrict((a as never)[k], (b as never)[k])));
    }
    if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => sameStrict(x, b[i]));
    return Object.is(a, b);
  };

  it.each(NAMES)('%s: same rows, ids and numbers; only text differs', (name) => {
    const zh = buildTemplate(name, 'zh-CN');
    const en = buildTemplate(name, 'en');
    expect(zh.map((c) => `${c.entity}/${c.id}.${c.field}`)).toEqual(en.map((c) => `${c.entity}/${c.id}.${c.field}`));
    const differences: string[] = [];
    let translated = 0;
    zh.forEach((a, i) => {
      const b = en[i]!;
      if (a.entity === 'settings' && a.field === 'language') return;
      const ok = isProse(a.entity, a.field) ? sameBut(a.value, b.value) : sameStrict(a.value, b.value);
      if (!ok) differences.push(`${a.entity}/${a.id}.${a.field}: ${JSON.stringify(a.value)} vs ${JSON.stringify(b.value)}`);
      if (typeof a.value === 'string' && a.value !== b.value) translated++;
    });
    expect(differences).toEqual([]);
    expect(translated).toBeGreaterThan(0);
  });
});

describe('the 2026 key dates', () => {
  const byId = new Map(KEY_DATES_2026.map((d) => [d.id, d]));
  it('follow the State Council notice on 2026 holidays and make-up workdays', () => {
    const holidays = KEY_DATES_2026.filter((d) => d.kind === 'holiday').map((d) => [d.start, d.end]);
    expect(holidays).toEqual([
      ['2026-01-01', '2026-01-03'], ['2026-02-15', '2026-02-23'], ['2026-04-04', '2026-04-06'], ['2026-05-01', '2026-05-05'],
      ['2026-06-19', '2026-06-21'], ['2026-09-25', '2026-09-27'], ['2026-10-01', '2026-10-07'],
    ]);
    expect(KEY_DATES_2026.filter((d) => d.kind === 'workday').map((d) => d.start)).toEqual(['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10']);
    // make-up workdays fall on weekends
    for (const d of KEY_DATES_2026.filter((k) => k.kind === 'workday')) expect([0, 6]).toContain(new Date(`${d.start}T00:00:00Z`).getUTCDay());
  });
  it('include the shopping festivals and the World Cup', () => {
    expect(byId.get('kd-2026-world-cup')).toMatchObject({ start: '2026-06-11', end: '2026-07-19', kind: 'sports' });
    expect(KEY_DATES_2026.filter((d) => d.kind === 'shopping').map((d) => d.end)).toEqual(['2026-05-20', '2026-06-18', '2026-11-11', '2026-12-12']);
  });
});
