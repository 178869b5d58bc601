/**
 * The plan report, regenerated from the rows in the order of a strategy plan: background and analysis,
 * objectives, platforms, audiences, content, risks, budget, team, timeline, key dates, expected results.
 * Pure: the renderers (docx, HTML) turn the model into files.
 */
import type { Rows } from '../api.ts';
import { burnSeries, plannedVsActual } from '../logic/budget-actual.ts';
import { daysBetween } from '../logic/dates.ts';
import { kpiProgress } from '../logic/measure.ts';
import { planDates, riskHeat } from '../logic/overview.ts';
import { today as planToday } from '../logic/today.ts';
import { weightedScore } from '../logic/platformScore.ts';
import { bandOf, inherentScore, residualScore } from '../logic/risk.ts';
import type { Language } from '../model/enums.ts';
import { CONTENT_FORMATS, PEST, SCORE_CRITERIA, SWOT } from '../model/enums.ts';
import { barChart, burnChart, ganttChart, heatMapChart, type Chart, type GanttRow } from './charts.ts';
import type { Block, Cell, Report, Section } from './model.ts';
import { htmlToParagraphs, planFacts, type PlanFacts } from './plan-facts.ts';
import type { ReportKey } from './strings.ts';

export interface ReportOptions {
  /** the day the report is made, in the plan's time zone ('YYYY-MM-DD'); decides which months of spend are shown */
  today?: string;
}

const image = (c: Chart, alt: string): Block => ({ kind: 'image', svg: c.svg, width: c.width, height: c.height, alt, caption: alt });
const h2 = (text: string): Block => ({ kind: 'heading', level: 2, text });
const h3 = (text: string): Block => ({ kind: 'heading', level: 3, text });
const p = (text: string, tone?: 'lead' | 'note'): Block => ({ kind: 'paragraph', text, ...(tone ? { tone } : {}) });

function table(columns: (string | { label: string; align?: 'left' | 'right' | 'center'; weight?: number })[], rows: Cell[][]): Block {
  return { kind: 'table', columns: columns.map((c) => (typeof c === 'string' ? { label: c } : c)), rows };
}
const num = (label: string, weight?: number) => ({ label, align: 'right' as const, ...(weight ? { weight } : {}) });

const range = (f: PlanFacts, a: string, b: string) => (a === b ? a : `${a} – ${b}`);

function background(f: PlanFacts): Block[] {
  const { rows, words: w } = f;
  const out: Block[] = [];
  for (const s of rows.brief_section) {
    const paras = htmlToParagraphs(s.body);
    if (!paras.length) continue;
    out.push(h2(s.title));
    let bullets: string[] = [];
    const flush = () => {
      if (bullets.length) out.push({ kind: 'bullets', items: bullets });
      bullets = [];
    };
    for (const para of paras) {
      if (para.kind === 'item') bullets.push(para.text);
      else {
        flush();
        out.push(para.kind === 'heading' ? h3(para.text) : p(para.text));
      }
    }
    flush();
  }
  if (rows.swot_item.length) {
    out.push(h2(w('swot')));
    const cell = (q: string) => rows.swot_item.filter((i) => i.quadrant === q).map((i) => `• ${i.text}`).join('\n');
    out.push(table([w.of('swot', SWOT[0]), w.of('swot', SWOT[1])], [[cell(SWOT[0]), cell(SWOT[1])], [{ text: w.of('swot', SWOT[2]), bold: true, fill: '#eef2f7' }, { text: w.of('swot', SWOT[3]), bold: true, fill: '#eef2f7' }], [cell(SWOT[2]), cell(SWOT[3])]]));
  }
  if (rows.pest_item.length) {
    out.push(h2(w('pest')));
    out.push(table([w('kind'), { label: w('item'), weight: 4 }], PEST.flatMap((k) => rows.pest_item.filter((i) => i.factor === k).map((i, n) => [n === 0 ? { text: w.of('pest', k), bold: true } : '', i.text]))));
  }
  if (rows.market_figure.length) {
    out.push(h2(w('marketFigures')));
    out.push(table([{ label: w('figure'), weight: 3 }, num(w('value')), { label: w('source'), weight: 2 }, w('asOf')], rows.market_figure.map((m) => [m.label, `${f.number(m.value)} ${m.unit}`.trim(), m.source, m.as_of ?? ''])));
  }
  return out;
}

