/**
 * The content board and calendar, driven as a user would (pointer drags, the keyboard) on a real plan
 * file through the web host; what the file holds is read back through the API and the `cplan` CLI.
 */
import type { Locator, Page } from '@playwright/test';
import type { Snapshot } from '../../shared/api.ts';
import type { ContentItem } from '../../shared/model/registry.ts';
import { cplanExport, expect, goTo, test, type PlanFixture } from './fixtures.ts';

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A card, by its title (its accessible name lists time (on the calendar), title, platform, format, …, comma separated). */
const card = (scope: Page | Locator, title: string) => scope.getByRole('button', { name: new RegExp(`(^|,\\s*)${esc(title)}\\s*(,|$)`) });
const column = (page: Page, name: string) => page.getByRole('region', { name: new RegExp(`^${esc(name)}\\b`) });

async function items(plan: PlanFixture): Promise<ContentItem[]> {
  return (await plan.call<Snapshot>('snapshot')).rows.content_item;
}
async function itemNamed(plan: PlanFixture, title: string): Promise<ContentItem> {
  const found = (await items(plan)).find((c) => c.title === title);
  if (!found) throw new Error(`no item ${title}`);
  return found;
}


type Box = { x: number; y: number; width: number; height: number };
const mid = (b: Box) => ({ x: b.x + b.width / 2, y: b.y + b.height / 2 });

/**
 * Drags `from` onto `to` (its centre, or the point `at` picks from both boxes) the way a user does:
 * both in the middle of the window (away from the edges where dnd-kit scrolls the page), press, a
 * small first move past the activation distance, then a move in steps, and release.
 */
async function drag(page: Page, from: Locator, to: Locator, at?: (from: Box, to: Box) => { x: number; y: number }, beforeDrop?: () => Promise<void>) {
  await from.scrollIntoViewIfNeeded();
  const first = [(await from.boundingBox())!, (await to.boundingBox())!];
  const centreY = (mid(first[0]!).y + mid(first[1]!).y) / 2;
  await page.evaluate((dy) => window.scrollBy(0, dy), centreY - page.viewportSize()!.height / 2);
  const a = (await from.boundingBox())!;
  const b = (await to.boundingBox())!;
  const start = mid(a);
  const end = at ? at(a, b) : mid(b);
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(start.x + 6, start.y + 6, { steps: 2 });
  await page.mouse.move(end.x, end.y, { steps: 14 });
  await page.mouse.move(end.x, end.y + 1);
  await beforeDrop?.();
  await page.mouse.up();
}
const saved = (page: Page) => expect(page.getByText('All changes saved')).toBeVisible();

async function openContent(page: Page, plan: PlanFixture, hash = '#/content/board') {
  await plan.open();
  await goTo(page, 'Content');
  await page.evaluate((h) => (location.hash = h), hash);
}
/** The week day by day on a time axis (the other layout puts the days side by side). */
async function byTheHour(page: Page) {
  await page.getByRole('group', { name: 'Week layout' }).getByRole('button', { name: 'By the hour' }).click();
  await expect(page.locator('.week')).toBeVisible();
}

