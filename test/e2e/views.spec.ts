import type { Snapshot } from '../../shared/api.ts';
import { expect, goTo, NAV_EN, test, VIEW_NAMES } from './fixtures.ts';

test('opens the sample plan and visits every view without a console error', async ({ page, plan }) => {
  await plan.open();
  const snap = await plan.call<Snapshot>('snapshot');
  await expect(page.getByRole('button', { name: /^Rename plan:/ })).toHaveText(snap.info.name);
  await expect(page.getByText(snap.info.fileName)).toBeVisible();

  for (const view of VIEW_NAMES) {
    await goTo(page, NAV_EN[view]);
    await expect(page).toHaveURL(new RegExp(`#/${view}$`));
    await expect(page.locator('main h1')).toBeVisible();
    await expect(page.locator('main')).toHaveAttribute('data-view', view);
  }

  // the views show the plan's real rows
  await goTo(page, 'Timeline');
  await expect(page.locator('main').getByText(snap.rows.task[0]!.name, { exact: true }).first()).toBeVisible();
  await goTo(page, 'Content');
  await expect(page.locator('main .view-header')).toContainText(String(snap.rows.content_item.length));
  await goTo(page, 'Risks');
  await expect(page.getByRole('table', { name: 'Risk register' }).locator('tbody tr')).toHaveCount(snap.rows.risk.length);
  await goTo(page, 'Audience & platforms');
  await expect(page.getByRole('table', { name: 'Platforms' }).getByRole('rowheader', { name: snap.rows.platform[0]!.name })).toBeVisible();
  await goTo(page, 'Brief');
  if (snap.rows.brief_section[0]) await expect(page.getByRole('heading', { level: 2, name: snap.rows.brief_section[0].title })).toBeVisible();

  expect(plan.errors).toEqual([]);
});

test('the navigation works from the keyboard and survives a reload', async ({ page, plan }) => {
  await plan.open();
  const nav = page.getByRole('navigation');
  await nav.getByRole('link', { name: 'Overview' }).focus();
  await page.keyboard.press('Tab');
  await expect(nav.getByRole('link', { name: 'Timeline' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main h1')).toHaveText('Timeline');
  await expect(nav.getByRole('link', { name: 'Timeline' })).toHaveAttribute('aria-current', 'page');
  await expect(nav.getByRole('link', { name: 'Overview' })).not.toHaveAttribute('aria-current', 'page');

  // the token was moved out of the address bar into the session, so a reload keeps working
  expect(page.url()).not.toContain('token');
  await page.reload();
  await expect(page.locator('main h1')).toHaveText('Timeline');
  expect(plan.errors).toEqual([]);
});

test('the page cannot call the API without the token', async ({ page, plan }) => {
  await plan.open();
  const status = await page.evaluate(async () => (await fetch('/api/planInfo', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '[]' })).status);
  expect(status).toBe(401);
});
