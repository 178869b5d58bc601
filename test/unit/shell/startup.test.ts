import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultAuthor, freshSamplePath, startupAction } from '../../../electron/shell/startup.ts';

const plansDir = '/home/li/.config/Campaign Planner/plans';
const existing = (...paths: string[]) => (p: string) => paths.includes(p);

describe('what opens at start', () => {
  it('the plans named on the command line', () => {
    expect(startupAction({ argvPlans: ['/a.cplan', '/b.cplan'], recent: ['/c.cplan'], plansDir, lang: 'en', exists: existing('/c.cplan') })).toEqual({ kind: 'open', paths: ['/a.cplan', '/b.cplan'] });
  });

  it('else the plan used last, when it is still there', () => {
    expect(startupAction({ argvPlans: [], recent: ['/c.cplan', '/d.cplan'], plansDir, lang: 'en', exists: existing('/c.cplan') })).toEqual({ kind: 'open', paths: ['/c.cplan'] });
  });

  it('else a fresh copy of the sample plan in the user data folder', () => {
    expect(startupAction({ argvPlans: [], recent: ['/gone.cplan'], plansDir, lang: 'en', exists: existing() })).toEqual({ kind: 'sample', path: join(plansDir, 'Sample plan.cplan') });
    expect(startupAction({ argvPlans: [], recent: [], plansDir, lang: 'zh-CN', exists: existing() })).toEqual({ kind: 'sample', path: join(plansDir, '示例计划.cplan') });
  });

  it('never over an earlier copy the user may have edited', () => {
    const first = join(plansDir, 'Sample plan.cplan');
    const second = join(plansDir, 'Sample plan 2.cplan');
    expect(freshSamplePath(plansDir, 'en', existing(first))).toBe(second);
    expect(freshSamplePath(plansDir, 'en', existing(first, second))).toBe(join(plansDir, 'Sample plan 3.cplan'));
  });
});

describe('default author', () => {
  it('is the OS account name', () => {
    expect(defaultAuthor(() => ({ username: 'liwei' }))).toBe('liwei');
  });
  it('is "me" when the OS has no name to give', () => {
    expect(defaultAuthor(() => ({ username: '  ' }))).toBe('me');
    expect(defaultAuthor(() => { throw new Error('no passwd entry'); })).toBe('me');
  });
});
