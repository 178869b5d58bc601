import type { Locator, Page } from '@playwright/test';
import type { Snapshot } from '../../shared/api.ts';
import { expect, goTo, test } from './fixtures.ts';

const quadrant = (page: Page, name: string) => page.getByRole('group', { name: new RegExp(`^${name}`) });
const items = (page: Page, name: string) => quadrant(page, name).getByRole('list').getByRole('listitem');

/**
 * A dnd-kit drag with the mouse: a small first move past the activation distance, then steps to the
 * target; `settled` waits until the board shows the item in its new place before the button is released.
 */
async function drag(page: Page, handle: Locator, target: Locator, settled: () => Promise<void>) {
  await handle.scrollIntoViewIfNeeded();
  const from = (await handle.boundingBox())!;
  const to = (await target.boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2 + 8, from.y + from.height / 2 + 8);
  await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 20 });
  await settled();
  await page.mouse.up();
}

/** dnd-kit reads out each step in a live region; waiting for it keeps key presses in step with the board. */
const announced = (page: Page, text: string | RegExp) => expect(page.getByRole('status').filter({ hasText: text })).toHaveCount(1);

test('drag a SWOT item to another quadrant: saved as one change, undone in one step', async ({ page, plan }) => {
  await plan.open();
  await goTo(page, 'Brief');
  const text = 'Known for comfortable fabrics; customers come back';
  await expect(items(page, 'Strengths')).toHaveCount(4);
  await expect(items(page, 'Weaknesses')).toHaveCount(4);

  await drag(page, page.getByRole('button', { name: `Move: ${text}` }), items(page, 'Weaknesses').nth(1), () =>
    expect(items(page, 'Weaknesses')).toHaveCount(5),
  );
  await expect(page.getByRole('status').filter({ hasText: `Dropped “${text}” in Weaknesses` })).toHaveCount(1);

  await expect(items(page, 'Weaknesses')).toHaveCount(5);
  await expect(items(page, 'Strengths')).toHaveCount(3);
  await expect(quadrant(page, 'Weaknesses')).toContainText(text);
  let snap = await plan.call<Snapshot>('snapshot');
  expect(snap.rows.swot_item.find((s) => s.id === 'swot-01')!.quadrant).toBe('weakness');
  // it landed between the weaknesses around the drop point, not at the end
  const weak = snap.rows.swot_item.filter((s) => s.quadrant === 'weakness').sort((a, b) => a.sort_order - b.sort_order);
  expect(weak.findIndex((s) => s.id === 'swot-01')).toBeGreaterThan(0);
  expect(weak.findIndex((s) => s.id === 'swot-01')).toBeLessThan(4);

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(items(page, 'Strengths')).toHaveCount(4);
  await expect(items(page, 'Strengths').first()).toContainText(text);
  snap = await plan.call<Snapshot>('snapshot');
  expect(snap.rows.swot_item.find((s) => s.id === 'swot-01')!.quadrant).toBe('strength');
  expect(plan.errors).toEqual([]);
});

test('move SWOT and PEST items with the keyboard', async ({ page, plan }) => {
  await plan.open();
  await goTo(page, 'Brief');
  const before = await plan.call<Snapshot>('snapshot');

  // reorder within a quadrant: Space, Down, Space
  const second = 'In-house designers and a fast release rhythm';
  await page.getByRole('button', { name: `Move: ${second}` }).focus();
  await page.keyboard.press('Space');
  await announced(page, `“${second}”`);
  await announced(page, 'Strengths, position 2 of 4.');
  await page.keyboard.press('ArrowDown');
  await announced(page, `“${second}” is over Strengths, position 3 of 4.`);
  await page.keyboard.press('Space');
  await announced(page, `Dropped “${second}” in Strengths, position 3 of 4.`);
  await expect(items(page, 'Strengths').nth(2)).toContainText(second);
  const after = await plan.call<Snapshot>('snapshot');
  const changed = after.rows.swot_item.filter((s) => before.rows.swot_item.find((b) => b.id === s.id)!.sort_order !== s.sort_order);
  expect(changed.map((s) => s.id)).toEqual(['swot-02']);

  // to the quadrant on the right
  const social = 'Expert reviews are trusted more than ads';
  await page.getByRole('button', { name: `Move: ${social}` }).focus();
  await page.keyboard.press('Space');
  await announced(page, 'Social, position 2 of 2.');
  await page.keyboard.press('ArrowRight');
  await announced(page, `“${social}” is over Technological`);
  await page.keyboard.press('Space');
  await announced(page, `Dropped “${social}” in Technological`);
  await expect(quadrant(page, 'Technological')).toContainText(social);
  const moved = await plan.call<Snapshot>('snapshot');
  expect(moved.rows.pest_item.find((p) => p.id === 'pest-06')!.factor).toBe('technological');

  // Escape cancels a move
  await page.getByRole('button', { name: `Move: ${social}` }).focus();
  await page.keyboard.press('Space');
  await announced(page, new RegExp(`(Picked up “${social}”|“${social}” is over Technological)`));
  await page.keyboard.press('ArrowLeft');
  await announced(page, `“${social}” is over Social`);
  await page.keyboard.press('Escape');
  await announced(page, `Moving cancelled. “${social}” is back in Technological.`);
  await expect(quadrant(page, 'Technological')).toContainText(social);
  expect(plan.errors).toEqual([]);
});

