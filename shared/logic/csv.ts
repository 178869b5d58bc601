/**
 * CSV in and out (RFC 4180, plus what spreadsheets actually write): quoted fields with doubled quotes
 * and line breaks inside, CRLF / LF / CR line ends, a UTF-8 byte-order mark, and comma, semicolon or
 * tab as the delimiter (detected from the first record). The writer quotes only when it must and
 * defuses spreadsheet formulas (a text cell starting with = + - @ gets a leading ' so Excel or WPS
 * shows it as text instead of running it). Cell parsers for numbers and dates are here too, so every
 * import (spend ledger, KPI actuals) reads "1,234.50" and "2026/3/31" the same way.
 *
 * Pure: no DOM, no Node. Errors are codes with parameters; the renderer words them.
 */

export type Delimiter = ',' | ';' | '\t';
export const DELIMITERS: readonly Delimiter[] = [',', ';', '\t'];

export interface CsvRecord {
  /** the physical line (1-based) the record starts on, as a spreadsheet or text editor numbers it */
  line: number;
  cells: string[];
}

export interface CsvProblem {
  line: number;
  code: 'unterminated_quote' | 'text_after_quote';
}

export interface ParsedCsv {
  delimiter: Delimiter;
  records: CsvRecord[];
  /** things the parser had to guess about; the records are still returned as best read */
  problems: CsvProblem[];
}

const BOM = '\uFEFF';

/** The delimiter of a CSV text: the candidate seen most often outside quotes in the first record. */
export function detectDelimiter(text: string): Delimiter {
  const counts = new Map<Delimiter, number>(DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (let i = text.startsWith(BOM) ? 1 : 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && counts.has(c as Delimiter)) counts.set(c as Delimiter, counts.get(c as Delimiter)! + 1);
  }
  let best: Delimiter = ',';
  for (const d of DELIMITERS) if (counts.get(d)! > counts.get(best)!) best = d;
  return best;
}

/**
 * Reads CSV text into records. Blank lines (no characters at all) are skipped; a record of one empty
 * cell is therefore never produced. Whitespace around unquoted cells is kept (the caller trims).
 */
export function parseCsv(text: string, delimiter: Delimiter | 'auto' = 'auto'): ParsedCsv {
  const src = text.startsWith(BOM) ? text.slice(1) : text;
  const delim = delimiter === 'auto' ? detectDelimiter(src) : delimiter;
  const records: CsvRecord[] = [];
  const problems: CsvProblem[] = [];

  let line = 1;
  let recordLine = 1;
  let cells: string[] = [];
  let cell = '';
  let i = 0;
  let atRecordStart = true;
  let quoted = false;
  let afterQuote = false;
  let quoteLine = 1;

  const endCell = () => {
    cells.push(cell);
    cell = '';
    afterQuote = false;
  };
  const endRecord = () => {
    endCell();
    records.push({ line: recordLine, cells });
    cells = [];
    atRecordStart = true;
  };

  while (i < src.length) {
    const c = src[i]!;
    if (quoted) {
      if (c === '"') {
        if (src[i + 1] === '"') {
          cell += '"';
          i += 2;
          continue;
        }
        quoted = false;
        afterQuote = true;
        i++;
        continue;
      }
      if (c === '\r' || c === '\n') {
        // a line break inside quotes belongs to the cell (kept as \n) and still counts as a line
        cell += '\n';
        line++;
        i += c === '\r' && src[i + 1] === '\n' ? 2 : 1;
        continue;
      }
      cell += c;
      i++;
      continue;
    }
    if (c === '\r' || c === '\n') {
      if (!atRecordStart || cells.length > 0 || cell !== '') endRecord();
      line++;
      i += c === '\r' && src[i + 1] === '\n' ? 2 : 1;
      recordLine = line;
      continue;
    }
    if (atRecordStart) {
      atRecordStart = false;
      recordLine = line;
    }
    if (c === delim) {
      endCell();
      i++;
      continue;
    }
    if (c === '"' && cell === '' && !afterQuote) {
      quoted = true;
      quoteLine = line;
      i++;
      continue;
    }
    if (afterQuote) {
      // "abc"def: keep the text, but say so (a spreadsheet would have written "abcdef")
      if (!problems.some((p) => p.line === recordLine && p.code === 'text_after_quote')) problems.push({ line: recordLine, code: 'text_after_quote' });
      afterQuote = false;
    }
    cell += c;
    i++;
  }
  if (quoted) problems.push({ line: quoteLine, code: 'unterminated_quote' });
  if (!atRecordStart || cells.length > 0 || cell !== '' || quoted) endRecord();
  return { delimiter: delim, records, problems };
}