function objectives(f: PlanFacts): Block[] {
  const { rows, words: w } = f;
  const ids = new Set(rows.objective.map((o) => o.id));
  const top = rows.objective.filter((o) => o.parent_id === null || !ids.has(o.parent_id));
  if (!top.length) return [p(w('none'))];
  const value = (v: number, unit: string) => `${f.number(v)}${unit ? ` ${unit}` : ''}`;
  const out: Block[] = [
    table([{ label: w('objective'), weight: 2.6 }, w('kind'), { label: w('metric'), weight: 1.4 }, num(w('baseline'), 1.2), num(w('target'), 1.5), { label: w('periodCol'), weight: 2.4 }, w('feasibility')],
      top.map((o) => [{ text: o.name, bold: true }, w.of('objective', o.kind), o.metric, value(o.baseline, o.unit), value(o.target, o.unit), range(f, o.period_start, o.period_end), w.of('feasibility', o.feasibility)])),
  ];
  const quarters = top.map((o) => ({ o, children: rows.objective.filter((c) => c.parent_id === o.id && c.period_type === 'quarter') })).filter((x) => x.children.length);
  if (quarters.length) {
    out.push(h2(w('quarterly')));
    for (const { o, children } of quarters) {
      out.push(h3(o.name));
      out.push(table([{ label: w('objective'), weight: 3 }, { label: w('periodCol'), weight: 2 }, num(w('baseline')), num(w('target'))], children.map((c) => [c.name, range(f, c.period_start, c.period_end), value(c.baseline, c.unit), value(c.target, c.unit)])));
    }
  }
  const notes = top.filter((o) => o.feasibility_budget || o.feasibility_people || o.feasibility_technology || o.feasibility_competition);
  for (const o of notes) {
    out.push(h3(`${w('feasibility')}${w('colon')}${o.name}`));
    out.push({ kind: 'bullets', items: [o.feasibility_budget, o.feasibility_people, o.feasibility_technology, o.feasibility_competition].filter(Boolean) });
  }
  return out;
}

function platforms(f: PlanFacts): Block[] {
  const { rows, words: w, settings } = f;
  if (!rows.platform.length) return [p(w('none'))];
  const ranked = [...rows.platform].sort((a, b) => weightedScore(b, settings.score_weights) - weightedScore(a, settings.score_weights));
  return [
    p(`${w('weights')}${w('colon')}${SCORE_CRITERIA.map((c) => `${w.of('crit', c)} ${settings.score_weights[c]}%`).join(' · ')}`, 'note'),
    table([{ label: w('platform'), weight: 2 }, w('role'), ...SCORE_CRITERIA.map((c) => num(w.of('crit', c))), num(w('weightedScore'))],
      ranked.map((pl) => [{ text: pl.name, bold: true }, w.of('prole', pl.role), ...SCORE_CRITERIA.map((c) => String(pl[`score_${c}`])), { text: weightedScore(pl, settings.score_weights).toFixed(1), bold: true }])),
    ...ranked.filter((pl) => pl.focus).length ? [table([{ label: w('platform'), weight: 1 }, { label: w('focus'), weight: 4 }], ranked.filter((pl) => pl.focus).map((pl) => [pl.name, pl.focus]))] : [],
  ];
}

