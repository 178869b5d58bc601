import { basename, dirname, join } from 'node:path';
import { formatError, type ApiError } from '../../shared/errors.ts';
import type { Language } from '../../shared/model/enums.ts';
import { CALENDAR_NAMES, type CalendarName } from '../../shared/templates/calendars.ts';
import { PLAN_EXTENSION, isPlanPath } from './argv.ts';

/** The native dialogs of the File menu, as plain option objects for Electron's `dialog`. */
const TEXT = {
  en: {
    fileType: 'Campaign Plan',
    openTitle: 'Open a plan',
    mergeTitle: 'Merge a colleague’s copy of this plan',
    newTitle: 'Where to keep the new plan',
    saveAsTitle: 'Save the plan as',
    exportTitle: 'Export a copy for email',
    newPlanName: 'New plan',
    copySuffix: ' (copy)',
    templateMessage: 'Start the new plan from which template?',
    templateDetail: 'The sample plan is a complete example campaign to learn from; the blank plan has only the basic structure.',
    sample: 'Sample plan',
    blank: 'Blank plan',
    calendars: 'Add the 2026 key dates: China’s 2026 public holidays and make-up workdays, shopping festivals (618, Double 11, Double 12…), FIFA World Cup 2026',
    cancel: 'Cancel',
    errorTitle: 'Campaign Planner',
    alreadyOpen: 'This plan is open in another window; close that window first.',
  },
  'zh-CN': {
    fileType: '营销计划',
    openTitle: '打开计划',
    mergeTitle: '合并同事的计划副本',
    newTitle: '新计划的保存位置',
    saveAsTitle: '计划另存为',
    exportTitle: '导出副本（用于邮件发送）',
    newPlanName: '新计划',
    copySuffix: '（副本）',
    templateMessage: '新计划使用哪个模板？',
    templateDetail: '示例计划是一个完整的示例活动，可供参考；空白计划只包含基本结构。',
    sample: '示例计划',
    blank: '空白计划',
    calendars: '加入 2026 年关键日期：2026 年法定节假日与调休上班日、购物节（618、双 11、双 12…）、2026 年国际足联世界杯',
    cancel: '取消',
    errorTitle: 'Campaign Planner',
    alreadyOpen: '此计划已在另一个窗口中打开，请先关闭该窗口。',
  },
} as const satisfies Record<Language, Record<string, string>>;

export const DIALOG_TEXT: Record<Language, Record<keyof (typeof TEXT)['en'], string>> = TEXT;

const filters = (lang: Language) => [{ name: TEXT[lang].fileType, extensions: [PLAN_EXTENSION.slice(1)] }];

/** File ▸ Open… (several plans at once) and File ▸ Merge… (one colleague's copy). */
export function openPlanDialog(lang: Language, purpose: 'open' | 'merge', defaultPath?: string): { title: string; defaultPath?: string; filters: { name: string; extensions: string[] }[]; properties: Array<'openFile' | 'multiSelections'> } {
  return {
    title: purpose === 'open' ? TEXT[lang].openTitle : TEXT[lang].mergeTitle,
    ...(defaultPath ? { defaultPath } : {}),
    filters: filters(lang),
    properties: purpose === 'open' ? ['openFile', 'multiSelections'] : ['openFile'],
  };
}

/** File ▸ New, Save As… and Export a copy: where to write a plan file. */
export function savePlanDialog(lang: Language, purpose: 'new' | 'saveAs' | 'exportCopy', defaultPath: string): { title: string; defaultPath: string; filters: { name: string; extensions: string[] }[]; properties: Array<'createDirectory' | 'showOverwriteConfirmation'> } {
  const title = { new: TEXT[lang].newTitle, saveAs: TEXT[lang].saveAsTitle, exportCopy: TEXT[lang].exportTitle }[purpose];
  return {
    title,
    defaultPath,
    filters: filters(lang),
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
}

/** The path a save dialog answered, with `.cplan` added when the user typed a name without it (Linux dialogs do not add it). */
export function withPlanExtension(path: string): string {
  return isPlanPath(path) ? path : `${path}${PLAN_EXTENSION}`;
}

/** A file name from a plan name: characters no file system accepts are replaced, length is capped. */
export function planFileName(name: string): string {
  const clean = name.replace(/[<>:"/\\|?*\u0000-\u001f]/g, '-').replace(/\s+/g, ' ').trim().replace(/[. ]+$/, '');
  return `${clean.slice(0, 120) || 'plan'}${PLAN_EXTENSION}`;
}

/** Where the save dialog starts: beside the open plan, named for the plan (plus "(copy)" for an export). */
export function defaultSavePath(lang: Language, purpose: 'new' | 'saveAs' | 'exportCopy', plan: { path: string; name: string } | null, documentsDir: string): string {
  if (purpose === 'new' || !plan) return join(plan ? dirname(plan.path) : documentsDir, planFileName(TEXT[lang].newPlanName));
  const name = plan.name || basename(plan.path, PLAN_EXTENSION);
  return join(dirname(plan.path), planFileName(purpose === 'exportCopy' ? `${name}${TEXT[lang].copySuffix}` : name));
}

export type TemplateChoice = 'sample' | 'blank' | null;

/** File ▸ New: which template; the answer's button index maps through `templateFromButton`. */
export function templateDialog(lang: Language) {
  const t = TEXT[lang];
  return {
    type: 'question' as const,
    title: t.errorTitle,
    message: t.templateMessage,
    detail: t.templateDetail,
    buttons: [t.sample, t.blank, t.cancel],
    defaultId: 0,
    cancelId: 2,
    noLink: true,
    // the planner schedules on working days: without the public holidays a blank plan would count them as workdays
    checkboxLabel: t.calendars,
    checkboxChecked: true,
  };
}

/** The calendars the new plan starts with, from the dialog's checkbox. */
export function calendarsFromCheckbox(checked: boolean): CalendarName[] {
  return checked ? [...CALENDAR_NAMES] : [];
}

export function templateFromButton(index: number): TemplateChoice {
  return index === 0 ? 'sample' : index === 1 ? 'blank' : null;
}

/** An error from the backend as a native message box, in the menu's language. */
export function errorDialog(lang: Language, error: ApiError) {
  return { type: 'error' as const, title: TEXT[lang].errorTitle, message: formatError(error.code, error.params, lang) };
}

export function alreadyOpenDialog(lang: Language) {
  return { type: 'info' as const, title: TEXT[lang].errorTitle, message: TEXT[lang].alreadyOpen };
}
