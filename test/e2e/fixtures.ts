/**
 * Each test gets its own copy of the sample plan in its output folder, served by an in-process web
 * host, and a page that collects console errors.
 */
import { test as base, expect, type Page } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { ApiMethod, Snapshot } from '../../shared/api.ts';
import { startWebHost, type WebHost } from '../../electron/hosts/web-server.ts';
import { PlanService } from '../../electron/services/plan-service.ts';
import type { Language } from '../../shared/model/enums.ts';
import { VIEW_IDS, type ViewId } from '../../shared/views.ts';

export const ROOT = path.resolve(import.meta.dirname, '../..');
// CPLAN_STATIC_DIR lets several people run the suite at once on one machine, each with its own build
export const STATIC_DIR = process.env.CPLAN_STATIC_DIR ?? path.join(ROOT, 'dist/renderer');

export const VIEW_NAMES = VIEW_IDS;
export type View = ViewId;

/** The English navigation label of each view. */
export const NAV_EN: Record<View, string> = {
  overview: 'Overview',
  timeline: 'Timeline',
  content: 'Content',
  budget: 'Budget',
  risks: 'Risks',
  goals: 'Goals',
  audience: 'Audience & platforms',
  team: 'Team',
  brief: 'Brief',
};

/** Writes a fresh copy of a template to `file`. */
export async function createPlan(file: string, lang: Language = 'en'): Promise<void> {
  const service = new PlanService({ author: 'e2e' });
  try {
    const made = await service.newPlan({ path: file, template: 'sample', lang });
    if (!made.ok) throw new Error(made.error.message);
  } finally {
    service.dispose();
  }
}

/**
 * The rows of a plan file as they are on disk, as `cplan export FILE --format json` prints them (deleted
 * rows too, flagged). It reads without opening the plan, so it works while the web host has it open and
 * can be polled; global setup builds the CLI.
 */
export function cplanExport<R = Snapshot['rows']>(file: string): R {
  const run = spawnSync(process.execPath, [path.join(ROOT, 'dist/cli.cjs'), 'export', file, '--format', 'json'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`cplan export failed: ${run.stderr}`);
  return (JSON.parse(run.stdout) as { rows: R }).rows;
}

/** A plan file opened by a service of its own: its info and live rows, as the app would load them. */
export async function readPlan(file: string): Promise<Snapshot> {
  const service = new PlanService({ author: 'e2e reader' });
  try {
    const opened = await service.openPlan({ path: file });
    if (!opened.ok) throw new Error(opened.error.message);
    const snap = await service.snapshot();
    if (!snap.ok) throw new Error(snap.error.message);
    return snap.value;
  } finally {
    service.dispose();
  }
}

export interface PlanFixture {
  file: string;
  host: WebHost;
  /** console errors and uncaught exceptions of the page */
  errors: string[];
  /** opens the app (with the token in the URL, as a user would) and waits for the plan */
  open(page?: Page): Promise<void>;
  /** calls the API the way the renderer does */
  call<T = unknown>(method: ApiMethod, ...args: unknown[]): Promise<T>;
}

export interface PlanOptions {
  /** language of the sample plan's own text */
  planLang: Language;
  /** when set, someone of this name has the plan open before the web host opens it (so it opens read-only) */
  openedBy: string | null;
}

export const test = base.extend<PlanOptions & { plan: PlanFixture }>({
  planLang: ['en', { option: true }],
  openedBy: [null, { option: true }],
  plan: async ({ page, planLang, openedBy }, use, testInfo) => {
    const dir = testInfo.outputPath('plan');
    mkdirSync(dir, { recursive: true });
    const file = path.join(dir, 'sample.cplan');
    await createPlan(file, planLang);
    const holder = openedBy ? new PlanService({ author: openedBy }) : null;
    if (holder) {
      const opened = await holder.openPlan({ path: file });
      if (!opened.ok) throw new Error(opened.error.message);
    }
    const host = await startWebHost({ file, author: 'e2e', staticDir: STATIC_DIR });
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    const fixture: PlanFixture = {
      file,
      host,
      errors,
      async open(p = page) {
        await p.goto(`${host.url}#token=${host.token}`);
        await expect(p.getByRole('navigation')).toBeVisible();
        await expect(p).toHaveURL(/#\/$/);
      },
      async call(method, ...args) {
        const reply = await page.request.post(`${host.url}api/${method}`, { data: args, headers: { Authorization: `Bearer ${host.token}` } });
        const result = await reply.json();
        if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
        return result.value;
      },
    };
    await use(fixture);
    await host.close();
    holder?.dispose();
  },
});

export { expect };

/**
 * Resolves after the page has drawn `frames` more frames: what an input event set off (a React render, a
 * request sent from a handler) has happened by then. Wait on this, not on a fixed time, before checking
 * that something did not happen.
 */
export async function framesDrawn(page: Page, frames = 2): Promise<void> {
  await page.evaluate(async (n) => {
    for (let i = 0; i < n; i++) await new Promise((r) => requestAnimationFrame(r));
  }, frames);
}

/** The API calls the page makes from now on, by method name (to show that an action sent none). */
export function apiCallsOf(page: Page): string[] {
  const calls: string[] = [];
  page.on('request', (r) => {
    const method = /\/api\/([A-Za-z]+)$/.exec(new URL(r.url()).pathname)?.[1];
    if (method) calls.push(method);
  });
  return calls;
}

/** Goes to a view through the navigation, as a user would. */
export async function goTo(page: Page, label: string): Promise<void> {
  const nav = page.getByRole('navigation');
  await nav.getByRole('link', { name: label, exact: true }).click();
  await expect(nav.getByRole('link', { name: label, exact: true })).toHaveAttribute('aria-current', 'page');
}

/** Makes the app open in a language and theme, as for a user who chose them earlier (call before opening). */
export async function chooseLook(page: Page, lang: Language, theme: 'light' | 'dark'): Promise<void> {
  await page.addInitScript(
    ([l, t]) => {
      localStorage.setItem('campaign-planner.language', l);
      localStorage.setItem('campaign-planner.theme', t);
    },
    [lang, theme] as const,
  );
}

/** Picks an item of the File menu (in either language), as a user would. */
export async function fileMenu(page: Page, item: RegExp | string): Promise<void> {
  await page.getByRole('button', { name: /^(File|文件)$/ }).click();
  await page.getByRole('menu').getByRole('menuitem', { name: item }).click();
}

/** Opens the plan on the Timeline at week zoom in a language and theme, once its bars are drawn (for screenshots). */
export async function openTimelineIn(page: Page, plan: PlanFixture, lang: Language, theme: 'light' | 'dark'): Promise<void> {
  await page.addInitScript(
    ([l, th]) => {
      localStorage.setItem('campaign-planner.language', l);
      localStorage.setItem('campaign-planner.theme', th);
      localStorage.setItem('campaign-planner.timeline.zoom', 'week');
    },
    [lang, theme] as const,
  );
  await plan.open();
  await page.evaluate(() => (location.hash = '#/timeline'));
  await expect(page.locator('.tl-frappe .bar-wrapper.tl-task').first()).toBeVisible();
}
