import { describe, expect, it } from 'vitest';
import { renderExport } from '../../../electron/services/export/index.ts';
import { buildReport } from '../../../shared/report/build.ts';
import { reportHtml } from '../../../shared/report/html.ts';
import { htmlToParagraphs } from '../../../shared/report/plan-facts.ts';
import { REPORT_STRINGS } from '../../../shared/report/strings.ts';
import { samplePlan } from './export-helpers.ts';

describe('the plan report model', () => {
  it('follows the order of a strategy plan, with a chart where a planner expects one', () => {
    const { rows } = samplePlan('en');
    const r = buildReport(rows, 'en', { today: '2026-06-15' });
    expect(r.sections.map((s) => s.key)).toEqual(['background', 'objectives', 'platforms', 'audiences', 'content', 'risks', 'budget', 'team', 'timeline', 'key-dates', 'results']);
    const images = (key: string) => r.sections.find((s) => s.key === key)!.blocks.filter((b) => b.kind === 'image').map((b) => (b.kind === 'image' ? b.alt : ''));
    expect(images('risks')).toEqual(['Risk heat map (open risks by likelihood and impact)']);
    expect(images('budget')).toEqual(['Budget by category', 'Budget by platform', 'Cumulative spend against plan']);
    // one Gantt picture a phase: a whole year does not fit one page
    expect(images('timeline')).toHaveLength(rows.phase.filter((p) => rows.task.some((t) => t.phase_id === p.id)).length);
    const headings = r.sections.flatMap((s) => s.blocks.filter((b) => b.kind === 'heading').map((b) => (b.kind === 'heading' ? b.text : '')));
    for (const h of ['SWOT analysis', 'PEST analysis', 'Quarterly breakdown', 'Risk register', 'Emergency playbooks', 'RACI matrix', 'Milestones']) expect(headings).toContain(h);
  });

  it('speaks Chinese throughout for zh-CN, with no English heading left', () => {
    const { rows } = samplePlan('zh-CN');
    const r = buildReport(rows, 'zh-CN', { today: '2026-06-15' });
    expect(r.sections.map((s) => s.title)).toEqual(['背景与分析', '营销目标', '平台选择与评分', '目标受众', '内容规划', '风险管理', '预算', '团队与职责', '时间规划', '重要日期', '预期成果']);
    const html = reportHtml(r);
    expect(html).toContain('<html lang="zh-CN">');
    for (const word of ['Risk register', 'Objectives', 'Budget by category', 'Likelihood']) expect(html).not.toContain(word);
  });

  it('has every word in both languages', () => {
    expect(Object.keys(REPORT_STRINGS['zh-CN']).sort()).toEqual(Object.keys(REPORT_STRINGS.en).sort());
    for (const [k, v] of Object.entries(REPORT_STRINGS['zh-CN'])) expect(v, k).not.toBe('');
  });

  it('reads the brief’s HTML as headings, paragraphs and list items', () => {
    expect(htmlToParagraphs('<h3>Trends</h3><p>Short video &amp; live <b>grow</b>.</p><ul><li>AI&nbsp;ads</li><li>WeChat</li></ul>')).toEqual([
      { kind: 'heading', text: 'Trends' },
      { kind: 'paragraph', text: 'Short video & live grow.' },
      { kind: 'item', text: 'AI ads' },
      { kind: 'item', text: 'WeChat' },
    ]);
  });

  it('escapes plan text in the HTML page', () => {
    const { rows } = samplePlan('en');
    const evil = { ...rows, settings: rows.settings.map((s) => ({ ...s, name: '<script>alert(1)</script>' })) };
    const html = reportHtml(buildReport(evil, 'en', { today: '2026-06-15' }));
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('a blank plan exports every format (empty sections say so)', async () => {
    const { rows } = samplePlan('zh-CN', 'blank');
    for (const format of ['docx', 'html', 'xlsx', 'ics', 'mspdi', 'csv'] as const) {
      const data = await renderExport(rows, { format, lang: 'zh-CN', today: '2026-06-15' });
      expect(data.length, format).toBeGreaterThan(100);
    }
    const r = buildReport(rows, 'zh-CN', { today: '2026-06-15' });
    expect(r.sections.find((s) => s.key === 'risks')!.blocks).toEqual([{ kind: 'paragraph', text: '暂无记录。' }]);
  });
});
