/** Where the app's pages live, and what a page may do about leaving it. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'campaign-planner';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_START_URL = `${APP_ORIGIN}/index.html`;

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** True for a URL of the app's own origin (app://campaign-planner/…), with no credentials or port. */
export function isAppUrl(url: string | null | undefined): boolean {
  if (!url) return false;
  const u = parse(url);
  return !!u && u.protocol === `${APP_SCHEME}:` && u.hostname === APP_HOST && u.port === '' && u.username === '' && u.password === '';
}

/** The URL to hand to the OS browser, or null: only plain http(s) links, never file:, custom schemes or credentials. */
export function externalLink(url: string): string | null {
  const u = parse(url);
  if (!u || (u.protocol !== 'http:' && u.protocol !== 'https:')) return null;
  if (u.username !== '' || u.password !== '') return null;
  return u.href;
}

export interface NavigationDecision {
  /** let the page navigate (only within the app) */
  allow: boolean;
  /** open this link in the OS browser instead (http/https only) */
  openExternal: string | null;
}

/** `will-navigate` / `will-redirect`: stay inside app://; a web link opens in the browser, anything else is dropped. */
export function decideNavigation(url: string): NavigationDecision {
  if (isAppUrl(url)) return { allow: true, openExternal: null };
  return { allow: false, openExternal: externalLink(url) };
}

/** `setWindowOpenHandler`: the app never opens a window of its own from a page; web links go to the browser. */
export function decideWindowOpen(url: string): { action: 'deny'; openExternal: string | null } {
  return { action: 'deny', openExternal: externalLink(url) };
}

/**
 * Permission requests (camera, notifications, geolocation, …) are all refused: the app needs none.
 * Copying to the clipboard from a user gesture is the one exception.
 */
const ALLOWED_PERMISSIONS: ReadonlySet<string> = new Set(['clipboard-sanitized-write']);

export function decidePermission(permission: string, requestingUrl: string): boolean {
  return ALLOWED_PERMISSIONS.has(permission) && isAppUrl(requestingUrl);
}
