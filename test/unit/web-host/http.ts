import http from 'node:http';

export interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A raw HTTP request (the path is sent exactly as given, unlike fetch which normalises `..`). */
export function request(port: number, opts: { method?: string; path: string; headers?: Record<string, string>; body?: string | Buffer; host?: string }): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: opts.host ?? '127.0.0.1', port, method: opts.method ?? 'GET', path: opts.path, headers: opts.headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    if (opts.body !== undefined) req.end(opts.body);
    else req.end();
  });
}

export function postApi(port: number, method: string, body: unknown, token: string | null, extra: Record<string, string> = {}): Promise<Reply> {
  const headers: Record<string, string> = { 'Content-Type': 'application/json', ...extra };
  if (token) headers.Authorization = `Bearer ${token}`;
  return request(port, { method: 'POST', path: `/api/${method}`, headers, body: typeof body === 'string' ? body : JSON.stringify(body) });
}
