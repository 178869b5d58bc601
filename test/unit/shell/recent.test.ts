import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_RECENT, loadRecent, saveRecent, withRecent, withoutRecent } from '../../../electron/shell/recent.ts';

const dir = mkdtempSync(join(tmpdir(), 'cplan-recent-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('recent plans', () => {
  it('puts the latest first, without repeats, at most MAX_RECENT', () => {
    expect(withRecent(['/a', '/b', '/c'], '/b')).toEqual(['/b', '/a', '/c']);
    expect(withRecent([], '/a')).toEqual(['/a']);
    const many = Array.from({ length: 20 }, (_, i) => `/p${i}`);
    expect(withRecent(many, '/new')).toHaveLength(MAX_RECENT);
    expect(withRecent(many, '/new')[0]).toBe('/new');
  });

  it('forgets a plan', () => {
    expect(withoutRecent(['/a', '/b'], '/a')).toEqual(['/b']);
  });

  it('survives a round trip through the user data folder', () => {
    const file = join(dir, 'sub', 'recent.json');
    saveRecent(file, ['/a.cplan', '/b.cplan']);
    expect(loadRecent(file)).toEqual(['/a.cplan', '/b.cplan']);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(['/a.cplan', '/b.cplan']);
  });

  it('reads a missing, damaged or foreign file as empty, keeping only non-empty strings', () => {
    expect(loadRecent(join(dir, 'missing.json'))).toEqual([]);
    writeFileSync(join(dir, 'bad.json'), '{not json');
    expect(loadRecent(join(dir, 'bad.json'))).toEqual([]);
    writeFileSync(join(dir, 'obj.json'), '{"a":1}');
    expect(loadRecent(join(dir, 'obj.json'))).toEqual([]);
    writeFileSync(join(dir, 'mixed.json'), '["/a.cplan", 3, null, "", "/b.cplan"]');
    expect(loadRecent(join(dir, 'mixed.json'))).toEqual(['/a.cplan', '/b.cplan']);
  });
});
