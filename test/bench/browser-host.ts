// What the startup and undo benchmarks share: the large plan served by the web host to Chromium.
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { startWebHost, type WebHost } from '../../electron/hosts/web-server.ts';
import { CHROMIUM_ARGS } from '../../playwright.config.ts';
import { benchStore } from './store.ts';

export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
export const fmt = (x: number) => `${x.toFixed(1)} ms`;

export interface Served {
  host: WebHost;
  browser: Browser;
  url: string;
  close(): Promise<void>;
}

/** A copy of the large plan of our own (edits write to it, no other part holds its lock), served and a Chromium to look at it. */
export async function serveLargePlan(ctx: { dir: string; largePlan: string }, staticDir: string, name: string): Promise<Served> {
  const file = path.join(ctx.dir, `${name}-large.cplan`);
  fs.copyFileSync(ctx.largePlan || benchStore(ctx.dir).file, file);
  const host = await startWebHost({ file, author: 'bench', staticDir });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  return {
    host,
    browser,
    url: `${host.url}#token=${host.token}`,
    async close() {
      await browser.close();
      await host.close();
    },
  };
}
