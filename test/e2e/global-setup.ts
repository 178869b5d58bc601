/**
 * Makes sure dist/ holds builds of the current sources before any test runs: the renderer (vite, into
 * dist/renderer or CPLAN_STATIC_DIR) when it is missing or older than any file under renderer/ or
 * shared/, and the Node bundles (dist/cli.cjs, which the specs use to read plan files on disk, and
 * the others) when they are older than electron/, shared/ or resources/.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');

function newest(dir: string): number {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(full) : statSync(full).mtimeMs);
  }
  return latest;
}

function builtAt(file: string): number {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return 0;
  }
}

/** Whether `output` is older than any of `sources` (folders, or files, under the repository). */
function stale(output: string, sources: string[]): boolean {
  const latest = Math.max(...sources.map((s) => path.join(root, s)).map((s) => (statSync(s).isDirectory() ? newest(s) : statSync(s).mtimeMs)));
  return builtAt(output) < latest;
}

function run(what: string, args: string[]): void {
  const done = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
  if (done.status !== 0) throw new Error(`${what} failed`);
}

const outDir = process.env.CPLAN_STATIC_DIR ?? path.join(root, 'dist/renderer');

export default function globalSetup(): void {
  if (stale(path.join(outDir, 'index.html'), ['renderer', 'shared', 'vite.config.ts'])) {
    run('vite build', [path.join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn', '--outDir', outDir, '--emptyOutDir']);
  }
  if (stale(path.join(root, 'dist/cli.cjs'), ['electron', 'shared', 'resources', 'scripts/build-node.mjs'])) {
    run('the Node bundles build', [path.join(root, 'scripts/build-node.mjs')]);
  }
}
