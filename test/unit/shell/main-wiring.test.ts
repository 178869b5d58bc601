// electron/main.ts cannot run here (no Electron binary), so it is loaded against a small fake of the
// Electron API to check its wiring: start-up, windows, IPC through the guard, titles, the lock, menus.
// The real module is never imported (it throws in plain Node); main.ts is loaded dynamically after
// vi.doMock has put the fake in its place.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { API_METHODS, type Result } from '../../../shared/api.ts';
import { lockPathFor } from '../../../electron/store/lock.ts';

const ELECTRON = ['elec', 'tron'].join('');
const APP_PAGE = 'app://campaign-planner/index.html';

type Listener = (...args: unknown[]) => unknown;

class FakeEmitter {
  listeners = new Map<string, Listener[]>();
  on(event: string, fn: Listener) {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), fn]);
    return this;
  }
  once(event: string, fn: Listener) {
    return this.on(event, fn);
  }
  emit(event: string, ...args: unknown[]) {
    for (const fn of this.listeners.get(event) ?? []) fn(...args);
  }
}

let nextId = 1;
const windows: FakeWindow[] = [];
let focused: FakeWindow | null = null;
const setFocused = (w: FakeWindow | null) => {
  focused = w;
};

class FakeWebContents extends FakeEmitter {
  id = nextId++;
  sent: Array<[string, ...unknown[]]> = [];
  send(channel: string, ...args: unknown[]) {
    this.sent.push([channel, ...args]);
  }
}

class FakeWindow extends FakeEmitter {
  static getFocusedWindow = () => focused;
  webContents = new FakeWebContents();
  title: string;
  url = '';
  destroyed = false;
  focusCount = 0;
  options: { title: string; webPreferences: Record<string, unknown> };
  constructor(options: { title: string; webPreferences: Record<string, unknown> }) {
    super();
    this.options = options;
    this.title = options.title;
    windows.push(this);
    setFocused(this);
  }
  loadURL(url: string) {
    this.url = url;
    return Promise.resolve();
  }
  setTitle(t: string) {
    this.title = t;
  }
  getTitle() {
    return this.title;
  }
  isDestroyed() {
    return this.destroyed;
  }
  isMinimized() {
    return false;
  }
  restore() {}
  show() {}
  focus() {
    this.focusCount++;
    setFocused(this);
  }
  close() {
    // as in Electron: a 'close' listener may prevent it
    let prevented = false;
    this.emit('close', { preventDefault: () => (prevented = true) });
    if (prevented) return;
    this.destroyed = true;
    windows.splice(windows.indexOf(this), 1);
    if (focused === this) focused = windows[0] ?? null;
    this.emit('closed');
  }
}

const app = Object.assign(new FakeEmitter(), {
  userData: '',
  isPackaged: false,
  quitCalled: 0,
  recentDocs: [] as string[],
  requestSingleInstanceLock: () => true,
  enableSandbox: () => {},
  whenReady: () => Promise.resolve(),
  getPreferredSystemLanguages: () => ['en-GB'],
  getLocale: () => 'en-GB',
  getPath: (name: string) => (name === 'userData' ? app.userData : join(app.userData, name)),
  getVersion: () => '0.1.0',
  setAboutPanelOptions: () => {},
  showAboutPanel: () => {},
  addRecentDocument: (p: string) => app.recentDocs.push(p),
  clearRecentDocuments: () => {},
  quit: () => {
    app.quitCalled++;
  },
});

const ipcHandlers = new Map<string, Listener>();
const ipcListeners = new Map<string, Listener>();
const dialogs = {
  save: vi.fn(async (..._a: unknown[]) => ({ canceled: true, filePath: '' })),
  open: vi.fn(async (..._a: unknown[]) => ({ canceled: true, filePaths: [] as string[] })),
  box: vi.fn(async (..._a: unknown[]) => ({ response: 2 })),
};
let menuTemplate: Array<{ label?: string; submenu?: unknown[]; click?: () => void }> = [];
const protocolHandlers = new Map<string, Listener>();
const schemes: unknown[] = [];

