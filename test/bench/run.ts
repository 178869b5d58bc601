// `npm run bench`: every benchmark prints figures (and ratios where there is something to compare with).
// Nothing here asserts a time: this machine is shared and noisy. Each part lives in its own module and
// exports `bench(ctx)`; a part that is not there yet is skipped with a note.
// Pick parts by name: `npx node --experimental-strip-types test/bench/run.ts store merge` (no names: all).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface BenchContext {
  /** a temporary folder for this run */
  dir: string;
  /** the large plan file (2,000 tasks, 10,000 content items, ...) made by the store part */
  largePlan: string;
  /** the built renderer (npm run build) */
  staticDir: string;
}

export type BenchPart = (ctx: BenchContext) => Promise<Record<string, string>> | Record<string, string>;

const PARTS = ['store', 'merge', 'timeline', 'content', 'startup', 'undo'] as const;

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cplan-bench-'));
  const root = path.resolve(import.meta.dirname, '../..');
  const ctx: BenchContext = { dir, largePlan: '', staticDir: path.join(root, 'dist/renderer') };
  try {
    const picked = process.argv.slice(2);
    for (const name of picked) if (!(PARTS as readonly string[]).includes(name)) throw new Error(`no bench part "${name}" (parts: ${PARTS.join(', ')})`);
    for (const part of PARTS.filter((p) => !picked.length || picked.includes(p))) {
      const file = path.join(import.meta.dirname, `${part}.ts`);
      console.log(`\n== ${part}`);
      if (!fs.existsSync(file)) {
        console.log('   (not written yet)');
        continue;
      }
      const mod = (await import(file)) as { bench?: BenchPart };
      if (!mod.bench) {
        console.log('   (no bench export)');
        continue;
      }
      const figures = await mod.bench(ctx);
      for (const [k, v] of Object.entries(figures)) console.log(`   ${k.padEnd(60)} ${v}`);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

await main();
