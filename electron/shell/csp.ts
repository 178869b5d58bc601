/**
 * The Content-Security-Policy of every page of the app, sent as a header by the app:// protocol handler.
 * Everything comes from the app itself; nothing remote, nothing inline runs, no plugins, no frames.
 */
export const CSP_DIRECTIVES: ReadonlyArray<readonly [string, string]> = [
  ['default-src', "'self'"],
  ['script-src', "'self'"],
  // 'unsafe-inline' for styles only: React writes `style={{…}}` props and frappe-gantt and Chart.js set
  // element styles at run time; inline styles cannot run code, and scripts stay 'self' only.
  ['style-src', "'self' 'unsafe-inline'"],
  // data: for small inline icons in CSS; blob: for images the page makes itself (a chart exported as PNG).
  ['img-src', "'self' data: blob:"],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
  ['frame-ancestors', "'none'"],
];

export const CSP = CSP_DIRECTIVES.map(([name, value]) => `${name} ${value}`).join('; ');

/** Headers sent with every app:// response besides the content type. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CSP,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};
