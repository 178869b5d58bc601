import { basename, dirname } from 'node:path';
import type { Language } from '../../shared/model/enums.ts';
import { VIEWS, type MenuCommand } from './menuCommands.ts';

/** Electron menu roles the template uses (the OS supplies their behaviour). */
export type MenuRole =
  | 'cut' | 'copy' | 'paste' | 'selectAll' | 'about' | 'services' | 'hide' | 'hideOthers' | 'unhide' | 'quit'
  | 'resetZoom' | 'zoomIn' | 'zoomOut' | 'togglefullscreen' | 'minimize' | 'zoom' | 'front';

/** A menu item as plain data; main.ts turns `command` items into clicks. */
export type MenuItemSpec =
  | { type: 'separator' }
  | { label: string; role: MenuRole; accelerator?: string }
  | { label: string; command: MenuCommand; accelerator?: string; arg?: string; enabled?: boolean }
  | { label: string; submenu: MenuItemSpec[] };

const LABELS = {
  en: {
    app: 'Campaign Planner', file: '&File', new: 'New from Template…', open: 'Open…', openRecent: 'Open Recent',
    noRecent: 'No Recent Plans', clearRecent: 'Clear Menu', saveAs: 'Save As…', exportCopy: 'Export a Copy for Email…', exportAs: 'Export…', importFrom: 'Import…',
    merge: 'Merge a Colleague’s Copy…', close: 'Close', quit: 'Quit Campaign Planner', edit: '&Edit', undo: 'Undo',
    redo: 'Redo', cut: 'Cut', copy: 'Copy', paste: 'Paste', selectAll: 'Select All', view: '&View',
    overview: 'Overview', timeline: 'Timeline', content: 'Content', budget: 'Budget', risks: 'Risks', goals: 'Goals',
    audience: 'Audience and Platforms', team: 'Team', brief: 'Brief', resetZoom: 'Actual Size', zoomIn: 'Zoom In',
    zoomOut: 'Zoom Out', fullScreen: 'Toggle Full Screen', window: '&Window', minimize: 'Minimize', zoom: 'Zoom',
    front: 'Bring All to Front', help: '&Help', about: 'About Campaign Planner', services: 'Services',
    hide: 'Hide Campaign Planner', hideOthers: 'Hide Others', unhide: 'Show All',
  },
  'zh-CN': {
    app: 'Campaign Planner', file: '文件(&F)', new: '从模板新建…', open: '打开…', openRecent: '最近打开',
    noRecent: '没有最近打开的计划', clearRecent: '清除菜单', saveAs: '另存为…', exportCopy: '导出副本（用于邮件发送）…', exportAs: '导出…', importFrom: '导入…',
    merge: '合并同事的副本…', close: '关闭', quit: '退出 Campaign Planner', edit: '编辑(&E)', undo: '撤销',
    redo: '重做', cut: '剪切', copy: '复制', paste: '粘贴', selectAll: '全选', view: '视图(&V)',
    overview: '概览', timeline: '时间线', content: '内容', budget: '预算', risks: '风险', goals: '目标',
    audience: '受众与平台', team: '团队', brief: '简报', resetZoom: '实际大小', zoomIn: '放大',
    zoomOut: '缩小', fullScreen: '切换全屏', window: '窗口(&W)', minimize: '最小化', zoom: '缩放',
    front: '全部置于顶层', help: '帮助(&H)', about: '关于 Campaign Planner', services: '服务',
    hide: '隐藏 Campaign Planner', hideOthers: '隐藏其他', unhide: '全部显示',
  },
} as const satisfies Record<Language, Record<string, string>>;

export type MenuLabelKey = keyof (typeof LABELS)['en'];
export const MENU_LABELS: Record<Language, Record<MenuLabelKey, string>> = LABELS;

/** The menu language for an OS locale: Chinese locales get zh-CN, every other one English. */
export function menuLanguage(locale: string): Language {
  return /^zh\b/i.test(locale) ? 'zh-CN' : 'en';
}

/** `&` marks an access key on Windows and Linux; macOS has none, so it is dropped there. */
function topLabel(label: string, isMac: boolean): string {
  return isMac ? label.replace(/\(&\w\)$/, '').replace(/&(?!&)/g, '') : label;
}

/** A recent plan as a menu label: "file.cplan — ~/folder" (an `&` in a path is doubled so it stays literal). */
export function recentLabel(path: string, home: string, isMac: boolean): string {
  const dir = dirname(path);
  const shortDir = home && (dir === home || dir.startsWith(home + '/') || dir.startsWith(home + '\\')) ? '~' + dir.slice(home.length) : dir;
  const label = `${basename(path)} — ${shortDir}`;
  return isMac ? label : label.replace(/&/g, '&&');
}

