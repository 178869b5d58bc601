/**
 * Makes sure dist/renderer holds a build of the current renderer sources: builds it with vite when it
 * is missing or older than any file under renderer/ (or shared/, which the renderer bundles).
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

const outDir = process.env.CPLAN_STATIC_DIR ?? path.join(root, 'dist/renderer');

export default function globalSetup(): void {
  const built = (() => {
    try {
      return statSync(path.join(outDir, 'index.html')).mtimeMs;
    } catch {
      return 0;
    }
  })();
  const sources = Math.max(newest(path.join(root, 'renderer')), newest(path.join(root, 'shared')), statSync(path.join(root, 'vite.config.ts')).mtimeMs);
  if (built >= sources) return;
  const vite = path.join(root, 'node_modules/vite/bin/vite.js');
  const run = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'warn', '--outDir', outDir, '--emptyOutDir'], { cwd: root, stdio: 'inherit' });
  if (run.status !== 0) throw new Error('vite build failed');
}
