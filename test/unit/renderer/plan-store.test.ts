import { describe, expect, it } from 'vitest';
import type { ApplyResult, PlannerApi, Result, Snapshot } from '../../../shared/api.ts';
import type { Change } from '../../../shared/model/change.ts';
import { createPlanStore } from '../../../renderer/app/store/index.ts';
import { selectPlanName } from '../../../renderer/app/store/selectors.ts';
import { FAKE_INFO } from '../web-host/fake-api.ts';

const SNAPSHOT: Snapshot = {
  info: { ...FAKE_INFO, name: 'Launch' },
  rows: { settings: [{ id: 'plan', sort_order: 0, deleted: false, clock: 'c0', name: 'Launch' }] } as unknown as Snapshot['rows'],
};

/** A backend whose applyChanges answers are decided by the test, one promise at a time. */
function scriptedApi() {
  const pending: { changes: Change[]; resolve: (r: Result<ApplyResult>) => void }[] = [];
  let snapshots = 0;
  const api = {
    snapshot: async () => {
      snapshots++;
      return { ok: true, value: SNAPSHOT };
    },
    planInfo: async () => ({ ok: true, value: SNAPSHOT.info }),
    applyChanges: (changes: Change[]) => new Promise<Result<ApplyResult>>((resolve) => pending.push({ changes, resolve })),
    undo: async () => ({ ok: true, value: { revision: 3, canUndo: false, canRedo: true, changes: [] } }),
    redo: async () => ({ ok: false, error: { code: 'NOTHING_TO_REDO', message: 'Nothing to redo.', params: {} } }),
  } as unknown as PlannerApi;
  return { api, pending, snapshots: () => snapshots };
}

const rename = (value: string): Change[] => [{ entity: 'settings', id: 'plan', field: 'name', value }];

describe('plan store', () => {
  it('loads the snapshot', async () => {
    const { api } = scriptedApi();
    const store = createPlanStore(api);
    expect(store.getState().status).toBe('loading');
    await store.getState().load();
    expect(store.getState().status).toBe('ready');
    expect(selectPlanName(store.getState())).toBe('Launch');
  });

  it('shows a change at once, saves it, and takes the revision the backend gives', async () => {
    const { api, pending } = scriptedApi();
    const store = createPlanStore(api);
    await store.getState().load();
    const done = store.getState().apply(rename('Summer'), 'Rename');
    expect(selectPlanName(store.getState())).toBe('Summer');
    expect(store.getState().save).toBe('unsaved');
    pending[0]!.resolve({
      ok: true,
      value: { revision: 7, canUndo: true, canRedo: false, changes: [{ ...rename('Summer')[0]!, clock: 'c1', site: 's', author: 'a', old: 'Launch' }] },
    });
    expect(await done).toBe(true);
    const s = store.getState();
    expect(s.save).toBe('saved');
    expect(s.info).toMatchObject({ revision: 7, canUndo: true, name: 'Summer' });
    expect(s.byId.settings.plan?.clock).toBe('c1');
  });

  it('rolls a refused change back and shows the error', async () => {
    const { api, pending } = scriptedApi();
    const store = createPlanStore(api);
    await store.getState().load();
    const done = store.getState().apply(rename('Bad'));
    expect(selectPlanName(store.getState())).toBe('Bad');
    const error = { code: 'INVALID_VALUE' as const, message: 'x', params: { entity: 'settings', id: 'plan', field: 'name', detail: 'too long' } };
    pending[0]!.resolve({ ok: false, error });
    expect(await done).toBe(false);
    const s = store.getState();
    expect(selectPlanName(s)).toBe('Launch');
    expect(s.save).toBe('error');
    expect(s.toasts).toEqual([expect.objectContaining({ kind: 'error', error })]);
  });

  it('refuses edits while the plan is read-only', async () => {
    const { api, pending } = scriptedApi();
    const store = createPlanStore(api);
    await store.getState().load();
    const readOnly = { code: 'LOCKED' as const, message: 'locked', params: { user: 'Li', host: 'pc', since: 'today' } };
    store.setState({ info: { ...store.getState().info!, readOnly } });
    expect(await store.getState().apply(rename('Nope'))).toBe(false);
    expect(pending).toHaveLength(0);
    expect(selectPlanName(store.getState())).toBe('Launch');
    expect(store.getState().toasts[0]).toMatchObject({ kind: 'error', error: readOnly });
  });

  it('applies an undo without reading the plan again, and shows why a redo failed', async () => {
    const { api, snapshots } = scriptedApi();
    const store = createPlanStore(api);
    await store.getState().load();
    expect(await store.getState().undo()).toBe(true);
    expect(snapshots()).toBe(1);
    expect(store.getState().info).toMatchObject({ revision: 3, canUndo: false, canRedo: true });
    expect(await store.getState().redo()).toBe(false);
    expect(store.getState().toasts.at(-1)).toMatchObject({ kind: 'error', error: { code: 'NOTHING_TO_REDO' } });
  });

  it('says unsaved while a draft is held or a write is on its way, and a flush commits every draft', async () => {
    const { api, pending } = scriptedApi();
    const store = createPlanStore(api);
    await store.getState().load();
    const key = Symbol('field');
    store.getState().holdDraft(key, () => {
      store.getState().releaseDraft(key);
      void store.getState().apply(rename('Typed'), 'Rename');
    });
    expect(store.getState().save).toBe('unsaved');
    let flushed = false;
    const done = store.getState().flushDrafts().then(() => (flushed = true));
    expect(pending.map((p) => p.changes)).toEqual([rename('Typed')]);
    expect(store.getState().save).toBe('unsaved');
    await Promise.resolve();
    expect(flushed).toBe(false);
    pending[0]!.resolve({ ok: true, value: { revision: 2, canUndo: true, canRedo: false, changes: [] } });
    await done;
    expect(store.getState().save).toBe('saved');
  });

  it('a staged row is written with its first edit, in one step; closed untouched it goes away unwritten', async () => {
    const { api, pending } = scriptedApi();
    const store = createPlanStore(api);
    await store.getState().load();
    const create: Change[] = [
      { entity: 'person', id: 'p1', field: 'name', value: 'New person' },
      { entity: 'person', id: 'p1', field: 'sort_order', value: 5 },
    ];
    store.getState().stage(create, 'Add person');
    expect(store.getState().byId.person.p1?.name).toBe('New person');
    expect(pending).toHaveLength(0);
    void store.getState().apply([{ entity: 'person', id: 'p1', field: 'role', value: 'Writer' }], 'Edit role');
    expect(pending.map((p) => p.changes)).toEqual([[...create, { entity: 'person', id: 'p1', field: 'role', value: 'Writer' }]]);
    store.getState().unstage('person', 'p1');
    expect(store.getState().byId.person.p1?.role).toBe('Writer');

    store.getState().stage([{ entity: 'person', id: 'p2', field: 'name', value: 'New person' }], 'Add person');
    store.getState().unstage('person', 'p2');
    expect(store.getState().byId.person.p2).toBeUndefined();
    expect(store.getState().ids.person).toEqual(['p1']);
    expect(pending).toHaveLength(1);
  });
});
