/**
 * The risks view: the register, the heat map, the emergency playbooks and the compliance checklist,
 * as four tabs (`#/risks`, `#/risks/heatmap`, `#/risks/playbooks[/id]`, `#/risks/compliance`), with CSV export
 * and print always at hand for what the tab shows (the heat map's are the register's: its paper has both maps).
 */
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { activeRun } from '../../../shared/logic/playbook.ts';
import { flagsOf } from '../../../shared/logic/risk.ts';
import type { Risk } from '../../../shared/model/registry.ts';
import { useLabels, useRows, useSettings } from '../../app/store/selectors.ts';
import { ViewHeader } from '../../ui/ViewHeader.tsx';
import { useApply, useReadOnly } from '../../ui/useEdit.ts';
import { usePrinting } from '../../ui/usePrinting.ts';
import { ComplianceTab, useComplianceGrid } from './ComplianceTab.tsx';
import { Ctx, go, hrefOf, TABS, useRisks, useRoute, type RisksContext, type Tab } from './context.tsx';
import { complianceCsv, download, fileName, playbooksCsv, registerCsv } from './export.ts';
import { useGridRows, useGridState } from './grid/GridTable.tsx';
import { HeatMapTab } from './HeatMap.tsx';
import { today as planToday } from '../../../shared/logic/today.ts';
import { PlaybooksTab } from './PlaybooksTab.tsx';
import { PrintCompliance } from './PrintCompliance.tsx';
import { PrintPlaybooks } from './PrintPlaybooks.tsx';
import { PrintRegister } from './PrintRegister.tsx';
import { bandName, DEFAULT_HIDDEN, RegisterTab, useRegisterColumns } from './RegisterTab.tsx';
import { RiskPanel } from './RiskPanel.tsx';
import { StartRunDialog, type RunRequest } from './StartRunDialog.tsx';
import './risks.css';

export function RisksView() {
  const { t } = useTranslation();
  const settings = useSettings();
  const apply = useApply();
  const readOnly = useReadOnly();
  const [panelId, setPanelId] = useState<string | null>(null);
  const [runRequest, setRunRequest] = useState<RunRequest | null>(null);
  const bands = useMemo(() => settings?.risk_bands ?? [], [settings?.risk_bands]);
  const today = planToday(settings);

  const setStatus = useCallback(
    async (risk: Risk, status: Risk['status']) => {
      if (risk.status === status) return;
      const ok = await apply([{ entity: 'risk', id: risk.id, field: 'status', value: status }], t('views.risks.history.edit', { field: t('views.risks.col.status'), risk: risk.code || risk.title }));
      if (ok && status === 'occurred') setRunRequest({ riskId: risk.id, playbookId: risk.playbook_id });
    },
    [apply, t],
  );

  const ctx = useMemo<RisksContext>(
    () => ({
      today,
      bands,
      readOnly,
      openRisk: setPanelId,
      setStatus: (r, s) => void setStatus(r, s),
      offerPlaybook: (riskId) => setRunRequest({ riskId, playbookId: null }),
    }),
    [today, bands, readOnly, setStatus],
  );

  return (
    <Ctx.Provider value={ctx}>
      <Body panelId={panelId} onClosePanel={() => setPanelId(null)} runRequest={runRequest} onRunRequest={setRunRequest} />
    </Ctx.Provider>
  );
}

function Tabs({ current }: { current: Tab }) {
  const { t } = useTranslation();
  const refs = useRef<Record<string, HTMLButtonElement | null>>({});
  const onKey = (e: KeyboardEvent) => {
    const k = TABS.indexOf(current);
    const next = e.key === 'ArrowRight' ? TABS[(k + 1) % TABS.length] : e.key === 'ArrowLeft' ? TABS[(k + TABS.length - 1) % TABS.length] : e.key === 'Home' ? TABS[0] : e.key === 'End' ? TABS[TABS.length - 1] : null;
    if (!next) return;
    e.preventDefault();
    go(next);
    refs.current[next]?.focus();
  };
  return (
    <div role="tablist" aria-label={t('views.risks.tabs.label')} className="rk-tabs" onKeyDown={onKey}>
      {TABS.map((tab) => (
        <button
          key={tab}
          ref={(el) => {
            refs.current[tab] = el;
          }}
          type="button"
          role="tab"
          id={`rk-tab-${tab}`}
          aria-selected={tab === current}
          aria-controls="rk-tabpanel"
          tabIndex={tab === current ? 0 : -1}
          className="rk-tab"
          onClick={() => go(tab)}
        >
          {t(`views.risks.tabs.${tab}`)}
        </button>
      ))}
    </div>
  );
}