test.describe('board', () => {
  test('the sample plan’s items are all on the board, by status', async ({ page, plan }) => {
    await openContent(page, plan);
    const rows = await items(plan);
    await expect(column(page, 'Draft').getByRole('listitem')).toHaveCount(rows.filter((c) => c.status_id === 'status-draft').length);
    await expect(column(page, 'Idea').getByRole('listitem')).toHaveCount(rows.filter((c) => c.status_id === 'status-idea').length);
    // the long published column is virtualised: its count is in the heading, not all cards are drawn
    const published = rows.filter((c) => c.status_id === 'status-published').length;
    await expect(column(page, 'Published')).toHaveAccessibleName(`Published ${published} items`);
    expect(plan.errors).toEqual([]);
  });

  test('drag a card from draft to review: the file says review (cplan export)', async ({ page, plan }) => {
    await openContent(page, plan);
    const title = 'Member year-in-review card';
    await expect(card(column(page, 'Draft'), title)).toBeVisible();
    const firstInReview = column(page, 'In review').getByRole('listitem').first();
    await drag(page, card(page, title), firstInReview);
    await expect(card(column(page, 'In review'), title)).toBeVisible();
    await expect(card(column(page, 'Draft'), title)).toHaveCount(0);
    await expect(column(page, 'In review').getByRole('listitem').first().getByRole('button')).toHaveAccessibleName(new RegExp(`^${title}\\s*,`));
    await saved(page);
    const row = cplanExport(plan.file).content_item.find((c) => c.title === title)!;
    expect(row.status_id).toBe('status-review');
    expect(plan.errors).toEqual([]);
  });

  test('reorder inside a column; the order survives a reload and one drop changed one row', async ({ page, plan }) => {
    await openContent(page, plan);
    const idea = column(page, 'Idea');
    await expect(card(idea, 'Family sports day')).toBeVisible();
    const before = await idea.getByRole('listitem').allTextContents();
    const revision = (await plan.call<{ revision: number }>('planInfo')).revision;
    await drag(page, card(idea, 'Family sports day'), idea.getByRole('listitem').first());
    await expect(idea.getByRole('listitem').first()).toContainText('Family sports day');
    await saved(page);
    const info = await plan.call<{ revision: number }>('planInfo');
    expect(info.revision).toBe(revision + 1);
    await page.reload();
    await expect(column(page, 'Idea').getByRole('listitem').first()).toContainText('Family sports day');
    const after = await column(page, 'Idea').getByRole('listitem').allTextContents();
    expect(after).toHaveLength(before.length);
    expect(after.slice(1)).toEqual(before.filter((t) => !t.includes('Family sports day')));
    expect(plan.errors).toEqual([]);
  });

  test('move a card with the keyboard only, hear where it goes, and cancel with Escape', async ({ page, plan }) => {
    await openContent(page, plan);
    const title = 'Member year-in-review card';
    const c = card(page, title);
    await c.focus();
    await page.keyboard.press('Space');
    await expect(page.getByText(/^Picked up Member year-in-review card\. Draft, position 3 of 3\.$/)).toBeAttached();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByText(/^In review, position 3 of 4\.$/)).toBeAttached();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await expect(page.getByText(/^In review, position 1 of 4\.$/)).toBeAttached();
    await page.keyboard.press('Escape');
    await expect(card(column(page, 'Draft'), title)).toBeVisible();
    // again, and drop
    await card(page, title).focus();
    // each key waits for what it announces: the sensor listens only once the pick-up has happened
    await page.keyboard.press('Space');
    await expect(page.getByText(/^Picked up Member year-in-review card\. Draft, position 3 of 3\.$/)).toBeAttached();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByText(/^In review, position 3 of 4\.$/)).toBeAttached();
    await page.keyboard.press('ArrowUp');
    await expect(page.getByText(/^In review, position 2 of 4\.$/)).toBeAttached();
    await page.keyboard.press('ArrowUp');
    await expect(page.getByText(/^In review, position 1 of 4\.$/)).toBeAttached();
    await page.keyboard.press('Space');
    await expect(column(page, 'In review').getByRole('listitem').first().getByRole('button')).toHaveAccessibleName(new RegExp(`^${title}\\s*,`));
    await expect(page.getByText(/^Member year-in-review card dropped\. In review, position 1 of 4\.$/)).toBeAttached();
    await saved(page);
    expect((await itemNamed(plan, title)).status_id).toBe('status-review');
    // Enter opens the card; the focus is still on it after the drop
    await card(page, title).press('Enter');
    await expect(page.getByRole('complementary', { name: 'Content item' })).toBeVisible();
    expect(plan.errors).toEqual([]);
  });

  test('undo a drop in one step', async ({ page, plan }) => {
    await openContent(page, plan);
    const title = 'New Year style forecast';
    const before = await itemNamed(plan, title);
    await drag(page, card(page, title), column(page, 'Approved').getByRole('listitem').first());
    await expect(card(column(page, 'Approved'), title)).toBeVisible();
    await saved(page);
    expect((await itemNamed(plan, title)).status_id).toBe('status-approved');
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(card(column(page, 'In review'), title)).toBeVisible();
    const after = await itemNamed(plan, title);
    expect(after.status_id).toBe(before.status_id);
    expect(after.sort_order).toBe(before.sort_order);
    await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();
    expect(plan.errors).toEqual([]);
  });

  test('filter by platform, then by text, and clear', async ({ page, plan }) => {
    await openContent(page, plan);
    const rows = await items(plan);
    const weibo = rows.filter((c) => c.platform_id === 'plat-weibo');
    expect(weibo.length).toBeGreaterThan(3);
    await page.getByLabel('Platform', { exact: true }).selectOption({ label: 'Weibo' });
    await expect(page.getByRole('status').filter({ hasText: `Showing ${weibo.length} of ${rows.length} items` })).toBeVisible();
    await expect(page.locator('.board .ccard')).toHaveCount(weibo.length);
    for (const c of weibo) await expect(card(page, c.title)).toBeVisible();
    await page.getByRole('searchbox', { name: 'Search' }).fill('year');
    await expect(page.locator('.board .ccard')).toHaveCount(weibo.filter((c) => /year/i.test(`${c.title} ${c.theme} ${c.notes}`)).length);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect(column(page, 'Idea').getByRole('listitem')).toHaveCount(rows.filter((c) => c.status_id === 'status-idea').length);
    expect(plan.errors).toEqual([]);
  });
});

