import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { plannedAmounts, toolBudget } from '../../../shared/logic/budget-actual.ts';
import { parseMoneyInput } from '../../../shared/logic/budget-money.ts';
import type { BudgetCategory, Platform, PlatformShare, Settings } from '../../../shared/model/registry.ts';
import { PLAN_ID } from '../../../shared/model/plan.ts';
import { useRows } from '../../app/store/selectors.ts';
import { newId } from '../../ui/ids.ts';
import { useApply } from '../../ui/useEdit.ts';
import { AddCategory, CategoryActions, ReserveLine } from './Categories.tsx';
import { CommitInput, type Parsed } from './CommitInput.tsx';
import { useMoney } from './money.ts';
import { ShareGroup, type ShareItem } from './ShareGroup.tsx';

/** The total, the currency, and the sliders: categories, and under each category its split by platform. */
export function SharesPanel({ settings, categories, categoryName, platforms, readOnly }: {
  settings: Settings;
  categories: readonly BudgetCategory[];
  categoryName: (c: BudgetCategory) => string;
  platforms: readonly Platform[];
  readOnly: boolean;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const splits = useRows('platform_share');
  const tools = useRows('tool');
  const currency = settings.currency;
  const total = settings.total_budget;
  const money = useMoney(currency);
  const platformName = useMemo(() => new Map(platforms.map((p) => [p.id, p.name])), [platforms]);

  const items: ShareItem[] = categories.map((c) => ({ id: c.id, share: c.share, locked: c.locked, name: categoryName(c) }));
  const amountOf = plannedAmounts(total, categories);
  const splitOf = (categoryId: string) => splits.filter((s) => s.category_id === categoryId);
  const [open, setOpen] = useState<Set<string>>(() => new Set(categories.filter((c) => splits.some((s) => s.category_id === c.id)).map((c) => c.id)));
  const spend = useRows('spend_entry');
  const toolLine = useMemo(() => toolBudget({ tools, categories, spend, total }), [tools, categories, spend, total]);

  return (
    <section className="panel budget-shares" aria-labelledby={headingId}>
      <h2 id={headingId} className="panel-title">
        {t('views.budget.sharesTitle')}
      </h2>
      <TotalFields settings={settings} readOnly={readOnly} />
      <p className="panel-summary">{t('views.budget.sharesHint')}</p>
      <div className="share-head" aria-hidden="true">
        <span>{t('views.budget.category')}</span>
        <span />
        <span>{t('views.budget.share')}</span>
        <span>%</span>
        <span>{t('views.budget.amount')}</span>
        <span />
      </div>
      <ShareGroup
        entity="budget_category"
        label={t('views.budget.categories')}
        items={items}
        base={total}
        currency={currency}
        readOnly={readOnly}
        describe={(item) => t('views.budget.sliderCategory', { name: item.name })}
        actions={(item) => {
          const expanded = open.has(item.id);
          const count = splitOf(item.id).length;
          const category = categories.find((c) => c.id === item.id)!;
          return (
            <>
              <button
                type="button"
                className="btn btn-quiet share-split-toggle"
                aria-expanded={expanded}
                aria-controls={`split-${item.id}`}
                onClick={() =>
                  setOpen((s) => {
                    const next = new Set(s);
                    if (next.has(item.id)) next.delete(item.id);
                    else next.add(item.id);
                    return next;
                  })
                }
              >
                <span aria-hidden="true" className="chevron">
                  {expanded ? '▾' : '▸'}
                </span>
                {count ? t('views.budget.splitCount', { count }) : t('views.budget.splitNone')}
                <span className="sr-only"> — {item.name}</span>
              </button>
              <CategoryActions category={category} name={item.name} categories={categories} categoryName={categoryName} readOnly={readOnly} />
            </>
          );
        }}
        below={(item) => {
          const category = categories.find((c) => c.id === item.id)!;
          return (
            <>
              {category.key === 'technology' && tools.length > 0 ? (
                <p className={`share-note share-tools${toolLine.overBy > 0 ? ' is-over' : ''}`}>
                  {t(toolLine.overBy > 0 ? 'views.budget.toolsOver' : 'views.budget.tools', {
                    count: tools.length,
                    amount: money.format(toolLine.cost),
                    planned: money.format(toolLine.line?.planned ?? 0),
                  })}
                </p>
              ) : null}
              {open.has(item.id) ? (
                <div id={`split-${item.id}`}>
                  <PlatformSplit
                    category={category}
                    name={item.name}
                    rows={splitOf(item.id)}
                    base={amountOf.get(item.id) ?? 0}
                    currency={currency}
                    platforms={platforms}
                    platformName={platformName}
                    readOnly={readOnly}
                  />
                </div>
              ) : null}
            </>
          );
        }}
      />
      <ReserveLine settings={settings} categories={categories} categoryName={categoryName} readOnly={readOnly} />
      <AddCategory categories={categories} readOnly={readOnly} />
    </section>
  );
}

function PlatformSplit({ category, name, rows, base, currency, platforms, platformName, readOnly }: {
  category: BudgetCategory;
  name: string;
  rows: readonly PlatformShare[];
  base: number;
  currency: string;
  platforms: readonly Platform[];
  platformName: Map<string, string>;
  readOnly: boolean;
}) {
  const { t } = useTranslation();
  const apply = useApply();
  const addId = useId();
  const items: ShareItem[] = rows.map((s) => ({ id: s.id, share: s.share, locked: s.locked, name: platformName.get(s.platform_id) ?? t('table.none') }));
  const missing = platforms.filter((p) => !rows.some((r) => r.platform_id === p.id));
  const lastOrder = rows.reduce((m, r) => Math.max(m, r.sort_order), 0);

  const add = (platformId: string) => {
    const id = newId('share');
    const p = platformName.get(platformId) ?? '';
    void apply(
      [
        { entity: 'platform_share', id, field: 'category_id', value: category.id },
        { entity: 'platform_share', id, field: 'platform_id', value: platformId },
        // the first platform takes the whole category; later ones start at 0 and are moved up by slider
        { entity: 'platform_share', id, field: 'share', value: rows.length === 0 ? 100 : 0 },
        { entity: 'platform_share', id, field: 'sort_order', value: lastOrder + 1 },
      ],
      t('views.budget.undo.addPlatform', { name: p }),
    );
  };

  return (
    <ShareGroup
      nested
      entity="platform_share"
      label={t('views.budget.splitLabel', { name })}
      items={items}
      base={base}
      currency={currency}
      readOnly={readOnly}
      removable
      within={name}
      describe={(item) => t('views.budget.sliderPlatform', { name: item.name, category: name })}
      footer={
        missing.length > 0 && !readOnly ? (
          <div className="share-add">
            <label htmlFor={addId}>{t('views.budget.addPlatform', { name })}</label>
            <select
              id={addId}
              value=""
              onChange={(e) => {
                if (e.target.value) add(e.target.value);
              }}
            >
              <option value="">{t('views.budget.choosePlatform')}</option>
              {missing.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
            {rows.length === 0 ? <span className="share-note">{t('views.budget.splitEmpty')}</span> : null}
          </div>
        ) : rows.length === 0 ? (
          <p className="share-note">{t('views.budget.splitEmpty')}</p>
        ) : null
      }
    />
  );
}

/** The total budget and the currency, each committed on Enter or leaving the field; bad input changes nothing. */
function TotalFields({ settings, readOnly }: { settings: Settings; readOnly: boolean }) {
  const { t } = useTranslation();
  const apply = useApply();
  const money = useMoney(settings.currency);
  const totalId = useId();
  const currencyId = useId();
  const [totalError, setTotalError] = useState<string | null>(null);
  const [currencyError, setCurrencyError] = useState<string | null>(null);

  const parseTotal = (text: string): Parsed<number> => {
    const n = parseMoneyInput(text);
    if (!n.ok) {
      const key = n.code === 'negative' ? 'totalNegative' : n.code === 'too_large' ? 'totalTooLarge' : 'totalNotNumber';
      return { ok: false, error: t(`views.budget.${key}`, { value: text.trim() }) };
    }
    if (n.value === 0) return { ok: false, error: t('views.budget.totalZero') };
    return { ok: true, value: n.value };
  };
  const parseCurrency = (text: string): Parsed<string> => {
    const code = text.trim().toUpperCase();
    if (!/^[A-Z]{3}$/.test(code)) return { ok: false, error: t('views.budget.currencyInvalid', { value: text.trim() }) };
    try {
      new Intl.NumberFormat('en', { style: 'currency', currency: code });
    } catch {
      return { ok: false, error: t('views.budget.currencyInvalid', { value: text.trim() }) };
    }
    return { ok: true, value: code };
  };

  return (
    <div className="budget-total">
      <div className="field">
        <label htmlFor={totalId}>{t('views.budget.totalLabel', { currency: settings.currency })}</label>
        <span className="share-input total-input">
          <CommitInput
            id={totalId}
            inputMode="decimal"
            value={money.amount(settings.total_budget)}
            disabled={readOnly}
            parse={parseTotal}
            onCommit={(v) => void apply([{ entity: 'settings', id: PLAN_ID, field: 'total_budget', value: v }], t('views.budget.undo.total'))}
            onError={setTotalError}
            invalid={totalError !== null}
            errorId={`${totalId}-error`}
          />
          <span aria-hidden="true">{settings.currency}</span>
        </span>
        {totalError ? (
          <span id={`${totalId}-error`} className="field-error" role="alert">
            {totalError}
          </span>
        ) : (
          <span className="field-hint">{money.format(settings.total_budget)}</span>
        )}
      </div>
      <div className="field currency-field">
        <label htmlFor={currencyId}>{t('views.budget.currency')}</label>
        <CommitInput
          id={currencyId}
          maxLength={3}
          autoCapitalize="characters"
          spellCheck={false}
          value={settings.currency}
          disabled={readOnly}
          parse={parseCurrency}
          onCommit={(v) => void apply([{ entity: 'settings', id: PLAN_ID, field: 'currency', value: v }], t('views.budget.undo.currency'))}
          onError={setCurrencyError}
          invalid={currencyError !== null}
          errorId={`${currencyId}-error`}
        />
        {currencyError ? (
          <span id={`${currencyId}-error`} className="field-error" role="alert">
            {currencyError}
          </span>
        ) : (
          <span className="field-hint">{t('views.budget.currencyHint')}</span>
        )}
      </div>
    </div>
  );
}
