/**
 * The Overview against the sample plan: every figure shown is the one computed from the plan file with
 * the same pure functions, on a fixed "today" (26 November 2026 in the plan's time zone).
 */
import type { Snapshot } from '../../shared/api.ts';
import { overview } from '../../shared/logic/overview.ts';
import { PLAN_ID } from '../../shared/model/plan.ts';
import { expect, readPlan, test } from './fixtures.ts';

const NOW = new Date('2026-11-26T10:00:00+08:00');
const TODAY = '2026-11-26';

function figures(snap: Snapshot) {
  const r = snap.rows;
  const settings = r.settings.find((s) => s.id === PLAN_ID)!;
  return {
    settings,
    o: overview(
      {
        settings,
        phases: r.phase,
        tasks: r.task,
        objectives: r.objective,
        actuals: r.kpi_actual,
        categories: r.budget_category,
        spend: r.spend_entry,
        risks: r.risk,
        keyDates: r.key_date,
        content: r.content_item,
        statuses: r.content_status,
      },
      TODAY,
    ),
  };
}

const num = (v: string | null) => (v === null || v === '' ? null : Number(v));

test('the Overview’s numbers are those of the sample plan file', async ({ page, plan }) => {
  await page.clock.setFixedTime(NOW);
  // read the file from disk before the app opens it
  const snap = await readPlan(plan.file);
  const { o, settings } = figures(snap);
  await plan.open();
  const main = page.locator('main');
  await expect(main.locator('h1')).toHaveText('Overview');
  await expect(page.getByTestId('ov-today')).toHaveAttribute('data-value', TODAY);

  // plan dates and phases
  await expect(page.getByTestId('ov-plan-day')).toHaveAttribute('data-value', String(o.dates.elapsed));
  await expect(page.getByTestId('ov-plan-day')).toHaveText(`Day ${o.dates.elapsed} of ${o.dates.days}`);
  await expect(page.getByTestId('ov-current-phases')).toHaveAttribute('data-value', o.dates.current.map((p) => p.id).join(','));
  for (const p of o.dates.current) await expect(page.getByTestId('ov-current-phases')).toContainText(p.name);
  expect(o.dates.current.map((p) => p.id)).toEqual(['phase-exec', 'phase-eval', 'phase-opt']);
  const phases = page.getByTestId('ov-phase');
  await expect(phases).toHaveCount(o.dates.phases.length);
  for (const [i, p] of o.dates.phases.entries()) {
    await expect(phases.nth(i)).toHaveAttribute('data-id', p.id);
    expect(num(await phases.nth(i).getAttribute('data-progress'))).toBeCloseTo(p.progress ?? NaN, 6);
  }

  // KPI progress of the top-level objectives
  const kpis = page.getByTestId('ov-kpi');
  await expect(kpis).toHaveCount(o.kpis.length);
  for (const [i, k] of o.kpis.entries()) {
    const row = kpis.nth(i);
    await expect(row).toHaveAttribute('data-id', k.id);
    await expect(row).toHaveAttribute('data-status', k.measure.status);
    await expect(row).toContainText(k.name);
    const value = num(await row.getAttribute('data-value'));
    if (k.measure.progress.value === null) expect(value).toBeNull();
    else expect(value).toBeCloseTo(k.measure.progress.value, 6);
    if (k.measure.progress.percent !== null) {
      await expect(row).toContainText(`${new Intl.NumberFormat('en', { maximumFractionDigits: 1 }).format(k.measure.progress.percent)}%`);
    }
  }
  // the sample's reach, added up straight from the file's values
  const reach = snap.rows.kpi_actual.filter((a) => a.metric === 'reach').reduce((acc, a) => acc + a.value, 0);
  await expect(kpis.nth(0)).toHaveAttribute('data-value', String(reach));
  await expect(kpis.nth(0)).toContainText(`${new Intl.NumberFormat('en').format(reach)} people of 120,000,000 people`);

  // budget used against planned
  // the plan stores minor units (fen): shown in yuan
  const money = (v: number) => new Intl.NumberFormat('en', { style: 'currency', currency: settings.currency, maximumFractionDigits: 0 }).format(v / 100);
  await expect(page.getByTestId('ov-budget-spent')).toHaveAttribute('data-value', String(o.budget.spent));
  await expect(page.getByTestId('ov-budget-spent')).toHaveText(money(o.budget.spent));
  await expect(page.getByTestId('ov-budget')).toContainText(`of ${money(o.budget.total)}`);
  await expect(page.getByTestId('ov-budget-percent')).toHaveText(`${new Intl.NumberFormat('en', { maximumFractionDigits: 1 }).format(o.budget.percent!)}% used`);
  const cats = page.getByTestId('ov-category');
  await expect(cats).toHaveCount(o.budget.categories.length);
  for (const [i, c] of o.budget.categories.entries()) {
    await expect(cats.nth(i)).toHaveAttribute('data-spent', String(c.spent));
    await expect(cats.nth(i)).toHaveAttribute('data-planned', String(c.planned));
    await expect(cats.nth(i)).toContainText(money(c.spent));
    await expect(cats.nth(i)).toContainText(money(c.planned));
  }

  // risk heat map in small, and the flagged risks
  for (const row of o.risks.rows) {
    for (const c of row) {
      await expect(page.locator(`.ov-heat-cell[data-l="${c.likelihood}"][data-i="${c.impact}"]`)).toHaveAttribute('data-count', String(c.count));
    }
  }
  await expect(page.getByTestId('ov-flagged-count')).toHaveAttribute('data-value', String(o.risks.flagged.length));
  await expect(page.getByTestId('ov-flagged')).toHaveCount(o.risks.flagged.length);
  for (const [i, f] of o.risks.flagged.entries()) {
    await expect(page.getByTestId('ov-flagged').nth(i)).toHaveAttribute('data-id', f.id);
    await expect(page.getByTestId('ov-flagged').nth(i)).toContainText(f.title);
  }

  // next milestones and key dates
  await expect(page.getByTestId('ov-milestone')).toHaveCount(o.upcoming.milestones.length);
  for (const [i, m] of o.upcoming.milestones.entries()) await expect(page.getByTestId('ov-milestone').nth(i)).toContainText(m.name);
  await expect(page.getByTestId('ov-keydate')).toHaveCount(o.upcoming.keyDates.length);
  for (const [i, k] of o.upcoming.keyDates.entries()) await expect(page.getByTestId('ov-keydate').nth(i)).toContainText(k.name);

  // content published this week against scheduled
  await expect(page.getByTestId('ov-content-published')).toHaveAttribute('data-value', String(o.content.published));
  await expect(page.getByTestId('ov-content-scheduled')).toHaveAttribute('data-value', String(o.content.scheduled));
  await expect(page.getByTestId('ov-content')).toContainText(`${o.content.published} published of ${o.content.scheduled} scheduled`);

  expect(plan.errors).toEqual([]);
});

