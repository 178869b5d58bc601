import { describe, expect, it } from 'vitest';
import { merge, previewMerge } from '../../../electron/store/merge.ts';
import { PlanFile } from '../../../electron/store/plan-file.ts';
import { PlanService } from '../../../electron/services/plan-service.ts';
import { allRows, copies, FakeTime, logKeys, newTask, task, track } from './helpers.ts';

/** Ana and Bo edit their copies apart: different fields, the same field, a row made on one side, a row deleted on the other. */
function editedApart() {
  const time = new FakeTime();
  const { files: [ana, bo], paths: [anaPath, boPath] } = copies(['Ana', 'Bo'], time);
  time.advance();
  ana!.apply([{ entity: 'task', id: 'task-1', field: 'name', value: 'Ana’s name' }]);
  ana!.apply([{ entity: 'settings', id: 'plan', field: 'client', value: 'Acme' }]);
  ana!.apply([{ entity: 'tool', id: 'tool-1', field: 'deleted', value: true }]);
  time.advance();
  bo!.apply([{ entity: 'task', id: 'task-1', field: 'name', value: 'Bo’s name' }]); // same field, later: Bo wins by clock
  bo!.apply([{ entity: 'task', id: 'task-1', field: 'notes', value: 'Bo’s notes' }]);
  bo!.apply(newTask('task-bo', 'Made by Bo', { owner_id: 'person-1' }));
  bo!.apply([{ entity: 'tool', id: 'tool-1', field: 'notes', value: 'edited by Bo' }]); // Ana deleted this row
  time.advance();
  return { time, ana: ana!, bo: bo!, anaPath: anaPath!, boPath: boPath! };
}

