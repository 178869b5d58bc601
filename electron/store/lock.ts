import fs from 'node:fs';
import os from 'node:os';
import { z } from 'zod';
import type { LockHolder } from '../../shared/api.ts';

export const lockPathFor = (planPath: string): string => `${planPath}.lock`;

/** A lock file as any version wrote it; `author` (the name set in the app) came later, so it may be missing. */
const LockFile = z.object({
  user: z.string(),
  host: z.string(),
  pid: z.number().int(),
  since: z.string(),
  author: z.string().min(1).optional(),
});

function readLock(lockPath: string): LockHolder | null {
  try {
    const v = LockFile.safeParse(JSON.parse(fs.readFileSync(lockPath, 'utf8')));
    return v.success ? v.data : null;
  } catch {
    return null;
  }
}

function osUser(): string {
  try {
    return os.userInfo().username;
  } catch {
    // a uid without a passwd entry (some containers)
    return process.env.USER ?? process.env.USERNAME ?? '?';
  }
}

/** The words for a holder in our messages; an old lock file's `user` was the only name it had. */
export function holderParams(h: LockHolder): { author: string; user: string; host: string; since: string } {
  return { author: h.author ?? h.user, user: h.user, host: h.host, since: h.since };
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

export interface HeldLock {
  release(): void;
  /** records a new author name in the lock, so a colleague who opens the plan sees who has it (best effort) */
  setAuthor(name: string): void;
}

export type LockOutcome = ({ acquired: true } & HeldLock) | { acquired: false; holder: LockHolder };

/** Takes the lock beside a plan, taking over a stale one; a live holder makes the caller open read-only. */
export function acquireLock(planPath: string, author: string): LockOutcome {
  const lockPath = lockPathFor(planPath);
  const me: LockHolder = { author, user: osUser(), host: os.hostname(), pid: process.pid, since: new Date().toISOString() };
  const mine = () => {
    const current = readLock(lockPath);
    return !!current && current.pid === me.pid && current.host === me.host && current.since === me.since;
  };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(lockPath, JSON.stringify(me), { flag: 'wx' });
      let released = false;
      return {
        acquired: true,
        release: () => {
          if (released) return;
          released = true;
          if (mine()) fs.rmSync(lockPath, { force: true });
        },
        setAuthor: (name) => {
          if (released || !mine() || name === me.author) return;
          me.author = name;
          // renamed into place: a colleague reading the lock meanwhile sees the old name or the new, never half a file
          const tmp = `${lockPath}.${process.pid}.tmp`;
          try {
            fs.writeFileSync(tmp, JSON.stringify(me));
            fs.renameSync(tmp, lockPath);
          } catch {
            // the folder became read-only or full: the lock keeps the old name, which still says the plan is open
            fs.rmSync(tmp, { force: true });
          }
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
