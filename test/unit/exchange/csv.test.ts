import { describe, expect, it } from 'vitest';
import { tableCsv } from '../../../electron/services/export/csv.ts';
import type { Rows } from '../../../shared/api.ts';
import { parseCsv } from '../../../shared/logic/csv.ts';
import { samplePlan } from './export-helpers.ts';

describe('the CSV exports', () => {
  const { rows } = samplePlan('zh-CN');

  for (const table of ['tasks', 'content'] as const) {
    it(`${table}: UTF-8 with a BOM, CRLF, Chinese text intact`, () => {
      const csv = tableCsv(rows, 'zh-CN', table);
      expect(csv.charCodeAt(0)).toBe(0xfeff);
      expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
      expect(csv).toContain('\r\n');
      const records = parseCsv(csv).records;
      const source = table === 'tasks' ? rows.task.map((t) => t.name) : rows.content_item.map((c) => c.title);
      expect(records).toHaveLength(source.length + 1);
      expect(records[1]!.cells[1]).toBe(source[0]);
      expect(source[0]).toMatch(/[\u4e00-\u9fff]/);
    });
  }

  it('defuses formulas in names, titles and notes', () => {
    const hostile: Rows = {
      ...rows,
      task: rows.task.map((t, i) => (i === 0 ? { ...t, name: '=HYPERLINK("http://evil","x")', notes: '+cmd|calc' } : t)),
      content_item: rows.content_item.map((c, i) => (i === 0 ? { ...c, title: '@SUM(A1:A9)', notes: '-2+3' } : c)),
    };
    const tasks = parseCsv(tableCsv(hostile, 'en', 'tasks')).records[1]!.cells;
    expect(tasks[1]).toBe('\'=HYPERLINK("http://evil","x")');
    expect(tasks.at(-1)).toBe("'+cmd|calc");
    const content = parseCsv(tableCsv(hostile, 'en', 'content')).records[1]!.cells;
    expect(content[1]).toBe("'@SUM(A1:A9)");
    expect(content.at(-1)).toBe("'-2+3");
    // numbers stay numbers: a negative lag or amount is not a formula
    expect(tasks[5]).toMatch(/^\d+$/);
  });
});
