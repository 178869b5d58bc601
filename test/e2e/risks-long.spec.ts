/**
 * A long risk register (more than the 100 rows the grid draws in full): only the rows near the view are
 * in the page, yet the keyboard walks on past them, the last risk can be scrolled to, a deleted row
 * comes back with Undo, and the columns keep their widths whichever rows are drawn.
 */
import type { Page } from '@playwright/test';
import { expect, goTo, test } from './fixtures.ts';

const EXTRA = 130;
/** the sample plan has 15 risks (R-01…R-15); these follow them in the register */
const code = (n: number) => `R-${String(n).padStart(3, '0')}`;

async function addRisks(call: (method: 'applyChanges', ...args: unknown[]) => Promise<unknown>) {
  const changes = [];
  for (let n = 1; n <= EXTRA; n++) {
    const id = `risk-long-${n}`;
    // a long title on some rows only: an auto-sized table would widen its Risk column when they are drawn
    const title = n > EXTRA - 20 ? `Supplier ${n} misses the festival window because the warehouse is closed for inventory` : `Supplier ${n} delay`;
    changes.push(
      { entity: 'risk', id, field: 'code', value: code(n) },
      { entity: 'risk', id, field: 'title', value: title },
      { entity: 'risk', id, field: 'category', value: 'other' },
      { entity: 'risk', id, field: 'sort_order', value: 1_000_000 + n },
    );
  }
  await call('applyChanges', changes);
}

/** x and width of each column header, rounded to the pixel */
const headerBoxes = (page: Page) =>
  page
    .getByRole('table', { name: 'Risk register' })
    .locator('thead tr')
    .first()
    .locator('th')
    .evaluateAll((ths) => ths.map((th) => { const b = th.getBoundingClientRect(); return [Math.round(b.x), Math.round(b.width)]; }));

test.beforeEach(async ({ page, plan }) => {
  await addRisks((m, ...a) => plan.call(m, ...a));
  await plan.open();
  await goTo(page, 'Risks');
  await expect(page.getByRole('table', { name: 'Risk register' })).toHaveAttribute('aria-rowcount', String(15 + EXTRA + 2));
});

/** every column but the code, the title and the actions: five stops for Tab in each row */
const FEW_COLUMNS = ['flags', 'category', 'description', 'likelihood', 'impact', 'score', 'band', 'owner', 'status', 'review_on', 'residual_likelihood', 'residual_impact', 'residual', 'trigger', 'trigger_seen', 'strategy', 'mitigation', 'contingency', 'identified_on', 'task_ids', 'platform_ids', 'playbook'];

test('Tab walks from the first row on past the rows drawn at first, each focused row in view', async ({ page, plan }) => {
  await page.evaluate((hidden) => localStorage.setItem('campaign-planner.risks.register.hidden', JSON.stringify(hidden)), FEW_COLUMNS);
  await page.reload();
  await expect(page.getByRole('table', { name: 'Risk register' }).locator('thead th')).toHaveCount(3);
  const table = page.getByRole('table', { name: 'Risk register' });
  const drawn = await table.locator('tbody tr[data-row-id]').count();
  expect(drawn).toBeLessThan(15 + EXTRA);
  const lastDrawn = Number(await table.locator('tbody tr[data-row-id]').last().getAttribute('aria-rowindex'));

  // the Code cell of each row, then on through the row's editors to the next row's Code
  await table.locator('tbody tr[data-row-id]').first().getByRole('button', { name: /^Code, / }).focus();
  let index = 0;
  for (let presses = 0; presses < 5 * (lastDrawn + 4) && index <= lastDrawn + 2; presses++) {
    await page.keyboard.press('Tab');
    index = await page.evaluate(() => Number(document.activeElement?.closest('tr')?.getAttribute('aria-rowindex') ?? -1));
    expect(index, 'the focus stays in the register').toBeGreaterThan(0);
  }
  expect(index).toBeGreaterThan(lastDrawn);
  const focused = page.locator(':focus');
  await expect(focused).toBeInViewport();
  await expect(table.locator(`tbody tr[aria-rowindex="${index}"]`)).toContainText('Supplier');
  expect(plan.errors).toEqual([]);
});

test('scrolling to the bottom shows the last risk; a deleted row comes back with Undo; the columns keep their widths', async ({ page, plan }) => {
  const table = page.getByRole('table', { name: 'Risk register' });
  const before = await headerBoxes(page);

  const rowCount = 15 + EXTRA + 2;
  const last = table.locator(`tbody tr[aria-rowindex="${rowCount}"]`);
  // rows are measured as they are drawn, so the page's height settles as it scrolls
  const toBottom = () =>
    expect(async () => {
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      await expect(last).toBeInViewport({ timeout: 500 });
    }).toPass();
  await toBottom();
  const lastName = (await last.getByRole('button', { name: /^Code, / }).textContent())!;

  // the header sits above the table; scrolled back up, its columns are where they were
  await page.evaluate(() => window.scrollTo(0, 0));
  await expect(table.locator('tbody tr[aria-rowindex="3"]')).toBeInViewport();
  expect(await headerBoxes(page)).toEqual(before);
  await toBottom();
  // measured while the long-titled rows at the bottom are the drawn ones
  expect(await headerBoxes(page)).toEqual(before);

  await expect(last.getByRole('button', { name: /^Code, / })).toHaveText(lastName);
  const victim = (await table.locator(`tbody tr[aria-rowindex="${rowCount - 1}"]`).getByRole('button', { name: /^Code, / }).textContent())!;
  await page.getByRole('button', { name: `Delete ${victim}` }).click();
  await expect(table.getByRole('button', { name: new RegExp(`^Code, .*: ${victim}$`) })).toHaveCount(0);
  await expect(table).toHaveAttribute('aria-rowcount', String(rowCount - 1));
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(table.getByRole('button', { name: new RegExp(`^Code, .*: ${victim}$`) })).toBeVisible();
  await expect(table).toHaveAttribute('aria-rowcount', String(rowCount));
  expect(plan.errors).toEqual([]);
});
