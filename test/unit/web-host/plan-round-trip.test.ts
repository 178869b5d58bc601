import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Snapshot } from '../../../shared/api.ts';
import { startWebHost, type WebHost } from '../../../electron/hosts/web-server.ts';
import { postApi } from './http.ts';

let host: WebHost;

beforeAll(async () => {
  // No file: the host makes a fresh copy of the sample plan in a temporary folder.
  host = await startWebHost({ lang: 'en', author: 'web-host test', staticDir: '/nonexistent' });
});

afterAll(async () => {
  const file = host.file;
  await host.close();
  expect(file && existsSync(file)).toBe(false);
});

describe('web host with a real plan', () => {
  it('serves the sample plan and writes a change through the API', async () => {
    const snap = JSON.parse((await postApi(host.port, 'snapshot', [], host.token)).body) as { ok: true; value: Snapshot };
    expect(snap.ok).toBe(true);
    expect(snap.value.info.fileName).toMatch(/\.cplan$/);
    expect(snap.value.info.readOnly).toBeNull();
    expect(snap.value.rows.task.length).toBeGreaterThan(0);

    const changes = [{ entity: 'settings', id: 'plan', field: 'name', value: 'Renamed over HTTP' }];
    const applied = JSON.parse((await postApi(host.port, 'applyChanges', [changes, { label: 'test' }], host.token)).body);
    expect(applied).toMatchObject({ ok: true, value: { canUndo: true } });

    const info = JSON.parse((await postApi(host.port, 'planInfo', [], host.token)).body);
    expect(info.value.name).toBe('Renamed over HTTP');

    const undone = JSON.parse((await postApi(host.port, 'undo', [], host.token)).body);
    expect(undone.ok).toBe(true);
    const after = JSON.parse((await postApi(host.port, 'planInfo', [], host.token)).body);
    expect(after.value.name).toBe(snap.value.info.name);
  });

  it('answers a refused change with the backend error as a Result', async () => {
    const bad = [{ entity: 'task', id: 'nope', field: 'progress', value: 500 }];
    const reply = await postApi(host.port, 'applyChanges', [bad], host.token);
    expect(reply.status).toBe(200);
    const result = JSON.parse(reply.body);
    expect(result.ok).toBe(false);
    expect(typeof result.error.code).toBe('string');
  });
});
