import fs from 'node:fs';
import os from 'node:os';
import type { LockHolder } from '../../shared/api.ts';

export const lockPathFor = (planPath: string): string => `${planPath}.lock`;

function readLock(lockPath: string): LockHolder | null {
  try {
    const v = JSON.parse(fs.readFileSync(lockPath, 'utf8')) as Partial<LockHolder>;
    if (typeof v.user === 'string' && typeof v.host === 'string' && typeof v.pid === 'number' && typeof v.since === 'string') {
      return v as LockHolder;
    }
    return null;
  } catch {
    return null;
  }
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** A lock is stale when its process is gone from this very host; on another host we cannot tell, so it stands. */
export function isStale(holder: LockHolder | null): boolean {
  if (!holder) return true;
  return holder.host === os.hostname() && !pidAlive(holder.pid);
}

export type LockOutcome = { acquired: true; release: () => void } | { acquired: false; holder: LockHolder };

/** Takes the lock beside a plan, taking over a stale one; a live holder makes the caller open read-only. */
export function acquireLock(planPath: string, user: string): LockOutcome {
  const lockPath = lockPathFor(planPath);
  const me: LockHolder = { user, host: os.hostname(), pid: process.pid, since: new Date().toISOString() };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(lockPath, JSON.stringify(me), { flag: 'wx' });
      let released = false;
      return {
        acquired: true,
        release: () => {
          if (released) return;
          released = true;
          const current = readLock(lockPath);
          if (current && current.pid === me.pid && current.host === me.host && current.since === me.since) fs.rmSync(lockPath, { force: true });
        },
      };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const holder = readLock(lockPath);
      if (!isStale(holder)) return { acquired: false, holder: holder! };
      fs.rmSync(lockPath, { force: true });
    }
  }
  const holder = readLock(lockPath);
  return { acquired: false, holder: holder ?? { user: '?', host: '?', pid: 0, since: '' } };
}

export function lockHolder(planPath: string): LockHolder | null {
  const h = readLock(lockPathFor(planPath));
  return h && !isStale(h) ? h : null;
}
