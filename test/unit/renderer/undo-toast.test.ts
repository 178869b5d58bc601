import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PlanService } from '../../../electron/services/plan-service.ts';
import type { StepInfo } from '../../../shared/api.ts';
import { initI18n } from '../../../renderer/app/i18n/index.ts';
import { stepTitle, stepToast } from '../../../renderer/app/shell/step-title.ts';
import { tempDir } from '../store/helpers.ts';

async function sample() {
  const s = new PlanService({ author: 'Ana' });
  const made = await s.newPlan({ path: path.join(tempDir(), 'p.cplan'), template: 'sample', lang: 'en' });
  if (!made.ok) throw new Error(made.error.message);
  const snap = await s.snapshot();
  if (!snap.ok) throw new Error(snap.error.message);
  return { s, rows: snap.value.rows };
}

const ok = <T>(r: { ok: true; value: T } | { ok: false; error: { message: string } }): T => {
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

describe('undo and redo say which step they acted on', () => {
  it('names the edit by its history label and the row it touched, through redo and undo again', async () => {
    const { s, rows } = await sample();
    const task = rows.task[0]!;
    ok(await s.applyChanges([{ entity: 'task', id: task.id, field: 'name', value: 'Teaser' }], { label: 'Edit task' }));
    const undone = ok(await s.undo());
    expect(undone.step).toEqual({ label: 'Edit task', subject: { entity: 'task', name: task.name }, rows: 1 });
    const redone = ok(await s.redo());
    expect(redone.step).toEqual({ label: 'Edit task', subject: { entity: 'task', name: 'Teaser' }, rows: 1 });
    expect(ok(await s.undo()).step?.label).toBe('Edit task');
    s.dispose();
  });

  it('a deleted task with its links is about the task, named though it is gone', async () => {
    const { s, rows } = await sample();
    const link = rows.task_link[0]!;
    const task = rows.task.find((x) => x.id === link.successor_id)!;
    const links = rows.task_link.filter((l) => l.predecessor_id === task.id || l.successor_id === task.id);
    ok(
      await s.applyChanges(
        [...links.map((l) => ({ entity: 'task_link' as const, id: l.id, field: 'deleted', value: true })), { entity: 'task', id: task.id, field: 'deleted', value: true }],
        { label: 'Delete task' },
      ),
    );
    // redo deletes it again: the name still comes from the file
    ok(await s.undo());
    const redone = ok(await s.redo());
    expect(redone.step).toEqual({ label: 'Delete task', subject: { entity: 'task', name: task.name }, rows: 1 });
    s.dispose();
  });

  it('counts the rows of the kind it was about: a move that pushed two successors', async () => {
    const { s, rows } = await sample();
    const [a, b, c] = rows.task;
    ok(
      await s.applyChanges(
        [a!, b!, c!].map((x) => ({ entity: 'task' as const, id: x.id, field: 'notes', value: 'moved' })),
        { label: '' },
      ),
    );
    expect(ok(await s.undo()).step).toEqual({ label: '', subject: { entity: 'task', name: a!.name }, rows: 3 });
    s.dispose();
  });
});

describe('the words of the undo toast', () => {
  const en = initI18n('en');
  const zh = initI18n('zh-CN');
  const T = (i: typeof en) => (key: string, params?: Record<string, unknown>) => i.t(key, params ?? {});
  const step = (label: string, name: string | null, rows = 1): StepInfo => ({ label, subject: name === null ? null : { entity: 'task', name }, rows });

  it('names the label and the row, in both languages', () => {
    const toast = stepToast('undo', step('Edit task', 'Teaser'), T(en));
    expect(toast.kind === 'info' && en.t(toast.key, toast.params ?? {})).toBe('Undid: Edit task “Teaser”');
    const zhToast = stepToast('redo', step('编辑任务', '预热'), T(zh));
    expect(zhToast.kind === 'info' && zh.t(zhToast.key, zhToast.params ?? {})).toBe('已重做：编辑任务“预热”');
  });

  it('says one more, or how many more, of the same kind', () => {
    expect(stepTitle(step('Move task', 'Research', 2), T(en))).toBe('Move task “Research” and one more');
    expect(stepTitle(step('Move task', 'Research', 4), T(en))).toBe('Move task “Research” and 3 more');
    expect(stepTitle(step('移动任务', '调研', 4), T(zh))).toBe('移动任务“调研”及另外 3 项');
  });

  it('falls back on the kind of row, then on a count, then on a plain Undone', () => {
    expect(stepTitle(step('', 'Teaser'), T(en))).toBe('changes to Task “Teaser”');
    expect(stepTitle({ label: '', subject: null, rows: 1 }, T(en))).toBe('a change to one item');
    expect(stepTitle({ label: '', subject: null, rows: 5 }, T(en))).toBe('changes to 5 items');
    expect(stepTitle({ label: 'merge Ana.cplan', subject: null, rows: 5 }, T(en))).toBe('merge of “Ana.cplan”');
    const plain = stepToast('undo', null, T(en));
    expect(plain.kind === 'info' && en.t(plain.key)).toBe('Undone.');
  });

  it('does not repeat a name the label already holds', () => {
    expect(stepTitle(step('Delete risk R-3 Data leak', 'R-3 Data leak'), T(en))).toBe('Delete risk R-3 Data leak');
  });
});
