import { describe, expect, it } from 'vitest';
import { checkNumber, endsBeforeStart } from '../../../renderer/features/timeline/editor-checks.ts';

describe('what the task editor takes in its number fields', () => {
  const duration = { min: 1, max: 3650, whole: true };
  const progress = { min: 0, max: 100 };

  it('takes numbers as people type them', () => {
    expect(checkNumber(' 12 ', duration)).toEqual({ ok: true, value: 12 });
    expect(checkNumber('1,200', duration)).toEqual({ ok: true, value: 1200 });
    expect(checkNumber('45%', progress)).toEqual({ ok: true, value: 45 });
    expect(checkNumber('33.5', progress)).toEqual({ ok: true, value: 33.5 });
  });

  it('says why it refuses the rest', () => {
    expect(checkNumber('abc', duration)).toEqual({ ok: false, reason: 'notNumber' });
    expect(checkNumber('', duration)).toEqual({ ok: false, reason: 'notNumber' });
    expect(checkNumber('1e3', duration)).toEqual({ ok: false, reason: 'notNumber' });
    expect(checkNumber('-3', duration)).toEqual({ ok: false, reason: 'tooSmall' });
    expect(checkNumber('0', duration)).toEqual({ ok: false, reason: 'tooSmall' });
    expect(checkNumber('4000', duration)).toEqual({ ok: false, reason: 'tooLarge' });
    expect(checkNumber('2.5', duration)).toEqual({ ok: false, reason: 'fraction' });
    expect(checkNumber('150', progress)).toEqual({ ok: false, reason: 'tooLarge' });
    expect(checkNumber('-1', progress)).toEqual({ ok: false, reason: 'tooSmall' });
  });

  it('knows an end before the start', () => {
    expect(endsBeforeStart('2026-03-05', '2026-03-02')).toBe(true);
    expect(endsBeforeStart('2026-03-05', '2026-03-05')).toBe(false);
  });
});
