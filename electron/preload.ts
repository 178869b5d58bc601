// The page's one door to the backend, exposed as `window.planner`: one function per PlannerApi method
// (each an ipcRenderer.invoke of `planner:<method>`), plus onMenu for the application menu and onBeforeClose for saving before the window closes. Nothing else
// (no ipcRenderer, no event objects) reaches the page. Sandboxed: this file is bundled into one CommonJS file.
import { contextBridge, ipcRenderer } from 'electron';
import { flushChannel, flushedChannel, ipcChannel, menuChannel, methodsFromArgv } from './shell/channels.ts';
import { RENDERER_COMMANDS, type RendererCommand } from './shell/menuCommands.ts';

type MenuListener = (command: RendererCommand, payload?: { path: string }) => void;

const api: Record<string, (...args: unknown[]) => Promise<unknown>> = {};
// main passes API_METHODS in webPreferences.additionalArguments (see shell/channels.ts)
for (const method of methodsFromArgv(process.argv)) {
  const channel = ipcChannel(method);
  api[method] = (...args: unknown[]) => ipcRenderer.invoke(channel, ...args);
}

/** Subscribes to the menu commands meant for the page; answers the function that unsubscribes. */
function onMenu(listener: MenuListener): () => void {
  const offs = RENDERER_COMMANDS.map((command) => {
    const channel = menuChannel(command);
    const handler = (_event: unknown, payload?: unknown) => {
      const path = (payload as { path?: unknown } | undefined)?.path;
      listener(command, typeof path === 'string' ? { path } : undefined);
    };
    ipcRenderer.on(channel, handler);
    return () => ipcRenderer.removeListener(channel, handler);
  });
  return () => offs.forEach((off) => off());
}

/** Runs `flush` when the window is about to close, and tells main when it is done (see shell/channels.ts). */
function onBeforeClose(flush: () => Promise<void>): () => void {
  const handler = () => {
    // a refused write is the page's to show; the window may close either way
    void Promise.resolve()
      .then(flush)
      .catch(() => undefined)
      .then(() => ipcRenderer.send(flushedChannel));
  };
  ipcRenderer.on(flushChannel, handler);
  return () => ipcRenderer.removeListener(flushChannel, handler);
}

contextBridge.exposeInMainWorld('planner', { ...api, onMenu, onBeforeClose });
