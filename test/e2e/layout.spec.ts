/** Layout that one view's stylesheet must not break in another: the SWOT and PEST boards at common window widths. */
import type { Page } from '@playwright/test';
import { expect, goTo, test } from './fixtures.ts';

type Box = { x: number; y: number; width: number; height: number };

const boxesOf = async (page: Page, analysis: string) => {
  const panel = page.getByRole('region', { name: analysis });
  const board = (await panel.locator('.board').boundingBox())!;
  const quads = await panel.getByRole('group').all();
  return { board, quads: await Promise.all(quads.map(async (q) => (await q.boundingBox())!)) };
};

for (const width of [1280, 1440]) {
  test(`SWOT and PEST show four quadrants, two by two, at ${width} px`, async ({ page, plan }) => {
    await page.setViewportSize({ width, height: 900 });
    await plan.open();
    await goTo(page, 'Brief');
    for (const analysis of ['SWOT analysis', 'PEST analysis']) {
      await expect(page.getByRole('region', { name: analysis }).getByRole('group')).toHaveCount(4);
      const { board, quads } = await boxesOf(page, analysis);
      expect(quads).toHaveLength(4);
      const [a, b, c, d] = quads as [Box, Box, Box, Box];
      // every quadrant lies inside the board (none pushed out of view to the right)
      for (const q of quads) {
        expect(q.x).toBeGreaterThanOrEqual(board.x - 1);
        expect(q.x + q.width).toBeLessThanOrEqual(board.x + board.width + 1);
        expect(q.width).toBeGreaterThan(board.width / 2 - 20);
      }
      // first and second side by side, third and fourth side by side under them
      expect(Math.abs(a.y - b.y)).toBeLessThan(2);
      expect(Math.abs(c.y - d.y)).toBeLessThan(2);
      expect(b.x).toBeGreaterThan(a.x + a.width - 1);
      expect(d.x).toBeGreaterThan(c.x + c.width - 1);
      expect(c.y).toBeGreaterThanOrEqual(a.y + a.height - 1);
      expect(Math.abs(a.x - c.x)).toBeLessThan(2);
    }
    expect(plan.errors).toEqual([]);
  });
}