test.describe('board columns', () => {
  test('rename a column, add one and move a card into it; the names come from the plan', async ({ page, plan }) => {
    await openContent(page, plan);
    await column(page, 'Idea').hover();
    await page.getByRole('button', { name: 'Rename the column Idea' }).click();
    await page.getByRole('textbox', { name: 'Column name' }).fill('Backlog');
    await page.getByRole('textbox', { name: 'Column name' }).press('Enter');
    await expect(column(page, 'Backlog')).toBeVisible();
    await page.getByRole('button', { name: '+ Add column' }).click();
    await page.getByRole('textbox', { name: 'Column name' }).fill('On hold');
    await page.getByRole('textbox', { name: 'Column name' }).press('Enter');
    await expect(column(page, 'On hold')).toBeVisible();
    await expect(column(page, 'On hold').getByText('No items')).toBeVisible();
    await saved(page);
    const statuses = (await plan.call<Snapshot>('snapshot')).rows.content_status;
    expect(statuses.map((s) => s.name || s.key)).toEqual(['Backlog', 'draft', 'review', 'approved', 'scheduled', 'published', 'On hold']);
    expect(statuses[statuses.length - 1]).toMatchObject({ key: 'custom', name: 'On hold' });
    // keyboard: from Idea (now Backlog) far right into the new column
    await card(page, 'Designer Q&A live').focus();
    await page.keyboard.press('Space');
    await expect(page.getByText(/^Picked up Designer Q&A live\./)).toBeAttached();
    for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowRight');
    await expect(page.getByText(/^On hold, position 1 of 1\.$/)).toBeAttached();
    await page.keyboard.press('Space');
    await expect(card(column(page, 'On hold'), 'Designer Q&A live')).toBeVisible();
    await saved(page);
    expect((await itemNamed(plan, 'Designer Q&A live')).status_id).toBe(statuses[statuses.length - 1]!.id);
    expect(plan.errors).toEqual([]);
  });
});