function audiences(f: PlanFacts): Block[] {
  const { rows, words: w } = f;
  if (!rows.segment.length) return [p(w('none'))];
  const out: Block[] = [];
  for (const s of rows.segment) {
    out.push(h3(s.name));
    out.push(table([w('age'), w('gender'), { label: w('region'), weight: 2 }, w('spendingPower'), { label: w('platforms'), weight: 2 }],
      [[`${s.age_min}–${s.age_max}`, w.of('gender', s.gender), s.region, w.of('power', s.spending_power), s.platform_ids.map((id) => f.platform(id)).filter(Boolean).join(', ')]]));
    if (s.cares_about || s.interests) out.push(p([s.interests, s.cares_about].filter(Boolean).join(' — ')));
  }
  return out;
}

function content(f: PlanFacts): Block[] {
  const { rows, words: w } = f;
  const items = rows.content_item;
  if (!items.length) return [p(w('none'))];
  const formats = CONTENT_FORMATS.filter((k) => items.some((i) => i.format === k));
  const platformIds = [...new Set(items.map((i) => i.platform_id ?? ''))];
  const count = (pid: string, fmt?: string) => items.filter((i) => (i.platform_id ?? '') === pid && (!fmt || i.format === fmt)).length;
  const scheduled = items.filter((i) => i.publish_date).sort((a, b) => `${a.publish_date}${a.publish_time ?? ''}`.localeCompare(`${b.publish_date}${b.publish_time ?? ''}`));
  const kol = items.reduce((s, i) => s + i.kol_cost, 0);
  return [
    p(w('contentLead').replace('{total}', String(items.length)).replace('{scheduled}', String(scheduled.length)).replace('{kol}', f.money(kol)), 'lead'),
    h2(w('contentByPlatform')),
    table([{ label: w('platform'), weight: 2 }, ...formats.map((k) => num(w.of('format', k))), num(w('total'))],
      [...platformIds.map((pid) => [{ text: f.platform(pid) || '—', bold: true } as Cell, ...formats.map((k) => String(count(pid, k) || '')), String(count(pid))]),
        [{ text: w('total'), bold: true }, ...formats.map((k) => ({ text: String(items.filter((i) => i.format === k).length), bold: true })), { text: String(items.length), bold: true }]]),
    h2(w('upcomingContent')),
    table([{ label: w('publish'), weight: 2 }, { label: w('title'), weight: 4 }, w('platform'), w('format'), w('owner'), w('status')],
      scheduled.slice(0, 20).map((i) => [`${i.publish_date} ${i.publish_time ?? ''}`.trim(), i.title, f.platform(i.platform_id), w.of('format', i.format), f.person(i.owner_id), f.status(i.status_id)])),
  ];
}