const fakeElectron = {
  app,
  BrowserWindow: FakeWindow,
  ipcMain: { handle: (channel: string, fn: Listener) => ipcHandlers.set(channel, fn), on: (channel: string, fn: Listener) => ipcListeners.set(channel, fn) },
  dialog: {
    showSaveDialog: (...a: unknown[]) => dialogs.save(...a),
    showOpenDialog: (...a: unknown[]) => dialogs.open(...a),
    showMessageBox: (...a: unknown[]) => dialogs.box(...a),
  },
  Menu: { buildFromTemplate: (t: typeof menuTemplate) => t, setApplicationMenu: (t: typeof menuTemplate) => (menuTemplate = t) },
  protocol: { registerSchemesAsPrivileged: (s: unknown[]) => schemes.push(...s), handle: (scheme: string, fn: Listener) => protocolHandlers.set(scheme, fn) },
  session: { defaultSession: { setPermissionRequestHandler: () => {}, setPermissionCheckHandler: () => {} } },
  shell: { openExternal: vi.fn(async () => {}) },
};

/** Calls `planner:<method>` as the page of `win` would. */
async function invoke(win: FakeWindow, method: string, args: unknown[] = [], frameUrl = APP_PAGE): Promise<Result<unknown>> {
  const handler = ipcHandlers.get(`planner:${method}`);
  if (!handler) throw new Error(`no handler for ${method}`);
  const event = { sender: win.webContents, senderFrame: { url: frameUrl, parent: null } };
  return (await handler(event, ...args)) as Result<unknown>;
}

function clickMenu(path: string[]): void {
  let items: unknown[] = menuTemplate;
  let item: { label?: string; submenu?: unknown[]; click?: () => void } | undefined;
  for (const label of path) {
    item = (items as Array<{ label?: string; submenu?: unknown[] }>).find((i) => i.label?.replace(/&/g, '') === label);
    if (!item) throw new Error(`no menu item ${label}`);
    items = item.submenu ?? [];
  }
  item?.click?.();
}

let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'cplan-main-'));
  app.userData = join(dir, 'userData');
  vi.doMock(ELECTRON, () => ({ ...fakeElectron, default: fakeElectron }));
  // main.ts runs its start-up on import: with no plan on the command line it makes a sample plan
  // eslint-disable-next-line project/layers -- 'electron' is mocked just above, so main.ts can load here
  await import('../../../electron/main.ts');
  await vi.waitFor(() => expect(windows).toHaveLength(1), { timeout: 20_000 });
}, 30_000);

