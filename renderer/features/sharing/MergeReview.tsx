import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { MergeConflict, MergeDecision, MergeIssue, MergePreview, MergeRowChange } from '../../../shared/api.ts';
import { isEntityName, type EntityName } from '../../../shared/model/registry.ts';
import { errorText } from '../../app/i18n/index.ts';
import { describeValue, entityName, fieldName, fileNameOf, formatClock, formatDuration, NOTABLE_DRIFT_MS, sameText, type DescribeContext } from './describe.ts';
import { useDescribe } from './hooks.ts';
import { useSharing, sharingStore } from './state.ts';
import { ConflictValue, hasDiff } from './ValueView.tsx';

export type Keep = 'mine' | 'theirs';
export type Decisions = Record<string, Keep>;

export const conflictKey = (c: Pick<MergeConflict, 'entity' | 'id' | 'field'>) => `${c.entity}\u0000${c.id}\u0000${c.field}`;

/** Every conflict of a preview, in view order. */
export function allConflicts(preview: MergePreview): MergeConflict[] {
  return preview.views.flatMap((v) => v.conflicts);
}

/** The choice the review starts with: whatever the clocks say. */
export function defaultDecisions(preview: MergePreview): Decisions {
  return Object.fromEntries(allConflicts(preview).map((c) => [conflictKey(c), c.winner]));
}

/** The user's choices as the merge call takes them. */
export function toDecisions(preview: MergePreview, chosen: Decisions): MergeDecision[] {
  return allConflicts(preview).map((c) => ({ entity: c.entity, id: c.id, field: c.field, keep: chosen[conflictKey(c)] ?? c.winner }));
}

/** The changes a merge brings as the user counts them: each item the review lists, and each conflict settled their way. */
export function mergedCount(preview: MergePreview, chosen: Decisions): number {
  const rows = preview.views.reduce((n, v) => n + v.rows.length, 0);
  const theirs = allConflicts(preview).filter((c) => (chosen[conflictKey(c)] ?? c.winner) === 'theirs').length;
  return rows + theirs;
}

/** Rows shown per view before "… and N more": a merge of thousands of edits stays readable. */
const MAX_ROWS = 150;
const MAX_FIELDS = 8;

/** "Task ‘Launch’" (the plan's own settings are just "Plan": their label is the plan name, which may be what changed). */
function RowName({ entity, label, t }: { entity: EntityName; label: string; t: DescribeContext['t'] }) {
  if (entity === 'settings') return <span>{entityName(entity, t)}</span>;
  return (
    <span>
      {entityName(entity, t)} <strong>{t('sharing.quoted', { text: label })}</strong>
    </span>
  );
}

function RowChange({ row, ctx }: { row: MergeRowChange; ctx: DescribeContext }) {
  const { t } = ctx;
  const entity = row.entity as EntityName;
  // a field both sides left reading the same is no change to show
  const fields = row.action === 'update' ? row.fields.filter((f) => f.field !== 'deleted' && !sameText(f.old, f.value)) : [];
  const shown = fields.slice(0, MAX_FIELDS);
  return (
    <li className="merge-row" data-entity={row.entity} data-id={row.id}>
      <span className="merge-row-head">
        <RowName entity={entity} label={row.label} t={t} />
        <span className={`merge-action merge-action-${row.action}`}>{t(`sharing.merge.action.${row.action}`)}</span>
        {!row.live && row.action !== 'delete' ? <span className="merge-row-note">{t('sharing.merge.staysDeleted')}</span> : null}
      </span>
      {shown.length ? (
        <ul className="merge-fields">
          {shown.map((f) => (
            <li key={f.field}>
              {f.field === 'sort_order' ? (
                <span>{t('sharing.merge.moved')}</span>
              ) : describeValue(entity, f.field, f.old, ctx) === describeValue(entity, f.field, f.value, ctx) ? (
                <span>
                  <span className="merge-field-name">{t('sharing.merge.fieldLabel', { field: fieldName(f.field, t, ctx.exists) })}</span> {t('sharing.merge.action.update')}
                </span>
              ) : (
                <>
                  <span className="merge-field-name">{t('sharing.merge.fieldLabel', { field: fieldName(f.field, t, ctx.exists) })}</span> {describeValue(entity, f.field, f.old, ctx)}
                  {' → '}
                  {describeValue(entity, f.field, f.value, ctx)}
                </>
              )}
              <span className="merge-meta"> · {f.author}</span>
            </li>
          ))}
          {fields.length > shown.length ? <li className="merge-meta">{t('sharing.merge.moreFields', { count: fields.length - shown.length })}</li> : null}
        </ul>
      ) : null}
    </li>
  );
}