export interface MenuContext {
  lang: Language;
  platform: string;
  /** recent plans, most recent first */
  recent: readonly string[];
  home: string;
}

/** The application menu as plain data, for one language and platform. */
export function buildMenuTemplate(ctx: MenuContext): MenuItemSpec[] {
  const t = MENU_LABELS[ctx.lang];
  const isMac = ctx.platform === 'darwin';
  const sep = { type: 'separator' } as const;
  const top = (label: string, submenu: MenuItemSpec[]): MenuItemSpec => ({ label: topLabel(label, isMac), submenu });

  const recent: MenuItemSpec[] =
    ctx.recent.length === 0
      ? [{ label: t.noRecent, command: 'openRecent', enabled: false }]
      : ctx.recent.map((path) => ({ label: recentLabel(path, ctx.home, isMac), command: 'openRecent', arg: path }));

  const file: MenuItemSpec[] = [
    { label: t.new, command: 'new', accelerator: 'CmdOrCtrl+N' },
    { label: t.open, command: 'open', accelerator: 'CmdOrCtrl+O' },
    { label: t.openRecent, submenu: [...recent, sep, { label: t.clearRecent, command: 'clearRecent', enabled: ctx.recent.length > 0 }] },
    sep,
    { label: t.saveAs, command: 'saveAs', accelerator: 'CmdOrCtrl+Shift+S' },
    { label: t.exportCopy, command: 'exportCopy', accelerator: 'CmdOrCtrl+E' },
    { label: t.merge, command: 'merge', accelerator: 'CmdOrCtrl+Shift+M' },
    sep,
    { label: t.importFrom, command: 'import' },
    { label: t.exportAs, command: 'export', accelerator: 'CmdOrCtrl+Shift+E' },
    sep,
    { label: t.close, command: 'close', accelerator: 'CmdOrCtrl+W' },
    ...(isMac ? [] : [sep, { label: t.quit, role: 'quit', accelerator: 'CmdOrCtrl+Q' } as const]),
  ];

  const edit: MenuItemSpec[] = [
    { label: t.undo, command: 'undo', accelerator: 'CmdOrCtrl+Z' },
    { label: t.redo, command: 'redo', accelerator: ctx.platform === 'win32' ? 'Ctrl+Y' : 'CmdOrCtrl+Shift+Z' },
    sep,
    { label: t.cut, role: 'cut', accelerator: 'CmdOrCtrl+X' },
    { label: t.copy, role: 'copy', accelerator: 'CmdOrCtrl+C' },
    { label: t.paste, role: 'paste', accelerator: 'CmdOrCtrl+V' },
    { label: t.selectAll, role: 'selectAll', accelerator: 'CmdOrCtrl+A' },
  ];

  const view: MenuItemSpec[] = [
    ...VIEWS.map((v, i): MenuItemSpec => ({ label: t[v], command: `view:${v}`, accelerator: `CmdOrCtrl+${i + 1}` })),
    sep,
    { label: t.resetZoom, role: 'resetZoom', accelerator: 'CmdOrCtrl+0' },
    { label: t.zoomIn, role: 'zoomIn', accelerator: 'CmdOrCtrl+=' },
    { label: t.zoomOut, role: 'zoomOut', accelerator: 'CmdOrCtrl+-' },
    sep,
    { label: t.fullScreen, role: 'togglefullscreen', accelerator: isMac ? 'Ctrl+Cmd+F' : 'F11' },
  ];

  const help: MenuItemSpec[] = [{ label: t.about, command: 'about' }];

  const appMenu: MenuItemSpec[] = isMac
    ? [
        top(t.app, [
          { label: t.about, command: 'about' },
          sep,
          { label: t.services, role: 'services' },
          sep,
          { label: t.hide, role: 'hide', accelerator: 'Cmd+H' },
          { label: t.hideOthers, role: 'hideOthers', accelerator: 'Cmd+Alt+H' },
          { label: t.unhide, role: 'unhide' },
          sep,
          { label: t.quit, role: 'quit', accelerator: 'Cmd+Q' },
        ]),
      ]
    : [];
  const windowMenu: MenuItemSpec[] = isMac
    ? [top(t.window, [{ label: t.minimize, role: 'minimize', accelerator: 'Cmd+M' }, { label: t.zoom, role: 'zoom' }, sep, { label: t.front, role: 'front' }])]
    : [];

  return [...appMenu, top(t.file, file), top(t.edit, edit), top(t.view, view), ...windowMenu, top(t.help, help)];
}
