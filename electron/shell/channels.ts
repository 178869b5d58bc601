// The IPC channel names shared by main.ts and preload.ts. Node-free and zod-free: the sandboxed preload
// bundles it, and the preload should stay a few kilobytes.
import type { ApiMethod } from '../../shared/api.ts';
import type { RendererCommand } from './menuCommands.ts';

/** An API call from the page: `ipcRenderer.invoke('planner:<method>', ...args)`. */
export const ipcChannel = (method: ApiMethod): string => `planner:${method}`;

/** A menu command for the page: `webContents.send('menu:<command>', payload?)`. */
export const menuChannel = (command: RendererCommand): string => `menu:${command}`;

/**
 * The API method names reach the preload as a command-line switch of the page's process
 * (webPreferences.additionalArguments): API_METHODS stays the one list, and the preload does not have to
 * bundle shared/api.ts with zod and every schema just to learn the names.
 */
export const METHODS_SWITCH = '--planner-methods=';

export function methodsSwitch(methods: readonly string[]): string {
  return METHODS_SWITCH + methods.join(',');
}

/** The method names from the page process's argv; only plain identifiers are accepted. */
export function methodsFromArgv(argv: readonly string[]): ApiMethod[] {
  const arg = argv.find((a) => a.startsWith(METHODS_SWITCH));
  if (!arg) return [];
  return arg
    .slice(METHODS_SWITCH.length)
    .split(',')
    .filter((m) => /^[A-Za-z][A-Za-z0-9]*$/.test(m)) as ApiMethod[];
}

/**
 * Closing a window: main asks the page to save what is still being typed (`flushChannel`), the page
 * answers on `flushedChannel` once every write is answered, and only then does the window close.
 */
export const flushChannel = 'shell:flush';
export const flushedChannel = 'shell:flushed';

/** How long a closing window waits for its page (one that hangs or never loaded must not keep it open). */
export const FLUSH_TIMEOUT_MS = 3000;
