/** The Timeline's words around the board: a message after an action, and the legend of the chart's marks. */
import { useTranslation } from 'react-i18next';

export function MessageText({ text, onDismiss, alert }: { text: string; onDismiss: () => void; alert?: boolean }) {
  const { t } = useTranslation();
  return (
    <p className={alert ? 'tl-msg tl-msg-alert' : 'tl-msg'}>
      <span>{text}</span>
      <button type="button" className="btn btn-quiet tl-msg-close" aria-label={t('views.timeline.dismiss')} onClick={onDismiss}>
        ×
      </button>
    </p>
  );
}

const MARKS = [
  ['summary', 'legendPhase'],
  ['milestone', 'milestone'],
  ['critical', 'legendCritical'],
  ['today', 'legendToday'],
] as const;
const KEY_DATE_KINDS = ['holiday', 'workday', 'shopping', 'sports', 'industry'] as const;

export function Legend() {
  const { t } = useTranslation();
  return (
    <ul className="tl-legend" aria-label={t('views.timeline.legend')}>
      {MARKS.map(([mark, label]) => (
        <li key={mark}>
          <span className={`tl-lg tl-lg-${mark}`} aria-hidden="true" />
          {t(`views.timeline.${label}`)}
        </li>
      ))}
      <li>
        <span className="tl-lg tl-lg-warn" aria-hidden="true">
          ⚠
        </span>
        {t('views.timeline.legendWarn')}
      </li>
      {KEY_DATE_KINDS.map((k) => (
        <li key={k}>
          <span className={`tl-lg tl-kd-${k}`} aria-hidden="true" />
          {t(`enum.key_date_kind.${k}`)}
        </li>
      ))}
    </ul>
  );
}
