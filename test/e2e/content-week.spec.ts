/**
 * The week with its days side by side (a column per day, a row per platform), driven by pointer and
 * keyboard on a real plan file; what the file holds is read back through the API.
 */
import type { Locator, Page } from '@playwright/test';
import type { Snapshot } from '../../shared/api.ts';
import type { ContentItem } from '../../shared/model/registry.ts';
import { expect, goTo, test, type PlanFixture } from './fixtures.ts';

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const card = (scope: Page | Locator, title: string) => scope.getByRole('button', { name: new RegExp(`(^|,\\s*)${esc(title)}\\s*(,|$)`) });
const cell = (page: Page, date: string, platform: string) => page.locator(`td.week-cell[data-date="${date}"][data-platform="${platform}"]`);
const saved = (page: Page) => expect(page.getByText('All changes saved')).toBeVisible();

async function itemNamed(plan: PlanFixture, title: string): Promise<ContentItem> {
  const found = (await plan.call<Snapshot>('snapshot')).rows.content_item.find((c) => c.title === title);
  if (!found) throw new Error(`no item ${title}`);
  return found;
}

async function openWeek(page: Page, plan: PlanFixture) {
  await plan.open();
  await goTo(page, 'Content');
  await page.evaluate(() => (location.hash = '#/content/week/2026-12-07'));
  await expect(page.locator('.week-cols')).toBeVisible();
}

/** Press, a small first move past the activation distance, then a move in steps onto the target's centre. */
async function drag(page: Page, from: Locator, to: Locator, beforeDrop?: () => Promise<void>) {
  await from.scrollIntoViewIfNeeded();
  const a = (await from.boundingBox())!;
  const b = (await to.boundingBox())!;
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move(a.x + a.width / 2 + 6, a.y + a.height / 2 + 6, { steps: 2 });
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 14 });
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2 + 1);
  await beforeDrop?.();
  await page.mouse.up();
}

test.use({ viewport: { width: 1360, height: 1000 } });

test('Monday to Sunday side by side, a row per platform, each day in time order', async ({ page, plan }) => {
  await openWeek(page, plan);
  const heads = page.locator('.week-cols thead th');
  await expect(heads).toHaveCount(7);
  await expect(heads.first()).toContainText('Mon');
  await expect(heads.last()).toContainText('Sun');
  await expect(page.locator('.week-cols tbody th[scope="row"]').first()).toBeVisible();
  // the sample plan's items of the week are all there, each in its day's column and platform's row
  const rows = (await plan.call<Snapshot>('snapshot')).rows.content_item.filter((c) => c.publish_date && c.publish_date >= '2026-12-07' && c.publish_date <= '2026-12-13');
  expect(rows.length).toBeGreaterThan(3);
  for (const c of rows) await expect(card(cell(page, c.publish_date!, c.platform_id ?? ''), c.title)).toBeVisible();
  // in a cell, earlier times come first
  for (const td of await page.locator('td.week-cell').all()) {
    const times = (await td.locator('.ccard-time').allTextContents()).map((s) => s.replace(/[^\d:]/g, '')).filter(Boolean);
    expect(times).toEqual([...times].sort());
  }
  expect(plan.errors).toEqual([]);
});

test('a drag to another day keeps the time and the platform; with Alt to another row it changes the platform', async ({ page, plan }) => {
  await openWeek(page, plan);
  const title = 'Brand conference hashtag'; // Wed 9 Dec, Weibo, 20:00
  expect(await itemNamed(plan, title)).toMatchObject({ publish_date: '2026-12-09', publish_time: '20:00', platform_id: 'plat-weibo' });
  // over Friday's WeChat row without Alt: the drop means Friday, still Weibo, and the dragged card says so
  await drag(page, card(cell(page, '2026-12-09', 'plat-weibo'), title), cell(page, '2026-12-11', 'plat-wechat'), () =>
    expect(page.locator('.is-overlay .drag-target')).toHaveText('→ Fri, Dec 11 20:00'),
  );
  await expect(card(cell(page, '2026-12-11', 'plat-weibo'), title)).toBeVisible();
  await saved(page);
  expect(await itemNamed(plan, title)).toMatchObject({ publish_date: '2026-12-11', publish_time: '20:00', platform_id: 'plat-weibo' });
  // with Alt held: Saturday's WeChat row, the time stays
  await page.keyboard.down('Alt');
  await drag(page, card(cell(page, '2026-12-11', 'plat-weibo'), title), cell(page, '2026-12-12', 'plat-wechat'), () =>
    expect(page.locator('.is-overlay .drag-target')).toHaveText('→ Sat, Dec 12 20:00 · WeChat'),
  );
  await page.keyboard.up('Alt');
  await expect(card(cell(page, '2026-12-12', 'plat-wechat'), title)).toBeVisible();
  await saved(page);
  expect(await itemNamed(plan, title)).toMatchObject({ publish_date: '2026-12-12', publish_time: '20:00', platform_id: 'plat-wechat' });
  // one drop, one undo step
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(card(cell(page, '2026-12-11', 'plat-weibo'), title)).toBeVisible();
  expect(plan.errors).toEqual([]);
});

test('with the keyboard: left and right change the day, up and down the platform, the time stays', async ({ page, plan }) => {
  await openWeek(page, plan);
  const title = 'Double 12 outfit checklist'; // Tue 8 Dec, Xiaohongshu, 21:00
  const before = await itemNamed(plan, title);
  await card(page, title).focus();
  await page.keyboard.press('Space');
  await expect(page.getByText(new RegExp(`^Picked up ${esc(title)}\\. Tuesday, December 8, 2026, Xiaohongshu, 21:00\\.$`))).toBeAttached();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByText(/^Wednesday, December 9, 2026, Xiaohongshu, 21:00\.$/)).toBeAttached();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByText(/^Thursday, December 10, 2026, Xiaohongshu, 21:00\.$/)).toBeAttached();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByText(/^Thursday, December 10, 2026, Bilibili, 21:00\.$/)).toBeAttached();
  await page.keyboard.press('Space');
  await saved(page);
  expect(await itemNamed(plan, title)).toMatchObject({ publish_date: '2026-12-10', publish_time: before.publish_time, platform_id: 'plat-bilibili' });
  await expect(card(cell(page, '2026-12-10', 'plat-bilibili'), title)).toBeVisible();
  expect(plan.errors).toEqual([]);
});

test.describe('in Chinese', () => {
  test.use({ planLang: 'zh-CN' });
  test('the days are named 周一 to 周日 and the layout switch is in Chinese', async ({ page, plan }) => {
    await page.addInitScript(() => localStorage.setItem('campaign-planner.language', 'zh-CN'));
    await plan.open();
    await page.evaluate(() => (location.hash = '#/content/week/2026-12-07'));
    const heads = page.locator('.week-cols thead th');
    await expect(heads.first()).toContainText('周一');
    await expect(heads.last()).toContainText('周日');
    await expect(page.getByRole('group', { name: '周视图布局' }).getByRole('button', { name: '按天并排' })).toHaveAttribute('aria-pressed', 'true');
    await page.getByRole('button', { name: '按时刻' }).click();
    await expect(page.locator('.week')).toBeVisible();
    // the choice is kept
    await page.reload();
    await expect(page.locator('.week')).toBeVisible();
    expect(plan.errors).toEqual([]);
  });
});
