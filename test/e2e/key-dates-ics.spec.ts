/**
 * Key dates from an .ics file, in the key-dates editor: the preview says what will be added and what is
 * left out, Add writes them as one undo step; a file that is not iCalendar is refused and changes nothing.
 */
import path from 'node:path';
import type { Page } from '@playwright/test';
import type { Snapshot } from '../../shared/api.ts';
import { expect, goTo, ROOT, test, type PlanFixture } from './fixtures.ts';

const FIXTURE = path.join(ROOT, 'test/fixtures/exchange/client-key-dates.ics');

async function openKeyDates(page: Page, plan: PlanFixture) {
  await plan.open();
  await goTo(page, 'Timeline');
  await page.getByRole('button', { name: 'Key dates…' }).click();
  const panel = page.locator('.side-panel');
  await expect(panel.getByRole('heading', { name: 'Key dates' })).toBeVisible();
  return panel;
}

const keyDates = async (plan: PlanFixture) => (await plan.call<Snapshot>('snapshot')).rows.key_date;

test('an .ics file previews its all-day events, adds them in one step, and one Undo takes them back', async ({ page, plan }) => {
  const panel = await openKeyDates(page, plan);
  const before = await keyDates(plan);
  await panel.locator('input[type="file"]').setInputFiles(FIXTURE);
  const dialog = page.getByRole('dialog', { name: 'Key dates from “client-key-dates.ics”' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('Calendar “Client launch calendar 2026”. 4 key dates will be added.');
  const rows = dialog.getByRole('table', { name: 'Key dates to add' }).locator('tbody tr');
  await expect(rows).toHaveCount(4);
  await expect(rows.nth(1)).toContainText('Shanghai beauty expo');
  await expect(rows.nth(1)).toContainText('Sep 8 – 10, 2026');
  await expect(rows.nth(1)).toContainText('Industry event');
  await expect(rows.first()).toContainText('Sports');
  const left = dialog.getByRole('region', { name: 'Left out' });
  await expect(left).toContainText('Already in the plan (2): Qingming holiday (Apr 4, 2026), 618 mid-year shopping festival (Jun 1, 2026)');
  await expect(left).toContainText('Have a time of day (2; key dates are whole days): Brand summit keynote (live) (Jun 15, 2026), Client sync (Mar 2, 2026)');
  await expect(left).toContainText('Cancelled: Pop-up store opening (May 1, 2026)');

  // one kind for all of them, chosen by the user
  await dialog.getByLabel('Kind of the new key dates').selectOption({ label: 'Industry event' });
  await expect(rows.locator('.kd-import-kind-tag').filter({ hasText: 'Industry event' })).toHaveCount(4);
  await dialog.getByLabel('Kind of the new key dates').selectOption({ label: 'Guess from each name' });
  await dialog.getByRole('button', { name: 'Add 4 key dates' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Added 4 key dates from “client-key-dates.ics”.' })).toBeVisible();
  await expect(panel.getByRole('group', { name: 'Shanghai beauty expo' })).toBeVisible();

  await expect.poll(async () => (await keyDates(plan)).length).toBe(before.length + 4);
  const expo = (await keyDates(plan)).find((d) => d.name === 'Shanghai beauty expo');
  expect(expo).toMatchObject({ start: '2026-09-08', end: '2026-09-10', kind: 'industry' });

  // the 618 festival the plan already has is there once, not twice
  expect((await keyDates(plan)).filter((d) => d.start === '2026-06-01' && d.name === '618 mid-year shopping festival')).toHaveLength(1);

  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect.poll(async () => (await keyDates(plan)).length).toBe(before.length);
  await expect(page.getByRole('status').filter({ hasText: /^Undid: Import key dates from client-key-dates\.ics/ })).toBeVisible();
  expect(plan.errors).toEqual([]);
});

test('a file that is not iCalendar is refused with the reason, and the plan is unchanged', async ({ page, plan }) => {
  const panel = await openKeyDates(page, plan);
  const before = await plan.call<Snapshot>('snapshot');
  await panel.locator('input[type="file"]').setInputFiles({ name: 'holidays.ics', mimeType: 'text/calendar', buffer: Buffer.from('Subject,Start Date\nLaunch,2026-03-01\n') });
  await expect(panel.getByRole('alert')).toHaveText('This is not an iCalendar file (.ics): it does not begin with BEGIN:VCALENDAR. Nothing was added.');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  const after = await plan.call<Snapshot>('snapshot');
  expect(after.info.revision).toBe(before.info.revision);
  expect(after.rows.key_date).toEqual(before.rows.key_date);
  expect(plan.errors).toEqual([]);
});

test('Escape closes the .ics preview and leaves the key-dates panel open', async ({ page, plan }) => {
  const panel = await openKeyDates(page, plan);
  await panel.locator('input[type="file"]').setInputFiles(FIXTURE);
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(panel.getByRole('heading', { name: 'Key dates' })).toBeVisible();
});
