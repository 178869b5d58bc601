import { describe, expect, it } from 'vitest';
import { ERRORS } from '../../../shared/errors.ts';
import * as ENUMS from '../../../shared/model/enums.ts';
import { en } from '../../../renderer/app/i18n/en.ts';
import { detectLanguage, initI18n, errorText } from '../../../renderer/app/i18n/index.ts';
import { zhCN } from '../../../renderer/app/i18n/zh-CN.ts';

/** key path → value of every leaf. */
function flatten(obj: object, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [k, v] of Object.entries(obj)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (v && typeof v === 'object') for (const [kk, vv] of flatten(v, key)) out.set(kk, vv);
    else out.set(key, v);
  }
  return out;
}

const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

const LANGS = { en: flatten(en), 'zh-CN': flatten(zhCN) };

describe('i18n resources', () => {
  it('have the same keys in both languages', () => {
    const enKeys = [...LANGS.en.keys()];
    const zhKeys = [...LANGS['zh-CN'].keys()];
    expect(enKeys.filter((k) => !LANGS['zh-CN'].has(k)), 'keys missing in zh-CN').toEqual([]);
    expect(zhKeys.filter((k) => !LANGS.en.has(k)), 'keys missing in en').toEqual([]);
  });

  it('have no empty value', () => {
    for (const [lang, map] of Object.entries(LANGS)) {
      for (const [key, value] of map) {
        expect(typeof value, `${lang} ${key}`).toBe('string');
        expect((value as string).trim(), `${lang} ${key}`).not.toBe('');
      }
    }
  });

  it('use the same placeholders in both languages', () => {
    for (const [key, value] of LANGS.en) {
      expect(placeholders(String(LANGS['zh-CN'].get(key))), key).toEqual(placeholders(String(value)));
    }
  });

  it('have a message for every error code', () => {
    for (const code of Object.keys(ERRORS)) {
      expect(LANGS.en.get(`errors.${code}`), code).toBeTruthy();
      expect(LANGS['zh-CN'].get(`errors.${code}`), code).toBeTruthy();
    }
  });

  it('label every value of the enumerations the views show', () => {
    const labelled: Record<string, readonly string[]> = {
      language: ENUMS.LANGUAGES,
      phase_kind: ENUMS.PHASE_KINDS,
      objective_kind: ENUMS.OBJECTIVE_KINDS,
      period_type: ENUMS.PERIOD_TYPES,
      rollup: ENUMS.ROLLUPS,
      feasibility: ENUMS.FEASIBILITY,
      platform_preset: ENUMS.PLATFORM_PRESETS,
      platform_role: ENUMS.PLATFORM_ROLES,
      score_criterion: ENUMS.SCORE_CRITERIA,
      spending_power: ENUMS.SPENDING_POWER,
      gender: ENUMS.GENDERS,
      content_format: ENUMS.CONTENT_FORMATS,
      status_key: ENUMS.STATUS_KEYS,
      tactic: ENUMS.TACTICS,
      task_kind: ENUMS.TASK_KINDS,
      link_type: ENUMS.LINK_TYPES,
      key_date_kind: ENUMS.KEY_DATE_KINDS,
      budget_key: ENUMS.BUDGET_KEYS,
      team_kind: ENUMS.TEAM_KINDS,
      raci_role: ENUMS.RACI_ROLES,
      recurrence: ENUMS.RECURRENCE,
      tool_purpose: ENUMS.TOOL_PURPOSES,
      risk_category: ENUMS.RISK_CATEGORIES,
      risk_strategy: ENUMS.RISK_STRATEGIES,
      risk_status: ENUMS.RISK_STATUSES,
      incident: ENUMS.INCIDENTS,
      severity: ENUMS.SEVERITIES,
      regulation: ENUMS.REGULATIONS,
      compliance_status: ENUMS.COMPLIANCE_STATUSES,
      swot: ENUMS.SWOT,
      pest: ENUMS.PEST,
    };
    for (const [name, values] of Object.entries(labelled)) {
      for (const v of values) expect(LANGS.en.has(`enum.${name}.${v}`), `enum.${name}.${v}`).toBe(true);
    }
  });
});

describe('i18n runtime', () => {
  it('picks the remembered language, else the browser one, else English', () => {
    expect(detectLanguage('zh-CN', ['en-US'])).toBe('zh-CN');
    expect(detectLanguage(null, ['zh-TW', 'en'])).toBe('zh-CN');
    expect(detectLanguage('fr', ['de-DE', 'en-GB'])).toBe('en');
    expect(detectLanguage(null, ['fr-FR'])).toBe('en');
  });

  it('shows an API error in the current language with its params', () => {
    const i18n = initI18n('en');
    const error = { code: 'FILE_NOT_FOUND' as const, params: { path: '/a/b.cplan' } };
    expect(errorText(i18n, error)).toBe('No file at /a/b.cplan.');
    void i18n.changeLanguage('zh-CN');
    expect(errorText(i18n, error)).toBe('找不到文件 /a/b.cplan。');
    // values are not HTML-escaped (React escapes them)
    expect(errorText(i18n, { code: 'FILE_NOT_FOUND', params: { path: '<a&b>' } })).toContain('<a&b>');
  });
});

describe('error params', () => {
  it('shows a timestamp param as a local date and time', () => {
    const i18n = initI18n('en');
    const text = errorText(i18n, { code: 'LOCKED', params: { author: 'Li Wei', user: 'li', host: 'pc', since: '2026-03-01T08:30:00.000Z' } });
    expect(text).toMatch(/^Li Wei \(li on pc\) has this plan open since Mar 1, 2026/);
    expect(text).not.toContain('T08:30');
  });
});
