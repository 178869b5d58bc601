import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseScore } from './model.ts';

/**
 * A score (0-10) typed straight into a matrix cell: the draft is kept while typing and committed once,
 * on Enter or when the cell loses focus; Escape puts the saved value back.
 */
export function ScoreCell({ value, label, disabled, onCommit }: { value: number; label: string; disabled: boolean; onCommit: (v: number) => void }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(String(value));
  const [invalid, setInvalid] = useState(false);
  useEffect(() => {
    setDraft(String(value));
    setInvalid(false);
  }, [value]);
  const commit = () => {
    const n = parseScore(draft);
    if (n === null) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    if (n !== value) onCommit(n);
  };
  return (
    <input
      className="score-cell"
      type="text"
      inputMode="numeric"
      aria-label={label}
      aria-invalid={invalid ? true : undefined}
      title={invalid ? t('views.audience.scoreRange') : undefined}
      value={draft}
      disabled={disabled}
      size={3}
      onChange={(e) => setDraft(e.target.value)}
      onFocus={(e) => e.currentTarget.select()}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') commit();
        if (e.key === 'Escape') {
          setDraft(String(value));
          setInvalid(false);
        }
      }}
    />
  );
}

/** Weighted scores always with two decimals (9.05, 7.60), so a column of them lines up. */
export function useScoreFormat(): (score: number) => string {
  const { i18n } = useTranslation();
  return useMemo(() => {
    const f = new Intl.NumberFormat(i18n.language, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    return (score: number) => f.format(score);
  }, [i18n.language]);
}
