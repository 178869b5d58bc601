/** What the parts of the risks view share: today, the bands, the open side panel, the playbook offer. */
import { createContext, useCallback, useContext, useMemo, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { RiskBand } from '../../../shared/logic/risk.ts';
import { INCIDENTS, REGULATIONS, RISK_CATEGORIES, RISK_STATUSES, RISK_STRATEGIES, SEVERITIES, COMPLIANCE_STATUSES } from '../../../shared/model/enums.ts';
import type { Risk } from '../../../shared/model/registry.ts';
import { useRows } from '../../app/store/selectors.ts';
import type { Option } from './cells.tsx';
import { riskLabel } from './model.ts';

export const TABS = ['register', 'heatmap', 'playbooks', 'compliance'] as const;
export type Tab = (typeof TABS)[number];

export interface Route {
  tab: Tab;
  /** the playbook shown on the playbooks tab */
  id: string | null;
  /** `#/risks?flagged` opens the register showing only the risks that need attention (a link for the Overview) */
  flagged: boolean;
}

/** `#/risks/<tab>/<id>`: the register when no tab is named. */
export function routeOf(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#\/?/, '').split('?');
  const parts = path.split('/');
  const tab = (TABS as readonly string[]).includes(parts[1] ?? '') ? (parts[1] as Tab) : 'register';
  return { tab, id: parts[2] ? decodeURIComponent(parts[2]) : null, flagged: query.split('&').includes('flagged') };
}

export function hrefOf(tab: Tab, id?: string | null): string {
  return `#/risks${tab === 'register' ? '' : `/${tab}`}${id ? `/${encodeURIComponent(id)}` : ''}`;
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => location.hash);
  return useMemo(() => routeOf(hash), [hash]);
}

export function go(tab: Tab, id?: string | null): void {
  location.hash = hrefOf(tab, id);
}

export interface RisksContext {
  today: string;
  bands: RiskBand[];
  readOnly: boolean;
  /** opens a risk in the side panel (null closes it) */
  openRisk(id: string | null): void;
  /** sets a risk's status; turning it to occurred offers its playbook */
  setStatus(risk: Risk, status: Risk['status']): void;
  /** asks which playbook to run for a risk that occurred */
  offerPlaybook(riskId: string): void;
}

export const Ctx = createContext<RisksContext | null>(null);

export function useRisks(): RisksContext {
  const c = useContext(Ctx);
  if (!c) throw new Error('useRisks outside the risks view');
  return c;
}

/**
 * Labelled options of the enumerations and references the editors offer, in the current language.
 * Each list keeps its identity until its own rows (or the language) change, so a column that offers
 * people does not redraw its 500 cells when a risk changes.
 */
export function useOptions() {
  const { t } = useTranslation();
  const people = useRows('person');
  const tasks = useRows('task');
  const platforms = useRows('platform');
  const playbooks = useRows('playbook');
  const risks = useRows('risk');
  const enums = useMemo(() => {
    const e = <V extends string>(name: string, values: readonly V[]): Option<V>[] => values.map((v) => ({ value: v, label: t(`enum.${name}.${String(v)}`) }));
    return {
      category: e('risk_category', RISK_CATEGORIES),
      strategy: e('risk_strategy', RISK_STRATEGIES),
      status: e('risk_status', RISK_STATUSES),
      incident: e('incident', INCIDENTS),
      severity: e('severity', SEVERITIES),
      regulation: e('regulation', REGULATIONS),
      complianceStatus: e('compliance_status', COMPLIANCE_STATUSES),
    };
  }, [t]);
  const peopleOptions = useMemo(() => people.map((p) => ({ value: p.id, label: p.name })), [people]);
  const taskOptions = useMemo(() => tasks.map((x) => ({ value: x.id, label: x.name })), [tasks]);
  const platformOptions = useMemo(() => platforms.map((x) => ({ value: x.id, label: x.name })), [platforms]);
  const playbookOptions = useMemo(() => playbooks.map((x) => ({ value: x.id, label: x.name })), [playbooks]);
  const riskOptions = useMemo(
    () => ({
      /** in register order */
      risksInOrder: risks.map((r) => ({ value: r.id, label: riskLabel(r) })),
      /** legal risks first: the ones a compliance item usually answers */
      risks: [...risks]
        .sort((a, b) => Number(b.category === 'legal') - Number(a.category === 'legal'))
        .map((r) => ({ value: r.id, label: riskLabel(r), group: r.category === 'legal' ? t('views.risks.compliance.legalRisks') : t('views.risks.compliance.otherRisks') })),
    }),
    [t, risks],
  );
  return useMemo(
    () => ({ ...enums, people: peopleOptions, tasks: taskOptions, platforms: platformOptions, playbooks: playbookOptions, ...riskOptions }),
    [enums, peopleOptions, taskOptions, platformOptions, playbookOptions, riskOptions],
  );
}
export type Options = ReturnType<typeof useOptions>;

/** The accessible name of an editor in a row: the field and the row ("Likelihood, R-07"). */
export function useCellLabel() {
  const { t } = useTranslation();
  return useCallback((field: string, row: string) => t('views.risks.cellLabel', { field, row }), [t]);
}
