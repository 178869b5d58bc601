#!/usr/bin/env node
// npm's allowScripts keeps Electron's postinstall (a binary download) off, so that `npm ci` works where
// that download is impossible. `npm start` calls this first: it fetches the binary once, or says why not.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const dir = dirname(require.resolve('electron/package.json'));
if (existsSync(join(dir, 'path.txt'))) process.exit(0);

console.log('Fetching the Electron binary (first start only)…');
const run = spawnSync(process.execPath, [join(dir, 'install.js')], { stdio: 'inherit' });
if (run.status !== 0 || !existsSync(join(dir, 'path.txt'))) {
  console.error('\nThe Electron binary could not be downloaded here. Use the browser preview instead:\n  npm run start:web');
  process.exit(1);
}
