/**
 * The risks view through Chromium and the web host, on real plan files: re-scoring on the heat map by
 * mouse and by keyboard (checked in the file with `cplan export`), undo, filters, review flags,
 * playbook runs, the compliance checklist, the CSV export and the printed register.
 */
import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { parseCsv } from '../../shared/logic/csv.ts';
import { cplanExport, expect, goTo, test } from './fixtures.ts';

interface ExportedRow {
  id: string;
  deleted?: boolean;
  [field: string]: unknown;
}
type Exported = { rows: Record<string, ExportedRow[]> };

/** The plan file on disk, not the page's state. */
const exportPlan = (file: string): Exported => ({ rows: cplanExport<Exported['rows']>(file) });

function row(file: string, entity: string, id: string): ExportedRow | undefined {
  return exportPlan(file).rows[entity]?.find((r) => r.id === id && !r.deleted);
}

const rating = (file: string, id: string) => {
  const r = row(file, 'risk', id);
  return r ? [r.likelihood, r.impact] : null;
};

async function openTab(page: Page, name: string) {
  await goTo(page, 'Risks');
  await page.getByRole('tab', { name }).click();
  await expect(page.getByRole('tab', { name })).toHaveAttribute('aria-selected', 'true');
}

/** Drags with the mouse the way dnd-kit needs it: a small first move past the activation distance, then steps. */
async function drag(page: Page, from: Locator, to: Locator) {
  const a = (await from.boundingBox())!;
  const b = (await to.boundingBox())!;
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move(a.x + a.width / 2 + 8, a.y + a.height / 2 + 4, { steps: 2 });
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 12 });
  await page.mouse.up();
}

const inherent = (page: Page) => page.locator('figure[data-map="inherent"]');
const cell = (map: Locator, l: number, i: number) => map.locator(`td[data-cell="${l}-${i}"]`);
const chip = (map: Locator, code: string) => map.getByRole('button', { name: new RegExp(`^${code} `) });

test('dragging a risk from (2,3) to (4,5) re-scores it in the file, changes its band colour, and undoes in one step', async ({ page, plan }) => {
  await plan.open();
  await openTab(page, 'Heat map');
  await page.getByRole('radio', { name: 'Inherent' }).check();
  const map = inherent(page);
  const r07 = chip(map, 'R-07');
  await expect(cell(map, 2, 3).getByRole('button', { name: /^R-07 / })).toBeVisible();
  await expect(r07).toHaveAttribute('data-band', 'medium');
  await expect(r07).toHaveAccessibleName(/likelihood 2, impact 3 \(score 6, Medium\)/);

  await drag(page, r07, cell(map, 4, 5));

  await expect(cell(map, 4, 5).getByRole('button', { name: /^R-07 / })).toBeVisible();
  await expect(r07).toHaveAttribute('data-band', 'extreme');
  await expect(r07).toHaveCSS('border-left-color', 'rgb(196, 61, 61)');
  await expect(cell(map, 4, 5)).toHaveAttribute('data-band', 'extreme');
  await expect.poll(() => rating(plan.file, 'risk-07')).toEqual([4, 5]);

  // the register agrees
  await page.getByRole('tab', { name: 'Register' }).click();
  const r = page.getByRole('row').filter({ has: page.getByRole('button', { name: /^Code, EU Digital/ }) });
  await expect(r.getByLabel('Likelihood, R-07')).toHaveValue('4');
  await expect(r.getByLabel('Impact, R-07')).toHaveValue('5');
  await expect(r.locator('[data-band]').first()).toHaveAttribute('data-band', 'extreme');

  // one drop = one undo step: undo puts it back and leaves nothing more to undo
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(r.getByLabel('Likelihood, R-07')).toHaveValue('2');
  await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();
  await expect.poll(() => rating(plan.file, 'risk-07')).toEqual([2, 3]);
  await page.getByRole('tab', { name: 'Heat map' }).click();
  await expect(cell(inherent(page), 2, 3).getByRole('button', { name: /^R-07 / })).toBeVisible();
  await expect(chip(inherent(page), 'R-07')).toHaveAttribute('data-band', 'medium');
  expect(plan.errors).toEqual([]);
});

