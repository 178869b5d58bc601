/** The backend as the plan store reaches it (the one PlannerApi of this window), and what sharing asks of it. */
import type { PlannerApi } from '../../../shared/api.ts';
import type { ApiError } from '../../../shared/errors.ts';
import { connect } from '../../app/transport.ts';
import { siblingPath } from './describe.ts';

export function useApi(): PlannerApi {
  const api = connect();
  if (!api) throw new Error('no backend');
  return api;
}

/**
 * Whether a file exists at `path`. PlannerApi has no "stat": previewMerge reads a file without writing
 * anything, and answers FILE_NOT_FOUND exactly when there is nothing there.
 */
export async function fileExists(api: PlannerApi, path: string): Promise<boolean> {
  return (await targetStatus(api, path)) !== 'free';
}

/**
 * What is at a path a copy is about to be written to: nothing, a file (ask before replacing it), or a
 * folder, which no answer makes writable (its error, to show at once instead of offering to replace it).
 */
export async function targetStatus(api: PlannerApi, path: string): Promise<'free' | 'file' | ApiError> {
  const probe = await api.previewMerge({ path });
  if (probe.ok) return 'file';
  if (probe.error.code === 'FILE_NOT_FOUND') return 'free';
  return probe.error.code === 'IS_A_FOLDER' ? probe.error : 'file';
}

/** The first free `<name> (copy).cplan`, `<name> (copy 2).cplan` … beside a plan. */
export async function freeSiblingPath(api: PlannerApi, planPath: string, suffix: string): Promise<string> {
  for (let n = 1; n < 100; n++) {
    const candidate = siblingPath(planPath, suffix, n);
    if (!(await fileExists(api, candidate))) return candidate;
  }
  return siblingPath(planPath, `${suffix} ${Date.now()}`);
}
