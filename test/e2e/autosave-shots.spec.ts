/**
 * PNGs of the save indicator while typing is pending, in both languages and both themes:
 * `SCREENSHOTS=1 npx playwright test autosave-shots` writes them to $AUTOSAVE_SHOTS_DIR (default /tmp/shots-autosave).
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { expect, goTo, test } from './fixtures.ts';

const OUT = process.env.AUTOSAVE_SHOTS_DIR ?? '/tmp/shots-autosave';

test.skip(!process.env.SCREENSHOTS, 'set SCREENSHOTS=1 to write the autosave screenshots');

for (const lang of ['en', 'zh-CN'] as const) {
  for (const theme of ['light', 'dark'] as const) {
    test(`brief with typing pending (${lang}, ${theme})`, async ({ page, plan }) => {
      mkdirSync(OUT, { recursive: true });
      await page.emulateMedia({ colorScheme: theme });
      await plan.open();
      if (lang === 'zh-CN') await page.getByRole('combobox', { name: 'Language' }).selectOption('zh-CN');
      await goTo(page, lang === 'en' ? 'Brief' : '简报');
      const editor = page.locator('.rich-editor').nth(1);
      await editor.click();
      await page.keyboard.press('Control+End');
      await page.keyboard.type(lang === 'en' ? ' Still typing' : '还在输入');
      const indicator = page.locator('.save-indicator');
      // the shot is taken within the pause before the save (about 600 ms)
      await expect(indicator).toHaveAttribute('data-state', 'unsaved');
      await page.locator('.app-header').screenshot({ path: path.join(OUT, `header-unsaved-${lang}-${theme}.png`) });
      await expect(indicator).toHaveAttribute('data-state', 'saved');
      await page.locator('.app-header').screenshot({ path: path.join(OUT, `header-saved-${lang}-${theme}.png`) });
    });
  }
}
