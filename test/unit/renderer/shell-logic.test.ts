import { describe, expect, it } from 'vitest';
import { parseWebHostArgs } from '../../../electron/hosts/web-args.ts';
import { hrefOf, VIEWS, viewFromHash } from '../../../renderer/app/router.ts';
import { historyKey } from '../../../renderer/app/shortcuts.ts';

describe('hash routes', () => {
  it('maps every view to #/<view> and back; anything else is the overview', () => {
    for (const v of VIEWS) expect(viewFromHash(hrefOf(v))).toBe(v);
    expect(viewFromHash('')).toBe('overview');
    expect(viewFromHash('#/')).toBe('overview');
    expect(viewFromHash('#/nope')).toBe('overview');
    expect(viewFromHash('#token=abc')).toBe('overview');
    expect(viewFromHash('#/budget/extra')).toBe('budget');
  });
});

describe('undo and redo keys', () => {
  const key = (k: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey', boolean>> = {}) =>
    historyKey({ key: k, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods });
  it('knows Ctrl/Cmd+Z, Ctrl/Cmd+Shift+Z and Ctrl+Y', () => {
    expect(key('z', { ctrlKey: true })).toBe('undo');
    expect(key('z', { metaKey: true })).toBe('undo');
    expect(key('Z', { ctrlKey: true, shiftKey: true })).toBe('redo');
    expect(key('z', { metaKey: true, shiftKey: true })).toBe('redo');
    expect(key('y', { ctrlKey: true })).toBe('redo');
    expect(key('z')).toBeNull();
    expect(key('z', { ctrlKey: true, altKey: true })).toBeNull();
    expect(key('x', { ctrlKey: true })).toBeNull();
  });
});

describe('web host arguments', () => {
  it('parses port, language and file', () => {
    expect(parseWebHostArgs([])).toEqual({ port: 0, lang: 'en', file: null, author: null });
    expect(parseWebHostArgs(['--port', '8080', '--lang', 'zh-CN', 'a.cplan'])).toEqual({ port: 8080, lang: 'zh-CN', file: 'a.cplan', author: null });
    expect(() => parseWebHostArgs(['--port', 'x'])).toThrow(/--port/);
    expect(() => parseWebHostArgs(['--lang', 'fr'])).toThrow(/--lang/);
    expect(() => parseWebHostArgs(['a', 'b'])).toThrow(/one plan file/);
    expect(() => parseWebHostArgs(['--bogus'])).toThrow();
  });
});
