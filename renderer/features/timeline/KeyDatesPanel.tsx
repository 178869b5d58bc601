/**
 * The plan's key dates, editable: public holidays and make-up workdays (they set the working days the
 * Timeline schedules on), shopping festivals, sports and industry events. Each edit is one `apply`,
 * so it saves at once and one undo takes it back.
 */
import { useTranslation } from 'react-i18next';
import { isDate } from '../../../shared/logic/dates.ts';
import type { Change } from '../../../shared/model/change.ts';
import { KEY_DATE_KINDS } from '../../../shared/model/enums.ts';
import type { KeyDate } from '../../../shared/model/registry.ts';
import { usePlan } from '../../app/store/context.tsx';
import { SelectField, TextField } from '../../ui/fields.tsx';
import { SidePanel } from '../../ui/SidePanel.tsx';
import { newId } from '../../ui/ids.ts';
import { deleteKeyDate, newKeyDate, setKeyDateDay } from './keyDateEdits.ts';
import { KeyDatesImport } from './KeyDatesImport.tsx';

export function KeyDatesPanel({ keyDates, firstDay, readOnly, apply, onClose }: {
  keyDates: KeyDate[];
  /** where a new key date starts */
  firstDay: string;
  readOnly: boolean;
  /** resolves to whether the changes were written */
  apply: (changes: Change[], label: string) => Promise<boolean>;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const k = 'views.timeline.keyDateEditor';
  const pushUndoable = usePlan((s) => s.pushUndoable);
  const sorted = [...keyDates].sort((a, b) => a.start.localeCompare(b.start) || a.sort_order - b.sort_order);
  const edit = (changes: Change[]) => {
    if (changes.length) void apply(changes, t(`${k}.historyEdit`));
  };
  return (
    <SidePanel
      title={t(`${k}.title`)}
      onClose={onClose}
      actions={
        <>
          <button
            type="button"
            className="btn btn-primary"
            disabled={readOnly}
            onClick={() => void apply(newKeyDate(keyDates, newId('kd'), { name: t(`${k}.newName`), start: firstDay, kind: 'holiday' }), t(`${k}.historyAdd`))}
          >
            {t(`${k}.add`)}
          </button>
          <KeyDatesImport keyDates={keyDates} readOnly={readOnly} apply={apply} />
        </>
      }
    >
      <p className="tl-kde-hint">{t(`${k}.hint`)}</p>
      {sorted.length === 0 ? <p className="tl-kde-empty">{t(`${k}.empty`)}</p> : null}
      <ul className="tl-kde-list">
        {sorted.map((d) => (
          <li key={d.id}>
            {/* a group per key date: its fields are found by the date's name, and the list stays a list */}
            <div className="tl-kde-item" role="group" aria-label={d.name}>
            <TextField
              label={t(`${k}.name`)}
              value={d.name}
              disabled={readOnly}
              onCommit={(v) => v.trim() && edit([{ entity: 'key_date', id: d.id, field: 'name', value: v.trim() }])}
            />
            <div className="form-grid tl-editor-grid">
              <TextField label={t(`${k}.start`)} type="date" value={d.start} disabled={readOnly} onCommit={(v) => isDate(v) && edit(setKeyDateDay(d, 'start', v))} />
              <TextField label={t(`${k}.end`)} type="date" value={d.end} disabled={readOnly} onCommit={(v) => isDate(v) && edit(setKeyDateDay(d, 'end', v))} />
              <SelectField
                label={t(`${k}.kind`)}
                value={d.kind}
                disabled={readOnly}
                options={KEY_DATE_KINDS.map((v) => ({ value: v, label: t(`enum.key_date_kind.${v}`) }))}
                onCommit={(v) => v && v !== d.kind && edit([{ entity: 'key_date', id: d.id, field: 'kind', value: v }])}
              />
              <TextField label={t(`${k}.note`)} value={d.note} disabled={readOnly} onCommit={(v) => edit([{ entity: 'key_date', id: d.id, field: 'note', value: v }])} />
            </div>
            <button
              type="button"
              className="btn btn-quiet btn-danger"
              disabled={readOnly}
              aria-label={t(`${k}.deleteLabel`, { name: d.name })}
              onClick={() => {
                const name = d.name;
                void apply(deleteKeyDate(d.id), t(`${k}.historyDelete`)).then((ok) => {
                  if (ok) pushUndoable(`${k}.deleted`, { name });
                });
              }}
            >
              {t(`${k}.delete`)}
            </button>
            </div>
          </li>
        ))}
      </ul>
    </SidePanel>
  );
}
