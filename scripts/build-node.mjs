#!/usr/bin/env node
// Bundles the Node-side entry points into single CommonJS files under dist/.
// Runs in `prepare` (npm install / npm ci), so it must be quick and must not fail on a fresh clone:
// an entry whose source file is not written yet is skipped with a warning, and with --prepare a bundle
// that fails to build is reported without failing the install (`npm run build` is strict and runs again
// before anything uses the bundles).
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = join(root, 'dist');

/** source → bundle. The preload must be one file: a sandboxed preload can require nothing but 'electron'. */
const ENTRIES = [
  { src: 'electron/main.ts', out: 'main.cjs' },
  { src: 'electron/preload.ts', out: 'preload.cjs', sandboxed: true },
  { src: 'electron/web-host.ts', out: 'web-host.cjs' },
  { src: 'electron/cli.ts', out: 'cli.cjs' },
];

// ES module sources may use import.meta.url / import.meta.dirname; in a CommonJS bundle they mean the
// bundle file itself (dist/<name>.cjs), which is where main.ts looks for preload.cjs and renderer/.
// Not in the sandboxed preload, whose `require` knows only 'electron' and a few polyfills.
const IMPORT_META = {
  banner: { js: '"use strict";\nconst __bundleUrl = require("node:url").pathToFileURL(__filename).href;' },
  define: { 'import.meta.url': '__bundleUrl', 'import.meta.dirname': '__dirname', 'import.meta.filename': '__filename' },
};

async function main() {
  mkdirSync(outdir, { recursive: true });
  const started = Date.now();
  const present = ENTRIES.filter(({ src }) => {
    if (existsSync(join(root, src))) return true;
    console.warn(`build-node: skipping ${src} (not written yet)`);
    return false;
  });
  const results = await Promise.allSettled(
    present.map(({ src, out, sandboxed }) =>
      build({
        entryPoints: [join(root, src)],
        outfile: join(outdir, out),
        bundle: true,
        platform: 'node',
        format: 'cjs',
        target: 'node24',
        external: ['better-sqlite3', 'electron', '@resvg/resvg-js'],
        sourcemap: 'linked',
        legalComments: 'none',
        logLevel: 'silent',
        ...(sandboxed ? {} : IMPORT_META),
      }),
    ),
  );
  let failed = 0;
  results.forEach((r, i) => {
    const { src, out } = present[i];
    if (r.status === 'fulfilled') {
      for (const w of r.value.warnings) console.warn(`build-node: ${src}: ${w.text}`);
      console.log(`build-node: ${src} → ${relative(root, join(outdir, out))}`);
    } else {
      failed++;
      const errors = r.reason?.errors ?? [];
      console.error(`build-node: ${src} failed`);
      for (const e of errors) {
        const at = e.location ? `${e.location.file}:${e.location.line}:${e.location.column}: ` : '';
        console.error(`  ${at}${e.text}`);
      }
      if (errors.length === 0) console.error(`  ${r.reason}`);
    }
  });
  console.log(`build-node: ${present.length - failed}/${ENTRIES.length} bundles in ${Date.now() - started} ms`);
  if (failed && !process.argv.includes('--prepare')) process.exitCode = 1;
}

await main();