test('the same re-score by keyboard, announced for screen readers, and undone with Ctrl+Z', async ({ page, plan }) => {
  await plan.open();
  await openTab(page, 'Heat map');
  await page.getByRole('radio', { name: 'Inherent' }).check();
  const map = inherent(page);
  const r13 = chip(map, 'R-13');
  await expect(cell(map, 2, 3).getByRole('button', { name: /^R-13 / })).toBeVisible();

  await r13.focus();
  await page.keyboard.press('Space');
  const live = page.locator('[id^="DndLiveRegion"]');
  await expect(live).toContainText('Picked up R-13');
  await page.keyboard.press('ArrowUp');
  await expect(live).toContainText('over likelihood 3, impact 3');
  await page.keyboard.press('ArrowUp');
  await expect(live).toContainText('over likelihood 4, impact 3');
  await page.keyboard.press('ArrowRight');
  await expect(live).toContainText('over likelihood 4, impact 4');
  await page.keyboard.press('ArrowRight');
  await expect(live).toContainText('likelihood 4, impact 5 (score 20, Extreme)');
  await page.keyboard.press('Space');
  await expect(live).toContainText('R-13 Public-health emergency dropped on likelihood 4, impact 5');

  await expect(cell(map, 4, 5).getByRole('button', { name: /^R-13 / })).toBeVisible();
  await expect(chip(map, 'R-13')).toHaveAttribute('data-band', 'extreme');
  await expect.poll(() => rating(plan.file, 'risk-13')).toEqual([4, 5]);

  // Escape cancels a move
  await chip(map, 'R-13').focus();
  await page.keyboard.press('Space');
  await expect(live).toContainText('Picked up R-13');
  await page.keyboard.press('ArrowLeft');
  await expect(live).toContainText('over likelihood 4, impact 4');
  await page.keyboard.press('Escape');
  await expect(live).toContainText('cancelled');
  await expect(cell(map, 4, 5).getByRole('button', { name: /^R-13 / })).toBeVisible();

  // undo from the keyboard (focus outside a text field)
  await page.locator('main h1').click();
  await page.keyboard.press('Control+z');
  await expect(cell(map, 2, 3).getByRole('button', { name: /^R-13 / })).toBeVisible();
  await expect.poll(() => rating(plan.file, 'risk-13')).toEqual([2, 3]);
  expect(plan.errors).toEqual([]);
});

test('the residual map re-scores the residual rating only', async ({ page, plan }) => {
  await plan.open();
  await openTab(page, 'Heat map');
  await page.getByRole('radio', { name: 'Residual' }).check();
  await expect(page.locator('figure[data-map="inherent"]')).toHaveCount(0);
  const map = page.locator('figure[data-map="residual"]');
  // R-07 is 1 × 2 after mitigation
  const r07 = chip(map, 'R-07');
  await expect(cell(map, 1, 2).getByRole('button', { name: /^R-07 / })).toBeVisible();
  await r07.focus();
  const live = page.locator('[id^="DndLiveRegion"]');
  await page.keyboard.press('Space');
  await expect(live).toContainText('Picked up R-07');
  await page.keyboard.press('ArrowUp');
  await expect(live).toContainText('over likelihood 2, impact 2');
  await page.keyboard.press('Space');
  await expect(cell(map, 2, 2).getByRole('button', { name: /^R-07 / })).toBeVisible();
  await expect.poll(() => {
    const r = row(plan.file, 'risk', 'risk-07');
    return r && [r.likelihood, r.impact, r.residual_likelihood, r.residual_impact];
  }).toEqual([2, 3, 2, 2]);

  // side by side shows both maps
  await page.getByRole('radio', { name: 'Side by side' }).check();
  await expect(page.locator('figure[data-map]')).toHaveCount(2);
  expect(plan.errors).toEqual([]);
});

test('a residual rating above the inherent one is refused with the reason, and the file keeps the old one', async ({ page, plan }) => {
  await plan.open();
  await openTab(page, 'Heat map');
  await page.getByRole('radio', { name: 'Residual' }).check();
  const map = page.locator('figure[data-map="residual"]');
  // R-07 is 2 × 3 = 6 before its response and 1 × 2 after; 4 × 2 after would be worse than before
  await chip(map, 'R-07').focus();
  const live = page.locator('[id^="DndLiveRegion"]');
  await page.keyboard.press('Space');
  await expect(live).toContainText('Picked up R-07');
  for (let n = 0; n < 3; n++) await page.keyboard.press('ArrowUp');
  await expect(live).toContainText('over likelihood 4, impact 2');
  await page.keyboard.press('Space');
  await expect(page.getByRole('status').filter({ hasText: 'Not changed: R-07 would be rated 8 after its response, above its 6 without one. Lower the residual rating first.' })).toBeVisible();
  await expect(cell(map, 1, 2).getByRole('button', { name: /^R-07 / })).toBeVisible();
  const r = row(plan.file, 'risk', 'risk-07')!;
  expect([r.likelihood, r.impact, r.residual_likelihood, r.residual_impact]).toEqual([2, 3, 1, 2]);
  expect(plan.errors).toEqual([]);
});

