import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseMoneyInput } from '../../../shared/logic/budget-money.ts';
import { addCategoryChanges, drawReserveChanges, removeCategoryChanges, reserveOf } from '../../../shared/logic/budget-plan.ts';
import type { BudgetCategory, Settings } from '../../../shared/model/registry.ts';
import { useRows } from '../../app/store/selectors.ts';
import { Dialog } from '../../ui/Dialog.tsx';
import { newId } from '../../ui/ids.ts';
import { useApply } from '../../ui/useEdit.ts';
import { useMoney } from './money.ts';

/** A new category: a name and whether it is work or a reserve; it starts at 0 % and is moved up by slider. */
export function AddCategory({ categories, readOnly }: { categories: readonly BudgetCategory[]; readOnly: boolean }) {
  const { t } = useTranslation();
  const apply = useApply();
  const nameId = useId();
  const kindId = useId();
  const [name, setName] = useState('');
  const [kind, setKind] = useState<'other' | 'reserve'>('other');
  const [error, setError] = useState<string | null>(null);
  if (readOnly) return null;
  const add = () => {
    const trimmed = name.trim();
    if (!trimmed) {
      setError(t('views.budget.plan.nameEmpty'));
      return;
    }
    setError(null);
    void apply(addCategoryChanges(newId('budget'), trimmed, kind, categories), t('views.budget.undo.addCategory', { name: trimmed })).then((ok) => {
      if (ok) setName('');
    });
  };
  return (
    <form
      className="budget-add-category"
      aria-label={t('views.budget.plan.addTitle')}
      onSubmit={(e) => {
        e.preventDefault();
        add();
      }}
    >
      <div className="field">
        <label htmlFor={nameId}>{t('views.budget.plan.addName')}</label>
        <input id={nameId} value={name} maxLength={100} onChange={(e) => setName(e.target.value)} aria-invalid={error ? true : undefined} aria-describedby={error ? `${nameId}-error` : undefined} />
        {error ? (
          <span id={`${nameId}-error`} className="field-error" role="alert">
            {error}
          </span>
        ) : null}
      </div>
      <div className="field">
        <label htmlFor={kindId}>{t('views.budget.plan.addKind')}</label>
        <select id={kindId} value={kind} onChange={(e) => setKind(e.target.value as 'other' | 'reserve')}>
          <option value="other">{t('views.budget.plan.kindOther')}</option>
          <option value="reserve">{t('views.budget.plan.kindReserve')}</option>
        </select>
      </div>
      <button type="submit" className="btn">
        {t('views.budget.plan.add')}
      </button>
    </form>
  );
}

/** Rename and remove for one category row; removing says what happens to its share, split and spend. */
export function CategoryActions({ category, name, categories, categoryName, readOnly }: {
  category: BudgetCategory;
  name: string;
  categories: readonly BudgetCategory[];
  categoryName: (c: BudgetCategory) => string;
  readOnly: boolean;
}) {
  const { t } = useTranslation();
  const apply = useApply();
  const settings = useRows('settings')[0];
  const money = useMoney(settings?.currency ?? 'CNY');
  const splits = useRows('platform_share').filter((s) => s.category_id === category.id);
  const entries = useRows('spend_entry').filter((e) => e.category_id === category.id);
  const others = categories.filter((c) => c.id !== category.id);
  const [dialog, setDialog] = useState<'rename' | 'remove' | null>(null);
  const [draft, setDraft] = useState(name);
  const [moveTo, setMoveTo] = useState(others[0]?.id ?? '');
  const renameId = useId();
  const moveId = useId();

  const plan = removeCategoryChanges({ id: category.id, categories, splits, spend: entries, moveTo: moveTo || null });
  const remove = () => {
    if (!plan.ok) return;
    setDialog(null);
    void apply(plan.changes, t('views.budget.undo.removeCategory', { name }));
  };
  const rename = () => {
    const next = draft.trim();
    setDialog(null);
    if (next && next !== name) void apply([{ entity: 'budget_category', id: category.id, field: 'name', value: next }], t('views.budget.undo.renameCategory', { name: next }));
  };
  const spent = entries.reduce((a, e) => a + e.amount, 0);

  return (
    <>
      <button
        type="button"
        className="btn btn-quiet share-rename"
        disabled={readOnly}
        aria-label={t('views.budget.plan.rename', { name })}
        title={t('views.budget.plan.rename', { name })}
        onClick={() => {
          setDraft(name);
          setDialog('rename');
        }}
      >
        ✎
      </button>
      <button
        type="button"
        className="btn btn-quiet share-remove"
        disabled={readOnly || categories.length <= 1}
        aria-label={t('views.budget.plan.remove', { name })}
        title={t('views.budget.plan.remove', { name })}
        onClick={() => {
          setMoveTo(others[0]?.id ?? '');
          setDialog('remove');
        }}
      >
        ×
      </button>
      <Dialog
        title={t('views.budget.plan.rename', { name })}
        open={dialog === 'rename'}
        onClose={() => setDialog(null)}
        actions={
          <>
            <button type="button" className="btn" onClick={() => setDialog(null)}>
              {t('views.budget.plan.cancel')}
            </button>
            <button type="button" className="btn btn-primary" onClick={rename}>
              {t('views.budget.plan.renameSave')}
            </button>
          </>
        }
      >
        <div className="field">
          <label htmlFor={renameId}>{t('views.budget.plan.renameLabel', { name })}</label>
          <input
            id={renameId}
            value={draft}
            maxLength={100}
            onChange={(e) => setDraft(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') rename();
            }}
          />
        </div>
      </Dialog>
      <Dialog
        title={t('views.budget.plan.removeTitle', { name })}
        open={dialog === 'remove'}
        onClose={() => setDialog(null)}
        actions={
          <>
            <button type="button" className="btn" onClick={() => setDialog(null)}>
              {t('views.budget.plan.cancel')}
            </button>
            <button type="button" className="btn btn-danger" disabled={!plan.ok} onClick={remove}>
              {t('views.budget.plan.removeConfirm')}
            </button>
          </>
        }
      >
        <p>{t('views.budget.plan.removeShare', { share: money.number(category.share) })}</p>
        {splits.length ? <p>{t('views.budget.plan.removeSplit', { count: splits.length })}</p> : null}
        {entries.length ? (
          <p className="field">
            <label htmlFor={moveId}>{t('views.budget.plan.removeSpend', { count: entries.length, amount: money.format(spent) })}</label>
            <select id={moveId} value={moveTo} onChange={(e) => setMoveTo(e.target.value)}>
              {others.map((c) => (
                <option key={c.id} value={c.id}>
                  {categoryName(c)}
                </option>
              ))}
            </select>
          </p>
        ) : null}
        {!plan.ok && plan.reason === 'locked_rest' ? (
          <p className="field-error" role="alert">
            {t('views.budget.plan.removeLocked')}
          </p>
        ) : null}
        <p>{t('views.budget.plan.removeUndo')}</p>
      </Dialog>
    </>
  );
}

