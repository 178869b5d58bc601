import { API_METHODS, type ApiMethod, type PlanInfo, type PlannerApi, type Result } from '../../../shared/api.ts';

export const FAKE_INFO: PlanInfo = {
  path: '/tmp/fake.cplan',
  fileName: 'fake.cplan',
  name: 'Fake plan',
  schemaVersion: 1,
  readOnly: null,
  lockHolder: null,
  revision: 0,
  canUndo: false,
  canRedo: false,
  author: 'tester',
  siteId: 'site1',
};

const ANSWERS: Partial<Record<ApiMethod, unknown>> = {
  planInfo: FAKE_INFO,
  snapshot: { info: FAKE_INFO, rows: {} },
  applyChanges: { revision: 1, canUndo: true, canRedo: false, changes: [] },
  undo: { revision: 2, canUndo: false, canRedo: true, changes: [] },
  redo: { revision: 3, canUndo: true, canRedo: false, changes: [] },
  history: [],
};

/** A PlannerApi that records its calls and answers each with `{ok:true}` (a canned value, else null). */
export function fakeApi(): PlannerApi & { calls: { method: ApiMethod; args: unknown[] }[] } {
  const calls: { method: ApiMethod; args: unknown[] }[] = [];
  const methods = Object.fromEntries(
    API_METHODS.map((method) => [
      method,
      async (...args: unknown[]): Promise<Result<unknown>> => {
        calls.push({ method, args });
        return { ok: true, value: ANSWERS[method] ?? null };
      },
    ]),
  );
  return { ...methods, calls } as unknown as PlannerApi & { calls: { method: ApiMethod; args: unknown[] }[] };
}
