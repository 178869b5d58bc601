// Merge benchmark: prints figures, asserts nothing (this machine is shared and noisy).
// Two copies of the large plan, 10,000 edits on each (500 of them on fields both sides change),
// then preview and merge one into the other, merge again (nothing new), and merge back.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { merge, previewMerge } from '../../electron/store/merge.ts';
import { PlanFile } from '../../electron/store/plan-file.ts';
import type { Change } from '../../shared/model/change.ts';
import { largePlan, rng } from './large-plan.ts';

const ms = (t0: bigint) => Number(process.hrtime.bigint() - t0) / 1e6;
const fmt = (x: number) => `${x.toFixed(1)} ms`;

/** `count` single edits (each its own apply call, as the app makes them): `shared` of them on fields the other side edits too. */
function edits(seed: number, side: 0 | 1, count: number, shared: number): Change[][] {
  const r = rng(seed);
  const pick = (n: number) => Math.floor(r() * n);
  const out: Change[][] = [];
  // both sides edit these same fields (different values): the conflicts
  for (let i = 0; i < shared; i++) out.push([{ entity: 'task', id: `t-${(i * 7) % 2000}`, field: 'name', value: `Task ${(i * 7) % 2000} (${side ? 'Bo' : 'Ana'})` }]);
  // the rest on rows of this side's half, so they do not meet
  const half = (n: number) => side * Math.floor(n / 2) + pick(Math.floor(n / 2));
  for (let i = 0; out.length < count; i++) {
    const k = i % 10;
    if (k < 3) out.push([{ entity: 'task', id: `t-${half(2000)}`, field: 'progress', value: pick(101) }]);
    else if (k < 6) out.push([{ entity: 'content_item', id: `c-${half(10_000)}`, field: 'status_id', value: `st-${pick(6)}` }]);
    else if (k < 7) out.push([{ entity: 'content_item', id: `c-${half(10_000)}`, field: 'sort_order', value: 20_000 + r() * 1000 }]);
    else if (k < 8) out.push([{ entity: 'spend_entry', id: `s-${half(5000)}`, field: 'amount', value: pick(10_000) }]);
    else if (k < 9 && i % 20 === 8) out.push([{ entity: 'risk', id: `r-${half(500)}`, field: 'deleted', value: true }]);
    else {
      const id = `c-new-${side}-${i}`;
      out.push([
        { entity: 'content_item', id, field: 'title', value: `New post ${i}` },
        { entity: 'content_item', id, field: 'platform_id', value: `pl-${pick(6)}` },
        { entity: 'content_item', id, field: 'status_id', value: 'st-0' },
      ]);
    }
  }
  return out;
}

export function benchMerge(dir: string): Record<string, string> {
  const base = path.join(dir, 'large.cplan');
  const aPath = path.join(dir, 'ana.cplan');
  const bPath = path.join(dir, 'bo.cplan');
  let t = process.hrtime.bigint();
  const f = PlanFile.create(base, { author: 'Bench', site: 'bench' }, largePlan());
  const createMs = ms(t);
  f.exportCopy(aPath);
  f.exportCopy(bPath);
  f.close();

  const ana = PlanFile.open(aPath, { author: 'Ana', site: 'site-ana' });
  const bo = PlanFile.open(bPath, { author: 'Bo', site: 'site-bo' });
  const EDITS = 10_000;
  const SHARED = 500;
  // making the edits is not what is measured: without a sync per edit, 20,000 commits take seconds, not minutes
  for (const p of [ana, bo]) p.handle.pragma('synchronous = OFF');
  t = process.hrtime.bigint();
  for (const e of edits(1, 0, EDITS, SHARED)) ana.apply(e);
  for (const e of edits(2, 1, EDITS, SHARED)) bo.apply(e);
  const editMs = ms(t);
  for (const p of [ana, bo]) p.handle.pragma('synchronous = FULL');

  t = process.hrtime.bigint();
  const p = previewMerge(ana, bPath);
  const previewMs = ms(t);
  // what arrives by e-mail: Bo's copy, its log encoded
  const mailPath = path.join(dir, 'bo-mail.cplan');
  const mailBytes = bo.exportCopy(mailPath);
  t = process.hrtime.bigint();
  const pm = previewMerge(ana, mailPath);
  const mailPreviewMs = ms(t);
  t = process.hrtime.bigint();
  const m = merge(ana, bPath);
  const mergeMs = ms(t);
  t = process.hrtime.bigint();
  const again = previewMerge(ana, bPath);
  const againMs = ms(t);
  t = process.hrtime.bigint();
  const back = merge(bo, aPath);
  const backMs = ms(t);
  const converged = JSON.stringify(ana.rows()) === JSON.stringify(bo.rows());
  const logRows = (ana.handle.prepare('SELECT count(*) AS c FROM _change_log').get() as { c: number }).c;
  t = process.hrtime.bigint();
  const theirs = PlanFile.inspect(bPath, { author: 'Bench', site: 'bench' });
  theirs.close();
  const probeMs = ms(t);
  t = process.hrtime.bigint();
  ana.undo();
  const undoMs = ms(t);
  ana.close();
  bo.close();
  return {
    'large plan: create (all through applyChanges)': fmt(createMs),
    'log entries in each copy after the merges': String(logRows),
    '2 × 10,000 edits (one apply call each, not synced)': fmt(editMs),
    'preview A←B (target <= 1 s)': `${fmt(previewMs)} (${p.incoming} incoming entries, ${p.applied} fields applied, ${p.conflicts} conflicts, ${p.created} rows created, ${p.deleted} deleted)`,
    'preview A←(B’s e-mail copy)': `${fmt(mailPreviewMs)} (${(mailBytes / 1024 / 1024).toFixed(1)} MiB, ${pm.incoming} incoming entries, ${pm.applied} fields applied, ${pm.conflicts} conflicts)`,
    'merge A←B, one transaction (target <= 1 s)': `${fmt(mergeMs)} (${m.applied} fields applied, ${m.conflictsResolved} conflicts resolved)`,
    'preview A←B again (nothing new)': `${fmt(againMs)} (${again.incoming} incoming)`,
    'of a preview: opening THEIRS safely (probe, quick_check)': fmt(probeMs),
    'merge B←A (the other way)': `${fmt(backMs)} (${back.incoming} incoming entries, ${back.applied} fields applied, ${back.conflictsResolved} conflicts)`,
    'copies converged after A←B, B←A (same rows, clocks included)': converged ? 'yes' : 'NO',
    'undo the merge (one step)': fmt(undoMs),
  };
}

if (import.meta.main) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cplan-bench-merge-'));
  try {
    for (const [k, v] of Object.entries(benchMerge(dir))) console.log(`${k.padEnd(48)} ${v}`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The `npm run bench` part. */
export const bench = (ctx: { dir: string }): Record<string, string> => {
  // its own folder: the store part's large plan in ctx.dir is left for the browser parts
  const dir = path.join(ctx.dir, 'merge');
  fs.mkdirSync(dir);
  return benchMerge(dir);
};
