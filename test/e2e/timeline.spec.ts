/**
 * The Timeline end to end: Chromium through the web host on a real plan file (the sample). Drags are
 * real mouse drags (a small first move past frappe-gantt's threshold, then steps); what they saved is
 * read back from the file with `cplan export`.
 */
import type { Page } from '@playwright/test';
import type { Snapshot } from '../../shared/api.ts';
import { apiCallsOf, cplanExport, expect, framesDrawn, goTo, test, type PlanFixture } from './fixtures.ts';

type Rows = Snapshot['rows'];


const taskIn = (rows: Rows, id: string) => {
  const t = rows.task.find((x) => x.id === id);
  if (!t) throw new Error(`no task ${id}`);
  return t;
};

/** Waits until the file holds what is expected of a task (the page writes in the background). */
async function inFile(file: string, id: string, expected: Record<string, unknown>): Promise<void> {
  await expect.poll(() => {
    const t = taskIn(cplanExport(file), id) as Record<string, unknown>;
    return Object.fromEntries(Object.keys(expected).map((k) => [k, t[k]]));
  }).toEqual(expected);
}

async function openTimeline(page: Page, plan: PlanFixture, zoom = 'week'): Promise<void> {
  await page.addInitScript((z) => localStorage.setItem('campaign-planner.timeline.zoom', z), zoom);
  await plan.open();
  await goTo(page, 'Timeline');
  await expect(page.locator('.tl-frappe .bar-wrapper.tl-task').first()).toBeVisible();
}

const bar = (page: Page, id: string) => page.locator(`.tl-frappe .bar-wrapper[data-task="${id}"]`);

/** A mouse drag the way a person does it: press, a small move past the drag threshold, then steps. */
async function drag(page: Page, from: { x: number; y: number }, dx: number, dy = 0, steps = 12): Promise<void> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + Math.sign(dx || 1) * 3, from.y + Math.sign(dy) * 3);
  await page.mouse.move(from.x + dx, from.y + dy, { steps });
  await page.mouse.up();
}

/** Moves the mouse over an element without scrolling anything. */
async function hover(page: Page, selector: string): Promise<void> {
  const c = await centerOf(page, selector);
  await page.mouse.move(c.x, c.y);
}