test('the register filters and sorts by its columns', async ({ page, plan }) => {
  await plan.open();
  await goTo(page, 'Risks');
  const table = page.getByRole('table', { name: 'Risk register' });
  const rows = table.locator('tbody tr');
  await expect(rows).toHaveCount(15);

  await table.getByLabel('Filter Category').selectOption({ label: 'Legal and regulatory' });
  await expect(rows).toHaveCount(4);
  for (const code of ['R-05', 'R-06', 'R-07', 'R-08']) await expect(table.getByLabel(`Category, ${code}`)).toHaveValue('legal');
  await expect(page.getByText('Showing 4 of 15.')).toBeVisible();

  // a second filter narrows further: score at least 10
  await table.getByLabel('Filter Score').fill('>=10');
  await expect(rows).toHaveCount(2);
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(rows).toHaveCount(15);

  // sort by score, highest first
  await table.getByRole('button', { name: 'Score', exact: true }).click();
  await table.getByRole('button', { name: 'Score', exact: true }).click();
  await expect(table.locator('th[aria-sort="descending"]')).toHaveCount(1);
  await expect(rows.first().getByRole('button', { name: /^Code, / })).toHaveText('R-08');

  // a text filter on the title
  await table.getByLabel('Filter Risk').fill('data');
  await expect(rows).toHaveCount(1);
  await expect(rows.first().getByRole('rowheader')).toContainText('Customer data leak');
  expect(plan.errors).toEqual([]);
});

test('a risk past its review date is flagged; inline edits reach the file', async ({ page, plan }) => {
  await plan.open();
  await goTo(page, 'Risks');
  const table = page.getByRole('table', { name: 'Risk register' });
  const r02 = table.locator('tbody tr').filter({ has: page.getByLabel('Next review, R-02') });
  const r01 = table.locator('tbody tr').filter({ has: page.getByLabel('Next review, R-01') });

  // long ago → flagged; far ahead → not flagged (whatever today is)
  await r02.getByLabel('Next review, R-02').fill('2020-01-02');
  await r02.getByLabel('Next review, R-02').press('Enter');
  await expect(r02.locator('[data-flag="review_due"]')).toHaveText('Review due');
  await r01.getByLabel('Next review, R-01').fill('2099-01-01');
  await r01.getByLabel('Next review, R-01').press('Enter');
  await expect(r01.locator('[data-flag="review_due"]')).toHaveCount(0);
  await expect.poll(() => row(plan.file, 'risk', 'risk-02')?.review_on).toBe('2020-01-02');

  // the flag filter shows R-02 among the flagged
  await table.getByLabel('Filter Attention').selectOption({ label: 'Review due' });
  await expect(table.locator('tbody tr').filter({ has: page.getByLabel('Next review, R-02') })).toHaveCount(1);
  await expect(table.locator('tbody tr').filter({ has: page.getByLabel('Next review, R-01') })).toHaveCount(0);
  await page.getByRole('button', { name: 'Clear filters' }).click();

  // a seen trigger flags too (shown through the Columns chooser)
  await page.locator('.grid-columns > summary').click();
  await page.getByRole('checkbox', { name: 'Trigger seen' }).check();
  await page.locator('.grid-columns > summary').click();
  await table.getByLabel('Trigger seen, R-01').check();
  await expect(r01.locator('[data-flag="trigger_seen"]')).toBeVisible();
  await expect.poll(() => row(plan.file, 'risk', 'risk-01')?.trigger_seen).toBe(true);

  // inline title edit
  await table.getByRole('button', { name: /^Risk, R-03:/ }).click();
  const input = table.getByRole('textbox', { name: 'Risk, R-03' });
  await input.fill('Consumer confidence keeps falling');
  await input.press('Enter');
  await expect(table.getByRole('button', { name: /^Risk, R-03:/ })).toHaveText('Consumer confidence keeps falling');
  await expect.poll(() => row(plan.file, 'risk', 'risk-03')?.title).toBe('Consumer confidence keeps falling');
  expect(plan.errors).toEqual([]);
});