test('every tile leads to its view, and the figures follow an edit', async ({ page, plan }) => {
  await page.clock.setFixedTime(NOW);
  await plan.open();
  const tiles: [string, string, string][] = [
    ['ov-plan', 'Campaign dates and phases', 'timeline'],
    ['ov-kpis', 'Objectives against targets', 'goals'],
    ['ov-budget', 'Budget used', 'budget'],
    ['ov-risks', 'Risks', 'risks'],
    ['ov-upcoming', 'Coming up', 'timeline'],
    ['ov-content', 'Content this week', 'content'],
  ];
  for (const [id, title, view] of tiles) {
    await page.getByTestId(id).getByRole('link', { name: new RegExp(`^${title}`) }).click();
    await expect(page.locator('main')).toHaveAttribute('data-view', view);
    await page.goBack();
    await expect(page.locator('main')).toHaveAttribute('data-view', 'overview');
  }
  // a tile is a link from anywhere on it, not only its title
  await page.getByTestId('ov-budget').getByText('Planned', { exact: true }).click({ force: true });
  await expect(page.locator('main')).toHaveAttribute('data-view', 'budget');

  // a new spend entry through the API shows in the budget tile after a reload
  await page.goBack();
  await expect(page.locator('main')).toHaveAttribute('data-view', 'overview');
  const before = Number(await page.getByTestId('ov-budget-spent').getAttribute('data-value'));
  await plan.call('applyChanges', [
    { entity: 'spend_entry', id: 'spend-e2e', field: 'date', value: '2026-11-20' },
    { entity: 'spend_entry', id: 'spend-e2e', field: 'amount', value: 48_000 },
    { entity: 'spend_entry', id: 'spend-e2e', field: 'category_id', value: 'budget-ads' },
  ]);
  await page.reload();
  await expect(page.getByTestId('ov-budget-spent')).toHaveAttribute('data-value', String(before + 48_000));
  expect(plan.errors).toEqual([]);
});
