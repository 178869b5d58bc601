import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../../electron/cli.ts';
import { PlanService } from '../../../electron/services/plan-service.ts';
import { PlanFile } from '../../../electron/store/plan-file.ts';
import { bytes, tempDir, writer } from './helpers.ts';

const rename = (f: PlanFile, name: string) => f.apply([{ entity: 'settings', id: 'plan', field: 'name', value: name }]);

const open: PlanFile[] = [];
const keep = (f: PlanFile) => (open.push(f), f);
afterEach(() => {
  for (const f of open.splice(0)) f.close();
});

/** Two plans in one folder; `b.cplan` held open (its lock live) by a second instance, Bo's. */
function aliceAndBo() {
  const dir = tempDir();
  const a = path.join(dir, 'a.cplan');
  const b = path.join(dir, 'b.cplan');
  const ana = keep(PlanFile.create(a, writer('Ana')));
  rename(ana, 'Ana’s plan');
  const bo = keep(PlanFile.create(b, writer('Bo')));
  rename(bo, 'Bo’s plan');
  return { dir, a, b, ana, bo, before: bytes(b) };
}

describe('nothing another instance has open is replaced', () => {
  it('export a copy onto a plan a colleague has open is refused, naming them; their file and their editing carry on', () => {
    const { b, ana, bo, before } = aliceAndBo();
    let err: unknown;
    try {
      ana.exportCopy(b);
    } catch (e) {
      err = e;
    }
    expect(err).toMatchObject({ code: 'TARGET_OPEN', params: { path: b, author: 'Bo', user: os.userInfo().username, host: os.hostname() } });
    expect((err as Error).message).toContain('Bo');
    expect((err as { params: { since: string } }).params.since).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(bytes(b)).toEqual(before);
    expect(fs.readdirSync(path.dirname(b)).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    // Bo's instance was not pulled out from under: it still writes
    expect(() => rename(bo, 'Bo’s plan, later')).not.toThrow();
    expect(fs.existsSync(`${b}.lock`)).toBe(true);
  });

  it('Save As onto it is refused too, and the plan being saved stays open and editable', () => {
    const { a, b, ana, before } = aliceAndBo();
    expect(() => ana.saveAs(b)).toThrow(expect.objectContaining({ code: 'TARGET_OPEN' }));
    expect(bytes(b)).toEqual(before);
    expect(ana.path).toBe(a);
    expect(() => rename(ana, 'still mine')).not.toThrow();
  });

  it('a new plan over it (even when asked to overwrite) is refused', () => {
    const { b, before } = aliceAndBo();
    expect(() => PlanFile.create(b, writer('Cy'), [], true)).toThrow(expect.objectContaining({ code: 'TARGET_OPEN' }));
    expect(bytes(b)).toEqual(before);
  });

  it('the file this instance itself has open is never replaced (also under another spelling of its path)', () => {
    const { dir, a, ana } = aliceAndBo();
    const before = bytes(a);
    expect(() => ana.exportCopy(a)).toThrow(expect.objectContaining({ code: 'TARGET_IS_THIS_PLAN' }));
    expect(() => ana.exportCopy(path.join(dir, '.', 'sub', '..', 'a.cplan'))).toThrow(expect.objectContaining({ code: 'TARGET_IS_THIS_PLAN' }));
    fs.symlinkSync(a, path.join(dir, 'link.cplan'));
    expect(() => ana.exportCopy(path.join(dir, 'link.cplan'))).toThrow(expect.objectContaining({ code: 'TARGET_IS_THIS_PLAN' }));
    expect(() => ana.saveAs(a)).toThrow(expect.objectContaining({ code: 'TARGET_IS_THIS_PLAN' }));
    expect(bytes(a)).toEqual(before);
    expect(() => rename(ana, 'still editable')).not.toThrow();
  });

  it('a new plan over the plan open here is refused as that plan, not as someone else’s', async () => {
    const { a } = aliceAndBo();
    open.splice(0).forEach((f) => f.close());
    const s = new PlanService({ author: 'Ana' });
    try {
      expect((await s.openPlan({ path: a })).ok).toBe(true);
      const before = bytes(a);
      const r = await s.newPlan({ path: a, template: 'blank', lang: 'en', overwrite: true });
      expect(r).toMatchObject({ ok: false, error: { code: 'TARGET_IS_THIS_PLAN' } });
      expect(bytes(a)).toEqual(before);
      expect((await s.applyChanges([{ entity: 'settings', id: 'plan', field: 'name', value: 'still open' }])).ok).toBe(true);
    } finally {
      s.dispose();
    }
  });

  it('a read-only opener (someone else holds the lock) cannot replace the file it shows either', () => {
    const { b, before } = aliceAndBo();
    const viewer = keep(PlanFile.open(b, writer('Cy')));
    expect(viewer.readOnly?.code).toBe('LOCKED');
    expect(() => viewer.exportCopy(b)).toThrow(expect.objectContaining({ code: 'TARGET_IS_THIS_PLAN' }));
    expect(bytes(b)).toEqual(before);
  });

  it('a stale lock (its process gone from this host) does not block', () => {
    const { dir, ana } = aliceAndBo();
    const c = path.join(dir, 'c.cplan');
    PlanFile.create(c, writer('Gone')).close();
    fs.writeFileSync(`${c}.lock`, JSON.stringify({ user: 'gone', host: os.hostname(), pid: 2 ** 22 + 12345, since: '2026-01-01T00:00:00Z' }));
    const before = bytes(c);
    ana.exportCopy(c);
    expect(bytes(c)).not.toEqual(before);
    expect(fs.existsSync(`${c}.lock`)).toBe(false);
    const copy = keep(PlanFile.open(c, writer('Dee')));
    expect(copy.rows().settings[0]?.name).toBe('Ana’s plan');
  });

  it('a lock from another host stands: the export is refused with that holder', () => {
    const { dir, ana } = aliceAndBo();
    const c = path.join(dir, 'c.cplan');
    PlanFile.create(c, writer('Dee')).close();
    fs.writeFileSync(`${c}.lock`, JSON.stringify({ user: 'dee', host: 'other-laptop', pid: 1, since: '2026-11-20T09:00:00Z' }));
    const before = bytes(c);
    expect(() => ana.exportCopy(c)).toThrow(expect.objectContaining({ code: 'TARGET_OPEN', params: expect.objectContaining({ user: 'dee', host: 'other-laptop' }) }));
    expect(bytes(c)).toEqual(before);
    expect(fs.readFileSync(`${c}.lock`, 'utf8')).toContain('other-laptop');
  });

  it('a closed plan is replaced as before, and its lock is not left behind', () => {
    const { dir, ana } = aliceAndBo();
    const c = path.join(dir, 'c.cplan');
    PlanFile.create(c, writer('Dee')).close();
    ana.exportCopy(c);
    expect(fs.existsSync(`${c}.lock`)).toBe(false);
    const moved = ana.saveAs(c);
    open.push(moved);
    expect(moved.path).toBe(c);
    expect(moved.readOnly).toBeNull();
  });
});

describe('cplan merge -o onto a plan someone has open', () => {
  let err: string[] = [];
  beforeEach(() => {
    err = [];
    vi.spyOn(console, 'log').mockImplementation(() => undefined);
    vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void err.push(a.join(' ')));
  });
  afterEach(() => vi.restoreAllMocks());

  it('is refused with --force too, naming the holder, and the file stays byte-identical', () => {
    const { dir, a, b, ana, before } = aliceAndBo();
    ana.close();
    const theirs = path.join(dir, 'theirs.cplan');
    const src = PlanFile.open(a, writer('Ana'));
    src.exportCopy(theirs);
    src.close();
    expect(main(['merge', a, theirs, '-o', b, '--force'])).toBe(1);
    expect(err.join('\n')).toMatch(/TARGET_OPEN: .*Bo/);
    expect(bytes(b)).toEqual(before);
    expect(fs.readdirSync(dir).filter((n) => n.includes('merging'))).toEqual([]);
  });
});
