/**
 * How the renderer reaches the backend: the Electron preload's `window.planner` when present,
 * else the web host over HTTP with the per-run token it printed in the page URL.
 */
import { API_METHODS, type ApiMethod } from '../../shared/api-methods.ts';
import type { PlannerApi, Result } from '../../shared/api.ts';
import { formatError } from '../../shared/errors.ts';

/** The application menu's commands for the page (Electron only; see electron/shell/menuCommands.ts). */
export type MenuListener = (command: string, payload?: { path: string }) => void;

declare global {
  interface Window {
    planner?: PlannerApi & {
      onMenu?(listener: MenuListener): () => void;
      /** the window is closing: main waits for the promise (or a time limit) before it closes it */
      onBeforeClose?(listener: () => Promise<void>): () => void;
    };
  }
}

const TOKEN_KEY = 'campaign-planner.token';

/**
 * Takes the token from `#token=…` (the URL the web host printed), keeps it in sessionStorage so a
 * reload still works, and removes it from the address bar.
 */
export function takeToken(): string | null {
  const match = /^#token=([A-Za-z0-9_-]+)/.exec(location.hash);
  if (match?.[1]) {
    sessionStorage.setItem(TOKEN_KEY, match[1]);
    history.replaceState(null, '', `${location.pathname}${location.search}#/`);
    return match[1];
  }
  return sessionStorage.getItem(TOKEN_KEY);
}

function failure(detail: string): Result<never> {
  return { ok: false, error: { code: 'INTERNAL', message: formatError('INTERNAL', { detail }), params: { detail } } };
}

const KEEPALIVE_LIMIT = 16 * 1024;

/** A PlannerApi that posts each call to the web host as `POST /api/<method>` with a JSON array of arguments. */
export function httpApi(token: string, base = '/api/'): PlannerApi {
  const call = async (method: ApiMethod, args: unknown[]): Promise<Result<unknown>> => {
    let response: Response;
    try {
      const body = JSON.stringify(args);
      response = await fetch(`${base}${method}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body,
        // a write sent as the page goes away (reload, closed tab) must still arrive; the browser allows
        // that only for small bodies (64 KiB in flight), which is what typing produces
        keepalive: body.length < KEEPALIVE_LIMIT,
      });
    } catch (err) {
      return failure(`the planner host does not answer (${err instanceof Error ? err.message : String(err)})`);
    }
    try {
      return (await response.json()) as Result<unknown>;
    } catch {
      return failure(`HTTP ${response.status}`);
    }
  };
  return Object.fromEntries(API_METHODS.map((m) => [m, (...args: unknown[]) => call(m, args)])) as unknown as PlannerApi;
}

let connected: PlannerApi | null = null;

/** The backend of this window, or null when there is none (no preload and no token). Connects once. */
export function connect(): PlannerApi | null {
  if (connected) return connected;
  if (window.planner) connected = window.planner;
  else {
    const token = takeToken();
    connected = token ? httpApi(token) : null;
  }
  return connected;
}

/** True inside the desktop app (the native menu and file dialogs exist), false in the browser preview. */
export function isDesktop(): boolean {
  return typeof window !== 'undefined' && !!window.planner;
}

/** Subscribes to the application menu's commands (desktop only); answers the function that unsubscribes. */
export function onMenu(listener: MenuListener): () => void {
  return window.planner?.onMenu?.(listener) ?? (() => {});
}

/** Runs `flush` before the desktop window closes (the browser preview uses pagehide instead). */
export function onBeforeClose(flush: () => Promise<void>): () => void {
  return window.planner?.onBeforeClose?.(flush) ?? (() => {});
}
