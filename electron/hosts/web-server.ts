import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { PlannerApi } from '../../shared/api.ts';
import { PlannerError } from '../../shared/errors.ts';
import type { Language } from '../../shared/model/enums.ts';
import { PlanService } from '../services/plan-service.ts';
import { SECURITY_HEADERS } from '../shell/csp.ts';
import { callApi, hasToken, invalidRequest, type ApiResponse } from './http-api.ts';
import { serveStatic } from './static-files.ts';

/** Largest API request body accepted (a big paste or import of changes still fits). */
export const MAX_BODY_BYTES = 16 * 1024 * 1024;

/** The same headers (CSP: scripts from 'self' only) as the app:// protocol of the desktop app. */
const HEADERS: Readonly<Record<string, string>> = { ...SECURITY_HEADERS, 'X-Frame-Options': 'DENY' };

export interface WebHostOptions {
  /** TCP port on 127.0.0.1; 0 (default) picks a free one */
  port?: number;
  /** plan file to open; without it a fresh copy of the sample plan is made in a temporary folder */
  file?: string | null;
  /** language of the sample plan made when no file is given */
  lang?: Language;
  /** author recorded on changes */
  author?: string;
  /** folder of the built renderer (default: dist/renderer under the working directory) */
  staticDir?: string;
  /** an API to serve instead of a PlanService of our own (tests); it is not disposed on close */
  api?: PlannerApi;
}

export interface WebHost {
  url: string;
  token: string;
  port: number;
  /** the plan file being served (null when an injected API is served) */
  file: string | null;
  close(): Promise<void>;
}

function sendJson(res: ServerResponse, { status, body }: ApiResponse): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
  });
  res.end(text);
}

/** Reads the body up to `limit` bytes; null when it is larger. */
function readBody(req: IncomingMessage, limit: number): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > limit) {
      resolve(null);
      req.resume();
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    req.on('data', (chunk: Buffer) => {
      if (over) return;
      size += chunk.length;
      if (size > limit) {
        over = true;
        resolve(null);
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (!over) resolve(Buffer.concat(chunks).toString('utf8'));
    });
    req.on('error', reject);
  });
}

async function openService(opts: WebHostOptions): Promise<{ api: PlannerApi; file: string; dispose(): void }> {
  const service = new PlanService({ author: opts.author ?? (os.userInfo().username || 'web') });
  let tempDir: string | null = null;
  try {
    let file: string;
    if (opts.file) {
      file = path.resolve(opts.file);
      const opened = await service.openPlan({ path: file });
      if (!opened.ok) throw new Error(opened.error.message);
    } else {
      tempDir = mkdtempSync(path.join(os.tmpdir(), 'campaign-planner-'));
      file = path.join(tempDir, 'sample.cplan');
      const made = await service.newPlan({ path: file, template: 'sample', lang: opts.lang ?? 'en' });
      if (!made.ok) throw new Error(made.error.message);
    }
    const dir = tempDir;
    return {
      api: service,
      file,
      dispose() {
        service.dispose();
        if (dir) rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch (err) {
    service.dispose();
    if (tempDir) rmSync(tempDir, { recursive: true, force: true });
    throw err;
  }
}

/**
 * Serves the built renderer and the PlannerApi on 127.0.0.1 only. Every API call is
 * `POST /api/<method>` with a JSON array of arguments and `Authorization: Bearer <token>`;
 * no CORS headers are ever sent, so other origins cannot read the answers.
 */
export async function startWebHost(opts: WebHostOptions = {}): Promise<WebHost> {
  const staticDir = path.resolve(opts.staticDir ?? path.join(process.cwd(), 'dist', 'renderer'));
  const token = randomBytes(32).toString('base64url');
  const backend = opts.api ? { api: opts.api, file: null, dispose() {} } : await openService(opts);
  let port = 0;

  const server = createServer((req, res) => {
    for (const [name, value] of Object.entries(HEADERS)) res.setHeader(name, value);
    handle(req, res).catch((err: unknown) => {
      const detail = err instanceof Error ? err.message : String(err);
      if (!res.headersSent) sendJson(res, { status: 500, body: { ok: false, error: new PlannerError('INTERNAL', { detail }).toApiError() } });
      else res.destroy();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    // A page on another site that resolves its own name to 127.0.0.1 (DNS rebinding) sends its own Host.
    const host = req.headers.host ?? '';
    if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) {
      res.writeHead(403, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Forbidden host');
      return;
    }
    const urlPath = (req.url ?? '/').split(/[?#]/, 1)[0] ?? '/';
    if (urlPath.startsWith('/api/')) {
      if (req.method !== 'POST') {
        res.setHeader('Allow', 'POST');
        sendJson(res, invalidRequest(405, 'use POST'));
        return;
      }
      if (!hasToken(req.headers.authorization, token)) {
        req.resume();
        sendJson(res, invalidRequest(401, 'missing or wrong token'));
        return;
      }
      const type = req.headers['content-type'] ?? '';
      if (!type.toLowerCase().startsWith('application/json')) {
        req.resume();
        sendJson(res, invalidRequest(415, 'the body must be application/json'));
        return;
      }
      const body = await readBody(req, MAX_BODY_BYTES);
      if (body === null) {
        res.setHeader('Connection', 'close');
        sendJson(res, invalidRequest(413, `the body is larger than ${MAX_BODY_BYTES} bytes`));
        return;
      }
      sendJson(res, await callApi(backend.api, urlPath.slice('/api/'.length), body));
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Method not allowed');
      return;
    }
    await serveStatic(staticDir, urlPath, req, res);
  }

  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(opts.port ?? 0, '127.0.0.1', () => {
        server.off('error', reject);
        resolve();
      });
    });
  } catch (err) {
    backend.dispose();
    throw err;
  }
  port = (server.address() as AddressInfo).port;
  const url = `http://127.0.0.1:${port}/`;

  let closed: Promise<void> | null = null;
  return {
    url,
    token,
    port,
    file: backend.file,
    close() {
      closed ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }).finally(() => backend.dispose());
      return closed;
    },
  };
}
