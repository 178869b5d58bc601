// The preload runs sandboxed: its bundle may require nothing but 'electron', and it should stay small.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { API_METHODS } from '../../../shared/api.ts';
import { METHODS_SWITCH, methodsFromArgv, methodsSwitch } from '../../../electron/shell/channels.ts';

const root = fileURLToPath(new URL('../../..', import.meta.url));

describe('preload bundle', () => {
  it("requires only 'electron' and stays a few kilobytes", async () => {
    const result = await build({
      entryPoints: [`${root}/electron/preload.ts`],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node24',
      external: ['electron', 'better-sqlite3'],
      write: false,
      logLevel: 'silent',
    });
    const code = result.outputFiles[0]?.text ?? '';
    const required = [...code.matchAll(/require\(["']([^"']+)["']\)/g)].map((m) => m[1]);
    expect(required).toEqual(['electron']);
    expect(code.length).toBeLessThan(10_000);
    expect(code).toContain('exposeInMainWorld("planner"');
  });
});

/** Runs the preload bundle against a fake 'electron'; answers what it exposed and what it sent to main. */
async function loadPreload() {
  const result = await build({ entryPoints: [`${root}/electron/preload.ts`], bundle: true, platform: 'node', format: 'cjs', target: 'node24', external: ['electron'], write: false, logLevel: 'silent' });
  const listeners = new Map<string, (...args: unknown[]) => void>();
  const sent: string[] = [];
  let exposed: Record<string, unknown> = {};
  const electron = {
    contextBridge: { exposeInMainWorld: (_name: string, api: Record<string, unknown>) => (exposed = api) },
    ipcRenderer: {
      invoke: async () => undefined,
      on: (channel: string, fn: (...args: unknown[]) => void) => listeners.set(channel, fn),
      removeListener: (channel: string) => listeners.delete(channel),
      send: (channel: string) => sent.push(channel),
    },
  };
  const module = { exports: {} };
  new Function('require', 'module', 'exports', 'process', result.outputFiles[0]!.text)(() => electron, module, module.exports, { argv: [] });
  return { exposed, listeners, sent };
}

describe('saving before the window closes', () => {
  it("runs the page's flush when main asks, and answers only once it is done, even if it failed", async () => {
    const { exposed, listeners, sent } = await loadPreload();
    const onBeforeClose = exposed.onBeforeClose as (flush: () => Promise<void>) => () => void;
    let finish!: () => void;
    onBeforeClose(() => new Promise<void>((resolve) => (finish = resolve)));
    listeners.get('shell:flush')!();
    await new Promise((r) => setTimeout(r, 0));
    expect(sent).toEqual([]);
    finish();
    await vi.waitFor(() => expect(sent).toEqual(['shell:flushed']));

    const off = onBeforeClose(() => Promise.reject(new Error('write refused')));
    listeners.get('shell:flush')!();
    await vi.waitFor(() => expect(sent).toEqual(['shell:flushed', 'shell:flushed']));
    off();
    expect(listeners.has('shell:flush')).toBe(false);
  });
});

describe('API method names for the preload', () => {
  it('round-trip through the page process switch', () => {
    const argv = ['/opt/app/chrome', '--type=renderer', methodsSwitch(API_METHODS), '--lang=en'];
    expect(methodsFromArgv(argv)).toEqual(API_METHODS);
  });
  it('are empty without the switch, and never anything but identifiers', () => {
    expect(methodsFromArgv(['--type=renderer'])).toEqual([]);
    expect(methodsFromArgv([`${METHODS_SWITCH}planInfo,__proto__!,a b,<x>,undo`])).toEqual(['planInfo', 'undo']);
  });
});
