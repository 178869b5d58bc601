import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fromMinor, parseMoneyInput } from '../../../shared/logic/budget-money.ts';
import { parseDateCell } from '../../../shared/logic/csv.ts';
import { today as planToday } from '../../../shared/logic/today.ts';
import type { Change } from '../../../shared/model/change.ts';
import type { BudgetCategory, Platform, Settings, SpendEntry } from '../../../shared/model/registry.ts';
import { newId } from '../../ui/ids.ts';
import { SidePanel } from '../../ui/SidePanel.tsx';
import { rowChanges, useApply } from '../../ui/useEdit.ts';

/** The side panel that adds or edits one entry: nothing is written until Save, then in one step. */
export function SpendEditor({ entry, settings, categories, categoryName, platforms, lastOrder, defaults, onClose }: {
  entry: SpendEntry | null;
  settings: Settings;
  categories: readonly BudgetCategory[];
  categoryName: (c: BudgetCategory) => string;
  platforms: readonly Platform[];
  lastOrder: number;
  defaults: { category: string | null; platform: string | null };
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const apply = useApply();
  const ids = { date: useId(), amount: useId(), category: useId(), platform: useId(), supplier: useId(), note: useId() };
  const today = planToday(settings);
  const [date, setDate] = useState(entry?.date ?? (today >= settings.start_date && today <= settings.end_date ? today : settings.start_date));
  const [amount, setAmount] = useState(entry ? String(fromMinor(entry.amount)) : '');
  const [category, setCategory] = useState(entry?.category_id ?? defaults.category ?? categories[0]?.id ?? '');
  const [platform, setPlatform] = useState<string>(entry?.platform_id ?? defaults.platform ?? '');
  const [supplier, setSupplier] = useState(entry?.supplier ?? '');
  const [note, setNote] = useState(entry?.note ?? '');
  const [errors, setErrors] = useState<Partial<Record<'date' | 'amount' | 'category' | 'supplier', string>>>({});
  const formRef = useRef<HTMLFormElement>(null);

  const save = async () => {
    const next: typeof errors = {};
    const d = parseDateCell(date);
    if (!d.ok) next.date = t('views.budget.dateInvalid');
    const a = parseMoneyInput(amount);
    if (!a.ok) {
      const key = { negative: 'amountNegative', empty: 'amountEmpty', not_a_number: 'amountNotNumber', too_large: 'totalTooLarge' }[a.code];
      next.amount = t(`views.budget.${key}`, { value: amount.trim() });
    }
    if (!categories.some((c) => c.id === category)) next.category = t('views.budget.categoryMissing');
    if (supplier.length > 200) next.supplier = t('views.budget.supplierTooLong');
    setErrors(next);
    if (Object.keys(next).length || !d.ok || !a.ok) {
      const first = (['date', 'amount', 'category', 'supplier'] as const).find((k) => next[k]);
      if (first) formRef.current?.querySelector<HTMLElement>(`#${CSS.escape(ids[first])}`)?.focus();
      return;
    }
    const values = { date: d.value, amount: a.value, category_id: category, platform_id: platform || null, supplier: supplier.trim(), note };
    let changes: Change[];
    if (entry) {
      changes = rowChanges('spend_entry', entry.id, values).filter((c) => (entry as Record<string, unknown>)[c.field] !== c.value);
    } else {
      changes = rowChanges('spend_entry', newId('spend'), { ...values, sort_order: lastOrder + 1 });
    }
    if (changes.length === 0) {
      onClose();
      return;
    }
    if (await apply(changes, t(entry ? 'views.budget.undo.editSpend' : 'views.budget.undo.addSpend'))) onClose();
  };

  const fieldError = (key: keyof typeof errors) =>
    errors[key] ? (
      <span id={`${ids[key]}-error`} className="field-error" role="alert">
        {errors[key]}
      </span>
    ) : null;
  const invalid = (key: keyof typeof errors) => (errors[key] ? { 'aria-invalid': true as const, 'aria-describedby': `${ids[key]}-error` } : {});

  return (
    <SidePanel
      title={entry ? t('views.budget.editSpendTitle') : t('views.budget.addSpendTitle')}
      onClose={onClose}
      actions={
        <>
          <button type="button" className="btn btn-primary" onClick={() => void save()}>
            {t('ui.save')}
          </button>
          <button type="button" className="btn" onClick={onClose}>
            {t('ui.cancel')}
          </button>
        </>
      }
    >
      <form
        ref={formRef}
        className="spend-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <div className="field">
          <label htmlFor={ids.date}>{t('views.budget.date')}</label>
          <input id={ids.date} type="date" value={date} onChange={(e) => setDate(e.target.value)} {...invalid('date')} />
          {fieldError('date')}
        </div>
        <div className="field">
          <label htmlFor={ids.amount}>{t('views.budget.amountIn', { currency: settings.currency })}</label>
          <input id={ids.amount} inputMode="decimal" value={amount} onChange={(e) => setAmount(e.target.value)} {...invalid('amount')} />
          {fieldError('amount')}
        </div>
        <div className="field">
          <label htmlFor={ids.category}>{t('views.budget.category')}</label>
          <select id={ids.category} value={category} onChange={(e) => setCategory(e.target.value)} {...invalid('category')}>
            {categories.map((c) => (
              <option key={c.id} value={c.id}>
                {categoryName(c)}
              </option>
            ))}
          </select>
          {fieldError('category')}
        </div>
        <div className="field">
          <label htmlFor={ids.platform}>{t('views.budget.platform')}</label>
          <select id={ids.platform} value={platform} onChange={(e) => setPlatform(e.target.value)}>
            <option value="">{t('views.budget.noPlatform')}</option>
            {platforms.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.supplier}>{t('views.budget.supplier')}</label>
          <input id={ids.supplier} value={supplier} onChange={(e) => setSupplier(e.target.value)} {...invalid('supplier')} />
          {fieldError('supplier')}
        </div>
        <div className="field">
          <label htmlFor={ids.note}>{t('views.budget.note')}</label>
          <textarea id={ids.note} rows={3} value={note} onChange={(e) => setNote(e.target.value)} />
        </div>
        {/* Enter in a text box submits */}
        <button type="submit" hidden tabIndex={-1} aria-hidden="true" />
      </form>
    </SidePanel>
  );
}