describe('merging two copies edited apart', () => {
  it('previews every change by view, and the conflict with both values, authors and clocks', () => {
    const { ana, boPath } = editedApart();
    const before = allRows(ana);
    const p = previewMerge(ana, boPath);
    expect(allRows(ana)).toBe(before); // a preview writes nothing
    expect(p.name).toBe('Spring launch');
    expect(p.conflicts).toBe(2); // the name both changed, and the tool Ana deleted while Bo edited it
    expect(p.created).toBe(1);
    const timeline = p.views.find((v) => v.view === 'timeline')!;
    expect(timeline.conflicts).toEqual([
      expect.objectContaining({
        entity: 'task', id: 'task-1', field: 'name', winner: 'theirs',
        mine: expect.objectContaining({ value: 'Ana’s name', author: 'Ana', site: 'site-ana' }),
        theirs: expect.objectContaining({ value: 'Bo’s name', author: 'Bo', site: 'site-bo' }),
      }),
    ]);
    const c = timeline.conflicts[0]!;
    expect(c.theirs.clock > c.mine.clock).toBe(true);
    const t1 = timeline.rows.find((r) => r.id === 'task-1')!;
    expect(t1.action).toBe('update');
    expect(t1.fields.map((f) => f.field)).toEqual(['notes']); // the conflicting name is listed as a conflict only
    expect(t1.fields[0]).toMatchObject({ value: 'Bo’s notes', old: '', author: 'Bo' });
    const made = timeline.rows.find((r) => r.id === 'task-bo')!;
    expect(made).toMatchObject({ action: 'create', label: 'Made by Bo', live: true });
    expect(made.fields.map((f) => f.field)).toContain('owner_id');
    const team = p.views.find((v) => v.view === 'team')!;
    expect(team.rows).toEqual([]);
    expect(team.conflicts).toEqual([expect.objectContaining({ entity: 'tool', id: 'tool-1', field: 'deleted', deletedBy: 'mine', winner: 'mine', edits: [expect.objectContaining({ field: 'notes', value: 'edited by Bo' })] })]);
    expect(p.views.map((v) => v.view)).toEqual(['timeline', 'team']);
    expect(p.sources).toEqual([expect.objectContaining({ author: 'Bo', site: 'site-bo', suspicious: false })]);
    expect(p.suspicious).toBe(false);
    expect(p.issues).toEqual([]);
  });

  it('keeps the edits of both sides, settles the shared field by clock, and creates and deletes rows', () => {
    const { ana, boPath } = editedApart();
    const r = merge(ana, boPath);
    expect(r).toMatchObject({ conflictsResolved: 2, overridden: 0, created: 1, deleted: 0 });
    expect(task(ana, 'task-1')).toMatchObject({ name: 'Bo’s name', notes: 'Bo’s notes' });
    expect(ana.row('settings', 'plan')).toMatchObject({ client: 'Acme', name: 'Spring launch' });
    expect(task(ana, 'task-bo')).toMatchObject({ name: 'Made by Bo', owner_id: 'person-1', deleted: false });
    expect(ana.row('tool', 'tool-1')).toMatchObject({ deleted: true, notes: 'edited by Bo' });
    expect(ana.rows().tool).toHaveLength(0);
    expect(ana.history(1)[0]).toMatchObject({ label: 'merge Spring launch' });
    // history names the author of each merged change, with its own clock
    const merged = ana.history(1)[0]!.changes.find((c) => c.field === 'notes' && c.id === 'task-1')!;
    expect(merged).toMatchObject({ author: 'Bo', site: 'site-bo', value: 'Bo’s notes' });
  });

  it('is idempotent: merging the same copy again finds nothing and writes nothing', () => {
    const { ana, boPath } = editedApart();
    merge(ana, boPath);
    const rev = ana.revision;
    const rows = allRows(ana);
    const again = previewMerge(ana, boPath);
    expect(again).toMatchObject({ incoming: 0, applied: 0, conflicts: 0, views: [] });
    expect(merge(ana, boPath)).toMatchObject({ txn: null, incoming: 0, applied: 0 });
    expect(ana.revision).toBe(rev);
    expect(allRows(ana)).toBe(rows);
  });

  it('is commutative: A←B and B←A hold the same rows, clocks included, and the same log', () => {
    const { ana, bo, anaPath, boPath } = editedApart();
    merge(ana, boPath);
    merge(bo, anaPath);
    expect(allRows(bo)).toBe(allRows(ana));
    expect(logKeys(bo)).toEqual(logKeys(ana));
    expect(previewMerge(ana, boPath).incoming).toBe(0);
    expect(previewMerge(bo, anaPath).incoming).toBe(0);
  });

  it('keep-mine writes a new change that wins this merge and the next one, in both directions', () => {
    const { time, ana, bo, anaPath, boPath } = editedApart();
    const r = merge(ana, boPath, [{ entity: 'task', id: 'task-1', field: 'name', keep: 'mine' }]);
    expect(r).toMatchObject({ overridden: 1, conflictsResolved: 2 });
    expect(r.conflicts.find((c) => c.field === 'name')).toMatchObject({ winner: 'mine' });
    expect(task(ana, 'task-1')).toMatchObject({ name: 'Ana’s name', notes: 'Bo’s notes' });
    time.advance();
    merge(bo, anaPath); // Bo takes Ana's copy: her decision is newer than his edit
    expect(task(bo, 'task-1').name).toBe('Ana’s name');
    expect(previewMerge(ana, boPath).incoming).toBe(0);
    expect(allRows(bo)).toBe(allRows(ana));
  });

  it('keep-theirs takes their older value and makes it win from now on', () => {
    const { time, ana, bo, anaPath, boPath } = editedApart();
    time.advance();
    ana.apply([{ entity: 'task', id: 'task-1', field: 'name', value: 'Ana again' }]); // now Ana's is newer
    expect(previewMerge(ana, boPath).views.find((v) => v.view === 'timeline')!.conflicts[0]).toMatchObject({ winner: 'mine' });
    merge(ana, boPath, [{ entity: 'task', id: 'task-1', field: 'name', keep: 'theirs' }]);
    expect(task(ana, 'task-1').name).toBe('Bo’s name');
    merge(bo, anaPath);
    expect(task(bo, 'task-1').name).toBe('Bo’s name');
    expect(allRows(bo)).toBe(allRows(ana));
  });

  it('a decision on a field nobody disputes is honoured too (rejecting one incoming change)', () => {
    const { ana, boPath } = editedApart();
    merge(ana, boPath, [{ entity: 'task', id: 'task-1', field: 'notes', keep: 'mine' }]);
    expect(task(ana, 'task-1')).toMatchObject({ name: 'Bo’s name', notes: '' });
  });

  it('is one undo step, and redo brings the merge back', () => {
    const { ana, boPath } = editedApart();
    const before = allRows(ana, false);
    merge(ana, boPath);
    expect(ana.canUndo).toBe(true);
    const merged = allRows(ana, false);
    ana.undo();
    expectUndone(ana, before);
    expect(task(ana, 'task-1')).toMatchObject({ name: 'Ana’s name', notes: '' });
    expect(task(ana, 'task-bo').deleted).toBe(true);
    expect(ana.row('tool', 'tool-1')!.notes).toBe('');
    expect(previewMerge(ana, boPath).incoming).toBe(0); // undone, not forgotten
    ana.redo();
    expect(allRows(ana, false)).toBe(merged);
  });

  it('reverting a history entry restores what it replaced, as an undoable edit', async () => {
    const { ana, boPath } = editedApart();
    const r = merge(ana, boPath);
    ana.apply([{ entity: 'risk', id: 'risk-1', field: 'title', value: 'After the merge' }]);
    ana.revert(r.txn!);
    expect(task(ana, 'task-1')).toMatchObject({ name: 'Ana’s name', notes: '' });
    expect(ana.row('risk', 'risk-1')!.title).toBe('After the merge'); // later edits stay
    ana.undo();
    expect(task(ana, 'task-1').name).toBe('Bo’s name');
    expect(() => ana.revert(9999)).toThrow(expect.objectContaining({ code: 'UNKNOWN_TXN' }));
  });

  it('takes rows that point at each other in the same merge, and references to rows the other side deleted', () => {
    const time = new FakeTime();
    const { files: [ana, bo], paths: [anaPath, boPath] } = copies(['Ana', 'Bo'], time);
    time.advance();
    bo!.apply([
      { entity: 'person', id: 'p-new', field: 'name', value: 'New hire' },
      ...newTask('t-new', 'Owned by the new hire', { owner_id: 'p-new' }),
    ]);
    bo!.apply([{ entity: 'task', id: 'task-2', field: 'owner_id', value: 'person-1' }]);
    ana!.apply([{ entity: 'person', id: 'person-1', field: 'deleted', value: true }]);
    time.advance();
    merge(ana!, boPath!);
    expect(task(ana!, 't-new').owner_id).toBe('p-new');
    expect(task(ana!, 'task-2').owner_id).toBe('person-1'); // kept, though Ana deleted that person
    merge(bo!, anaPath!);
    expect(allRows(bo!)).toBe(allRows(ana!));
  });

  it('keeps a row the two sides left breaking a rule, reports it, and lets later edits of it through', () => {
    const time = new FakeTime();
    const { files: [ana, bo], paths: [, boPath] } = copies(['Ana', 'Bo'], time);
    time.advance();
    ana!.apply([{ entity: 'task', id: 'task-3', field: 'start', value: '2026-03-05' }]); // 03-05 .. 03-06
    bo!.apply([{ entity: 'task', id: 'task-3', field: 'end', value: '2026-03-03' }]); // 03-02 .. 03-03
    time.advance();
    const p = previewMerge(ana!, boPath!);
    expect(p.issues).toEqual([expect.objectContaining({ entity: 'task', id: 'task-3', error: expect.objectContaining({ code: 'INVALID_ROW' }) })]);
    const r = merge(ana!, boPath!);
    expect(r.issues).toHaveLength(1);
    expect(task(ana!, 'task-3')).toMatchObject({ start: '2026-03-05', end: '2026-03-03' });
    ana!.apply([{ entity: 'task', id: 'task-3', field: 'name', value: 'Renamed anyway' }]);
    ana!.apply([{ entity: 'task', id: 'task-3', field: 'end', value: '2026-03-09' }]);
    expect(task(ana!, 'task-3')).toMatchObject({ name: 'Renamed anyway', end: '2026-03-09' });
  });

  it('reports a loop of links that each side made half of', () => {
    const time = new FakeTime();
    const { files: [ana, bo], paths: [, boPath] } = copies(['Ana', 'Bo'], time);
    const link = (id: string, from: string, to: string) => [
      { entity: 'task_link' as const, id, field: 'predecessor_id', value: from },
      { entity: 'task_link' as const, id, field: 'successor_id', value: to },
    ];
    ana!.apply(link('l-a', 'task-2', 'task-3')); // task-1 → task-2 → task-3
    bo!.apply(link('l-b', 'task-3', 'task-1')); // task-3 → task-1 → task-2
    const p = previewMerge(ana!, boPath!);
    expect(p.issues).toEqual([expect.objectContaining({ entity: 'task_link', id: 'l-b', error: expect.objectContaining({ code: 'CYCLE' }) })]);
  });

  it('serves preview, merge and revert through PlanService', async () => {
    const { ana, boPath, anaPath } = editedApart();
    ana.close();
    const svc = new PlanService({ author: 'Ana', siteId: 'site-ana' });
    expect((await svc.openPlan({ path: anaPath })).ok).toBe(true);
    const p = await svc.previewMerge({ path: boPath });
    expect(p.ok && p.value.conflicts).toBe(2);
    const m = await svc.merge({ path: boPath, decisions: [{ entity: 'task', id: 'task-1', field: 'name', keep: 'mine' }] });
    expect(m.ok && m.value).toMatchObject({ applied: expect.any(Number), conflictsResolved: 2, overridden: 1, canUndo: true });
    const snap = await svc.snapshot();
    expect(snap.ok && snap.value.rows.task.find((t) => t.id === 'task-1')!.name).toBe('Ana’s name');
    const rev = m.ok ? m.value.revision : 0;
    const r = await svc.revert({ txn: rev });
    expect(r.ok).toBe(true);
    const bad = await svc.revert({ txn: 12345 });
    expect(!bad.ok && bad.error.code).toBe('UNKNOWN_TXN');
    const none = await svc.previewMerge({ path: `${boPath}.missing` });
    expect(!none.ok && none.error.code).toBe('FILE_NOT_FOUND');
    svc.dispose();
  });

  it('names the author of a change that reached THEIRS from a third copy', () => {
    const time = new FakeTime();
    const { files: [ana, bo, cy], paths: [, boPath, cyPath] } = copies(['Ana', 'Bo', 'Cy'], time);
    time.advance();
    ana!.apply([{ entity: 'risk', id: 'risk-1', field: 'title', value: 'Ana’s title' }]);
    time.advance();
    cy!.apply([{ entity: 'risk', id: 'risk-1', field: 'title', value: 'Cy’s title' }]);
    merge(bo!, cyPath!); // Bo passes Cy's work on
    const p = previewMerge(ana!, boPath!);
    expect(p.sources).toEqual([expect.objectContaining({ author: 'Cy', site: 'site-cy', changes: 1 })]);
    expect(p.views[0]!.conflicts[0]).toMatchObject({ mine: { author: 'Ana' }, theirs: { author: 'Cy', value: 'Cy’s title' }, winner: 'theirs' });
    merge(ana!, boPath!);
    expect(ana!.history(1)[0]!.changes[0]).toMatchObject({ author: 'Cy', site: 'site-cy' });
    expect(ana!.history(1)[0]!.author).toBe('Ana'); // who merged
  });

  it('refuses a copy of another plan with NO_COMMON_ORIGIN', () => {
    const time = new FakeTime();
    const { files: [ana], dir } = copies(['Ana'], time);
    const other = track(PlanFile.create(`${dir}/other.cplan`, { author: 'Cy', site: 'site-cy' }, newTask('x', 'Other plan')));
    other.close();
    expect(() => previewMerge(ana!, `${dir}/other.cplan`)).toThrow(expect.objectContaining({ code: 'NO_COMMON_ORIGIN' }));
    expect(() => merge(ana!, `${dir}/other.cplan`)).toThrow(expect.objectContaining({ code: 'NO_COMMON_ORIGIN' }));
  });
});

/** After undoing a merge the rows equal the rows before it, except the rows it created, which stay as deleted rows. */
function expectUndone(f: PlanFile, before: string): void {
  const now = JSON.parse(allRows(f, false)) as Record<string, Record<string, unknown>[]>;
  const was = JSON.parse(before) as Record<string, Record<string, unknown>[]>;
  for (const [table, rows] of Object.entries(now)) {
    const ids = new Set(was[table]!.map((r) => r.id));
    now[table] = rows.filter((r) => ids.has(r.id) || r.deleted !== 1);
  }
  expect(JSON.stringify(now)).toBe(before);
}