function risks(f: PlanFacts, today: string): Block[] {
  const { rows, words: w, settings } = f;
  if (!rows.risk.length) return [p(w('none'))];
  const bands = settings.risk_bands;
  const scoreCell = (s: number): Cell => ({ text: String(s), fill: bandOf(s, bands)?.color ?? '#e5e7eb', bold: true });
  const out: Block[] = [
    image(heatMapChart(riskHeat(rows.risk, bands, today), { likelihood: w('likelihood'), impact: w('impact') }), w('heatMap')),
    h2(w('riskRegister')),
    table([{ label: w('id'), weight: 0.8 }, { label: w('title'), weight: 3 }, { label: w('category'), weight: 1.5 }, num(w('score'), 1.1), num(w('residual'), 1.3), { label: w('owner'), weight: 1.4 }, { label: w('strategy'), weight: 1.3 }, { label: w('status'), weight: 1.5 }],
      [...rows.risk].sort((a, b) => inherentScore(b) - inherentScore(a)).map((r) => [r.code, r.title, w.of('rcat', r.category), scoreCell(inherentScore(r)), scoreCell(residualScore(r)), f.person(r.owner_id), w.of('strat', r.strategy), w.of('rstatus', r.status)])),
  ];
  const mitigated = rows.risk.filter((r) => r.mitigation);
  if (mitigated.length) {
    out.push(h3(w('mitigation')));
    out.push(table([{ label: w('title'), weight: 2 }, { label: w('mitigation'), weight: 5 }], mitigated.map((r) => [`${r.code} ${r.title}`.trim(), r.mitigation])));
  }
  if (rows.playbook.length) {
    out.push(h2(w('playbooks')));
    for (const pb of rows.playbook) {
      out.push(h3(f.lang === 'zh-CN' ? `${pb.name}（${w.of('incident', pb.incident)}）` : `${pb.name} (${w.of('incident', pb.incident)})`));
      const who = [pb.owner_id ? `${w('owner')}${w('colon')}${f.person(pb.owner_id)}` : '', pb.deputy_id ? `${w('deputy')}${w('colon')}${f.person(pb.deputy_id)}` : ''].filter(Boolean).join(' · ');
      if (who) out.push(p(who, 'note'));
      if (pb.levels.length) out.push(table([w('severity'), num(w('responseHours'), 1.4), { label: w('notes'), weight: 4 }], pb.levels.map((l) => [w.of('sev', l.severity), String(l.response_hours), l.description])));
      const steps = rows.playbook_step.filter((s) => s.playbook_id === pb.id);
      if (steps.length) out.push({ kind: 'bullets', ordered: true, items: steps.map((s) => `${s.text}${s.who ? ` — ${s.who}` : ''}`) });
    }
  }
  if (rows.compliance_item.length) {
    out.push(h2(w('compliance')));
    out.push(table([w('regulation'), { label: w('requirement'), weight: 4 }, w('owner'), w('status'), w('due')],
      rows.compliance_item.map((c) => [w.of('reg', c.regulation), c.requirement, f.person(c.owner_id), w.of('cstatus', c.status), c.due ?? ''])));
  }
  return out;
}

function budget(f: PlanFacts, today: string): Block[] {
  const { rows, words: w, settings } = f;
  const report = plannedVsActual({ total: settings.total_budget, categories: rows.budget_category, splits: rows.platform_share, spend: rows.spend_entry });
  const share = new Map(rows.budget_category.map((c) => [c.id, c.share]));
  const palette = ['#4f7cac', '#e07a2c', '#3f9d5a', '#8e6bbf', '#c43d3d', '#e0b12c', '#2c9ec4'];
  const platformColor = new Map(rows.platform.map((pl) => [pl.id, pl.color]));
  const out: Block[] = [
    p(`${w('budget')}${w('colon')}${f.money(settings.total_budget)} · ${w('spent')}${w('colon')}${f.money(report.total.spent)} · ${w('remaining')}${w('colon')}${f.money(report.total.remaining)}`, 'lead'),
    h2(w('byCategory')),
    table([{ label: w('category'), weight: 2 }, num(w('share')), num(w('planned')), num(w('spent')), num(w('remaining'))],
      [...report.categories.map((c) => [f.category(c.categoryId), `${f.number(share.get(c.categoryId) ?? 0)}%`, f.money(c.planned), f.money(c.spent), f.money(c.remaining)] as Cell[]),
        [{ text: w('total'), bold: true }, { text: '100%', bold: true }, { text: f.money(report.total.planned), bold: true }, { text: f.money(report.total.spent), bold: true }, { text: f.money(report.total.remaining), bold: true }]]),
    image(barChart(report.categories.map((c, i) => ({ label: f.category(c.categoryId), value: c.planned, color: palette[i % palette.length]!, shown: f.money(c.planned) }))), w('byCategory')),
  ];
  if (report.platforms.length) {
    out.push(h2(w('byPlatform')));
    out.push(table([{ label: w('platform'), weight: 2 }, num(w('planned')), num(w('spent')), num(w('remaining'))], report.platforms.map((pl) => [f.platform(pl.platformId), f.money(pl.planned), f.money(pl.spent), f.money(pl.remaining)])));
    out.push(image(barChart(report.platforms.map((pl) => ({ label: f.platform(pl.platformId), value: pl.planned, color: platformColor.get(pl.platformId) ?? '#6b7280', shown: f.money(pl.planned) }))), w('byPlatform')));
  }
  const burn = burnSeries({ start: settings.start_date, end: settings.end_date, budget: settings.total_budget, spend: rows.spend_entry, today });
  if (burn.length) {
    out.push(h2(w('burn')));
    out.push(image(burnChart(burn, { planned: w('plannedLine'), actual: w('actualLine') }), w('burn')));
  }
  return out;
}