function Conflict({ conflict, keep, onKeep, ctx }: { conflict: MergeConflict; keep: Keep; onKeep: (k: Keep) => void; ctx: DescribeContext }) {
  const { t } = ctx;
  const name = useId();
  const entity = conflict.entity as EntityName;
  const deleted = conflict.deletedBy;
  const choice = (which: Keep) =>
    !deleted ? t(which === 'mine' ? 'sharing.merge.keepMine' : 'sharing.merge.takeTheirs') : deleted === which ? t('sharing.merge.keepDeleted') : t(which === 'mine' ? 'sharing.merge.restoreMine' : 'sharing.merge.restoreTheirs');
  const by = (which: Keep) => {
    const s = conflict[which];
    const when = formatClock(s.clock, ctx.lang);
    if (!deleted) return t('sharing.merge.sideBy', { author: s.author, when });
    return t(deleted === which ? 'sharing.merge.deletedBy' : 'sharing.merge.editedBy', { author: s.author, when });
  };
  const side = (which: Keep) => (
    <label className={`conflict-side${keep === which ? ' conflict-side-chosen' : ''}`} data-side={which}>
      <input type="radio" name={name} value={which} checked={keep === which} onChange={() => onKeep(which)} />
      <span className="conflict-choice">
        <span className="conflict-choice-label">
          {choice(which)}
          {!deleted && conflict.winner === which ? <span className="chip conflict-newer">{t('sharing.merge.newer')}</span> : null}
        </span>
        <ConflictValue conflict={conflict} side={which} ctx={ctx} />
        <span className="merge-meta">{by(which)}</span>
      </span>
    </label>
  );
  return (
    <fieldset className={`conflict${deleted ? ' conflict-deleted' : ''}`} data-entity={conflict.entity} data-id={conflict.id} data-field={conflict.field}>
      <legend>
        <RowName entity={entity} label={conflict.label} t={t} /> · {deleted ? t('sharing.merge.deletedConflict') : fieldName(conflict.field, t, ctx.exists)}
      </legend>
      {hasDiff(conflict) ? <p className="merge-meta conflict-diff-note">{t('sharing.merge.showDiff')}</p> : null}
      <div className="conflict-sides">
        {side('mine')}
        {side('theirs')}
      </div>
    </fieldset>
  );
}

/** An issue's error with the row named as people know it ("Task ‘Launch’") instead of its kind and id. */
function issueError(issue: MergeIssue, preview: MergePreview, ctx: DescribeContext): MergeIssue['error'] {
  const { params } = issue.error;
  if (params.entity !== issue.entity || params.id !== issue.id || !isEntityName(issue.entity)) return issue.error;
  const listed = preview.views.flatMap((v) => v.rows).find((r) => r.entity === issue.entity && r.id === issue.id)?.label;
  const label = listed ?? ctx.label(issue.entity, issue.id) ?? issue.id;
  return { ...issue.error, params: { ...params, entity: entityName(issue.entity, ctx.t), id: ctx.t('sharing.quoted', { text: label }) } };
}

