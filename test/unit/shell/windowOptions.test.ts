import { describe, expect, it } from 'vitest';
import { API_METHODS } from '../../../shared/api.ts';
import { methodsFromArgv } from '../../../electron/shell/channels.ts';
import { planWindowOptions, windowTitle } from '../../../electron/shell/windowOptions.ts';

describe('plan window options', () => {
  const opts = planWindowOptions({ preloadPath: '/app/dist/preload.cjs', apiMethods: API_METHODS, title: 'Plan — plan.cplan', devTools: false });
  const web = opts.webPreferences;

  it('isolates the page from Node and from the preload', () => {
    expect(web.contextIsolation).toBe(true);
    expect(web.sandbox).toBe(true);
    expect(web.nodeIntegration).toBe(false);
    expect(web.nodeIntegrationInWorker).toBe(false);
    expect(web.nodeIntegrationInSubFrames).toBe(false);
  });

  it('keeps web security on and dangerous features off', () => {
    expect(web.webSecurity).toBe(true);
    expect(web.allowRunningInsecureContent).toBe(false);
    expect(web.experimentalFeatures).toBe(false);
    expect(web.webviewTag).toBe(false);
    expect(web.navigateOnDragDrop).toBe(false);
    expect(web.safeDialogs).toBe(true);
  });

  it('loads the bundled preload, has no spellchecker, and devtools only when asked', () => {
    expect(web.preload).toBe('/app/dist/preload.cjs');
    expect(web.spellcheck).toBe(false);
    expect(web.devTools).toBe(false);
    expect(planWindowOptions({ preloadPath: 'p', apiMethods: [], title: 't', devTools: true }).webPreferences.devTools).toBe(true);
  });

  it('hands every API method name to the preload, and nothing else', () => {
    expect(web.additionalArguments).toHaveLength(1);
    expect(methodsFromArgv(web.additionalArguments)).toEqual(API_METHODS);
  });

  it('opens hidden (shown when ready) with the given title and a usable minimum size', () => {
    expect(opts.show).toBe(false);
    expect(opts.title).toBe('Plan — plan.cplan');
    expect(opts.minWidth).toBeGreaterThanOrEqual(800);
    expect(opts.minHeight).toBeGreaterThanOrEqual(500);
  });
});

describe('window title', () => {
  it('is "plan name — file name"', () => {
    expect(windowTitle({ name: 'Spring launch', fileName: 'spring.cplan', readOnly: null }, 'en')).toBe('Spring launch — spring.cplan');
  });
  it('is the file name alone when the plan has no name of its own', () => {
    expect(windowTitle({ name: '', fileName: 'spring.cplan', readOnly: null }, 'en')).toBe('spring.cplan');
  });
  it('says when the plan is open read-only, in the menu language', () => {
    const ro = { name: 'Spring', fileName: 'spring.cplan', readOnly: { code: 'LOCKED' } };
    expect(windowTitle(ro, 'en')).toBe('Spring — spring.cplan (read-only)');
    expect(windowTitle(ro, 'zh-CN')).toBe('Spring — spring.cplan （只读）');
  });
});
