import { useTranslation } from 'react-i18next';
import { usePlan } from '../store/context.tsx';
import { selectSave } from '../store/selectors.ts';

/** Whether the last edits reached the file. */
export function SaveIndicator() {
  const { t } = useTranslation();
  const save = usePlan(selectSave);
  const shown = save === 'idle' ? 'saved' : save;
  return (
    <span className={`save-indicator save-${shown}`} role="status" data-state={save}>
      <span className="save-dot" aria-hidden="true" />
      {t(`save.${shown}`)}
    </span>
  );
}