test('create, duplicate and delete risks, each undone in one step', async ({ page, plan }) => {
  await plan.open();
  await goTo(page, 'Risks');
  const table = page.getByRole('table', { name: 'Risk register' });
  const rows = table.locator('tbody tr');

  await page.getByRole('button', { name: 'New risk' }).click();
  const panel = page.getByRole('complementary', { name: 'Risk R-16' });
  await expect(panel).toBeVisible();
  await panel.getByLabel('Risk', { exact: true }).fill('Livestream host falls ill');
  await panel.getByLabel('Risk', { exact: true }).press('Enter');
  await panel.getByRole('button', { name: 'Close' }).click();
  await expect(rows).toHaveCount(16);
  await expect(table.getByRole('button', { name: /^Risk, R-16:/ })).toHaveText('Livestream host falls ill');
  await expect.poll(() => exportPlan(plan.file).rows.risk!.filter((r) => !r.deleted).length).toBe(16);

  await page.getByRole('button', { name: 'Duplicate R-01' }).click();
  await expect(rows).toHaveCount(17);
  await expect(table.getByRole('button', { name: /^Risk, R-17:/ })).toHaveText('Competitors outspend us at shopping festivals (copy)');
  // the copy sits right under its original
  await expect(rows.nth(1).getByRole('button', { name: /^Code, / })).toHaveText('R-17');

  await page.getByRole('button', { name: 'Delete R-17' }).click();
  await expect(rows).toHaveCount(16);
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(rows).toHaveCount(17);
  await expect.poll(() => exportPlan(plan.file).rows.risk!.filter((r) => !r.deleted).length).toBe(17);

  // deleting a risk that a playbook and a checklist item link to takes it out of both
  await page.getByRole('button', { name: 'Delete R-08' }).click();
  await expect(rows).toHaveCount(16);
  await expect.poll(() => (row(plan.file, 'playbook', 'pb-pr')?.risk_ids as string[])?.includes('risk-08')).toBe(false);
  expect(row(plan.file, 'compliance_item', 'comp-adlaw-1')?.risk_ids).toEqual([]);
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect.poll(() => (row(plan.file, 'playbook', 'pb-pr')?.risk_ids as string[])?.includes('risk-08')).toBe(true);
  expect(row(plan.file, 'compliance_item', 'comp-adlaw-1')?.risk_ids).toEqual(['risk-08']);
  expect(plan.errors).toEqual([]);
});

test('run a playbook: the clock starts, two steps are ticked with their times, a missed target shows, and the run is in the file', async ({ page, plan }) => {
  await page.clock.install();
  await plan.open();
  await openTab(page, 'Emergency playbooks');
  await page.getByRole('navigation', { name: 'Playbooks' }).getByRole('link', { name: /PR-crisis playbook/ }).click();
  await page.getByRole('button', { name: 'Start a run…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Run “PR-crisis playbook”' });
  await dialog.getByRole('radio', { name: /Critical/ }).check();
  await dialog.getByRole('button', { name: 'Start the run' }).click();

  const run = page.locator('section.rk-run.is-running');
  await expect(run.getByRole('heading', { name: 'Running now · Critical' })).toBeVisible();
  await expect(run.getByRole('timer')).toHaveText(/^0:00:0\d$/);
  await expect(run).toContainText('1 h, by');
  await run.getByRole('checkbox', { name: /Establish the facts/ }).check();
  await run.getByRole('checkbox', { name: /Pause every scheduled post/ }).check();
  await expect(run).toContainText('2 of 7 done');
  await expect(run.locator('.rk-tick-time')).toHaveCount(2);
  await expect(page.getByRole('navigation', { name: 'Playbooks' })).toContainText('Running');

  const runs = () => exportPlan(plan.file).rows.playbook_run!.filter((r) => !r.deleted);
  await expect.poll(() => (runs()[0]?.ticks as unknown[] | undefined)?.length).toBe(2);
  const saved = runs();
  expect(saved).toHaveLength(1);
  expect(saved[0]).toMatchObject({ playbook_id: 'pb-pr', severity: 'critical', ended_at: '' });
  const ticks = saved[0]!.ticks as { step_id: string; done_at: string }[];
  expect(ticks.map((k) => k.step_id)).toEqual(['pb-pr-step-1', 'pb-pr-step-2']);
  for (const k of ticks) expect(Date.parse(k.done_at)).toBeGreaterThanOrEqual(Date.parse(saved[0]!.started_at as string));

  // two hours on: the one-hour target is missed and says so
  await page.clock.fastForward('02:00:00');
  await expect(run.locator('.rk-run-status')).toContainText('Target missed');
  await expect(run.locator('.rk-run-status')).toHaveAttribute('data-phase', 'missed');

  // ticking a step after the target marks it late; ending the run keeps it in the history
  await run.getByRole('checkbox', { name: /Legal reviews the response/ }).check();
  await expect(run.locator('.rk-tick-time.is-late')).toHaveCount(1);
  await run.getByRole('button', { name: 'End the run' }).click();
  await expect(page.getByRole('table', { name: 'Recorded runs' }).locator('tbody tr')).toHaveCount(1);
  await expect(page.getByRole('table', { name: 'Recorded runs' })).toContainText('Target missed');
  await expect.poll(() => runs()[0]?.ended_at).not.toBe('');
  expect((runs()[0]!.ticks as unknown[]).length).toBe(3);
  expect(plan.errors).toEqual([]);
});

