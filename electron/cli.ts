import fs from 'node:fs';
import os from 'node:os';
import nodePath from 'node:path';
import { parseArgs } from 'node:util';
import { EXPORT_FORMATS, EXPORT_TABLES, type ExportFormat, type ExportTable, type MergeIssue, type MergePreview, type Rows } from '../shared/api.ts';
import { PlannerError } from '../shared/errors.ts';
import { LANGUAGES } from '../shared/model/enums.ts';
import { buildTemplate, CALENDAR_NAMES, type CalendarName } from '../shared/templates/index.ts';
import { replaceFile } from './store/atomic-write.ts';
import { holderParams, lockHolder } from './store/lock.ts';
import { importFile } from './services/import/cli-import.ts';
import { writeExport } from './services/export/index.ts';
import { merge, previewMerge } from './store/merge.ts';
import { PlanFile } from './store/plan-file.ts';

const USAGE = `Usage:
  cplan new FILE [--template sample|blank] [--lang zh-CN|en] [--calendars cn-2026,shopping,worldcup] [--force]
      --calendars: key dates the plan starts with (China 2026 public holidays and make-up
      workdays, shopping festivals, FIFA World Cup 2026); the sample plan has them all.
  cplan info FILE [--json]
  cplan check FILE
  cplan export FILE --format json
  cplan export FILE --format docx|pdf|xlsx|ics|mspdi|csv|html [--lang zh-CN|en] [--table tasks|content] -o OUT [--force]
      docx/pdf/html: the plan report; xlsx: the workbook; ics: the calendar; mspdi: MS Project XML;
      csv: the tasks (or --table content) as CSV. --lang defaults to the plan's language.
      The PDF is printed by headless Chromium (/usr/bin/chromium, or the path in CPLAN_CHROMIUM).
  cplan merge MINE THEIRS [-o OUT] [--force] [--dry-run] [--json]
      takes the changes THEIRS has and MINE lacks; last writer wins on fields both changed.
      -o OUT: MINE is copied to OUT and OUT receives the merge (MINE is not touched);
      without -o MINE is merged in place (refused while someone else has it open).
      --dry-run: only print what the merge would do.
  cplan import FILE --from mspdi|gan|csv PLAN [--dry-run] [--json]
      adds the tasks, phases, links, people and holidays of an MS Project XML, GanttProject .gan
      or CSV task list to PLAN as one undoable step; --dry-run only prints what it would add.
Add --debug to any command to see a stack trace on error.`;

class UsageError extends Error {}

const writer = () => ({ author: process.env.CPLAN_AUTHOR || os.userInfo().username || 'cplan', site: `cli-${os.hostname()}` });

function withInspected<T>(file: string, fn: (f: PlanFile) => T): T {
  const f = PlanFile.inspect(file, writer());
  try {
    return fn(f);
  } finally {
    f.close();
  }
}

function commandNew(file: string, values: Record<string, unknown>): void {
  const template = (values.template as string | undefined) ?? 'sample';
  const lang = (values.lang as string | undefined) ?? 'en';
  if (template !== 'sample' && template !== 'blank') throw new UsageError(`unknown template “${template}” (sample or blank)`);
  if (!(LANGUAGES as readonly string[]).includes(lang)) throw new UsageError(`unknown language “${lang}” (zh-CN or en)`);
  const calendars = calendarList(values.calendars as string | undefined);
  const f = PlanFile.create(file, writer(), buildTemplate(template, lang as 'en' | 'zh-CN', calendars), values.force === true);
  f.close();
  console.log(`created ${file} (${[template, lang, ...(calendars.length ? [`calendars: ${calendars.join(', ')}`] : [])].join(', ')})`);
}

