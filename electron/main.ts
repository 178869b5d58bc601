// The Electron main process: wiring only. Every decision (window options, CSP, navigation, IPC checks,
// the menu, argv, paths) lives in electron/shell/ where it is unit-tested without Electron.
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, shell, type MenuItemConstructorOptions } from 'electron';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { API_METHODS, type ApiMethod, type PlanInfo } from '../shared/api.ts';
import type { Language } from '../shared/model/enums.ts';
import { PlanService } from './services/plan-service.ts';
import { plansFromSecondInstance, plansInArgv, samePlanPath, type SecondInstanceData } from './shell/argv.ts';
import { FLUSH_TIMEOUT_MS, flushChannel, flushedChannel, ipcChannel, menuChannel } from './shell/channels.ts';
import {
  alreadyOpenDialog,
  calendarsFromCheckbox,
  defaultSavePath,
  errorDialog,
  openPlanDialog,
  savePlanDialog,
  templateDialog,
  templateFromButton,
  withPlanExtension,
} from './shell/dialogs.ts';
import type { CalendarName } from '../shared/templates/calendars.ts';
import { guardedHandler } from './shell/ipcGuard.ts';
import { buildMenuTemplate, menuLanguage, type MenuItemSpec } from './shell/menu.ts';
import { PATH_DIALOGS, isRendererCommand, type MenuCommand } from './shell/menuCommands.ts';
import { APP_START_URL, decideNavigation, decidePermission, decideWindowOpen } from './shell/navigation.ts';
import { APP_SCHEME_PRIVILEGES, appResponse } from './shell/protocol.ts';
import { loadRecent, saveRecent, withoutRecent, withRecent } from './shell/recent.ts';
import { defaultAuthor, freshSamplePath, startupAction } from './shell/startup.ts';
import { planWindowOptions, windowTitle } from './shell/windowOptions.ts';

const RENDERER_DIR = join(import.meta.dirname, 'renderer');
const PRELOAD = join(import.meta.dirname, 'preload.cjs');
/** API calls after which the window's file or title may have changed. */
const PLAN_CHANGING: ReadonlySet<ApiMethod> = new Set(['applyChanges', 'undo', 'redo', 'revert', 'merge', 'newPlan', 'openPlan', 'saveAs', 'setAuthor', 'closePlan']);

interface PlanWindow {
  win: BrowserWindow;
  service: PlanService;
  path: string;
  name: string;
}

/** Open plan windows by webContents id: one window, one PlanService, one plan file. */
const windows = new Map<number, PlanWindow>();
/** Pages asked to save before their window closes, by webContents id: called when the page answers. */
const flushing = new Map<number, () => void>();
let quitting = false;
let lang: Language = 'en';
let recent: string[] = [];
let ready = false;
const pendingOpen: string[] = [];
const recentFile = () => join(app.getPath('userData'), 'recent.json');
const plansDir = () => join(app.getPath('userData'), 'plans');

/** Work started from an event handler: a failure is logged, never an unhandled rejection. */
function background(task: Promise<unknown>): void {
  task.catch((err: unknown) => console.error('Campaign Planner:', err));
}

/** Where file dialogs start when no plan is open (some Linux desktops have no Documents folder). */
function documentsDir(): string {
  try {
    return app.getPath('documents');
  } catch {
    return os.homedir();
  }
}

// ---- single instance: a second launch hands its files to this one and quits ----
const firstPlans = plansInArgv(process.argv, process.cwd());
if (!app.requestSingleInstanceLock({ plans: firstPlans } satisfies SecondInstanceData)) {
  app.quit();
} else {
  app.enableSandbox();
  protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);

  app.on('second-instance', (_event, argv, workingDirectory, data) => {
    const plans = plansFromSecondInstance(argv, workingDirectory, data);
    if (plans.length === 0) focus([...windows.values()][0]?.win);
    for (const path of plans) background(openPlan(path));
  });
  // macOS: a .cplan double-clicked in Finder or dropped on the Dock icon (may come before 'ready')
  app.on('open-file', (event, path) => {
    event.preventDefault();
    if (ready) background(openPlan(path));
    else pendingOpen.push(path);
  });
  app.on('web-contents-created', (_event, contents) => {
    const guard = (event: { url: string; preventDefault(): void }) => {
      const decision = decideNavigation(event.url);
      if (decision.allow) return;
      event.preventDefault();
      if (decision.openExternal) background(shell.openExternal(decision.openExternal));
    };
    contents.on('will-navigate', guard);
    contents.on('will-redirect', guard);
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      const decision = decideWindowOpen(url);
      if (decision.openExternal) background(shell.openExternal(decision.openExternal));
      return { action: decision.action };
    });
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (ready && windows.size === 0) background(start([]));
  });
  app.on('before-quit', () => {
    quitting = true;
  });
  app.on('will-quit', () => {
    for (const pw of windows.values()) pw.service.dispose();
    windows.clear();
  });

  background(app.whenReady().then(async () => {
    lang = menuLanguage(app.getPreferredSystemLanguages()[0] ?? app.getLocale());
    recent = loadRecent(recentFile());
    app.setAboutPanelOptions({ applicationName: 'Campaign Planner', applicationVersion: app.getVersion() });
    session.defaultSession.setPermissionRequestHandler((_wc, permission, callback, details) => callback(decidePermission(permission, details.requestingUrl)));
    session.defaultSession.setPermissionCheckHandler((_wc, permission, requestingOrigin) => decidePermission(permission, requestingOrigin));
    protocol.handle(APP_SCHEME_PRIVILEGES.scheme, (request) => appResponse(RENDERER_DIR, request));
    registerIpc();
    buildMenu();
    ready = true;
    await start([...firstPlans, ...pendingOpen.splice(0)]);
  }));
}

