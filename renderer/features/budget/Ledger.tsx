import { useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { checkCurrency, LEDGER_COLUMNS, ledgerRecords, matchName, parseAmountCell, type LedgerHeadings, type Named } from '../../../shared/logic/budget-csv.ts';
import { fromMinor, parseMoneyInput } from '../../../shared/logic/budget-money.ts';
import { parseDateCell, writeCsv } from '../../../shared/logic/csv.ts';
import { today as planToday } from '../../../shared/logic/today.ts';
import type { Change } from '../../../shared/model/change.ts';
import type { BudgetCategory, Platform, Settings, SpendEntry } from '../../../shared/model/registry.ts';
import { usePlan } from '../../app/store/context.tsx';
import { CsvImport, fromCell, type CsvField, type ImportRow } from '../../ui/CsvImport.tsx';
import { useFormat } from '../../ui/format.ts';
import { newId } from '../../ui/ids.ts';
import { SidePanel } from '../../ui/SidePanel.tsx';
import { rowChanges, useApply } from '../../ui/useEdit.ts';
import { en as budgetEn, zhCN as budgetZh } from './i18n.ts';
import { useMoney } from './money.ts';

const ALL = '__all__';
const NONE = '__none__';

/** The spend ledger: entries with add, edit and delete, filters, CSV import and export. */
export function Ledger({ settings, entries, categories, categoryName, platforms, readOnly }: {
  settings: Settings;
  entries: readonly SpendEntry[];
  categories: readonly BudgetCategory[];
  categoryName: (c: BudgetCategory) => string;
  platforms: readonly Platform[];
  readOnly: boolean;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const apply = useApply();
  const pushToast = usePlan((s) => s.pushToast);
  const money = useMoney(settings.currency);
  const headingId = useId();
  const catFilterId = useId();
  const platFilterId = useId();
  const [catFilter, setCatFilter] = useState(ALL);
  const [platFilter, setPlatFilter] = useState(ALL);
  const [editing, setEditing] = useState<SpendEntry | 'new' | null>(null);
  const [importing, setImporting] = useState(false);

  const catName = useMemo(() => new Map(categories.map((c) => [c.id, categoryName(c)])), [categories, categoryName]);
  const platName = useMemo(() => new Map(platforms.map((p) => [p.id, p.name])), [platforms]);
  const shown = useMemo(
    () =>
      entries
        .filter((e) => (catFilter === ALL || e.category_id === catFilter) && (platFilter === ALL || (platFilter === NONE ? e.platform_id === null : e.platform_id === platFilter)))
        .map((e, i) => ({ e, i }))
        .sort((a, b) => (a.e.date < b.e.date ? -1 : a.e.date > b.e.date ? 1 : a.i - b.i))
        .map(({ e }) => e),
    [entries, catFilter, platFilter],
  );
  const shownTotal = shown.reduce((s, e) => s + e.amount, 0);

  const remove = (e: SpendEntry) => {
    void apply([{ entity: 'spend_entry', id: e.id, field: 'deleted', value: true }], t('views.budget.undo.deleteSpend'));
  };

  const exportCsv = () => {
    const headings = Object.fromEntries(LEDGER_COLUMNS.map((k) => [k, t(`views.budget.csvHeadings.${k}`)])) as unknown as LedgerHeadings;
    const text = writeCsv(
      ledgerRecords(shown, {
        headings,
        currency: settings.currency,
        categoryName: (id) => catName.get(id) ?? id,
        platformName: (id) => platName.get(id) ?? id,
      }),
    );
    const blob = new Blob([text], { type: 'text/csv;charset=utf-8' });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = `${safeFileName(settings.name)}-${t('views.budget.csvFileSuffix')}.csv`;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    pushToast({ kind: 'info', key: 'views.budget.exported', params: { count: shown.length } });
  };

  return (
    <section className="panel budget-ledger" aria-labelledby={headingId}>
      <h2 id={headingId} className="panel-title">
        {t('views.budget.spend')}
      </h2>
      <div className="toolbar-row ledger-toolbar">
        <button type="button" className="btn btn-primary" disabled={readOnly} onClick={() => setEditing('new')}>
          {t('views.budget.addSpend')}
        </button>
        <button type="button" className="btn" disabled={readOnly} onClick={() => setImporting(true)}>
          {t('views.budget.importCsv')}
        </button>
        <button type="button" className="btn" onClick={exportCsv} disabled={shown.length === 0}>
          {t('views.budget.exportCsv')}
        </button>
        <span className="toolbar-spacer" />
        <div className="field field-inline">
          <label htmlFor={catFilterId}>{t('views.budget.category')}</label>
          <select id={catFilterId} value={catFilter} onChange={(e) => setCatFilter(e.target.value)}>
            <option value={ALL}>{t('ui.all')}</option>
            {categories.map((c) => (
              <option key={c.id} value={c.id}>
                {categoryName(c)}
              </option>
            ))}
          </select>
        </div>
        <div className="field field-inline">
          <label htmlFor={platFilterId}>{t('views.budget.platform')}</label>
          <select id={platFilterId} value={platFilter} onChange={(e) => setPlatFilter(e.target.value)}>
            <option value={ALL}>{t('ui.all')}</option>
            <option value={NONE}>{t('views.budget.noPlatform')}</option>
            {platforms.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </div>
      </div>
      <p className="panel-summary" aria-live="polite">
        {t('views.budget.ledgerSummary', { count: shown.length, amount: money.format(shownTotal) })}
      </p>
      {shown.length === 0 ? (
        <p className="empty">{entries.length ? t('views.budget.noMatch') : t('views.budget.noSpend')}</p>
      ) : (
        <div className="table-scroll ledger-scroll" role="region" aria-label={t('views.budget.tableOf', { name: t('views.budget.spend') })} tabIndex={0}>
          <table className="data-table ledger-table">
            <thead>
              <tr>
                <th scope="col">{t('views.budget.date')}</th>
                <th scope="col">{t('views.budget.category')}</th>
                <th scope="col">{t('views.budget.platform')}</th>
                <th scope="col">{t('views.budget.supplier')}</th>
                <th scope="col">{t('views.budget.note')}</th>
                <th scope="col" className="num">
                  {t('views.budget.amount')}
                </th>
                <th scope="col">
                  <span className="sr-only">{t('views.budget.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {shown.map((e) => (
                <tr key={e.id}>
                  <th scope="row" className="nowrap">
                    {fmt.date(e.date)}
                  </th>
                  <td className="nowrap">{catName.get(e.category_id) ?? t('table.none')}</td>
                  <td className="nowrap">{(e.platform_id ? platName.get(e.platform_id) : null) ?? t('table.none')}</td>
                  <td>{e.supplier || t('table.none')}</td>
                  <td>{e.note || t('table.none')}</td>
                  <td className="num">{money.format(e.amount)}</td>
                  <td className="nowrap ledger-actions">
                    <button type="button" className="btn btn-quiet" disabled={readOnly} onClick={() => setEditing(e)} aria-label={t('views.budget.editSpend', { date: fmt.date(e.date), amount: money.format(e.amount) })}>
                      {t('ui.edit')}
                    </button>
                    <button type="button" className="btn btn-quiet btn-danger-text" disabled={readOnly} onClick={() => remove(e)} aria-label={t('views.budget.deleteSpend', { date: fmt.date(e.date), amount: money.format(e.amount) })}>
                      {t('ui.delete')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {editing ? (
        <SpendEditor
          key={editing === 'new' ? 'new' : editing.id}
          entry={editing === 'new' ? null : editing}
          settings={settings}
          categories={categories}
          categoryName={categoryName}
          platforms={platforms}
          lastOrder={entries.reduce((m, e) => Math.max(m, e.sort_order), 0)}
          defaults={{ category: catFilter !== ALL ? catFilter : null, platform: platFilter !== ALL && platFilter !== NONE ? platFilter : null }}
          onClose={() => setEditing(null)}
        />
      ) : null}
      {importing ? (
        <LedgerImport
          settings={settings}
          categories={categories}
          categoryName={categoryName}
          platforms={platforms}
          lastOrder={entries.reduce((m, e) => Math.max(m, e.sort_order), 0)}
          onClose={() => setImporting(false)}
        />
      ) : null}
    </section>
  );
}

function safeFileName(name: string): string {
  return name.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ').trim().slice(0, 80) || 'plan';
}

/** The side panel that adds or edits one entry: nothing is written until Save, then in one step. */
function SpendEditor({ entry, settings, categories, categoryName, platforms, lastOrder, defaults, onClose }: {
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

/** The ledger's CSV import: the shared dialog with the ledger's fields. */
function LedgerImport({ settings, categories, categoryName, platforms, lastOrder, onClose }: {
  settings: Settings;
  categories: readonly BudgetCategory[];
  categoryName: (c: BudgetCategory) => string;
  platforms: readonly Platform[];
  lastOrder: number;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const pushToast = usePlan((s) => s.pushToast);
  const money = useMoney(settings.currency);

  const fields = useMemo((): CsvField[] => {
    // names in both languages, so a ledger exported in English imports into a Chinese session and back
    const langs = [i18n.getFixedT('en'), i18n.getFixedT('zh-CN')];
    const catCandidates: Named[] = categories.map((c) => ({
      id: c.id,
      names: [c.name, c.key, c.id, categoryName(c), ...langs.map((tt) => tt(`enum.budget_key.${c.key}`))].filter(Boolean),
    }));
    const platCandidates: Named[] = platforms.map((p) => ({
      id: p.id,
      names: [p.name, p.id, ...(p.preset === 'custom' ? [] : [p.preset, ...langs.map((tt) => tt(`enum.platform_preset.${p.preset}`))])].filter(Boolean),
    }));
    const heads = (key: (typeof LEDGER_COLUMNS)[number]) => [key, budgetEn.csvHeadings[key], budgetZh.csvHeadings[key], ...ALIASES[key]];
    const name = (r: ReturnType<typeof matchName>) =>
      r.ok ? r : { ok: false as const, error: t(`views.budget.csv.${r.code}`, r.params ?? {}) };
    return [
      { key: 'date', label: t('views.budget.date'), required: true, aliases: heads('date'), parse: (raw, { dateOrder }) => fromCell(t, parseDateCell(raw, dateOrder)) },
      {
        key: 'amount',
        label: t('views.budget.amount'),
        required: true,
        aliases: heads('amount'),
        parse: (raw) => fromCell(t, parseAmountCell(raw)),
        show: (v) => money.format(v as number),
      },
      {
        key: 'currency',
        label: t('views.budget.currency'),
        aliases: heads('currency'),
        parse: (raw) => {
          const r = checkCurrency(raw, settings.currency);
          return r.ok ? r : { ok: false, error: t(`views.budget.csv.${r.code}`, r.params) };
        },
      },
      {
        key: 'category',
        label: t('views.budget.category'),
        required: true,
        aliases: heads('category'),
        parse: (raw) => name(matchName(raw, catCandidates)),
        show: (id) => {
          const c = categories.find((x) => x.id === id);
          return c ? categoryName(c) : String(id);
        },
      },
      {
        key: 'platform',
        label: t('views.budget.platform'),
        aliases: heads('platform'),
        parse: (raw) => name(matchName(raw, platCandidates, true)),
        show: (id) => platforms.find((p) => p.id === id)?.name ?? String(id),
      },
      {
        key: 'supplier',
        label: t('views.budget.supplier'),
        aliases: heads('supplier'),
        parse: (raw) => (raw.length > 200 ? { ok: false, error: t('views.budget.supplierTooLong') } : { ok: true, value: raw }),
      },
      { key: 'note', label: t('views.budget.note'), aliases: heads('note'), parse: (raw) => ({ ok: true, value: raw }) },
    ];
  }, [categories, categoryName, platforms, settings.currency, t, i18n, money]);

  const toChanges = (rows: ImportRow[]): Change[] =>
    rows.flatMap((r, i) =>
      rowChanges('spend_entry', newId('spend'), {
        date: r.values.date,
        amount: r.values.amount,
        category_id: r.values.category,
        platform_id: r.values.platform ?? null,
        supplier: r.values.supplier ?? '',
        note: r.values.note ?? '',
        sort_order: lastOrder + 1 + i,
      }),
    );

  return (
    <CsvImport
      title={t('views.budget.importTitle')}
      intro={t('views.budget.importIntro', { currency: settings.currency })}
      fields={fields}
      toChanges={toChanges}
      undoLabel={t('views.budget.undo.import')}
      onImported={(count) => pushToast({ kind: 'info', key: 'views.budget.imported', params: { count } })}
      onClose={onClose}
    />
  );
}

/** More header names the import recognises, beyond the ledger's own headings in both languages. */
const ALIASES: Record<(typeof LEDGER_COLUMNS)[number], string[]> = {
  date: ['day', 'spend date', 'paid on', '支出日期', '付款日期', '时间'],
  amount: ['cost', 'spend', 'value', 'total', '费用', '支出', '花费', '金额元'],
  currency: ['ccy', 'currency code', '货币', '币别'],
  category: ['budget category', 'budget line', 'line', '预算类别', '分类', '科目'],
  platform: ['channel', 'media', '渠道', '媒体'],
  supplier: ['vendor', 'payee', 'paid to', '收款方', '商家'],
  note: ['notes', 'memo', 'description', 'details', '说明', '描述', '摘要'],
};
