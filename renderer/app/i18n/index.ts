import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { ApiError } from '../../../shared/errors.ts';
import { LANGUAGES, type Language } from '../../../shared/model/enums.ts';
import { en } from './en.ts';
import { zhCN } from './zh-CN.ts';

const RESOURCES = { en, 'zh-CN': zhCN } as const;

const STORAGE_KEY = 'campaign-planner.language';

function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** The remembered language, else the browser's (any Chinese → zh-CN), else English. */
export function detectLanguage(stored: string | null, browser: readonly string[]): Language {
  if (isLanguage(stored)) return stored;
  for (const tag of browser) {
    const lower = tag.toLowerCase();
    if (lower.startsWith('zh')) return 'zh-CN';
    if (lower.startsWith('en')) return 'en';
  }
  return 'en';
}

function readStored(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

/** Starts i18next with both languages bundled (no loading), in the detected language. */
export function initI18n(lang?: Language): i18n {
  const instance = i18next.createInstance();
  const browser = typeof navigator === 'undefined' ? [] : navigator.languages?.length ? navigator.languages : [navigator.language];
  void instance.use(initReactI18next).init({
    resources: { en: { translation: RESOURCES.en }, 'zh-CN': { translation: RESOURCES['zh-CN'] } },
    lng: lang ?? detectLanguage(readStored(), browser),
    fallbackLng: 'en',
    supportedLngs: [...LANGUAGES],
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
  });
  const sync = (lng: string) => {
    if (typeof document !== 'undefined') document.documentElement.lang = lng;
  };
  sync(instance.language);
  instance.on('languageChanged', sync);
  return instance;
}

/** Switches the language and remembers it for the next start. */
export function setLanguage(instance: i18n, lang: Language): void {
  void instance.changeLanguage(lang);
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // storage may be disabled; the choice then lasts for this session only
  }
}

export function currentLanguage(instance: i18n): Language {
  return isLanguage(instance.language) ? instance.language : 'en';
}

const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** An API error in the user's language, from its code and params (timestamps shown as local date and time). */
export function errorText(instance: Pick<i18n, 't' | 'language'>, error: Pick<ApiError, 'code' | 'params'>): string {
  const when = new Intl.DateTimeFormat(instance.language, { dateStyle: 'medium', timeStyle: 'short' });
  const params = Object.fromEntries(
    Object.entries(error.params).map(([k, v]) => {
      const ms = typeof v === 'string' && ISO_TIMESTAMP.test(v) ? Date.parse(v) : Number.NaN;
      return [k, Number.isNaN(ms) ? v : when.format(ms)];
    }),
  );
  return instance.t(`errors.${error.code}`, params);
}
