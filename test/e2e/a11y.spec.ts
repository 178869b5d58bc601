/**
 * The one spec that runs axe: every view as it loads, in both themes (English) and once in Chinese, and
 * then the states a view load does not show (editors, dialogs, menus, error states) in both themes. The
 * view specs check behaviour only. One test per view or state and theme: each gets its own time budget,
 * and a failure names them; a test that checks several states lists the findings of all of them.
 */
import path from 'node:path';
import type { Page } from '@playwright/test';
import type { Language } from '../../shared/model/enums.ts';
import { axeChecks } from './axe.ts';
import { editAsColleague, everyKindOfConflict, TASK } from './colleague.ts';
import { chooseLook, expect, fileMenu, goTo, ROOT, test, VIEW_NAMES, type PlanFixture } from './fixtures.ts';
import { LEDGER_CSV } from './spend-ledger.ts';

const THEMES = ['light', 'dark'] as const;
type Theme = (typeof THEMES)[number];

/** Opens the plan in a theme and language, as a user who chose them earlier would find it. */
async function openIn(page: Page, plan: PlanFixture, theme: Theme, lang: Language = 'en'): Promise<void> {
  await chooseLook(page, lang, theme);
  await plan.open();
  await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
}

async function showView(page: Page, view: string): Promise<void> {
  await page.evaluate((v) => (location.hash = `#/${v}`), view);
  await expect(page.locator('main')).toHaveAttribute('data-view', view);
  await expect(page.locator('main h1')).toBeVisible();
}

test.describe('every view as it loads', () => {
  for (const theme of THEMES) {
    for (const view of VIEW_NAMES) {
      test(`${view} (${theme} theme)`, async ({ page, plan }) => {
        await openIn(page, plan, theme);
        await showView(page, view);
        const axe = axeChecks(page);
        await axe.check(view);
        expect(axe.found).toEqual([]);
      });
    }
  }
});

test.describe('every view in Chinese', () => {
  test.use({ planLang: 'zh-CN' });
  // each view once, the themes taking turns, so that both themes are seen in Chinese
  VIEW_NAMES.forEach((view, i) => {
    const theme = THEMES[i % 2]!;
    test(`${view} (zh-CN, ${theme} theme)`, async ({ page, plan }) => {
      await openIn(page, plan, theme, 'zh-CN');
      await showView(page, view);
      const axe = axeChecks(page);
      await axe.check(view);
      expect(axe.found).toEqual([]);
    });
  });
});