/** Characters that make a spreadsheet read a cell as a formula (OWASP "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r\n]/;
/** also text that already looks defused ("'=x"), so that restoreFormula gives back exactly what was written */
const needsDefuse = (text: string) => FORMULA_START.test(text) || /^'+[=+\-@\t\r\n]/.test(text);

/** A text cell as it is safe to hand to a spreadsheet: formulas become text with a leading '. */
export function defuseFormula(text: string): string {
  return needsDefuse(text) ? `'${text}` : text;
}

/** Undoes defuseFormula on import, so an exported ledger reads back exactly. */
export function restoreFormula(text: string): string {
  return text.startsWith("'") && needsDefuse(text.slice(1)) ? text.slice(1) : text;
}

export type CsvCell = string | number | boolean | null | undefined;

export interface WriteOptions {
  delimiter?: Delimiter;
  /** CRLF by default, as RFC 4180 says and Excel expects */
  newline?: '\r\n' | '\n';
  /** start with a UTF-8 byte-order mark so Excel opens Chinese text as UTF-8 (default true) */
  bom?: boolean;
}

/**
 * Writes records as CSV. Numbers and booleans are written as they are (a negative number is a number,
 * not a formula); text is defused against formulas and quoted when it holds the delimiter, a quote,
 * a line break, or leading/trailing spaces. null and undefined are empty cells.
 */
export function writeCsv(rows: readonly (readonly CsvCell[])[], opts: WriteOptions = {}): string {
  const delim = opts.delimiter ?? ',';
  const newline = opts.newline ?? '\r\n';
  const out = rows.map((row) => row.map((cell) => writeCell(cell, delim)).join(delim)).join(newline);
  return `${opts.bom === false ? '' : BOM}${out}${rows.length ? newline : ''}`;
}

function writeCell(cell: CsvCell, delim: Delimiter): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  if (typeof cell === 'boolean') return cell ? 'true' : 'false';
  const text = defuseFormula(cell);
  const needsQuotes = text.includes(delim) || /["\r\n]/.test(text) || /^\s|\s$/.test(text);
  return needsQuotes ? `"${text.replace(/"/g, '""')}"` : text;
}

// ---------------------------------------------------------------------------------------------------
// Cell parsers shared by the imports

export type CellResult<T> = { ok: true; value: T } | { ok: false; code: CellError; params?: Record<string, string | number> };
export type CellError = 'empty' | 'not_a_number' | 'negative' | 'not_a_date' | 'ambiguous_date';

const CURRENCY_MARKS = /[¥￥$€£₩₹]|^(CNY|RMB|USD|EUR|GBP|HKD|JPY|元)|(CNY|RMB|USD|EUR|GBP|HKD|JPY|元)$/gi;

/**
 * A number as people type it in spreadsheets: "1234.5", "1,234.50", "1 234,50", "1.234,50", "¥1,200",
 * "12%" (→ 12), "(50)" (accounting negative → -50). A lone comma followed by one or two digits is a
 * decimal comma ("12,5"); a lone comma followed by three digits is a thousands separator ("1,234").
 */
export function parseNumberCell(raw: string, opts: { allowNegative?: boolean } = {}): CellResult<number> {
  let s = raw.replace(/[\s\u00a0\u202f]/g, '');
  if (s === '') return { ok: false, code: 'empty' };
  let negative = false;
  if (/^\(.*\)$/.test(s)) {
    negative = true;
    s = s.slice(1, -1);
  }
  s = s.replace(CURRENCY_MARKS, '').replace(/%$/, '');
  if (s.startsWith('-') || s.startsWith('−')) {
    negative = !negative;
    s = s.slice(1);
  } else if (s.startsWith('+')) s = s.slice(1);
  s = s.replace(CURRENCY_MARKS, '');

  let normal: string | null = null;
  if (/^\d+(\.\d+)?$/.test(s) || /^\.\d+$/.test(s)) normal = s;
  else if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) normal = s.replace(/,/g, '');
  else if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(s)) normal = s.replace(/\./g, '').replace(',', '.');
  else if (/^\d{1,3}('\d{3})+(\.\d+)?$/.test(s)) normal = s.replace(/'/g, '');
  else if (/^\d+,\d{1,2}$/.test(s)) normal = s.replace(',', '.');
  if (normal === null) return { ok: false, code: 'not_a_number', params: { value: raw.trim() } };
  const n = Number(normal);
  if (!Number.isFinite(n)) return { ok: false, code: 'not_a_number', params: { value: raw.trim() } };
  const value = negative ? -n : n;
  if (value < 0 && !opts.allowNegative) return { ok: false, code: 'negative', params: { value: raw.trim() } };
  return { ok: true, value: value === 0 ? 0 : value };
}

/** How to read a date such as 03/04/2026: day first (3 April) or month first (4 March). */
export type DateOrder = 'dmy' | 'mdy';

