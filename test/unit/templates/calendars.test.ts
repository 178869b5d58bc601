import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../../electron/cli.ts';
import { PlanService } from '../../../electron/services/plan-service.ts';
import { PlanFile } from '../../../electron/store/plan-file.ts';
import { API_ARGS } from '../../../shared/api.ts';
import { tempDir } from '../store/helpers.ts';

const kinds = (rows: { kind: string }[]) => [...new Set(rows.map((r) => r.kind))].sort();

describe('a new plan with the bundled calendars', () => {
  it('a blank plan has no key dates unless calendars are chosen', async () => {
    const s = new PlanService({ author: 'Ana' });
    const made = await s.newPlan({ path: path.join(tempDir(), 'blank.cplan'), template: 'blank', lang: 'en' });
    expect(made.ok).toBe(true);
    const snap = await s.snapshot();
    expect(snap.ok && snap.value.rows.key_date).toEqual([]);
    s.dispose();
  });

  it('a blank plan created with the China 2026 calendar has its public holidays and make-up workdays', async () => {
    const s = new PlanService({ author: 'Ana' });
    const made = await s.newPlan({ path: path.join(tempDir(), 'cn.cplan'), template: 'blank', lang: 'zh-CN', calendars: ['cn-2026'] });
    expect(made.ok).toBe(true);
    const snap = await s.snapshot();
    if (!snap.ok) throw new Error(snap.error.message);
    const dates = snap.value.rows.key_date;
    expect(kinds(dates)).toEqual(['holiday', 'workday']);
    expect(dates.find((d) => d.start === '2026-02-15')).toMatchObject({ name: '春节假期', end: '2026-02-23', kind: 'holiday' });
    expect(dates.filter((d) => d.kind === 'workday').map((d) => d.start)).toContain('2026-02-28');
    expect(dates.filter((d) => d.kind === 'holiday')).toHaveLength(7);
    s.dispose();
  });

  it('refuses a calendar it does not know, creating nothing', () => {
    expect(API_ARGS.newPlan.safeParse([{ path: '/tmp/x.cplan', template: 'blank', lang: 'en', calendars: ['cn-2027'] }]).success).toBe(false);
    expect(API_ARGS.newPlan.safeParse([{ path: '/tmp/x.cplan', template: 'blank', lang: 'en', calendars: ['cn-2026', 'shopping', 'worldcup'] }]).success).toBe(true);
  });
});

describe('cplan new --calendars', () => {
  let out: string[] = [];
  let err: string[] = [];
  beforeEach(() => {
    out = [];
    err = [];
    vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void out.push(a.join(' ')));
    vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void err.push(a.join(' ')));
  });
  afterEach(() => vi.restoreAllMocks());

  it('writes the chosen calendars into a blank plan', () => {
    const file = path.join(tempDir(), 'all.cplan');
    expect(main(['new', file, '--template', 'blank', '--calendars', 'cn-2026,shopping,worldcup'])).toBe(0);
    const f = PlanFile.inspect(file, { author: 't', site: 't' });
    const dates = f.rows().key_date;
    f.close();
    expect(kinds(dates)).toEqual(['holiday', 'shopping', 'sports', 'workday']);
    expect(dates.map((d) => d.name)).toEqual(expect.arrayContaining(['Spring Festival holiday', 'Double 11 (Singles’ Day)', 'FIFA World Cup 2026']));
    expect(out.join('\n')).toContain('cn-2026, shopping, worldcup');
  });

  it('names an unknown calendar and the ones there are, and writes no file', () => {
    const file = path.join(tempDir(), 'bad.cplan');
    expect(main(['new', file, '--template', 'blank', '--calendars', 'cn-2026,olympics'])).toBe(2);
    expect(err.join('\n')).toContain('unknown calendar “olympics” (cn-2026, shopping, worldcup)');
    expect(() => PlanFile.inspect(file, { author: 't', site: 't' })).toThrow();
  });
});
