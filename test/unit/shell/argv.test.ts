import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isPlanPath, planPathFromArg, plansFromSecondInstance, plansInArgv, samePlanPath } from '../../../electron/shell/argv.ts';

describe('plans on the command line', () => {
  it('finds .cplan files after the executable, made absolute against the working directory', () => {
    expect(plansInArgv(['/opt/Campaign Planner/campaign-planner', 'spring.cplan'], '/home/li')).toEqual(['/home/li/spring.cplan']);
    expect(plansInArgv(['C', '/data/a.cplan', 'b.CPLAN'], '/w')).toEqual(['/data/a.cplan', '/w/b.CPLAN']);
  });

  it('skips the executable, switches, the app folder in development and other files', () => {
    const argv = ['/usr/lib/electron/electron', '.', '--inspect=9229', '--no-sandbox', '--original-process-start-time=123', 'notes.txt', 'resources/templates/sample.cplan'];
    expect(plansInArgv(argv, '/repo')).toEqual(['/repo/resources/templates/sample.cplan']);
    expect(plansInArgv(['/x/plan.cplan'], '/')).toEqual([]);
    expect(plansInArgv([], '/')).toEqual([]);
  });

  it('lists a plan once even when named twice', () => {
    expect(plansInArgv(['exe', 'a.cplan', '/w/a.cplan'], '/w')).toEqual(['/w/a.cplan']);
  });

  it('accepts file:// URLs from desktop launchers', () => {
    const url = pathToFileURL('/home/li/My Plans/q3 plan.cplan').href;
    expect(planPathFromArg(url, '/')).toBe('/home/li/My Plans/q3 plan.cplan');
    expect(planPathFromArg('file://remote-host/x.cplan', '/')).toBeNull();
  });

  it('knows a plan file by its extension', () => {
    expect(isPlanPath('a.cplan')).toBe(true);
    expect(isPlanPath('A.CPLAN')).toBe(true);
    expect(isPlanPath('a.cplan.bak')).toBe(false);
    expect(isPlanPath('a.cplan-journal')).toBe(false);
  });
});

describe('a second instance', () => {
  it('passes its plans as data, used as they are', () => {
    expect(plansFromSecondInstance(['exe', '--flag'], '/elsewhere', { plans: ['/home/li/a.cplan'] })).toEqual(['/home/li/a.cplan']);
  });
  it('falls back to its argv when the data is missing or malformed', () => {
    expect(plansFromSecondInstance(['exe', 'b.cplan'], '/w', undefined)).toEqual(['/w/b.cplan']);
    expect(plansFromSecondInstance(['exe', 'b.cplan'], '/w', { plans: [42] })).toEqual(['/w/b.cplan']);
    expect(plansFromSecondInstance(['exe', 'b.cplan'], '/w', 'garbage')).toEqual(['/w/b.cplan']);
  });
  it('never takes anything but plan files from the data', () => {
    expect(plansFromSecondInstance(['exe'], '/w', { plans: ['/etc/passwd', 'c.cplan'] })).toEqual(['/w/c.cplan']);
  });
});

describe('same plan', () => {
  it('compares resolved paths, ignoring case where the OS does', () => {
    expect(samePlanPath('/a/b/../plan.cplan', '/a/plan.cplan', 'linux')).toBe(true);
    expect(samePlanPath('/a/Plan.cplan', '/a/plan.cplan', 'linux')).toBe(false);
    expect(samePlanPath('/a/Plan.cplan', '/a/plan.cplan', 'darwin')).toBe(true);
    expect(samePlanPath('/a/Plan.cplan', '/a/plan.cplan', 'win32')).toBe(true);
  });
});
