/** What sharing asks about paths (through the plan store's `stat`), and the backend for other features' own calls. */
import type { FileStat, PlannerApi, Result } from '../../../shared/api.ts';
import { PlannerError, type ApiError } from '../../../shared/errors.ts';
import { connect } from '../../app/transport.ts';
import { siblingPath } from './describe.ts';

export function useApi(): PlannerApi {
  const api = connect();
  if (!api) throw new Error('no backend');
  return api;
}

/** What is at a path (the plan store's `stat`, or PlannerApi's). */
export type Stat = (path: string) => Promise<Result<FileStat>>;

/** Whether something (a file or a folder) is at `path`; a path that cannot be looked at counts as taken. */
export async function fileExists(stat: Stat, path: string): Promise<boolean> {
  return (await targetStatus(stat, path)) !== 'free';
}

/**
 * What is at a path a copy is about to be written to: nothing, a file (ask before replacing it), or a
 * folder, which no answer makes writable (its error, to show at once instead of offering to replace it).
 */
export async function targetStatus(stat: Stat, path: string): Promise<'free' | 'file' | ApiError> {
  const at = await stat(path);
  if (!at.ok) return 'file';
  if (!at.value.exists) return 'free';
  if (at.value.kind === 'folder') return new PlannerError('IS_A_FOLDER', { path }).toApiError();
  return 'file';
}

/** The first free `<name> (copy).cplan`, `<name> (copy 2).cplan` … beside a plan. */
export async function freeSiblingPath(stat: Stat, planPath: string, suffix: string): Promise<string> {
  for (let n = 1; n < 100; n++) {
    const candidate = siblingPath(planPath, suffix, n);
    if (!(await fileExists(stat, candidate))) return candidate;
  }
  return siblingPath(planPath, `${suffix} ${Date.now()}`);
}
