import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  defaultDateOrder,
  defuseFormula,
  detectDelimiter,
  extraCells,
  isAmbiguousDate,
  normaliseHeader,
  parseCsv,
  parseDateCell,
  parseNumberCell,
  restoreFormula,
  writeCsv,
  type CsvCell,
  type DateOrder,
} from '../../../shared/logic/csv.ts';

const cells = (text: string) => parseCsv(text).records.map((r) => r.cells);

describe('parseCsv', () => {
  it('reads plain records with a header', () => {
    expect(cells('a,b,c\n1,2,3\n')).toEqual([['a', 'b', 'c'], ['1', '2', '3']]);
  });

  it('reads quoted cells with delimiters, doubled quotes and line breaks inside', () => {
    const text = 'name,note\n"Smith, J","He said ""hi"""\n"two\r\nlines",x\n';
    expect(cells(text)).toEqual([['name', 'note'], ['Smith, J', 'He said "hi"'], ['two\nlines', 'x']]);
  });

  it('handles CRLF, CR and LF line ends and a missing final newline', () => {
    expect(cells('a,b\r\n1,2\r3,4\n5,6')).toEqual([['a', 'b'], ['1', '2'], ['3', '4'], ['5', '6']]);
  });

  it('drops a UTF-8 byte-order mark', () => {
    expect(cells('\uFEFF日期,金额\n2026-01-01,5\n')).toEqual([['日期', '金额'], ['2026-01-01', '5']]);
  });

  it('keeps empty cells, including trailing ones, and skips blank lines', () => {
    expect(cells('a,,c,\n\n\n,,\n')).toEqual([['a', '', 'c', ''], ['', '', '']]);
  });

  it('numbers records by the physical line they start on', () => {
    const parsed = parseCsv('h1,h2\n"multi\nline",1\n\nx,2\r\ny,3');
    expect(parsed.records.map((r) => r.line)).toEqual([1, 2, 5, 6]);
  });

  it('detects comma, semicolon and tab delimiters from the first record, ignoring quoted ones', () => {
    expect(detectDelimiter('a;b;c\n1,5;2;3')).toBe(';');
    expect(detectDelimiter('a\tb\tc\n')).toBe('\t');
    expect(detectDelimiter('"x;y;z",b,c\n')).toBe(',');
    expect(detectDelimiter('single\n')).toBe(',');
    expect(parseCsv('日期;金额\n2026-01-01;1,5').records[1]!.cells).toEqual(['2026-01-01', '1,5']);
    expect(parseCsv('a\tb\n1\t2').delimiter).toBe('\t');
  });

  it('obeys a delimiter given by the caller', () => {
    expect(parseCsv('a;b,c', ',').records[0]!.cells).toEqual(['a;b', 'c']);
  });

  it('reports an unterminated quote and text after a closing quote, keeping what it read', () => {
    const open = parseCsv('a,b\n1,"never closed\n2,3');
    expect(open.problems).toEqual([{ line: 2, code: 'unterminated_quote' }]);
    expect(open.records[1]!.cells).toEqual(['1', 'never closed\n2,3']);
    const after = parseCsv('a\n"ab"cd,e');
    expect(after.problems).toEqual([{ line: 2, code: 'text_after_quote' }]);
    expect(after.records[1]!.cells).toEqual(['abcd', 'e']);
  });

  it('reads nothing from empty text', () => {
    expect(parseCsv('').records).toEqual([]);
    expect(parseCsv('\uFEFF').records).toEqual([]);
    expect(parseCsv('\r\n\r\n').records).toEqual([]);
  });

  it('reads back everything writeCsv writes (random round trips)', () => {
    const alphabet = ['a', 'Z', '7', ' ', ',', ';', '\t', '"', '\n', '\r\n', '中', '文', '=', '+', '-', '@', "'", '€'];
    const cell = fc.array(fc.constantFrom(...alphabet), { maxLength: 5 }).map((parts) => parts.join(''));
    const table = fc.integer({ min: 1, max: 5 }).chain((width) => fc.array(fc.array(cell, { minLength: width, maxLength: width }), { minLength: 1, maxLength: 5 }));
    fc.assert(
      fc.property(table, (rows) => {
        // a record of one empty cell is a blank line, which a reader rightly skips
        if (rows[0]!.length === 1) for (const r of rows) if (r[0] === '') r[0] = 'x';
        for (const delimiter of [',', ';', '\t'] as const) {
          const text = writeCsv(rows, { delimiter });
          const back = parseCsv(text, delimiter).records.map((r) => r.cells.map(restoreFormula));
          const expected = rows.map((r) => r.map((c) => c.replace(/\r\n/g, '\n')));
          expect(back).toEqual(expected);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('writeCsv', () => {
  it('quotes only when needed and doubles quotes', () => {
    const text = writeCsv([['plain', 'a,b', 'say "hi"', 'two\nlines', ' padded', 12.5, null, true]], { bom: false });
    expect(text).toBe('plain,"a,b","say ""hi""","two\nlines"," padded",12.5,,true\r\n');
  });

  it('starts with a BOM and ends lines with CRLF by default', () => {
    expect(writeCsv([['a'], ['b']])).toBe('\uFEFFa\r\nb\r\n');
    expect(writeCsv([], { bom: false })).toBe('');
  });

  it('defuses cells a spreadsheet would run as formulas, but not numbers', () => {
    const rows: CsvCell[][] = [['=HYPERLINK("http://x")', '+1', '-2', '@SUM(A1)', '\tcmd', 'ok', -5]];
    expect(writeCsv(rows, { bom: false })).toBe('"\'=HYPERLINK(""http://x"")",\'+1,\'-2,\'@SUM(A1),\'\tcmd,ok,-5\r\n');
    expect(defuseFormula('=1+1')).toBe("'=1+1");
    expect(restoreFormula("'=1+1")).toBe('=1+1');
    expect(restoreFormula("'quoted")).toBe("'quoted");
    expect(restoreFormula("'")).toBe("'");
  });
});

describe('parseNumberCell', () => {
  const ok = (raw: string) => {
    const r = parseNumberCell(raw);
    return r.ok ? r.value : r.code;
  };

  it('reads the ways people write amounts', () => {
    expect(ok('1234.5')).toBe(1234.5);
    expect(ok('1,234.50')).toBe(1234.5);
    expect(ok('1 234 567')).toBe(1234567);
    expect(ok('1.234,50')).toBe(1234.5);
    expect(ok('12,5')).toBe(12.5);
    expect(ok('¥1,200')).toBe(1200);
    expect(ok('￥ 300')).toBe(300);
    expect(ok('CNY 80')).toBe(80);
    expect(ok('80元')).toBe(80);
    expect(ok('$ 9.99')).toBe(9.99);
    expect(ok('15%')).toBe(15);
    expect(ok('0')).toBe(0);
    expect(ok('-0')).toBe(0);
    expect(ok('.5')).toBe(0.5);
  });

  it('refuses text, empty cells and negative amounts', () => {
    expect(ok('')).toBe('empty');
    expect(ok('   ')).toBe('empty');
    expect(ok('abc')).toBe('not_a_number');
    expect(ok('12abc')).toBe('not_a_number');
    expect(ok('1,2,3')).toBe('not_a_number');
    expect(ok('1e5')).toBe('not_a_number');
    expect(ok('NaN')).toBe('not_a_number');
    expect(ok('Infinity')).toBe('not_a_number');
    expect(ok('-50')).toBe('negative');
    expect(ok('(50)')).toBe('negative');
    expect(ok('−7')).toBe('negative');
    expect(parseNumberCell('-50', { allowNegative: true })).toEqual({ ok: true, value: -50 });
  });

  it('names the offending value', () => {
    expect(parseNumberCell(' abc ')).toEqual({ ok: false, code: 'not_a_number', params: { value: 'abc' } });
  });
});

describe('parseDateCell', () => {
  const ok = (raw: string) => {
    const r = parseDateCell(raw);
    return r.ok ? r.value : r.code;
  };

  it('reads year-first dates in several spellings', () => {
    expect(ok('2026-03-31')).toBe('2026-03-31');
    expect(ok('2026/3/1')).toBe('2026-03-01');
    expect(ok('2026.03.31')).toBe('2026-03-31');
    expect(ok('2026年3月31日')).toBe('2026-03-31');
    expect(ok('2026-03-31T10:00:00Z')).toBe('2026-03-31');
    expect(ok('2026-03-31 10:00')).toBe('2026-03-31');
  });

  it('reads day- or month-first dates only when one reading is possible', () => {
    expect(ok('31/03/2026')).toBe('2026-03-31');
    expect(ok('03/31/2026')).toBe('2026-03-31');
    expect(ok('05/05/2026')).toBe('2026-05-05');
    expect(ok('04/05/2026')).toBe('ambiguous_date');
  });

  it('refuses what is not a calendar day', () => {
    expect(ok('2026-02-30')).toBe('not_a_date');
    expect(ok('2026-13-01')).toBe('not_a_date');
    expect(ok('yesterday')).toBe('not_a_date');
    expect(ok('46000')).toBe('not_a_date');
    expect(ok('')).toBe('empty');
  });
});

describe('normaliseHeader', () => {
  it('ignores case, spaces, punctuation and full-width forms', () => {
    expect(normaliseHeader(' Supplier Name ')).toBe('suppliername');
    expect(normaliseHeader('platform_id')).toBe('platformid');
    expect(normaliseHeader('金额（元）')).toBe('金额元');
    expect(normaliseHeader('ＡＭＯＵＮＴ')).toBe('amount');
  });
});


describe('ambiguous dates with a chosen order', () => {
  const read = (raw: string, order: DateOrder) => {
    const r = parseDateCell(raw, order);
    return r.ok ? r.value : r.code;
  };

  it('reads 03/04/2026 as the chosen order says', () => {
    expect(read('03/04/2026', 'dmy')).toBe('2026-04-03');
    expect(read('03/04/2026', 'mdy')).toBe('2026-03-04');
  });

  it('reads unambiguous dates the same whatever the order', () => {
    for (const order of ['dmy', 'mdy'] as const) {
      expect(read('2026-03-04', order)).toBe('2026-03-04');
      expect(read('2026/3/4', order)).toBe('2026-03-04');
      expect(read('2026年3月4日', order)).toBe('2026-03-04');
      expect(read('31/03/2026', order)).toBe('2026-03-31');
      expect(read('03/31/2026', order)).toBe('2026-03-31');
    }
  });

  it('tells which cells are ambiguous', () => {
    expect(isAmbiguousDate('03/04/2026')).toBe(true);
    expect(isAmbiguousDate('05/05/2026')).toBe(false);
    expect(isAmbiguousDate('31/03/2026')).toBe(false);
    expect(isAmbiguousDate('2026/3/4')).toBe(false);
  });

  it('defaults to month-first except where English writes the day first', () => {
    expect(defaultDateOrder('en')).toBe('mdy');
    expect(defaultDateOrder('en-US')).toBe('mdy');
    expect(defaultDateOrder('zh-CN')).toBe('mdy');
    expect(defaultDateOrder('en-GB')).toBe('dmy');
  });
});

describe('extraCells', () => {
  it('names rows with more cells than the header, ignoring empty trailing cells', () => {
    const parsed = parseCsv('a,b,c\n1,2,3\n1,2,3,4\n1,2,3,,\n1,2\n');
    expect([...extraCells(parsed.records)]).toEqual([[3, { cells: 4, header: 3 }]]);
  });
});
