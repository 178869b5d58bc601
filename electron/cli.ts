import fs from 'node:fs';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { PlannerError } from '../shared/errors.ts';
import { LANGUAGES } from '../shared/model/enums.ts';
import { buildTemplate } from '../shared/templates/index.ts';
import { PlanFile } from './store/plan-file.ts';

const USAGE = `Usage:
  cplan new FILE [--template sample|blank] [--lang zh-CN|en] [--force]
  cplan info FILE [--json]
  cplan check FILE
  cplan export FILE --format json
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
  const f = PlanFile.create(file, writer(), buildTemplate(template, lang as 'en' | 'zh-CN'), values.force === true);
  f.close();
  console.log(`created ${file} (${template}, ${lang})`);
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
    console.log(info.lockHolder ? `open by ${info.lockHolder.user} on ${info.lockHolder.host} since ${info.lockHolder.since}` : 'not open elsewhere');
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

function commandExport(file: string, format: string | undefined): void {
  if (format !== 'json') throw new UsageError('export needs --format json');
  withInspected(file, (f) => {
    process.stdout.write(`${JSON.stringify({ schemaVersion: f.schemaVersion, revision: f.revision, rows: f.rows() }, null, 1)}\n`);
  });
}

export function main(argv: string[]): number {
  const debug = argv.includes('--debug');
  try {
    const { positionals, values } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        template: { type: 'string' },
        lang: { type: 'string' },
        force: { type: 'boolean' },
        json: { type: 'boolean' },
        format: { type: 'string' },
        debug: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
    const [cmd, file, ...rest] = positionals;
    if (values.help || !cmd) {
      console.log(USAGE);
      return values.help ? 0 : 2;
    }
    if (!file) throw new UsageError(`${cmd} needs a FILE`);
    if (rest.length) throw new UsageError(`unexpected ${rest.join(' ')}`);
    if (cmd === 'new') commandNew(file, values);
    else if (cmd === 'info') commandInfo(file, values.json === true);
    else if (cmd === 'check') commandCheck(file);
    else if (cmd === 'export') commandExport(file, values.format);
    else throw new UsageError(`unknown command “${cmd}”`);
    return 0;
  } catch (e) {
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
}

// Run when executed directly (the bundle dist/cli.cjs, or this file under Node's type stripping).
const entry = process.argv[1] ?? '';
if (/cli\.(c?js|ts)$/.test(entry)) process.exitCode = main(process.argv.slice(2));
