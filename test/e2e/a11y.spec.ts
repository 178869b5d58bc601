import AxeBuilder from '@axe-core/playwright';
import { expect, goTo, NAV_EN, test, VIEW_NAMES } from './fixtures.ts';

for (const theme of ['light', 'dark'] as const) {
  test(`every view has no serious or critical accessibility violation (${theme} theme)`, async ({ page, plan }) => {
    await page.addInitScript((t) => localStorage.setItem('campaign-planner.theme', t), theme);
    await plan.open();
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    const found: string[] = [];
    for (const view of VIEW_NAMES) {
      await goTo(page, NAV_EN[view]);
      await expect(page.locator('main h1')).toBeVisible();
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
      for (const v of results.violations) {
        if (v.impact === 'serious' || v.impact === 'critical') {
          found.push(`${view}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
        }
      }
    }
    expect(found).toEqual([]);
  });
}
