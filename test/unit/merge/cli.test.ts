import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../../electron/cli.ts';
import { PlanFile } from '../../../electron/store/plan-file.ts';
import { bytes, copies, FakeTime, track } from './helpers.ts';

let out: string[] = [];
let err: string[] = [];
beforeEach(() => {
  out = [];
  err = [];
  vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void out.push(a.join(' ')));
  vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void err.push(a.join(' ')));
});
afterEach(() => vi.restoreAllMocks());

/** Ana's and Bo's copies, edited apart (one conflict), closed so the CLI can open them. */
function twoCopies() {
  const time = new FakeTime();
  const { files: [ana, bo], paths: [anaPath, boPath], dir } = copies(['Ana', 'Bo'], time);
  time.advance();
  ana!.apply([{ entity: 'task', id: 'task-1', field: 'name', value: 'Ana’s name' }]);
  time.advance();
  bo!.apply([{ entity: 'task', id: 'task-1', field: 'name', value: 'Bo’s name' }]);
  bo!.apply([{ entity: 'risk', id: 'risk-1', field: 'title', value: 'Bo’s risk' }]);
  ana!.close();
  bo!.close();
  return { dir, anaPath: anaPath!, boPath: boPath! };
}

const read = (p: string) => {
  const f = track(PlanFile.inspect(p, { author: 't', site: 't' }));
  const rows = { task1: f.row('task', 'task-1'), risk1: f.row('risk', 'risk-1') };
  f.close();
  return rows;
};

describe('cplan merge', () => {
  it('with -o merges into a copy and leaves MINE byte-identical; prints the changes and the conflict', () => {
    const { dir, anaPath, boPath } = twoCopies();
    const before = bytes(anaPath);
    const target = path.join(dir, 'merged.cplan');
    expect(main(['merge', anaPath, boPath, '-o', target])).toBe(0);
    expect(bytes(anaPath).equals(before)).toBe(true);
    expect(read(target)).toMatchObject({ task1: { name: 'Bo’s name' }, risk1: { title: 'Bo’s risk' } });
    const text = out.join('\n');
    expect(text).toContain('2 changes applied, 1 conflict');
    expect(text).toContain('conflict task/task-1/name: "Ana’s name" → "Bo’s name", winner: theirs (Bo)');
    expect(fs.readdirSync(dir).filter((n) => n.includes('merging') || n.endsWith('.lock'))).toEqual([]);
    // OUT exists now: refused without --force
    expect(main(['merge', anaPath, boPath, '-o', target])).toBe(1);
    expect(err.join('\n')).toContain('FILE_EXISTS');
    expect(main(['merge', anaPath, boPath, '-o', target, '--force'])).toBe(0);
  });

  it('without -o merges MINE in place; a second run finds nothing', () => {
    const { anaPath, boPath } = twoCopies();
    expect(main(['merge', anaPath, boPath])).toBe(0);
    expect(read(anaPath)).toMatchObject({ task1: { name: 'Bo’s name' } });
    out = [];
    expect(main(['merge', anaPath, boPath])).toBe(0);
    expect(out.join('\n')).toContain('nothing to merge');
  });

  it('--dry-run prints what would happen and writes nothing; --json is machine-readable', () => {
    const { anaPath, boPath } = twoCopies();
    const before = bytes(anaPath);
    expect(main(['merge', anaPath, boPath, '--dry-run', '--json'])).toBe(0);
    expect(bytes(anaPath).equals(before)).toBe(true);
    const j = JSON.parse(out.join('\n')) as { merged: boolean; applied: number; conflicts: { field: string; winner: string }[] };
    expect(j).toMatchObject({ merged: false, applied: 2, conflicts: [{ field: 'name', winner: 'theirs' }] });
  });

  it('refuses to merge in place a plan someone else has open', () => {
    const { anaPath, boPath } = twoCopies();
    const holder = track(PlanFile.open(anaPath, { author: 'Ana', site: 'site-ana' }));
    const before = bytes(anaPath);
    expect(main(['merge', anaPath, boPath])).toBe(1);
    expect(err.join('\n')).toMatch(/cplan: LOCKED: Ana \(.* on .*\) has this plan open/);
    expect(bytes(anaPath).equals(before)).toBe(true);
    holder.close();
  });

  it('reports a damaged THEIRS with its code, exit 1, and leaves no OUT behind', () => {
    const { dir, anaPath, boPath } = twoCopies();
    fs.writeFileSync(boPath, 'not a plan'.repeat(20));
    const before = bytes(anaPath);
    const target = path.join(dir, 'merged.cplan');
    expect(main(['merge', anaPath, boPath, '-o', target])).toBe(1);
    expect(err.join('\n')).toContain('cplan: NOT_SQLITE');
    expect(fs.existsSync(target)).toBe(false);
    expect(fs.readdirSync(dir).filter((n) => n.includes('merging'))).toEqual([]);
    expect(main(['merge', anaPath, boPath])).toBe(1);
    expect(bytes(anaPath).equals(before)).toBe(true);
  });

  it('refuses another plan with NO_COMMON_ORIGIN, and needs two files', () => {
    const { dir, anaPath } = twoCopies();
    const other = path.join(dir, 'other.cplan');
    PlanFile.create(other, { author: 'Cy', site: 'site-cy' }).close();
    expect(main(['merge', anaPath, other])).toBe(1);
    expect(err.join('\n')).toContain('NO_COMMON_ORIGIN');
    expect(main(['merge', anaPath])).toBe(2);
  });
});