test('add, edit and delete board items', async ({ page, plan }) => {
  await plan.open();
  await goTo(page, 'Brief');
  const add = page.getByRole('textbox', { name: 'Add to Threats' });
  await add.fill('A rival opens a flagship store');
  await add.press('Enter');
  await expect(items(page, 'Threats')).toHaveCount(5);
  await expect(items(page, 'Threats').last()).toContainText('A rival opens a flagship store');
  await expect(add).toHaveValue('');

  await items(page, 'Threats').last().getByRole('button', { name: 'A rival opens a flagship store', exact: true }).click();
  const edit = page.getByRole('textbox', { name: 'Item text' });
  await edit.fill('A rival opens two flagship stores');
  await edit.press('Enter');
  await expect(items(page, 'Threats').last()).toContainText('A rival opens two flagship stores');
  let snap = await plan.call<Snapshot>('snapshot');
  expect(snap.rows.swot_item.filter((s) => s.text === 'A rival opens two flagship stores' && s.quadrant === 'threat')).toHaveLength(1);

  await page.getByRole('button', { name: 'Delete: A rival opens two flagship stores' }).click();
  await expect(items(page, 'Threats')).toHaveCount(4);
  snap = await plan.call<Snapshot>('snapshot');
  expect(snap.rows.swot_item.some((s) => s.text.startsWith('A rival'))).toBe(false);
  expect(plan.errors).toEqual([]);
});

const HOSTILE =
  '<p>Pasted <b>bold</b> and <a href="https://example.com/report" onclick="window.__pwned=1">a report</a> and ' +
  '<a href="javascript:window.__pwned=2">a trap</a></p>' +
  '<script>window.__pwned = 3</script>' +
  '<img src="x" onerror="window.__pwned=4">' +
  '<div style="color:red" onmouseover="window.__pwned=5">Styled <span style="font-size:40px">words</span></div>' +
  '<iframe src="https://example.com"></iframe><style>body{display:none}</style>';

test('HTML pasted into the brief loses its scripts, handlers and styles before it is shown or saved', async ({ page, plan }) => {
  await plan.open();
  await goTo(page, 'Brief');
  const editor = page.getByRole('textbox', { name: 'Challenges', exact: true });
  await editor.click();
  await page.keyboard.press('Control+End');
  await editor.evaluate((el, html) => {
    const data = new DataTransfer();
    data.setData('text/html', html);
    data.setData('text/plain', 'plain fallback');
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, HOSTILE);
  await expect(editor).toContainText('Pasted bold and a report and a trap');
  await expect(editor).toContainText('Styled words');

  const shown = await editor.innerHTML();
  for (const bad of ['<script', '<img', '<iframe', '<style', 'onclick', 'onerror', 'onmouseover', 'style=', 'javascript:', 'plain fallback']) expect(shown).not.toContain(bad);

  // saved once, when the editor is left
  await page.locator('main h1').click();
  await expect(page.getByText('All changes saved')).toBeVisible();
  const snap = await plan.call<Snapshot>('snapshot');
  const body = snap.rows.brief_section.find((s) => s.key === 'challenges')!.body;
  for (const bad of ['<script', '<img', '<iframe', '<style', 'onclick', 'onerror', 'onmouseover', 'style=', 'javascript:', '<span', '<div']) expect(body).not.toContain(bad);
  expect(body).toContain('<b>bold</b>');
  expect(body).toContain('<a href="https://example.com/report">a report</a>');
  expect(body).toContain('a trap');
  expect(body).toContain('<p>Styled words</p>');
  expect(body).toContain('<strong>Budget:</strong>');
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();

  // one undo step puts the section back as it was
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(editor).not.toContainText('Pasted');
  expect(plan.errors).toEqual([]);
});

test('HTML stored in a plan file from elsewhere is sanitised before it is shown', async ({ page, plan }) => {
  await plan.call('applyChanges', [{ entity: 'brief_section', id: 'brief-market', field: 'body', value: `<h3>Imported</h3>${HOSTILE}` }]);
  await plan.open();
  await goTo(page, 'Brief');
  const editor = page.getByRole('textbox', { name: 'Market', exact: true });
  await expect(editor).toContainText('Imported');
  const shown = await editor.innerHTML();
  for (const bad of ['<script', '<img', '<iframe', 'onerror', 'javascript:', 'style=']) expect(shown).not.toContain(bad);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(plan.errors).toEqual([]);
});

test('write a new section with the toolbar', async ({ page, plan }) => {
  await plan.open();
  await goTo(page, 'Brief');
  await page.getByRole('button', { name: 'Add section' }).click();
  const title = page.getByRole('textbox', { name: 'Section title' });
  await title.fill('Measurement plan');
  await title.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: 'Measurement plan' })).toBeVisible();

  const editor = page.getByRole('textbox', { name: 'Measurement plan', exact: true });
  await editor.click();
  await page.keyboard.type('Weekly dashboard');
  await page.keyboard.press('Control+a');
  const toolbar = page.getByRole('toolbar', { name: 'Formatting: Measurement plan' });
  await toolbar.getByRole('button', { name: 'Bulleted list' }).click();
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Monthly review');
  await page.keyboard.press('Shift+Home');
  await toolbar.getByRole('button', { name: 'Bold' }).click();
  await expect(toolbar.getByRole('button', { name: 'Bold' })).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Control+k');
  const dialog = page.getByRole('dialog', { name: 'Link' });
  await dialog.getByRole('textbox', { name: 'Web or e-mail address' }).fill('javascript:alert(1)');
  await dialog.getByRole('button', { name: 'Apply' }).click();
  await expect(dialog.getByRole('alert')).toBeVisible();
  await dialog.getByRole('textbox', { name: 'Web or e-mail address' }).fill('example.com/kpi');
  await dialog.getByRole('button', { name: 'Apply' }).click();
  await expect(editor.getByRole('link', { name: 'Monthly review' })).toHaveAttribute('href', 'https://example.com/kpi');
  await page.locator('main h1').click();

  await expect(page.getByText('All changes saved')).toBeVisible();
  const snap = await plan.call<Snapshot>('snapshot');
  const section = snap.rows.brief_section.find((s) => s.title === 'Measurement plan')!;
  expect(section.key).toBe('custom');
  expect(section.body).toBe('<ul><li>Weekly dashboard</li><li><b><a href="https://example.com/kpi">Monthly review</a></b></li></ul>');
  expect(plan.errors).toEqual([]);
});