test('marking a risk as occurred offers its linked playbook', async ({ page, plan }) => {
  await plan.open();
  await goTo(page, 'Risks');
  await page.getByLabel('Status, R-10').selectOption({ label: 'Occurred' });
  const dialog = page.getByRole('dialog', { name: 'R-10 has occurred' });
  await expect(dialog).toContainText('Start the “Cyber-attack playbook” now?');
  await dialog.getByRole('radio', { name: /Major/ }).check();
  await dialog.getByRole('button', { name: 'Start the run' }).click();
  await expect(page).toHaveURL(/#\/risks\/playbooks\/pb-cyber$/);
  await expect(page.getByRole('heading', { name: 'Running now · Major' })).toBeVisible();
  await expect.poll(() => row(plan.file, 'risk', 'risk-10')?.status).toBe('occurred');
  await expect.poll(() => exportPlan(plan.file).rows.playbook_run!.filter((r) => r.playbook_id === 'pb-cyber').length).toBe(1);
  const started = exportPlan(plan.file).rows.playbook_run!.find((r) => r.playbook_id === 'pb-cyber')!;
  expect(started.note).toContain('R-10');

  // "Not now" leaves the status changed and starts nothing
  await goTo(page, 'Risks');
  await page.getByLabel('Status, R-11').selectOption({ label: 'Occurred' });
  await page.getByRole('dialog', { name: 'R-11 has occurred' }).getByRole('button', { name: 'Not now' }).click();
  await expect.poll(() => row(plan.file, 'risk', 'risk-11')?.status).toBe('occurred');
  expect(exportPlan(plan.file).rows.playbook_run!.filter((r) => r.playbook_id === 'pb-data-leak')).toHaveLength(0);
  expect(plan.errors).toEqual([]);
});

test('the compliance checklist links items to the legal risks and edits reach the file', async ({ page, plan }) => {
  await plan.open();
  await openTab(page, 'Compliance');
  const table = page.getByRole('table', { name: 'Compliance checklist' });
  await expect(table.locator('tbody tr')).toHaveCount(8);
  // the DSA item names its legal risk
  const dsa = table.locator('tbody tr').filter({ hasText: 'No profiling-based ads to minors in the EU' });
  await expect(dsa.getByRole('button', { name: /^Linked risks, / })).toHaveText('R-07');

  await dsa.getByLabel(/^Status, /).selectOption({ label: 'Done' });
  await expect.poll(() => row(plan.file, 'compliance_item', 'comp-dsa-2')?.status).toBe('done');

  await dsa.getByRole('button', { name: /^Linked risks, / }).click();
  const dialog = page.getByRole('dialog', { name: /^Risks linked to/ });
  await expect(dialog.getByRole('checkbox', { name: /R-07/ })).toBeChecked();
  await dialog.getByRole('checkbox', { name: /R-08 / }).check();
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dsa.getByRole('button', { name: /^Linked risks, / })).toHaveText(/R-07\s*R-08/);
  await expect.poll(() => row(plan.file, 'compliance_item', 'comp-dsa-2')?.risk_ids).toEqual(['risk-07', 'risk-08']);

  // filter by regulation from its progress card
  await page.getByRole('button', { name: /^China PIPL/ }).click();
  await expect(table.locator('tbody tr')).toHaveCount(2);
  expect(plan.errors).toEqual([]);
});

