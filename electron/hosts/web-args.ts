import { parseArgs } from 'node:util';
import { LANGUAGES, type Language } from '../../shared/model/enums.ts';

export interface WebHostArgs {
  port: number;
  lang: Language;
  file: string | null;
  author: string | null;
}

export const WEB_HOST_USAGE = 'Usage: node dist/web-host.cjs [--port N] [--lang zh-CN|en] [--author NAME] [FILE]';

/** Parses `[--port N] [--lang zh-CN|en] [--author NAME] [FILE]`; throws with a usage line on a mistake. */
export function parseWebHostArgs(argv: string[]): WebHostArgs {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      port: { type: 'string' },
      lang: { type: 'string' },
      author: { type: 'string' },
    },
  });
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be a number from 0 to 65535\n${WEB_HOST_USAGE}`);
  const lang = values.lang ?? 'en';
  if (!(LANGUAGES as readonly string[]).includes(lang)) throw new Error(`--lang must be one of ${LANGUAGES.join(', ')}\n${WEB_HOST_USAGE}`);
  if (positionals.length > 1) throw new Error(`only one plan file can be served\n${WEB_HOST_USAGE}`);
  return { port, lang: lang as Language, file: positionals[0] ?? null, author: values.author ?? null };
}
