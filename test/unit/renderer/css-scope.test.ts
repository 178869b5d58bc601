/**
 * Every feature stylesheet is bundled into one page, so a rule one view writes for its own markup
 * (Content's `.board`) also reaches any other view that uses the same class name (Brief's SWOT board).
 * Each feature stylesheet is therefore one block nested under its own root; nothing else sits at its top level.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const FEATURES = join(import.meta.dirname, '../../../renderer/features');
/** Sharing and exchange are no views: they live in the app's chrome (header, read-only banner, their own layers). */
const ROOTS: Record<string, string> = { sharing: '.app-header, .read-only-banner, .sharing-layer', exchange: '.exchange-layer' };
const rootOf = (feature: string) => ROOTS[feature] ?? `.${feature}-view`;

/** The preludes (selector or at-rule) of a stylesheet's top-level statements. */
export function topLevelPreludes(css: string): string[] {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"' || c === "'") {
      i = text.indexOf(c, i + 1);
      if (i < 0) break;
    } else if (c === '{') {
      if (depth++ === 0) out.push(text.slice(start, i).trim().replace(/\s+/g, ' '));
    } else if (c === '}') {
      if (--depth === 0) start = i + 1;
    } else if (c === ';' && depth === 0) {
      out.push(text.slice(start, i).trim());
      start = i + 1;
    }
  }
  return out;
}

const sheets = readdirSync(FEATURES, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) =>
    readdirSync(join(FEATURES, d.name), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.css'))
      .map((f) => ({ feature: d.name, file: join(d.name, f) })),
  );

describe('feature stylesheets are scoped to their view', () => {
  it('finds the feature stylesheets', () => {
    expect(sheets.map((s) => s.feature)).toEqual(expect.arrayContaining(['brief', 'content', 'risks', 'sharing', 'timeline']));
  });

  it.each(sheets)('$file has nothing outside its root block', ({ feature, file }) => {
    const unscoped = topLevelPreludes(readFileSync(join(FEATURES, file), 'utf8')).filter((p) => p !== rootOf(feature) && !p.startsWith('@page') && !p.startsWith(`@keyframes ${feature}-`));
    expect(unscoped, `${file}: nest these under ${rootOf(feature)} { … }`).toEqual([]);
  });

  it.each(sheets.filter((s) => !ROOTS[s.feature]))('the $feature view draws its root class', ({ feature }) => {
    const tsx = readdirSync(join(FEATURES, feature)).filter((f) => f.endsWith('View.tsx'));
    const sources = tsx.map((f) => readFileSync(join(FEATURES, feature, f), 'utf8')).join('\n');
    expect(sources).toMatch(new RegExp(`className=[{"\`'][^>]*\\b${feature}-view\\b`));
  });

  it('reads top-level statements past nested blocks, strings and comments', () => {
    expect(topLevelPreludes(".a { .b { content: '}'; } }\n/* .x { } */\n.c .d { color: red }\n@page p { margin: 0 }")).toEqual(['.a', '.c .d', '@page p']);
  });
});
