import { useTranslation } from 'react-i18next';
import { LockActions } from '../../features/sharing/LockActions.tsx';
import { errorText } from '../i18n/index.ts';
import { usePlan } from '../store/context.tsx';
import { selectReadOnly } from '../store/selectors.ts';

/** Says why the plan cannot be changed (someone else has it open, a newer version made it, …). */
export function ReadOnlyBanner() {
  const { t, i18n } = useTranslation();
  const reason = usePlan(selectReadOnly);
  if (!reason) return null;
  return (
    <div className="read-only-banner" role="status" data-code={reason.code}>
      <strong className="read-only-badge">{t('readOnly.title')}</strong>
      <span>{errorText(i18n, reason)}</span>
      {reason.code === 'LOCKED' ? <LockActions /> : null}
    </div>
  );
}
