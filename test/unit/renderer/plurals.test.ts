/**
 * The counted messages of the Timeline and the Goals read right for one and for many in English
 * (i18next plural forms), and Chinese has one form for both.
 */
import { describe, expect, it } from 'vitest';
import { initI18n } from '../../../renderer/app/i18n/index.ts';

const en = initI18n('en');
const zh = initI18n('zh-CN');

const CASES: [key: string, params: Record<string, unknown>, one: string, many: string][] = [
  ['views.timeline.msgPushed', {}, '1 following task moved with it.', '3 following tasks moved with it.'],
  ['views.timeline.msgPhaseMoved', { name: 'Prep' }, 'Phase “Prep” moved by 1 day.', 'Phase “Prep” moved by 3 days.'],
  ['views.timeline.msgPhaseHeld', { name: 'Prep' }, 'Phase “Prep” was held back by a link from outside it: moved by 1 day.', 'Phase “Prep” was held back by a link from outside it: moved by 3 days.'],
  ['views.timeline.msgPhaseMovedList', { name: 'Prep', list: 'x' }, 'Phase “Prep” moved by 1 day: x moved.', 'Phase “Prep” moved by 3 days: x moved.'],
  ['views.timeline.taskLabel', { range: 'Jan 5', progress: 0 }, 'Jan 5, 1 day, 0% done', 'Jan 5, 3 days, 0% done'],
  ['views.timeline.taskLabelWorking', { range: 'Jan 5', progress: 0 }, 'Jan 5, 1 working day, 0% done', 'Jan 5, 3 working days, 0% done'],
  ['views.timeline.phaseLabel', { range: 'Jan 5', progress: 0 }, 'phase, 1 task, Jan 5, 0% done', 'phase, 3 tasks, Jan 5, 0% done'],
  ['views.goals.flagSum', { actual: 5, expected: 6 }, 'Its 1 part adds up to 5, not 6.', 'Its 3 parts add up to 5, not 6.'],
  ['views.goals.flagAverage', { actual: 5, expected: 6 }, 'Its 1 part averages 5, not 6.', 'Its 3 parts average 5, not 6.'],
  ['views.goals.rollupOk', {}, 'Its 1 part adds up to the target.', 'Its 3 parts add up to the target.'],
  ['views.goals.measuredHint', { aggregation: 'sum' }, 'From 1 measured value (sum).', 'From 3 measured values (sum).'],
  ['views.goals.split', { period: 'weeks', one: 'week' }, 'Split into 1 week', 'Split into 3 weeks'],
  ['views.goals.deleteBranch', {}, 'Delete with its 1 part', 'Delete with its 3 parts'],
  ['views.goals.imported', {}, 'Imported 1 value.', 'Imported 3 values.'],
  ['views.goals.history.split', {}, 'Split objective into 1 part', 'Split objective into 3 parts'],
];

describe('counted messages', () => {
  for (const [key, params, one, many] of CASES) {
    it(`${key} in English, singular and plural`, () => {
      expect(en.t(key, { ...params, count: 1 })).toBe(one);
      expect(en.t(key, { ...params, count: 3 })).toBe(many);
    });
  }

  it('in Chinese, read the same for one and for many but for the number', () => {
    for (const [key, params] of CASES) {
      const a = zh.t(key, { ...params, count: 1 });
      expect(a, key).not.toBe(key);
      expect(a, key).not.toBe(en.t(key, { ...params, count: 1 }));
      expect(zh.t(key, { ...params, count: 3 }), key).toBe(a.replace('1', '3'));
    }
  });
});
