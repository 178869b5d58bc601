import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PLAN_EXTENSION = '.cplan';

export function isPlanPath(arg: string): boolean {
  return arg.toLowerCase().endsWith(PLAN_EXTENSION);
}

/** A plan named on a command line or by the OS (a path, or a file:// URL from a desktop launcher), made absolute. */
export function planPathFromArg(arg: string, cwd: string): string | null {
  let path = arg;
  if (/^file:\/\//i.test(arg)) {
    try {
      path = fileURLToPath(arg);
    } catch {
      return null;
    }
  }
  if (!isPlanPath(path)) return null;
  return isAbsolute(path) ? path : resolve(cwd, path);
}

/**
 * The plans named on a command line (process.argv, or the argv a second instance passes on), in order,
 * without repeats. argv[0] is the executable; switches (`--inspect`, `--no-sandbox`, …) and everything
 * that is not a .cplan (the app folder `.` in development) are skipped.
 */
export function plansInArgv(argv: readonly string[], cwd: string): string[] {
  const found: string[] = [];
  for (const arg of argv.slice(1)) {
    if (arg.startsWith('-')) continue;
    const path = planPathFromArg(arg, cwd);
    if (path && !found.includes(path)) found.push(path);
  }
  return found;
}

/** Whether two paths name the same plan (macOS and Windows file names are case-insensitive by default). */
export function samePlanPath(a: string, b: string, platform: string): boolean {
  const norm = (p: string) => (platform === 'win32' || platform === 'darwin' ? resolve(p).toLowerCase() : resolve(p));
  return norm(a) === norm(b);
}

/** What the first instance is told when a second one starts: the plans it was given, already resolved. */
export interface SecondInstanceData {
  plans: string[];
}

/**
 * The plans a second instance asked for: taken from the data it passed to requestSingleInstanceLock
 * (exact, whatever Chromium does to argv), else from its argv and working directory.
 */
export function plansFromSecondInstance(argv: readonly string[], workingDirectory: string, data: unknown): string[] {
  const plans = (data as Partial<SecondInstanceData> | null | undefined)?.plans;
  if (Array.isArray(plans) && plans.every((p) => typeof p === 'string')) {
    return plans.flatMap((p) => planPathFromArg(p, workingDirectory) ?? []);
  }
  return plansInArgv(argv, workingDirectory);
}
