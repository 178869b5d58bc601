import { describe, expect, it } from 'vitest';
import { extraCells, parseCsv } from '../../../shared/logic/csv.ts';
import { ALL, filterLedger, LEDGER_ALIASES, NONE, safeFileName } from '../../../renderer/features/budget/ledger-model.ts';
import { evaluate, guessMapping, type CsvField } from '../../../renderer/ui/csv-import-model.ts';

const e = (id: string, date: string, category_id: string, platform_id: string | null) => ({ id, date, category_id, platform_id });

describe('the ledger filter', () => {
  const entries = [e('a', '2026-02-01', 'ads', 'douyin'), e('b', '2026-01-01', 'ads', null), e('c', '2026-01-01', 'content', 'douyin'), e('d', '2026-03-01', 'content', null)];
  it('keeps every entry oldest first, entries of one day in their order', () => {
    expect(filterLedger(entries, ALL, ALL).map((x) => x.id)).toEqual(['b', 'c', 'a', 'd']);
  });
  it('filters by category, by platform and by "no platform"', () => {
    expect(filterLedger(entries, 'ads', ALL).map((x) => x.id)).toEqual(['b', 'a']);
    expect(filterLedger(entries, ALL, 'douyin').map((x) => x.id)).toEqual(['c', 'a']);
    expect(filterLedger(entries, ALL, NONE).map((x) => x.id)).toEqual(['b', 'd']);
    expect(filterLedger(entries, 'content', NONE).map((x) => x.id)).toEqual(['d']);
  });
  it('names an export file safely', () => {
    expect(safeFileName('Spring: launch/2026?')).toBe('Spring  launch 2026');
    expect(safeFileName('  ')).toBe('plan');
    expect(safeFileName('x'.repeat(200))).toHaveLength(80);
  });
});

describe('the CSV import model', () => {
  const t = ((key: string, params?: Record<string, unknown>) => `${key}${params ? JSON.stringify(params) : ''}`) as never;
  const fields: CsvField[] = [
    { key: 'date', label: 'Date', required: true, parse: (raw) => (/^\d{4}-\d{2}-\d{2}$/.test(raw) ? { ok: true, value: raw } : { ok: false, error: 'bad date' }) },
    { key: 'amount', label: 'Amount', required: true, aliases: LEDGER_ALIASES.amount, parse: (raw) => (Number.isFinite(Number(raw)) ? { ok: true, value: Number(raw) } : { ok: false, error: 'bad amount' }) },
    { key: 'note', label: 'Note', parse: (raw) => ({ ok: true, value: raw }) },
  ];

  it('maps columns by header, key, label or alias, each column once; without headers in field order', () => {
    expect(guessMapping(fields, ['费用', 'DATE', 'Memo'])).toEqual({ date: 1, amount: 0, note: -1 });
    expect(guessMapping(fields, null)).toEqual({ date: 0, amount: 1, note: 2 });
  });

  it('reads every record into a good row or a bad one with its reasons, skipping empty lines', () => {
    const parsed = parseCsv('date,amount,note\n2026-01-02,12,ok\n\nnot a date,x,\n2026-01-03,,missing\n');
    const mapping = guessMapping(fields, parsed.records[0]!.cells);
    const out = evaluate(parsed, extraCells(parsed.records), true, fields, mapping, (v) => ((v.amount as number) > 100 ? 'too much' : null), { dateOrder: 'mdy' }, t);
    expect(out.good).toEqual([{ line: 2, values: { date: '2026-01-02', amount: 12, note: 'ok' } }]);
    expect(out.bad.map((b) => b.line)).toEqual([4, 5]);
    expect(out.bad[0]!.reasons).toHaveLength(2);
    expect(out.bad[1]!.reasons[0]).toContain('ui.csv.cell.empty');
  });
});
