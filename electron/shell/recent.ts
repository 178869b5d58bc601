import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** How many plans File ▸ Open Recent lists. */
export const MAX_RECENT = 10;

/** The list with `path` moved to the front, without repeats, at most `max` long. */
export function withRecent(list: readonly string[], path: string, max = MAX_RECENT): string[] {
  return [path, ...list.filter((p) => p !== path)].slice(0, max);
}

export function withoutRecent(list: readonly string[], path: string): string[] {
  return list.filter((p) => p !== path);
}

/** The recent list kept in the user data folder (a JSON array of paths); anything unreadable reads as empty. */
export function loadRecent(file: string): string[] {
  try {
    const data: unknown = JSON.parse(readFileSync(file, 'utf8'));
    return Array.isArray(data) ? data.filter((p): p is string => typeof p === 'string' && p.length > 0).slice(0, MAX_RECENT) : [];
  } catch {
    return [];
  }
}

/** Writes the list through a temporary file and a rename, so a crash never leaves half a file. */
export function saveRecent(file: string, list: readonly string[]): void {
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(list, null, 2));
  renameSync(tmp, file);
}
