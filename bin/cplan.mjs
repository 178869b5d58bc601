#!/usr/bin/env node
// `cplan`: the command-line host (info, check, new, export, merge). The CLI itself is electron/cli.ts,
// bundled to dist/cli.cjs, which exports `main(argv: string[]): Promise<number>` (the exit code).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const major = Number(process.versions.node.split('.')[0]);

// better-sqlite3 is built for Node 24 and crashes under an older node: hand over to the project's own Node.
if (major < 24) {
  const local = join(root, 'node_modules', 'node', 'bin', process.platform === 'win32' ? 'node.exe' : 'node');
  if (!existsSync(local)) {
    console.error(`cplan needs Node 24 or newer (this is ${process.version}); run it as \`npm run cplan -- …\` after \`npm install\`.`);
    process.exit(1);
  }
  const child = spawnSync(local, [fileURLToPath(import.meta.url), ...process.argv.slice(2)], { stdio: 'inherit' });
  process.exit(child.status ?? 1);
}

const cliPath = join(root, 'dist', 'cli.cjs');
if (!existsSync(cliPath)) {
  console.error('cplan: dist/cli.cjs is missing; build it with `npm run build:node`.');
  process.exit(1);
}
const cli = createRequire(import.meta.url)(cliPath);
const run = typeof cli.main === 'function' ? cli.main : cli.default?.main;
if (typeof run === 'function') {
  const code = await run(process.argv.slice(2));
  // exitCode, not exit(): lets piped stdout drain before the process ends
  process.exitCode = typeof code === 'number' ? code : 0;
}
