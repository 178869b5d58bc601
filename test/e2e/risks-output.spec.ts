/**
 * Export CSV and Print on each tab of the risks view put out that tab's own content: the register (register,
 * heat map), the compliance checklist, the playbooks.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page, TestInfo } from '@playwright/test';
import { parseCsv } from '../../shared/logic/csv.ts';
import { expect, goTo, test } from './fixtures.ts';

async function openTab(page: Page, name: string) {
  await goTo(page, 'Risks');
  await page.getByRole('tab', { name }).click();
  await expect(page.getByRole('tab', { name })).toHaveAttribute('aria-selected', 'true');
}

/** The paper as A4 PDF, for people to look at (PRINT_OUT=dir puts it there, else in the test's output). */
async function savePdf(page: Page, testInfo: TestInfo, name: string) {
  const dir = process.env.PRINT_OUT ?? testInfo.outputPath();
  mkdirSync(dir, { recursive: true });
  const pdf = await page.pdf({ path: path.join(dir, `print-risks-${name}.pdf`), format: 'A4' });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
}

async function exported(page: Page) {
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const file = await downloading;
  const text = readFileSync((await file.path())!, 'utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  return { name: file.suggestedFilename(), records: parseCsv(text).records.map((r) => r.cells) };
}

test('the compliance tab exports and prints the checklist, as filtered', async ({ page, plan }, testInfo) => {
  await plan.open();
  await openTab(page, 'Compliance');
  let csv = await exported(page);
  expect(csv.name).toBe('Qimu 2026 social media plan Compliance checklist.csv');
  const [header, ...rows] = csv.records;
  expect(header).toEqual(['Regulation', 'Requirement', 'Owner', 'Status', 'Due', 'Linked risks', 'Evidence']);
  expect(rows).toHaveLength(8);
  const consent = rows.find((r) => r[1] === 'Keep consent records for EU users before marketing')!;
  expect(consent[0]).toBe('GDPR');
  expect(consent[3]).toBe('Done');
  expect(consent[4]).toBe('2026-03-31');
  expect(consent[6]).toBe('Consent log added to the member system');

  // what is shown is what goes out: only PIPL after clicking its progress
  await page.getByRole('list', { name: 'Progress per regulation' }).getByRole('button', { name: /PIPL/ }).click();
  csv = await exported(page);
  expect(csv.records.slice(1).map((r) => r[1])).toEqual(['Notice and separate consent on lottery and group sign-up forms', 'Delete lottery entrants’ data within 30 days of the draw']);

  await page.emulateMedia({ media: 'print' });
  const paper = page.locator('.rk-print');
  await expect(paper.getByRole('heading', { level: 2 }).first()).toHaveText('Compliance checklist');
  await expect(paper.locator('tbody tr')).toHaveCount(2);
  await expect(paper).toContainText('Delete lottery entrants’ data within 30 days of the draw');
  await expect(paper).not.toContainText('Risk register');
  await expect(page.getByRole('grid').or(page.getByRole('table', { name: 'Compliance checklist' }))).toBeHidden();
  await savePdf(page, testInfo, 'compliance');
  expect(plan.errors).toEqual([]);
});

test('the playbooks tab exports and prints the playbooks with their steps', async ({ page, plan }, testInfo) => {
  await plan.open();
  await openTab(page, 'Emergency playbooks');
  const csv = await exported(page);
  expect(csv.name).toBe('Qimu 2026 social media plan Emergency playbooks.csv');
  const [header, ...rows] = csv.records;
  expect(header!.slice(0, 3)).toEqual(['Playbook', 'Incident', 'Owner']);
  expect(header).toContain('Step');
  const step = header!.indexOf('Step');
  const cyber = rows.filter((r) => r[0] === 'Cyber-attack playbook');
  expect(cyber).toHaveLength(6);
  expect(cyber[0]![step]).toBe('Lock the affected accounts and change every password');
  expect(cyber[0]![header!.indexOf('Who')]).toBe('Data team');
  expect(new Set(rows.map((r) => r[0]))).toEqual(new Set(['Cyber-attack playbook', 'Data-leak playbook', 'PR-crisis playbook']));

  await page.emulateMedia({ media: 'print' });
  const paper = page.locator('.rk-print');
  await expect(paper.getByRole('heading', { level: 2 }).first()).toHaveText('Emergency playbooks');
  await expect(paper.getByRole('heading', { level: 3 })).toHaveText(['Cyber-attack playbook', 'Data-leak playbook', 'PR-crisis playbook']);
  await expect(paper).toContainText('Reclaim the accounts through the platforms’ security channels');
  await expect(paper).not.toContainText('Risk register');
  await savePdf(page, testInfo, 'playbooks');
  expect(plan.errors).toEqual([]);
});
