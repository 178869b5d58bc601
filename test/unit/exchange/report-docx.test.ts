import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderExport } from '../../../electron/services/export/index.ts';
import { planFacts } from '../../../shared/report/plan-facts.ts';
import { samplePlan, tempDir } from './helpers.ts';
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
});
