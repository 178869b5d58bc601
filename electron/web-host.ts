/**
 * Browser preview host: `node dist/web-host.cjs [--port N] [--lang zh-CN|en] [FILE]`.
 * Serves the built renderer and the PlannerApi on 127.0.0.1 and prints the one URL to open.
 */
import path from 'node:path';
import { parseWebHostArgs } from './hosts/web-args.ts';
import { startWebHost } from './hosts/web-server.ts';

async function main(): Promise<void> {
  let args;
  try {
    args = parseWebHostArgs(process.argv.slice(2));
  } catch (err) {
    process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(2);
  }
  // The bundle lives in dist/, the built renderer beside it in dist/renderer.
  const staticDir = path.join(import.meta.dirname, 'renderer');
  const host = await startWebHost({ port: args.port, lang: args.lang, file: args.file, staticDir, ...(args.author ? { author: args.author } : {}) });
  process.stdout.write(`Campaign Planner: ${host.url}#token=${host.token}\n`);
  if (host.file) process.stderr.write(`Plan file: ${host.file}\n`);
  const stop = () => {
    host.close().then(() => process.exit(0), () => process.exit(1));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((err: unknown) => {
  process.stderr.write(`Campaign Planner could not start: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