test.describe('calendar', () => {
  test.use({ viewport: { width: 1360, height: 1100 } });
  test('drag an item to another day: the date changes, the time of day stays', async ({ page, plan }) => {
    await openContent(page, plan, '#/content/month/2026-12');
    const title = 'Double 12 teaser';
    const before = await itemNamed(plan, title);
    expect(before).toMatchObject({ publish_date: '2026-12-05', publish_time: '20:00' });
    await drag(page, card(page, title), page.locator('td[data-date="2026-12-08"]'));
    await expect(card(page.locator('td[data-date="2026-12-08"]'), title)).toBeVisible();
    await saved(page);
    expect(await itemNamed(plan, title)).toMatchObject({ publish_date: '2026-12-08', publish_time: '20:00', platform_id: before.platform_id });
    await page.reload();
    await expect(card(page.locator('td[data-date="2026-12-08"]'), title)).toBeVisible();
    expect(plan.errors).toEqual([]);
  });

  test('drag an undated item from the tray onto a day; drag it back to take the date away', async ({ page, plan }) => {
    await openContent(page, plan, '#/content/month/2026-12');
    const title = 'Clothes take-back scheme';
    const tray = page.getByRole('complementary', { name: /^Not scheduled/ });
    await expect(card(tray, title)).toBeVisible();
    await drag(page, card(tray, title), page.locator('td[data-date="2026-12-16"]'));
    await expect(card(page.locator('td[data-date="2026-12-16"]'), title)).toBeVisible();
    await expect(card(tray, title)).toHaveCount(0);
    await saved(page);
    expect(await itemNamed(plan, title)).toMatchObject({ publish_date: '2026-12-16', publish_time: null });
    await drag(page, card(page, title), tray);
    await expect(card(tray, title)).toBeVisible();
    await saved(page);
    expect((await itemNamed(plan, title)).publish_date).toBeNull();
    expect(plan.errors).toEqual([]);
  });

  test('a drop on a day outside the plan is refused with a message', async ({ page, plan }) => {
    await openContent(page, plan, '#/content/month/2026-12');
    const title = 'Bestsellers of the year';
    const revision = (await plan.call<{ revision: number }>('planInfo')).revision;
    await drag(page, card(page, title), page.locator('td[data-date="2027-01-02"]'));
    await expect(page.getByRole('region', { name: 'Notifications' }).getByText(/^Saturday, January 2, 2027 is outside the plan’s dates \(Jan 1, 2026 – Dec 31, 2026\)/)).toBeVisible();
    await expect(page.getByText(/^Bestsellers of the year was not moved: Saturday, January 2, 2027 is outside the plan’s dates\.$/)).toBeAttached();
    await expect(card(page.locator('td[data-date="2026-12-18"]'), title)).toBeVisible();
    expect((await itemNamed(plan, title)).publish_date).toBe('2026-12-18');
    expect((await plan.call<{ revision: number }>('planInfo')).revision).toBe(revision);
    expect(plan.errors).toEqual([]);
  });

  test('move an item to another day with the keyboard only', async ({ page, plan }) => {
    await openContent(page, plan, '#/content/month/2026-12');
    const title = 'Double 12 outfit checklist';
    await card(page, title).focus();
    await page.keyboard.press('Space');
    await expect(page.getByText(new RegExp(`^Picked up ${title}\\.`))).toBeAttached();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByText(/^Wednesday, December 9, 2026\.$/)).toBeAttached();
    await page.keyboard.press('ArrowDown');
    await expect(page.getByText(/^Wednesday, December 16, 2026\.$/)).toBeAttached();
    await page.keyboard.press('Space');
    await expect(card(page.locator('td[data-date="2026-12-16"]'), title)).toBeVisible();
    await saved(page);
    expect(await itemNamed(plan, title)).toMatchObject({ publish_date: '2026-12-16', publish_time: '21:00' });
    expect(plan.errors).toEqual([]);
  });

  test('shows key dates and the weekly meeting on their days, not as movable items', async ({ page, plan }) => {
    await openContent(page, plan, '#/content/month/2026-12');
    const snap = await plan.call<Snapshot>('snapshot');
    const sync = snap.rows.meeting.find((m) => m.recurrence === 'weekly')!;
    for (const monday of ['2026-12-07', '2026-12-14', '2026-12-21', '2026-12-28']) {
      await expect(page.locator(`td[data-date="${monday}"]`).getByRole('note', { name: new RegExp(`${esc(sync.name)}, 10:00–11:00`) })).toBeVisible();
    }
    await expect(page.locator('td[data-date="2026-12-08"]').getByRole('note')).toHaveCount(0);
    const d12 = snap.rows.key_date.find((k) => k.start === '2026-12-12')!;
    await expect(page.locator('td[data-date="2026-12-12"]')).toContainText(d12.name);
    await expect(page.locator('td[data-date="2026-12-07"]').getByRole('button', { name: new RegExp(esc(sync.name)) })).toHaveCount(0);
    expect(plan.errors).toEqual([]);
  });

  test('week view: lanes per platform; drag to another platform and time, and straight down to the next day', async ({ page, plan }) => {
    await openContent(page, plan, '#/content/week/2026-12-07');
    await byTheHour(page);
    await expect(page.getByText('Peak hours 20:00–22:00')).toBeVisible();
    const title = 'Brand conference hashtag'; // Wed 9 Dec, Weibo, 20:00
    const lane = (date: string, platform: string) => page.getByRole('group', { name: `${date}, ${platform}` });
    await expect(card(lane('Wednesday, December 9, 2026', 'Weibo'), title)).toBeVisible();
    // one hour later and, with Alt held (the user means another platform), onto the WeChat lane of the same day
    const x18 = (await page.locator('.week-hour', { hasText: '18:00' }).boundingBox())!.x;
    const x20 = (await page.locator('.week-hour', { hasText: '20:00' }).boundingBox())!.x;
    const hour = (x20 - x18) / 2;
    await page.keyboard.down('Alt');
    await drag(page, card(page, title), lane('Wednesday, December 9, 2026', 'WeChat').locator('.week-track'), (a, b) => ({ x: mid(a).x + hour, y: mid(b).y }));
    await page.keyboard.up('Alt');
    await expect(card(lane('Wednesday, December 9, 2026', 'WeChat'), title)).toBeVisible();
    await saved(page);
    expect(await itemNamed(plan, title)).toMatchObject({ publish_date: '2026-12-09', publish_time: '21:00', platform_id: 'plat-wechat' });
    // straight down to Thursday's WeChat lane: the time stays
    await drag(page, card(page, title), lane('Thursday, December 10, 2026', 'WeChat').locator('.week-track'), (a, b) => ({ x: mid(a).x, y: mid(b).y }));
    await expect(card(lane('Thursday, December 10, 2026', 'WeChat'), title)).toBeVisible();
    await saved(page);
    expect(await itemNamed(plan, title)).toMatchObject({ publish_date: '2026-12-10', publish_time: '21:00', platform_id: 'plat-wechat' });
    expect(plan.errors).toEqual([]);
  });

  test('week view: a drag to another day keeps the platform unless Alt is held; the dragged card shows the day and time', async ({ page, plan }) => {
    await openContent(page, plan, '#/content/week/2026-12-07');
    await byTheHour(page);
    const title = 'Brand conference hashtag'; // Wed 9 Dec, Weibo, 20:00
    const lane = (date: string, platform: string) => page.getByRole('group', { name: `${date}, ${platform}` });
    await drag(
      page,
      card(lane('Wednesday, December 9, 2026', 'Weibo'), title),
      lane('Thursday, December 10, 2026', 'WeChat').locator('.week-track'),
      (a, b) => ({ x: mid(a).x, y: mid(b).y }),
      () => expect(page.locator('.is-overlay .drag-target')).toHaveText('→ Thu, Dec 10 20:00'),
    );
    await expect(card(lane('Thursday, December 10, 2026', 'Weibo'), title)).toBeVisible();
    await saved(page);
    expect(await itemNamed(plan, title)).toMatchObject({ publish_date: '2026-12-10', publish_time: '20:00', platform_id: 'plat-weibo' });
    expect(plan.errors).toEqual([]);
  });

  test('week view with the keyboard: lanes with arrows up and down, time with left and right', async ({ page, plan }) => {
    await openContent(page, plan, '#/content/week/2026-12-07');
    await byTheHour(page);
    const title = 'Double 12 outfit checklist'; // Tue 8 Dec, Xiaohongshu, 21:00
    await card(page, title).focus();
    await page.keyboard.press('Space');
    await expect(page.getByText(new RegExp(`^Picked up ${title}\\.`))).toBeAttached();
    await page.keyboard.press('ArrowDown'); // Bilibili lane
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Shift+ArrowLeft');
    await expect(page.getByText(/^Tuesday, December 8, 2026, Bilibili, 19:30\.$/)).toBeAttached();
    await page.keyboard.press('Space');
    await saved(page);
    expect(await itemNamed(plan, title)).toMatchObject({ publish_date: '2026-12-08', publish_time: '19:30', platform_id: 'plat-bilibili' });
    expect(plan.errors).toEqual([]);
  });
});

