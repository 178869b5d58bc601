import { expect, goTo, test } from './fixtures.ts';

test('switching the language changes the labels and is remembered', async ({ page, plan }) => {
  await plan.open();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('combobox', { name: 'Language' }).selectOption('zh-CN');
  const nav = page.getByRole('navigation', { name: '视图' });
  await expect(nav.getByRole('link', { name: '时间线' })).toBeVisible();
  await expect(nav.getByRole('link', { name: '受众与平台' })).toBeVisible();
  await expect(page.getByRole('button', { name: '撤销' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.locator('main h1')).toHaveText('概览');

  await goTo(page, '风险');
  await expect(page.getByRole('table', { name: '风险登记表' }).getByRole('columnheader', { name: '可能性' })).toBeVisible();

  await page.reload();
  await expect(page.getByRole('navigation', { name: '视图' }).getByRole('link', { name: '风险' })).toHaveAttribute('aria-current', 'page');
  await page.getByRole('combobox', { name: '语言' }).selectOption('en');
  await expect(page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Risks' })).toBeVisible();
  expect(plan.errors).toEqual([]);
});

test('the theme follows the system at first, then the toggle, and is remembered', async ({ page, plan }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await plan.open();
  const html = page.locator('html');
  await expect(html).toHaveAttribute('data-theme', 'dark');
  const toggle = page.getByRole('button', { name: 'Dark theme' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await toggle.click();
  await expect(html).toHaveAttribute('data-theme', 'light');
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await page.reload();
  await expect(html).toHaveAttribute('data-theme', 'light');
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(background).toBe('rgb(244, 246, 249)');
});

test.describe('a plan someone else has open', () => {
  test.use({ openedBy: 'Li Wei' });

  test('opens read-only with a banner saying who has it', async ({ page, plan }) => {
    await plan.open();
    const banner = page.locator('.read-only-banner');
    await expect(banner).toContainText('Read-only');
    await expect(banner).toContainText('Li Wei');
    await expect(banner).toHaveAttribute('data-code', 'LOCKED');
    await expect(page.getByRole('button', { name: /^Rename plan:/ })).toBeDisabled();
    await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();
    await page.getByRole('combobox', { name: 'Language' }).selectOption('zh-CN');
    await expect(banner).toContainText('只读');
    expect(plan.errors).toEqual([]);
  });
});