/**
 * The order to offer first for a UI language. Month-first for English as Excel in the US writes it;
 * Chinese Excel writes yyyy/m/d, so a Chinese user's ambiguous dates come from an English-locale
 * export too. Only the English variants that write the day first default to day-first.
 */
export function defaultDateOrder(language: string): DateOrder {
  return /^en-(GB|IE|AU|NZ|IN|ZA)\b/i.test(language) ? 'dmy' : 'mdy';
}

const SHORT_DATE = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/;

/** True for a day/month date that is a real date read either way round ("03/04/2026"). */
export function isAmbiguousDate(raw: string): boolean {
  const m = SHORT_DATE.exec(raw.trim());
  if (!m) return false;
  const [a, b, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return a !== b && isDate(y, b, a) && isDate(y, a, b);
}

/**
 * A calendar day as 'YYYY-MM-DD' from "2026-03-31", "2026/3/31", "2026.03.31", "2026年3月31日" or an
 * ISO timestamp ("2026-03-31T10:00:00"; the date part is taken as written). Day-first or month-first
 * forms ("31/03/2026", "03/31/2026") are read the one way that is a real date; when both are, `order`
 * decides, and without it they are refused as ambiguous.
 */
export function parseDateCell(raw: string, order?: DateOrder): CellResult<string> {
  const s = raw.trim();
  if (s === '') return { ok: false, code: 'empty' };
  let m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[T\s].*)?$/.exec(s);
  if (m) return checkDate(Number(m[1]), Number(m[2]), Number(m[3]), raw);
  m = SHORT_DATE.exec(s);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    const y = Number(m[3]);
    if (isAmbiguousDate(s)) {
      if (!order) return { ok: false, code: 'ambiguous_date', params: { value: s } };
      return order === 'dmy' ? checkDate(y, b, a, raw) : checkDate(y, a, b, raw);
    }
    if (isDate(y, b, a)) return checkDate(y, b, a, raw);
    if (isDate(y, a, b)) return checkDate(y, a, b, raw);
  }
  return { ok: false, code: 'not_a_date', params: { value: s } };
}

function isDate(y: number, mo: number, d: number): boolean {
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return false;
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

function checkDate(y: number, mo: number, d: number, raw: string): CellResult<string> {
  if (y < 1900 || y > 2999 || !isDate(y, mo, d)) return { ok: false, code: 'not_a_date', params: { value: raw.trim() } };
  return { ok: true, value: `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}` };
}

/**
 * The records (below the first, the header) that hold more cells than the header, by line, with both
 * counts. Empty cells past the header do not count: spreadsheets write stray trailing separators, and
 * they carry nothing that would be lost.
 */
export function extraCells(records: readonly CsvRecord[]): Map<number, { cells: number; header: number }> {
  const out = new Map<number, { cells: number; header: number }>();
  const [head, ...rows] = records;
  if (!head) return out;
  const header = head.cells.length;
  for (const row of rows) {
    if (row.cells.slice(header).some((c) => c.trim() !== '')) out.set(row.line, { cells: row.cells.length, header });
  }
  return out;
}

/** A header or a name as compared when matching columns and names: lower case, no spaces, _ or -. */
export function normaliseHeader(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[\s_\-–—.:：()（）[\]【】/]/g, '');
}

/**
 * A wide table (one column per metric, as platform back-ends export: 日期,播放量,点赞量) as a long one:
 * one record per row and metric column, holding the row's other columns, the metric and the value
 * (under `header.metric` and `header.value`). `metricOf` names the metric a header holds (null for
 * any other column); a table without such a column is returned as it is. Empty metric cells are left
 * out (nothing was measured); a row with none at all stays, with no metric, so the import names it.
 * Records keep their line, so errors still point at the file's line.
 */
export function unpivotWide(parsed: ParsedCsv, metricOf: (header: string) => string | null, header: { metric: string; value: string }): ParsedCsv {
  const [head, ...rows] = parsed.records;
  if (!head) return parsed;
  const metrics = head.cells.map((h) => metricOf(h.trim()));
  if (metrics.every((m) => m === null)) return parsed;
  const keep = head.cells.flatMap((_, i) => (metrics[i] === null ? [i] : []));
  const records: CsvRecord[] = [{ line: head.line, cells: [...keep.map((i) => head.cells[i]!), header.metric, header.value] }];
  for (const row of rows) {
    if (row.cells.every((c) => c.trim() === '')) continue;
    const base = keep.map((i) => row.cells[i] ?? '');
    const before = records.length;
    metrics.forEach((metric, i) => {
      const value = row.cells[i] ?? '';
      if (metric !== null && value.trim() !== '') records.push({ line: row.line, cells: [...base, metric, value] });
    });
    if (records.length === before) records.push({ line: row.line, cells: [...base, '', ''] });
  }
  return { ...parsed, records };
}