// ---- opening plans ----

async function start(argvPlans: string[]): Promise<void> {
  const action = startupAction({ argvPlans, recent, plansDir: plansDir(), lang, exists: existsSync });
  if (action.kind === 'open') for (const path of action.paths) await openPlan(path);
  if (windows.size > 0) return;
  // nothing given, or what was given could not be opened: a fresh copy of the sample plan
  const samplePath = action.kind === 'sample' ? action.path : freshSamplePath(plansDir(), lang, existsSync);
  mkdirSync(dirname(samplePath), { recursive: true });
  await createPlan(samplePath, 'sample', false);
  if (windows.size === 0) app.quit();
}

function windowFor(path: string): PlanWindow | undefined {
  return [...windows.values()].find((pw) => samePlanPath(pw.path, path, process.platform));
}

function focus(win: BrowserWindow | undefined): void {
  if (!win) return;
  if (win.isMinimized()) win.restore();
  win.focus();
}

/**
 * The PDF report printed by the app's own Chromium: a hidden window with scripts off loads the report
 * page from a temporary file and prints it (A4, the page's own @page margins, backgrounds for table fills).
 */
async function printPdf(html: string): Promise<Buffer> {
  const dir = mkdtempSync(join(os.tmpdir(), 'cplan-pdf-'));
  const win = new BrowserWindow({ show: false, webPreferences: { javascript: false, sandbox: true, contextIsolation: true, nodeIntegration: false } });
  try {
    const file = join(dir, 'report.html');
    writeFileSync(file, html);
    await win.loadFile(file);
    return await win.webContents.printToPDF({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true });
  } finally {
    win.destroy();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function openPlan(path: string): Promise<void> {
  const open = windowFor(path);
  if (open) return focus(open.win);
  const service = new PlanService({ author: defaultAuthor(os.userInfo), printPdf });
  const result = await service.openPlan({ path });
  if (!result.ok) {
    service.dispose();
    if (result.error.code === 'FILE_NOT_FOUND') forget(path);
    await dialog.showMessageBox(errorDialog(lang, result.error));
    return;
  }
  showPlanWindow(service, result.value);
}

/** `overwrite` only when the user has already agreed to replace that very file (in the save dialog). */
async function createPlan(path: string, template: 'sample' | 'blank', overwrite: boolean, calendars: CalendarName[] = []): Promise<void> {
  if (windowFor(path)) {
    await dialog.showMessageBox(alreadyOpenDialog(lang));
    return;
  }
  const service = new PlanService({ author: defaultAuthor(os.userInfo), printPdf });
  const result = await service.newPlan({ path, template, lang, calendars, overwrite });
  if (!result.ok) {
    service.dispose();
    await dialog.showMessageBox(errorDialog(lang, result.error));
    return;
  }
  showPlanWindow(service, result.value);
}

function showPlanWindow(service: PlanService, info: PlanInfo): void {
  const win = new BrowserWindow(planWindowOptions({ preloadPath: PRELOAD, apiMethods: API_METHODS, title: windowTitle(info, lang), devTools: !app.isPackaged }));
  const id = win.webContents.id;
  windows.set(id, { win, service, path: info.path, name: info.name });
  remember(info.path);
  win.on('page-title-updated', (event) => event.preventDefault());
  win.once('ready-to-show', () => win.show());
  // every edit goes to the file as it is made; what is still being typed is saved before the window goes
  let flushed = false;
  win.on('close', (event) => {
    if (flushed) return;
    event.preventDefault();
    background(
      flushPage(win).then(() => {
        flushed = true;
        if (!win.isDestroyed()) win.close();
        // a prevented close cancels a quit: carry it on
        if (quitting) app.quit();
      }),
    );
  });
  win.on('closed', () => {
    windows.delete(id);
    service.dispose();
  });
  background(win.loadURL(APP_START_URL));
}

/** Asks the page to save what is still being typed; resolves when it answers, or after FLUSH_TIMEOUT_MS. */
function flushPage(win: BrowserWindow): Promise<void> {
  const id = win.webContents.id;
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      flushing.delete(id);
      resolve();
    };
    const timer = setTimeout(done, FLUSH_TIMEOUT_MS);
    flushing.set(id, done);
    win.webContents.send(flushChannel);
  });
}

