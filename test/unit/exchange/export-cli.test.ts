import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../../electron/cli.ts';
import { PlanService } from '../../../electron/services/plan-service.ts';
import { invokeChecked } from '../../../electron/shell/ipcGuard.ts';
import { samplePlan, tempDir } from './export-helpers.ts';

let err: string[] = [];
beforeEach(() => {
  err = [];
  vi.spyOn(console, 'log').mockImplementation(() => {});
  vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void err.push(a.join(' ')));
});
afterEach(() => {
  vi.restoreAllMocks();
  delete process.env.CPLAN_CHROMIUM;
});

describe('cplan export', () => {
  it('prints the PDF report with headless Chromium, in Chinese, and leaves the plan untouched', async () => {
    const { file, rows } = samplePlan('zh-CN');
    const before = fs.readFileSync(file);
    const out = path.join(tempDir(), '方案.pdf');
    expect(await main(['export', file, '--format', 'pdf', '--lang', 'zh-CN', '-o', out])).toBe(0);
    expect(fs.readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
    const text = execFileSync('pdftotext', ['-layout', out, '-'], { encoding: 'utf8' });
    expect(text).toContain(rows.settings[0]!.name);
    expect(text).toContain('风险登记册');
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  }, 180_000);

  it('fails clearly when no Chromium is found, and writes nothing', async () => {
    const { file } = samplePlan('en');
    const out = path.join(tempDir(), 'report.pdf');
    process.env.CPLAN_CHROMIUM = '/nowhere/chromium';
    expect(await main(['export', file, '--format', 'pdf', '-o', out])).toBe(1);
    expect(err.join('\n')).toMatch(/NO_CHROMIUM: .*CPLAN_CHROMIUM/);
    expect(fs.existsSync(out)).toBe(false);
    expect(fs.readdirSync(path.dirname(out))).toEqual([]);
  });

  it('writes each format, refuses to overwrite without --force, and keeps --format json', async () => {
    const { file } = samplePlan('en');
    const dir = tempDir();
    for (const format of ['docx', 'xlsx', 'ics', 'mspdi', 'csv']) {
      const out = path.join(dir, `plan.${format}`);
      expect(await main(['export', file, '--format', format, '-o', out]), format).toBe(0);
      expect(fs.statSync(out).size).toBeGreaterThan(500);
    }
    expect(await main(['export', file, '--format', 'ics', '-o', path.join(dir, 'plan.ics')])).toBe(1);
    expect(err.join('\n')).toContain('FILE_EXISTS');
    expect(await main(['export', file, '--format', 'ics', '-o', path.join(dir, 'plan.ics'), '--force'])).toBe(0);
    expect(await main(['export', file, '--format', 'odt', '-o', path.join(dir, 'x')])).toBe(2);
    expect(await main(['export', file, '--format', 'csv'])).toBe(2);
    const stdout: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((s) => (stdout.push(String(s)), true));
    expect(await main(['export', file, '--format', 'json'])).toBe(0);
    expect(JSON.parse(stdout.join('')).rows.task.length).toBeGreaterThan(10);
  }, 120_000);
});

describe('PlannerApi exportPlan', () => {
  it('validates its argument, refuses the plan file itself, and never writes the plan', async () => {
    const { file } = samplePlan('en');
    const service = new PlanService({ author: 'Tester' });
    try {
      expect((await service.openPlan({ path: file })).ok).toBe(true);
      const before = fs.readFileSync(file);
      const dir = tempDir();
      const bad = await invokeChecked(service, 'exportPlan', [{ path: path.join(dir, 'x.odt'), format: 'odt', lang: 'en' }]);
      expect(bad.ok || bad.error.code).toBe('INVALID_REQUEST');
      const extra = await invokeChecked(service, 'exportPlan', [{ path: path.join(dir, 'x.ics'), format: 'ics', lang: 'en', evil: 1 }]);
      expect(extra.ok || extra.error.code).toBe('INVALID_REQUEST');
      expect(fs.readdirSync(dir)).toEqual([]);
      const self = await invokeChecked(service, 'exportPlan', [{ path: file, format: 'ics', lang: 'en' }]);
      expect(self.ok || self.error.code).toBe('INVALID_REQUEST');
      const ok = await invokeChecked(service, 'exportPlan', [{ path: path.join(dir, 'plan.xlsx'), format: 'xlsx', lang: 'zh-CN' }]);
      expect(ok).toMatchObject({ ok: true, value: { format: 'xlsx' } });
      expect(fs.readdirSync(dir)).toEqual(['plan.xlsx']);
      expect(fs.readFileSync(file).equals(before)).toBe(true);
    } finally {
      service.dispose();
    }
  }, 60_000);
});
