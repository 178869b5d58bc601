import { describe, expect, it } from 'vitest';
import { merge, previewMerge } from '../../../electron/store/merge.ts';
import { PlanFile } from '../../../electron/store/plan-file.ts';
import { MAX_DRIFT_MS, parseHlc } from '../../../shared/logic/hlc.ts';
import { allRows, copies, FakeTime, person, task, track } from './helpers.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

describe('a colleague whose clock is off', () => {
  it('three days ahead: merged, the review says how far ahead, and a later local edit still wins everywhere', () => {
    const time = new FakeTime();
    const { files: [ana, bo], paths: [anaPath, boPath] } = copies(['Ana', 'Bo'], time, { Bo: 3 * DAY });
    time.advance(HOUR);
    bo!.apply([{ entity: 'task', id: 'task-1', field: 'name', value: 'Bo (clock 3 days ahead)' }]);
    time.advance(HOUR);
    ana!.apply([{ entity: 'task', id: 'task-1', field: 'name', value: 'Ana, before the merge' }]);
    time.advance(HOUR);

    const p = previewMerge(ana!, boPath!);
    expect(p.suspicious).toBe(false);
    expect(p.sources[0]!.aheadMs).toBeGreaterThan(2.9 * DAY);
    // Ana's edit before the merge was made without knowing Bo's: it loses to his later-stamped clock
    expect(p.views[0]!.conflicts[0]).toMatchObject({ winner: 'theirs' });
    merge(ana!, boPath!);
    expect(task(ana!, 'task-1').name).toBe('Bo (clock 3 days ahead)');

    // our clock jumped forward to his, so the next edit here sorts after it
    time.advance(HOUR);
    ana!.apply([{ entity: 'task', id: 'task-1', field: 'name', value: 'Ana, after the merge' }]);
    const mine = ana!.history(1)[0]!.clock;
    expect(parseHlc(mine).wall).toBeGreaterThanOrEqual(parseHlc(p.sources[0]!.latest).wall);
    expect(task(ana!, 'task-1').name).toBe('Ana, after the merge');
    merge(bo!, anaPath!);
    expect(task(bo!, 'task-1').name).toBe('Ana, after the merge');
    expect(allRows(bo!)).toBe(allRows(ana!));
  });

  it('minutes behind: his later edit still loses only to edits made after it here', () => {
    const time = new FakeTime();
    const { files: [ana, bo], paths: [, boPath] } = copies(['Ana', 'Bo'], time, { Bo: -10 * 60_000 });
    time.advance(HOUR);
    ana!.apply([{ entity: 'task', id: 'task-2', field: 'notes', value: 'Ana at 10:00' }]);
    time.advance(2 * 60_000);
    bo!.apply([{ entity: 'task', id: 'task-2', field: 'notes', value: 'Bo at 10:02 (his clock says 09:52)' }]);
    merge(ana!, boPath!);
    // a clock ten minutes slow loses to the edit it followed in real time: the clocks are all the merge can know
    expect(task(ana!, 'task-2').notes).toBe('Ana at 10:00');
    expect(previewMerge(ana!, boPath!).incoming).toBe(0);
  });

  it('more than MAX_DRIFT_MS ahead: merged and flagged, our clock does not follow, and later local edits still win', () => {
    const time = new FakeTime();
    const twoYears = 2 * 366 * DAY;
    expect(twoYears).toBeGreaterThan(MAX_DRIFT_MS);
    const { files: [ana, bo], paths: [anaPath, boPath] } = copies(['Ana', 'Bo'], time, { Bo: twoYears });
    time.advance(HOUR);
    bo!.apply([{ entity: 'task', id: 'task-1', field: 'name', value: 'From a broken clock' }]);
    time.advance(HOUR);

    const p = previewMerge(ana!, boPath!);
    expect(p.suspicious).toBe(true);
    expect(p.sources[0]).toMatchObject({ author: 'Bo', suspicious: true });
    const r = merge(ana!, boPath!);
    expect(r.suspicious).toBe(true);
    expect(task(ana!, 'task-1').name).toBe('From a broken clock'); // the data is kept

    time.advance(HOUR);
    ana!.apply([{ entity: 'task', id: 'task-2', field: 'name', value: 'Another field' }]);
    expect(parseHlc(ana!.history(1)[0]!.clock).wall).toBe(time.t); // our clock did not jump two years
    ana!.apply([{ entity: 'task', id: 'task-1', field: 'name', value: 'Fixed here later' }]);
    expect(task(ana!, 'task-1').name).toBe('Fixed here later');

    // the file remembers the broken clock: after reopening, a later edit of that field still wins
    ana!.close();
    const again = track(PlanFile.open(anaPath!, person('Ana', time)));
    time.advance(HOUR);
    again.apply([{ entity: 'task', id: 'task-1', field: 'name', value: 'Fixed again after reopening' }]);
    expect(task(again, 'task-1').name).toBe('Fixed again after reopening');

    merge(bo!, anaPath!);
    expect(task(bo!, 'task-1').name).toBe('Fixed again after reopening');
    expect(allRows(bo!)).toBe(allRows(again));
  });
});
