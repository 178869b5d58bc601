import { describe, expect, it } from 'vitest';
import { previewImport } from '../../../electron/services/import/preview-import.ts';
import { freshPlan } from './helpers.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);
const task = (id: number, deps = '') => `<task id="${id}" name="T${id}" start="2026-03-02" duration="1">${deps}</task>`;
const gan = (tasks: string) => utf8(`<?xml version="1.0" encoding="UTF-8"?><project name="x" version="3.2"><tasks>${tasks}</tasks></project>`);

const mspdiTask = (uid: number, links = '') =>
  `<Task><UID>${uid}</UID><Name>T${uid}</Name><OutlineLevel>1</OutlineLevel><Start>2026-03-02T08:00:00</Start><Finish>2026-03-03T17:00:00</Finish>${links}</Task>`;
const link = (pred: number, type: number, lag = 0, format = 7) => `<PredecessorLink><PredecessorUID>${pred}</PredecessorUID><Type>${type}</Type><LinkLag>${lag}</LinkLag><LagFormat>${format}</LagFormat></PredecessorLink>`;
const mspdi = (tasks: string, minutesPerDay = 480) =>
  utf8(`<?xml version="1.0"?><Project xmlns="http://schemas.microsoft.com/project"><MinutesPerDay>${minutesPerDay}</MinutesPerDay><Tasks>${tasks}</Tasks></Project>`);

const linksOf = (p: ReturnType<typeof previewImport>) => {
  const names = new Map(p.changes.filter((c) => c.entity === 'task' && c.field === 'name').map((c) => [c.id, c.value]));
  const byId = new Map<string, Record<string, unknown>>();
  for (const c of p.changes.filter((x) => x.entity === 'task_link')) byId.set(c.id, { ...byId.get(c.id), [c.field]: c.value });
  return [...byId.values()].map((l) => `${names.get(l.predecessor_id as string)} ${l.type} ${l.lag_days} ${names.get(l.successor_id as string)}`);
};

describe('links on the way in', () => {
  it('leaves out a link that would close a loop, a second link between the same tasks and an unknown GanttProject type', () => {
    const plan = freshPlan();
    const p = previewImport(plan, 'gan', gan(task(1, '<depend id="2" type="2"/><depend id="2" type="1"/>') + task(2, '<depend id="3" type="2"/>') + task(3, '<depend id="1" type="2"/><depend id="2" type="9"/>')));
    expect(linksOf(p)).toEqual(['T1 FS 0 T2', 'T2 FS 0 T3']);
    expect(Object.fromEntries(p.dropped.map((d) => [d.reason, d.examples]))).toEqual({ linkType: ['T3 → T2 (type 9)'], linkDuplicate: ['T1 → T2'], linkCycle: ['T3 → T1'] });
    // the change list is accepted by the store as it is
    plan.apply(p.changes);
    expect(plan.rows().task_link).toHaveLength(2);
    plan.close();
  });

  it('converts MS Project lags by LagFormat and the file’s minutes per day; a percent lag becomes no lag', () => {
    const plan = freshPlan();
    const p = previewImport(plan, 'mspdi', mspdi(
      mspdiTask(1) + mspdiTask(2, link(1, 1, 2 * 450 * 10)) + mspdiTask(3, link(2, 3, 3 * 1440 * 10, 8)) + mspdiTask(4, link(3, 0, 500, 19)) + mspdiTask(5, link(4, 2, 5 * 450 * 10, 41)),
      450,
    ));
    expect(linksOf(p).sort()).toEqual(['T1 FS 2 T2', 'T2 SS 3 T3', 'T3 FF 0 T4', 'T4 SF 5 T5']);
    expect(p.dropped.map((d) => d.reason)).toEqual(['lagPercent']);
    plan.close();
  });

  it('takes the holidays of the plan’s dates only: a calendar holding years of them does not flood the plan', () => {
    const plan = freshPlan();
    const exception = (from: string, to: string, name: string) =>
      `<Exception><TimePeriod><FromDate>${from}T00:00:00</FromDate><ToDate>${to}T23:59:00</ToDate></TimePeriod><Occurrences>1</Occurrences><Name>${name}</Name><Type>1</Type><DayWorking>0</DayWorking></Exception>`;
    const calendar = `<CalendarUID>1</CalendarUID><Calendars><Calendar><UID>1</UID><Name>Standard</Name><IsBaseCalendar>1</IsBaseCalendar><Exceptions>${
      exception('2025-10-01', '2025-10-07', 'National Day 2025') + exception('2026-10-01', '2026-10-07', 'National Day 2026') + exception('2026-12-31', '2027-01-02', 'New Year 2027') + exception('2027-10-01', '2027-10-07', 'National Day 2027')
    }</Exceptions></Calendar></Calendars>`;
    const p = previewImport(plan, 'mspdi', utf8(`<Project xmlns="http://schemas.microsoft.com/project">${calendar}<Tasks>${mspdiTask(1)}</Tasks></Project>`));
    const names = p.changes.filter((c) => c.entity === 'key_date' && c.field === 'name').map((c) => c.value);
    expect(names).toEqual(['National Day 2026', 'New Year 2027']);
    expect(p.dropped).toEqual([{ reason: 'keyDateOutside', count: 2, examples: ['National Day 2025 (2025-10-01)', 'National Day 2027 (2027-10-01)'] }]);
    plan.close();
  });
});
