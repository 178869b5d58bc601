/**
 * The pure part of the CSV import dialog (CsvImport.tsx): the field and row types, which column each
 * field is read from, and every record read into a good row or a bad one with its reasons. No React,
 * no DOM: the words come in as a `t` function, so it is tested without a browser.
 */
import type { TFunction } from 'i18next';
import { extraCells, normaliseHeader, restoreFormula, type CellResult, type DateOrder, type ParsedCsv } from '../../shared/logic/csv.ts';

export type FieldResult<V = unknown> = { ok: true; value: V } | { ok: false; error: string };

export interface ParseContext {
  /** how the user says dates such as 03/04/2026 are written */
  dateOrder: DateOrder;
}

export interface CsvField<V = unknown> {
  key: string;
  label: string;
  required?: boolean;
  aliases?: readonly string[];
  parse: (raw: string, context: ParseContext) => FieldResult<V>;
  show?: (value: V) => string;
}

export interface ImportRow {
  /** the CSV line the row starts on */
  line: number;
  values: Record<string, unknown>;
}

/** What a row check may refuse a row with (CsvImport's `checkRow`). */
export type CheckRow = (values: Record<string, unknown>) => string | null;

/** Words a shared cell parser's error code (see shared/logic/csv.ts) in the user's language. */
export function cellMessage(t: TFunction, result: Extract<CellResult<unknown>, { ok: false }>): string {
  return t(`ui.csv.cell.${result.code}`, result.params ?? {});
}

/** A shared cell parser's result as a field result. */
export function fromCell<V>(t: TFunction, result: CellResult<V>): FieldResult<V> {
  return result.ok ? result : { ok: false, error: cellMessage(t, result) };
}

/** The column each field is read from (-1: none): a header that names the field, else nothing. */
export function guessMapping(fields: readonly CsvField[], headers: readonly string[] | null): Record<string, number> {
  const mapping: Record<string, number> = {};
  const taken = new Set<number>();
  for (const [i, f] of fields.entries()) {
    if (!headers) {
      mapping[f.key] = i;
      continue;
    }
    const names = new Set([f.key, f.label, ...(f.aliases ?? [])].map(normaliseHeader));
    const col = headers.findIndex((h, c) => !taken.has(c) && names.has(normaliseHeader(h)));
    mapping[f.key] = col;
    if (col >= 0) taken.add(col);
  }
  return mapping;
}

export interface Evaluated {
  good: ImportRow[];
  bad: { line: number; reasons: string[] }[];
}

export function evaluate(
  parsed: ParsedCsv,
  wide: ReturnType<typeof extraCells>,
  hasHeader: boolean,
  fields: readonly CsvField[],
  mapping: Record<string, number>,
  checkRow: CheckRow | undefined,
  context: ParseContext,
  t: TFunction,
): Evaluated {
  const good: ImportRow[] = [];
  const bad: Evaluated['bad'] = [];
  const problemAt = new Map(parsed.problems.map((p) => [p.line, p.code]));
  const records = hasHeader ? parsed.records.slice(1) : parsed.records;
  for (const record of records) {
    if (record.cells.every((c) => c.trim() === '')) continue;
    const reasons: string[] = [];
    const problem = problemAt.get(record.line);
    if (problem) reasons.push(t(`ui.csv.problem.${problem}`));
    // a cell past the header belongs to no column: the row is shifted or split, so none of it is trusted
    const extra = wide.get(record.line);
    if (extra) reasons.push(t('ui.csv.extraCells', { cells: extra.cells, header: extra.header }));
    const values: Record<string, unknown> = {};
    for (const f of fields) {
      const col = mapping[f.key] ?? -1;
      const raw = restoreFormula((col >= 0 ? (record.cells[col] ?? '') : '').trim());
      if (f.required && raw === '') {
        reasons.push(t('ui.csv.fieldError', { field: f.label, reason: t('ui.csv.cell.empty') }));
        continue;
      }
      const r = f.parse(raw, context);
      if (r.ok) values[f.key] = r.value;
      else reasons.push(t('ui.csv.fieldError', { field: f.label, reason: r.error }));
    }
    if (reasons.length === 0 && checkRow) {
      const refused = checkRow(values);
      if (refused) reasons.push(refused);
    }
    if (reasons.length) bad.push({ line: record.line, reasons });
    else good.push({ line: record.line, values });
  }
  return { good, bad };
}

