import { useTranslation } from 'react-i18next';
import { RECURRENCE } from '../../../shared/model/enums.ts';
import type { Row } from '../../../shared/model/registry.ts';
import { useRows } from '../../app/store/selectors.ts';
import { ConfirmDelete } from '../../ui/ConfirmDelete.tsx';
import { CheckField, NumberField, SelectField, TextField } from '../../ui/fields.tsx';
import { useFormat } from '../../ui/format.ts';
import { newId } from '../../ui/ids.ts';
import { ListPanel } from '../../ui/ListPanel.tsx';
import { SidePanel } from '../../ui/SidePanel.tsx';
import { rowChanges, useApply, useReadOnly, useSetField, useStageRow } from '../../ui/useEdit.ts';
import { nextOrder } from './model.ts';
import { weekdayNames } from './widgets.tsx';
import { usePlan } from '../../app/store/context.tsx';

/** Recurring meetings such as the weekly cross-department sync (the calendar and Timeline show them). */
export function MeetingsPanel({ onEdit }: { onEdit: (id: string) => void }) {
  const { t, i18n } = useTranslation();
  const fmt = useFormat();
  const stage = useStageRow();
  const readOnly = useReadOnly();
  const meetings = useRows('meeting');
  const people = useRows('person');
  const days = weekdayNames(i18n.language);
  const names = new Map(people.map((p) => [p.id, p.name]));

  const add = () => {
    const id = newId('meeting');
    const name = t('views.team.newMeeting');
    stage(rowChanges('meeting', id, { name, sort_order: nextOrder(meetings) }), t('views.team.history.addMeeting', { name }));
    onEdit(id);
  };

  return (
    <ListPanel
      title={t('views.team.meetings')}
      count={meetings.length}
      emptyText={t('views.team.noMeetings')}
      actions={
        <button type="button" className="btn" disabled={readOnly} onClick={add}>
          {t('views.team.addMeeting')}
        </button>
      }
    >
      <thead>
        <tr>
          <th scope="col">{t('views.team.meetingName')}</th>
          <th scope="col">{t('views.team.when')}</th>
          <th scope="col" className="num">
            {t('views.team.duration')}
          </th>
          <th scope="col">{t('views.team.attendees')}</th>
        </tr>
      </thead>
      <tbody>
        {meetings.map((m) => (
          <tr key={m.id}>
            <th scope="row">
              <button type="button" className="row-link" onClick={() => onEdit(m.id)} aria-label={t('views.team.editNamed', { name: m.name })}>
                {m.name}
              </button>
            </th>
            <td className="nowrap">
              {t('views.team.whenValue', { recurrence: t(`enum.recurrence.${m.recurrence}`), day: days[m.weekday - 1] ?? '', time: m.time })}
            </td>
            <td className="num">{t('views.team.minutesValue', { minutes: fmt.number(m.duration_minutes, 0) })}</td>
            <td>
              {m.attendee_ids
                .map((id) => names.get(id))
                .filter(Boolean)
                .join(t('table.listSeparator')) || t('table.none')}
            </td>
          </tr>
        ))}
      </tbody>
    </ListPanel>
  );
}

export function MeetingEditor({ meeting, onClose }: { meeting: Row<'meeting'>; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const setField = useSetField();
  const apply = useApply();
  const pushUndoable = usePlan((s) => s.pushUndoable);
  const readOnly = useReadOnly();
  const people = useRows('person');
  const days = weekdayNames(i18n.language);
  const set = (field: string, label: string) => (value: unknown) =>
    void setField('meeting', meeting.id, field, value, t('views.team.history.editMeeting', { name: meeting.name, field: label }));
  const order = people.map((p) => p.id);
  const toggle = (personId: string, on: boolean) => {
    const next = new Set(meeting.attendee_ids);
    if (on) next.add(personId);
    else next.delete(personId);
    set('attendee_ids', t('views.team.attendees'))([...order.filter((id) => next.has(id)), ...meeting.attendee_ids.filter((id) => next.has(id) && !order.includes(id))]);
  };

  return (
    <SidePanel
      title={t('views.team.editMeeting', { name: meeting.name })}
      onClose={onClose}
      actions={
        <ConfirmDelete
          name={meeting.name}
          disabled={readOnly}
          onConfirm={() => {
            onClose();
            const name = meeting.name;
            void apply([{ entity: 'meeting', id: meeting.id, field: 'deleted', value: true }], t('views.team.history.deleteMeeting', { name: meeting.name })).then((ok) => ok && pushUndoable('views.team.deleted', { name }));
          }}
        />
      }
    >
      <TextField label={t('views.team.meetingName')} value={meeting.name} disabled={readOnly} onCommit={(v) => v.trim() && set('name', t('views.team.meetingName'))(v.trim())} />
      <div className="form-grid">
        <SelectField
          label={t('views.team.recurrence')}
          value={meeting.recurrence}
          disabled={readOnly}
          options={RECURRENCE.map((k) => ({ value: k, label: t(`enum.recurrence.${k}`) }))}
          onCommit={(v) => v && set('recurrence', t('views.team.recurrence'))(v)}
        />
        <SelectField
          label={t('views.team.weekday')}
          value={String(meeting.weekday)}
          disabled={readOnly}
          options={days.map((d, i) => ({ value: String(i + 1), label: d }))}
          onCommit={(v) => v && set('weekday', t('views.team.weekday'))(Number(v))}
        />
        <TextField label={t('views.team.time')} type="time" value={meeting.time} disabled={readOnly} onCommit={(v) => /^\d{2}:\d{2}$/.test(v) && set('time', t('views.team.time'))(v)} />
        <NumberField
          label={t('views.team.durationMinutes')}
          value={meeting.duration_minutes}
          min={5}
          max={1440}
          step={5}
          disabled={readOnly}
          onCommit={(v) => set('duration_minutes', t('views.team.durationMinutes'))(Math.round(v))}
        />
        <TextField label={t('views.team.from')} type="date" value={meeting.start_date ?? ''} disabled={readOnly} onCommit={(v) => set('start_date', t('views.team.from'))(v || null)} />
        <TextField label={t('views.team.until')} type="date" value={meeting.end_date ?? ''} disabled={readOnly} onCommit={(v) => set('end_date', t('views.team.until'))(v || null)} />
      </div>
      <fieldset className="fieldset">
        <legend>{t('views.team.attendees')}</legend>
        {people.map((p) => (
          <CheckField key={p.id} label={p.name} value={meeting.attendee_ids.includes(p.id)} disabled={readOnly} onCommit={(on) => toggle(p.id, on)} />
        ))}
      </fieldset>
      <TextField label={t('views.team.agenda')} value={meeting.notes} multiline disabled={readOnly} onCommit={set('notes', t('views.team.agenda'))} />
    </SidePanel>
  );
}
