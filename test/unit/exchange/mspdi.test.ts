import { describe, expect, it } from 'vitest';
import { previewImport } from '../../../electron/services/import/preview-import.ts';
import { fixture, freshPlan } from './helpers.ts';

describe('MS Project XML import', () => {
  it('previews what the file will create and what it leaves out, writing nothing', () => {
    const plan = freshPlan();
    const before = plan.revision;
    const p = previewImport(plan, 'mspdi', fixture('spring-launch.xml'));
    expect(p.name).toBe('Spring Launch');
    // the blank plan has a phase “Preparation”: the summary of that name joins it
    expect(p.counts).toEqual({ phases: 1, phasesMatched: 1, tasks: 7, milestones: 1, links: 6, people: 2, peopleMatched: 0, keyDates: 2 });
    expect(Object.fromEntries(p.dropped.map((d) => [d.reason, d.count]))).toEqual({
      nestedSummary: 1, linkSummary: 1, lagRounded: 1, unnamedResource: 1, notPerson: 1, emptyTask: 1,
    });
    expect(p.dropped.find((d) => d.reason === 'nestedSummary')?.examples).toEqual(['Asset production']);
    expect(plan.revision).toBe(before);
    plan.close();
  });

  it('imports tasks, phases, link types and lags, owners and holidays as one undo step', () => {
    const plan = freshPlan();
    const before = plan.rows();
    const p = previewImport(plan, 'mspdi', fixture('spring-launch.xml'));
    plan.apply(p.changes, { label: 'import' });
    const rows = plan.rows();
    const phase = (name: string) => rows.phase.find((x) => x.name === name)!;
    const task = (name: string) => rows.task.find((x) => x.name === name)!;
    expect(rows.task).toHaveLength(7);
    expect(rows.phase.map((x) => x.name)).toEqual([...before.phase.map((x) => x.name), 'Launch']);

    expect(task('Market research')).toMatchObject({ start: '2026-03-02', end: '2026-03-06', progress: 100, hours: 40, phase_id: phase('Preparation').id, notes: 'Desk research and three customer interviews.' });
    // the nested summary "Asset production" is flattened: its tasks join the top-level phase
    expect(task('Video shoot')).toMatchObject({ start: '2026-03-17', end: '2026-03-23', phase_id: phase('Preparation').id, hours: 80 });
    expect(task('Launch event')).toMatchObject({ start: '2026-03-27', end: '2026-03-27', milestone: true, phase_id: phase('Launch').id });
    expect(task('Review')).toMatchObject({ start: '2026-04-07', end: '2026-04-08', phase_id: null });

    const person = (id: string | null) => rows.person.find((x) => x.id === id)?.name;
    expect(person(task('Market research').owner_id)).toBe('Li Na');
    expect(person(task('Video shoot').owner_id)).toBe('Wang Wei');
    expect(task('Poster design').owner_id).toBeNull(); // its only resource is material
    expect(rows.person.find((x) => x.name === 'Li Na')).toMatchObject({ email: 'lina@example.com', role: 'Content' });

    const name = (id: string) => rows.task.find((x) => x.id === id)!.name;
    const links = rows.task_link.map((l) => `${name(l.predecessor_id)} ${l.type}${l.lag_days ? ` ${l.lag_days}` : ''} ${name(l.successor_id)}`);
    expect(links.sort()).toEqual([
      'Creative brief FS 1 Video shoot',
      'Launch event SF -1 Paid social',
      'Market research FS Creative brief',
      'Paid social FS 1 Review',
      'Video shoot FF Launch event',
      'Video shoot SS 1 Poster design',
    ]);

    expect(rows.key_date.slice(before.key_date.length).map((k) => [k.name, k.start, k.end, k.kind])).toEqual([
      ['Qingming Festival', '2026-04-04', '2026-04-06', 'holiday'],
      ['Make-up working day', '2026-03-28', '2026-03-28', 'workday'],
    ]);

    plan.undo();
    expect(plan.rows()).toEqual(before);
    plan.close();
  });

  it('widens the plan dates to hold the tasks, and reuses people of the same name', () => {
    const plan = freshPlan();
    plan.apply([
      { entity: 'settings', id: 'plan', field: 'start_date', value: '2026-03-10' },
      { entity: 'settings', id: 'plan', field: 'end_date', value: '2026-03-31' },
      { entity: 'person', id: 'p-li', field: 'name', value: 'li na' },
    ]);
    const p = previewImport(plan, 'mspdi', fixture('spring-launch.xml'));
    expect(p.planDates).toEqual({ start: '2026-03-02', end: '2026-04-08' });
    expect(p.counts).toMatchObject({ people: 1, peopleMatched: 1 });
    plan.apply(p.changes);
    const rows = plan.rows();
    expect(rows.settings[0]).toMatchObject({ start_date: '2026-03-02', end_date: '2026-04-08' });
    expect(rows.task.find((t) => t.name === 'Market research')!.owner_id).toBe('p-li');
    plan.close();
  });
});

describe('MS Project 2003–2007 calendars', () => {
  it('reads exceptions written as WeekDays of DayType 0', () => {
    const plan = freshPlan();
    const xml = `<?xml version="1.0"?><Project xmlns="http://schemas.microsoft.com/project"><CalendarUID>1</CalendarUID><Calendars><Calendar><UID>1</UID><Name>Standard</Name><IsBaseCalendar>1</IsBaseCalendar><WeekDays>
      <WeekDay><DayType>1</DayType><DayWorking>0</DayWorking></WeekDay>
      <WeekDay><DayType>0</DayType><DayWorking>0</DayWorking><TimePeriod><FromDate>2026-05-01T00:00:00</FromDate><ToDate>2026-05-05T23:59:00</ToDate></TimePeriod></WeekDay>
    </WeekDays></Calendar></Calendars><Tasks><Task><UID>1</UID><Name>Shoot</Name><OutlineLevel>1</OutlineLevel><Start>2026-03-02T08:00:00</Start><Finish>2026-03-02T17:00:00</Finish></Task></Tasks></Project>`;
    const p = previewImport(plan, 'mspdi', new TextEncoder().encode(xml));
    plan.apply(p.changes);
    expect(plan.rows().key_date.filter((k) => k.start === '2026-05-01').map((k) => [k.name, k.end, k.kind])).toEqual([['Holiday', '2026-05-05', 'holiday']]);
    plan.close();
  });
});
