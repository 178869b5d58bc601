import { join } from 'node:path';
import type { Language } from '../../shared/model/enums.ts';
import { PLAN_EXTENSION } from './argv.ts';

export type StartupAction = { kind: 'open'; paths: string[] } | { kind: 'sample'; path: string };

const SAMPLE_NAME: Record<Language, string> = { en: 'Sample plan', 'zh-CN': '示例计划' };

/** A file name for a new copy of the sample plan in `dir` that does not exist yet: "Sample plan.cplan", "Sample plan 2.cplan", … */
export function freshSamplePath(dir: string, lang: Language, exists: (path: string) => boolean): string {
  for (let n = 1; ; n++) {
    const path = join(dir, `${SAMPLE_NAME[lang]}${n === 1 ? '' : ` ${n}`}${PLAN_EXTENSION}`);
    if (!exists(path)) return path;
  }
}

/**
 * What to open when the app starts: the plans named on the command line; else the plan used last, if it
 * is still there (every edit is already in the file, so this is where the user left off); else a fresh
 * copy of the sample plan in the user data folder (never overwriting an earlier copy the user edited).
 */
export function startupAction(opts: {
  argvPlans: readonly string[];
  recent: readonly string[];
  plansDir: string;
  lang: Language;
  exists: (path: string) => boolean;
}): StartupAction {
  if (opts.argvPlans.length > 0) return { kind: 'open', paths: [...opts.argvPlans] };
  const last = opts.recent[0];
  if (last && opts.exists(last)) return { kind: 'open', paths: [last] };
  return { kind: 'sample', path: freshSamplePath(opts.plansDir, opts.lang, opts.exists) };
}

/** The name recorded on this user's changes until they set one: the OS account name. */
export function defaultAuthor(userInfo: () => { username: string }): string {
  try {
    const name = userInfo().username.trim();
    return name.length > 0 ? name.slice(0, 100) : 'me';
  } catch {
    return 'me';
  }
}