function teamSection(f: PlanFacts): Block[] {
  const { rows, words: w } = f;
  const out: Block[] = [];
  if (rows.person.length) {
    out.push(table([{ label: w('person'), weight: 2 }, { label: w('role'), weight: 2 }, { label: w('team'), weight: 2 }, num(w('capacity'))],
      rows.person.map((pe) => [pe.name, pe.role, f.team(pe.team_id), f.number(pe.capacity_hours)])));
  }
  if (rows.raci.length) {
    const people = rows.person.filter((pe) => rows.raci.some((r) => r.person_id === pe.id));
    const targets = [
      ...rows.phase.map((ph) => ({ key: `p:${ph.id}`, label: ph.name, bold: true, match: (r: (typeof rows.raci)[number]) => r.phase_id === ph.id })),
      ...rows.task.map((t) => ({ key: `t:${t.id}`, label: t.name, bold: false, match: (r: (typeof rows.raci)[number]) => r.task_id === t.id })),
    ].filter((t) => rows.raci.some(t.match));
    out.push(h2(w('raci')));
    out.push(p(w('raciLegend'), 'note'));
    out.push(table([{ label: `${w('phase')} / ${w('task')}`, weight: 3 }, ...people.map((pe) => ({ label: pe.name, align: 'center' as const }))],
      targets.map((t) => [{ text: t.label, bold: t.bold }, ...people.map((pe) => rows.raci.filter((r) => t.match(r) && r.person_id === pe.id).map((r) => r.role).join(''))])));
  }
  if (rows.tool.length) {
    out.push(h2(w('tools')));
    out.push(table([{ label: w('tool'), weight: 2 }, w('purpose'), w('owner'), num(w('cost'))], rows.tool.map((t) => [t.name, w.of('purpose', t.purpose), f.person(t.owner_id), f.money(t.cost)])));
  }
  if (rows.meeting.length) {
    out.push(h2(w('meetings')));
    out.push(table([{ label: w('meeting'), weight: 2 }, { label: w('when'), weight: 2 }, { label: w('notes'), weight: 4 }],
      rows.meeting.map((m) => [m.name, `${w.of('rec', m.recurrence)} ${w.of('wd', String(m.weekday))} ${m.time} (${m.duration_minutes}′)`, m.notes])));
  }
  return out.length ? out : [p(w('none'))];
}

function timeline(f: PlanFacts, today: string): Block[] {
  const { rows, words: w, settings } = f;
  const dates = planDates(settings, rows.phase, rows.task, today);
  const out: Block[] = [
    table([{ label: w('phase'), weight: 3 }, w('start'), w('end'), num(w('tasks')), num(w('progress'))],
      dates.phases.map((ph) => [{ text: ph.name, bold: true }, ph.start ?? '', ph.end ?? '', String(ph.tasks), ph.progress === null ? '' : `${Math.round(ph.progress)}%`])),
  ];
  const milestones = rows.task.filter((t) => t.milestone).sort((a, b) => a.start.localeCompare(b.start));
  if (milestones.length) {
    out.push(h2(w('milestones')));
    out.push(table([w('date'), { label: w('milestone'), weight: 4 }, w('phase'), w('owner')], milestones.map((t) => [t.start, t.name, f.phase(t.phase_id), f.person(t.owner_id)])));
  }
  const month = (ym: string) => (f.lang === 'zh-CN' ? `${Number(ym.slice(5))}月` : new Date(`${ym}-01T00:00:00Z`).toLocaleString('en-GB', { month: 'short', timeZone: 'UTC' }));
  const bar = (t: (typeof rows.task)[number], color: string): GanttRow => ({ label: t.name, start: t.start, end: t.end, color, milestone: t.milestone, summary: false, progress: t.progress });
  // one picture a phase: a whole year of tasks is taller than a page
  const groups: { title: string; rows: GanttRow[] }[] = [];
  for (const ph of dates.phases) {
    if (!ph.start || !ph.end) continue;
    groups.push({ title: ph.name, rows: [{ label: ph.name, start: ph.start, end: ph.end, color: ph.color, milestone: false, summary: true, progress: 0 }, ...rows.task.filter((t) => t.phase_id === ph.id).map((t) => bar(t, ph.color))] });
  }
  const phaseIds = new Set(rows.phase.map((ph) => ph.id));
  const loose = rows.task.filter((t) => !t.phase_id || !phaseIds.has(t.phase_id));
  if (loose.length) groups.push({ title: w('tasks'), rows: loose.map((t) => bar(t, '#6b7280')) });
  if (groups.length) {
    out.push(h2(w('gantt')));
    for (const g of groups) out.push(image(ganttChart(g.rows, settings.start_date, settings.end_date, month), `${w('gantt')} — ${g.title}`));
  }
  return out;
}

