import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { main } from '../../../electron/cli.ts';
import { PlanService } from '../../../electron/services/plan-service.ts';
import { PlanFile } from '../../../electron/store/plan-file.ts';
import { tempDir, writer } from './helpers.ts';

describe('the lock beside an open plan', () => {
  it('names who has the plan open, and a second opener gets it read-only', () => {
    const p = path.join(tempDir(), 'shared.cplan');
    const first = PlanFile.create(p, writer('Ana'));
    const lock = JSON.parse(fs.readFileSync(`${p}.lock`, 'utf8'));
    expect(lock).toMatchObject({ author: 'Ana', user: os.userInfo().username, host: os.hostname(), pid: process.pid });
    const second = PlanFile.open(p, writer('Bo'));
    expect(second.readOnly).toMatchObject({ code: 'LOCKED', params: { author: 'Ana', user: os.userInfo().username, host: os.hostname() } });
    expect(second.readOnly?.message).toContain(`Ana (${os.userInfo().username} on ${os.hostname()})`);
    expect(second.lockHolder?.author).toBe('Ana');
    expect(() => second.apply([{ entity: 'settings', id: 'plan', field: 'name', value: 'x' }])).toThrow(expect.objectContaining({ code: 'READ_ONLY' }));
    second.close();
    expect(fs.existsSync(`${p}.lock`)).toBe(true); // the read-only opener does not remove Ana's lock
    first.close();
    expect(fs.existsSync(`${p}.lock`)).toBe(false); // closing releases it
  });

  it('takes over a stale lock whose process is gone from this host', () => {
    const p = path.join(tempDir(), 'stale.cplan');
    PlanFile.create(p, writer()).close();
    fs.writeFileSync(`${p}.lock`, JSON.stringify({ user: 'Gone', host: os.hostname(), pid: 2 ** 22 + 12345, since: '2026-01-01T00:00:00Z' }));
    const f = PlanFile.open(p, writer('Cy'));
    expect(f.readOnly).toBeNull();
    expect(JSON.parse(fs.readFileSync(`${p}.lock`, 'utf8')).author).toBe('Cy');
    f.close();
  });

  it('respects a lock held on another host, which it cannot check', () => {
    const p = path.join(tempDir(), 'remote.cplan');
    PlanFile.create(p, writer()).close();
    fs.writeFileSync(`${p}.lock`, JSON.stringify({ user: 'Dee', host: 'other-laptop', pid: 1, since: '2026-11-20T09:00:00Z' }));
    const f = PlanFile.open(p, writer());
    expect(f.readOnly?.code).toBe('LOCKED');
    expect(f.readOnly?.message).toContain('Dee on other-laptop');
    f.close();
  });

  it('reads a lock file written before it recorded the author: the user stands in for the name', () => {
    const p = path.join(tempDir(), 'old.cplan');
    PlanFile.create(p, writer()).close();
    fs.writeFileSync(`${p}.lock`, JSON.stringify({ user: 'liwei', host: 'other-laptop', pid: 1, since: '2026-11-20T09:00:00Z' }));
    const f = PlanFile.open(p, writer());
    expect(f.lockHolder).toMatchObject({ user: 'liwei', host: 'other-laptop' });
    expect(f.readOnly).toMatchObject({ code: 'LOCKED', params: { author: 'liwei', user: 'liwei' } });
    f.close();
  });

  it('a name set after opening (the app asks for it) is written into the lock, so others see it', () => {
    const p = path.join(tempDir(), 'named.cplan');
    const first = PlanFile.create(p, writer(os.userInfo().username));
    first.setAuthor('Li Wei');
    expect(JSON.parse(fs.readFileSync(`${p}.lock`, 'utf8'))).toMatchObject({ author: 'Li Wei', pid: process.pid });
    const second = PlanFile.open(p, writer('Bo'));
    expect(second.lockHolder?.author).toBe('Li Wei');
    expect(second.readOnly?.message).toContain('Li Wei (');
    second.close();
    first.close();
    expect(fs.existsSync(`${p}.lock`)).toBe(false);
  });

  it('a lock file that is not ours to read (garbage) does not name anyone', () => {
    const p = path.join(tempDir(), 'junk.cplan');
    PlanFile.create(p, writer()).close();
    fs.writeFileSync(`${p}.lock`, JSON.stringify({ user: 7, host: 'x' }));
    const f = PlanFile.open(p, writer('Cy'));
    expect(f.readOnly).toBeNull();
    f.close();
  });
});

describe('cplan info names who has a plan open', () => {
  it('with the name set in the app, then the OS user and host', async () => {
    const p = path.join(tempDir(), 'open.cplan');
    PlanFile.create(p, writer()).close();
    const app = new PlanService({ author: os.userInfo().username });
    const out: string[] = [];
    const log = vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void out.push(a.join(' ')));
    try {
      expect((await app.openPlan({ path: p })).ok).toBe(true);
      // the app learns the name after opening (the renderer sends it at start)
      expect((await app.setAuthor({ name: 'Li Wei' })).ok).toBe(true);
      expect(main(['info', p])).toBe(0);
      expect(out.join('\n')).toContain(`open by Li Wei (${os.userInfo().username} on ${os.hostname()}) since `);
      out.length = 0;
      expect(main(['info', p, '--json'])).toBe(0);
      expect(JSON.parse(out.join('\n')).lockHolder).toMatchObject({ author: 'Li Wei', user: os.userInfo().username, host: os.hostname() });
    } finally {
      log.mockRestore();
      app.dispose();
    }
  });
});