async function centerOf(page: Page, selector: string): Promise<{ x: number; y: number }> {
  const box = await page.locator(selector).first().boundingBox();
  if (!box) throw new Error(`${selector} is not on screen`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Scrolls the board down until a row is drawn (rows off screen are not in the DOM) and brings it into view. */
async function scrollToRow(page: Page, name: string): Promise<void> {
  await page.locator('.tl-scroll').evaluate(async (el, n) => {
    const find = () => Array.from(document.querySelectorAll<HTMLElement>('.tl-row')).find((r) => r.textContent?.includes(n));
    for (let i = 0; i < 200 && !find(); i++) {
      el.scrollTop += 200;
      await new Promise((r) => requestAnimationFrame(r));
    }
    const hit = find();
    if (hit) el.scrollTop = Math.max(0, hit.offsetTop - 120);
    await new Promise((r) => requestAnimationFrame(r));
  }, name);
}

test('the sample plan shows its phases, tasks, milestones, links and 2026 key dates', async ({ page, plan }) => {
  await openTimeline(page, plan);
  const tree = page.getByRole('tree', { name: 'Tasks and milestones' });
  for (const phase of ['Preparation', 'Execution']) {
    await expect(tree.getByRole('treeitem', { name: new RegExp(`^${phase} \\(phase`) })).toHaveAttribute('aria-expanded', 'true');
  }
  await expect(tree.getByRole('treeitem', { name: /^Market and competitor research \(/ })).toBeVisible();
  await expect(tree.getByRole('treeitem', { name: /^Plan signed off \(milestone/ })).toBeVisible();
  // milestones are diamonds, not one-day bars; phases have summary bars; links have arrows
  await expect(page.locator('.tl-frappe .bar-wrapper.tl-milestone[data-task="ms-signoff"]')).toHaveCount(1);
  await expect(page.locator('.tl-summary[data-phase="phase-prep"]')).toBeVisible();
  await expect(page.locator('.tl-arrow[data-from="task-prep-01"][data-to="task-prep-03"]')).toHaveCount(1);
  expect(await page.locator('.tl-arrow').count()).toBeGreaterThan(10);
  // the owner beside the bar, the key dates in the header
  await expect(bar(page, 'task-prep-01').locator('.bar-label')).toHaveText(/Market and competitor research\s*Wang Hao/);
  const keyDates = page.getByRole('list', { name: 'Key dates' });
  await expect(keyDates.getByRole('listitem').filter({ hasText: 'Spring Festival holiday' })).toHaveCount(1);
  await expect(keyDates.getByRole('listitem').filter({ hasText: 'FIFA World Cup 2026' })).toHaveCount(1);
  await expect(keyDates.getByRole('listitem').filter({ hasText: 'National Day holiday' })).toHaveCount(1);
  await expect(page.locator('.tl-kd-shade.tl-kd-holiday').first()).toBeAttached();
  // a task that ends in the National Day holiday carries a warning
  await scrollToRow(page, 'Mid-Autumn and National Day campaign');
  await expect(tree.getByRole('treeitem', { name: /^Mid-Autumn and National Day campaign \(.*Ends during a public holiday: National Day holiday/ })).toBeVisible();
  // all four phases, folded
  await page.getByRole('button', { name: 'Collapse all' }).click();
  for (const phase of ['Preparation', 'Execution', 'Evaluation', 'Optimisation']) {
    await expect(tree.getByRole('treeitem', { name: new RegExp(`^${phase} \\(phase`) })).toHaveAttribute('aria-expanded', 'false');
  }
  expect(plan.errors).toEqual([]);
});

test('dragging a task two weeks later moves its successors in one undoable step', async ({ page, plan }) => {
  await openTimeline(page, plan, 'week');
  const before = cplanExport(plan.file);
  expect(taskIn(before, 'task-prep-01')).toMatchObject({ start: '2026-01-05', end: '2026-01-23' });
  expect(taskIn(before, 'task-prep-03')).toMatchObject({ start: '2026-01-26', end: '2026-02-06' });

  // week zoom: 12 px a day, two weeks = 168 px
  const from = await centerOf(page, '.tl-frappe .bar-wrapper[data-task="task-prep-01"] .bar');
  await drag(page, from, 168);
  await expect(page.getByRole('treeitem', { name: /^Market and competitor research \(Jan 19/ })).toBeVisible();
  await inFile(plan.file, 'task-prep-01', { start: '2026-01-19', end: '2026-02-06' });

  const after = cplanExport(plan.file);
  // FS successor: starts the next working day and keeps its ten working days (the make-up Saturday
  // 14 Feb is one, the Spring Festival holiday 15–23 Feb is not); SS + 5: five working days after the new start
  expect(taskIn(after, 'task-prep-03')).toMatchObject({ start: '2026-02-09', end: '2026-02-27' });
  expect(taskIn(after, 'task-prep-02')).toMatchObject({ start: '2026-01-26', end: '2026-02-13' });
  await expect(page.getByRole('status').filter({ hasText: /Moved with it: \d+ tasks? in “Preparation”/ })).toBeVisible();

  // one undo puts every task back
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('treeitem', { name: /^Market and competitor research \(Jan 5/ })).toBeVisible();
  await inFile(plan.file, 'task-prep-03', { start: '2026-01-26', end: '2026-02-06' });
  const undone = cplanExport(plan.file);
  for (const t of before.task) expect(taskIn(undone, t.id), t.id).toMatchObject({ start: t.start, end: t.end });
  expect(plan.errors).toEqual([]);
});

test('a task dragged into the Spring Festival holiday lands on the next working day; its successors follow on working days', async ({ page, plan }) => {
  await openTimeline(page, plan, 'week');
  expect(taskIn(cplanExport(plan.file), 'task-prep-05')).toMatchObject({ start: '2026-02-09', end: '2026-02-13' });
  // one week later (84 px) would be 16–20 Feb, all of it inside the holiday (15–23 Feb)
  const from = await centerOf(page, '.tl-frappe .bar-wrapper[data-task="task-prep-05"] .bar');
  await drag(page, from, 84);
  // five working days from 24 Feb: 24–27 Feb and the make-up Saturday 28 Feb
  await inFile(plan.file, 'task-prep-05', { start: '2026-02-24', end: '2026-02-28' });
  await expect(page.getByRole('status').filter({ hasText: '“Budget allocation” starts on Feb 24, 2026, the next working day.' })).toBeVisible();
  const after = cplanExport(plan.file);
  // the sign-off milestone after it: Monday 2 March, not Sunday 1 March
  expect(taskIn(after, 'ms-signoff')).toMatchObject({ start: '2026-03-02', end: '2026-03-02' });
  // the launch production keeps its 14 working days
  expect(taskIn(after, 'task-exec-01')).toMatchObject({ start: '2026-03-03', end: '2026-03-20' });
  expect(taskIn(after, 'ms-launch')).toMatchObject({ start: '2026-03-23', end: '2026-03-23' });
  // the task list counts working days: KOL shortlist (9–27 Feb) is 10 of them over 19 calendar days
  await expect(page.getByRole('treeitem', { name: /^KOL shortlist and contracts \(.*10 working days/ })).toBeVisible();
  // the editor shows both lengths
  await page.getByRole('treeitem', { name: /^Budget allocation \(/ }).click();
  await expect(page.getByTestId('task-span')).toHaveText('Working days: 5 · calendar days: 5');
  await expect(page.getByLabel('Duration (working days)')).toHaveValue('5');
  // an always-on task counts every day
  await page.getByLabel('Always on (runs through weekends and holidays)').check();
  await inFile(plan.file, 'task-prep-05', { ignore_calendar: true });
  await expect(page.getByLabel('Duration (days)')).toHaveValue('5');
  expect(plan.errors).toEqual([]);
});

test('the key-dates editor adds, edits and deletes the plan’s key dates, each one undoable step', async ({ page, plan }) => {
  await openTimeline(page, plan, 'week');
  await page.getByRole('button', { name: 'Key dates…' }).click();
  const panel = page.locator('.side-panel');
  await expect(panel.getByRole('heading', { name: 'Key dates' })).toBeVisible();
  await expect(panel.getByRole('group', { name: 'Spring Festival holiday' })).toBeVisible();

  await panel.getByRole('button', { name: 'Add a key date' }).click();
  const added = panel.getByRole('group', { name: 'New key date' });
  await added.getByLabel('Name').fill('Company day off');
  await added.getByLabel('Name').press('Enter');
  const mine = panel.getByRole('group', { name: 'Company day off' });
  await mine.getByLabel('Last day').fill('2026-03-10');
  await mine.getByLabel('Last day').press('Enter');
  await mine.getByLabel('First day').fill('2026-03-09');
  await mine.getByLabel('First day').press('Enter');
  await expect.poll(() => cplanExport(plan.file).key_date.find((d) => d.name === 'Company day off')).toMatchObject({ start: '2026-03-09', end: '2026-03-10', kind: 'holiday' });
  await expect(page.getByRole('list', { name: 'Key dates' }).getByRole('listitem').filter({ hasText: 'Company day off' })).toHaveCount(1);

  // a make-up workday becomes a plain event: kind is a choice
  const makeUp = panel.getByRole('group', { name: 'Make-up workday (Labour Day)' });
  await makeUp.getByLabel('Kind').selectOption({ label: 'Other' });
  await expect.poll(() => cplanExport(plan.file).key_date.find((d) => d.id === 'kd-2026-workday-0509')?.kind).toBe('other');

  await panel.getByRole('button', { name: 'Delete “Company day off”' }).click();
  await expect(mine).toHaveCount(0);
  await expect.poll(() => cplanExport(plan.file).key_date.some((d) => d.name === 'Company day off')).toBe(false);
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(panel.getByRole('group', { name: 'Company day off' })).toBeVisible();
  await expect.poll(() => cplanExport(plan.file).key_date.some((d) => d.name === 'Company day off')).toBe(true);
  expect(plan.errors).toEqual([]);
});

test('resizing a task changes its end; dragging its progress handle sets progress', async ({ page, plan }) => {
  await openTimeline(page, plan, 'week');
  const target = '.tl-frappe .bar-wrapper[data-task="task-prep-08"]';
  await hover(page, `${target} .bar`);
  // the right handle sits on the bar's last pixels: one week more = 84 px would end inside the Spring
  // Festival holiday, so the end stays on its last working day, the make-up Saturday 14 Feb
  const handle = await centerOf(page, `${target} .handle.right`);
  await drag(page, { x: handle.x, y: handle.y }, 84);
  await inFile(plan.file, 'task-prep-08', { start: '2026-01-19', end: '2026-02-14' });
  await expect(page.getByRole('status').filter({ hasText: 'ends on Feb 14, 2026, its last working day' })).toBeVisible();

  // a task that is partly done: the progress handle
  await page.getByRole('button', { name: 'Fit plan' }).click();
  await scrollToRow(page, 'Double 12 and year-end content');
  const partial = '.tl-frappe .bar-wrapper[data-task="task-exec-15"]';
  await hover(page, `${partial} .bar`);
  const box = (await page.locator(`${partial} .bar`).boundingBox())!;
  const knob = await centerOf(page, `${partial} .handle.progress`);
  await drag(page, knob, box.x + box.width * 0.8 - knob.x);
  await expect.poll(() => taskIn(cplanExport(plan.file), 'task-exec-15').progress).toBeGreaterThan(60);
  expect(taskIn(cplanExport(plan.file), 'task-exec-15').progress).toBeLessThanOrEqual(100);
  expect(plan.errors).toEqual([]);
});

test('a link made by dragging from one bar to another gets an arrow; a cycle is refused with a message', async ({ page, plan }) => {
  await openTimeline(page, plan, 'week');
  await expect(page.locator('.tl-arrow[data-from="task-prep-04"][data-to="task-prep-10"]')).toHaveCount(0);
  // hover the row: its link dots appear; drag the end dot onto the start half of the other bar
  await hover(page, '.tl-frappe .bar-wrapper[data-task="task-prep-04"] .bar');
  const dot = await centerOf(page, '.tl-connector-end');
  const targetBox = (await page.locator('.tl-frappe .bar-wrapper[data-task="task-prep-10"] .bar').boundingBox())!;
  await drag(page, dot, targetBox.x + 6 - dot.x, targetBox.y + targetBox.height / 2 - dot.y);
  await expect(page.locator('.tl-arrow[data-from="task-prep-04"][data-to="task-prep-10"]')).toHaveCount(1);
  await expect(page.getByRole('status').filter({ hasText: 'Linked “Platform scoring and selection” → “Emergency playbooks and first drill” (Finish to start)' })).toBeVisible();
  await expect
    .poll(() => cplanExport(plan.file).task_link.find((l) => l.predecessor_id === 'task-prep-04' && l.successor_id === 'task-prep-10'))
    .toMatchObject({ type: 'FS', lag_days: 0 });

  // Objectives (prep-03) already follows Market research (prep-01): the other way round is a loop
  const links = cplanExport(plan.file).task_link.length;
  await hover(page, '.tl-frappe .bar-wrapper[data-task="task-prep-03"] .bar');
  const dot2 = await centerOf(page, '.tl-connector-end');
  const first = (await page.locator('.tl-frappe .bar-wrapper[data-task="task-prep-01"] .bar').boundingBox())!;
  await drag(page, dot2, first.x + 6 - dot2.x, first.y + first.height / 2 - dot2.y);
  await expect(page.getByRole('alert').filter({ hasText: 'would make a loop: Objectives and KPI tree → Market and competitor research → Objectives and KPI tree' })).toBeVisible();
  await expect(page.locator('.tl-arrow[data-from="task-prep-03"][data-to="task-prep-01"]')).toHaveCount(0);
  expect(cplanExport(plan.file).task_link.length).toBe(links);
  expect(plan.errors).toEqual([]);
});

test('the task editor links, refuses a cycle, and edits dates from the keyboard', async ({ page, plan }) => {
  await openTimeline(page, plan, 'week');
  await page.getByRole('treeitem', { name: /^Market and competitor research \(/ }).click();
  const panel = page.locator('.side-panel');
  await expect(panel.getByRole('heading', { name: 'Market and competitor research' })).toBeVisible();
  // a predecessor that already depends on it: refused with the cycle named
  await panel.getByLabel('Predecessor', { exact: true }).selectOption({ label: 'Budget allocation' });
  await panel.getByRole('button', { name: 'Add link' }).click();
  await expect(panel.getByRole('alert')).toContainText('would make a loop: Budget allocation → Market and competitor research → Objectives and KPI tree → Budget allocation');
  // the duration field (in working days) moves the end: 21 working days from Monday 5 Jan end on 2 Feb
  await panel.getByLabel('Duration (working days)').fill('21');
  await panel.getByLabel('Duration (working days)').press('Enter');
  await inFile(plan.file, 'task-prep-01', { start: '2026-01-05', end: '2026-02-02' });
  await expect(panel.getByTestId('task-span')).toHaveText('Working days: 21 · calendar days: 29');
  await panel.getByRole('button', { name: 'Close' }).click();
  await expect(panel).toHaveCount(0);

  // keyboard: the row has focus; Alt+→ moves the task a working day, ] lengthens it by one
  const row = page.getByRole('treeitem', { name: /^Market and competitor research \(/ });
  await row.focus();
  await page.keyboard.press('Alt+ArrowRight');
  await expect(page.getByRole('treeitem', { name: /^Market and competitor research \(Jan 6/ })).toBeVisible();
  await page.keyboard.press(']');
  await inFile(plan.file, 'task-prep-01', { start: '2026-01-06', end: '2026-02-04' });

  // Enter opens the editor of the focused row; there a link is removed; Escape closes it again
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('treeitem', { name: /^Objectives and KPI tree \(/ })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(panel.getByRole('heading', { name: 'Objectives and KPI tree' })).toBeVisible();
  await expect(page.locator('.tl-arrow[data-from="task-prep-01"][data-to="task-prep-03"]')).toHaveCount(1);
  await panel.getByRole('button', { name: 'Remove the link with “Market and competitor research”' }).click();
  await expect(page.locator('.tl-arrow[data-from="task-prep-01"][data-to="task-prep-03"]')).toHaveCount(0);
  await expect.poll(() => cplanExport(plan.file).task_link.some((l) => l.predecessor_id === 'task-prep-01' && l.successor_id === 'task-prep-03')).toBe(false);
  await page.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);
  expect(plan.errors).toEqual([]);
});

test('a task named with HTML markup shows the markup as text and runs nothing', async ({ page, plan }) => {
  const evil = '<img src=x onerror="window.__pwned=1"><b>bold</b>';
  await plan.call('applyChanges', [{ entity: 'task', id: 'task-prep-01', field: 'name', value: evil }]);
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await openTimeline(page, plan, 'week');
  const label = bar(page, 'task-prep-01').locator('.bar-label');
  await expect(label).toContainText(evil);
  await expect(page.locator('.tl-frappe img, .tl-frappe b, .tl-frappe image')).toHaveCount(0);
  await expect(page.getByRole('treeitem', { name: evil, exact: false }).first()).toBeVisible();
  await framesDrawn(page);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
  expect(plan.errors).toEqual([]);
});

test('a phase collapses and expands; its summary bar stays', async ({ page, plan }) => {
  await openTimeline(page, plan, 'week');
  const prep = page.getByRole('treeitem', { name: /^Preparation \(phase/ });
  await expect(page.getByRole('treeitem', { name: /^Budget allocation \(/ })).toBeVisible();
  await prep.locator('.tl-twisty').click();
  await expect(prep).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByRole('treeitem', { name: /^Budget allocation \(/ })).toHaveCount(0);
  await expect(page.locator('.tl-summary[data-phase="phase-prep"]')).toBeVisible();
  await expect(bar(page, 'task-prep-05')).toHaveCount(0);
  // the keyboard opens it again
  await prep.focus();
  await page.keyboard.press('ArrowRight');
  await expect(prep).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByRole('treeitem', { name: /^Budget allocation \(/ })).toBeVisible();
  expect(plan.errors).toEqual([]);
});

test('the zoom levels change the header', async ({ page, plan }) => {
  await openTimeline(page, plan, 'week');
  const board = page.locator('.tl-board');
  const lower = page.locator('.tl-scale-lower');
  await expect(board).toHaveAttribute('data-zoom', 'week');
  await expect(lower.getByText('Jan 12', { exact: true })).toHaveCount(1);

  await page.getByRole('button', { name: 'Day', exact: true }).click();
  await expect(board).toHaveAttribute('data-zoom', 'day');
  await expect(page.getByRole('button', { name: 'Day', exact: true })).toHaveAttribute('aria-pressed', 'true');
  expect(await lower.locator('.tl-cell').count()).toBeGreaterThan(365);

  await page.getByRole('button', { name: 'Month', exact: true }).click();
  await expect(board).toHaveAttribute('data-zoom', 'month');
  await expect(lower.getByText('Mar', { exact: true })).toHaveCount(1);

  await page.getByRole('button', { name: 'Quarter', exact: true }).click();
  await expect(board).toHaveAttribute('data-zoom', 'quarter');
  await expect(lower.getByText('Q3', { exact: true })).toHaveCount(1);

  // fit: the whole plan in the window
  await page.getByRole('button', { name: 'Fit plan' }).click();
  const scroller = page.locator('.tl-scroll');
  const overflow = await scroller.evaluate((el) => el.scrollWidth - el.clientWidth);
  const chart = await page.locator('.tl-chart').evaluate((el) => el.clientWidth);
  const list = await page.locator('.tl-list').evaluate((el) => el.clientWidth);
  const view = await scroller.evaluate((el) => el.clientWidth);
  expect(overflow).toBeLessThan(chart);
  expect(view - list).toBeGreaterThan(200);
  expect(plan.errors).toEqual([]);
});

test('dragging a phase summary moves all its tasks in one step', async ({ page, plan }) => {
  await openTimeline(page, plan, 'fit');
  const before = cplanExport(plan.file);
  await page.getByRole('button', { name: 'Collapse all' }).click();
  const ppd = await page.locator('.tl-chart').evaluate((el) => parseFloat(getComputedStyle(el).getPropertyValue('--tl-ppd')));
  const at = await centerOf(page, '.tl-summary[data-phase="phase-opt"] .tl-summary-bar');
  await drag(page, at, 7 * ppd + ppd / 3);
  const shifted = (t: { start: string }) => new Date(Date.parse(`${t.start}T00:00:00Z`) + 7 * 86_400_000).toISOString().slice(0, 10);
  const opt = before.task.filter((x) => x.phase_id === 'phase-opt');
  await inFile(plan.file, opt[0]!.id, { start: shifted(opt[0]!) });
  const after = cplanExport(plan.file);
  for (const t of opt) expect(taskIn(after, t.id).start, t.id).toBe(shifted(t));
  await page.getByRole('button', { name: 'Undo' }).click();
  await inFile(plan.file, opt[0]!.id, { start: opt[0]!.start });
  const undone = cplanExport(plan.file);
  for (const t of before.task) expect(taskIn(undone, t.id), t.id).toMatchObject({ start: t.start, end: t.end });
  expect(plan.errors).toEqual([]);
});

/** Scrolls the board sideways so that an element sits in the middle of the chart. */
async function centre(page: Page, selector: string): Promise<void> {
  const c = await centerOf(page, selector);
  await page.locator('.tl-scroll').evaluate((el, x) => {
    const box = el.getBoundingClientRect();
    el.scrollLeft += x - (box.left + box.width * 0.6);
  }, c.x);
  await framesDrawn(page);
}

test('a task dragged earlier than its links allow is held there; a milestone drags as a diamond', async ({ page, plan }) => {
  await openTimeline(page, plan, 'week');
  // Objectives (Monday 26 Jan) follows Market research (ends Friday 23 Jan): two weeks earlier is held
  // at its first working day after, where it already is; the board says why it went back
  const from = await centerOf(page, '.tl-frappe .bar-wrapper[data-task="task-prep-03"] .bar');
  await drag(page, from, -168);
  await expect(page.getByRole('status').filter({ hasText: '“Objectives and KPI tree” was held at Jan 26, 2026' })).toBeVisible();
  await inFile(plan.file, 'task-prep-03', { start: '2026-01-26', end: '2026-02-06' });
  await expect(page.getByRole('treeitem', { name: /^Objectives and KPI tree \(Jan 26/ })).toBeVisible();

  // the sign-off milestone one week later: it stays one day, the launch content after it moves too
  const diamond = '.tl-frappe .bar-wrapper.tl-milestone[data-task="ms-signoff"] .bar';
  await centre(page, diamond);
  const box = (await page.locator(diamond).boundingBox())!;
  expect(Math.abs(box.width - box.height)).toBeLessThan(2);
  expect(box.width).toBeLessThan(22);
  await drag(page, await centerOf(page, diamond), 84);
  await inFile(plan.file, 'ms-signoff', { start: '2026-03-03', end: '2026-03-03' });
  // its 14 working days from Wednesday 4 March end on Monday 23 March
  expect(taskIn(cplanExport(plan.file), 'task-exec-01')).toMatchObject({ start: '2026-03-04', end: '2026-03-23' });
  expect(plan.errors).toEqual([]);
});

test.describe('read-only', () => {
  test.use({ openedBy: 'Li Wei' });
  test('a plan open elsewhere shows the board but takes no drag', async ({ page, plan }) => {
    await openTimeline(page, plan, 'week');
    await expect(page.getByRole('button', { name: 'Add task' })).toBeDisabled();
    await expect(page.locator('.tl-frappe .handle')).toHaveCount(0);
    const from = await centerOf(page, '.tl-frappe .bar-wrapper[data-task="task-prep-01"] .bar');
    const calls = apiCallsOf(page);
    await drag(page, from, 168);
    await framesDrawn(page);
    expect(calls.filter((m) => m === 'applyChanges')).toEqual([]);
    expect(taskIn(cplanExport(plan.file), 'task-prep-01')).toMatchObject({ start: '2026-01-05', end: '2026-01-23' });
    const after = await centerOf(page, '.tl-frappe .bar-wrapper[data-task="task-prep-01"] .bar');
    expect(Math.abs(after.x - from.x)).toBeLessThan(1);
  });
});

test('an empty plan says so, and a task added from the toolbar opens in the editor', async ({ page, plan }) => {
  const snap = await plan.call<Snapshot>('snapshot');
  await plan.call('applyChanges', [
    ...snap.rows.task_link.map((l) => ({ entity: 'task_link', id: l.id, field: 'deleted', value: true })),
    ...snap.rows.task.map((t) => ({ entity: 'task', id: t.id, field: 'deleted', value: true })),
  ]);
  await page.addInitScript(() => localStorage.setItem('campaign-planner.timeline.zoom', 'week'));
  await plan.open();
  await goTo(page, 'Timeline');
  await expect(page.getByText('No tasks yet. Add one to start the plan.')).toBeVisible();
  await expect(page.getByRole('treeitem', { name: /^Preparation \(phase, no tasks/ })).toBeVisible();
  await page.getByRole('button', { name: 'Add task' }).click();
  const panel = page.locator('.side-panel');
  await expect(panel.getByRole('heading', { name: 'New task' })).toBeVisible();
  await panel.getByLabel('Name').fill('Kick-off workshop');
  await panel.getByLabel('Name').press('Enter');
  await expect(page.getByRole('treeitem', { name: /^Kick-off workshop \(/ })).toBeVisible();
  await expect(page.locator('.tl-frappe .bar-wrapper.tl-task .bar-label')).toContainText('Kick-off workshop');
  await expect.poll(() => cplanExport(plan.file).task.map((t) => t.name)).toEqual(['Kick-off workshop']);
  expect(plan.errors).toEqual([]);
});

test('the board works again after leaving the view and coming back (frappe-gantt instances are reused)', async ({ page, plan }) => {
  await openTimeline(page, plan, 'week');
  const tiles = await page.locator('.tl-frappe').count();
  for (let i = 0; i < 3; i++) {
    await goTo(page, 'Overview');
    await goTo(page, 'Timeline');
    await expect(page.locator('.tl-frappe .bar-wrapper.tl-task').first()).toBeVisible();
  }
  expect(await page.locator('.tl-frappe').count()).toBeLessThanOrEqual(tiles);
  const from = await centerOf(page, '.tl-frappe .bar-wrapper[data-task="task-prep-08"] .bar');
  await drag(page, from, 84);
  // its 20 working days from 26 Jan run over the make-up Saturday and past the holiday
  await inFile(plan.file, 'task-prep-08', { start: '2026-01-26', end: '2026-02-27' });
  expect(plan.errors).toEqual([]);
});
