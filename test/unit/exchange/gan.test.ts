import { describe, expect, it } from 'vitest';
import { previewImport } from '../../../electron/services/import/preview-import.ts';
import { fixture, freshPlan } from './helpers.ts';

describe('GanttProject import', () => {
  it('previews counts and what is dropped', () => {
    const plan = freshPlan();
    const p = previewImport(plan, 'gan', fixture('new-product-launch.gan'));
    expect(p.name).toBe('新品发布');
    expect(p.counts).toEqual({ phases: 2, phasesMatched: 0, tasks: 6, milestones: 1, links: 4, people: 2, peopleMatched: 0, keyDates: 2 });
    expect(Object.fromEntries(p.dropped.map((d) => [d.reason, d.count]))).toEqual({ nestedSummary: 1, linkSummary: 1, unnamedResource: 1 });
    plan.close();
  });

  it('imports tasks with end dates counted on the project calendar, link types, owners and holidays; undo removes all', () => {
    const plan = freshPlan();
    const before = plan.rows();
    const p = previewImport(plan, 'gan', fixture('new-product-launch.gan'));
    plan.apply(p.changes, { label: 'import' });
    const rows = plan.rows();
    const task = (name: string) => rows.task.find((x) => x.name === name)!;
    const phase = (name: string) => rows.phase.find((x) => x.name === name)!;
    expect(rows.task).toHaveLength(6);
    expect(phase('发布期').color).toBe('#d4a373');

    expect(task('KOL 招募')).toMatchObject({ start: '2026-03-02', end: '2026-03-06', progress: 100, phase_id: phase('预热期').id, notes: '联系 20 位达人 <小红书 & 抖音>' });
    expect(task('内容拍摄')).toMatchObject({ start: '2026-03-09', end: '2026-03-13', progress: 20 });
    // "素材制作" is a summary inside a phase: flattened, its task joins 预热期
    expect(task('海报设计')).toMatchObject({ start: '2026-03-09', end: '2026-03-11', phase_id: phase('预热期').id });
    expect(task('发布会')).toMatchObject({ start: '2026-03-20', end: '2026-03-20', milestone: true, phase_id: phase('发布期').id });
    // 8 working days from Monday 30 March: the weekend and the 6 April holiday are not counted
    expect(task('直播带货')).toMatchObject({ start: '2026-03-30', end: '2026-04-09' });
    expect(task('复盘')).toMatchObject({ start: '2026-04-13', end: '2026-04-14', phase_id: null });

    const person = (id: string | null) => rows.person.find((x) => x.id === id)?.name;
    expect(person(task('KOL 招募').owner_id)).toBe('李娜');
    expect(person(task('内容拍摄').owner_id)).toBe('李娜'); // the responsible allocation, not the first
    expect(person(task('直播带货').owner_id)).toBe('王伟');
    expect(rows.person.find((x) => x.name === '李娜')!.email).toBe('lina@example.com');

    const name = (id: string) => rows.task.find((x) => x.id === id)!.name;
    expect(rows.task_link.map((l) => `${name(l.predecessor_id)} ${l.type}${l.lag_days ? ` ${l.lag_days}` : ''} ${name(l.successor_id)}`).sort()).toEqual([
      'KOL 招募 FS 内容拍摄',
      '内容拍摄 FF 2 发布会',
      '发布会 SF 直播带货',
      '海报设计 SS 内容拍摄',
    ]);
    expect(rows.key_date.slice(before.key_date.length).map((k) => [k.name, k.start, k.kind])).toEqual([
      ['清明节', '2026-04-06', 'holiday'],
      ['劳动节', '2026-05-01', 'holiday'],
    ]);

    plan.undo();
    expect(plan.rows()).toEqual(before);
    plan.close();
  });

  it('reads character references as XML means them (decimal, hex, the five predefined entities)', () => {
    const plan = freshPlan();
    const xml = '<?xml version="1.0"?><project name="x"><tasks><task id="1" name="&#67;&#x4e2d; &amp; &lt;b&gt;" start="2026-03-02" duration="1"><notes>line&#10;two &quot;q&quot;</notes></task></tasks></project>';
    const p = previewImport(plan, 'gan', new TextEncoder().encode(xml));
    const value = (field: string) => p.changes.find((c) => c.entity === 'task' && c.field === field)?.value;
    expect(value('name')).toBe('C中 & <b>');
    expect(value('notes')).toBe('line\ntwo "q"');
    plan.close();
  });

  it('leaves out holidays the plan already has when the same file is imported twice', () => {
    const plan = freshPlan();
    plan.apply(previewImport(plan, 'gan', fixture('new-product-launch.gan')).changes);
    const again = previewImport(plan, 'gan', fixture('new-product-launch.gan'));
    expect(again.counts).toMatchObject({ keyDates: 0, phases: 0, phasesMatched: 2, peopleMatched: 2, people: 0 });
    expect(again.dropped.find((d) => d.reason === 'keyDateExists')?.count).toBe(2);
    plan.close();
  });
});