/** After a call that may have changed the window's file or the plan's name: title, path, recent list. */
async function refreshWindow(id: number): Promise<void> {
  const pw = windows.get(id);
  if (!pw || pw.win.isDestroyed()) return;
  const info = await pw.service.planInfo();
  if (!info.ok) {
    pw.win.setTitle('Campaign Planner');
    return;
  }
  pw.win.setTitle(windowTitle(info.value, lang));
  pw.name = info.value.name;
  if (info.value.path !== pw.path) {
    pw.path = info.value.path;
    remember(pw.path);
  }
}

function remember(path: string): void {
  recent = withRecent(recent, path);
  app.addRecentDocument(path);
  persistRecent();
}

function forget(path: string): void {
  recent = withoutRecent(recent, path);
  persistRecent();
}

function persistRecent(): void {
  try {
    saveRecent(recentFile(), recent);
  } catch (err) {
    console.warn('could not save the recent plans list:', err);
  }
  buildMenu();
}

// ---- IPC: one handler per API method, each checked by ipcGuard ----

function registerIpc(): void {
  ipcMain.on(flushedChannel, (event) => flushing.get(event.sender.id)?.());
  for (const method of API_METHODS) {
    const handle = guardedHandler(method, (senderId) => windows.get(senderId)?.service);
    ipcMain.handle(ipcChannel(method), async (event, ...args: unknown[]) => {
      const frame = event.senderFrame;
      const result = await handle({ senderId: event.sender.id, frameUrl: frame?.url, isMainFrame: !!frame && frame.parent === null, args });
      if (result.ok && PLAN_CHANGING.has(method)) await refreshWindow(event.sender.id);
      return result;
    });
  }
}

// ---- the application menu ----

function buildMenu(): void {
  const template = buildMenuTemplate({ lang, platform: process.platform, recent, home: os.homedir() });
  Menu.setApplicationMenu(Menu.buildFromTemplate(toElectron(template)));
}

function toElectron(items: MenuItemSpec[]): MenuItemConstructorOptions[] {
  return items.map((item): MenuItemConstructorOptions => {
    if ('type' in item) return { type: 'separator' };
    if ('submenu' in item) return { label: item.label, submenu: toElectron(item.submenu) };
    if ('role' in item) return { label: item.label, role: item.role, accelerator: item.accelerator };
    return { label: item.label, accelerator: item.accelerator, enabled: item.enabled ?? true, click: () => background(onMenu(item.command, item.arg)) };
  });
}

async function onMenu(command: MenuCommand, arg?: string): Promise<void> {
  const focused = BrowserWindow.getFocusedWindow() ?? undefined;
  const pw = focused ? windows.get(focused.webContents.id) : undefined;
  const plan = pw ? { path: pw.path, name: pw.name } : null;
  switch (command) {
    case 'new': {
      const answer = await dialog.showMessageBox(templateDialog(lang));
      const choice = templateFromButton(answer.response);
      if (!choice) return;
      const saved = await dialog.showSaveDialog(savePlanDialog(lang, 'new', defaultSavePath(lang, 'new', plan, documentsDir())));
      if (saved.canceled || !saved.filePath) return;
      const path = withPlanExtension(saved.filePath);
      // the dialog asked before replacing saved.filePath; a name typed without .cplan was not checked
      await createPlan(path, choice, path === saved.filePath, calendarsFromCheckbox(answer.checkboxChecked));
      return;
    }
    case 'open': {
      const picked = await dialog.showOpenDialog(openPlanDialog(lang, 'open', pw ? dirname(pw.path) : documentsDir()));
      for (const path of picked.filePaths) await openPlan(path);
      return;
    }
    case 'openRecent':
      if (arg) await openPlan(arg);
      return;
    case 'clearRecent':
      recent = [];
      app.clearRecentDocuments();
      persistRecent();
      return;
    case 'close':
      focused?.close();
      return;
    case 'about':
      app.showAboutPanel();
      return;
  }
  if (!pw || !isRendererCommand(command)) return;
  const dialogKind = PATH_DIALOGS[command];
  if (!dialogKind) {
    pw.win.webContents.send(menuChannel(command));
    return;
  }
  let path: string | undefined;
  if (dialogKind === 'save') {
    const purpose = command === 'saveAs' ? 'saveAs' : 'exportCopy';
    const saved = await dialog.showSaveDialog(pw.win, savePlanDialog(lang, purpose, defaultSavePath(lang, purpose, plan, documentsDir())));
    path = saved.canceled || !saved.filePath ? undefined : withPlanExtension(saved.filePath);
  } else {
    const picked = await dialog.showOpenDialog(pw.win, openPlanDialog(lang, 'merge', dirname(pw.path)));
    path = picked.filePaths[0];
  }
  if (path && !pw.win.isDestroyed()) pw.win.webContents.send(menuChannel(command), { path });
}
