// Undo benchmark (browser part, Chromium): prints figures, asserts nothing (this machine is shared and
// noisy). On the large plan: from the Undo (or Redo) button being pressed to the end of the frame that
// shows the view as it was, for a rename of the plan on the Overview and for the delete of a risk in the
// Risks register (its undo brings the whole row back).
// Run alone: `npx node --experimental-strip-types test/bench/undo.ts` (CPLAN_STATIC_DIR = a renderer build).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { fmt, median, serveLargePlan } from './browser-host.ts';
import { benchStore } from './store.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const RUNS = 5;

/** In the page: presses a header button and resolves at the end of the frame where `selector` is there (holding `text`). */
async function pressUntil(page: Page, button: 'Undo' | 'Redo', selector: string, text = ''): Promise<number> {
  return page.evaluate(
    async ([label, sel, want]) => {
      const btn = [...document.querySelectorAll('header button')].find((b) => (b.textContent ?? '').trim().endsWith(label)) as HTMLButtonElement;
      const done = () => {
        const el = document.querySelector(sel);
        return !!el && (el.textContent ?? '').includes(want);
      };
      const t0 = performance.now();
      btn.click();
      await new Promise<void>((resolve) => {
        if (done()) return resolve();
        const mo = new MutationObserver(() => {
          if (!done()) return;
          mo.disconnect();
          resolve();
        });
        mo.observe(document.body, { childList: true, subtree: true, characterData: true });
      });
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      return performance.now() - t0;
    },
    [button, selector, text] as const,
  );
}

export async function bench(ctx: { dir: string; largePlan: string; staticDir: string }): Promise<Record<string, string>> {
  const staticDir = process.env.CPLAN_STATIC_DIR ?? ctx.staticDir;
  if (!fs.existsSync(path.join(staticDir, 'index.html'))) return { skipped: `no renderer build in ${staticDir} (npm run build)` };
  if (!ctx.largePlan) ctx.largePlan = benchStore(ctx.dir).file;
  const served = await serveLargePlan(ctx, staticDir, 'undo');
  try {
    const page = await served.browser.newPage({ viewport: { width: 1360, height: 900 } });
    await page.addInitScript(() => localStorage.setItem('campaign-planner.language', 'en'));
    await page.goto(served.url);
    await page.locator('.overview-view .ov-grid').waitFor({ timeout: 120_000 });

    // a rename of the plan: one field of one row
    const name = page.getByRole('button', { name: /^Rename plan:/ });
    const original = ((await name.textContent()) ?? '').trim();
    await name.click();
    await page.getByRole('textbox', { name: 'Plan name' }).fill('Renamed for the bench');
    await page.getByRole('textbox', { name: 'Plan name' }).press('Enter');
    await page.getByRole('button', { name: /^Rename plan: Renamed for the bench/ }).waitFor();
    const undoRename: number[] = [];
    const redoRename: number[] = [];
    for (let i = 0; i <= RUNS; i++) {
      const u = await pressUntil(page, 'Undo', 'header', original);
      const r = await pressUntil(page, 'Redo', 'header', 'Renamed for the bench');
      if (i > 0) {
        undoRename.push(u);
        redoRename.push(r);
      }
    }

    // the delete of a risk: its undo restores the row with every field
    await page.evaluate(() => (location.hash = '#/risks'));
    const del = page.locator('main[data-view="risks"] button[aria-label^="Delete "]').first();
    await del.waitFor({ timeout: 60_000 });
    const label = (await del.getAttribute('aria-label')) ?? '';
    const undoDelete: number[] = [];
    let deleted = 'no delete control found';
    if (label) {
      deleted = label;
      await del.click();
      await page.locator(`main[data-view="risks"] button[aria-label="${label}"]`).waitFor({ state: 'detached' });
      for (let i = 0; i <= RUNS; i++) {
        const u = await pressUntil(page, 'Undo', `main[data-view="risks"] button[aria-label="${label}"]`);
        if (i > 0) undoDelete.push(u);
        await page.getByRole('button', { name: 'Redo' }).click();
        await page.locator(`main[data-view="risks"] button[aria-label="${label}"]`).waitFor({ state: 'detached' });
      }
    }
    await page.close();
    return {
      [`undo on the large plan, a rename on the Overview: press to redrawn view, median of ${RUNS} (goal <= 50 ms)`]: fmt(median(undoRename)),
      [`redo of it, median of ${RUNS}`]: fmt(median(redoRename)),
      [`undo on the large plan, a deleted risk back in the register, median of ${RUNS} (goal <= 50 ms)`]: undoDelete.length ? fmt(median(undoDelete)) : deleted,
    };
  } finally {
    await served.close();
  }
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