afterAll(() => {
  for (const w of [...windows]) w.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('start-up', () => {
  it('registers app:// before the app is ready, and serves it', () => {
    expect(schemes).toEqual([expect.objectContaining({ scheme: 'app' })]);
    expect(protocolHandlers.has('app')).toBe(true);
  });

  it('with no file, makes a fresh copy of the sample plan in the user data folder and opens it', () => {
    const samplePath = join(app.userData, 'plans', 'Sample plan.cplan');
    expect(existsSync(samplePath)).toBe(true);
    const [win] = windows;
    expect(win?.url).toBe(APP_PAGE);
    expect(win?.title).toMatch(/ — Sample plan\.cplan$/);
    expect(win?.options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false });
    expect(app.recentDocs).toContain(samplePath);
  });

  it('registers one guarded IPC handler per API method', () => {
    expect([...ipcHandlers.keys()].every((c) => c.startsWith('planner:'))).toBe(true);
    expect([...ipcHandlers.keys()].sort()).toEqual(API_METHODS.map((m) => `planner:${m}`).sort());
  });

  it('builds the application menu', () => {
    expect(menuTemplate.map((m) => m.label?.replace(/&/g, ''))).toEqual(['File', 'Edit', 'View', 'Help']);
  });
});

describe('IPC', () => {
  it('answers the page of a plan window', async () => {
    const win = windows[0]!;
    const r = await invoke(win, 'planInfo');
    expect(r.ok).toBe(true);
    if (r.ok) expect((r.value as { fileName: string }).fileName).toBe('Sample plan.cplan');
  });

  it('refuses a foreign page and a malformed payload', async () => {
    const win = windows[0]!;
    const foreign = await invoke(win, 'planInfo', [], 'https://example.com/');
    expect(foreign.ok || foreign.error.code).toBe('INVALID_REQUEST');
    const bad = await invoke(win, 'openPlan', [{ path: 42 }]);
    expect(bad.ok || bad.error.code).toBe('INVALID_REQUEST');
  });

  it('renames the window when the plan is renamed, and back on undo', async () => {
    const win = windows[0]!;
    const snap = await invoke(win, 'snapshot');
    if (!snap.ok) throw new Error(snap.error.message);
    const settings = (snap.value as { rows: { settings: Array<{ id: string; name: string }> } }).rows.settings[0]!;
    const r = await invoke(win, 'applyChanges', [[{ entity: 'settings', id: settings.id, field: 'name', value: 'Renamed plan' }]]);
    expect(r.ok, JSON.stringify(r)).toBe(true);
    expect(win.title).toBe('Renamed plan — Sample plan.cplan');
    await invoke(win, 'undo');
    expect(win.title).toBe(`${settings.name} — Sample plan.cplan`);
  });
});

describe('more windows', () => {
  let second: FakeWindow;
  const other = () => join(dir, 'other.cplan');

  it('File ▸ New asks for a template and a place, then opens the new plan in its own window', async () => {
    dialogs.box.mockResolvedValueOnce({ response: 1 }); // blank plan
    dialogs.save.mockResolvedValueOnce({ canceled: false, filePath: join(dir, 'other') }); // typed without extension
    clickMenu(['File', 'New from Template…']);
    await vi.waitFor(() => expect(windows).toHaveLength(2));
    second = windows[1]!;
    expect(existsSync(other())).toBe(true);
    expect(second.title).toMatch(/ — other\.cplan$/);
  });

  it('a second launch with an open plan focuses its window instead of opening it twice', async () => {
    const before = second.focusCount;
    app.emit('second-instance', {}, ['exe', other()], dir, { plans: [other()] });
    await vi.waitFor(() => expect(second.focusCount).toBe(before + 1));
    expect(windows).toHaveLength(2);
  });

  it('Save As asks where, then hands the path to the page of the focused window', async () => {
    second.focus();
    dialogs.save.mockResolvedValueOnce({ canceled: false, filePath: join(dir, 'renamed.cplan') });
    clickMenu(['File', 'Save As…']);
    await vi.waitFor(() => expect(second.webContents.sent).toContainEqual(['menu:saveAs', { path: join(dir, 'renamed.cplan') }]));
  });

  it('after the page saves as, the window follows the new file', async () => {
    const r = await invoke(second, 'saveAs', [{ path: join(dir, 'renamed.cplan') }]);
    expect(r.ok, JSON.stringify(r)).toBe(true);
    expect(second.title).toMatch(/ — renamed\.cplan$/);
  });

  it('view and undo commands go straight to the page', () => {
    second.focus();
    clickMenu(['View', 'Timeline']);
    clickMenu(['Edit', 'Undo']);
    expect(second.webContents.sent).toContainEqual(['menu:view:timeline']);
    expect(second.webContents.sent).toContainEqual(['menu:undo']);
  });

  it('a closing window first lets its page save what is being typed, then disposes its service, which releases the plan file lock', async () => {
    const lock = lockPathFor(join(dir, 'renamed.cplan'));
    expect(existsSync(lock)).toBe(true);
    second.close();
    // still open: the page is asked to flush, and the window waits for its answer
    expect(windows).toHaveLength(2);
    expect(second.webContents.sent).toContainEqual(['shell:flush']);
    expect(existsSync(lock)).toBe(true);
    ipcListeners.get('shell:flushed')!({ sender: second.webContents });
    await vi.waitFor(() => expect(windows).toHaveLength(1));
    expect(existsSync(lock)).toBe(false);
    const r = await invoke(second, 'planInfo');
    expect(r.ok || r.error.code).toBe('INVALID_REQUEST');
  });
});
