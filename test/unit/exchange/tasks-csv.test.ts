import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { importFile } from '../../../electron/services/import/cli-import.ts';
import { decodeText } from '../../../shared/exchange/text.ts';
import { PlanFile } from '../../../electron/store/plan-file.ts';
import { fixture, freshPlan, tempDir, writer } from './helpers.ts';

describe('tasks from CSV', () => {
  it('detects GBK from Chinese Excel (invalid UTF-8) and reads it as GB18030; the encoding can be forced', () => {
    const bytes = fixture('tasks-gbk.csv');
    const auto = decodeText(bytes);
    expect(auto.used).toBe('gb18030');
    expect(auto.text.split('\r\n')[0]).toBe('任务名称,开始日期,结束日期,里程碑,完成百分比,阶段,负责人,备注');
    expect(decodeText(bytes, 'utf-8').text).toContain('\uFFFD');
    expect(decodeText(new TextEncoder().encode('任务,开始'), 'auto')).toEqual({ text: '任务,开始', used: 'utf-8' });
  });

  it('cplan import --from csv adds the good rows in one step, joins phases by name, and lists the refused lines', () => {
    const plan = freshPlan();
    plan.apply([{ entity: 'phase', id: 'ph-pre', field: 'name', value: '预热期' }]);
    const file = plan.path;
    const before = plan.rows();
    plan.close();
    const source = path.join(tempDir(), 'tasks.csv');
    fs.writeFileSync(source, fixture('tasks-gbk.csv'));
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    importFile(source, 'csv', file, { dryRun: false, json: false, writer: writer() });
    const printed = log.mock.calls.map((c) => String(c[0])).join('\n');
    log.mockRestore();
    expect(printed).toContain('tasks 3 (milestones 1)');
    expect(printed).toMatch(/refused line 5: start: not_a_date/);
    expect(printed).toMatch(/refused line 6: end: before start/);

    const f = PlanFile.open(file, writer());
    const rows = f.rows();
    const task = (name: string) => rows.task.find((t) => t.name === name)!;
    expect(rows.task).toHaveLength(3);
    expect(task('达人招募')).toMatchObject({ start: '2026-03-02', end: '2026-03-06', progress: 40, phase_id: 'ph-pre', notes: '首批 20 位' });
    expect(task('新品发布会')).toMatchObject({ start: '2026-03-20', end: '2026-03-20', milestone: true });
    expect(task('直播带货')).toMatchObject({ end: '2026-04-09', progress: 50, notes: '含 "双品" 专场' });
    expect(rows.phase.filter((p) => p.name === '发布期')).toHaveLength(1);
    expect(rows.person.map((p) => p.name).sort()).toEqual(['李娜', '王伟']);
    // one history entry (one undo step) holds every row of the import
    const [last] = f.history(1);
    expect(last!.label).toBe('Import 3 tasks from CSV');
    expect(new Set(last!.changes.filter((c) => c.entity === 'task').map((c) => c.id)).size).toBe(3);
    expect(rows.task.length - before.task.length).toBe(3);
    f.close();
  });
});
