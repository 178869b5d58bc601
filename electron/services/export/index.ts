/**
 * Every export of a plan, from its snapshot rows: the format decides the file, nothing is written to
 * the plan. `writeExport` writes to a temporary name beside the target and renames, so a failed
 * export leaves no half file.
 */
import fs from 'node:fs';
import nodePath from 'node:path';
import type { ExportFormat, ExportTable, Rows } from '../../../shared/api.ts';
import { PlannerError } from '../../../shared/errors.ts';
import type { Language } from '../../../shared/model/enums.ts';
import { buildReport } from '../../../shared/report/build.ts';
import { reportHtml } from '../../../shared/report/html.ts';
import { tableCsv } from './csv.ts';
import { reportDocx } from './docx.ts';
import { planIcs } from './ics.ts';
import { planMspdi } from './mspdi.ts';
import { chromiumPrinter, type PdfPrinter } from './pdf.ts';
import { planXlsx } from './xlsx.ts';

export interface ExportRequest {
  format: ExportFormat;
  lang: Language;
  /** which table a CSV holds */
  table?: ExportTable;
  /** the report's "today" (plan time zone), for tests; defaults to the real day */
  today?: string;
}

export interface ExportDeps {
  printPdf?: PdfPrinter;
}

export async function renderExport(rows: Rows, req: ExportRequest, deps: ExportDeps = {}): Promise<Buffer> {
  const report = () => buildReport(rows, req.lang, req.today ? { today: req.today } : {});
  switch (req.format) {
    case 'docx':
      return reportDocx(report());
    case 'pdf':
      return (deps.printPdf ?? chromiumPrinter)(reportHtml(report()));
    case 'html':
      return Buffer.from(reportHtml(report()));
    case 'xlsx':
      return planXlsx(rows, req.lang);
    case 'ics':
      return Buffer.from(planIcs(rows, req.lang));
    case 'mspdi':
      return Buffer.from(planMspdi(rows));
    case 'csv':
      return Buffer.from(tableCsv(rows, req.lang, req.table ?? 'tasks'));
  }
}

/** Renders and writes one export; refuses to write over the plan file itself. */
export async function writeExport(rows: Rows, planPath: string | null, target: string, req: ExportRequest, deps: ExportDeps = {}): Promise<{ path: string; bytes: number }> {
  const out = nodePath.resolve(target);
  if (planPath && out === nodePath.resolve(planPath)) throw new PlannerError('INVALID_REQUEST', { detail: 'the export would overwrite the plan file' });
  let data: Buffer;
  try {
    data = await renderExport(rows, req, deps);
  } catch (e) {
    if (e instanceof PlannerError) throw e;
    throw new PlannerError('EXPORT_FAILED', { format: req.format, detail: e instanceof Error ? e.message : String(e) });
  }
  const tmp = nodePath.join(nodePath.dirname(out), `.${nodePath.basename(out)}.${process.pid}.exporting`);
  try {
    fs.writeFileSync(tmp, data);
    fs.renameSync(tmp, out);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw new PlannerError('IO_ERROR', { detail: e instanceof Error ? e.message : String(e) });
  }
  return { path: out, bytes: data.length };
}
