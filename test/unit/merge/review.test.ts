import { describe, expect, it } from 'vitest';
import { merge, previewMerge } from '../../../electron/store/merge.ts';
import type { MergeConflict, MergePreview } from '../../../shared/api.ts';
import { renumberChanges } from '../../../shared/logic/codes.ts';
import { allRows, copies, FakeTime, logKeys } from './helpers.ts';

const conflictsOf = (p: MergePreview): MergeConflict[] => p.views.flatMap((v) => v.conflicts);
const listedRows = (p: MergePreview) => p.views.flatMap((v) => v.rows);

/** Ana deletes task-1 while Bo edits its notes; Bo deletes task-2 while Ana edits its name. */
function deletedAndEdited() {
  const time = new FakeTime();
  const { files: [ana, bo], paths: [anaPath, boPath] } = copies(['Ana', 'Bo'], time);
  time.advance();
  ana!.apply([{ entity: 'task', id: 'task-1', field: 'deleted', value: true }]);
  ana!.apply([{ entity: 'task', id: 'task-2', field: 'name', value: 'Ana’s second task' }]);
  time.advance();
  bo!.apply([{ entity: 'task', id: 'task-1', field: 'notes', value: 'Bo’s notes' }]);
  bo!.apply([{ entity: 'task', id: 'task-2', field: 'deleted', value: true }]);
  time.advance();
  return { time, ana: ana!, bo: bo!, anaPath: anaPath!, boPath: boPath! };
}

describe('deleted on one side, edited on the other', () => {
  it('is listed as a conflict, both ways round, with the edits it would bring back', () => {
    const { ana, boPath } = deletedAndEdited();
    const p = previewMerge(ana, boPath);
    const cs = conflictsOf(p);
    expect(p.conflicts).toBe(2);
    const mineDeleted = cs.find((c) => c.id === 'task-1')!;
    expect(mineDeleted).toMatchObject({ field: 'deleted', deletedBy: 'mine', winner: 'mine', mine: { value: true, author: 'Ana' }, theirs: { value: false, author: 'Bo' } });
    expect(mineDeleted.edits).toEqual([expect.objectContaining({ field: 'notes', value: 'Bo’s notes' })]);
    const theirsDeleted = cs.find((c) => c.id === 'task-2')!;
    expect(theirsDeleted).toMatchObject({ field: 'deleted', deletedBy: 'theirs', winner: 'theirs', mine: { value: false, author: 'Ana' }, theirs: { value: true, author: 'Bo' } });
    expect(theirsDeleted.edits).toEqual([expect.objectContaining({ field: 'name', value: 'Ana’s second task' })]);
    // the rows are settled in the conflicts, not listed again as plain changes
    expect(listedRows(p).filter((r) => r.id === 'task-1' || r.id === 'task-2')).toEqual([]);
  });

  it('keeps the rows deleted by default, as before', () => {
    const { ana, boPath } = deletedAndEdited();
    merge(ana, boPath);
    expect(ana.row('task', 'task-1')).toMatchObject({ deleted: true, notes: 'Bo’s notes' });
    expect(ana.row('task', 'task-2')).toMatchObject({ deleted: true, name: 'Ana’s second task' });
  });

  it('“restore with the edit” brings either row back, in one undo step, and the decision merges onward', () => {
    const { time, ana, bo, anaPath, boPath } = deletedAndEdited();
    const r = merge(ana, boPath, [
      { entity: 'task', id: 'task-1', field: 'deleted', keep: 'theirs' },
      { entity: 'task', id: 'task-2', field: 'deleted', keep: 'mine' },
    ]);
    expect(r.overridden).toBe(2);
    expect(ana.row('task', 'task-1')).toMatchObject({ deleted: false, notes: 'Bo’s notes' });
    expect(ana.row('task', 'task-2')).toMatchObject({ deleted: false, name: 'Ana’s second task' });
    ana.undo();
    expect(ana.row('task', 'task-1')).toMatchObject({ deleted: true });
    expect(ana.row('task', 'task-2')).toMatchObject({ deleted: false, name: 'Ana’s second task' });
    ana.redo();
    time.advance();
    merge(bo, anaPath);
    expect(bo.row('task', 'task-1')).toMatchObject({ deleted: false, notes: 'Bo’s notes' });
    expect(bo.row('task', 'task-2')).toMatchObject({ deleted: false, name: 'Ana’s second task' });
    expect(allRows(bo)).toBe(allRows(ana));
    expect(logKeys(bo)).toEqual(logKeys(ana));
  });

  it('deleted on both sides, or edited after a restore, is no conflict', () => {
    const time = new FakeTime();
    const { files: [ana, bo], paths: [, boPath] } = copies(['Ana', 'Bo'], time);
    ana!.apply([{ entity: 'task', id: 'task-1', field: 'deleted', value: true }]);
    bo!.apply([{ entity: 'task', id: 'task-1', field: 'deleted', value: true }]);
    bo!.apply([{ entity: 'task', id: 'task-2', field: 'notes', value: 'just an edit' }]);
    expect(conflictsOf(previewMerge(ana!, boPath!))).toEqual([]);
  });
});

