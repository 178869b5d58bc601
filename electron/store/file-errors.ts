import fs from 'node:fs';
import nodePath from 'node:path';
import { PlannerError } from '../../shared/errors.ts';

const NO_PERMISSION = new Set(['EACCES', 'EPERM', 'EROFS', 'SQLITE_PERM', 'SQLITE_READONLY', 'SQLITE_AUTH']);
const DISK_FULL = new Set(['ENOSPC', 'EDQUOT', 'SQLITE_FULL']);

function statOrNull(p: string): fs.Stats | null {
  try {
    return fs.statSync(p);
  } catch {
    return null;
  }
}

/**
 * SQLite says only that it "cannot open" a file; the file system tells why: the path is a folder, its folder
 * is missing (or is a file), or the folder cannot be written. Null when the file system sees nothing wrong.
 */
function diagnose(path: string): PlannerError | null {
  const at = statOrNull(path);
  if (at?.isDirectory()) return new PlannerError('IS_A_FOLDER', { path });
  const folder = nodePath.dirname(path);
  if (!statOrNull(folder)?.isDirectory()) return new PlannerError('FOLDER_NOT_FOUND', { folder, path });
  try {
    fs.accessSync(folder, fs.constants.W_OK);
    if (at) fs.accessSync(path, fs.constants.R_OK | fs.constants.W_OK);
  } catch {
    return new PlannerError('NO_PERMISSION', { path });
  }
  return null;
}

/**
 * Turns an error Node or SQLite raised while reading or writing `path` into one of ours, in plain words
 * and naming the file, so no raw EISDIR or "unable to open database file" reaches the user.
 * `reading`: a missing file is "not found" (opening, merging); otherwise a missing folder is.
 */
export function fileError(e: unknown, path: string, reading = false): PlannerError {
  if (e instanceof PlannerError) return e;
  const code = String((e as { code?: unknown } | null)?.code ?? '');
  const detail = e instanceof Error ? e.message : String(e);
  if (DISK_FULL.has(code)) return new PlannerError('DISK_FULL', { path });
  if (code === 'EISDIR') return new PlannerError('IS_A_FOLDER', { path });
  if (code === 'ENOENT' || code === 'ENOTDIR') {
    if (reading) return new PlannerError('FILE_NOT_FOUND', { path });
    return diagnose(path) ?? new PlannerError('FOLDER_NOT_FOUND', { folder: nodePath.dirname(path), path });
  }
  if (NO_PERMISSION.has(code)) return diagnose(path) ?? new PlannerError('NO_PERMISSION', { path });
  if (code.startsWith('SQLITE_CANTOPEN') || code.startsWith('SQLITE_IOERR') || code.startsWith('SQLITE_READONLY')) {
    const why = diagnose(path);
    if (why?.code === 'FOLDER_NOT_FOUND' && reading) return new PlannerError('FILE_NOT_FOUND', { path });
    if (why) return why;
  }
  return new PlannerError('IO_ERROR', { path, detail });
}

/** Errors of the file under a database, as against errors of what is written to it (constraints: our bugs). */
const FILE_FAULT = /^(SQLITE_(FULL|IOERR|READONLY|CANTOPEN|PERM)|E[A-Z]+$)/;

/** Writes to an open plan: a full disk or a vanished file is told as `fileError` tells it; anything else is passed on as it is. */
export function onStoredFile<T>(path: string, fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    const code = String((e as { code?: unknown } | null)?.code ?? '');
    throw FILE_FAULT.test(code) ? fileError(e, path) : e;
  }
}

/** Runs a file operation on `path`, with its errors told as `fileError` tells them. */
export function onFile<T>(path: string, fn: () => T, reading = false): T {
  try {
    return fn();
  } catch (e) {
    throw fileError(e, path, reading);
  }
}
