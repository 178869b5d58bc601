import { useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PLAN_ID } from '../../../shared/model/plan.ts';
import { usePlan } from '../store/context.tsx';
import { selectPlanName, selectReadOnly } from '../store/selectors.ts';

/** The plan name, edited in place: click or Enter to edit, Enter (or leaving the field) saves, Escape cancels. */
export function PlanName() {
  const { t } = useTranslation();
  const name = usePlan(selectPlanName);
  const readOnly = usePlan(selectReadOnly);
  const apply = usePlan((s) => s.apply);
  const [draft, setDraft] = useState<string | null>(null);
  const button = useRef<HTMLButtonElement>(null);
  // Enter and Escape end the edit before the field's blur does: only the first ending counts.
  const editing = useRef(false);

  const start = () => {
    editing.current = true;
    setDraft(name);
  };

  const finish = (save: boolean) => {
    if (draft === null || !editing.current) return;
    editing.current = false;
    const value = draft.trim();
    setDraft(null);
    if (save && value && value !== name) {
      void apply([{ entity: 'settings', id: PLAN_ID, field: 'name', value }], t('history.renamePlan'));
    }
    requestAnimationFrame(() => button.current?.focus());
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      finish(true);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      finish(false);
    }
  };

  if (draft !== null) {
    return (
      <input
        className="plan-name-input"
        aria-label={t('header.planName')}
        value={draft}
        maxLength={500}
        autoFocus
        onFocus={(e) => e.currentTarget.select()}
        onChange={(e) => setDraft(e.currentTarget.value)}
        onKeyDown={onKeyDown}
        onBlur={() => finish(true)}
      />
    );
  }
  return (
    <button
      ref={button}
      type="button"
      className="plan-name"
      title={t('header.renameHint')}
      aria-label={`${t('header.renameLabel')}: ${name}`}
      disabled={readOnly !== null}
      onClick={start}
    >
      {name}
    </button>
  );
}
