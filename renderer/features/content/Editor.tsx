import { useTranslation } from 'react-i18next';
import { localEquivalent, zoneDisplayName } from '../../../shared/logic/calendar-zone.ts';
import { CONTENT_FORMATS, TACTICS } from '../../../shared/model/enums.ts';
import type { ContentItem } from '../../../shared/model/registry.ts';
import { useRow } from '../../app/store/selectors.ts';
import { CheckField, MoneyField, SelectField, TextField } from '../../ui/fields.tsx';
import { SidePanel } from '../../ui/SidePanel.tsx';
import { useApply, useReadOnly, useSetField } from '../../ui/useEdit.ts';
import { parseHashtags } from './hashtags.ts';
import { scheduledOffer } from './schedule-offer.ts';
import type { Lookups } from './lookups.ts';

/** The side panel that edits one content item; every field commits once, as one undo step. */
export function Editor({ id, lk, onClose, onDuplicate, onDelete }: {
  id: string;
  lk: Lookups;
  onClose: () => void;
  onDuplicate: (item: ContentItem) => void;
  onDelete: (item: ContentItem) => void;
}) {
  const { t, i18n } = useTranslation();
  const item = useRow('content_item', id);
  const readOnly = useReadOnly();
  const setField = useSetField();
  const apply = useApply();
  const label = t('views.content.history.edit');
  if (!item) {
    return (
      <SidePanel title={t('views.content.editor.title')} onClose={onClose}>
        <p>{t('views.content.editor.notFound')}</p>
      </SidePanel>
    );
  }
  const set = (field: keyof ContentItem & string, value: unknown) => void setField('content_item', item.id, field, value, label);
  const none = t('views.content.notSet');
  const localZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const local = item.publish_date && item.publish_time ? localEquivalent(item.publish_date, item.publish_time, lk.zone, localZone) : null;
  // Every hint that can appear has its line reserved: a line that appears on blur would move the
  // controls below it under the pointer, and the click that caused the blur would land elsewhere.
  const hint = (key: string, text: string | null, warn = false) => (
    <span key={key} className={`editor-hint editor-hint-${key}`} aria-hidden={text ? undefined : true}>
      {text ? warn ? <span className="warn-badge">{text}</span> : text : null}
    </span>
  );
  const toScheduled = scheduledOffer(item, lk.statuses);
  const signedAt = item.signed_off_at ? new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short', timeZone: lk.zone }).format(Date.parse(item.signed_off_at)) : null;
  // who and when are one fact: setting or clearing the person stamps or forgets the time in the same step
  const signOff = (person: string | null) =>
    void apply(
      [
        { entity: 'content_item', id: item.id, field: 'signed_off_by', value: person },
        { entity: 'content_item', id: item.id, field: 'signed_off_at', value: person ? new Date().toISOString() : null },
      ],
      t('views.content.history.signOff'),
    );
  const timeHints = [
    hint('zone', t('views.content.editor.timesIn', { zone: lk.zoneName, offset: lk.offset })),
    localZone !== lk.zone ? hint('local', local ? t('views.content.editor.localTime', { zone: zoneDisplayName(localZone, i18n.language, Date.now()), date: lk.day(local.date), time: local.time }) : null) : null,
    hint('plan', item.publish_date && lk.outsidePlan(item.publish_date) ? t('views.content.editor.outsidePlan', { start: lk.date(lk.planStart), end: lk.date(lk.planEnd) }) : null, true),
    hint('peak', lk.outsidePeak(item) ? t('views.content.editor.outsidePeak', { start: lk.peakStart, end: lk.peakEnd }) : null, true),
    // an idea's line is kept while it is an idea, so the offer appears in place when a date is set
    lk.status.get(item.status_id)?.key === 'idea' && !readOnly ? (
      <span key="offer" className="editor-hint editor-hint-offer" aria-hidden={toScheduled ? undefined : true}>
        {toScheduled ? (
          <>
            {t('views.content.editor.ideaDated')}{' '}
            <button type="button" className="link-button" onClick={() => void setField('content_item', item.id, 'status_id', toScheduled, t('views.content.history.toScheduled'))}>
              {t('views.content.offer.accept')}
            </button>
          </>
        ) : null}
      </span>
    ) : null,
  ];

  return (
    <SidePanel
      title={t('views.content.editor.title')}
      onClose={onClose}
      actions={
        readOnly ? undefined : (
          <>
            <button type="button" className="btn" onClick={() => onDuplicate(item)}>
              {t('views.content.editor.duplicate')}
            </button>
            <button type="button" className="btn btn-danger" onClick={() => onDelete(item)}>
              {t('views.content.editor.delete')}
            </button>
          </>
        )
      }
    >
      <TextField label={t('views.content.itemTitle')} value={item.title} disabled={readOnly} onCommit={(v) => v.trim() && set('title', v.trim())} />
      <div className="editor-pair">
        <SelectField label={t('views.content.status')} value={item.status_id} disabled={readOnly} options={lk.statuses.map((s) => ({ value: s.id, label: lk.statusName(s) }))} onCommit={(v) => v && set('status_id', v)} />
        <SelectField label={t('views.content.format')} value={item.format} disabled={readOnly} options={CONTENT_FORMATS.map((f) => ({ value: f, label: lk.formatName(f) }))} onCommit={(v) => v && set('format', v)} />
      </div>
      <TextField label={t('views.content.theme')} value={item.theme} disabled={readOnly} onCommit={(v) => set('theme', v)} />
      <div className="editor-pair">
        <SelectField label={t('views.content.platform')} value={item.platform_id} allowEmpty={none} disabled={readOnly} options={lk.platforms.map((p) => ({ value: p.id, label: p.name }))} onCommit={(v) => set('platform_id', v)} />
        <SelectField label={t('views.content.segment')} value={item.segment_id} allowEmpty={none} disabled={readOnly} options={lk.segments.map((s) => ({ value: s.id, label: s.name }))} onCommit={(v) => set('segment_id', v)} />
      </div>
      <SelectField label={t('views.content.owner')} value={item.owner_id} allowEmpty={none} disabled={readOnly} options={lk.people.map((p) => ({ value: p.id, label: p.name }))} onCommit={(v) => set('owner_id', v)} />
      <div className="editor-pair">
        <TextField
          label={t('views.content.publishDate')}
          type="date"
          value={item.publish_date ?? ''}
          disabled={readOnly}
          onCommit={(v) => set('publish_date', v || null)}
        />
        <TextField label={t('views.content.publishTime')} type="time" value={item.publish_time ?? ''} disabled={readOnly} onCommit={(v) => set('publish_time', v || null)} />
      </div>
      <div className="editor-hints">{timeHints}</div>
      <fieldset className="editor-tactics">
        <legend>{t('views.content.editor.tacticsLegend')}</legend>
        {TACTICS.map((x) => (
          <CheckField
            key={x}
            label={t(`enum.tactic.${x}`)}
            value={item.tactics.includes(x)}
            disabled={readOnly}
            onCommit={(on) => set('tactics', on ? TACTICS.filter((y) => y === x || item.tactics.includes(y)) : item.tactics.filter((y) => y !== x))}
          />
        ))}
      </fieldset>
      <div className="editor-pair">
        <TextField label={t('views.content.kolPartner')} value={item.kol_partner} disabled={readOnly} onCommit={(v) => set('kol_partner', v)} />
        <MoneyField label={t('views.content.kolCost', { currency: lk.currency })} value={item.kol_cost} disabled={readOnly} onCommit={(v) => set('kol_cost', v)} />
      </div>
      <TextField label={t('views.content.editor.postCopy')} value={item.post_copy} multiline disabled={readOnly} onCommit={(v) => set('post_copy', v)} />
      <TextField
        label={t('views.content.editor.hashtags')}
        value={item.hashtags.map((h) => `#${h}`).join(' ')}
        disabled={readOnly}
        hint={t('views.content.editor.hashtagsHint')}
        onCommit={(v) => set('hashtags', parseHashtags(v))}
      />
      <div className="editor-pair">
        <SelectField label={t('views.content.editor.approver')} value={item.approver_id} allowEmpty={none} disabled={readOnly} options={lk.people.map((p) => ({ value: p.id, label: p.name }))} onCommit={(v) => set('approver_id', v)} />
        <SelectField
          label={t('views.content.editor.signedOffBy')}
          value={item.signed_off_by}
          allowEmpty={none}
          disabled={readOnly}
          options={lk.people.map((p) => ({ value: p.id, label: p.name }))}
          onCommit={signOff}
          hint={signedAt ? t('views.content.editor.signedOffAt', { when: signedAt }) : t('views.content.editor.notSignedOff')}
        />
      </div>
      <TextField label={t('views.content.notes')} value={item.notes} multiline disabled={readOnly} onCommit={(v) => set('notes', v)} />
    </SidePanel>
  );
}