test.describe('editor', () => {
  test('create, edit, duplicate and delete an item; undo brings it back', async ({ page, plan }) => {
    await openContent(page, plan);
    const count = (await items(plan)).length;
    await page.getByRole('button', { name: '+ New item' }).click();
    const panel = page.getByRole('complementary', { name: 'Content item' });
    await expect(panel).toBeVisible();
    await panel.getByLabel('Title').fill('Winter gift guide');
    await panel.getByLabel('Title').press('Enter');
    await panel.getByLabel('Platform', { exact: true }).selectOption({ label: 'Weibo' });
    await panel.getByLabel('Publishing date').fill('2026-12-19');
    await panel.getByLabel('Publishing date').press('Enter');
    await panel.getByLabel('Publishing time').fill('14:30');
    await panel.getByLabel('Publishing time').press('Enter');
    await expect(panel.getByText('Outside the peak hours (20:00–22:00).')).toBeVisible();
    await expect(panel.getByText('Times are in the plan’s time zone, China Standard Time (Asia/Shanghai), UTC+08:00, for everyone who opens the plan.')).toBeVisible();
    await panel.getByLabel('Social proof').check();
    await panel.getByLabel('KOL partner').fill('Style blogger Xiaolu');
    await panel.getByLabel('KOL partner').press('Enter');
    await saved(page);
    const made = await itemNamed(plan, 'Winter gift guide');
    expect(made).toMatchObject({ platform_id: 'plat-weibo', publish_date: '2026-12-19', publish_time: '14:30', tactics: ['social_proof'], kol_partner: 'Style blogger Xiaolu', status_id: 'status-idea' });
    await expect(card(column(page, 'Idea'), 'Winter gift guide')).toBeVisible();

    await panel.getByRole('button', { name: 'Duplicate' }).click();
    await expect(card(column(page, 'Idea'), 'Winter gift guide (copy)')).toBeVisible();
    await saved(page);
    expect(await items(plan)).toHaveLength(count + 2);

    await panel.getByRole('button', { name: 'Delete' }).click();
    await expect(card(page, 'Winter gift guide (copy)')).toHaveCount(0);
    await expect(page.getByRole('status').filter({ hasText: '“Winter gift guide (copy)” deleted.' })).toBeVisible();
    await saved(page);
    expect(await items(plan)).toHaveLength(count + 1);
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect(card(column(page, 'Idea'), 'Winter gift guide (copy)')).toBeVisible();
    expect(await items(plan)).toHaveLength(count + 2);
    expect(plan.errors).toEqual([]);
  });
});

