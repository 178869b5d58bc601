/**
 * The content workflow on an item: an idea put on a day is offered a move to Scheduled (one undo step),
 * post copy and hashtags, approver and sign-off (who, when), read back from the plan file.
 */
import type { Locator, Page } from '@playwright/test';
import type { Snapshot } from '../../shared/api.ts';
import type { ContentItem } from '../../shared/model/registry.ts';
import { expect, goTo, test, type PlanFixture } from './fixtures.ts';

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const card = (scope: Page | Locator, title: string) => scope.getByRole('button', { name: new RegExp(`(^|,\\s*)${esc(title)}\\s*(,|$)`) });
const saved = (page: Page) => expect(page.getByText('All changes saved')).toBeVisible();
async function itemNamed(plan: PlanFixture, title: string): Promise<ContentItem> {
  const found = (await plan.call<Snapshot>('snapshot')).rows.content_item.find((c) => c.title === title);
  if (!found) throw new Error(`no item ${title}`);
  return found;
}
async function openContent(page: Page, plan: PlanFixture, hash: string) {
  await plan.open();
  await goTo(page, 'Content');
  await page.evaluate((h) => (location.hash = h), hash);
}

test.use({ viewport: { width: 1360, height: 1100 } });

test('an idea dragged from the tray onto a day is offered a move to Scheduled; undo takes only that back', async ({ page, plan }) => {
  await openContent(page, plan, '#/content/month/2026-12');
  const title = 'Clothes take-back scheme';
  const tray = page.getByRole('complementary', { name: /^Not scheduled/ });
  const from = card(tray, title);
  const to = page.locator('td[data-date="2026-12-16"]');
  await from.scrollIntoViewIfNeeded();
  const a = (await from.boundingBox())!;
  const b = (await to.boundingBox())!;
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move(a.x + a.width / 2 + 6, a.y + a.height / 2 + 6, { steps: 2 });
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 14 });
  await page.mouse.up();
  await expect(card(to, title)).toBeVisible();
  const offer = page.getByRole('region', { name: 'Move to Scheduled?' });
  await expect(offer).toContainText('“Clothes take-back scheme” is an idea with a publishing date.');
  await offer.getByRole('button', { name: 'Move to Scheduled' }).click();
  await expect(offer).toHaveCount(0);
  await saved(page);
  expect(await itemNamed(plan, title)).toMatchObject({ publish_date: '2026-12-16', status_id: 'status-scheduled' });
  await page.getByRole('button', { name: 'Undo' }).click();
  await saved(page);
  expect(await itemNamed(plan, title)).toMatchObject({ publish_date: '2026-12-16', status_id: 'status-idea' });
  expect(plan.errors).toEqual([]);
});

test('in the editor: a date on an idea offers Scheduled; copy, hashtags, approver and sign-off are kept', async ({ page, plan }) => {
  await openContent(page, plan, '#/content/board');
  const title = 'Designer Q&A live';
  await card(page, title).click();
  const panel = page.getByRole('complementary', { name: 'Content item' });
  await expect(panel.getByRole('button', { name: 'Move to Scheduled' })).toHaveCount(0);
  await panel.getByLabel('Publishing date').fill('2026-12-20');
  await panel.getByLabel('Publishing date').press('Enter');
  await panel.getByRole('button', { name: 'Move to Scheduled' }).click();
  await expect(panel.getByLabel('Status')).toHaveValue('status-scheduled');

  await panel.getByLabel('Post copy').fill('Ask our designers anything, live on Sunday.');
  await panel.getByLabel('Post copy').blur();
  await panel.getByLabel('Hashtags').fill('#winter, 冬季穿搭  #qa');
  await panel.getByLabel('Hashtags').press('Enter');
  await expect(panel.getByLabel('Hashtags')).toHaveValue('#winter #冬季穿搭 #qa');
  await panel.getByLabel('Approver').selectOption({ label: 'Li Jing' });
  await panel.getByLabel('Signed off by').selectOption({ label: 'Li Jing' });
  await expect(panel.getByText(/^Signed off .+\.$/)).toBeVisible();
  await saved(page);
  const item = await itemNamed(plan, title);
  expect(item).toMatchObject({ status_id: 'status-scheduled', post_copy: 'Ask our designers anything, live on Sunday.', hashtags: ['winter', '冬季穿搭', 'qa'], approver_id: 'person-li', signed_off_by: 'person-li' });
  expect(Date.parse(item.signed_off_at!)).not.toBeNaN();

  // taking the sign-off back forgets when it was given, in the same step
  await panel.getByLabel('Signed off by').selectOption({ label: '(not set)' });
  await saved(page);
  expect(await itemNamed(plan, title)).toMatchObject({ signed_off_by: null, signed_off_at: null });
  expect(plan.errors).toEqual([]);
});

test('list view: tick several items, change status and shift their day at once; one undo takes it all back', async ({ page, plan }) => {
  await openContent(page, plan, '#/content/list');
  const a = 'Double 12 teaser';
  const b = 'Member year-in-review card';
  const before = [await itemNamed(plan, a), await itemNamed(plan, b)];
  await page.getByRole('checkbox', { name: `Select ${a}` }).check();
  await page.getByRole('checkbox', { name: `Select ${b}` }).check();
  const bulk = page.getByRole('form', { name: 'Change the selected items' });
  await expect(bulk).toContainText('2 items selected');
  await bulk.getByLabel('Status').selectOption({ label: 'In review' });
  await bulk.getByLabel('Owner').selectOption({ label: 'Li Jing' });
  await bulk.getByLabel('Move the day by (days)').fill('2');
  await bulk.getByRole('button', { name: 'Apply to 2 items' }).click();
  await saved(page);
  const after = [await itemNamed(plan, a), await itemNamed(plan, b)];
  expect(after[0]).toMatchObject({ status_id: 'status-review', owner_id: 'person-li', publish_date: '2026-12-07' });
  expect(after[1]).toMatchObject({ status_id: 'status-review', owner_id: 'person-li', publish_date: before[1]!.publish_date });
  await page.getByRole('button', { name: 'Undo' }).click();
  await saved(page);
  expect([await itemNamed(plan, a), await itemNamed(plan, b)]).toEqual(before.map((x) => expect.objectContaining({ status_id: x.status_id, owner_id: x.owner_id, publish_date: x.publish_date })));
  expect(plan.errors).toEqual([]);
});
