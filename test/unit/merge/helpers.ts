import path from 'node:path';
import { afterEach } from 'vitest';
import { PlanFile } from '../../../electron/store/plan-file.ts';
import type { Writer } from '../../../electron/store/plan-types.ts';
import type { Change } from '../../../shared/model/change.ts';
import { oneOfEach } from '../../fixtures/rows.ts';
import { tempDir } from '../store/helpers.ts';

export { bytes, tempDir } from '../store/helpers.ts';

const opened: PlanFile[] = [];
/** Keeps a file to close after the test (before its folder is removed). */
export function track<T extends PlanFile>(f: T): T {
  opened.push(f);
  return f;
}
afterEach(() => {
  for (const f of opened.splice(0)) f.close();
});

/** A wall clock the test moves by hand (every copy may run its own, with an offset). */
export class FakeTime {
  t = Date.UTC(2026, 2, 2, 9, 0, 0);
  advance(ms = 1000): number {
    this.t += ms;
    return this.t;
  }
  /** a writer's clock: this time plus a fixed offset (a colleague whose computer clock is off) */
  clock(offsetMs = 0): () => number {
    return () => this.t + offsetMs;
  }
}

export function person(name: string, time: FakeTime, offsetMs = 0): Writer {
  return { author: name, site: `site-${name.toLowerCase()}`, now: time.clock(offsetMs) };
}

/** Changes creating a task with its required fields. */
export function newTask(id: string, name: string, extra: Record<string, unknown> = {}): Change[] {
  const values: Record<string, unknown> = { name, start: '2026-03-02', end: '2026-03-06', ...extra };
  return Object.entries(values).map(([field, value]) => ({ entity: 'task', id, field, value }));
}

/** A plan with one row of every kind (plus task-3), copied with exportCopy to `names.length` files, each opened by its person. */
export function copies(names: string[], time: FakeTime, offsets: Record<string, number> = {}): { dir: string; files: PlanFile[]; paths: string[] } {
  const dir = tempDir();
  const base = PlanFile.create(path.join(dir, 'base.cplan'), person('Base', time));
  base.apply([...oneOfEach().changes, ...newTask('task-3', 'Third task')]);
  base.apply([{ entity: 'settings', id: 'plan', field: 'name', value: 'Spring launch' }]);
  const paths = names.map((n) => path.join(dir, `${n.toLowerCase()}.cplan`));
  for (const p of paths) base.exportCopy(p);
  base.close();
  time.advance();
  return { dir, paths, files: names.map((n, i) => track(PlanFile.open(paths[i]!, person(n, time, offsets[n] ?? 0)))) };
}

/** Every row of every kind, deleted ones included, as stored: what "the copies converged" compares. */
export function allRows(f: PlanFile, withClocks = true): string {
  const out: Record<string, unknown[]> = {};
  const tables = f.handle.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '\\_%' ESCAPE '\\' ORDER BY name").all() as { name: string }[];
  for (const { name } of tables) {
    const rows = f.handle.prepare(`SELECT * FROM ${name} ORDER BY id`).all() as Record<string, unknown>[];
    out[name] = withClocks ? rows : rows.map(({ clock: _c, ...r }) => r);
  }
  return JSON.stringify(out);
}

/** The identities of every log entry: copies that took in each other's changes hold the same set. */
export function logKeys(f: PlanFile): string[] {
  return (f.handle.prepare('SELECT clock, site, entity, row_id, field FROM _change_log').raw().all() as string[][]).map((r) => r.join('|')).sort();
}

export function task(f: PlanFile, id: string): Record<string, unknown> {
  return f.row('task', id)!;
}
