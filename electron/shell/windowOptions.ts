import type { Language } from '../../shared/model/enums.ts';
import { methodsSwitch } from './channels.ts';

/** The options of a plan window (a subset of Electron's BrowserWindowConstructorOptions, as plain data). */
export interface PlanWindowOptions {
  width: number;
  height: number;
  minWidth: number;
  minHeight: number;
  title: string;
  show: boolean;
  backgroundColor: string;
  icon?: string;
  webPreferences: {
    preload: string;
    contextIsolation: true;
    sandbox: true;
    nodeIntegration: false;
    nodeIntegrationInWorker: false;
    nodeIntegrationInSubFrames: false;
    webSecurity: true;
    allowRunningInsecureContent: false;
    experimentalFeatures: false;
    webviewTag: false;
    navigateOnDragDrop: false;
    safeDialogs: true;
    spellcheck: false;
    devTools: boolean;
    additionalArguments: string[];
  };
}

export function planWindowOptions(opts: { preloadPath: string; apiMethods: readonly string[]; title: string; devTools: boolean; icon?: string }): PlanWindowOptions {
  return {
    width: 1360,
    height: 860,
    minWidth: 960,
    minHeight: 600,
    title: opts.title,
    // shown on 'ready-to-show', so the window never flashes white before the app paints
    show: false,
    backgroundColor: '#f7f8fa',
    ...(opts.icon ? { icon: opts.icon } : {}),
    webPreferences: {
      preload: opts.preloadPath,
      // the page sees only what preload hands over through contextBridge (window.planner)
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      // a file dropped on the window must not replace the app with that file
      navigateOnDragDrop: false,
      safeDialogs: true,
      // plans are often bilingual: the OS checker would underline every other word
      spellcheck: false,
      devTools: opts.devTools,
      // the preload learns the API's method names from this switch
      additionalArguments: [methodsSwitch(opts.apiMethods)],
    },
  };
}

/** "Plan name — file.cplan", marked when the plan is open read-only. */
export function windowTitle(info: { name: string; fileName: string; readOnly: unknown }, lang: Language): string {
  const base = info.name && info.name !== info.fileName ? `${info.name} — ${info.fileName}` : info.fileName;
  if (!info.readOnly) return base;
  return `${base} ${lang === 'zh-CN' ? '（只读）' : '(read-only)'}`;
}
