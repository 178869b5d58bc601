import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../shared/logic/csv.ts';
import type { RiskBand } from '../../../shared/logic/risk.ts';
import { settings } from '../../../shared/model/plan.ts';
import type { Risk } from '../../../shared/model/registry.ts';
import { sample } from '../../../shared/templates/sample/index.ts';
import { registerCsv, fileName } from '../../../renderer/features/risks/export.ts';
import { compareKeys, filterRows, matchesDate, nextSort, parseNumberFilter, sortRows, NONE, type FilterSpec } from '../../../renderer/features/risks/grid/logic.ts';
import { cellId, parseCell, parseChip, chipId, ratingOf, stepCell } from '../../../renderer/features/risks/heat.ts';
import { deleteRiskChanges, duplicateRiskChanges, newRiskChanges, nextCode } from '../../../renderer/features/risks/model.ts';
import { bandsProblem, DEFAULT_BANDS } from '../../../renderer/features/risks/BandsDialog.tsx';
import { hrefOf, routeOf } from '../../../renderer/features/risks/context.tsx';

const bands = settings.fields.risk_bands.default as RiskBand[];

/** The sample plan's risks, playbooks and checklist as rows (from its change list). */
function sampleRows() {
  const rows = new Map<string, Record<string, unknown>>();
  for (const c of sample('en')) {
    const key = `${c.entity}:${c.id}`;
    const row = rows.get(key) ?? { id: c.id, entity: c.entity, deleted: false, sort_order: 0 };
    row[c.field] = c.value;
    rows.set(key, row);
  }
  const of = (e: string) => [...rows.values()].filter((r) => r.entity === e);
  return { risks: of('risk') as unknown as Risk[], playbooks: of('playbook') as never[], compliance: of('compliance_item') as never[] };
}

describe('grid logic', () => {
  it('parses number filters', () => {
    const ok = (text: string, yes: number[], no: number[]) => {
      const test = parseNumberFilter(text)!;
      expect(yes.every(test), text).toBe(true);
      expect(no.some(test), text).toBe(false);
    };
    ok('3', [3], [2, 4]);
    ok('>=10', [10, 25], [9]);
    ok('≥ 10', [10], [9]);
    ok('<5', [4], [5]);
    ok('2-4', [2, 3, 4], [1, 5]);
    ok('4–2', [2, 4], [5]);
    expect(parseNumberFilter('abc')).toBeNull();
    expect(parseNumberFilter('')!(99)).toBe(true);
  });

  it('sorts naturally, keeps empty values last and is stable', () => {
    const rows = [{ c: 'R-10' }, { c: '' }, { c: 'R-2' }, { c: 'R-1' }];
    expect(sortRows(rows, (r) => r.c, 'asc').map((r) => r.c)).toEqual(['R-1', 'R-2', 'R-10', '']);
    expect(sortRows(rows, (r) => r.c, 'desc').map((r) => r.c)).toEqual(['R-10', 'R-2', 'R-1', '']);
    expect(compareKeys(2, 10)).toBeLessThan(0);
    expect(nextSort(null, 'a')).toEqual({ column: 'a', dir: 'asc' });
    expect(nextSort({ column: 'a', dir: 'asc' }, 'a')).toEqual({ column: 'a', dir: 'desc' });
    expect(nextSort({ column: 'a', dir: 'desc' }, 'a')).toBeNull();
  });

  it('filters by every kind of column at once', () => {
    type R = { t: string; tags: string[]; n: number; d: string | null; b: boolean };
    const rows: R[] = [
      { t: 'Data leak', tags: ['x'], n: 10, d: '2026-11-01', b: true },
      { t: 'PR crisis', tags: [], n: 4, d: null, b: false },
      { t: 'Data outage', tags: ['y'], n: 16, d: '2026-12-10', b: false },
    ];
    const specs = new Map<string, FilterSpec<R>>([
      ['t', { kind: 'text', text: (r) => r.t }],
      ['tags', { kind: 'enum', values: (r) => r.tags, options: [] }],
      ['n', { kind: 'number', value: (r) => r.n }],
      ['d', { kind: 'date', value: (r) => r.d }],
      ['b', { kind: 'bool', value: (r) => r.b }],
    ]);
    const f = (values: Record<string, string>) => filterRows(rows, specs, values, '2026-11-27').map((r) => r.t);
    expect(f({ t: 'data' })).toEqual(['Data leak', 'Data outage']);
    expect(f({ t: 'data', n: '>=12' })).toEqual(['Data outage']);
    expect(f({ tags: NONE })).toEqual(['PR crisis']);
    expect(f({ tags: 'x' })).toEqual(['Data leak']);
    expect(f({ d: 'past' })).toEqual(['Data leak']);
    expect(f({ d: 'next30' })).toEqual(['Data outage']);
    expect(f({ d: NONE })).toEqual(['PR crisis']);
    expect(f({ b: 'yes' })).toEqual(['Data leak']);
    expect(f({ n: 'nonsense' })).toHaveLength(3);
    expect(matchesDate('2027-03-01', 'later', '2026-11-27')).toBe(true);
  });
});

