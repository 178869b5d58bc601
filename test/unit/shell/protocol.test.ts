import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSP } from '../../../electron/shell/csp.ts';
import { APP_SCHEME_PRIVILEGES, appResponse, appUrlToFile, contentTypeOf, fileInside } from '../../../electron/shell/protocol.ts';

let base: string;
let dir: string;

beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'cplan-protocol-'));
  dir = join(base, 'renderer');
  mkdirSync(join(dir, 'assets'), { recursive: true });
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>app</title>');
  writeFileSync(join(dir, 'assets', 'index-abc.js'), 'console.log(1)');
  writeFileSync(join(dir, 'assets', 'style.css'), 'body{}');
  writeFileSync(join(base, 'secret.txt'), 'outside the renderer folder');
  // a sibling folder whose name starts like the renderer folder's
  mkdirSync(join(base, 'renderer-evil'));
  writeFileSync(join(base, 'renderer-evil', 'x.js'), 'evil');
});
afterAll(() => rmSync(base, { recursive: true, force: true }));

describe('app:// → file', () => {
  it('serves index.html for the origin and files below the renderer folder', () => {
    expect(appUrlToFile(dir, 'app://campaign-planner/')).toBe(join(dir, 'index.html'));
    expect(appUrlToFile(dir, 'app://campaign-planner/index.html')).toBe(join(dir, 'index.html'));
    expect(appUrlToFile(dir, 'app://campaign-planner/assets/index-abc.js?v=1#x')).toBe(join(dir, 'assets', 'index-abc.js'));
  });

  it.each([
    'app://campaign-planner/../secret.txt',
    'app://campaign-planner/%2e%2e/secret.txt',
    'app://campaign-planner/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
    'app://campaign-planner/..%2fsecret.txt',
    'app://campaign-planner/..%5csecret.txt',
    'app://campaign-planner/%2e%2e%2frenderer-evil/x.js',
    'app://campaign-planner/index.html%00.js',
    'app://campaign-planner/%E0%A4%A',
  ])('refuses %s (it would leave the renderer folder or is malformed)', (url) => {
    const file = appUrlToFile(dir, url);
    if (file !== null) expect(file.startsWith(dir + '/') || file.startsWith(dir + '\\')).toBe(true);
  });

  it('refuses other origins', () => {
    expect(appUrlToFile(dir, 'app://other/index.html')).toBeNull();
    expect(appUrlToFile(dir, 'file:///etc/passwd')).toBeNull();
    expect(appUrlToFile(dir, 'https://campaign-planner/index.html')).toBeNull();
  });
});

describe('app:// responses', () => {
  it('answer a file with its content type and the CSP', async () => {
    const res = await appResponse(dir, { url: 'app://campaign-planner/assets/index-abc.js', method: 'GET' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(res.headers.get('content-security-policy')).toBe(CSP);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await res.text()).toBe('console.log(1)');
    const html = await appResponse(dir, { url: 'app://campaign-planner/', method: 'GET' });
    expect(html.headers.get('content-type')).toMatch(/^text\/html/);
    expect(html.headers.get('content-security-policy')).toBe(CSP);
  });

  it('answer 404 for a missing file or a path outside the folder, never its content', async () => {
    for (const url of ['app://campaign-planner/missing.js', 'app://campaign-planner/%2e%2e/secret.txt', 'app://campaign-planner/assets', 'app://other/index.html']) {
      const res = await appResponse(dir, { url, method: 'GET' });
      expect(res.status, url).toBe(404);
      expect(await res.text()).not.toContain('outside');
    }
  });

  it('answer HEAD without a body and refuse other methods', async () => {
    const head = await appResponse(dir, { url: 'app://campaign-planner/index.html', method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    const post = await appResponse(dir, { url: 'app://campaign-planner/index.html', method: 'POST' });
    expect(post.status).toBe(405);
  });
});

describe('scheme registration', () => {
  it('makes app:// a standard, secure origin so that CSP \'self\', modules and fetch work', () => {
    expect(APP_SCHEME_PRIVILEGES).toMatchObject({ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } });
  });
});

describe('content types', () => {
  it('serve module scripts as JavaScript and everything else by its extension', () => {
    expect(contentTypeOf('/r/assets/index-abc.js')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeOf('/r/index.HTML')).toBe('text/html; charset=utf-8');
    expect(contentTypeOf('/r/a.css')).toBe('text/css; charset=utf-8');
    expect(contentTypeOf('/r/favicon.svg')).toBe('image/svg+xml');
    expect(contentTypeOf('/r/font.woff2')).toBe('font/woff2');
    expect(contentTypeOf('/r/unknown.bin')).toBe('application/octet-stream');
  });
});

describe('fileInside', () => {
  it('never answers a path outside the root', () => {
    const root = '/srv/app/renderer';
    expect(fileInside(root, '/')).toBe('/srv/app/renderer/index.html');
    expect(fileInside(root, '/a/b.js')).toBe('/srv/app/renderer/a/b.js');
    for (const p of ['/../x', '/%2e%2e/x', '/a/%2e%2e/%2e%2e/x', '/..%2f..%2fetc/passwd', '/..\\x', '/%5c..%5cx', '/x%00.js', '/%E0%A4%A', '/../renderer-evil/x.js']) {
      expect(fileInside(root, p), p).toBeNull();
    }
  });
});