test('bands are plan settings: changing one re-colours the risks', async ({ page, plan }) => {
  await plan.open();
  await openTab(page, 'Heat map');
  await page.getByRole('button', { name: 'Edit bands…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Risk bands' });
  const medium = dialog.getByLabel('Lowest score of Medium');
  await medium.fill('7');
  await medium.press('Enter');
  await expect.poll(() => (row(plan.file, 'settings', 'plan')?.risk_bands as { key: string; min_score: number }[]).find((b) => b.key === 'medium')?.min_score).toBe(7);
  await dialog.getByRole('button', { name: 'Close' }).click();
  // R-07 scores 6: now low
  await page.getByRole('radio', { name: 'Inherent' }).check();
  await expect(chip(inherent(page), 'R-07')).toHaveAttribute('data-band', 'low');
  expect(plan.errors).toEqual([]);
});

test('the register exports to CSV and prints with both heat maps', async ({ page, plan }, testInfo) => {
  await plan.open();
  await goTo(page, 'Risks');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const file = await downloading;
  expect(file.suggestedFilename()).toBe('Qimu 2026 social media plan Risk register.csv');
  const text = readFileSync((await file.path())!, 'utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const { records } = parseCsv(text);
  expect(records).toHaveLength(16);
  expect(records[0]!.cells.slice(0, 3)).toEqual(['Code', 'Risk', 'Category']);
  const r01 = records.find((r) => r.cells[0] === 'R-01')!.cells;
  const header = records[0]!.cells;
  expect(r01[header.indexOf('Score')]).toBe('12');
  expect(r01[header.indexOf('Band')]).toBe('High');

  // print: only the printable register shows, with both maps and every risk
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Views' })).toBeHidden();
  const paper = page.locator('.rk-print');
  await expect(paper).toBeVisible();
  await expect(paper.locator('.pr-map')).toHaveCount(2);
  await expect(paper.locator('.pr-table tbody tr')).toHaveCount(15);
  const pdf = await page.pdf({ path: testInfo.outputPath('register.pdf'), format: 'A4' });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  await page.emulateMedia({ media: 'screen' });
  await expect(paper).toBeHidden();
  expect(plan.errors).toEqual([]);
});

test('a link to #/risks?flagged opens the register showing only the risks that need attention', async ({ page, plan }) => {
  await plan.open();
  const flagged = exportPlan(plan.file).rows.risk!.filter((r) => !r.deleted && r.status !== 'closed' && ((r.review_on && (r.review_on as string) <= new Date().toISOString().slice(0, 10)) || r.trigger_seen));
  await page.evaluate(() => (location.hash = '#/risks?flagged'));
  const table = page.getByRole('table', { name: 'Risk register' });
  await expect(table.getByLabel('Filter Attention')).toHaveValue('flagged');
  // the plan's time zone may already be a day ahead of UTC: allow for one more review falling due
  const n = await table.locator('tbody tr').count();
  expect(n).toBeGreaterThanOrEqual(flagged.length);
  await expect(table.locator('tbody tr:not(:has([data-flag]))')).toHaveCount(0);
  await expect(page).toHaveURL(/#\/risks$/);
  expect(plan.errors).toEqual([]);
});

test.describe('read-only plan', () => {
  test.use({ openedBy: 'Li Wei' });
  test('shows the register and the map but offers no edits', async ({ page, plan }) => {
    await plan.open();
    await goTo(page, 'Risks');
    await expect(page.getByRole('button', { name: 'New risk' })).toBeDisabled();
    await expect(page.getByLabel('Likelihood, R-01')).toBeDisabled();
    await page.getByRole('tab', { name: 'Heat map' }).click();
    await expect(chip(inherent(page), 'R-01')).toHaveAttribute('aria-disabled', 'true');
    await page.getByRole('tab', { name: 'Emergency playbooks' }).click();
    await expect(page.getByRole('button', { name: 'Start a run…' })).toBeDisabled();
  });
});
