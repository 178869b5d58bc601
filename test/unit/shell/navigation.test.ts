import { describe, expect, it } from 'vitest';
import { APP_START_URL, decideNavigation, decidePermission, decideWindowOpen, externalLink, isAppUrl } from '../../../electron/shell/navigation.ts';

describe('the app origin', () => {
  it('is app://campaign-planner', () => {
    expect(APP_START_URL).toBe('app://campaign-planner/index.html');
    expect(isAppUrl('app://campaign-planner/')).toBe(true);
    expect(isAppUrl('app://campaign-planner/assets/index-abc.js')).toBe(true);
  });

  it('is not another host, scheme, port or a URL with credentials', () => {
    for (const url of ['app://other/', 'app://campaign-planner.evil.com/', 'https://campaign-planner/', 'file:///etc/passwd', 'app://campaign-planner:8080/', 'app://user:pw@campaign-planner/', 'not a url', '', null, undefined]) {
      expect(isAppUrl(url), String(url)).toBe(false);
    }
  });
});

describe('navigation', () => {
  it('stays inside the app', () => {
    expect(decideNavigation('app://campaign-planner/index.html#/timeline')).toEqual({ allow: true, openExternal: null });
  });

  it('sends a web link to the OS browser instead of navigating', () => {
    expect(decideNavigation('https://example.com/brief')).toEqual({ allow: false, openExternal: 'https://example.com/brief' });
    expect(decideNavigation('http://example.com/')).toEqual({ allow: false, openExternal: 'http://example.com/' });
  });

  it('drops every other scheme without opening anything', () => {
    for (const url of ['file:///etc/passwd', 'javascript:alert(1)', 'data:text/html,<script>1</script>', 'smb://server/share', 'ms-msdt:/id', 'app://other/', 'chrome://settings']) {
      expect(decideNavigation(url), url).toEqual({ allow: false, openExternal: null });
    }
  });
});

describe('new windows', () => {
  it('are always denied; web links open in the OS browser', () => {
    expect(decideWindowOpen('https://example.com/')).toEqual({ action: 'deny', openExternal: 'https://example.com/' });
    expect(decideWindowOpen('app://campaign-planner/index.html')).toEqual({ action: 'deny', openExternal: null });
    expect(decideWindowOpen('file:///C:/Windows/system32/calc.exe')).toEqual({ action: 'deny', openExternal: null });
  });

  it('never hand a link with credentials to the browser', () => {
    expect(externalLink('https://user:secret@example.com/')).toBeNull();
  });
});

describe('permissions', () => {
  it('are refused, except clipboard writes from the app', () => {
    expect(decidePermission('clipboard-sanitized-write', 'app://campaign-planner/index.html')).toBe(true);
    expect(decidePermission('clipboard-sanitized-write', 'https://example.com/')).toBe(false);
    for (const p of ['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read', 'fullscreen', 'hid', 'usb', 'unknown']) {
      expect(decidePermission(p, 'app://campaign-planner/index.html'), p).toBe(false);
    }
  });
});
