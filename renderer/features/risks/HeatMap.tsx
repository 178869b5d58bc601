/**
 * The 5 × 5 heat map: likelihood up the side, impact along the bottom, each risk a chip in its cell.
 * Dragging a chip to another cell re-scores the risk in one apply (one undo step). The keyboard path is
 * dnd-kit's: Space picks a chip up, the arrow keys move it one cell at a time, Space drops, Escape cancels.
 */
import {
  closestCenter,
  DndContext,
  DragOverlay,
  KeyboardSensor,
  PointerSensor,
  pointerWithin,
  rectIntersection,
  useDraggable,
  useDroppable,
  useSensor,
  useSensors,
  type Announcements,
  type CollisionDetection,
  type DragEndEvent,
  type DragStartEvent,
  type KeyboardCoordinateGetter,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import { useMemo, useRef, useState, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { bandOf, score, type RiskBand } from '../../../shared/logic/risk.ts';
import type { Risk } from '../../../shared/model/registry.ts';
import { useRows } from '../../app/store/selectors.ts';
import { BandsDialog } from './BandsDialog.tsx';
import { useRisks } from './context.tsx';
import { bandName } from './RegisterTab.tsx';
import { useRiskActions } from './useRiskActions.ts';
import { cellId, chipId, parseCell, parseChip, ratingOf, SCALE, stepCell, type MapKind } from './heat.ts';

const ARROWS = ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight'];

/**
 * Moves a lifted chip to the centre of the neighbouring cell of its own map. The cell it is in is kept
 * by the getter itself (`at`), not read back from dnd-kit's "over", so quick key presses each move one
 * cell even before the collision of the previous move has been computed.
 */
function cellCoordinates(at: { current: { chip: string; l: number; i: number } | null }): KeyboardCoordinateGetter {
  return (event, { currentCoordinates, context }) => {
    if (!ARROWS.includes(event.code)) return undefined;
    event.preventDefault();
    const chip = parseChip(context.active?.id);
    const rect = context.collisionRect;
    if (!chip || !rect) return currentCoordinates;
    const key = String(context.active?.id);
    if (!at.current || at.current.chip !== key) {
      const start = context.active?.data.current as { l: number; i: number } | undefined;
      if (!start) return currentCoordinates;
      at.current = { chip: key, l: start.l, i: start.i };
    }
    const to = stepCell(at.current.l, at.current.i, event.code);
    const id = cellId(chip.kind, to.l, to.i);
    // the rects are measured while dragging; a key pressed before they are in falls back to the cell itself
    const target = context.droppableRects.get(id) ?? context.droppableContainers.get(id)?.node.current?.getBoundingClientRect();
    if (!target) return currentCoordinates;
    at.current = { chip: key, l: to.l, i: to.i };
    return { x: target.left + (target.width - rect.width) / 2, y: target.top + (target.height - rect.height) / 2 };
  };
}

/** Only cells of the chip's own map count; the pointer decides when there is one, else the chip's centre. */
const collisions: CollisionDetection = (args) => {
  const chip = parseChip(args.active.id);
  const own = { ...args, droppableContainers: args.droppableContainers.filter((c) => parseCell(c.id)?.kind === chip?.kind) };
  if (args.pointerCoordinates) {
    const hit = pointerWithin(own);
    return hit.length ? hit : rectIntersection(own);
  }
  return closestCenter(own);
};

function useCellText() {
  const { t } = useTranslation();
  const { bands } = useRisks();
  return (l: number, i: number) => {
    const b = bandOf(score(l, i), bands);
    return t('views.risks.heat.cellText', { l, i, score: score(l, i), band: b ? bandName(t, b.key) : t('table.none') });
  };
}

function Chip({ risk, kind, band, onOpen }: { risk: Risk; kind: MapKind; band: RiskBand | null; onOpen: () => void }) {
  const { t } = useTranslation();
  const { readOnly } = useRisks();
  const cellText = useCellText();
  const { l, i } = ratingOf(risk, kind);
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({
    id: chipId(kind, risk.id),
    data: { l, i, riskId: risk.id },
    disabled: readOnly,
    attributes: { roleDescription: t('views.risks.heat.roleDescription') },
  });
  const { onKeyDown, ...pointer } = listeners ?? {};
  return (
    <div
      ref={setNodeRef}
      {...attributes}
      {...pointer}
      className={`heat-chip${isDragging ? ' is-dragging' : ''}${risk.status === 'closed' ? ' is-closed' : ''}`}
      style={{ '--band': band?.color ?? 'transparent' } as CSSProperties}
      data-risk-id={risk.id}
      data-band={band?.key ?? ''}
      title={`${risk.code} ${risk.title}`}
      aria-label={t('views.risks.heat.chipLabel', { risk: risk.code ? `${risk.code} ${risk.title}` : risk.title, cell: cellText(l, i) })}
      onClick={onOpen}
      onKeyDown={(e) => {
        if (e.key === 'Enter' && !isDragging) {
          e.preventDefault();
          onOpen();
          return;
        }
        onKeyDown?.(e);
      }}
    >
      {risk.code || risk.title}
    </div>
  );
}

function Cell({ kind, l, i, risks, bands }: { kind: MapKind; l: number; i: number; risks: Risk[]; bands: readonly RiskBand[] }) {
  const { t } = useTranslation();
  const { openRisk } = useRisks();
  const { setNodeRef, isOver } = useDroppable({ id: cellId(kind, l, i) });
  const band = bandOf(score(l, i), bands);
  return (
    <td
      ref={setNodeRef}
      className={`heat-cell${isOver ? ' is-over' : ''}`}
      style={{ '--band': band?.color ?? 'transparent' } as CSSProperties}
      data-cell={`${l}-${i}`}
      data-band={band?.key ?? ''}
    >
      <span className="heat-score" aria-hidden="true">
        {score(l, i)}
      </span>
      <div className="heat-chips">
        {risks.map((r) => (
          <Chip key={r.id} risk={r} kind={kind} band={band} onOpen={() => openRisk(r.id)} />
        ))}
      </div>
      {risks.length === 0 ? <span className="sr-only">{t('views.risks.heat.emptyCell')}</span> : null}
    </td>
  );
}

/** One map: a table whose rows are likelihood 5 → 1 and whose columns are impact 1 → 5. */
function HeatGrid({ kind, risks }: { kind: MapKind; risks: Risk[] }) {
  const { t } = useTranslation();
  const { bands } = useRisks();
  const byCell = useMemo(() => {
    const m = new Map<string, Risk[]>();
    for (const r of risks) {
      const { l, i } = ratingOf(r, kind);
      const k = `${l}-${i}`;
      m.set(k, [...(m.get(k) ?? []), r]);
    }
    return m;
  }, [risks, kind]);
  const title = t(`views.risks.heat.${kind}Title`);
  return (
    <figure className="heat-figure" data-map={kind}>
      <figcaption className="heat-caption">
        <strong>{title}</strong>
        <span className="heat-caption-note">{t(`views.risks.heat.${kind}Note`)}</span>
      </figcaption>
      <div className="heat-frame">
        <div className="heat-axis-y" aria-hidden="true">
          {t('views.risks.col.likelihood')} →
        </div>
        <table className="heat" aria-label={title}>
          <thead>
            <tr>
              <td className="heat-corner" />
              {SCALE.map((i) => (
                <th key={i} scope="col" className="heat-head-i">
                  <span className="heat-n">{i}</span>
                  <span className="heat-word">{t(`views.risks.heat.impact${i}`)}</span>
                  <span className="sr-only">{t('views.risks.col.impact')}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {[...SCALE].reverse().map((l) => (
              <tr key={l}>
                <th scope="row" className="heat-head-l">
                  <span className="heat-n">{l}</span>
                  <span className="heat-word">{t(`views.risks.heat.likelihood${l}`)}</span>
                  <span className="sr-only">{t('views.risks.col.likelihood')}</span>
                </th>
                {SCALE.map((i) => (
                  <Cell key={i} kind={kind} l={l} i={i} risks={byCell.get(`${l}-${i}`) ?? []} bands={bands} />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
        <div className="heat-axis-x" aria-hidden="true">
          {t('views.risks.col.impact')} →
        </div>
      </div>
    </figure>
  );
}

export function BandLegend({ bands }: { bands: readonly RiskBand[] }) {
  const { t } = useTranslation();
  const sorted = [...bands].sort((a, b) => a.min_score - b.min_score);
  return (
    <ul className="band-legend" aria-label={t('views.risks.bands.legend')}>
      {sorted.map((b, k) => {
        const next = sorted[k + 1];
        const to = next ? next.min_score - 1 : 25;
        return (
          <li key={`${b.key}-${b.min_score}`}>
            <span className="band-swatch" style={{ background: b.color }} aria-hidden="true" />
            <span className="band-name">{bandName(t, b.key)}</span>
            <span className="band-range">{to > b.min_score ? `${b.min_score}–${to}` : b.min_score}</span>
          </li>
        );
      })}
    </ul>
  );
}

type Mode = MapKind | 'both';
const MODE_KEY = 'campaign-planner.risks.heatMode';

export function HeatMapTab() {
  const { t } = useTranslation();
  const { bands, readOnly } = useRisks();
  const all = useRows('risk');
  const act = useRiskActions();
  const [mode, setModeState] = useState<Mode>(() => {
    try {
      const m = sessionStorage.getItem(MODE_KEY);
      return m === 'inherent' || m === 'residual' || m === 'both' ? m : 'both';
    } catch {
      return 'both';
    }
  });
  const setMode = (m: Mode) => {
    setModeState(m);
    try {
      sessionStorage.setItem(MODE_KEY, m);
    } catch {
      // remembered while the view is open
    }
  };
  const [showClosed, setShowClosed] = useState(false);
  const [bandsOpen, setBandsOpen] = useState(false);
  const [active, setActive] = useState<{ kind: MapKind; risk: Risk } | null>(null);
  const risks = useMemo(() => all.filter((r) => showClosed || r.status !== 'closed'), [all, showClosed]);
  const cellText = useCellText();

  const byId = useRef(new Map<string, Risk>());
  byId.current = new Map(all.map((r) => [r.id, r]));
  const riskName = (id: UniqueIdentifier) => {
    const chip = parseChip(id);
    const r = chip ? byId.current.get(chip.riskId) : undefined;
    return r ? (r.code ? `${r.code} ${r.title}` : r.title) : '';
  };

  const keyCell = useRef<{ chip: string; l: number; i: number } | null>(null);
  const coordinateGetter = useMemo(() => cellCoordinates(keyCell), []);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 5 } }),
    useSensor(KeyboardSensor, { coordinateGetter, keyboardCodes: { start: ['Space'], cancel: ['Escape'], end: ['Space', 'Enter'] } }),
  );

  // the cell last announced: the pick-up already names the starting cell, so "over" it again is not repeated
  const lastOver = useRef<string | null>(null);
  const announcements: Announcements = {
    onDragStart: ({ active: a }) => {
      const c = a.data.current as { l: number; i: number } | undefined;
      const chip = parseChip(a.id);
      lastOver.current = c && chip ? cellId(chip.kind, c.l, c.i) : null;
      return t('views.risks.heat.announce.start', { risk: riskName(a.id), cell: c ? cellText(c.l, c.i) : '' });
    },
    onDragOver: ({ active: a, over }) => {
      const key = over ? String(over.id) : null;
      if (key === lastOver.current) return undefined;
      lastOver.current = key;
      const cell = parseCell(over?.id);
      return cell ? t('views.risks.heat.announce.over', { risk: riskName(a.id), cell: cellText(cell.l, cell.i) }) : t('views.risks.heat.announce.outside', { risk: riskName(a.id) });
    },
    onDragEnd: ({ active: a, over }) => {
      const cell = parseCell(over?.id);
      return cell ? t('views.risks.heat.announce.end', { risk: riskName(a.id), cell: cellText(cell.l, cell.i) }) : t('views.risks.heat.announce.cancel', { risk: riskName(a.id) });
    },
    onDragCancel: ({ active: a }) => t('views.risks.heat.announce.cancel', { risk: riskName(a.id) }),
  };

  const onDragStart = (e: DragStartEvent) => {
    keyCell.current = null;
    const chip = parseChip(e.active.id);
    const r = chip ? byId.current.get(chip.riskId) : undefined;
    setActive(chip && r ? { kind: chip.kind, risk: r } : null);
  };

  const onDragEnd = (e: DragEndEvent) => {
    setActive(null);
    const chip = parseChip(e.active.id);
    const cell = parseCell(e.over?.id);
    if (!chip || !cell || cell.kind !== chip.kind) return;
    const r = byId.current.get(chip.riskId);
    if (!r) return;
    const now = ratingOf(r, chip.kind);
    if (now.l === cell.l && now.i === cell.i) return;
    const values: Partial<Risk> = chip.kind === 'inherent' ? { likelihood: cell.l, impact: cell.i } : { residual_likelihood: cell.l, residual_impact: cell.i };
    void act.setMany(r, values, t(`views.risks.history.rescore${chip.kind === 'inherent' ? 'Inherent' : 'Residual'}`, { risk: r.code || r.title, l: cell.l, i: cell.i }));
  };

  const kinds: MapKind[] = mode === 'both' ? ['inherent', 'residual'] : [mode];
  return (
    <section className="panel heat-panel" aria-labelledby="heat-title">
      <div className="grid-head">
        <h2 id="heat-title" className="panel-title">
          {t('views.risks.heat.title')}
        </h2>
        <div className="grid-tools">
          <fieldset className="rk-seg">
            <legend className="sr-only">{t('views.risks.heat.show')}</legend>
            {(['inherent', 'residual', 'both'] as const).map((m) => (
              <label key={m} className={mode === m ? 'is-on' : undefined}>
                <input type="radio" name="heat-mode" value={m} checked={mode === m} onChange={() => setMode(m)} />
                {t(`views.risks.heat.mode.${m}`)}
              </label>
            ))}
          </fieldset>
          <label className="rk-check">
            <input type="checkbox" checked={showClosed} onChange={(e) => setShowClosed(e.target.checked)} />
            {t('views.risks.heat.showClosed')}
          </label>
        </div>
      </div>
      <p className="panel-summary">{t(readOnly ? 'views.risks.heat.helpReadOnly' : 'views.risks.heat.help')}</p>
      <DndContext
        sensors={sensors}
        collisionDetection={collisions}
        onDragStart={onDragStart}
        onDragEnd={onDragEnd}
        onDragCancel={() => setActive(null)}
        accessibility={{ announcements, screenReaderInstructions: { draggable: t('views.risks.heat.instructions') } }}
      >
        <div className={`heat-maps heat-maps-${kinds.length}`}>
          {kinds.map((k) => (
            <HeatGrid key={k} kind={k} risks={risks} />
          ))}
        </div>
        <DragOverlay dropAnimation={null}>
          {active ? (
            <div className="heat-chip is-overlay" style={{ '--band': bandOf(score(ratingOf(active.risk, active.kind).l, ratingOf(active.risk, active.kind).i), bands)?.color ?? 'transparent' } as CSSProperties}>
              {active.risk.code || active.risk.title}
            </div>
          ) : null}
        </DragOverlay>
      </DndContext>
      <div className="heat-foot">
        <BandLegend bands={bands} />
        <button type="button" className="btn" onClick={() => setBandsOpen(true)}>
          {t('views.risks.bands.edit')}
        </button>
      </div>
      <BandsDialog open={bandsOpen} onClose={() => setBandsOpen(false)} />
    </section>
  );
}
