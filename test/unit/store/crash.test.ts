import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PlanFile } from '../../../electron/store/plan-file.ts';
import { tempDir, writer } from './helpers.ts';

describe('a writer killed mid-stream', () => {
  it('leaves a sound file holding every change it acknowledged', async () => {
    const p = path.join(tempDir(), 'crash.cplan');
    PlanFile.create(p, writer()).close();
    const child = spawn(process.execPath, [path.resolve('test/fixtures/crash-writer.ts'), p], { stdio: ['ignore', 'pipe', 'inherit'] });
    let acked = 0;
    await new Promise<void>((resolve) => {
      child.stdout.on('data', (d: Buffer) => {
        const lines = d.toString().trim().split('\n');
        acked = Math.max(acked, Number(lines[lines.length - 1]));
        if (acked >= 200) {
          child.kill('SIGKILL');
        }
      });
      child.on('exit', () => resolve());
    });
    expect(acked).toBeGreaterThanOrEqual(200);
    // the kill may land inside a transaction, leaving a hot journal: opening must recover it, not refuse
    const f = PlanFile.open(p, writer());
    expect(f.readOnly).toBeNull(); // the dead writer's stale lock is taken over
    expect(f.handle.pragma('integrity_check', { simple: true })).toBe('ok');
    const stored = f.handle.prepare('SELECT count(*) AS c, max(value) AS m FROM market_figure').get() as { c: number; m: number };
    f.close();
    expect(stored.c).toBeGreaterThanOrEqual(acked);
    expect(stored.m).toBeGreaterThanOrEqual(acked);
  });
});
