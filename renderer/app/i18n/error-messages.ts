import { ERRORS, type ErrorCode } from '../../../shared/errors.ts';
import type { Language } from '../../../shared/model/enums.ts';

/** The messages of every error code in one language, with `{param}` turned into i18next's `{{param}}`. */
export function errorMessages(lang: Language): Record<ErrorCode, string> {
  return Object.fromEntries(
    Object.entries(ERRORS).map(([code, text]) => [code, text[lang].replace(/\{(\w+)\}/g, '{{$1}}')]),
  ) as Record<ErrorCode, string>;
}
