import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PlanService } from '../../../electron/services/plan-service.ts';
import { fileError } from '../../../electron/store/file-errors.ts';
import { PlanFile } from '../../../electron/store/plan-file.ts';
import { ERRORS, formatError } from '../../../shared/errors.ts';
import { tempDir, writer } from './helpers.ts';

/** What the user is told, through the service as every host calls it. */
async function refusal(call: (s: PlanService) => Promise<{ ok: boolean; error?: { code: string; message: string } }>, setup?: (s: PlanService) => Promise<unknown>) {
  const s = new PlanService({ author: 'Ana' });
  try {
    await setup?.(s);
    const r = await call(s);
    expect(r.ok).toBe(false);
    return r.error!;
  } finally {
    s.dispose();
  }
}

const RAW = /EISDIR|ENOENT|EACCES|ENOSPC|ENOTDIR|SQLITE_|unable to open database|illegal operation/;

describe('file errors are told in plain words, naming the file', () => {
  it('opening a folder', async () => {
    const dir = tempDir();
    const e = await refusal((s) => s.openPlan({ path: dir }));
    expect(e.code).toBe('IS_A_FOLDER');
    expect(e.message).toContain(dir);
    expect(e.message).not.toMatch(RAW);
  });

  it('opening a file that is not there', async () => {
    const p = path.join(tempDir(), 'gone.cplan');
    const e = await refusal((s) => s.openPlan({ path: p }));
    expect(e).toMatchObject({ code: 'FILE_NOT_FOUND' });
    expect(e.message).toContain(p);
  });

  it('opening through a path whose folder is a file', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'notes.txt'), 'x');
    const p = path.join(dir, 'notes.txt', 'plan.cplan');
    const e = await refusal((s) => s.openPlan({ path: p }));
    expect(e.code).toBe('FILE_NOT_FOUND');
    expect(e.message).not.toMatch(RAW);
  });

  it('a new plan in a folder that does not exist, and a new plan onto a folder', async () => {
    const dir = tempDir();
    const missing = path.join(dir, 'no-such-folder', 'plan.cplan');
    const e = await refusal((s) => s.newPlan({ path: missing, template: 'blank', lang: 'en' }));
    expect(e.code).toBe('FOLDER_NOT_FOUND');
    expect(e.message).toContain(path.join(dir, 'no-such-folder'));
    expect(e.message).not.toMatch(RAW);
    fs.mkdirSync(path.join(dir, 'folder.cplan'));
    const f = await refusal((s) => s.newPlan({ path: path.join(dir, 'folder.cplan'), template: 'blank', lang: 'en', overwrite: true }));
    expect(f.code).toBe('IS_A_FOLDER');
    expect(f.message).not.toMatch(RAW);
  });

  it('export a copy and Save As into a missing folder or onto a folder; the open plan carries on', async () => {
    const dir = tempDir();
    const plan = path.join(dir, 'plan.cplan');
    PlanFile.create(plan, writer()).close();
    fs.mkdirSync(path.join(dir, 'folder.cplan'));
    const s = new PlanService({ author: 'Ana' });
    try {
      expect((await s.openPlan({ path: plan })).ok).toBe(true);
      for (const call of [(p: string) => s.exportCopy({ path: p }), (p: string) => s.saveAs({ path: p })]) {
        const missing = await call(path.join(dir, 'nowhere', 'copy.cplan'));
        expect(missing).toMatchObject({ ok: false, error: { code: 'FOLDER_NOT_FOUND' } });
        expect(missing.ok ? '' : missing.error.message).not.toMatch(RAW);
        const folder = await call(path.join(dir, 'folder.cplan'));
        expect(folder).toMatchObject({ ok: false, error: { code: 'IS_A_FOLDER' } });
        expect(folder.ok ? '' : folder.error.message).not.toMatch(RAW);
      }
      expect(fs.statSync(path.join(dir, 'folder.cplan')).isDirectory()).toBe(true);
      expect(fs.readdirSync(dir).sort()).toEqual(['folder.cplan', 'plan.cplan', 'plan.cplan.lock']);
      expect((await s.applyChanges([{ entity: 'settings', id: 'plan', field: 'name', value: 'still here' }])).ok).toBe(true);
    } finally {
      s.dispose();
    }
  });

  it('merging a folder or a missing file', async () => {
    const dir = tempDir();
    const plan = path.join(dir, 'plan.cplan');
    PlanFile.create(plan, writer()).close();
    const setup = (s: PlanService) => s.openPlan({ path: plan });
    expect((await refusal((s) => s.previewMerge({ path: dir }), setup)).code).toBe('IS_A_FOLDER');
    expect((await refusal((s) => s.merge({ path: dir }), setup)).code).toBe('IS_A_FOLDER');
    expect((await refusal((s) => s.merge({ path: path.join(dir, 'x.cplan') }), setup)).code).toBe('FILE_NOT_FOUND');
  });

  it('the errors Node and SQLite raise map to our codes (no permission, disk full, cannot open)', () => {
    const dir = tempDir();
    const p = path.join(dir, 'plan.cplan');
    const errno = (code: string) => Object.assign(new Error(`${code}: something, open '${p}'`), { code });
    expect(fileError(errno('EACCES'), p).code).toBe('NO_PERMISSION');
    expect(fileError(errno('EPERM'), p).code).toBe('NO_PERMISSION');
    expect(fileError(errno('EROFS'), p).code).toBe('NO_PERMISSION');
    expect(fileError(errno('ENOSPC'), p).code).toBe('DISK_FULL');
    expect(fileError(Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' }), p).code).toBe('DISK_FULL');
    // SQLite does not say why it cannot open a file: the file system does
    expect(fileError(Object.assign(new Error('unable to open database file'), { code: 'SQLITE_CANTOPEN' }), path.join(dir, 'none', 'x.cplan')).code).toBe('FOLDER_NOT_FOUND');
    expect(fileError(Object.assign(new Error('unable to open database file'), { code: 'SQLITE_CANTOPEN' }), dir).code).toBe('IS_A_FOLDER');
    const other = fileError(Object.assign(new Error('disk I/O error'), { code: 'SQLITE_IOERR' }), p);
    expect(other.code).toBe('IO_ERROR');
    expect(other.message).toContain(p);
    for (const code of ['FOLDER_NOT_FOUND', 'IS_A_FOLDER', 'NO_PERMISSION', 'DISK_FULL', 'IO_ERROR', 'TARGET_OPEN', 'TARGET_IS_THIS_PLAN'] as const) {
      expect(ERRORS[code]['zh-CN']).toContain('{path}');
      expect(formatError(code, { path: p }, 'zh-CN')).toContain(p);
    }
  });
});

describe('a write that finds the disk full', () => {
  it('is told as such, naming the plan, and changes nothing', async () => {
    const p = path.join(tempDir(), 'full.cplan');
    PlanFile.create(p, writer()).close();
    const s = new PlanService({ author: 'Ana' });
    try {
      expect((await s.openPlan({ path: p })).ok).toBe(true);
      // SQLite's own limit stands in for a full disk: the next page it needs is refused with SQLITE_FULL
      const db = s.current!.handle;
      db.pragma(`max_page_count = ${db.pragma('page_count', { simple: true }) as number}`);
      const before = (await s.planInfo()).ok && s.current!.revision;
      const r = await s.applyChanges([{ entity: 'settings', id: 'plan', field: 'client', value: 'x'.repeat(20_000) }]);
      expect(r).toMatchObject({ ok: false, error: { code: 'DISK_FULL' } });
      expect(r.ok ? '' : r.error.message).toContain(p);
      expect(r.ok ? '' : r.error.message).not.toMatch(RAW);
      expect(s.current!.revision).toBe(before);
      expect(String(s.current!.row('settings', 'plan')?.client ?? '')).not.toContain('xxxx');
    } finally {
      s.dispose();
    }
  });
});
