// Store benchmark: prints figures, asserts nothing (this machine is shared and noisy).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PlanFile } from '../../electron/store/plan-file.ts';
import { largePlan } from './large-plan.ts';
import { bareFloor } from './store-floor.ts';

const ms = (t0: bigint) => Number(process.hrtime.bigint() - t0) / 1e6;
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;
const fmt = (x: number) => `${x.toFixed(2)} ms`;

export function benchStore(dir: string): { file: string; figures: Record<string, string> } {
  const file = path.join(dir, 'large.cplan');
  const w = { author: 'Bench', site: 'bench' };
  const changes = largePlan();
  let t = process.hrtime.bigint();
  PlanFile.create(file, w, changes).close();
  const create = ms(t);

  const opens: number[] = [];
  for (let i = 0; i < 5; i++) {
    t = process.hrtime.bigint();
    const f = PlanFile.open(file, w);
    f.rows();
    opens.push(ms(t));
    f.close();
  }

  // the floor first, on a copy of the file as it is now, so both runs start from the same plan
  const floorMs = bareFloor(file, path.join(dir, 'floor.cplan'), 10_000);
  const f = PlanFile.open(file, w);
  const single: number[] = [];
  for (let i = 0; i < 1000; i++) {
    t = process.hrtime.bigint();
    f.apply([{ entity: 'task', id: `t-${i % 2000}`, field: 'progress', value: i % 101 }]);
    single.push(ms(t));
  }
  const bulk = Array.from({ length: 10_000 }, (_, i) => ({ entity: 'content_item' as const, id: `c-${i}`, field: 'sort_order', value: 20_000 + i }));
  t = process.hrtime.bigint();
  f.apply(bulk);
  const bulkMs = ms(t);
  f.close();
  const size = fs.statSync(file).size;
  const copy = path.join(dir, 'copy.cplan');
  const fc = PlanFile.open(file, w);
  t = process.hrtime.bigint();
  const fullBytes = fc.writeCopy(path.join(dir, 'full-copy.cplan'));
  const fullMs = ms(t);
  t = process.hrtime.bigint();
  const copyBytes = fc.exportCopy(copy);
  const exportMs = ms(t);
  fc.close();
  fs.rmSync(path.join(dir, 'full-copy.cplan'));
  return {
    file,
    figures: {
      'changes to create the large plan': String(changes.length),
      'create (all through applyChanges, one call)': fmt(create),
      'open + snapshot, median of 5 (target <= 200 ms)': fmt(pct(opens, 50)),
      'one change p50 (commit included)': fmt(pct(single, 50)),
      'one change p95 (target <= 2 ms)': fmt(pct(single, 95)),
      '10,000 changes in one call': fmt(bulkMs),
      '  the floor: bare better-sqlite3, same updates + a log row each': fmt(floorMs),
      '  one call / floor (target <= 3)': `${(bulkMs / floorMs).toFixed(2)}×`,
      'file size': `${(size / 1024 / 1024).toFixed(1)} MiB`,
      'a full copy (Save As)': `${fmt(fullMs)}, ${(fullBytes / 1024 / 1024).toFixed(1)} MiB`,
      'export a copy for email, whole log encoded (target <= 20 MiB)': `${fmt(exportMs)}, ${(copyBytes / 1024 / 1024).toFixed(1)} MiB`,
    },
  };
}

/** The `npm run bench` part: builds the large plan the browser parts reuse. */
export function bench(ctx: { dir: string; largePlan: string }): Record<string, string> {
  const { file, figures } = benchStore(ctx.dir);
  ctx.largePlan = file;
  return figures;
}

if (import.meta.main) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cplan-bench-'));
  const { figures } = benchStore(dir);
  for (const [k, v] of Object.entries(figures)) console.log(`${k.padEnd(52)} ${v}`);
  fs.rmSync(dir, { recursive: true, force: true });
}
