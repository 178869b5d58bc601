import { describe, expect, it } from 'vitest';
import type { LoggedChange } from '../../../shared/model/change.ts';
import { applyLocal, foldLogged, normalise, rollback } from '../../../renderer/app/store/entities.ts';

const row = (id: string, sort_order: number, extra: Record<string, unknown> = {}) => ({ id, sort_order, deleted: false, clock: 'c0', ...extra });

function sample() {
  return normalise({
    phase: [row('p1', 1, { name: 'Prep', kind: 'preparation', color: '#000' }), row('p2', 2, { name: 'Run', kind: 'execution', color: '#111' })] as never,
  });
}

describe('plan entities', () => {
  it('normalises rows by id, keeping their order', () => {
    const e = sample();
    expect(e.ids.phase).toEqual(['p1', 'p2']);
    expect(e.byId.phase.p2?.name).toBe('Run');
    expect(e.ids.task).toEqual([]);
  });

  it('sets fields, creates rows with defaults, moves and deletes rows', () => {
    const e = sample();
    const { entities } = applyLocal(e, [
      { entity: 'phase', id: 'p1', field: 'name', value: 'Preparation' },
      { entity: 'phase', id: 'p3', field: 'name', value: 'Review' },
      { entity: 'phase', id: 'p2', field: 'sort_order', value: 0 },
    ]);
    expect(entities.byId.phase.p1?.name).toBe('Preparation');
    expect(entities.byId.phase.p3).toMatchObject({ name: 'Review', kind: 'other', color: '#4f7cac', deleted: false });
    expect(entities.ids.phase).toEqual(['p2', 'p1', 'p3']);
    // the original is untouched, and entities not changed keep their identity
    expect(e.byId.phase.p1?.name).toBe('Prep');
    expect(entities.byId.task).toBe(e.byId.task);

    const gone = applyLocal(entities, [{ entity: 'phase', id: 'p1', field: 'deleted', value: true }]).entities;
    expect(gone.ids.phase).toEqual(['p2', 'p3']);
    expect(gone.byId.phase.p1).toBeUndefined();
  });

  it('rolls back exactly what a refused batch changed, keeping later edits of other rows', () => {
    const e = sample();
    const { entities, undo } = applyLocal(e, [
      { entity: 'phase', id: 'p1', field: 'name', value: 'X' },
      { entity: 'phase', id: 'p9', field: 'name', value: 'New' },
      { entity: 'phase', id: 'p2', field: 'deleted', value: true },
    ]);
    const meanwhile = applyLocal(entities, [{ entity: 'phase', id: 'p3', field: 'name', value: 'Other edit' }]).entities;
    const back = rollback(meanwhile, undo);
    expect(back.byId.phase.p1?.name).toBe('Prep');
    expect(back.byId.phase.p9).toBeUndefined();
    expect(back.byId.phase.p2?.name).toBe('Run');
    expect(back.byId.phase.p3?.name).toBe('Other edit');
    expect(back.ids.phase).toEqual(['p1', 'p2', 'p3']);
  });

  it('folds the changes the backend logged: stored values and clocks', () => {
    const e = sample();
    const logged: LoggedChange[] = [{ entity: 'phase', id: 'p1', field: 'name', value: 'Trimmed', clock: 'c9', site: 's', author: 'a', old: 'Prep' }];
    const next = foldLogged(e, logged);
    expect(next.byId.phase.p1).toMatchObject({ name: 'Trimmed', clock: 'c9' });
  });
});