function keyDates(f: PlanFacts): Block[] {
  const { rows, words: w } = f;
  if (!rows.key_date.length) return [p(w('none'))];
  const sorted = [...rows.key_date].sort((a, b) => a.start.localeCompare(b.start));
  return [table([{ label: w('date'), weight: 2 }, { label: w('name'), weight: 3 }, w('kind'), num(w('days'))], sorted.map((k) => [range(f, k.start, k.end), k.name, w.of('kd', k.kind), String(daysBetween(k.start, k.end) + 1)]))];
}

function results(f: PlanFacts, today: string): Block[] {
  const { rows, words: w } = f;
  const lines = kpiProgress(rows.objective, rows.kpi_actual, today);
  if (!lines.length) return [p(w('none'))];
  const v = (n: number | null, unit: string) => (n === null ? '—' : `${f.number(n)}${unit ? ` ${unit}` : ''}`);
  return [
    p(w('expectedIntro')),
    table([{ label: w('objective'), weight: 3 }, w('metric'), num(w('baseline')), num(w('target')), num(w('actual')), w('end')],
      lines.map((l) => [{ text: l.name, bold: true }, l.metric, v(l.baseline, l.unit), { text: v(l.target, l.unit), bold: true }, v(l.measure.progress.value, l.unit), l.periodEnd])),
  ];
}

export function buildReport(rows: Rows, lang: Language, opts: ReportOptions = {}): Report {
  const f = planFacts(rows, lang);
  const { words: w, settings } = f;
  const today = opts.today ?? planToday(settings);
  const sections: [string, ReportKey, Block[]][] = [
    ['background', 's_background', background(f)],
    ['objectives', 's_objectives', objectives(f)],
    ['platforms', 's_platforms', platforms(f)],
    ['audiences', 's_audiences', audiences(f)],
    ['content', 's_content', content(f)],
    ['risks', 's_risks', risks(f, today)],
    ['budget', 's_budget', budget(f, today)],
    ['team', 's_team', teamSection(f)],
    ['timeline', 's_timeline', timeline(f, today)],
    ['key-dates', 's_keyDates', keyDates(f)],
    ['results', 's_results', results(f, today)],
  ];
  return {
    lang,
    title: settings.name,
    subtitle: w('report'),
    facts: [
      [w('client'), settings.client],
      [w('period'), `${settings.start_date} – ${settings.end_date}`],
      [w('budget'), f.money(settings.total_budget)],
      [w('timeZone'), settings.time_zone],
      [w('generated'), today],
    ].filter(([, v]) => v) as [string, string][],
    tocTitle: w('contents'),
    sections: sections.map(([key, title, blocks]): Section => ({ key, title: w(title), blocks: blocks.length ? blocks : [p(w('none'))] })),
  };
}