/** `cn-2026,shopping` → the calendar names, each checked. */
function calendarList(arg: string | undefined): CalendarName[] {
  const names = (arg ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  for (const n of names) {
    if (!(CALENDAR_NAMES as readonly string[]).includes(n)) throw new UsageError(`unknown calendar “${n}” (${CALENDAR_NAMES.join(', ')})`);
  }
  return [...new Set(names)] as CalendarName[];
}

function commandInfo(file: string, json: boolean): void {
  withInspected(file, (f) => {
    const counts = f.counts();
    const info = {
      file,
      name: f.rows().settings[0]?.name ?? null,
      schemaVersion: f.schemaVersion,
      bytes: fs.statSync(file).size,
      revision: f.revision,
      lockHolder: f.lockHolder,
      counts,
    };
    if (json) {
      console.log(JSON.stringify(info, null, 2));
      return;
    }
    console.log(`${info.name} — ${file}`);
    console.log(`schema version ${info.schemaVersion}, ${info.bytes} bytes, revision ${info.revision}`);
    const h = info.lockHolder && holderParams(info.lockHolder);
    console.log(h ? `open by ${h.author} (${h.user} on ${h.host}) since ${h.since}` : 'not open elsewhere');
    for (const [k, n] of Object.entries(counts)) if (n) console.log(`  ${k.padEnd(18)} ${n}`);
  });
}

function commandCheck(file: string): void {
  withInspected(file, (f) => {
    const r = f.handle.pragma('integrity_check', { simple: true }) as string;
    if (r !== 'ok') throw new PlannerError('CORRUPT', { detail: r });
    if (f.readOnly?.code === 'NEWER_SCHEMA') throw new PlannerError('NEWER_SCHEMA', f.readOnly.params);
  });
  console.log('ok');
}

function exportJson(file: string): void {
  withInspected(file, (f) => {
    process.stdout.write(`${JSON.stringify({ schemaVersion: f.schemaVersion, revision: f.revision, rows: f.rows() }, null, 1)}\n`);
  });
}

async function commandExport(file: string, values: Record<string, unknown>): Promise<void> {
  const format = values.format as string | undefined;
  if (!format || !(EXPORT_FORMATS as readonly string[]).includes(format)) throw new UsageError(`export needs --format ${['json', ...EXPORT_FORMATS].join('|')}`);
  const out = values.output as string | undefined;
  if (!out) throw new UsageError(`export --format ${format} needs -o OUT`);
  const lang = values.lang as string | undefined;
  if (lang !== undefined && !(LANGUAGES as readonly string[]).includes(lang)) throw new UsageError(`unknown language “${lang}” (zh-CN or en)`);
  const table = values.table as string | undefined;
  if (table !== undefined && !(EXPORT_TABLES as readonly string[]).includes(table)) throw new UsageError(`unknown table “${table}” (tasks or content)`);
  if (fs.existsSync(out) && values.force !== true) throw new PlannerError('FILE_EXISTS', { path: out });
  // the plan is only read: the rows are taken and the file closed before the export is rendered
  const { rows, planLang } = withInspected(file, (f) => {
    const r = f.rows() as Rows;
    return { rows: r, planLang: r.settings[0]?.language ?? 'en' };
  });
  const done = await writeExport(rows, file, out, { format: format as ExportFormat, lang: (lang ?? planLang) as 'en' | 'zh-CN', ...(table ? { table: table as ExportTable } : {}) });
  console.error(`exported ${format} to ${done.path} (${done.bytes} bytes)`);
}

const show = (v: unknown): string => {
  const s = v === undefined ? '—' : JSON.stringify(v);
  return s.length > 60 ? `${s.slice(0, 59)}…` : s;
};

function printIssues(issues: MergeIssue[]): void {
  for (const i of issues) console.log(`  needs attention: ${i.error.message}`);
}

interface MergeSummary {
  incoming: number;
  applied: number;
  created: number;
  deleted: number;
  conflicts: MergePreview['views'][number]['conflicts'];
  sources: MergePreview['sources'];
  issues: MergeIssue[];
}

/** The summary of a merge: what came in, the conflicts (mine → theirs, winner), clocks, rows to fix. */
function printMerge(s: MergeSummary, theirs: string, target: string, done: boolean): void {
  if (!s.incoming) {
    console.log(`nothing to merge: ${target} already has every change of ${theirs}`);
    return;
  }
  const n = (k: number, one: string, many = `${one}s`) => `${k} ${k === 1 ? one : many}`;
  console.log(`${done ? 'merged' : 'would merge'} ${theirs} into ${target}: ${n(s.applied, 'change')} applied, ${n(s.conflicts.length, 'conflict')}`
    + ` (${n(s.incoming, 'incoming log entry', 'incoming log entries')}; ${s.created} rows created, ${s.deleted} deleted)`);
  for (const c of s.conflicts) {
    if (c.deletedBy) console.log(`  conflict ${c.entity}/${c.id}: deleted ${c.deletedBy === 'mine' ? 'here' : 'there'}, edited ${c.deletedBy === 'mine' ? 'there' : 'here'}; ${c.winner === c.deletedBy ? 'stays deleted' : 'restored with the edit'}`);
    else console.log(`  conflict ${c.entity}/${c.id}/${c.field}: ${show(c.mine.value)} → ${show(c.theirs.value)}, winner: ${c.winner} (${c.winner === 'mine' ? c.mine.author : c.theirs.author})`);
  }
  for (const src of s.sources) {
    const ahead = src.aheadMs > 60_000 ? `, clock ${(src.aheadMs / 3_600_000).toFixed(1)} h ahead` : '';
    console.log(`  from ${src.author} (${src.site}): ${n(src.changes, 'entry', 'entries')}${ahead}${src.suspicious ? ' — SUSPICIOUS clock (more than a year ahead); merged anyway' : ''}`);
  }
  printIssues(s.issues);
}

function commandMerge(mineFile: string, theirsFile: string, values: Record<string, unknown>): void {
  const out = values.output as string | undefined;
  const json = values.json === true;
  const report = (s: MergeSummary & object, target: string, done: boolean) => {
    if (json) console.log(JSON.stringify({ target, theirs: theirsFile, merged: done, ...s }, null, 1));
    else printMerge(s, theirsFile, target, done);
  };
  const run = (f: PlanFile, target: string) => {
    if (f.readOnly) throw new PlannerError(f.readOnly.code, f.readOnly.params);
    report(merge(f, theirsFile), target, true);
  };
  if (values['dry-run'] === true) {
    withInspected(mineFile, (f) => {
      const p = previewMerge(f, theirsFile);
      report({ ...p, conflicts: p.views.flatMap((v) => v.conflicts) }, mineFile, false);
    });
    return;
  }
  if (out) {
    const target = nodePath.resolve(out);
    if (target === nodePath.resolve(mineFile)) throw new UsageError('-o must name another file than MINE (leave it out to merge in place)');
    if (fs.existsSync(target) && values.force !== true) throw new PlannerError('FILE_EXISTS', { path: out });
    // told before merging; replaceFile holds to it at the rename
    const holder = lockHolder(target);
    if (holder) throw new PlannerError('TARGET_OPEN', { path: out, ...holderParams(holder) });
    // MINE is only read; its copy is merged under a temporary name and renamed over OUT once the merge succeeded
    const tmp = nodePath.join(nodePath.dirname(target), `.${nodePath.basename(target)}.${process.pid}.merging`);
    try {
      withInspected(mineFile, (f) => f.writeCopy(tmp));
      const f = PlanFile.open(tmp, writer());
      try {
        run(f, out);
      } finally {
        f.close();
      }
      replaceFile(tmp, target, writer().author);
    } finally {
      fs.rmSync(tmp, { force: true });
      fs.rmSync(`${tmp}-journal`, { force: true });
    }
    return;
  }
  const f = PlanFile.open(mineFile, writer());
  try {
    run(f, mineFile);
  } finally {
    f.close();
  }
}

/** The exit code; a Promise of it for the exports that render asynchronously (docx, xlsx, pdf, …). */
export function main(argv: string[]): number | Promise<number> {
  const debug = argv.includes('--debug');
  try {
    const { positionals, values } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        template: { type: 'string' },
        lang: { type: 'string' },
        calendars: { type: 'string' },
        force: { type: 'boolean' },
        json: { type: 'boolean' },
        format: { type: 'string' },
        table: { type: 'string' },
        debug: { type: 'boolean' },
        output: { type: 'string', short: 'o' },
        'dry-run': { type: 'boolean' },
        from: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
    const [cmd, file, ...rest] = positionals;
    if (values.help || !cmd) {
      console.log(USAGE);
      return values.help ? 0 : 2;
    }
    if (!file) throw new UsageError(`${cmd} needs a FILE`);
    if (cmd === 'merge') {
      if (rest.length !== 1) throw new UsageError('merge needs MINE and THEIRS');
      commandMerge(file, rest[0]!, values);
      return 0;
    }
    if (cmd === 'import') {
      if (rest.length !== 1) throw new UsageError('import needs FILE and PLAN');
      const from = values.from as string | undefined;
      if (from !== 'mspdi' && from !== 'gan' && from !== 'csv') throw new UsageError('import needs --from mspdi, gan or csv');
      importFile(file, from, rest[0]!, { dryRun: values['dry-run'] === true, json: values.json === true, writer: writer() });
      return 0;
    }
    if (rest.length) throw new UsageError(`unexpected ${rest.join(' ')}`);
    if (cmd === 'new') commandNew(file, values);
    else if (cmd === 'info') commandInfo(file, values.json === true);
    else if (cmd === 'check') commandCheck(file);
    else if (cmd === 'export') {
      if (values.format === 'json') exportJson(file);
      else return commandExport(file, values).then(() => 0, (e: unknown) => failed(e, debug));
    }
    else throw new UsageError(`unknown command “${cmd}”`);
    return 0;
  } catch (e) {
    return failed(e, debug);
  }
}

function failed(e: unknown, debug: boolean): number {
  if (debug) console.error(e);
  if (e instanceof PlannerError) {
    console.error(`cplan: ${e.code}: ${e.message}`);
    return 1;
  }
  if (e instanceof UsageError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
    console.error(`cplan: ${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  console.error(`cplan: INTERNAL: ${(e as Error).message}`);
  return 1;
}

// Run when executed directly (the bundle dist/cli.cjs, or this file under Node's type stripping).
const entry = process.argv[1] ?? '';
if (/cli\.(c?js|ts)$/.test(entry)) void Promise.resolve(main(process.argv.slice(2))).then((code) => (process.exitCode = code));