describe('heat map grid', () => {
  it('names cells and chips and reads them back', () => {
    expect(parseCell(cellId('residual', 4, 5))).toEqual({ kind: 'residual', l: 4, i: 5 });
    expect(parseCell('cell:inherent:6:1')).toBeNull();
    expect(parseChip(chipId('inherent', 'risk-07'))).toEqual({ kind: 'inherent', riskId: 'risk-07' });
  });

  it('moves one cell per arrow key and stays on the grid', () => {
    expect(stepCell(2, 3, 'ArrowUp')).toEqual({ l: 3, i: 3 });
    expect(stepCell(2, 3, 'ArrowDown')).toEqual({ l: 1, i: 3 });
    expect(stepCell(2, 3, 'ArrowRight')).toEqual({ l: 2, i: 4 });
    expect(stepCell(5, 1, 'ArrowUp')).toEqual({ l: 5, i: 1 });
    expect(stepCell(5, 1, 'ArrowLeft')).toEqual({ l: 5, i: 1 });
  });

  it('places a risk by its inherent or residual rating', () => {
    const r = { likelihood: 4, impact: 3, residual_likelihood: 2, residual_impact: 2 };
    expect(ratingOf(r, 'inherent')).toEqual({ l: 4, i: 3 });
    expect(ratingOf(r, 'residual')).toEqual({ l: 2, i: 2 });
  });
});

describe('register changes', () => {
  const { risks, playbooks, compliance } = sampleRows();

  it('numbers new risks after the highest code', () => {
    expect(nextCode(risks.map((r) => r.code))).toBe('R-16');
    expect(nextCode([])).toBe('R-01');
    expect(nextCode(['R-9', 'X', 'R-120'])).toBe('R-121');
  });


  it('creates a risk identified today with a review in 30 days, at the end', () => {
    const ch = newRiskChanges('risk-x', { title: 'New risk', code: 'R-16', today: '2026-11-27', lastOrder: 2048, category: 'legal' });
    const v = Object.fromEntries(ch.map((c) => [c.field, c.value]));
    expect(v).toMatchObject({ code: 'R-16', title: 'New risk', category: 'legal', identified_on: '2026-11-27', review_on: '2026-12-27', sort_order: 3072 });
    expect(ch.every((c) => c.entity === 'risk' && c.id === 'risk-x')).toBe(true);
  });

  it('duplicates a risk right after it and links the copy to the same playbook on both sides', () => {
    const src = risks.find((r) => r.id === 'risk-04')!;
    const ch = duplicateRiskChanges({ ...src, sort_order: 4096 }, 'risk-copy', { title: 'copy', code: 'R-16', nextOrder: 5120, risks, playbooks });
    const own = Object.fromEntries(ch.filter((c) => c.id === 'risk-copy').map((c) => [c.field, c.value]));
    expect(own).toMatchObject({ title: 'copy', code: 'R-16', cause: src.cause, likelihood: 2, impact: 4, playbook_id: 'pb-pr', sort_order: 4608 });
    const pb = ch.find((c) => c.entity === 'playbook');
    expect(pb).toMatchObject({ id: 'pb-pr', field: 'risk_ids' });
    expect(pb!.value).toContain('risk-copy');
  });

  it('deletes a risk and takes it out of playbooks and checklist items', () => {
    const ch = deleteRiskChanges(['risk-08'], risks, playbooks, compliance);
    expect(ch[0]).toEqual({ entity: 'risk', id: 'risk-08', field: 'deleted', value: true });
    expect(ch.find((c) => c.entity === 'playbook' && c.id === 'pb-pr')?.value).toEqual(['risk-04', 'risk-14']);
    expect(ch.filter((c) => c.entity === 'compliance_item').map((c) => [c.id, c.value])).toEqual([
      ['comp-adlaw-1', []],
      ['comp-adlaw-2', []],
    ]);
  });

  it('checks band lists', () => {
    expect(bandsProblem(DEFAULT_BANDS)).toBeNull();
    expect(bandsProblem([])).toBe('views.risks.bands.count');
    expect(bandsProblem([{ key: 'a', min_score: 1, color: '#000' }, { key: 'b', min_score: 1, color: '#111' }])).toBe('views.risks.bands.sameStart');
    expect(bandsProblem([{ key: 'a', min_score: 30, color: '#000' }])).toBe('views.risks.bands.range');
    expect(bandsProblem([{ key: 'a', min_score: 1, color: '#000' }, { key: 'a', min_score: 5, color: '#111' }])).toBe('views.risks.bands.sameName');
  });
});

