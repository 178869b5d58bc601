// The preload runs sandboxed: its bundle may require nothing but 'electron', and it should stay small.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
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
