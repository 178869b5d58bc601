import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderExport } from '../../../electron/services/export/index.ts';
import { planFacts } from '../../../shared/report/plan-facts.ts';
import { samplePlan, tempDir } from './export-helpers.ts';
import { convert, SKIP_SOFFICE } from './soffice.ts';

/** Facts a reader of the report must find: the plan's name, its first objective, its worst risk, the budget. */
function facts(lang: 'en' | 'zh-CN') {
  const { rows } = samplePlan(lang);
  const f = planFacts(rows, lang);
  const worst = [...rows.risk].sort((a, b) => b.likelihood * b.impact - a.likelihood * a.impact)[0]!;
  return { rows, name: f.settings.name, objective: rows.objective.find((o) => o.parent_id === null)!.name, risk: worst.title, budget: '5,000,000' };
}

describe.skipIf(SKIP_SOFFICE)('the plan report as .docx opens in LibreOffice', () => {
  for (const lang of ['en', 'zh-CN'] as const) {
    it(`holds the plan's facts (${lang})`, async () => {
      const dir = tempDir();
      const x = facts(lang);
      const file = path.join(dir, `report-${lang}.docx`);
      fs.writeFileSync(file, await renderExport(x.rows, { format: 'docx', lang, today: '2026-06-15' }));
      const [txt] = convert(file, 'txt:Text', dir);
      const text = fs.readFileSync(txt!, 'utf8');
      expect(text).toContain(x.name);
      expect(text).toContain(x.objective);
      expect(text).toContain(x.risk);
      expect(text).toContain(x.budget);
      if (lang === 'zh-CN') {
        expect(x.name).toMatch(/[\u4e00-\u9fff]/);
        expect(text).toContain('风险登记册');
        expect(text).toContain('预期成果');
      } else {
        expect(text).toContain('Risk register');
      }
    }, 240_000);
  }

  it('gives its charts their room on the page (the heat map is not squeezed into one line)', async () => {
    const dir = tempDir();
    const x = facts('en');
    const file = path.join(dir, 'report.docx');
    fs.writeFileSync(file, await renderExport(x.rows, { format: 'docx', lang: 'en', today: '2026-06-15' }));
    const [pdf] = convert(file, 'pdf', dir);
    // word boxes of the laid-out pages: the caption under the heat map must sit a chart's height below the section heading
    const words = [...execFileSync('pdftotext', ['-bbox', pdf!, '-'], { encoding: 'utf8' }).matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g)]
      .map((m) => ({ top: Number(m[1]), bottom: Number(m[2]), text: m[3]! }));
    const caption = words.findIndex((w, i) => w.text === 'heat' && words[i + 1]?.text === 'map' && words[i - 1]?.text === 'Risk');
    expect(caption).toBeGreaterThan(0);
    // the section heading on the same page (the contents page lists "6. Risks" too)
    const heading = words.findLastIndex((w, i) => i < caption && w.text === '6.' && words[i + 1]?.text === 'Risks');
    expect(heading).toBeGreaterThan(0);
    expect(words[caption]!.top - words[heading]!.bottom).toBeGreaterThan(200);
  }, 240_000);
});
