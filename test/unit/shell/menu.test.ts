import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../shared/model/enums.ts';
import { menuChannel } from '../../../electron/shell/channels.ts';
import { MENU_LABELS, buildMenuTemplate, menuLanguage, recentLabel, type MenuItemSpec } from '../../../electron/shell/menu.ts';
import { MAIN_COMMANDS, PATH_DIALOGS, RENDERER_COMMANDS, VIEWS, isRendererCommand } from '../../../electron/shell/menuCommands.ts';

type Item = Exclude<MenuItemSpec, { type: 'separator' }>;
const accelerator = (i: Item) => ('accelerator' in i ? i.accelerator : undefined);
const ctx = { lang: 'en' as const, platform: 'linux', recent: [] as string[], home: '/home/li' };

function top(template: MenuItemSpec[], label: string): Item[] {
  const menu = template.find((m) => 'label' in m && m.label.replace(/&/g, '') === label);
  if (!menu || !('submenu' in menu)) throw new Error(`no menu ${label}`);
  return menu.submenu.filter((i): i is Item => !('type' in i));
}

/** Every item of a template, submenus included. */
function flatten(items: MenuItemSpec[]): Item[] {
  return items.flatMap((i) => ('type' in i ? [] : 'submenu' in i ? [i, ...flatten(i.submenu)] : [i]));
}

