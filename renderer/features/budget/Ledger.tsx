import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LEDGER_COLUMNS, ledgerRecords, type LedgerHeadings } from '../../../shared/logic/budget-csv.ts';
import { writeCsv } from '../../../shared/logic/csv.ts';
import type { BudgetCategory, Platform, Settings, SpendEntry } from '../../../shared/model/registry.ts';
import { usePlan } from '../../app/store/context.tsx';
import { useFormat } from '../../ui/format.ts';
import { useApply } from '../../ui/useEdit.ts';
import { ALL, filterLedger, NONE, safeFileName } from './ledger-model.ts';
import { LedgerImport } from './LedgerImport.tsx';
import { useMoney } from './money.ts';
import { SpendEditor } from './SpendEditor.tsx';


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
      filterLedger(entries, catFilter, platFilter),
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