/** The unallocated reserve, and giving part of it to a category (share points move from the reserve). */
export function ReserveLine({ settings, categories, categoryName, readOnly }: {
  settings: Settings;
  categories: readonly BudgetCategory[];
  categoryName: (c: BudgetCategory) => string;
  readOnly: boolean;
}) {
  const { t } = useTranslation();
  const apply = useApply();
  const money = useMoney(settings.currency);
  const spend = useRows('spend_entry');
  const toId = useId();
  const amountId = useId();
  const targets = categories.filter((c) => c.key !== 'reserve');
  const [to, setTo] = useState('');
  const [amount, setAmount] = useState('');
  const [error, setError] = useState<string | null>(null);
  const r = reserveOf({ total: settings.total_budget, categories, spend });
  const hasReserve = categories.some((c) => c.key === 'reserve');
  const give = () => {
    const n = parseMoneyInput(amount);
    const target = targets.find((c) => c.id === (to || targets[0]?.id));
    if (!n.ok || !target) {
      setError(t('ui.money.invalid'));
      return;
    }
    const changes = drawReserveChanges({ total: settings.total_budget, categories, to: target.id, amount: n.value });
    if (!changes) {
      setError(t('views.budget.plan.giveNothing'));
      return;
    }
    setError(null);
    setAmount('');
    void apply(changes, t('views.budget.undo.giveReserve', { name: categoryName(target) }));
  };
  return (
    <div className="budget-reserve" data-testid="budget-reserve" data-available={r.available}>
      <p className="panel-summary">
        {r.available > 0 || hasReserve
          ? t('views.budget.plan.reserve', { available: money.format(r.available), unplanned: money.format(r.unplanned), held: money.format(r.held), drawn: money.format(r.drawn) })
          : t('views.budget.plan.reserveNone')}
      </p>
      {hasReserve && !readOnly && targets.length ? (
        <form
          className="budget-reserve-give"
          onSubmit={(e) => {
            e.preventDefault();
            give();
          }}
        >
          <div className="field">
            <label htmlFor={toId}>{t('views.budget.plan.giveTo')}</label>
            <select id={toId} value={to || targets[0]!.id} onChange={(e) => setTo(e.target.value)}>
              {targets.map((c) => (
                <option key={c.id} value={c.id}>
                  {categoryName(c)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={amountId}>{t('views.budget.plan.giveAmount', { currency: settings.currency })}</label>
            <input id={amountId} inputMode="decimal" value={amount} onChange={(e) => setAmount(e.target.value)} aria-invalid={error ? true : undefined} />
          </div>
          <button type="submit" className="btn">
            {t('views.budget.plan.give')}
          </button>
          {error ? (
            <span className="field-error" role="alert">
              {error}
            </span>
          ) : null}
        </form>
      ) : null}
    </div>
  );
}
