import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES, startWebHost, type WebHost } from '../../../electron/hosts/web-server.ts';
import { fakeApi } from './fake-api.ts';
import { postApi, request } from './http.ts';

let dir: string;
let host: WebHost;
let api: ReturnType<typeof fakeApi>;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'web-host-test-'));
  const root = path.join(dir, 'renderer');
  mkdirSync(path.join(root, 'assets'), { recursive: true });
  writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>t</title><script type="module" src="./assets/app.js"></script>');
  writeFileSync(path.join(root, 'assets', 'app.js'), 'export {};');
  writeFileSync(path.join(root, 'assets', 'app.css'), 'body{}');
  writeFileSync(path.join(dir, 'secret.txt'), 'do not serve');
  api = fakeApi();
  host = await startWebHost({ api, staticDir: root });
});

afterAll(async () => {
  await host.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('web host API', () => {
  it('answers 401 without the token, or with a wrong one', async () => {
    const none = await postApi(host.port, 'planInfo', [], null);
    expect(none.status).toBe(401);
    expect(JSON.parse(none.body)).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
    const wrong = await postApi(host.port, 'planInfo', [], 'x'.repeat(host.token.length));
    expect(wrong.status).toBe(401);
    const basic = await postApi(host.port, 'planInfo', [], null, { Authorization: `Basic ${host.token}` });
    expect(basic.status).toBe(401);
    expect(api.calls).toHaveLength(0);
  });

  it('answers 400 with an INVALID_REQUEST result on a bad body', async () => {
    for (const body of ['{not json', '{"a":1}', JSON.stringify([[]]), JSON.stringify([[{ entity: 'nope', id: 'a', field: 'b', value: 1 }]])]) {
      const reply = await postApi(host.port, 'applyChanges', body, host.token);
      expect(reply.status, body).toBe(400);
      const result = JSON.parse(reply.body);
      expect(result.ok).toBe(false);
      expect(result.error.code).toBe('INVALID_REQUEST');
      expect(typeof result.error.params.detail).toBe('string');
    }
    expect(api.calls).toHaveLength(0);
  });

  it('refuses unknown methods, other verbs, other content types and oversized bodies', async () => {
    expect((await postApi(host.port, 'dropEverything', [], host.token)).status).toBe(404);
    expect((await postApi(host.port, 'constructor', [], host.token)).status).toBe(404);
    expect((await request(host.port, { path: '/api/planInfo', headers: { Authorization: `Bearer ${host.token}` } })).status).toBe(405);
    expect((await postApi(host.port, 'planInfo', [], host.token, { 'Content-Type': 'text/plain' })).status).toBe(415);
    const big = await postApi(host.port, 'planInfo', `[${' '.repeat(MAX_BODY_BYTES)}]`, host.token);
    expect(big.status).toBe(413);
  });

  it('calls the method with the validated arguments and returns its Result', async () => {
    const changes = [{ entity: 'settings', id: 'plan', field: 'name', value: 'Spring launch' }];
    const reply = await postApi(host.port, 'applyChanges', [changes, { label: 'Rename plan' }], host.token);
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toMatch(/^application\/json/);
    expect(JSON.parse(reply.body)).toEqual({ ok: true, value: { revision: 1, canUndo: true, canRedo: false, changes: [] } });
    expect(api.calls.at(-1)).toEqual({ method: 'applyChanges', args: [changes, { label: 'Rename plan' }] });

    const info = await postApi(host.port, 'planInfo', [], host.token);
    expect(JSON.parse(info.body)).toMatchObject({ ok: true, value: { fileName: 'fake.cplan' } });
  });

  it('never sends CORS headers, not even to a preflight', async () => {
    const origin = { Origin: 'https://evil.example' };
    const replies = [
      await postApi(host.port, 'planInfo', [], host.token, origin),
      await postApi(host.port, 'planInfo', [], null, origin),
      await request(host.port, { method: 'OPTIONS', path: '/api/planInfo', headers: { ...origin, 'Access-Control-Request-Method': 'POST' } }),
      await request(host.port, { path: '/', headers: origin }),
    ];
    for (const r of replies) {
      expect(Object.keys(r.headers).filter((h) => h.startsWith('access-control-'))).toEqual([]);
    }
  });

  it('refuses a Host header other than its own (DNS rebinding)', async () => {
    const reply = await postApi(host.port, 'planInfo', [], host.token, { Host: `evil.example:${host.port}` });
    expect(reply.status).toBe(403);
  });
});

describe('web host binding', () => {
  it('listens on 127.0.0.1 only', async () => {
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/`);
    const others = Object.values(os.networkInterfaces())
      .flat()
      .filter((a): a is os.NetworkInterfaceInfo => !!a && !a.internal && a.family === 'IPv4')
      .map((a) => a.address);
    for (const address of others) {
      const connected = await new Promise<boolean>((resolve) => {
        const socket = net.connect({ host: address, port: host.port });
        socket.once('connect', () => {
          socket.destroy();
          resolve(true);
        });
        socket.once('error', () => resolve(false));
      });
      expect(connected, address).toBe(false);
    }
    // ::1 (IPv6 loopback) is not bound either.
    const v6 = await new Promise<boolean>((resolve) => {
      const socket = net.connect({ host: '::1', port: host.port });
      socket.once('connect', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    expect(v6).toBe(false);
  });

  it('makes a new random token each start', async () => {
    const other = await startWebHost({ api: fakeApi(), staticDir: dir });
    try {
      expect(other.token).not.toBe(host.token);
      expect(other.token.length).toBeGreaterThanOrEqual(40);
      expect(other.port).not.toBe(host.port);
    } finally {
      await other.close();
    }
  });
});

describe('web host static files', () => {
  it('serves the renderer with content types and a CSP that allows only its own scripts', async () => {
    const index = await request(host.port, { path: '/' });
    expect(index.status).toBe(200);
    expect(index.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(index.headers['content-security-policy']).toContain("script-src 'self'");
    expect(index.headers['content-security-policy']).not.toMatch(/script-src[^;]*unsafe/);
    expect(index.headers['x-content-type-options']).toBe('nosniff');
    expect((await request(host.port, { path: '/index.html?x=1' })).status).toBe(200);
    const js = await request(host.port, { path: '/assets/app.js' });
    expect(js.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect((await request(host.port, { path: '/assets/app.css' })).headers['content-type']).toBe('text/css; charset=utf-8');
    const head = await request(host.port, { method: 'HEAD', path: '/assets/app.js' });
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
  });

  it('does not leave its folder', async () => {
    for (const p of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/..%5csecret.txt', '/%00index.html', '/%E0%A4%A', '/assets', '/missing.js']) {
      const reply = await request(host.port, { path: p });
      expect(reply.status, p).toBe(404);
      expect(reply.body).not.toContain('do not serve');
    }
    expect((await request(host.port, { method: 'DELETE', path: '/index.html' })).status).toBe(405);
  });
});