test.describe('editor layout', () => {
  test.use({ timezoneId: 'Europe/Berlin' });
  test('the first click after typing a publishing time lands: the form does not move on blur', async ({ page, plan }) => {
    await openContent(page, plan);
    await page.getByRole('button', { name: '+ New item' }).click();
    const panel = page.getByRole('complementary', { name: 'Content item' });
    await panel.getByLabel('Title').fill('Shift check');
    await panel.getByLabel('Title').press('Enter');
    await panel.getByLabel('Publishing date').fill('2027-03-01');
    await panel.getByLabel('Publishing date').press('Tab');
    const time = panel.getByLabel('Publishing time');
    await time.click();
    await time.pressSequentially('1430');
    // straight from typing to the next control, no Enter or Tab: the blur commits the time
    await panel.getByLabel('Social proof').click();
    await expect(panel.getByLabel('Social proof')).toBeChecked();
    await expect(panel.getByText('Outside the peak hours (20:00–22:00).')).toBeVisible();
    await saved(page);
    expect(await itemNamed(plan, 'Shift check')).toMatchObject({ publish_date: '2027-03-01', publish_time: '14:30', tactics: ['social_proof'] });
    expect(plan.errors).toEqual([]);
  });
  test('a date is typed year, month, day whatever the browser’s locale; a wrong one is refused in words', async ({ page, plan }) => {
    await openContent(page, plan);
    await card(page, 'Double 12 teaser').click();
    const panel = page.getByRole('complementary', { name: 'Content item' });
    const date = panel.getByLabel('Publishing date');
    await expect(date).toHaveValue('2026-12-05');
    await date.selectText();
    await date.pressSequentially('20261208');
    await expect(date).toHaveValue('2026-12-08');
    await date.press('Enter');
    await saved(page);
    expect(await itemNamed(plan, 'Double 12 teaser')).toMatchObject({ publish_date: '2026-12-08' });
    await date.fill('2026-02-30');
    await date.press('Tab');
    await expect(panel.getByRole('alert')).toHaveText('Not a date: write it as yyyy-mm-dd.');
    expect(await itemNamed(plan, 'Double 12 teaser')).toMatchObject({ publish_date: '2026-12-08' });
    expect(plan.errors).toEqual([]);
  });
});