describe('a human code both copies gave out', () => {
  function twoNewRisks() {
    const time = new FakeTime();
    const { files: [ana, bo], paths: [, boPath] } = copies(['Ana', 'Bo'], time);
    const risk = (id: string, title: string) => ['code', 'title'].map((field) => ({ entity: 'risk' as const, id, field, value: field === 'code' ? 'R-16' : title }));
    ana!.apply([{ entity: 'risk', id: 'risk-1', field: 'code', value: 'R-15' }]);
    ana!.apply(risk('risk-ana', 'Ana’s risk'));
    time.advance();
    bo!.apply(risk('risk-bo', 'Bo’s risk'));
    time.advance();
    return { ana: ana!, boPath: boPath! };
  }

  it('is warned about in the review, naming both rows, this copy’s first', () => {
    const { ana, boPath } = twoNewRisks();
    const p = previewMerge(ana, boPath);
    expect(p.duplicates).toEqual([{ entity: 'risk', field: 'code', code: 'R-16', ids: ['risk-ana', 'risk-bo'], labels: ['Ana’s risk', 'Bo’s risk'] }]);
  });

  it('renumbering gives the incoming row the next free code of the same pattern, as one batch of changes', () => {
    const { ana, boPath } = twoNewRisks();
    const p = previewMerge(ana, boPath);
    merge(ana, boPath);
    const rows = ana.rows().risk;
    const changes = renumberChanges(p.duplicates, { risk: rows });
    expect(changes).toEqual([{ entity: 'risk', id: 'risk-bo', field: 'code', value: 'R-17' }]);
    ana.apply(changes, { label: 'renumber' });
    expect(ana.row('risk', 'risk-bo')!.code).toBe('R-17');
    expect(ana.row('risk', 'risk-ana')!.code).toBe('R-16');
    ana.undo();
    expect(ana.row('risk', 'risk-bo')!.code).toBe('R-16');
  });

  it('keeps the width of the number and skips codes in use', () => {
    const rows = [{ id: 'a', code: 'R-09', deleted: false }, { id: 'b', code: 'R-09', deleted: false }, { id: 'c', code: 'R-10', deleted: false }, { id: 'd', code: 'R-09', deleted: false }];
    const dup = [{ entity: 'risk' as const, field: 'code', code: 'R-09', ids: ['a', 'b', 'd'], labels: [] }];
    expect(renumberChanges(dup, { risk: rows }).map((c) => c.value)).toEqual(['R-11', 'R-12']);
  });
});

describe('history names the rows it mentions', () => {
  it('a deleted row and a link by their names, never their ids', async () => {
    const { withLabels } = await import('../../../electron/store/history-labels.ts');
    const time = new FakeTime();
    const { files: [ana] } = copies(['Ana'], time);
    const name = ana!.row('task', 'task-1')!.name as string;
    ana!.apply([{ entity: 'task', id: 'task-1', field: 'deleted', value: true }]);
    ana!.apply([{ entity: 'task_link', id: 'task_link-1', field: 'type', value: 'SS' }]);
    const [link, del] = withLabels(ana!, ana!.history(2));
    expect(del!.labels).toEqual({ 'task\u0000task-1': name });
    expect(link!.labels!['task_link\u0000task_link-1']).toMatch(/ → /);
    expect(Object.values(link!.labels!).join()).not.toMatch(/task_link-1|task-\d/);
  });
});
