// What both browser benchmarks measure during a drag: Chromium's trace of the main thread, and the gaps
// between animation frames as the page itself sees them.
import type { Browser, Page } from '@playwright/test';

export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** thread (CPU) time of the event: wall time minus the time the thread was not running */
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { type?: string } };
}

/** Starts recording frame gaps in the page and tracing in Chromium. */
export async function startTrace(browser: Browser, page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __gaps: number[]; __run: boolean };
    w.__gaps = [];
    w.__run = true;
    let last = performance.now();
    const loop = (now: number) => {
      w.__gaps.push(now - last);
      last = now;
      if (w.__run) requestAnimationFrame(loop);
    };
    requestAnimationFrame(loop);
  });
  await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel'] });
}

/** Stops both; the first two frame gaps are the recorder starting up and are left out. */
export async function stopTrace(browser: Browser, page: Page): Promise<{ events: TraceEvent[]; gaps: number[] }> {
  const buffer = await browser.stopTracing();
  const gaps = await page.evaluate(() => {
    const w = window as unknown as { __gaps: number[]; __run: boolean };
    w.__run = false;
    return w.__gaps.slice(2);
  });
  return { events: (JSON.parse(buffer.toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents, gaps };
}

/** The tasks of the renderer's main thread: the thread that handled `near` (an input event), else the first one. */
export function mainThreadTasks(events: readonly TraceEvent[], near: TraceEvent): TraceEvent[] {
  const main = events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const thread = main.find((m) => m.pid === near.pid && m.tid === near.tid) ?? main[0]!;
  return events.filter((e) => e.pid === thread.pid && e.tid === thread.tid && e.ph === 'X' && (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') && e.dur !== undefined);
}
