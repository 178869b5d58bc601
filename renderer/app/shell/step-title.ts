/**
 * The words for the toast after Undo or Redo: "Undid: Edit task “Teaser”". Pure: the words come in through
 * `t`, so a unit test drives it without a page.
 */
import type { StepInfo } from '../../../shared/api.ts';
import type { NewToast } from '../store/toast-slice.ts';

type Translate = (key: string, params?: Record<string, unknown>) => string;

/** What the step was: its history label with the row it was about, else the row, else how many rows. */
export function stepTitle(step: StepInfo, t: Translate): string | null {
  const { label, subject, rows } = step;
  const more = Math.max(0, rows - 1);
  if (/^revert \d+$/.test(label)) return t('toast.step.revert');
  const merge = /^merge(?: (.*))?$/s.exec(label);
  if (merge) return t('toast.step.merge', { name: merge[1] ?? '' });
  if (label === 'template') return null;
  const named = label.trim();
  if (named) {
    // labels that already name their row ("Delete risk R-3 Data leak") are not followed by the name again
    if (!subject || named.includes(subject.name)) return named;
    return more ? t('toast.step.namedMore', { step: named, name: subject.name, count: more }) : t('toast.step.named', { step: named, name: subject.name });
  }
  if (subject) {
    const entity = t(`sharing.entity.${subject.entity}`);
    return more ? t('toast.step.rowMore', { entity, name: subject.name, count: more }) : t('toast.step.row', { entity, name: subject.name });
  }
  return rows ? t('toast.step.rows', { count: rows }) : null;
}

/** The toast after an undo or redo: what it acted on when the backend said, else a plain "Undone." */
export function stepToast(which: 'undo' | 'redo', step: StepInfo | null, t: Translate): NewToast {
  const what = step ? stepTitle(step, t) : null;
  if (what === null) return { kind: 'info', key: which === 'undo' ? 'toast.undone' : 'toast.redone' };
  return { kind: 'info', key: which === 'undo' ? 'toast.undid' : 'toast.redid', params: { what } };
}
