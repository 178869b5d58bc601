import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../shared/model/enums.ts';
import { DIALOG_TEXT, defaultSavePath, errorDialog, openPlanDialog, planFileName, savePlanDialog, templateDialog, templateFromButton, withPlanExtension, calendarsFromCheckbox } from '../../../electron/shell/dialogs.ts';

describe('file dialogs', () => {
  it('show only plan files', () => {
    expect(openPlanDialog('en', 'open').filters).toEqual([{ name: 'Campaign Plan', extensions: ['cplan'] }]);
    expect(savePlanDialog('zh-CN', 'saveAs', '/x.cplan').filters).toEqual([{ name: '营销计划', extensions: ['cplan'] }]);
  });

  it('open several plans at once, but merge one copy at a time', () => {
    expect(openPlanDialog('en', 'open').properties).toEqual(['openFile', 'multiSelections']);
    expect(openPlanDialog('en', 'merge').properties).toEqual(['openFile']);
  });

  it('ask before replacing a file', () => {
    expect(savePlanDialog('en', 'exportCopy', '/x.cplan').properties).toContain('showOverwriteConfirmation');
  });

  it('add .cplan when the user typed a bare name', () => {
    expect(withPlanExtension('/home/li/spring')).toBe('/home/li/spring.cplan');
    expect(withPlanExtension('/home/li/spring.cplan')).toBe('/home/li/spring.cplan');
    expect(withPlanExtension('/home/li/spring.CPLAN')).toBe('/home/li/spring.CPLAN');
  });

  it('start beside the open plan, named for it; an export is marked as a copy', () => {
    const plan = { path: '/home/li/plans/spring.cplan', name: 'Spring launch' };
    expect(defaultSavePath('en', 'saveAs', plan, '/home/li/Documents')).toBe('/home/li/plans/Spring launch.cplan');
    expect(defaultSavePath('en', 'exportCopy', plan, '/home/li/Documents')).toBe('/home/li/plans/Spring launch (copy).cplan');
    expect(defaultSavePath('zh-CN', 'exportCopy', plan, '/d')).toBe('/home/li/plans/Spring launch（副本）.cplan');
    expect(defaultSavePath('en', 'new', null, '/home/li/Documents')).toBe('/home/li/Documents/New plan.cplan');
  });

  it('make safe file names from plan names', () => {
    expect(planFileName('Q3: "Launch" / 618?')).toBe('Q3- -Launch- - 618-.cplan');
    expect(planFileName('   ')).toBe('plan.cplan');
    expect(planFileName('a.')).toBe('a.cplan');
    expect(planFileName('x'.repeat(300))).toHaveLength(120 + '.cplan'.length);
  });
});

describe('new plan template choice', () => {
  it('offers sample, blank or cancel', () => {
    expect(templateDialog('en').buttons).toEqual(['Sample plan', 'Blank plan', 'Cancel']);
    expect(templateDialog('en').cancelId).toBe(2);
    expect([0, 1, 2, -1].map(templateFromButton)).toEqual(['sample', 'blank', null, null]);
  });

  it('offers the bundled 2026 calendars for the new plan, ticked, in both languages', () => {
    expect(templateDialog('en')).toMatchObject({ checkboxChecked: true, checkboxLabel: expect.stringContaining('China’s 2026 public holidays and make-up workdays') });
    expect(templateDialog('zh-CN').checkboxLabel).toContain('2026 年法定节假日与调休上班日');
    expect(calendarsFromCheckbox(true)).toEqual(['cn-2026', 'shopping', 'worldcup']);
    expect(calendarsFromCheckbox(false)).toEqual([]);
  });
});

describe('errors', () => {
  it('are shown in the menu language from the error code', () => {
    const error = { code: 'FILE_NOT_FOUND' as const, message: 'No file at /x.cplan.', params: { path: '/x.cplan' } };
    expect(errorDialog('en', error).message).toBe('No file at /x.cplan.');
    expect(errorDialog('zh-CN', error).message).toBe('找不到文件 /x.cplan。');
  });
});

describe('dialog text', () => {
  it('exists in both languages', () => {
    for (const lang of LANGUAGES) {
      expect(Object.keys(DIALOG_TEXT[lang]).sort()).toEqual(Object.keys(DIALOG_TEXT.en).sort());
      for (const [k, v] of Object.entries(DIALOG_TEXT[lang])) expect(v.trim(), `${lang}.${k}`).not.toBe('');
    }
  });
});
