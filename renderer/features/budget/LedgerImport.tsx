import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { checkCurrency, LEDGER_COLUMNS, matchName, parseAmountCell, type Named } from '../../../shared/logic/budget-csv.ts';
import { parseDateCell } from '../../../shared/logic/csv.ts';
import type { Change } from '../../../shared/model/change.ts';
import type { BudgetCategory, Platform, Settings } from '../../../shared/model/registry.ts';
import { usePlan } from '../../app/store/context.tsx';
import { CsvImport, fromCell, type CsvField, type ImportRow } from '../../ui/CsvImport.tsx';
import { newId } from '../../ui/ids.ts';
import { rowChanges } from '../../ui/useEdit.ts';
import { en as budgetEn, zhCN as budgetZh } from './i18n.ts';
import { LEDGER_ALIASES } from './ledger-model.ts';
import { useMoney } from './money.ts';

/** The ledger's CSV import: the shared dialog with the ledger's fields. */
export function LedgerImport({ settings, categories, categoryName, platforms, lastOrder, onClose }: {
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
    const heads = (key: (typeof LEDGER_COLUMNS)[number]) => [key, budgetEn.csvHeadings[key], budgetZh.csvHeadings[key], ...LEDGER_ALIASES[key]];
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