test('market figures: add and edit one', async ({ page, plan }) => {
  await plan.open();
  await goTo(page, 'Brief');
  await page.getByRole('button', { name: 'Add figure' }).click();
  const panel = page.getByRole('complementary', { name: 'Figure: New figure' });
  await panel.getByRole('textbox', { name: 'Figure' }).fill('Douyin daily active users');
  await panel.getByRole('textbox', { name: 'Figure' }).press('Enter');
  const edited = page.getByRole('complementary', { name: 'Figure: Douyin daily active users' });
  await edited.getByRole('textbox', { name: 'Value' }).fill('700');
  await edited.getByRole('textbox', { name: 'Value' }).press('Enter');
  await edited.getByRole('textbox', { name: 'Unit' }).fill('million');
  await edited.getByRole('textbox', { name: 'Unit' }).press('Enter');
  await edited.getByRole('textbox', { name: 'Source' }).fill('Platform annual report');
  await edited.getByLabel('As of').fill('2025-09-30');
  await edited.getByLabel('As of').press('Enter');
  await edited.getByRole('button', { name: 'Close' }).click();
  const row = page.getByRole('table', { name: 'Market figures' }).getByRole('row', { name: /Douyin daily active users/ });
  await expect(row).toContainText('700 million');
  await expect(row).toContainText('Platform annual report');
  await expect(row).toContainText('Sep 30, 2025');
  const snap = await plan.call<Snapshot>('snapshot');
  expect(snap.rows.market_figure.find((f) => f.label === 'Douyin daily active users')).toMatchObject({ value: 700, unit: 'million', source: 'Platform annual report', as_of: '2025-09-30' });
  expect(plan.errors).toEqual([]);
});

test.describe('a plan someone else has open', () => {
  test.use({ openedBy: 'Li Wei' });
  test('the strategy views show the plan but offer no edits', async ({ page, plan }) => {
    await plan.open();
    await expect(page.locator('.read-only-banner')).toBeVisible();
    await goTo(page, 'Brief');
    await expect(page.getByRole('textbox', { name: 'Background', exact: true })).toHaveAttribute('contenteditable', 'false');
    await expect(page.getByRole('toolbar')).toHaveCount(0);
    await expect(page.getByRole('button', { name: /^Move: / })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Add section' })).toBeDisabled();
    await goTo(page, 'Audience & platforms');
    await expect(page.getByRole('slider', { name: 'Audience fit' })).toBeDisabled();
    await expect(page.getByRole('textbox', { name: 'Douyin: User scale' })).toBeDisabled();
    await expect(page.getByRole('button', { name: 'Add platform' })).toBeDisabled();
    await goTo(page, 'Team');
    await expect(page.getByRole('combobox', { name: 'Role of Lin Xiaoyu on Preparation' })).toBeDisabled();
    await expect(page.getByRole('button', { name: 'Add person' })).toBeDisabled();
    expect(plan.errors).toEqual([]);
  });
});
