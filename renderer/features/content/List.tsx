import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContentItem } from '../../../shared/model/registry.ts';
import { usePlan } from '../../app/store/context.tsx';
import { useApply } from '../../ui/useEdit.ts';
import { bulkEdit, type BulkEdit } from './bulk.ts';
import type { Lookups } from './lookups.ts';

const KEEP = '';
const CLEAR = '__clear__';

/** Every item as a row; tick several and change their status, owner, platform or day at once (one undo step). */
export function List({ items, lk, onOpen, readOnly }: { items: ContentItem[]; lk: Lookups; onOpen: (id: string) => void; readOnly: boolean }) {
  const { t } = useTranslation();
  const apply = useApply();
  const pushToast = usePlan((s) => s.pushToast);
  const [picked, setPicked] = useState<ReadonlySet<string>>(new Set());
  const [status, setStatus] = useState(KEEP);
  const [owner, setOwner] = useState(KEEP);
  const [platform, setPlatform] = useState(KEEP);
  const [shift, setShift] = useState('0');
  const rows = useMemo(
    () => [...items].sort((a, b) => (a.publish_date ?? '9999').localeCompare(b.publish_date ?? '9999') || (a.publish_time ?? '').localeCompare(b.publish_time ?? '') || a.title.localeCompare(b.title)),
    [items],
  );
  // a selection only ever holds items that are on screen (a filter may hide some)
  const selected = rows.filter((c) => picked.has(c.id));
  const allPicked = rows.length > 0 && selected.length === rows.length;
  const toggle = (id: string, on: boolean) =>
    setPicked((p) => {
      const next = new Set(p);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  const choice = (v: string) => (v === KEEP ? undefined : v === CLEAR ? null : v);
  const shiftDays = Number.parseInt(shift, 10) || 0;
  const edit: BulkEdit = { status: status || undefined, owner: choice(owner), platform: choice(platform), shiftDays };
  const nothingToDo = selected.length === 0 || (edit.status === undefined && edit.owner === undefined && edit.platform === undefined && shiftDays === 0);

  const run = () => {
    const r = bulkEdit(selected, edit, { start_date: lk.planStart, end_date: lk.planEnd });
    if (!r.ok) {
      pushToast({ kind: 'info', key: 'views.content.list.outside', params: { titles: r.outside.join('、'), start: lk.date(lk.planStart), end: lk.date(lk.planEnd) } });
      return;
    }
    if (r.changes.length === 0) return;
    void apply(r.changes, t('views.content.history.bulk', { count: selected.length }));
    setStatus(KEEP);
    setOwner(KEEP);
    setPlatform(KEEP);
    setShift('0');
  };

  const none = t('views.content.notSet');
  const people = lk.people.map((p) => ({ value: p.id, label: p.name }));
  const platforms = lk.platforms.map((p) => ({ value: p.id, label: p.name }));
  const select = (label: string, value: string, onChange: (v: string) => void, options: { value: string; label: string }[], clearable: boolean) => (
    <label className="field">
      <span>{label}</span>
      <select value={value} disabled={readOnly} onChange={(e) => onChange(e.target.value)}>
        <option value={KEEP}>{t('views.content.list.keep')}</option>
        {clearable ? <option value={CLEAR}>{none}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <div className="content-list">
      {readOnly ? null : (
        <form
          className="content-bulk"
          aria-label={t('views.content.list.bulkLabel')}
          onSubmit={(e) => {
            e.preventDefault();
            run();
          }}
        >
          <p className="content-bulk-count" aria-live="polite">
            {t('views.content.list.selected', { count: selected.length })}
          </p>
          {select(t('views.content.status'), status, setStatus, lk.statuses.map((s) => ({ value: s.id, label: lk.statusName(s) })), false)}
          {select(t('views.content.owner'), owner, setOwner, people, true)}
          {select(t('views.content.platform'), platform, setPlatform, platforms, true)}
          <label className="field content-bulk-shift">
            <span>{t('views.content.list.shift')}</span>
            <input type="number" inputMode="numeric" step={1} value={shift} onChange={(e) => setShift(e.target.value)} />
          </label>
          <button type="submit" className="btn btn-primary" disabled={nothingToDo}>
            {t('views.content.list.apply', { count: selected.length })}
          </button>
        </form>
      )}
      <table className="content-table">
        <thead>
          <tr>
            <th scope="col" className="content-table-pick">
              {readOnly ? null : (
                <input
                  type="checkbox"
                  aria-label={t('views.content.list.selectAll')}
                  checked={allPicked}
                  ref={(el) => {
                    if (el) el.indeterminate = selected.length > 0 && !allPicked;
                  }}
                  onChange={(e) => setPicked(e.target.checked ? new Set(rows.map((c) => c.id)) : new Set())}
                />
              )}
            </th>
            <th scope="col">{t('views.content.itemTitle')}</th>
            <th scope="col">{t('views.content.status')}</th>
            <th scope="col">{t('views.content.platform')}</th>
            <th scope="col">{t('views.content.owner')}</th>
            <th scope="col">{t('views.content.publishDate')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((c) => (
            <tr key={c.id} aria-selected={picked.has(c.id)}>
              <td className="content-table-pick">
                {readOnly ? null : <input type="checkbox" aria-label={t('views.content.list.select', { title: c.title })} checked={picked.has(c.id)} onChange={(e) => toggle(c.id, e.target.checked)} />}
              </td>
              <th scope="row">
                <button type="button" className="link-button" onClick={() => onOpen(c.id)}>
                  {c.title}
                </button>
              </th>
              <td>{lk.statusName(lk.status.get(c.status_id))}</td>
              <td>{c.platform_id ? (lk.platform.get(c.platform_id)?.name ?? none) : none}</td>
              <td>{c.owner_id ? (lk.person.get(c.owner_id)?.name ?? none) : none}</td>
              <td className="content-table-date">{c.publish_date ? `${lk.date(c.publish_date)}${c.publish_time ? ` ${c.publish_time}` : ''}` : t('views.content.list.undated')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
