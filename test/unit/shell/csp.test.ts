import { describe, expect, it } from 'vitest';
import { CSP, CSP_DIRECTIVES, SECURITY_HEADERS } from '../../../electron/shell/csp.ts';

const directive = (name: string) => CSP_DIRECTIVES.find(([n]) => n === name)?.[1];

describe('Content-Security-Policy', () => {
  it('allows only the app itself by default', () => {
    expect(directive('default-src')).toBe("'self'");
  });

  it('runs scripts only from the app: nothing inline, no eval, nothing remote', () => {
    expect(directive('script-src')).toBe("'self'");
    expect(CSP).not.toMatch(/unsafe-eval/);
    expect(CSP).not.toMatch(/https?:|\*/);
  });

  it("allows inline styles (React style props, frappe-gantt, Chart.js) but no other 'unsafe-inline'", () => {
    expect(directive('style-src')).toBe("'self' 'unsafe-inline'");
    const others = CSP_DIRECTIVES.filter(([n]) => n !== 'style-src').map(([, v]) => v).join(' ');
    expect(others).not.toMatch(/unsafe-inline/);
  });

  it('allows images from the app and data: URLs', () => {
    expect(directive('img-src')).toMatch(/^'self' data:/);
  });

  it('shuts plugins, base rewriting, form posts and framing', () => {
    expect(directive('object-src')).toBe("'none'");
    expect(directive('base-uri')).toBe("'none'");
    expect(directive('form-action')).toBe("'none'");
    expect(directive('frame-ancestors')).toBe("'none'");
  });

  it('is one header value, directives separated by "; "', () => {
    expect(CSP.split('; ')).toHaveLength(CSP_DIRECTIVES.length);
    expect(SECURITY_HEADERS['Content-Security-Policy']).toBe(CSP);
    expect(SECURITY_HEADERS['X-Content-Type-Options']).toBe('nosniff');
  });
});
