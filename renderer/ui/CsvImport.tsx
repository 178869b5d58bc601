/**
 * The CSV import dialog every import uses (spend ledger, KPI actuals, tasks, ...): pick a file (UTF-8,
 * UTF-16 with BOM, or GBK/GB18030 from Chinese Excel: detected, and selectable) or paste text,
 * map each target field to a column (guessed from the headers), see a preview of the rows that parse
 * and a line-by-line list of those that do not, then Import. Nothing is written before Import, and
 * the import is one `apply` call: one undo step.
 *
 * Usage:
 *
 *   <CsvImport
 *     title={t('views.budget.importTitle')}
 *     fields={[
 *       { key: 'date', label: t('...date'), required: true, aliases: ['日期', 'day'],
 *         parse: (raw, { dateOrder }) => fromCell(t, parseDateCell(raw, dateOrder)) },
 *       { key: 'note', label: t('...note'), parse: (raw) => ({ ok: true, value: raw }) },
 *     ]}
 *     toChanges={(rows) => rows.flatMap((r) => rowChanges('spend_entry', newId('spend'), r.values))}
 *     undoLabel={t('views.budget.importUndo')}
 *     onImported={(count) => ...}
 *     onClose={() => setImporting(false)}
 *   />
 *
 * - `fields[].parse(raw)` gets the trimmed cell ('' when the column is not mapped or the cell is empty;
 *   a required field never gets '') and returns `{ ok: true, value }` or `{ ok: false, error }` with
 *   the reason in the user's language (`cellMessage` words the shared cell parsers' codes). The second
 *   argument carries the dialog's day/month order for dates such as 03/04/2026. `show`
 *   formats a parsed value for the preview (default: String).
 * - `aliases`: header names, in any language, that map to the field; the key and label always do.
 * - `checkRow(values)` may refuse a row whose fields parse but do not fit together.
 * - `toChanges(rows)` turns the good rows (in file order, with their CSV line numbers) into changes.
 * - `reshape(parsed)` may rearrange a file with a header before the columns are mapped (the KPI import
 *   unpivots a wide export); records keep their file line.
 * Mount it to open it; it calls onClose when dismissed or after a successful import.
 */
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Change } from '../../shared/model/change.ts';
import { decodeText, type Encoding } from '../../shared/exchange/text.ts';
import {
  defaultDateOrder,
  extraCells,
  isAmbiguousDate,
  parseCsv,
  type DateOrder,
  type Delimiter,
  type ParsedCsv,
} from '../../shared/logic/csv.ts';
import { evaluate, guessMapping, type CsvField, type ImportRow } from './csv-import-model.ts';
import { Dialog } from './Dialog.tsx';
import { useApply } from './useEdit.ts';
import './csv-import.css';

export type { CsvField, FieldResult, ImportRow, ParseContext } from './csv-import-model.ts';
export { cellMessage, fromCell } from './csv-import-model.ts';

export interface CsvImportProps {
  title: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each field parses to its own type
  fields: readonly CsvField<any>[];
  toChanges: (rows: ImportRow[]) => Change[];
  checkRow?: (values: Record<string, unknown>) => string | null;
  /** the undo history's name for the import */
  undoLabel?: string;
  onImported?: (count: number) => void;
  onClose: () => void;
  /** a line or two under the title: what the file should hold */
  intro?: string;
  /** rearranges a file with a header row before its columns are mapped */
  reshape?: (parsed: ParsedCsv) => ParsedCsv;
  /** an example of the text to paste (default: a spend ledger's) */
  pastePlaceholder?: string;
}

const MAX_BYTES = 20 * 1024 * 1024;
const PREVIEW_ROWS = 50;
const ERROR_ROWS = 200;
type DelimiterChoice = Delimiter | 'auto';

interface Source {
  /** a chosen file's bytes (decoded with the chosen encoding); null for pasted text */
  bytes: Uint8Array | null;
  text: string;
  /** file name; null for pasted text */
  name: string | null;
}

