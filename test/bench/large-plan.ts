import type { Change } from '../../shared/model/change.ts';

/** Deterministic pseudo-random numbers, so every run benchmarks the same plan. */
export function rng(seed = 42): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const day = (n: number) => new Date(Date.UTC(2026, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);

export interface LargePlanSize {
  tasks: number;
  content: number;
  risks: number;
  ledger: number;
  kpis: number;
}

export const BENCH_SIZE: LargePlanSize = { tasks: 2000, content: 10_000, risks: 500, ledger: 5000, kpis: 2000 };

/** The benchmark's large plan as changes: phases, people, platforms, statuses, then the bulk rows. */
export function largePlan(size: LargePlanSize = BENCH_SIZE): Change[] {
  const r = rng();
  const out: Change[] = [];
  const row = (entity: Change['entity'], id: string, values: Record<string, unknown>) => {
    for (const [field, value] of Object.entries(values)) out.push({ entity, id, field, value });
  };
  row('settings', 'plan', { name: 'Large benchmark plan', start_date: '2026-01-01', end_date: '2026-12-31', total_budget: 50_000_000 });
  const phases = ['preparation', 'execution', 'evaluation', 'optimisation'];
  phases.forEach((k, i) => row('phase', `ph-${i}`, { name: k, kind: k, sort_order: i }));
  for (let i = 0; i < 20; i++) row('person', `p-${i}`, { name: `Person ${i}`, sort_order: i });
  const plats = ['douyin', 'kuaishou', 'wechat', 'weibo', 'xiaohongshu', 'bilibili'];
  plats.forEach((k, i) => row('platform', `pl-${i}`, { preset: k, name: k, sort_order: i }));
  const statuses = ['idea', 'draft', 'review', 'approved', 'scheduled', 'published'];
  statuses.forEach((k, i) => row('content_status', `st-${i}`, { key: k, sort_order: i }));
  ['ads', 'content', 'technology', 'people'].forEach((k, i) => row('budget_category', `bc-${i}`, { key: k, share: [40, 30, 15, 15][i], sort_order: i }));
  const ends: number[] = [];
  const starts: number[] = [];
  for (let i = 0; i < size.tasks; i++) {
    const start = Math.floor((i / size.tasks) * 330 + r() * 10);
    const len = 1 + Math.floor(r() * 10);
    starts.push(start);
    ends.push(start + len);
    row('task', `t-${i}`, { name: `Task ${i}`, phase_id: `ph-${Math.floor((i / size.tasks) * 4)}`, start: day(start), end: day(start + len), progress: Math.floor(r() * 100), owner_id: `p-${i % 20}`, hours: 8, sort_order: i });
  }
  // finish-to-start links to the latest earlier task that ends before this one starts, so the plan starts consistent
  for (let i = 1; i < size.tasks; i++) {
    for (let pred = i - 1; pred >= Math.max(0, i - 120); pred--) {
      if (ends[pred]! < starts[i]!) {
        row('task_link', `l-${i}`, { predecessor_id: `t-${pred}`, successor_id: `t-${i}`, type: 'FS' });
        break;
      }
    }
  }
  for (let i = 0; i < size.content; i++) {
    const dated = r() > 0.1;
    row('content_item', `c-${i}`, {
      title: `Content ${i}`, platform_id: `pl-${i % 6}`, status_id: `st-${Math.floor(r() * 6)}`, owner_id: `p-${i % 20}`,
      publish_date: dated ? day(Math.floor(r() * 364)) : null, publish_time: dated ? '20:30' : null, sort_order: i,
    });
  }
  for (let i = 0; i < size.risks; i++) {
    row('risk', `r-${i}`, { title: `Risk ${i}`, category: 'market', likelihood: 1 + Math.floor(r() * 5), impact: 1 + Math.floor(r() * 5), sort_order: i });
  }
  for (let i = 0; i < size.ledger; i++) {
    row('spend_entry', `s-${i}`, { date: day(Math.floor(r() * 300)), amount: Math.round(r() * 10_000), category_id: `bc-${i % 4}`, platform_id: `pl-${i % 6}`, sort_order: i });
  }
  for (let i = 0; i < size.kpis; i++) {
    row('kpi_actual', `k-${i}`, { date: day(Math.floor(r() * 300)), platform_id: `pl-${i % 6}`, metric: ['reach', 'engagements', 'orders', 'revenue'][i % 4], value: Math.round(r() * 100_000), sort_order: i });
  }
  return out;
}
