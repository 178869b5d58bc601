/**
 * PNGs of sharing for people to look at (File menu, export, merge review, history, author, lock), in both
 * languages and both themes: `SHARING_SHOTS=1 npx playwright test sharing-shots` writes them to
 * $SHARING_SHOTS_DIR (default /tmp/shots-sharing).
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { editAsColleague } from './colleague.ts';
import { chooseLook, expect, test } from './fixtures.ts';

const OUT = process.env.SHARING_SHOTS_DIR ?? '/tmp/shots-sharing';
const DAY = 86_400_000;

test.skip(!process.env.SHARING_SHOTS && !process.env.SCREENSHOTS, 'set SHARING_SHOTS=1 to write the sharing screenshots');

/** A colleague's app whose clock runs `aheadMs` ahead of this one. */
const colleague = (file: string, author: string, aheadMs: number, changes: Parameters<typeof editAsColleague>[2]) => editAsColleague(file, author, changes, () => Date.now() + aheadMs);

const LABELS = {
  en: { file: 'File', exportCopy: 'Export a copy for email…', merge: 'Merge a colleague’s copy…', history: 'History', path: 'Path of the file on this computer', next: 'Review changes', export: 'Export', later: 'Merge later' },
  'zh-CN': { file: '文件', exportCopy: '导出副本（用于邮件发送）…', merge: '合并同事的副本…', history: '修改历史', path: '文件在本机上的路径', next: '查看修改', export: '导出', later: '稍后合并' },
} as const;