export function CsvImport({ title, fields, toChanges, checkRow, undoLabel, onImported, onClose, intro, reshape, pastePlaceholder }: CsvImportProps) {
  const { t, i18n } = useTranslation();
  const apply = useApply();
  const ids = { file: useId(), paste: useId(), sep: useId(), encoding: useId(), header: useId(), dateOrder: useId(), summary: useId(), errors: useId(), preview: useId() };
  const [source, setSource] = useState<Source | null>(null);
  const [readError, setReadError] = useState<string | null>(null);
  const [delimiter, setDelimiter] = useState<DelimiterChoice>('auto');
  const [encoding, setEncoding] = useState<Encoding>('auto');
  const [hasHeader, setHasHeader] = useState(true);
  const [dateOrder, setDateOrder] = useState<DateOrder>(() => defaultDateOrder(i18n.language));
  const [mapping, setMapping] = useState<Record<string, number>>({});
  const [busy, setBusy] = useState(false);
  const pasteRef = useRef<HTMLTextAreaElement>(null);

  // a file is decoded again when the user picks another encoding: Excel's CSV says nothing of its own
  const read = useMemo(() => (source?.bytes ? decodeText(source.bytes, encoding) : source ? { text: source.text, used: 'utf-8' as const } : null), [source, encoding]);
  const csv = useMemo(() => (read ? parseCsv(read.text, delimiter) : null), [read, delimiter]);
  const parsed = useMemo(() => (csv && reshape && hasHeader ? reshape(csv) : csv), [csv, reshape, hasHeader]);
  // counted on the file as written: a reshape (the KPI unpivot) would drop the cells past the header
  const wide = useMemo(() => (csv && hasHeader ? extraCells(csv.records) : new Map()), [csv, hasHeader]);
  const hasAmbiguousDates = useMemo(() => (csv ? csv.records.some((r) => r.cells.some(isAmbiguousDate)) : false), [csv]);
  const width = useMemo(() => (parsed ? parsed.records.reduce((w, r) => Math.max(w, r.cells.length), 0) : 0), [parsed]);
  const headers = useMemo(() => (parsed && hasHeader ? (parsed.records[0]?.cells ?? []).map((h) => h.trim()) : null), [parsed, hasHeader]);
  const headerKey = headers ? headers.join('\u0000') : `#${width}`;

  // a new file, separator or header choice: guess the columns again
  useEffect(() => {
    setMapping(guessMapping(fields, headers));
  }, [headerKey]); // only when the columns change: a choice made by hand stays otherwise

  const result = useMemo(
    () => (parsed ? evaluate(parsed, wide, hasHeader, fields, mapping, checkRow, { dateOrder }, t) : null),
    [parsed, wide, hasHeader, fields, mapping, checkRow, dateOrder, t],
  );
  const missing = fields.filter((f) => f.required && (mapping[f.key] ?? -1) < 0);
  const canImport = !busy && result !== null && result.good.length > 0 && missing.length === 0;

  const columnName = (c: number) => {
    const n = String(c + 1);
    const h = headers?.[c];
    return h ? t('ui.csv.columnNamed', { n, name: h }) : t('ui.csv.columnNumber', { n });
  };
  const sepName = (d: Delimiter) => t(d === ',' ? 'ui.csv.comma' : d === ';' ? 'ui.csv.semicolon' : 'ui.csv.tab');

  const onFile = async (file: File | undefined) => {
    setReadError(null);
    if (!file) return;
    if (file.size > MAX_BYTES) {
      setReadError(t('ui.csv.tooLarge', { size: MAX_BYTES / 1024 / 1024 }));
      return;
    }
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      setSource({ bytes, text: '', name: file.name });
      if (pasteRef.current) pasteRef.current.value = '';
    } catch {
      setReadError(t('ui.csv.unreadable'));
    }
  };

  const doImport = async () => {
    if (!result || !canImport) return;
    setBusy(true);
    // one apply: one undo step; a refusal is shown by the store and the dialog stays open
    const ok = await apply(toChanges(result.good), undoLabel);
    setBusy(false);
    if (!ok) return;
    onImported?.(result.good.length);
    onClose();
  };

  const lines = parsed ? (parsed.records.at(-1)?.line ?? 0) : 0;
  const previewFields = fields.filter((f) => (mapping[f.key] ?? -1) >= 0 || f.required);

  return (
    <Dialog
      open
      wide
      title={title}
      onClose={onClose}
      actions={
        <>
          <button type="button" className="btn" onClick={onClose}>
            {t('ui.cancel')}
          </button>
          <button type="button" className="btn btn-primary" disabled={!canImport} onClick={() => void doImport()} aria-describedby={ids.summary}>
            {busy ? t('ui.csv.importing') : t('ui.csv.import', { count: result?.good.length ?? 0 })}
          </button>
        </>
      }
    >
      <div className="csv-import">
        {intro ? <p className="csv-intro">{intro}</p> : null}
        <fieldset className="csv-section">
          <legend>{t('ui.csv.source')}</legend>
          <div className="csv-source">
            <div className="field csv-file">
              <label htmlFor={ids.file}>{t('ui.csv.file')}</label>
              {/* the native picker's own words follow the system language, so it is hidden behind a button in ours */}
              <input
                id={ids.file}
                className="sr-only"
                type="file"
                accept=".csv,.txt,.tsv,text/csv,text/plain"
                aria-describedby={`${ids.file}-name`}
                onChange={(e) => void onFile(e.target.files?.[0])}
              />
              <span className="csv-file-row">
                <label htmlFor={ids.file} className="btn">
                  {t('ui.csv.chooseFile')}
                </label>
                <span id={`${ids.file}-name`} className="csv-file-name">
                  {source?.name ?? t('ui.csv.noFile')}
                </span>
              </span>
            </div>
            <div className="field">
              <label htmlFor={ids.paste}>{t('ui.csv.paste')}</label>
              <textarea
                id={ids.paste}
                ref={pasteRef}
                rows={3}
                spellCheck={false}
                placeholder={pastePlaceholder ?? t('ui.csv.pastePlaceholder')}
                onChange={(e) => {
                  setReadError(null);
                  setSource(e.target.value.trim() === '' ? null : { bytes: null, text: e.target.value, name: null });
                }}
              />
            </div>
          </div>
          {readError ? (
            <p className="csv-error" role="alert">
              {readError}
            </p>
          ) : source ? (
            <p className="csv-note">
              {source.name ? t('ui.csv.readFile', { lines, name: source.name }) : t('ui.csv.readPaste', { lines })}
              {source.bytes && encoding === 'auto' && read?.used === 'gb18030' ? ` ${t('ui.csv.readGb')}` : ''}
            </p>
          ) : null}
          <div className="csv-options">
            <div className="field">
              <label htmlFor={ids.sep}>{t('ui.csv.separator')}</label>
              <select id={ids.sep} value={delimiter} onChange={(e) => setDelimiter(e.target.value as DelimiterChoice)}>
                <option value="auto">{t('ui.csv.detected', { found: parsed ? sepName(parsed.delimiter) : t('ui.csv.comma') })}</option>
                <option value=",">{t('ui.csv.comma')}</option>
                <option value=";">{t('ui.csv.semicolon')}</option>
                <option value={'\t'}>{t('ui.csv.tab')}</option>
              </select>
            </div>
            {source?.bytes ? (
              <div className="field">
                <label htmlFor={ids.encoding}>{t('ui.csv.encoding')}</label>
                <select id={ids.encoding} value={encoding} onChange={(e) => setEncoding(e.target.value as Encoding)}>
                  <option value="auto">{t('ui.csv.encodingAuto', { found: t(read?.used === 'gb18030' ? 'ui.csv.encodingGb' : 'ui.csv.encodingUtf8') })}</option>
                  <option value="utf-8">{t('ui.csv.encodingUtf8')}</option>
                  <option value="gb18030">{t('ui.csv.encodingGb')}</option>
                </select>
              </div>
            ) : null}
            {hasAmbiguousDates ? (
              <div className="field">
                <label htmlFor={ids.dateOrder}>{t('ui.csv.dateOrder')}</label>
                <select id={ids.dateOrder} value={dateOrder} onChange={(e) => setDateOrder(e.target.value as DateOrder)}>
                  <option value="mdy">{t('ui.csv.monthFirst')}</option>
                  <option value="dmy">{t('ui.csv.dayFirst')}</option>
                </select>
              </div>
            ) : null}
            <div className="field field-check">
              <input id={ids.header} type="checkbox" checked={hasHeader} onChange={(e) => setHasHeader(e.target.checked)} />
              <label htmlFor={ids.header}>{t('ui.csv.hasHeader')}</label>
            </div>
          </div>
        </fieldset>

        {parsed ? (
          <fieldset className="csv-section">
            <legend>{t('ui.csv.columns')}</legend>
            <p className="csv-note">{t('ui.csv.columnsHint')}</p>
            <div className="csv-mapping">
              {fields.map((f) => (
                <MappingSelect
                  key={f.key}
                  label={f.required ? t('ui.csv.required', { label: f.label }) : f.label}
                  value={mapping[f.key] ?? -1}
                  width={width}
                  columnName={columnName}
                  onChange={(col) => setMapping((m) => ({ ...m, [f.key]: col }))}
                />
              ))}
            </div>
            {missing.length ? (
              <p className="csv-error" role="alert">
                {t('ui.csv.missingMapping', { fields: missing.map((f) => f.label).join(t('table.listSeparator')) })}
              </p>
            ) : null}
          </fieldset>
        ) : null}

        <section className="csv-section" aria-labelledby={ids.preview}>
          <h3 id={ids.preview} className="csv-heading">
            {t('ui.csv.preview')}
          </h3>
          <p id={ids.summary} className="csv-summary" aria-live="polite">
            {!result
              ? t('ui.csv.nothingYet')
              : result.good.length + result.bad.length === 0
                ? t('ui.csv.noRows')
                : t('ui.csv.summary', { ready: result.good.length, bad: result.bad.length })}
          </p>
          {result && result.good.length + result.bad.length > 0 ? (
            <div className="csv-errors-block">
              <h4 id={ids.errors} className="csv-subheading">
                {t('ui.csv.errors')}
              </h4>
              {result.bad.length === 0 ? (
                <p className="csv-note">{t('ui.csv.noErrors')}</p>
              ) : (
                <ul className="csv-errors" aria-labelledby={ids.errors}>
                  {result.bad.slice(0, ERROR_ROWS).map((b, i) => (
                    <li key={`${b.line}:${i}`}>{t('ui.csv.errorLine', { line: b.line, reason: b.reasons.join('; ') })}</li>
                  ))}
                  {result.bad.length > ERROR_ROWS ? <li>{t('ui.csv.moreErrors', { count: result.bad.length - ERROR_ROWS })}</li> : null}
                </ul>
              )}
            </div>
          ) : null}
          {result && result.good.length > 0 ? (
            <div className="table-scroll csv-preview" role="region" aria-label={t('ui.csv.previewTable')} tabIndex={0}>
              <table className="data-table">
                <thead>
                  <tr>
                    <th scope="col" className="num">
                      {t('ui.csv.line')}
                    </th>
                    {previewFields.map((f) => (
                      <th key={f.key} scope="col">
                        {f.label}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {result.good.slice(0, PREVIEW_ROWS).map((row, i) => (
                    <tr key={`${row.line}:${i}`}>
                      <th scope="row" className="num">
                        {row.line}
                      </th>
                      {previewFields.map((f) => {
                        const v = row.values[f.key];
                        return (
                          <td key={f.key} className="nowrap">
                            {v === null || v === undefined || v === '' ? t('table.none') : f.show ? f.show(v) : String(v)}
                          </td>
                        );
                      })}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : null}
          {result && result.good.length > PREVIEW_ROWS ? <p className="csv-note">{t('ui.csv.previewMore', { shown: PREVIEW_ROWS, ready: result.good.length })}</p> : null}
        </section>

        <p className="csv-note">{t('ui.csv.confirmNote')}</p>
      </div>
    </Dialog>
  );
}

function MappingSelect({ label, value, width, columnName, onChange }: {
  label: string;
  value: number;
  width: number;
  columnName: (c: number) => string;
  onChange: (col: number) => void;
}) {
  const id = useId();
  const { t } = useTranslation();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(Number(e.target.value))}>
        <option value={-1}>{t('ui.csv.notImported')}</option>
        {Array.from({ length: width }, (_, c) => (
          <option key={c} value={c}>
            {columnName(c)}
          </option>
        ))}
      </select>
    </div>
  );
}
