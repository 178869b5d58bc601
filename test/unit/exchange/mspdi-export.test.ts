import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { planMspdi } from '../../../electron/services/export/mspdi.ts';
import type { Rows } from '../../../shared/api.ts';
import { samplePlan } from './export-helpers.ts';

const NS = 'http://schemas.microsoft.com/project';

function parse(xml: string) {
  const errors: string[] = [];
  const doc = new DOMParser({ errorHandler: { warning: () => {}, error: (e) => errors.push(String(e)), fatalError: (e) => errors.push(String(e)) } }).parseFromString(xml, 'text/xml');
  expect(errors).toEqual([]);
  const kids = (el: Element, name: string) => Array.from(el.getElementsByTagNameNS(NS, name));
  const val = (el: Element, name: string) => Array.from(el.childNodes).find((n) => n.nodeType === 1 && (n as Element).localName === name)?.textContent ?? null;
  const project = doc.documentElement!;
  const tasks = kids(project, 'Task');
  return { project, tasks, kids, val };
}

describe('the MS Project (MSPDI) export', () => {
  const { rows } = samplePlan('en');

  it('is XML in the MSPDI namespace with every task under its phase', () => {
    const { project, tasks, val } = parse(planMspdi(rows));
    expect(project.localName).toBe('Project');
    expect(project.namespaceURI).toBe(NS);
    const phased = rows.phase.filter((p) => rows.task.some((t) => t.phase_id === p.id));
    // the project summary (UID 0), one summary task a phase, every task
    expect(tasks).toHaveLength(1 + phased.length + rows.task.length);
    const summaries = tasks.filter((t) => val(t, 'OutlineLevel') === '1');
    expect(summaries.map((t) => val(t, 'Name'))).toEqual(phased.map((p) => p.name));
    expect(summaries.every((t) => val(t, 'Summary') === '1')).toBe(true);
    const level2 = tasks.filter((t) => val(t, 'OutlineLevel') === '2');
    expect(level2).toHaveLength(rows.task.filter((t) => phased.some((p) => p.id === t.phase_id)).length);
    // outline numbers follow the order: 1, 1.1, 1.2, …, 2, 2.1
    const first = rows.task.find((t) => t.phase_id === phased[0]!.id)!;
    expect(val(level2[0]!, 'Name')).toBe(first.name);
    expect(val(level2[0]!, 'OutlineNumber')).toBe('1.1');
  });

  it('writes dates, duration, progress and milestones', () => {
    const { tasks, val } = parse(planMspdi(rows));
    const byName = new Map(tasks.map((t) => [val(t, 'Name'), t]));
    const ms = rows.task.find((t) => t.milestone)!;
    const m = byName.get(ms.name)!;
    expect(val(m, 'Milestone')).toBe('1');
    expect(val(m, 'Duration')).toBe('PT0H0M0S');
    expect(val(m, 'Start')).toBe(`${ms.start}T08:00:00`);
    const task = rows.task.find((t) => !t.milestone && t.progress > 0 && t.start !== t.end)!;
    const x = byName.get(task.name)!;
    expect(val(x, 'Start')).toBe(`${task.start}T08:00:00`);
    expect(val(x, 'Finish')).toBe(`${task.end}T17:00:00`);
    const days = (Date.parse(task.end) - Date.parse(task.start)) / 86_400_000 + 1;
    expect(val(x, 'Duration')).toBe(`PT${days * 8}H0M0S`);
    expect(val(x, 'PercentComplete')).toBe(String(task.progress));
    // Work is the effort (the plan's hours), not the duration: Project and the importer read hours from it
    const effort = rows.task.find((t) => t.hours > 0 && t.hours !== (Date.parse(t.end) - Date.parse(t.start)) / 86_400_000 * 8 + 8)!;
    expect(val(byName.get(effort.name)!, 'Work')).toBe(`PT${Math.floor(Math.round(effort.hours * 60) / 60)}H${Math.round(effort.hours * 60) % 60}M0S`);
  });

  it('keeps the four link types (0 FF, 1 FS, 2 SF, 3 SS) and the lag in tenths of minutes', () => {
    const a = rows.task[1]!;
    const b = rows.task[2]!;
    const c = rows.task[3]!;
    const d = rows.task[4]!;
    const links: Rows['task_link'] = [
      { ...rows.task_link[0]!, id: 'l-ff', predecessor_id: a.id, successor_id: d.id, type: 'FF', lag_days: 0 },
      { ...rows.task_link[0]!, id: 'l-fs', predecessor_id: b.id, successor_id: d.id, type: 'FS', lag_days: 2 },
      { ...rows.task_link[0]!, id: 'l-sf', predecessor_id: c.id, successor_id: d.id, type: 'SF', lag_days: -1 },
      { ...rows.task_link[0]!, id: 'l-ss', predecessor_id: a.id, successor_id: c.id, type: 'SS', lag_days: 3 },
    ];
    const { tasks, kids, val } = parse(planMspdi({ ...rows, task_link: links }));
    const uidOf = new Map(tasks.map((t) => [val(t, 'Name'), val(t, 'UID')]));
    const linksOf = (name: string) => kids(tasks.find((t) => val(t, 'Name') === name)!, 'PredecessorLink')
      .map((l) => ({ from: val(l, 'PredecessorUID'), type: val(l, 'Type'), lag: val(l, 'LinkLag') }));
    expect(linksOf(d.name)).toEqual([
      { from: uidOf.get(a.name), type: '0', lag: '0' },
      { from: uidOf.get(b.name), type: '1', lag: String(2 * 480 * 10) },
      { from: uidOf.get(c.name), type: '2', lag: String(-1 * 480 * 10) },
    ]);
    expect(linksOf(c.name)).toEqual([{ from: uidOf.get(a.name), type: '3', lag: String(3 * 480 * 10) }]);
  });

  it('lists people as resources and task owners as assignments', () => {
    const { project, tasks, kids, val } = parse(planMspdi(rows));
    const resources = kids(project, 'Resource');
    expect(resources.map((r) => val(r, 'Name'))).toEqual(rows.person.map((p) => p.name));
    const owned = rows.task.filter((t) => t.owner_id);
    const assignments = kids(project, 'Assignment');
    expect(assignments).toHaveLength(owned.length);
    const taskByUid = new Map(tasks.map((t) => [val(t, 'UID'), val(t, 'Name')]));
    const resByUid = new Map(resources.map((r) => [val(r, 'UID'), val(r, 'Name')]));
    const first = assignments[0]!;
    expect(taskByUid.get(val(first, 'TaskUID'))).toBe(owned[0]!.name);
    expect(resByUid.get(val(first, 'ResourceUID'))).toBe(rows.person.find((p) => p.id === owned[0]!.owner_id)!.name);
  });
});
