/**
 * What every export needs besides the rows: names behind ids, category and status names in the
 * export's language, and money in the plan's currency.
 */
import type { Rows } from '../api.ts';
import type { Language } from '../model/enums.ts';
import { PLAN_ID } from '../model/plan.ts';
import type { Settings } from '../model/registry.ts';
import { wordsFor } from './strings.ts';
import { fromMinor } from '../logic/budget-money.ts';

export interface PlanFacts {
  rows: Rows;
  lang: Language;
  settings: Settings;
  words: ReturnType<typeof wordsFor>;
  person: (id: string | null | undefined) => string;
  platform: (id: string | null | undefined) => string;
  phase: (id: string | null | undefined) => string;
  segment: (id: string | null | undefined) => string;
  task: (id: string | null | undefined) => string;
  team: (id: string | null | undefined) => string;
  category: (id: string | null | undefined) => string;
  status: (id: string | null | undefined) => string;
  /** money the plan stores, in minor units */
  money: (n: number) => string;
  number: (n: number) => string;
  /** the spreadsheet number format of an amount in the plan currency */
  moneyFormat: string;
}

const byId = <T extends { id: string }>(rows: readonly T[], name: (r: T) => string) => {
  const m = new Map(rows.map((r) => [r.id, r]));
  return (id: string | null | undefined) => {
    const r = id ? m.get(id) : undefined;
    return r ? name(r) : '';
  };
};

export function planFacts(rows: Rows, lang: Language): PlanFacts {
  const settings = rows.settings.find((s) => s.id === PLAN_ID) ?? rows.settings[0];
  if (!settings) throw new Error('the plan has no settings row');
  const words = wordsFor(lang);
  const locale = lang === 'zh-CN' ? 'zh-CN' : 'en-GB';
  let currencyFmt: Intl.NumberFormat;
  try {
    currencyFmt = new Intl.NumberFormat(locale, { style: 'currency', currency: settings.currency, maximumFractionDigits: 0 });
  } catch {
    currencyFmt = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  }
  const numberFmt = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const symbol = currencyFmt.formatToParts(0).find((p) => p.type === 'currency')?.value ?? settings.currency;
  return {
    rows,
    lang,
    settings,
    words,
    person: byId(rows.person, (r) => r.name),
    platform: byId(rows.platform, (r) => r.name),
    phase: byId(rows.phase, (r) => r.name),
    segment: byId(rows.segment, (r) => r.name),
    task: byId(rows.task, (r) => r.name),
    team: byId(rows.team, (r) => r.name),
    category: byId(rows.budget_category, (r) => r.name || words.of('budget', r.key)),
    status: byId(rows.content_status, (r) => r.name || words.of('status', r.key)),
    // the plan stores money in minor units (cents, fen); reports show whole units
    money: (n) => currencyFmt.format(fromMinor(n)),
    number: (n) => numberFmt.format(n),
    moneyFormat: `"${symbol.replace(/"/g, '')}"#,##0.00;-"${symbol.replace(/"/g, '')}"#,##0.00`,
  };
}

/** Plain paragraphs of the brief's sanitised HTML: one per block element, tags dropped, entities read. */
export function htmlToParagraphs(html: string): { text: string; kind: 'paragraph' | 'item' | 'heading' }[] {
  const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
  const decode = (s: string) =>
    s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, e: string) =>
      e[0] === '#' ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : (entities[e.toLowerCase()] ?? all));
  const out: { text: string; kind: 'paragraph' | 'item' | 'heading' }[] = [];
  const parts = html.split(/(?=<(?:p|li|h[1-6]|div|br)[\s>/])|<\/(?:p|li|h[1-6]|div)>/i);
  for (const part of parts) {
    const kind = /^<li[\s>]/i.test(part) ? 'item' : /^<h[1-6][\s>]/i.test(part) ? 'heading' : 'paragraph';
    const text = decode(part.replace(/<[^>]*>/g, '')).replace(/\s+/g, ' ').trim();
    if (text) out.push({ text, kind });
  }
  return out;
}
