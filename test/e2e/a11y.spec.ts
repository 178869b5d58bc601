import AxeBuilder from '@axe-core/playwright';
import { expect, goTo, NAV_EN, test, VIEW_NAMES } from './fixtures.ts';

// One test per view and theme: each gets its own time budget, and a failure names the view.
for (const theme of ['light', 'dark'] as const) {
  for (const view of VIEW_NAMES) {
    test(`${view} has no serious or critical accessibility violation (${theme} theme)`, async ({ page, plan }) => {
      await page.addInitScript((t) => localStorage.setItem('campaign-planner.theme', t), theme);
      await plan.open();
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      await goTo(page, NAV_EN[view]);
      await expect(page.locator('main h1')).toBeVisible();
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
      const found = results.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id} (${v.impact}) ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
      expect(found).toEqual([]);
    });
  }
}