/** What merging a colleague's copy will do: counts, sources and their clocks, conflicts to settle, changes by view, issues. */
export function MergeReview({ preview, decisions, onDecisions }: { preview: MergePreview; decisions: Decisions; onDecisions: (d: Decisions) => void }) {
  const { t, i18n } = useTranslation();
  const ctx = useDescribe();
  const conflicts = useMemo(() => allConflicts(preview), [preview]);
  const headings = { sources: useId(), conflicts: useId(), duplicates: useId(), changes: useId(), issues: useId() };
  const groups = preview.views.filter((g) => g.rows.length > 0);
  const setAll = (pick: (c: MergeConflict) => Keep) => onDecisions(Object.fromEntries(conflicts.map((c) => [conflictKey(c), pick(c)])));
  const renumber = useSharing((s) => s.renumber);
  const stats: [string, number][] = [
    ['incoming', preview.incoming],
    // the same count the toast gives after merging: it follows the choices made below
    ['toMerge', mergedCount(preview, decisions)],
    ['conflicts', preview.conflicts],
    ['created', preview.created],
    ['deleted', preview.deleted],
  ];

  return (
    <div className="merge-review">
      <p className="merge-from">{t('sharing.merge.file', { file: fileNameOf(preview.path) })}</p>
      <dl className="merge-stats" aria-label={t('sharing.merge.stats')}>
        {stats.map(([k, v]) => (
          <div key={k} className={`merge-stat${k === 'conflicts' && v > 0 ? ' merge-stat-warn' : ''}`} data-stat={k}>
            <dt>{t(`sharing.merge.${k}`)}</dt>
            <dd>{new Intl.NumberFormat(i18n.language).format(v)}</dd>
          </div>
        ))}
      </dl>

      {preview.incoming === 0 ? <p className="merge-nothing">{t('sharing.merge.nothingNew')}</p> : null}

      {preview.sources.length ? (
        <section aria-labelledby={headings.sources}>
          <h3 id={headings.sources} className="merge-heading">{t('sharing.merge.sources')}</h3>
          <ul className="merge-sources">
            {preview.sources.map((s) => (
              <li key={s.site}>
                {t('sharing.merge.source', { author: s.author, count: s.changes, when: formatClock(s.latest, i18n.language) })}
                {s.suspicious ? (
                  <p className="merge-warning" role="note">
                    <span aria-hidden="true">⚠ </span>
                    {t('sharing.merge.suspicious', { author: s.author, amount: formatDuration(s.aheadMs, i18n.language) })}
                  </p>
                ) : s.aheadMs > NOTABLE_DRIFT_MS ? (
                  <span className="merge-meta"> {t('sharing.merge.ahead', { amount: formatDuration(s.aheadMs, i18n.language) })}</span>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {conflicts.length ? (
        <section aria-labelledby={headings.conflicts} className="merge-conflicts">
          <h3 id={headings.conflicts} className="merge-heading">
            {t('sharing.merge.conflictsTitle')} ({conflicts.length})
          </h3>
          <p className="merge-intro">{t('sharing.merge.conflictsIntro')}</p>
          {conflicts.length > 1 ? (
            <div className="btn-row">
              <button type="button" className="btn" onClick={() => setAll(() => 'mine')}>{t('sharing.merge.allMine')}</button>
              <button type="button" className="btn" onClick={() => setAll(() => 'theirs')}>{t('sharing.merge.allTheirs')}</button>
              <button type="button" className="btn" onClick={() => setAll((c) => c.winner)}>{t('sharing.merge.allNewest')}</button>
            </div>
          ) : null}
          {conflicts.map((c) => (
            <Conflict key={conflictKey(c)} conflict={c} keep={decisions[conflictKey(c)] ?? c.winner} onKeep={(k) => onDecisions({ ...decisions, [conflictKey(c)]: k })} ctx={ctx} />
          ))}
        </section>
      ) : null}

      {preview.duplicates.length ? (
        <section aria-labelledby={headings.duplicates} className="merge-duplicates">
          <h3 id={headings.duplicates} className="merge-heading">{t('sharing.merge.duplicatesTitle')}</h3>
          <div className="merge-duplicate-list">
            {preview.duplicates.map((d) => (
              <p key={`${d.entity}:${d.code}`} className="merge-warning" role="note">
                <span aria-hidden="true">⚠ </span>
                {t('sharing.merge.duplicate', {
                  entity: entityName(d.entity, ctx.t),
                  code: d.code,
                  labels: d.labels.map((l) => t('sharing.quoted', { text: l })).join(t('table.listSeparator')),
                })}
              </p>
            ))}
          </div>
          <label className="merge-renumber">
            <input type="checkbox" checked={renumber} onChange={(e) => sharingStore.getState().setRenumber(e.currentTarget.checked)} />{' '}
            {t('sharing.merge.renumber', { count: preview.duplicates.reduce((n, d) => n + d.ids.length - 1, 0) })}
          </label>
        </section>
      ) : null}

      {groups.length ? (
        <section aria-labelledby={headings.changes}>
          <h3 id={headings.changes} className="merge-heading">{t('sharing.merge.changesTitle')}</h3>
          {groups.map((g) => (
            <details key={g.view} className="merge-view" open={groups.length <= 3} data-view={g.view}>
              <summary>
                <span className="merge-view-name">{t(`nav.${g.view}`)}</span>
                <span className="merge-meta">{t('sharing.merge.viewCount', { count: g.rows.length })}</span>
              </summary>
              <ul className="merge-rows">
                {g.rows.slice(0, MAX_ROWS).map((r) => (
                  <RowChange key={`${r.entity}:${r.id}`} row={r} ctx={ctx} />
                ))}
                {g.rows.length > MAX_ROWS ? <li className="merge-meta">{t('sharing.merge.moreFields', { count: g.rows.length - MAX_ROWS })}</li> : null}
              </ul>
            </details>
          ))}
        </section>
      ) : null}

      {preview.issues.length ? (
        <section aria-labelledby={headings.issues}>
          <h3 id={headings.issues} className="merge-heading">{t('sharing.merge.issuesTitle')}</h3>
          <p className="merge-intro">{t('sharing.merge.issuesIntro')}</p>
          <ul className="merge-issues">
            {preview.issues.map((issue, i) => (
              <li key={`${issue.entity}:${issue.id}:${i}`}>{errorText(i18n, issueError(issue, preview, ctx))}</li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
