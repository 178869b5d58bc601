/** axe-core findings, for a11y.spec.ts (the one spec that runs axe). */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

/**
 * The serious and critical findings on the page as it is now, one line each, prefixed with `where`. A
 * `scope` (a CSS selector) limits the check to a part of the page, e.g. a view's own content.
 */
export async function seriousViolations(page: Page, where: string, scope?: string): Promise<string[]> {
  const builder = new AxeBuilder({ page }).withTags(TAGS);
  const results = await (scope ? builder.include(scope) : builder).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${where}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

/**
 * Collects the findings of several states of one test, so that one failure lists them all: `check` each
 * state as it is reached, then expect `found` to be empty.
 */
export function axeChecks(page: Page): { found: string[]; check(where: string, scope?: string): Promise<void> } {
  const found: string[] = [];
  return {
    found,
    async check(where, scope) {
      found.push(...(await seriousViolations(page, where, scope)));
    },
  };
}