test.describe('in Chinese', () => {
  test.use({ planLang: 'zh-CN' });
  test('the plan’s time zone is named in words', async ({ page, plan }) => {
    await page.addInitScript(() => localStorage.setItem('campaign-planner.language', 'zh-CN'));
    await plan.open();
    await page.evaluate(() => (location.hash = '#/content/board'));
    await expect(page.getByText('日期与时间均按方案时区 中国标准时间 (Asia/Shanghai)，UTC+08:00。', { exact: false })).toBeVisible();
    expect(plan.errors).toEqual([]);
  });

  test('the drag announcements and instructions are in the current language', async ({ page, plan }) => {
    await page.addInitScript(() => localStorage.setItem('campaign-planner.language', 'zh-CN'));
    await plan.open();
    await page.evaluate(() => (location.hash = '#/content/board'));
    const c = page.getByRole('button', { name: /^会员年度账单\s*,/ });
    await expect(c).toHaveAttribute('aria-roledescription', '可移动的内容卡片');
    const describedBy = await c.getAttribute('aria-describedby');
    await expect(page.locator(`[id="${describedBy}"]`)).toContainText('按空格键拿起');
    await c.focus();
    await page.keyboard.press('Space');
    await expect(page.getByText(/^已拿起“会员年度账单”。草稿，第 3 位，共 3 位。$/)).toBeAttached();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByText(/^审核中，第 3 位，共 4 位。$/)).toBeAttached();
    await page.keyboard.press('Escape');
    await expect(page.getByText(/^已取消移动“会员年度账单”/)).toBeAttached();
    expect(plan.errors).toEqual([]);
  });
});

test.describe('a colleague in another time zone', () => {
  test.use({ timezoneId: 'Europe/Berlin' });
  test('sees the same publishing times, in the plan’s zone, with this computer’s time as a hint', async ({ page, plan }) => {
    await openContent(page, plan);
    expect(await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).toBe('Europe/Berlin');
    await expect(card(page, 'Double 12 teaser')).toContainText('Dec 5 20:00');
    await expect(page.getByText('Dates and times are in the plan’s time zone, China Standard Time (Asia/Shanghai), UTC+08:00.', { exact: false })).toBeVisible();
    await card(page, 'Double 12 teaser').click();
    const panel = page.getByRole('complementary', { name: 'Content item' });
    await expect(panel.getByLabel('Publishing time')).toHaveValue('20:00');
    await expect(panel.getByText('On this computer, Central European Standard Time (Europe/Berlin): Dec 5 13:00')).toBeVisible();
    await page.evaluate(() => (location.hash = '#/content/week/2026-12-05'));
    await expect(card(page.locator('td[data-date="2026-12-05"][data-platform="plat-douyin"]'), 'Double 12 teaser')).toContainText('20:00');
    await byTheHour(page);
    await expect(card(page.getByRole('group', { name: 'Saturday, December 5, 2026, Douyin' }), 'Double 12 teaser')).toContainText('20:00');
    expect(plan.errors).toEqual([]);
  });
});

test.describe('read-only plan', () => {
  test.use({ openedBy: 'Li Wei' });
  test('cards open but do not move, and nothing can be added', async ({ page, plan }) => {
    await plan.open();
    await expect(page.locator('.read-only-banner')).toBeVisible();
    await goTo(page, 'Content');
    await page.evaluate(() => (location.hash = '#/content/board'));
    await expect(card(column(page, 'Draft'), 'Member year-in-review card')).toBeVisible();
    await expect(page.getByRole('button', { name: '+ New item' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: /^Add an item to/ })).toHaveCount(0);
    await drag(page, card(page, 'Member year-in-review card'), column(page, 'In review').getByRole('listitem').first());
    await expect(card(column(page, 'Draft'), 'Member year-in-review card')).toBeVisible();
    await card(page, 'Member year-in-review card').press('Space');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Space');
    await expect(card(column(page, 'Draft'), 'Member year-in-review card')).toBeVisible();
    await card(page, 'Member year-in-review card').click();
    await expect(page.getByRole('complementary', { name: 'Content item' }).getByLabel('Title')).toBeDisabled();
    expect((await itemNamed(plan, 'Member year-in-review card')).status_id).toBe('status-draft');
  });
});
