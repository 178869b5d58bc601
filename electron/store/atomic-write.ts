import fs from 'node:fs';
import nodePath from 'node:path';
import { PlannerError } from '../../shared/errors.ts';
import { fileError } from './file-errors.ts';
import { acquireLock, holderParams } from './lock.ts';

function fsyncPath(p: string, flags = 'r'): void {
  const fd = fs.openSync(p, flags);
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** Whether two paths name one file (any spelling, a link to it); false when either is missing. */
export function sameFile(a: string, b: string): boolean {
  if (nodePath.resolve(a) === nodePath.resolve(b)) return true;
  try {
    const sa = fs.statSync(a);
    const sb = fs.statSync(b);
    return sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    return false;
  }
}

/**
 * Replaces `target` while holding its lock, so a plan someone has open (in this process or another, on this
 * machine or another) is never replaced under them: renaming over it would leave them writing to a file that
 * is gone ("attempt to write a readonly database"). A stale lock is taken over, as opening would.
 * `author` is who the lock names for the moment of writing.
 */
function withTargetLock(target: string, author: string, fn: () => void): void {
  let lock;
  try {
    if (fs.statSync(target, { throwIfNoEntry: false })?.isDirectory()) throw new PlannerError('IS_A_FOLDER', { path: target });
    lock = acquireLock(target, author);
  } catch (e) {
    throw fileError(e, target);
  }
  if (!lock.acquired) throw new PlannerError('TARGET_OPEN', { path: target, ...holderParams(lock.holder) });
  try {
    fn();
  } catch (e) {
    throw fileError(e, target);
  } finally {
    lock.release();
  }
}

/** Renames a finished file over `target`, unless a plan open somewhere is there (see withTargetLock). */
export function replaceFile(src: string, target: string, author: string): void {
  withTargetLock(target, author, () => fs.renameSync(src, target));
}

/**
 * Writes a file through a temporary sibling that is synced and then renamed over the target,
 * so the target is either the old file or the complete new one, never a half-written mix;
 * refused before anything is written when the target is a plan someone has open.
 */
export function writeAtomically(target: string, write: (tmp: string) => void, author: string): void {
  const dir = nodePath.dirname(target);
  const tmp = nodePath.join(dir, `.${nodePath.basename(target)}.${process.pid}.${Date.now()}.tmp`);
  withTargetLock(target, author, () => {
    try {
      write(tmp);
      fsyncPath(tmp, 'r+');
      fs.renameSync(tmp, target);
    } catch (e) {
      fs.rmSync(tmp, { force: true });
      fs.rmSync(`${tmp}-journal`, { force: true });
      throw e;
    }
  });
  try {
    fsyncPath(dir);
  } catch {
    // some platforms (Windows) cannot open a directory to sync it; the rename is still done
  }
}
