// Startup benchmark (browser part, Chromium): prints figures, asserts nothing (this machine is shared and
// noisy). On the large plan: from the page starting to load to the end of the frame that shows the
// Overview's tiles (the first view), and where that time goes: the snapshot request (the host reading
// every row, JSON over HTTP), the store taking it in, the first render.
// Run alone: `npx node --experimental-strip-types test/bench/startup.ts` (CPLAN_STATIC_DIR = a renderer build).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { PlanService } from '../../electron/services/plan-service.ts';
import { fmt, median, serveLargePlan } from './browser-host.ts';
import { benchStore } from './store.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const RUNS = 5;
const FIRST_VIEW = '.overview-view .ov-grid';

interface Run {
  firstView: number;
  /** the store starting to load (the app's code fetched, parsed and run, React's first render of the shell; the snapshot is asked for before, see renderer/main.tsx) */
  loadStart: number;
  /** the snapshot request: sent, answered */
  snapshotStart: number;
  snapshotEnd: number;
  snapshotBytes: number;
  /** the store holding the plan (JSON parsed, rows normalised) */
  storeReady: number;
}

/** One start of the app in a fresh page: the moments, in ms since the page's navigation began. */
async function oneStart(page: Page, url: string): Promise<Run> {
  await page.addInitScript((selector) => {
    const w = window as unknown as { __firstView?: number };
    const mo = new MutationObserver(() => {
      if (!document.querySelector(selector)) return;
      mo.disconnect();
      requestAnimationFrame(() => setTimeout(() => (w.__firstView = performance.now()), 0));
    });
    mo.observe(document, { childList: true, subtree: true });
  }, FIRST_VIEW);
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as { __firstView?: number }).__firstView !== undefined, null, { timeout: 120_000, polling: 50 });
  return page.evaluate(() => {
    const w = window as unknown as { __firstView: number };
    const snap = performance.getEntriesByType('resource').find((e) => e.name.endsWith('/api/snapshot')) as PerformanceResourceTiming | undefined;
    const start = performance.getEntriesByName('cplan:load-start')[0];
    const ready = performance.getEntriesByName('cplan:store-ready')[0];
    return {
      firstView: w.__firstView,
      loadStart: start?.startTime ?? NaN,
      snapshotStart: snap?.startTime ?? NaN,
      snapshotEnd: snap?.responseEnd ?? NaN,
      snapshotBytes: snap?.decodedBodySize ?? NaN,
      storeReady: ready?.startTime ?? NaN,
    };
  });
}

/** The host's side of the snapshot: reading every row and writing the JSON the page receives. */
async function hostSnapshot(file: string): Promise<{ read: number; json: number; bytes: number }> {
  const service = new PlanService({ author: 'bench' });
  try {
    const opened = await service.openPlan({ path: file });
    if (!opened.ok) throw new Error(opened.error.message);
    const reads: number[] = [];
    const jsons: number[] = [];
    let bytes = 0;
    for (let i = 0; i <= RUNS; i++) {
      let t = performance.now();
      const snap = await service.snapshot();
      const read = performance.now() - t;
      t = performance.now();
      bytes = Buffer.byteLength(JSON.stringify(snap));
      if (i > 0) {
        reads.push(read);
        jsons.push(performance.now() - t);
      }
    }
    return { read: median(reads), json: median(jsons), bytes };
  } finally {
    service.dispose();
  }
}

export async function bench(ctx: { dir: string; largePlan: string; staticDir: string }): Promise<Record<string, string>> {
  const staticDir = process.env.CPLAN_STATIC_DIR ?? ctx.staticDir;
  if (!fs.existsSync(path.join(staticDir, 'index.html'))) return { skipped: `no renderer build in ${staticDir} (npm run build)` };
  if (!ctx.largePlan) ctx.largePlan = benchStore(ctx.dir).file;
  const host = await hostSnapshot(ctx.largePlan);
  const served = await serveLargePlan(ctx, staticDir, 'startup');
  const runs: Run[] = [];
  try {
    for (let i = 0; i <= RUNS; i++) {
      const page = await served.browser.newPage({ viewport: { width: 1360, height: 900 } });
      await page.addInitScript(() => localStorage.setItem('campaign-planner.language', 'en'));
      const run = await oneStart(page, served.url);
      if (i > 0) runs.push(run); // the first start warms the caches up
      await page.close();
    }
  } finally {
    await served.close();
  }
  const m = (f: (r: Run) => number) => median(runs.map(f));
  const known = (x: number) => (Number.isFinite(x) ? fmt(x) : 'n/a');
  return {
    [`app start to first view (Overview drawn), large plan, median of ${RUNS} (goal <= 500 ms)`]: fmt(m((r) => r.firstView)),
    '  page load to the store taking the plan (app code fetched, parsed, run)': known(m((r) => r.loadStart)),
    '  snapshot request sent at (by the first, small script)': known(m((r) => r.snapshotStart)),
    '  snapshot request, sent to answered': known(m((r) => r.snapshotEnd - r.snapshotStart)),
    '  snapshot answered and app running, to store ready (rows normalised)': known(m((r) => r.storeReady - Math.max(r.snapshotEnd, r.loadStart))),
    '  store ready to first view drawn (first render, layout, paint)': known(m((r) => r.firstView - r.storeReady)),
    '  snapshot body': `${(m((r) => r.snapshotBytes) / 1024 / 1024).toFixed(1)} MiB`,
    '  host: snapshot read (every row decoded), median': fmt(host.read),
    '  host: JSON.stringify of it, median': `${fmt(host.json)} (${(host.bytes / 1024 / 1024).toFixed(1)} MiB)`,
  };
}

if (import.meta.main) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cplan-bench-'));
  try {
    // CPLAN_BENCH_LARGE: a large plan made before (benchStore), to skip making one
    const figures = await bench({ dir, largePlan: process.env.CPLAN_BENCH_LARGE ?? '', staticDir: path.join(ROOT, 'dist/renderer') });
    for (const [k, v] of Object.entries(figures)) console.log(`${k.padEnd(72)} ${v}`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