for (const theme of THEMES) {
  test.describe(`${theme} theme`, () => {
    test('the risks view: its other tabs, a running playbook, the side panel and the bands dialog', async ({ page, plan }) => {
      test.setTimeout(240_000);
      await openIn(page, plan, theme);
      const axe = axeChecks(page);
      const openTab = async (name: string) => {
        await goTo(page, 'Risks');
        await page.getByRole('tab', { name }).click();
        await expect(page.getByRole('tab', { name })).toHaveAttribute('aria-selected', 'true');
      };
      // the view's own content (dialogs and the side panel live inside it): the shell is checked with the view loads
      for (const tab of ['Heat map', 'Emergency playbooks', 'Compliance']) {
        await openTab(tab);
        await axe.check(tab, 'main');
      }
      await openTab('Emergency playbooks');
      await page.getByRole('button', { name: 'Start a run…' }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Start the run' }).click();
      await expect(page.locator('section.rk-run.is-running')).toBeVisible();
      await axe.check('run', 'main');
      await openTab('Register');
      await page.getByRole('button', { name: 'Open R-01' }).click();
      await axe.check('side panel', 'main');
      await page.keyboard.press('Escape');
      await openTab('Heat map');
      await page.getByRole('button', { name: 'Edit bands…' }).click();
      await axe.check('bands dialog', 'main');
      expect(axe.found).toEqual([]);
    });

    for (const panel of ['task editor', 'key-dates editor'] as const) {
      test(`the Timeline with its ${panel} open`, async ({ page, plan }) => {
        await page.addInitScript(() => localStorage.setItem('campaign-planner.timeline.zoom', 'week'));
        await openIn(page, plan, theme);
        await goTo(page, 'Timeline');
        await expect(page.locator('.tl-frappe .bar-wrapper.tl-task').first()).toBeVisible();
        if (panel === 'task editor') await page.getByRole('treeitem', { name: /^Market and competitor research \(/ }).click();
        else await page.getByRole('button', { name: 'Key dates…' }).click();
        await expect(page.locator('.side-panel')).toBeVisible();
        const axe = axeChecks(page);
        await axe.check(panel);
        expect(axe.found).toEqual([]);
      });
    }

    test('the key-dates .ics preview over the delete toast with Undo', async ({ page, plan }) => {
      await openIn(page, plan, theme);
      await goTo(page, 'Timeline');
      await page.getByRole('button', { name: 'Key dates…' }).click();
      const panel = page.locator('.side-panel');
      await panel.getByRole('button', { name: 'Delete “Spring Festival holiday”' }).click();
      await expect(page.locator('.toast-undo')).toBeVisible();
      await panel.locator('input[type="file"]').setInputFiles(path.join(ROOT, 'test/fixtures/exchange/client-key-dates.ics'));
      await expect(page.getByRole('dialog')).toBeVisible();
      const axe = axeChecks(page);
      await axe.check('.ics preview and toast');
      expect(axe.found).toEqual([]);
    });

    test('the content board, its editor, the month and the week in both layouts', async ({ page, plan }) => {
      // five full-page axe runs on a shared machine
      test.slow();
      await openIn(page, plan, theme);
      await goTo(page, 'Content');
      await page.evaluate(() => (location.hash = '#/content/board'));
      await expect(page.locator('.board-col').first()).toBeVisible();
      const axe = axeChecks(page);
      await axe.check('board');
      await page.getByRole('button', { name: /(^|,\s*)Member year-in-review card\s*(,|$)/ }).click();
      await expect(page.getByRole('complementary', { name: 'Content item' })).toBeVisible();
      await axe.check('editor');
      await page.keyboard.press('Escape');
      await page.evaluate(() => (location.hash = '#/content/month/2026-12'));
      await expect(page.locator('.month-grid')).toBeVisible();
      await axe.check('month');
      await page.evaluate(() => (location.hash = '#/content/week/2026-12-07'));
      await expect(page.locator('.week-cols')).toBeVisible();
      await axe.check('week, days side by side');
      await page.getByRole('group', { name: 'Week layout' }).getByRole('button', { name: 'By the hour' }).click();
      await expect(page.locator('.week')).toBeVisible();
      await axe.check('week by the hour');
      expect(axe.found).toEqual([]);
    });

    test('the budget view with its error states, the spend editor and the CSV dialog', async ({ page, plan }) => {
      await openIn(page, plan, theme);
      await goTo(page, 'Budget');
      const share = page.getByRole('textbox', { name: 'Percentage for Advertising', exact: true });
      await share.fill('-3');
      await share.press('Enter');
      await expect(page.getByRole('alert').filter({ hasText: 'A share cannot be negative' })).toBeVisible();
      await page.locator('.burn-table summary').click();
      const axe = axeChecks(page);
      await axe.check('budget with a refused share and the burn table open');
      await page.getByRole('button', { name: 'Add spend' }).click();
      const panel = page.getByRole('complementary', { name: 'New spend entry' });
      await panel.getByLabel('Amount (CNY)').fill('x');
      await panel.getByRole('button', { name: 'Save' }).click();
      await expect(panel.getByRole('alert')).toBeVisible();
      await axe.check('spend editor with a refused amount');
      await panel.getByRole('button', { name: 'Cancel' }).click();
      await page.getByRole('button', { name: 'Import CSV…' }).click();
      const dialog = page.getByRole('dialog', { name: 'Import spend from CSV' });
      await dialog.getByLabel('Or paste CSV text').fill(LEDGER_CSV);
      await expect(dialog.locator('.csv-errors li')).toHaveCount(3);
      await axe.check('CSV dialog with bad lines');
      expect(axe.found).toEqual([]);
    });

    test('Goals with an objective’s editor open and the KPI import dialog with a bad row', async ({ page, plan }) => {
      // the sample's goal chart as of a day inside the plan
      await page.clock.setFixedTime(new Date('2026-11-26T10:00:00+08:00'));
      await openIn(page, plan, theme);
      await goTo(page, 'Goals');
      await page
        .getByRole('treeitem')
        .filter({ has: page.locator('.goal-title').getByText('Brand reach for the year', { exact: true }) })
        .click();
      await expect(page.locator('.goal-chart')).toBeVisible();
      const axe = axeChecks(page);
      await axe.check('goals + editor', 'main');
      await page.getByRole('button', { name: 'Import CSV…' }).click();
      await page.getByRole('dialog').getByRole('textbox', { name: 'Or paste CSV text' }).fill('date,platform,metric,value\n2026-11-20,Douyin,reach,5\nbad,Douyin,reach,x');
      await expect(page.getByRole('dialog').locator('.csv-errors li')).toHaveCount(1);
      await axe.check('import dialog', 'main');
      expect(axe.found).toEqual([]);
    });

    test('sharing: the File menu, the export copy dialog, a merge review with a warning, history and the author dialog', async ({ page, plan }, testInfo) => {
      const copy = testInfo.outputPath('plan', 'a11y.cplan');
      await plan.call('exportCopy', { path: copy });
      await plan.call('applyChanges', [{ entity: 'settings', id: 'plan', field: 'name', value: 'Mine' }]);
      // Bo's clock runs 400 days ahead: the review warns that his copy looks broken
      await editAsColleague(copy, 'Bo', [
        { entity: 'settings', id: 'plan', field: 'name', value: 'Theirs' },
        { entity: 'task', id: TASK, field: 'name', value: 'Research by Bo' },
      ], () => Date.now() + 400 * 86_400_000);
      await openIn(page, plan, theme);
      const axe = axeChecks(page);
      await page.getByRole('button', { name: 'File', exact: true }).click();
      await axe.check('file menu');
      await page.getByRole('menuitem', { name: 'Export a copy for email…' }).click();
      await axe.check('export dialog');
      await page.getByRole('dialog').getByRole('button', { name: 'Export' }).click();
      await expect(page.getByTestId('export-size')).toBeVisible();
      await axe.check('export done');
      await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();
      await fileMenu(page, 'Merge a colleague’s copy…');
      await page.getByRole('dialog').getByRole('textbox').fill(copy);
      await page.getByRole('dialog').getByRole('button', { name: 'Review changes' }).click();
      await expect(page.locator('.merge-review')).toBeVisible();
      await expect(page.locator('.merge-warning')).toContainText('looks broken');
      await axe.check('merge review');
      await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
      await fileMenu(page, 'History');
      await expect(page.locator('.history-entry').first()).toBeVisible();
      await axe.check('history panel');
      await page.getByRole('button', { name: /^Your name:/ }).click();
      await axe.check('author dialog');
      expect(axe.found).toEqual([]);
    });
  });
}

test('a merge review with every kind of conflict', async ({ page, plan }, testInfo) => {
  await everyKindOfConflict(plan, testInfo.outputPath('plan', 'from-bo.cplan'));
  await plan.open();
  await fileMenu(page, 'Merge a colleague’s copy…');
  const pick = page.getByRole('dialog', { name: 'Merge a colleague’s copy' });
  await pick.getByRole('textbox', { name: 'Path of the file on this computer' }).fill(testInfo.outputPath('plan', 'from-bo.cplan'));
  await pick.getByRole('button', { name: 'Review changes' }).click();
  await expect(page.locator('.merge-review .merge-duplicates')).toBeVisible();
  const axe = axeChecks(page);
  await axe.check('merge review with every kind of conflict');
  expect(axe.found).toEqual([]);
});

test.describe('a plan open elsewhere', () => {
  test.use({ openedBy: 'Li Wei' });
  test('the lock banner with its ways forward, and after Merge later', async ({ page, plan }) => {
    await plan.open();
    const axe = axeChecks(page);
    await axe.check('lock banner');
    await page.locator('.read-only-banner').getByRole('button', { name: 'Merge later' }).click();
    await axe.check('merge later');
    expect(axe.found).toEqual([]);
  });
});

test('the Import dialog previewing a GanttProject file', async ({ page, plan }) => {
  await plan.open();
  await fileMenu(page, 'Import…');
  const dialog = page.getByRole('dialog', { name: 'Import' });
  await dialog.getByRole('radio', { name: 'GanttProject (.gan)' }).check();
  await dialog.getByLabel('File', { exact: true }).setInputFiles(path.join(ROOT, 'test/fixtures/exchange/new-product-launch.gan'));
  await expect(dialog.getByRole('button', { name: 'Import 6 tasks' })).toBeVisible();
  const axe = axeChecks(page);
  await axe.check('import preview', 'dialog[open]');
  expect(axe.found).toEqual([]);
});

test('the Export dialog set to a Word report in Chinese', async ({ page, plan }) => {
  await plan.open();
  await fileMenu(page, 'Export…');
  const dialog = page.getByRole('dialog', { name: 'Export', exact: true });
  await dialog.getByRole('radio', { name: /Plan report — Word/ }).check();
  await dialog.getByRole('combobox', { name: 'Language of the export' }).selectOption('zh-CN');
  const axe = axeChecks(page);
  await axe.check('export dialog', 'dialog');
  expect(axe.found).toEqual([]);
});
