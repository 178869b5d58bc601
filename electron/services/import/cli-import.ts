/** `cplan import FILE --from mspdi|gan|csv PLAN`: the same preview and one change list as the app. */
import fs from 'node:fs';
import { PlannerError } from '../../../shared/errors.ts';
import type { ImportPreview } from '../../../shared/exchange/plan-import.ts';
import { IMPORT_MAX_BYTES } from '../../../shared/exchange/read-file.ts';
import { projectFromTaskRows, readTasksCsv } from '../../../shared/exchange/tasks-csv.ts';
import { binaryKind, decodeText } from '../../../shared/exchange/text.ts';
import { PlanFile } from '../../store/plan-file.ts';
import type { Writer } from '../../store/plan-types.ts';
import { importLabel, previewImport, previewProject } from './preview-import.ts';

const REASONS: Record<ImportPreview['dropped'][number]['reason'], string> = {
  nestedSummary: 'Summary tasks below the first level, flattened into their top-level phase',
  linkType: 'Links of an unknown type, left out',
  linkSummary: 'Links to or from summary tasks, left out',
  linkMissing: 'Links to tasks not in the file, left out',
  linkDuplicate: 'Second links between the same tasks, left out',
  linkCycle: 'Links that would make a loop, left out',
  lagPercent: 'Lags in percent, imported as no lag',
  lagRounded: 'Lags not in whole days, rounded',
  unnamedResource: 'Resources without a name, left out',
  notPerson: 'Material or cost resources, left out',
  emptyTask: 'Blank task rows, left out',
  recurringException: 'Repeating calendar exceptions, only the first range imported',
  keyDateExists: 'Holidays the plan already has, left out',
  keyDateOutside: 'Holidays outside the plan’s dates, left out',
};

function readBytes(file: string): Uint8Array {
  let size: number;
  try {
    size = fs.statSync(file).size;
  } catch {
    throw new PlannerError('FILE_NOT_FOUND', { path: file });
  }
  // a huge file is refused before it is read
  if (size > IMPORT_MAX_BYTES) throw new PlannerError('IMPORT_TOO_LARGE', { size: (size / 1024 / 1024).toFixed(1), limit: IMPORT_MAX_BYTES / 1024 / 1024 });
  return fs.readFileSync(file);
}

function print(p: ImportPreview, source: string, target: string, done: boolean, csvErrors: string[]): void {
  const c = p.counts;
  console.log(`${done ? 'imported' : 'would import'} ${source} into ${target}: tasks ${c.tasks} (milestones ${c.milestones}), new phases ${c.phases}`
    + `${c.phasesMatched ? ` (+${c.phasesMatched} existing)` : ''}, links ${c.links}, new people ${c.people}${c.peopleMatched ? ` (+${c.peopleMatched} existing)` : ''}, key dates ${c.keyDates}`);
  if (p.planDates) console.log(`  plan dates widened to ${p.planDates.start} – ${p.planDates.end}`);
  for (const d of p.dropped) console.log(`  ${REASONS[d.reason]}: ${d.count} (${d.examples.join(', ')}${d.count > d.examples.length ? ', …' : ''})`);
  for (const e of csvErrors) console.log(`  refused ${e}`);
}

export function importFile(source: string, from: 'mspdi' | 'gan' | 'csv', target: string, opts: { dryRun: boolean; json: boolean; writer: Writer }): void {
  const bytes = readBytes(source);
  const plan = opts.dryRun ? PlanFile.inspect(target, opts.writer) : PlanFile.open(target, opts.writer);
  try {
    if (!opts.dryRun && plan.readOnly) throw new PlannerError(plan.readOnly.code, plan.readOnly.params);
    let csvErrors: string[] = [];
    let preview: ImportPreview;
    if (from === 'csv') {
      const binary = binaryKind(bytes);
      if (binary) throw new PlannerError('IMPORT_NOT_TEXT', { kind: binary });
      const { rows, errors } = readTasksCsv(decodeText(bytes).text);
      csvErrors = errors.map((e) => `line ${e.line}: ${e.reasons.join('; ')}`);
      preview = previewProject(plan, projectFromTaskRows(rows));
    } else {
      preview = previewImport(plan, from, bytes);
    }
    if (!opts.dryRun) plan.apply(preview.changes as never, { label: importLabel(preview) });
    if (opts.json) {
      const { changes: _changes, ...summary } = preview;
      console.log(JSON.stringify({ source, target, imported: !opts.dryRun, ...summary, csvErrors }, null, 1));
    } else {
      print(preview, source, target, !opts.dryRun, csvErrors);
    }
  } finally {
    plan.close();
  }
}
