import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { RollupCheck } from '../../../shared/logic/objectives.ts';
import type { Measure } from '../../../shared/logic/measure.ts';
import { useFormat } from '../../ui/format.ts';
import { visibleNodes, type TreeNode } from './tree.ts';
import { ProgressBar, StatusBadge, useValueText } from '../../ui/Progress.tsx';

/**
 * The objectives as an ARIA tree (each item is named by its whole row: name, kind, metric, platform,
 * roll-up flag, period, target, progress and forecast, as a screen reader should read it) (flat items with aria-level), one tab stop: arrows move, Right opens a
 * branch or goes into it, Left closes it or goes to the parent, Home/End jump, Enter or Space opens the
 * objective in the editor.
 */
export function ObjectiveTree({ nodes, measures, flags, platforms, selectedId, onSelect, label }: {
  nodes: readonly TreeNode[];
  measures: ReadonlyMap<string, Measure>;
  flags: ReadonlyMap<string, RollupCheck>;
  platforms: ReadonlyMap<string, string>;
  selectedId: string | null;
  onSelect: (id: string) => void;
  label: string;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const valueText = useValueText();
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const visible = useMemo(() => visibleNodes(nodes, collapsed), [nodes, collapsed]);
  const [activeId, setActiveId] = useState<string | null>(null);
  const active = visible.find((n) => n.objective.id === activeId) ?? visible.find((n) => n.objective.id === selectedId) ?? visible[0];
  const refs = useRef(new Map<string, HTMLLIElement>());
  const wantFocus = useRef<string | null>(null);

  useEffect(() => {
    if (wantFocus.current) {
      refs.current.get(wantFocus.current)?.focus();
      wantFocus.current = null;
    }
  });

  // a newly selected objective (added from the panel, picked from a flag) is shown and becomes the tab stop
  useEffect(() => {
    if (!selectedId) return;
    setActiveId(selectedId);
    const byId = new Map(nodes.map((n) => [n.objective.id, n]));
    const open: string[] = [];
    for (let p = byId.get(selectedId)?.parentId ?? null; p !== null && !open.includes(p); p = byId.get(p)?.parentId ?? null) open.push(p);
    if (open.some((id) => collapsed.has(id))) setCollapsed((c) => new Set([...c].filter((id) => !open.includes(id))));
  }, [selectedId]);

  const sizes = useMemo(() => {
    const siblings = new Map<string | null, string[]>();
    for (const n of nodes) siblings.set(n.parentId, [...(siblings.get(n.parentId) ?? []), n.objective.id]);
    return siblings;
  }, [nodes]);

  const move = (id: string | undefined) => {
    if (!id) return;
    setActiveId(id);
    wantFocus.current = id;
  };
  const toggle = (id: string, open?: boolean) =>
    setCollapsed((c) => {
      const next = new Set(c);
      const close = open === undefined ? !c.has(id) : !open;
      if (close) next.add(id);
      else next.delete(id);
      return next;
    });

  const onKeyDown = (e: KeyboardEvent, node: TreeNode, index: number) => {
    const id = node.objective.id;
    const hasChildren = node.childIds.length > 0;
    const isOpen = hasChildren && !collapsed.has(id);
    let handled = true;
    switch (e.key) {
      case 'ArrowDown':
        move(visible[index + 1]?.objective.id);
        break;
      case 'ArrowUp':
        move(visible[index - 1]?.objective.id);
        break;
      case 'Home':
        move(visible[0]?.objective.id);
        break;
      case 'End':
        move(visible.at(-1)?.objective.id);
        break;
      case 'ArrowRight':
        if (hasChildren && !isOpen) toggle(id, true);
        else if (isOpen) move(node.childIds[0]);
        break;
      case 'ArrowLeft':
        if (isOpen) toggle(id, false);
        else if (node.parentId) move(node.parentId);
        break;
      case 'Enter':
      case ' ':
        onSelect(id);
        break;
      default:
        handled = false;
    }
    if (handled) {
      e.preventDefault();
      e.stopPropagation();
    }
  };

  if (nodes.length === 0) return <p className="empty">{t('views.goals.noObjectives')}</p>;

  return (
    <div className="goal-tree-wrap">
      <div className="goal-tree-head" aria-hidden="true">
        <span>{t('views.goals.name')}</span>
        <span>{t('views.goals.period')}</span>
        <span className="num">{t('views.goals.target')}</span>
        <span>{t('views.goals.progress')}</span>
        <span>{t('views.goals.status')}</span>
      </div>
      <ul role="tree" aria-label={label} className="goal-tree">
        {visible.map((node, index) => {
          const o = node.objective;
          const m = measures.get(o.id);
          const flag = flags.get(o.id);
          const hasChildren = node.childIds.length > 0;
          const siblings = sizes.get(node.parentId) ?? [];
          return (
            <li
              key={o.id}
              ref={(el) => {
                if (el) refs.current.set(o.id, el);
                else refs.current.delete(o.id);
              }}
              role="treeitem"
              aria-level={node.depth + 1}
              aria-setsize={siblings.length}
              aria-posinset={siblings.indexOf(o.id) + 1}
              aria-expanded={hasChildren ? !collapsed.has(o.id) : undefined}
              aria-selected={o.id === selectedId}
              tabIndex={o.id === active?.objective.id ? 0 : -1}
              className={`goal-row${o.id === selectedId ? ' selected' : ''}${flag ? ' flagged' : ''}`}
              data-id={o.id}
              onClick={() => {
                setActiveId(o.id);
                onSelect(o.id);
              }}
              onKeyDown={(e) => onKeyDown(e, node, index)}
            >
              <span className="goal-cell goal-name" style={{ paddingInlineStart: `${node.depth * 1.4}em` }}>
                <span
                  className={`goal-caret${hasChildren ? '' : ' leaf'}`}
                  aria-hidden="true"
                  onClick={(e) => {
                    if (!hasChildren) return;
                    e.stopPropagation();
                    toggle(o.id);
                  }}
                >
                  {hasChildren ? (collapsed.has(o.id) ? '▸' : '▾') : ''}
                </span>
                <span className="goal-name-text">
                  <span className="goal-title">{o.name}</span>
                  <span className="goal-meta">
                    <span className={`kind-chip kind-${o.kind}`}>{t(`enum.objective_kind.${o.kind}`)}</span>
                    <span>{t(`metric.${o.metric}`, { defaultValue: o.metric })}</span>
                    <span>{o.platform_id ? platforms.get(o.platform_id) ?? t('table.none') : t('views.goals.allPlatforms')}</span>
                    {o.feasibility !== 'unknown' ? <span className={`feas-chip feas-${o.feasibility}`}>{t(`enum.feasibility.${o.feasibility}`)}</span> : null}
                  </span>
                  {flag ? (
                    <span className="rollup-flag" data-testid="rollup-flag">
                      <span aria-hidden="true">⚠ </span>
                      {t(flag.rollup === 'sum' ? 'views.goals.flagSum' : 'views.goals.flagAverage', {
                        actual: valueText(flag.actual, o.unit),
                        expected: valueText(flag.expected, o.unit),
                        count: flag.childIds.length,
                      })}
                    </span>
                  ) : null}
                </span>
              </span>
              <span className="goal-cell goal-period">
                <span>{t(`enum.period_type.${o.period_type}`)}</span>
                <span className="goal-dates">{fmt.dateRange(o.period_start, o.period_end)}</span>
              </span>
              <span className="goal-cell num">{valueText(o.target, o.unit)}</span>
              <span className="goal-cell">
                <ProgressBar percent={m?.progress.percent ?? null} value={m?.progress.value ?? null} unit={o.unit} />
              </span>
              <span className="goal-cell">
                <StatusBadge status={m?.status ?? 'no_data'} />
              </span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
