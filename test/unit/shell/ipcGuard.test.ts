import { describe, expect, it, vi } from 'vitest';
import { API_METHODS, type PlannerApi, type Result } from '../../../shared/api.ts';
import { PlannerError } from '../../../shared/errors.ts';
import { ipcChannel } from '../../../electron/shell/channels.ts';
import { guardedHandler, invokeChecked, isTrustedSender, type IpcCall } from '../../../electron/shell/ipcGuard.ts';

const APP = 'app://campaign-planner/index.html';

/** A PlannerApi whose every method records its arguments and answers ok. */
function fakeApi() {
  const calls: Array<{ method: string; args: unknown[] }> = [];
  const api = Object.fromEntries(
    API_METHODS.map((method) => [method, vi.fn(async (...args: unknown[]) => {
      calls.push({ method, args });
      return { ok: true, value: method } as Result<unknown>;
    })]),
  ) as unknown as PlannerApi;
  return { api, calls };
}

const call = (args: unknown[], over: Partial<IpcCall> = {}): IpcCall => ({ senderId: 1, frameUrl: APP, isMainFrame: true, args, ...over });

describe('IPC channels', () => {
  it('are planner:<method>, one per API method', () => {
    expect(API_METHODS.map(ipcChannel)).toContain('planner:applyChanges');
    expect(new Set(API_METHODS.map(ipcChannel)).size).toBe(API_METHODS.length);
  });
});

describe('sender check', () => {
  it('trusts only frames of the app origin', () => {
    expect(isTrustedSender(APP)).toBe(true);
    expect(isTrustedSender('app://campaign-planner/')).toBe(true);
    for (const url of ['https://example.com/', 'file:///tmp/x.html', 'app://evil/', 'about:blank', 'devtools://devtools/', '', null, undefined]) {
      expect(isTrustedSender(url), String(url)).toBe(false);
    }
  });

  it('refuses a call from another page before touching the service', async () => {
    const { api, calls } = fakeApi();
    const handle = guardedHandler('planInfo', () => api);
    const r = await handle(call([], { frameUrl: 'https://example.com/' }));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('INVALID_REQUEST');
    expect(calls).toEqual([]);
  });

  it('refuses a call from a subframe, or from a frame that is gone', async () => {
    const { api, calls } = fakeApi();
    const handle = guardedHandler('planInfo', () => api);
    expect((await handle(call([], { isMainFrame: false }))).ok).toBe(false);
    expect((await handle(call([], { frameUrl: null }))).ok).toBe(false);
    expect(calls).toEqual([]);
  });

  it('refuses a call from a window that has no plan service', async () => {
    const handle = guardedHandler('planInfo', () => undefined);
    const r = await handle(call([]));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('INVALID_REQUEST');
  });

  it('routes a call to the service of the window that sent it', async () => {
    const a = fakeApi();
    const b = fakeApi();
    const handle = guardedHandler('undo', (id) => (id === 1 ? a.api : id === 2 ? b.api : undefined));
    await handle(call([], { senderId: 2 }));
    expect(a.calls).toEqual([]);
    expect(b.calls).toEqual([{ method: 'undo', args: [] }]);
  });
});

describe('payload validation with API_ARGS', () => {
  const invalid = async (method: string, args: unknown) => {
    const { api, calls } = fakeApi();
    const r = await invokeChecked(api, method, args);
    expect(calls, `${method} must not be called`).toEqual([]);
    return r;
  };

  it.each([
    ['openPlan', []],
    ['openPlan', [{}]],
    ['openPlan', [{ path: '' }]],
    ['openPlan', [{ path: 42 }]],
    ['openPlan', [{ path: 'x'.repeat(5000) }]],
    ['planInfo', ['extra']],
    ['newPlan', [{ path: '/tmp/a.cplan', template: 'evil', lang: 'en' }]],
    ['newPlan', [{ path: '/tmp/a.cplan', template: 'sample', lang: 'fr' }]],
    ['applyChanges', [[]]],
    ['applyChanges', [[{ entity: 'no_such_entity', id: 'a', field: 'name', value: 1 }]]],
    ['applyChanges', ['not an array']],
    ['setAuthor', [{ name: '   ' }]],
    ['history', [{ limit: 0 }]],
    ['openPlan', 'not an array'],
  ])('%s(%j) is an INVALID_REQUEST', async (method, args) => {
    const r = await invalid(method, args);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('INVALID_REQUEST');
      expect(r.error.message).toMatch(/^The request is not valid: /);
    }
  });

  it.each(['nope', '__proto__', 'constructor', 'toString', 'hasOwnProperty', 'dispose'])('an unknown method (%s) is an INVALID_REQUEST', async (method) => {
    const r = await invalid(method, []);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('INVALID_REQUEST');
  });

  it('calls the method with the parsed arguments (unknown keys dropped, strings trimmed)', async () => {
    const { api, calls } = fakeApi();
    const r = await invokeChecked(api, 'openPlan', [{ path: '/tmp/a.cplan', evil: '<script>' }]);
    expect(r).toEqual({ ok: true, value: 'openPlan' });
    expect(calls).toEqual([{ method: 'openPlan', args: [{ path: '/tmp/a.cplan' }] }]);
    await invokeChecked(api, 'setAuthor', [{ name: '  Li Wei  ' }]);
    expect(calls[1]).toEqual({ method: 'setAuthor', args: [{ name: 'Li Wei' }] });
  });

  it('accepts a valid applyChanges with its optional label', async () => {
    const { api, calls } = fakeApi();
    const changes = [{ entity: 'task', id: 't1', field: 'name', value: 'Launch' }];
    const r = await invokeChecked(api, 'applyChanges', [changes, { label: 'rename' }]);
    expect(r.ok).toBe(true);
    expect(calls[0]?.args).toEqual([changes, { label: 'rename' }]);
  });

  it('turns a thrown PlannerError into its code and anything else into INTERNAL', async () => {
    const api = { planInfo: async () => { throw new PlannerError('NO_PLAN'); }, undo: async () => { throw new Error('boom'); } } as unknown as PlannerApi;
    const a = await invokeChecked(api, 'planInfo', []);
    const b = await invokeChecked(api, 'undo', []);
    expect(a.ok || a.error.code).toBe('NO_PLAN');
    expect(b.ok || b.error.code).toBe('INTERNAL');
    expect(b.ok || b.error.params.detail).toBe('boom');
  });
});