for (const lang of ['en', 'zh-CN'] as const) {
  for (const theme of ['light', 'dark'] as const) {
    test.describe(`${lang} ${theme}`, () => {
      test.use({ planLang: lang });
      const L = LABELS[lang];
      const shot = (page: Page, name: string, fullPage = false) => page.screenshot({ path: path.join(OUT, `${name}-${lang}-${theme}.png`), fullPage });
      const setup = async (page: Page) => {
        mkdirSync(OUT, { recursive: true });
        await chooseLook(page, lang, theme);
      };

      test(`sharing screens ${lang} ${theme}`, async ({ page, plan }, testInfo) => {
        await setup(page);
        // a copy two colleagues edited: Bo (clock 3 hours ahead) and Chen (clock broken, 400 days ahead)
        const copy = testInfo.outputPath('plan', 'from-colleagues.cplan');
        await plan.call('exportCopy', { path: copy });
        const snap = await plan.call<{ rows: Record<string, { id: string; start?: string; end?: string }[]> }>('snapshot');
        const [t1, t2, t3, t4] = snap.rows.task!;
        const risk = snap.rows.risk![0]!;
        const en = lang === 'en';
        const body = (tail: string) =>
          en
            ? `<h3>Where the industry is going</h3><p>More than <strong>5 billion</strong> people use social media. ${tail}</p><ul><li>Audiences expect better and more personal content.</li></ul>`
            : `<h3>行业趋势</h3><p>全球社交媒体用户已超过 <strong>50 亿</strong>。${tail}</p><ul><li>用户对内容质量与个性化的要求明显提高。</li></ul>`;
        // a row I delete while Bo edits it, and the brief's background both of us rewrite
        await plan.call('applyChanges', [{ entity: 'task', id: t3!.id, field: 'deleted', value: true }]);
        await plan.call('applyChanges', [{ entity: 'task', id: t4!.id, field: 'end', value: '2026-02-27' }]);
        await plan.call('applyChanges', [{ entity: 'brief_section', id: 'brief-background', field: 'body', value: body(en ? 'Short video and live commerce grow fastest.' : '短视频与直播电商增长最快。') }]);
        await plan.call('applyChanges', [{ entity: 'risk', id: 'risk-shot-mine', field: 'title', value: en ? 'Supplier delay' : '供应商延误' }, { entity: 'risk', id: 'risk-shot-mine', field: 'code', value: 'R-90' }]);
        const levels = (hours: number, text: string) => [
          { severity: 'critical', response_hours: 1, description: en ? 'Statement within the hour' : '一小时内发布声明' },
          { severity: 'major', response_hours: hours, description: text },
        ];
        await plan.call('applyChanges', [{ entity: 'playbook', id: 'pb-pr', field: 'levels', value: levels(6, en ? 'Brief the spokesperson' : '向发言人通报') }]);
        await plan.call('applyChanges', [{ entity: 'settings', id: 'plan', field: 'name', value: lang === 'en' ? 'Spring push (my edit)' : '春季推广（我的修改）' }]);
        await plan.call('applyChanges', [{ entity: 'risk', id: risk.id, field: 'likelihood', value: 5 }]);
        await plan.call('applyChanges', [{ entity: 'task', id: t1!.id, field: 'start', value: '2026-01-20' }]);
        await colleague(copy, 'Bo', 3 * 3600_000, [
          { entity: 'settings', id: 'plan', field: 'name', value: lang === 'en' ? 'Spring push (Bo’s edit)' : '春季推广（Bo 的修改）' },
          { entity: 'task', id: t2!.id, field: 'name', value: lang === 'en' ? 'Competitor teardown' : '竞品拆解' },
          { entity: 'task', id: t1!.id, field: 'end', value: '2026-01-12' },
          { entity: 'playbook', id: 'pb-pr', field: 'levels', value: levels(4, en ? 'Brief the spokesperson and legal' : '向发言人和法务通报') },
          { entity: 'task', id: t4!.id, field: 'deleted', value: true },
          { entity: 'task', id: t3!.id, field: 'notes', value: en ? 'Booked the studio for two days' : '已预订两天的摄影棚' },
          { entity: 'brief_section', id: 'brief-background', field: 'body', value: body(en ? 'Short video and search grow fastest.' : '短视频与搜索增长最快。') },
          [
            { entity: 'risk', id: 'risk-shot-bo', field: 'title', value: en ? 'Influencer cancels' : '达人临时取消' },
            { entity: 'risk', id: 'risk-shot-bo', field: 'code', value: 'R-90' },
          ],
          [
            { entity: 'task', id: 'task-shot-new', field: 'name', value: lang === 'en' ? 'Livestream rehearsal' : '直播彩排' },
            { entity: 'task', id: 'task-shot-new', field: 'start', value: '2026-02-02' },
            { entity: 'task', id: 'task-shot-new', field: 'end', value: '2026-02-03' },
          ],
        ]);
        await colleague(copy, 'Chen', 400 * DAY, [{ entity: 'risk', id: risk.id, field: 'likelihood', value: 2 }]);

        await plan.open();
        await page.getByRole('button', { name: L.file, exact: true }).click();
        await expect(page.getByRole('menu')).toBeVisible();
        await shot(page, 'file-menu');
        await page.keyboard.press('Escape');

        await page.getByRole('button', { name: L.file, exact: true }).click();
        await page.getByRole('menuitem', { name: L.exportCopy }).click();
        await expect(page.getByRole('dialog')).toBeVisible();
        await shot(page, 'export-path');
        await page.getByRole('dialog').getByRole('textbox', { name: L.path }).fill(testInfo.outputPath('plan', 'for-email.cplan'));
        await page.getByRole('dialog').getByRole('button', { name: L.export }).click();
        await expect(page.getByTestId('export-size')).toBeVisible();
        await shot(page, 'export-done');
        await page.keyboard.press('Escape');

        await page.getByRole('button', { name: L.file, exact: true }).click();
        await page.getByRole('menuitem', { name: L.merge }).click();
        await page.getByRole('dialog').getByRole('textbox', { name: L.path }).fill(copy);
        await shot(page, 'merge-path');
        await page.getByRole('dialog').getByRole('button', { name: L.next }).click();
        await expect(page.locator('.merge-review')).toBeVisible();
        await shot(page, 'merge-review');
        await page.locator('.merge-conflicts').scrollIntoViewIfNeeded();
        await shot(page, 'merge-review-middle');
        await page.locator('.conflict-deleted').first().evaluate((el) => el.scrollIntoView({ block: 'start' }));
        await shot(page, 'merge-delete-conflict');
        await page.locator('fieldset.conflict[data-field="body"]').evaluate((el) => el.scrollIntoView({ block: 'start' }));
        await shot(page, 'merge-richtext-conflict');
        await page.locator('fieldset.conflict[data-field="levels"]').evaluate((el) => el.scrollIntoView({ block: 'start' }));
        await shot(page, 'merge-structured-conflict');
        await page.locator('.merge-duplicates').evaluate((el) => el.scrollIntoView({ block: 'center' }));
        await shot(page, 'merge-duplicates');
        await page.locator('dialog[open]').evaluate((d) => d.scrollTo(0, d.scrollHeight));
        await shot(page, 'merge-review-end');
        await page.locator('.dialog-actions .btn-primary').click();
        await expect(page.locator('.merge-review')).toBeHidden();
        await shot(page, 'merged-toast');

        await page.getByRole('button', { name: L.file, exact: true }).click();
        await page.getByRole('menuitem', { name: L.history }).click();
        await expect(page.locator('.history-entry').first()).toBeVisible();
        await shot(page, 'history');

        await page.locator('.author-button').click();
        await expect(page.getByRole('dialog')).toBeVisible();
        await shot(page, 'author');
        expect(plan.errors).toEqual([]);
      });
    });

    test.describe(`${lang} ${theme} locked`, () => {
      test.use({ planLang: lang, openedBy: 'Li Wei' });
      test(`lock banner ${lang} ${theme}`, async ({ page, plan }) => {
        mkdirSync(OUT, { recursive: true });
        await chooseLook(page, lang, theme);
        await plan.open();
        await expect(page.locator('.read-only-banner')).toBeVisible();
        await page.screenshot({ path: path.join(OUT, `lock-${lang}-${theme}.png`) });
        await page.locator('.read-only-banner').getByRole('button', { name: LABELS[lang].later }).click();
        await page.screenshot({ path: path.join(OUT, `lock-later-${lang}-${theme}.png`) });
        await page.reload();
        await page.locator('.lock-actions .btn-primary').click();
        await expect(page.locator('.sharing-note')).toBeVisible();
        await page.screenshot({ path: path.join(OUT, `lock-copy-${lang}-${theme}.png`) });
        expect(plan.errors).toEqual([]);
      });
    });
  }
}

test('narrow window: header and merge review', async ({ page, plan }, testInfo) => {
  mkdirSync(OUT, { recursive: true });
  await page.setViewportSize({ width: 720, height: 900 });
  const copy = testInfo.outputPath('plan', 'narrow.cplan');
  await plan.call('exportCopy', { path: copy });
  await plan.call('applyChanges', [{ entity: 'settings', id: 'plan', field: 'name', value: 'Mine' }]);
  await colleague(copy, 'Bo', 0, [{ entity: 'settings', id: 'plan', field: 'name', value: 'Theirs' }]);
  await plan.open();
  await page.screenshot({ path: path.join(OUT, 'narrow-header.png') });
  await page.getByRole('button', { name: 'File', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Merge a colleague’s copy…' }).click();
  await page.getByRole('dialog').getByRole('textbox').fill(copy);
  await page.getByRole('dialog').getByRole('button', { name: 'Review changes' }).click();
  await expect(page.locator('.merge-review')).toBeVisible();
  await page.screenshot({ path: path.join(OUT, 'narrow-merge.png') });
});
