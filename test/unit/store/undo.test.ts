import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PlanFile } from '../../../electron/store/plan-file.ts';
import { oneEditOfEach, oneOfEach } from '../../fixtures/rows.ts';
import { tempDir, writer } from './helpers.ts';

describe('undo and redo', () => {
  it('takes back one call as one step, across kinds, and redoes it', () => {
    const f = PlanFile.create(path.join(tempDir(), 'p.cplan'), writer());
    const { changes, ids } = oneOfEach();
    f.apply(changes);
    const afterCreate = JSON.stringify(f.rows());
    f.apply(oneEditOfEach(ids));
    const afterEdit = JSON.stringify(f.rows());
    expect(afterEdit).not.toBe(afterCreate);

    f.undo();
    expect(JSON.stringify(stripClocks(f.rows()))).toBe(JSON.stringify(stripClocks(JSON.parse(afterCreate))));
    f.undo();
    expect(f.rows().task).toHaveLength(0);
    expect(f.canUndo).toBe(false);
    expect(() => f.undo()).toThrow(expect.objectContaining({ code: 'NOTHING_TO_UNDO' }));

    f.redo();
    expect(f.rows().task).toHaveLength(2);
    f.redo();
    expect(JSON.stringify(stripClocks(f.rows()))).toBe(JSON.stringify(stripClocks(JSON.parse(afterEdit))));
    expect(() => f.redo()).toThrow(expect.objectContaining({ code: 'NOTHING_TO_REDO' }));
    f.close();
  });

  it('logs undo and redo as changes of their own, and a new edit clears redo', () => {
    const f = PlanFile.create(path.join(tempDir(), 'p.cplan'), writer());
    f.apply([{ entity: 'settings', id: 'plan', field: 'name', value: 'A' }]);
    f.apply([{ entity: 'settings', id: 'plan', field: 'name', value: 'B' }]);
    f.undo();
    expect(f.history(1)[0]!.changes[0]).toMatchObject({ field: 'name', value: 'A', old: 'B' });
    expect(f.canRedo).toBe(true);
    f.apply([{ entity: 'settings', id: 'plan', field: 'name', value: 'C' }]);
    expect(f.canRedo).toBe(false);
    f.close();
  });
});

function stripClocks<T>(rows: T): T {
  return JSON.parse(JSON.stringify(rows, (k, v) => (k === 'clock' ? undefined : v))) as T;
}
