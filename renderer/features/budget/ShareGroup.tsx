import { useCallback, useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { addsUp, normaliseShares, rebalance, setExactShare, shareAmounts, shareChanges, shareOfAmount, shareSum, shownPercents, type Share } from '../../../shared/logic/shares.ts';
import { parseNumberCell } from '../../../shared/logic/csv.ts';
import { isWholeUnits, parseMoneyInput } from '../../../shared/logic/budget-money.ts';
import type { Change } from '../../../shared/model/change.ts';
import { useApply } from '../../ui/useEdit.ts';
import { useSliderCommit } from '../../ui/useSliderCommit.ts';
import { CommitInput, type Parsed } from './CommitInput.tsx';
import { useMoney } from './money.ts';

export interface ShareItem extends Share {
  name: string;
}

type Entity = 'budget_category' | 'platform_share';

/**
 * Sliders over shares that always add up to 100: one row per share with a lock, a real range input
 * (arrow keys, Page Up/Down, Home/End work natively), the exact percentage and the amount. While a
 * slider is dragged the rebalanced values are shown here only; the plan changes once, on release
 * (pointer up, a pause in key presses, or focus leaving), as one undo step.
 */
export function ShareGroup({
  entity,
  label,
  items,
  base,
  currency,
  readOnly,
  nested,
  describe,
  below,
  actions,
  removable,
  footer,
  within,
}: {
  entity: Entity;
  /** names the group for assistive technology: "Budget categories", "Advertising by platform" */
  label: string;
  items: readonly ShareItem[];
  /** the money the shares divide, in minor units: the total, or the category's amount */
  base: number;
  currency: string;
  readOnly: boolean;
  nested?: boolean;
  /** the slider's accessible name for an item */
  describe: (item: ShareItem) => string;
  /** shown under an item's row (its split by platform, a note) */
  below?: (item: ShareItem) => ReactNode;
  /** extra controls at the row's end */
  actions?: (item: ShareItem) => ReactNode;
  /** rows can be taken out of the group (their share goes to the unlocked others) */
  removable?: boolean;
  footer?: ReactNode;
  /** the category a platform split belongs to, so that every control's name is unique on the page */
  within?: string;
}) {
  const { t } = useTranslation();
  const apply = useApply();
  const money = useMoney(currency);
  const [draft, setDraftState] = useState<ShareItem[] | null>(null);
  const draftRef = useRef<ShareItem[] | null>(null);
  const itemsRef = useRef(items);
  itemsRef.current = items;
  const [errors, setErrors] = useState<Record<string, string | null>>({});
  const groupId = useId();
  const named = (key: string, item: ShareItem) => (within ? t(`views.budget.${key}In`, { name: item.name, category: within, currency }) : t(`views.budget.${key}`, { name: item.name, currency }));

  const setDraft = (d: ShareItem[] | null) => {
    draftRef.current = d;
    setDraftState(d);
  };

  const commit = useCallback(() => {
    const d = draftRef.current;
    if (!d) return;
    draftRef.current = null;
    const changes = shareChanges(entity, itemsRef.current, d);
    if (changes.length) void apply(changes, t('views.budget.undo.shares'));
    setDraftState(null);
  }, [apply, entity, t]);

  const slider = useSliderCommit(commit);
  // a drag can end outside the slider: any pointer release ends it
  const dragging = draft !== null;
  const { flush } = slider;
  useEffect(() => {
    if (!dragging) return;
    const up = () => flush();
    window.addEventListener('pointerup', up);
    window.addEventListener('pointercancel', up);
    return () => {
      window.removeEventListener('pointerup', up);
      window.removeEventListener('pointercancel', up);
    };
  }, [dragging, flush]);

  const shown = draft ?? items;
  const values = shown.map((s) => s.share);
  const percents = shownPercents(values);
  const amountsShown = shareAmounts(base, values);
  // one cent in the column shows every amount with cents, so equal shares read alike (33.34, 33.33, 33.33)
  const cents = amountsShown.some((a) => !isWholeUnits(a));
  const unlocked = items.filter((s) => !s.locked).length;
  const setError = (id: string, message: string | null) => setErrors((e) => (e[id] === message ? e : { ...e, [id]: message }));

  const exact = (item: ShareItem, percent: number, asAmount: boolean): Parsed<Share[]> => {
    const r = setExactShare(itemsRef.current, item.id, percent);
    if (r.ok) return { ok: true, value: r.shares };
    const max = asAmount ? money.format(Math.floor((base * r.max) / 100)) : `${money.number(r.max)}%`;
    return { ok: false, error: t(`views.budget.exact.${r.reason}`, { max, name: item.name }) };
  };
  const parsePercent = (item: ShareItem) => (text: string): Parsed<Share[]> => {
    const n = parseNumberCell(text);
    if (!n.ok) return { ok: false, error: t(n.code === 'negative' ? 'views.budget.exact.negative' : 'views.budget.exact.not_a_number', { value: text.trim() }) };
    return exact(item, n.value, false);
  };
  const parseAmount = (item: ShareItem) => (text: string): Parsed<Share[]> => {
    const n = parseMoneyInput(text);
    if (!n.ok) return { ok: false, error: t(n.code === 'negative' ? 'views.budget.exact.negativeAmount' : n.code === 'too_large' ? 'views.budget.totalTooLarge' : 'views.budget.exact.not_a_number', { value: text.trim() }) };
    if (!(base > 0)) return { ok: false, error: t(entity === 'budget_category' ? 'views.budget.exact.noTotal' : 'views.budget.exact.noCategoryMoney') };
    return exact(item, shareOfAmount(n.value, base), true);
  };
  const commitShares = (next: Share[]) => {
    const changes = shareChanges(entity, itemsRef.current, next);
    if (changes.length) void apply(changes, t('views.budget.undo.shares'));
  };

  const toggleLock = (item: ShareItem) =>
    void apply([{ entity, id: item.id, field: 'locked', value: !item.locked }], t(item.locked ? 'views.budget.undo.unlock' : 'views.budget.undo.lock', { name: item.name }));

  const remove = (item: ShareItem) => {
    const current = itemsRef.current;
    let changes: Change[] = [];
    if (current.length > 1) {
      const next = rebalance(current, item.id, 0);
      if ((next.find((s) => s.id === item.id)?.share ?? 0) > 1e-9) {
        setError(item.id, t('views.budget.removeBlocked', { name: item.name }));
        return;
      }
      changes = shareChanges(entity, current, next).filter((c) => c.id !== item.id);
    }
    void apply([...changes, { entity, id: item.id, field: 'deleted', value: true }], t('views.budget.undo.removePlatform', { name: item.name }));
  };

  const fix = () => commitShares(normaliseShares(items));

  return (
    <div className={nested ? 'share-group share-group-nested' : 'share-group'} role="group" aria-label={label} id={groupId}>
      {unlocked <= 1 && items.length > 1 && !readOnly ? <p className="share-note">{t('views.budget.allLocked')}</p> : null}
      {items.map((item, i) => {
        const live = shown[i] ?? item;
        const error = errors[item.id] ?? null;
        const errorId = `${groupId}-${item.id}-error`;
        const cannotMove = item.locked || readOnly || unlocked <= 1;
        return (
          <div key={item.id} className="share-item">
            <div className={`share-row${item.locked ? ' is-locked' : ''}`}>
              <span className="share-name" title={item.name}>
                {item.name}
              </span>
              <button
                type="button"
                className="btn btn-quiet share-lock"
                aria-pressed={item.locked}
                aria-label={named('lock', item)}
                title={t(item.locked ? 'views.budget.lockedTitle' : 'views.budget.unlockedTitle')}
                disabled={readOnly}
                onClick={() => toggleLock(item)}
              >
                <LockIcon locked={item.locked} />
              </button>
              <input
                type="range"
                className="share-range"
                min={0}
                max={100}
                step={1}
                value={live.share}
                disabled={cannotMove}
                aria-label={describe(item)}
                aria-valuetext={`${percents[i] ?? 0}% · ${money.format(amountsShown[i] ?? 0, cents)}`}
                style={{ '--fill': `${Math.min(100, Math.max(0, live.share))}%` } as React.CSSProperties}
                onChange={(e) => {
                  setDraft(rebalance(itemsRef.current, item.id, Number(e.target.value)).map((s, k) => ({ ...s, name: itemsRef.current[k]!.name })));
                  slider.moved();
                }}
                {...slider.endProps}
              />
              <span className="share-input share-pct">
                <CommitInput
                  inputMode="decimal"
                  aria-label={named('percentOf', item)}
                  value={String(percents[i] ?? 0)}
                  disabled={item.locked || readOnly}
                  parse={parsePercent(item)}
                  onCommit={commitShares}
                  onError={(m) => setError(item.id, m)}
                  invalid={error !== null}
                  errorId={errorId}
                />
                <span aria-hidden="true">%</span>
              </span>
              <span className="share-input share-amount">
                <CommitInput
                  inputMode="decimal"
                  aria-label={named('amountOf', item)}
                  value={money.amount(amountsShown[i] ?? 0)}
                  disabled={item.locked || readOnly || !(base > 0)}
                  parse={parseAmount(item)}
                  onCommit={commitShares}
                  onError={(m) => setError(item.id, m)}
                  invalid={error !== null}
                  errorId={errorId}
                />
                <span aria-hidden="true">{currency}</span>
              </span>
              <span className="share-actions">
                {actions?.(item)}
                {removable ? (
                  <button
                    type="button"
                    className="btn btn-quiet share-remove"
                    aria-label={named('removePlatform', item)}
                    title={named('removePlatform', item)}
                    disabled={readOnly || item.locked}
                    onClick={() => remove(item)}
                  >
                    ×
                  </button>
                ) : null}
              </span>
            </div>
            {error ? (
              <p id={errorId} className="share-error" role="alert">
                {error}
              </p>
            ) : null}
            {below?.(item)}
          </div>
        );
      })}
      {items.length > 0 && !addsUp(items) ? (
        <div className="share-warning" role="alert">
          <span>{t('views.budget.notHundred', { sum: money.number(shareSum(items)) })}</span>
          <button type="button" className="btn" disabled={readOnly} onClick={fix}>
            {t('views.budget.fixShares')}
          </button>
        </div>
      ) : null}
      {items.length === 0 ? null : (
        <div className="share-row share-total">
          <span className="share-name">{t('views.budget.sum')}</span>
          <span />
          <span />
          <span className="share-figure">{percents.reduce((a, b) => a + b, 0)}%</span>
          <span className="share-figure">{money.format(amountsShown.reduce((a, b) => a + b, 0), cents)}</span>
          <span />
        </div>
      )}
      {footer}
    </div>
  );
}

function LockIcon({ locked }: { locked: boolean }) {
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <rect x="3" y="7" width="10" height="7" rx="1.5" fill={locked ? 'currentColor' : 'none'} stroke="currentColor" strokeWidth="1.5" />
      <path d={locked ? 'M5.5 7V5a2.5 2.5 0 0 1 5 0v2' : 'M5.5 7V5a2.5 2.5 0 0 1 4.9-.7'} fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" />
    </svg>
  );
}
