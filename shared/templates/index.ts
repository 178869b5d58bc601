import type { Change } from '../model/change.ts';
import type { Language } from '../model/enums.ts';
import { blank } from './blank.ts';
import { sample } from './sample/index.ts';

export { KEY_DATES_2026, keyDateRecords, type KeyDateSeed } from './keyDates2026.ts';

/** The plans a new file can start from; each is the list of changes the store applies to an empty plan. */
export const TEMPLATES = { sample, blank } as const;
export type TemplateName = keyof typeof TEMPLATES;

export function buildTemplate(name: TemplateName, lang: Language): Change[] {
  const build = TEMPLATES[name];
  if (!build) throw new Error(`unknown template: ${String(name)}`);
  return build(lang);
}