describe('CSV export', () => {
  const { risks } = sampleRows();
  const t = (key: string) => key.split('.').pop()!;
  const labels = {
    t,
    bandName: (k: string) => k,
    people: new Map([['person-sun', 'Sun Yue']]),
    tasks: new Map<string, string>(),
    platforms: new Map<string, string>(),
    playbooks: new Map([['pb-pr', 'PR-crisis playbook']]),
    today: '2026-11-27',
    bands,
  };

  it('writes one row per risk under a header, with scores, bands and names, ready for Excel', () => {
    const text = registerCsv(risks, labels);
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text).toContain('\r\n');
    const { records } = parseCsv(text);
    expect(records).toHaveLength(risks.length + 1);
    const header = records[0]!.cells;
    const r04 = records.find((r) => r.cells[0] === 'R-04')!.cells;
    expect(r04[header.indexOf('score')]).toBe('8');
    expect(r04[header.indexOf('band')]).toBe('medium');
    expect(r04[header.indexOf('residual')]).toBe('3');
    expect(r04[header.indexOf('playbook')]).toBe('PR-crisis playbook');
    expect(r04[header.indexOf('title')]).toBe('Scandal around a partner KOL');
  });

  it('defuses formulas and quotes what needs it', () => {
    const evil = { ...risks[0]!, title: '=HYPERLINK("x")', mitigation: 'a, b\nc' };
    const { records } = parseCsv(registerCsv([evil], labels));
    const header = records[0]!.cells;
    expect(records[1]!.cells[header.indexOf('title')]).toBe('\'=HYPERLINK("x")');
    expect(records[1]!.cells[header.indexOf('mitigation')]).toBe('a, b\nc');
  });

  it('makes a safe file name', () => {
    expect(fileName('Plan: 2026/Q1', 'Risk register', 'csv')).toBe('Plan 2026 Q1 Risk register.csv');
    expect(fileName('', 'Risk register', 'csv')).toBe('Risk register.csv');
  });
});

describe('routes of the risks view', () => {
  it('reads the tab, the playbook and the flagged query from the hash', () => {
    expect(routeOf('#/risks')).toEqual({ tab: 'register', id: null, flagged: false });
    expect(routeOf('#/risks/heatmap')).toEqual({ tab: 'heatmap', id: null, flagged: false });
    expect(routeOf('#/risks/playbooks/pb%2Fx')).toEqual({ tab: 'playbooks', id: 'pb/x', flagged: false });
    expect(routeOf('#/risks?flagged')).toEqual({ tab: 'register', id: null, flagged: true });
    expect(routeOf('#/risks/nonsense')).toMatchObject({ tab: 'register' });
  });

  it('writes hashes the router sends to this view', () => {
    expect(hrefOf('register')).toBe('#/risks');
    expect(hrefOf('playbooks', 'pb-pr')).toBe('#/risks/playbooks/pb-pr');
  });
});
