// The plan store takes undo and redo as the backend's inverse changes (no second read of the plan):
// after each step the store must hold exactly what a fresh read of the file gives.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PlannerApi } from '../../../shared/api.ts';
import { PlanService } from '../../../electron/services/plan-service.ts';
import { normalise } from '../../../renderer/app/store/entities.ts';
import { createPlanStore, type PlanStore } from '../../../renderer/app/store/index.ts';
import { tempDir } from '../store/helpers.ts';

/** The sample plan on a real file, served by a real PlanService, with a store that counts snapshot reads. */
async function setUp() {
  const service = new PlanService({ author: 'Tester', siteId: 'site-t' });
  const made = await service.newPlan({ path: path.join(tempDir(), 'plan.cplan'), template: 'sample', lang: 'en' });
  if (!made.ok) throw new Error(made.error.message);
  let snapshots = 0;
  const api = new Proxy(service, {
    get(target, key) {
      if (key === 'snapshot') snapshots++;
      return Reflect.get(target, key) as unknown;
    },
  }) as unknown as PlannerApi;
  const store = createPlanStore(api);
  await store.getState().load();
  return { service, store, snapshots: () => snapshots };
}

/** The rows as the file holds them now, normalised the way the store holds them. */
async function fileRows(service: PlanService) {
  const snap = await service.snapshot();
  if (!snap.ok) throw new Error(snap.error.message);
  return { entities: normalise(snap.value.rows), info: snap.value.info };
}

async function expectSameAsFile(store: PlanStore, service: PlanService) {
  const { entities, info } = await fileRows(service);
  const s = store.getState();
  expect(s.ids).toEqual(entities.ids);
  expect(s.byId).toEqual(entities.byId);
  expect(s.info).toMatchObject({ revision: info.revision, canUndo: info.canUndo, canRedo: info.canRedo, name: info.name });
}

describe('undo and redo in the plan store', () => {
  it('an undone delete brings the rows back with every field, in their place; redo takes them away again', async () => {
    const { service, store, snapshots } = await setUp();
    const before = store.getState();
    const taskId = before.ids.task[1]!;
    const task = before.byId.task[taskId]!;
    const links = Object.values(before.byId.task_link).filter((l) => l.predecessor_id === taskId || l.successor_id === taskId);
    expect(await store.getState().apply([{ entity: 'task', id: taskId, field: 'deleted', value: true }, ...links.map((l) => ({ entity: 'task_link' as const, id: l.id, field: 'deleted', value: true }))])).toBe(true);
    expect(store.getState().byId.task[taskId]).toBeUndefined();

    expect(await store.getState().undo()).toBe(true);
    const back = store.getState().byId.task[taskId]!;
    expect({ ...back, clock: undefined }).toEqual({ ...task, clock: undefined });
    expect(store.getState().ids.task).toEqual(before.ids.task);
    for (const l of links) expect(store.getState().byId.task_link[l.id]).toMatchObject({ predecessor_id: l.predecessor_id, successor_id: l.successor_id });
    await expectSameAsFile(store, service);

    expect(await store.getState().redo()).toBe(true);
    expect(store.getState().byId.task[taskId]).toBeUndefined();
    await expectSameAsFile(store, service);
    expect(snapshots()).toBe(1);
    service.dispose();
  });

  it('undoes and redoes edits, moves and new rows to what the file holds', async () => {
    const { service, store, snapshots } = await setUp();
    const s = store.getState();
    const [first, second, third] = s.ids.risk;
    const risk = s.byId.risk[first!]!;
    // an edit of two fields, a move to the end of the list, a new row
    await store.getState().apply([{ entity: 'risk', id: first!, field: 'title', value: 'Changed' }, { entity: 'risk', id: first!, field: 'likelihood', value: 5 }]);
    const last = s.byId.risk[s.ids.risk.at(-1)!]!;
    await store.getState().apply([{ entity: 'risk', id: second!, field: 'sort_order', value: last.sort_order + 1 }]);
    await store.getState().apply([{ entity: 'risk', id: 'r-new', field: 'title', value: 'Fresh risk' }]);
    await store.getState().apply([{ entity: 'settings', id: 'plan', field: 'name', value: 'Renamed' }]);
    await expectSameAsFile(store, service);

    for (let i = 0; i < 4; i++) {
      expect(await store.getState().undo()).toBe(true);
      await expectSameAsFile(store, service);
    }
    expect(store.getState().byId.risk[first!]).toMatchObject({ title: risk.title, likelihood: risk.likelihood });
    expect(store.getState().ids.risk.slice(0, 3)).toEqual([first, second, third]);
    expect(store.getState().byId.risk['r-new']).toBeUndefined();
    expect(store.getState().info?.canUndo).toBe(false);

    for (let i = 0; i < 4; i++) {
      expect(await store.getState().redo()).toBe(true);
      await expectSameAsFile(store, service);
    }
    expect(store.getState().byId.risk['r-new']).toMatchObject({ title: 'Fresh risk' });
    expect(store.getState().info?.name).toBe('Renamed');
    expect(snapshots()).toBe(1);
    service.dispose();
  });

  it('a row only staged on screen goes away on undo, as when the plan was read again', async () => {
    const { service, store } = await setUp();
    await store.getState().apply([{ entity: 'settings', id: 'plan', field: 'name', value: 'Renamed' }]);
    store.getState().stage([{ entity: 'risk', id: 'r-staged', field: 'title', value: '' }]);
    expect(store.getState().byId.risk['r-staged']).toBeDefined();
    expect(await store.getState().undo()).toBe(true);
    expect(store.getState().byId.risk['r-staged']).toBeUndefined();
    await expectSameAsFile(store, service);
    service.dispose();
  });
});
