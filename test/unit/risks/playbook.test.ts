import { describe, expect, it } from 'vitest';
import { activeRun, clockText, dropRefs, levelOf, linkRiskToPlaybook, runState, setPlaybookRisks, toggleTick, type Level } from '../../../shared/logic/playbook.ts';

const LEVELS: Level[] = [
  { severity: 'critical', response_hours: 1, description: '' },
  { severity: 'major', response_hours: 4, description: '' },
  { severity: 'minor', response_hours: 24, description: '' },
];
const STEPS = [{ id: 's1' }, { id: 's2' }, { id: 's3' }];
const T0 = '2026-06-18T10:00:00.000Z';
const at = (minutes: number) => new Date(Date.parse(T0) + minutes * 60_000).toISOString();
const run = (over: Partial<Parameters<typeof runState>[0]> = {}) => ({ severity: 'critical' as const, started_at: T0, ended_at: '', ticks: [], ...over });

describe('runState', () => {
  it('counts the clock from the start and the target from the severity', () => {
    const s = runState(run(), STEPS, LEVELS, at(20));
    expect(s.elapsedMs).toBe(20 * 60_000);
    expect(s.targetHours).toBe(1);
    expect(s.deadlineMs).toBe(Date.parse(at(60)));
    expect(s.remainingMs).toBe(40 * 60_000);
    expect(s.phase).toBe('on_track');
    expect([s.done, s.total, s.complete]).toEqual([0, 3, false]);
  });

  it('is missed once the deadline passes with steps left, and says which ticks were late', () => {
    const ticks = [{ step_id: 's1', done_at: at(30) }, { step_id: 's2', done_at: at(70) }];
    const s = runState(run({ ticks }), STEPS, LEVELS, at(75));
    expect(s.phase).toBe('missed');
    expect(s.remainingMs).toBe(-15 * 60_000);
    expect(s.lateStepIds).toEqual(['s2']);
  });

  it('is met when every step was ticked by the deadline, even if looked at later', () => {
    const ticks = STEPS.map((x, k) => ({ step_id: x.id, done_at: at(10 + k * 10) }));
    const s = runState(run({ ticks }), STEPS, LEVELS, at(300));
    expect(s.phase).toBe('met');
    expect(s.complete).toBe(true);
    expect(s.completedMs).toBe(Date.parse(at(30)));
  });

  it('is missed when the last step came after the deadline', () => {
    const ticks = STEPS.map((x, k) => ({ step_id: x.id, done_at: at(40 + k * 20) }));
    expect(runState(run({ ticks }), STEPS, LEVELS, at(90)).phase).toBe('missed');
  });

  it('stops the clock at the end; an early end with steps left is incomplete, not missed', () => {
    const s = runState(run({ ended_at: at(30), ticks: [{ step_id: 's1', done_at: at(5) }] }), STEPS, LEVELS, at(600));
    expect(s.elapsedMs).toBe(30 * 60_000);
    expect(s.phase).toBe('ended_incomplete');
    expect(runState(run({ ended_at: at(90) }), STEPS, LEVELS, at(600)).phase).toBe('missed');
  });

  it('ignores ticks of steps deleted since and has no target for a severity without a level', () => {
    const s = runState(run({ severity: 'minor', ticks: [{ step_id: 'gone', done_at: at(1) }] }), STEPS, LEVELS.slice(0, 2), at(10_000));
    expect(s.done).toBe(0);
    expect(s.deadlineMs).toBeNull();
    expect(s.remainingMs).toBeNull();
    expect(s.phase).toBe('on_track');
  });

  it('takes the target of the declared severity', () => {
    expect(levelOf(LEVELS, 'major')?.response_hours).toBe(4);
    expect(runState(run({ severity: 'minor' }), STEPS, LEVELS, at(0)).targetHours).toBe(24);
  });
});

describe('ticks and runs', () => {
  it('ticks a step with its time and unticks it again, keeping time order', () => {
    const one = toggleTick([], 's2', at(5));
    const two = toggleTick(one, 's1', at(3));
    expect(two.map((t) => t.step_id)).toEqual(['s1', 's2']);
    expect(toggleTick(two, 's2', at(9))).toEqual([{ step_id: 's1', done_at: at(3) }]);
  });

  it('finds the running run of a playbook', () => {
    const runs = [
      { id: 'a', playbook_id: 'p', started_at: at(0), ended_at: at(5) },
      { id: 'b', playbook_id: 'p', started_at: at(10), ended_at: '' },
      { id: 'c', playbook_id: 'q', started_at: at(20), ended_at: '' },
    ];
    expect(activeRun(runs, 'p')?.id).toBe('b');
    expect(activeRun(runs, 'r')).toBeNull();
  });

  it('writes a clock as h:mm:ss', () => {
    expect(clockText(0)).toBe('0:00:00');
    expect(clockText(3_723_000)).toBe('1:02:03');
    expect(clockText(-61_000)).toBe('0:01:01');
  });
});

describe('risk ↔ playbook links', () => {
  const risks = [
    { id: 'r1', playbook_id: 'p1' },
    { id: 'r2', playbook_id: null },
    { id: 'r3', playbook_id: 'p2' },
  ];
  const playbooks = [
    { id: 'p1', risk_ids: ['r1', 'dead'] },
    { id: 'p2', risk_ids: ['r3'] },
  ];

  it('moves a risk from one playbook to another on both sides, dropping ids of deleted risks', () => {
    expect(linkRiskToPlaybook('r1', 'p2', risks, playbooks)).toEqual([
      { entity: 'risk', id: 'r1', field: 'playbook_id', value: 'p2' },
      { entity: 'playbook', id: 'p1', field: 'risk_ids', value: [] },
      { entity: 'playbook', id: 'p2', field: 'risk_ids', value: ['r3', 'r1'] },
    ]);
  });

  it('unlinks a risk', () => {
    expect(linkRiskToPlaybook('r3', null, risks, playbooks)).toEqual([
      { entity: 'risk', id: 'r3', field: 'playbook_id', value: null },
      { entity: 'playbook', id: 'p2', field: 'risk_ids', value: [] },
    ]);
  });

  it('changes nothing when the link is already there', () => {
    expect(linkRiskToPlaybook('r3', 'p2', risks, playbooks)).toEqual([]);
  });

  it('sets the risks of a playbook, taking them from the playbook they had', () => {
    expect(setPlaybookRisks('p1', ['r2', 'r3'], risks, playbooks)).toEqual([
      { entity: 'playbook', id: 'p1', field: 'risk_ids', value: ['r2', 'r3'] },
      { entity: 'risk', id: 'r1', field: 'playbook_id', value: null },
      { entity: 'risk', id: 'r2', field: 'playbook_id', value: 'p1' },
      { entity: 'risk', id: 'r3', field: 'playbook_id', value: 'p1' },
      { entity: 'playbook', id: 'p2', field: 'risk_ids', value: [] },
    ]);
  });

  it('takes deleted risks out of list fields', () => {
    const rows = [{ id: 'c1', risk_ids: ['r1', 'r2'] }, { id: 'c2', risk_ids: ['r3'] }];
    expect(dropRefs('compliance_item', rows, new Set(['r1']), new Set(['r2', 'r3']))).toEqual([{ entity: 'compliance_item', id: 'c1', field: 'risk_ids', value: ['r2'] }]);
  });
});
