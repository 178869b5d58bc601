import { useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PLAN_ID } from '../../../shared/model/plan.ts';
import { usePlan } from '../store/context.tsx';
import { selectPlanName, selectReadOnly } from '../store/selectors.ts';
import { useTextDraft } from '../../ui/useAutosave.ts';

/** The plan name, edited in place: click or Enter to edit; saved as it is typed (useAutosave), Escape cancels. */
export function PlanName() {
  const { t } = useTranslation();
  const name = usePlan(selectPlanName);
  const readOnly = usePlan(selectReadOnly);
  const apply = usePlan((s) => s.apply);
  const [editing, setEditing] = useState(false);
  const text = useTextDraft(name, (draft) => {
    const value = draft.trim();
    if (value && value !== name) void apply([{ entity: 'settings', id: PLAN_ID, field: 'name', value }], t('history.renamePlan'));
  });
  const button = useRef<HTMLButtonElement>(null);

  const finish = (save: boolean) => {
    if (!save) text.revert();
    text.blur();
    setEditing(false);
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

  if (editing) {
    return (
      <input
        className="plan-name-input"
        aria-label={t('header.planName')}
        value={text.draft}
        maxLength={500}
        autoFocus
        onFocus={(e) => {
          text.focus();
          e.currentTarget.select();
        }}
        onChange={(e) => text.change(e.currentTarget.value)}
        onKeyDown={onKeyDown}
        onBlur={() => {
          text.blur();
          setEditing(false);
        }}
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
      onClick={() => setEditing(true)}
    >
      {name}
    </button>
  );
}
