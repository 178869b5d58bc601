import fs from 'node:fs';
import nodePath from 'node:path';

function fsyncPath(p: string, flags = 'r'): void {
  const fd = fs.openSync(p, flags);
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Writes a file through a temporary sibling that is synced and then renamed over the target,
 * so the target is either the old file or the complete new one, never a half-written mix.
 */
export function writeAtomically(target: string, write: (tmp: string) => void): void {
  const dir = nodePath.dirname(target);
  const tmp = nodePath.join(dir, `.${nodePath.basename(target)}.${process.pid}.${Date.now()}.tmp`);
  try {
    write(tmp);
    fsyncPath(tmp, 'r+');
    fs.renameSync(tmp, target);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    fs.rmSync(`${tmp}-journal`, { force: true });
    throw e;
  }
  try {
    fsyncPath(dir);
  } catch {
    // some platforms (Windows) cannot open a directory to sync it; the rename is still done
  }
}