function Body({ panelId, onClosePanel, runRequest, onRunRequest }: { panelId: string | null; onClosePanel: () => void; runRequest: RunRequest | null; onRunRequest: (r: RunRequest | null) => void }) {
  const { t } = useTranslation();
  const route = useRoute();
  const settings = useSettings();
  const { today, bands } = useRisks();
  const risks = useRows('risk');
  const runs = useRows('playbook_run');
  const playbooks = useRows('playbook');
  const people = useLabels('person');
  const tasks = useLabels('task');
  const platforms = useLabels('platform');
  const playbookNames = useLabels('playbook');
  const grid = useGridState('campaign-planner.risks.register', { hidden: DEFAULT_HIDDEN });
  const columns = useRegisterColumns();
  const shown = useGridRows(risks, columns, grid, today);
  const compliance = useComplianceGrid();
  const steps = useRows('playbook_step');
  const printing = usePrinting();

  // arriving from a "needs attention" link: show those risks, then drop the query so it does not stick
  const { setFilters, setHidden, state } = grid;
  useEffect(() => {
    if (!route.flagged) return;
    setFilters({ flags: 'flagged' });
    if (state.hidden.includes('flags')) setHidden(state.hidden.filter((h) => h !== 'flags'));
    history.replaceState(null, '', hrefOf('register'));
  }, [route.flagged]);

  const flagged = risks.filter((r) => flagsOf(r, today).length > 0).length;
  const running = playbooks.filter((p) => activeRun(runs, p.id)).length;

  const tt = (k: string, o?: Record<string, unknown>) => t(k, o ?? {});
  const riskCodes = new Map(risks.map((r) => [r.id, r.code || r.title]));
  // each tab puts out what it shows; the heat map's paper and table are the register's
  const output = {
    register: {
      name: t('views.risks.register'),
      csv: () => registerCsv(shown, { t: tt, bandName: (k) => bandName(t, k), people, tasks, platforms, playbooks: playbookNames, today, bands }),
      paper: <PrintRegister risks={shown} total={risks.length} bands={bands} today={today} />,
      exportHint: t('views.risks.exportHint'),
      printHint: t('views.risks.printHint'),
    },
    compliance: {
      name: t('views.risks.compliance.title'),
      csv: () => complianceCsv(compliance.shown, { t: tt, people, risks: riskCodes }),
      paper: <PrintCompliance items={compliance.shown} total={compliance.items.length} today={today} />,
      exportHint: t('views.risks.output.complianceExportHint'),
      printHint: t('views.risks.output.compliancePrintHint'),
    },
    playbooks: {
      name: t('views.risks.tabs.playbooks'),
      csv: () => playbooksCsv(playbooks, steps, { t: tt, people, risks: riskCodes }),
      paper: <PrintPlaybooks today={today} />,
      exportHint: t('views.risks.output.playbooksExportHint'),
      printHint: t('views.risks.output.playbooksPrintHint'),
    },
  }[route.tab === 'heatmap' ? 'register' : route.tab];
  const exportCsv = () => download(fileName(settings?.name ?? '', output.name, 'csv'), output.csv());

  return (
    <div className="risks-view">
      <ViewHeader title={t('views.risks.title')}>
        {t('views.risks.lede', { count: risks.length })}
        {flagged ? <> · {t('views.risks.ledeFlagged', { count: flagged })}</> : null}
        {running ? (
          <>
            {' · '}
            <a href={hrefOf('playbooks', playbooks.find((p) => activeRun(runs, p.id))?.id)}>{t('views.risks.ledeRunning', { count: running })}</a>
          </>
        ) : null}
      </ViewHeader>
      <div className="rk-bar">
        <Tabs current={route.tab} />
        <div className="btn-row rk-bar-actions">
          <button type="button" className="btn" onClick={exportCsv} title={output.exportHint}>
            {t('views.risks.exportCsv')}
          </button>
          <button type="button" className="btn" onClick={() => window.print()} title={output.printHint}>
            {t('views.risks.print.button')}
          </button>
        </div>
      </div>
      <div role="tabpanel" id="rk-tabpanel" aria-labelledby={`rk-tab-${route.tab}`} className="rk-tabpanel">
        {route.tab === 'register' ? <RegisterTab grid={grid} columns={columns} shown={shown} /> : null}
        {route.tab === 'heatmap' ? <HeatMapTab /> : null}
        {route.tab === 'playbooks' ? <PlaybooksTab selectedId={route.id} onStart={onRunRequest} /> : null}
        {route.tab === 'compliance' ? <ComplianceTab table={compliance} /> : null}
      </div>
      {panelId ? <RiskPanel key={panelId} id={panelId} onClose={onClosePanel} /> : null}
      <StartRunDialog request={runRequest} onClose={() => onRunRequest(null)} />
      {printing ? output.paper : null}
    </div>
  );
}