describe('menu template', () => {
  const template = buildMenuTemplate(ctx);

  it('has File, Edit, View and Help', () => {
    expect(template.map((m) => ('label' in m ? m.label : '-'))).toEqual(['&File', '&Edit', '&View', '&Help']);
  });

  it('File: new, open, recent, save as, export, merge, close, in that order, with accelerators', () => {
    const file = top(template, 'File');
    expect(file.map((i) => ('command' in i ? i.command : 'role' in i ? i.role : i.label))).toEqual(['new', 'open', 'Open Recent', 'saveAs', 'exportCopy', 'merge', 'import', 'export', 'close', 'quit']);
    const acc = Object.fromEntries(file.filter((i) => 'command' in i).map((i) => [(i as { command: string }).command, accelerator(i)]));
    expect(acc).toEqual({ new: 'CmdOrCtrl+N', open: 'CmdOrCtrl+O', saveAs: 'CmdOrCtrl+Shift+S', exportCopy: 'CmdOrCtrl+E', merge: 'CmdOrCtrl+Shift+M', export: 'CmdOrCtrl+Shift+E', close: 'CmdOrCtrl+W' });
    expect(file[0]?.label).toBe('New from Template…');
    expect(file[4]?.label).toBe('Export a Copy for Email…');
    expect(file[5]?.label).toBe('Merge a Colleague’s Copy…');
  });

  it('Edit: plan undo/redo as commands, clipboard as OS roles', () => {
    const edit = top(template, 'Edit');
    expect(edit.slice(0, 2).map((i) => ('command' in i ? [i.command, i.accelerator] : null))).toEqual([['undo', 'CmdOrCtrl+Z'], ['redo', 'CmdOrCtrl+Shift+Z']]);
    expect(edit.filter((i) => 'role' in i).map((i) => ('role' in i ? [i.role, i.accelerator] : null))).toEqual([
      ['cut', 'CmdOrCtrl+X'], ['copy', 'CmdOrCtrl+C'], ['paste', 'CmdOrCtrl+V'], ['selectAll', 'CmdOrCtrl+A'],
    ]);
    const win = top(buildMenuTemplate({ ...ctx, platform: 'win32' }), 'Edit');
    expect(win[1] && accelerator(win[1])).toBe('Ctrl+Y');
  });

  it('View: the nine views on CmdOrCtrl+1…9', () => {
    const views = top(template, 'View').filter((i) => 'command' in i);
    expect(views.map((i) => ('command' in i ? i.command : ''))).toEqual(VIEWS.map((v) => `view:${v}`));
    expect(views.map(accelerator)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9'].map((n) => `CmdOrCtrl+${n}`));
    expect(VIEWS).toHaveLength(9);
  });

  it('Help: About', () => {
    expect(top(template, 'Help').map((i) => ('command' in i ? i.command : ''))).toEqual(['about']);
  });

  it('no accelerator is used twice', () => {
    const accs = flatten(template).map(accelerator).filter(Boolean);
    expect(new Set(accs).size).toBe(accs.length);
    const mac = flatten(buildMenuTemplate({ ...ctx, platform: 'darwin' })).map(accelerator).filter(Boolean);
    expect(new Set(mac).size).toBe(mac.length);
  });

  it('uses only known commands', () => {
    const known = new Set<string>([...MAIN_COMMANDS, ...RENDERER_COMMANDS]);
    for (const item of flatten(template)) if ('command' in item) expect(known.has(item.command), item.command).toBe(true);
  });
});

describe('Open Recent', () => {
  it('lists recent plans, most recent first, each opening its path', () => {
    const t = buildMenuTemplate({ ...ctx, recent: ['/home/li/plans/b.cplan', '/srv/a&b.cplan'] });
    const recent = top(t, 'File').find((i) => i.label === 'Open Recent');
    if (!recent || !('submenu' in recent)) throw new Error('no Open Recent');
    const items = recent.submenu.filter((i): i is Item => !('type' in i));
    expect(items.map((i) => ('command' in i ? [i.label, i.command, i.arg ?? null] : null))).toEqual([
      ['b.cplan — ~/plans', 'openRecent', '/home/li/plans/b.cplan'],
      ['a&&b.cplan — /srv', 'openRecent', '/srv/a&b.cplan'],
      ['Clear Menu', 'clearRecent', null],
    ]);
  });

  it('shows a disabled placeholder when empty', () => {
    const recent = top(buildMenuTemplate(ctx), 'File').find((i) => i.label === 'Open Recent');
    if (!recent || !('submenu' in recent)) throw new Error('no Open Recent');
    const [first] = recent.submenu;
    expect(first).toMatchObject({ label: 'No Recent Plans', enabled: false });
  });

  it('keeps & literal on macOS', () => {
    expect(recentLabel('/Users/li/a&b.cplan', '/Users/li', true)).toBe('a&b.cplan — ~');
  });
});

describe('macOS', () => {
  const t = buildMenuTemplate({ ...ctx, platform: 'darwin' });
  it('adds the application menu and the Window menu, without access keys', () => {
    expect(t.map((m) => ('label' in m ? m.label : '-'))).toEqual(['Campaign Planner', 'File', 'Edit', 'View', 'Window', 'Help']);
    const app = top(t, 'Campaign Planner');
    expect(app.map((i) => ('role' in i ? i.role : 'command' in i ? i.command : ''))).toEqual(['about', 'services', 'hide', 'hideOthers', 'unhide', 'quit']);
  });
  it('has no Quit in File (it is in the application menu)', () => {
    expect(top(t, 'File').some((i) => 'role' in i && i.role === 'quit')).toBe(false);
  });
});

describe('languages', () => {
  it('has every label in both languages, none empty', () => {
    for (const lang of LANGUAGES) {
      expect(Object.keys(MENU_LABELS[lang]).sort()).toEqual(Object.keys(MENU_LABELS.en).sort());
      for (const [key, label] of Object.entries(MENU_LABELS[lang])) expect(label.trim(), `${lang}.${key}`).not.toBe('');
    }
  });

  it('builds the whole menu in Chinese', () => {
    const t = buildMenuTemplate({ ...ctx, lang: 'zh-CN' });
    expect(t.map((m) => ('label' in m ? m.label : '-'))).toEqual(['文件(&F)', '编辑(&E)', '视图(&V)', '帮助(&H)']);
    expect(top(t, '文件(F)')[0]?.label).toBe('从模板新建…');
    expect(top(buildMenuTemplate({ ...ctx, lang: 'zh-CN', platform: 'darwin' }), '文件')[0]?.label).toBe('从模板新建…');
  });

  it('the structure is the same in both languages', () => {
    const shape = (items: MenuItemSpec[]): unknown => items.map((i) => ('type' in i ? '-' : 'submenu' in i ? shape(i.submenu) : 'command' in i ? [i.command, i.accelerator] : [i.role, i.accelerator]));
    expect(shape(buildMenuTemplate({ ...ctx, lang: 'zh-CN' }))).toEqual(shape(buildMenuTemplate(ctx)));
  });

  it('follows the OS locale: Chinese locales get zh-CN, others English', () => {
    for (const l of ['zh-CN', 'zh', 'zh-TW', 'zh-Hans-CN', 'ZH-cn']) expect(menuLanguage(l), l).toBe('zh-CN');
    for (const l of ['en-US', 'de', 'fr-FR', '', 'zhx']) expect(menuLanguage(l), l).toBe('en');
  });
});

describe('commands for the page', () => {
  it('are sent on menu:<command>', () => {
    expect(menuChannel('undo')).toBe('menu:undo');
    expect(menuChannel('view:timeline')).toBe('menu:view:timeline');
  });
  it('undo, redo, the views and the file commands that need the page go to the page; window commands stay in main', () => {
    for (const c of ['undo', 'redo', 'saveAs', 'exportCopy', 'merge', 'import', 'export', 'view:brief'] as const) expect(isRendererCommand(c), c).toBe(true);
    for (const c of MAIN_COMMANDS) expect(isRendererCommand(c), c).toBe(false);
  });
  it('save as and export ask where to save, merge asks which file', () => {
    expect(PATH_DIALOGS).toEqual({ saveAs: 'save', exportCopy: 'save', merge: 'open' });
  });
});
