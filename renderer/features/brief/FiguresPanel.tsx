import { useTranslation } from 'react-i18next';
import type { Row } from '../../../shared/model/registry.ts';
import { useRows } from '../../app/store/selectors.ts';
import { NumberField, TextField } from '../../ui/fields.tsx';
import { useFormat } from '../../ui/format.ts';
import { newId } from '../../ui/ids.ts';
import { ListPanel } from '../../ui/ListPanel.tsx';
import { SidePanel } from '../../ui/SidePanel.tsx';
import { rowChanges, useApply, useReadOnly, useSetField } from '../../ui/useEdit.ts';
import { nextOrder } from './sections.ts';

/** Key market figures quoted in the brief, each with its source and date. */
export function FiguresPanel({ onEdit }: { onEdit: (id: string) => void }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const apply = useApply();
  const readOnly = useReadOnly();
  const figures = useRows('market_figure');
  const none = t('table.none');

  const add = async () => {
    const id = newId('fig');
    const label = t('views.brief.newFigure');
    const ok = await apply(rowChanges('market_figure', id, { label, sort_order: nextOrder(figures) }), t('views.brief.history.addFigure', { label }));
    if (ok) onEdit(id);
  };

  return (
    <ListPanel
      title={t('views.brief.figures')}
      count={figures.length}
      emptyText={t('views.brief.noFigures')}
      actions={
        <button type="button" className="btn" disabled={readOnly} onClick={() => void add()}>
          {t('views.brief.addFigure')}
        </button>
      }
    >
      <thead>
        <tr>
          <th scope="col">{t('views.brief.label')}</th>
          <th scope="col" className="num">
            {t('views.brief.value')}
          </th>
          <th scope="col">{t('views.brief.source')}</th>
          <th scope="col" className="num">
            {t('views.brief.asOf')}
          </th>
        </tr>
      </thead>
      <tbody>
        {figures.map((x) => (
          <tr key={x.id}>
            <th scope="row">
              <button type="button" className="row-link" onClick={() => onEdit(x.id)} aria-label={t('views.brief.editNamed', { name: x.label })}>
                {x.label}
              </button>
            </th>
            <td className="num">{x.unit ? t('views.brief.valueUnit', { value: fmt.number(x.value), unit: x.unit }) : fmt.number(x.value)}</td>
            <td>{x.source || none}</td>
            <td className="num">{fmt.date(x.as_of)}</td>
          </tr>
        ))}
      </tbody>
    </ListPanel>
  );
}

export function FigureEditor({ figure, onClose }: { figure: Row<'market_figure'>; onClose: () => void }) {
  const { t } = useTranslation();
  const setField = useSetField();
  const apply = useApply();
  const readOnly = useReadOnly();
  const set = (field: string, label: string) => (value: unknown) =>
    void setField('market_figure', figure.id, field, value, t('views.brief.history.editFigure', { label: figure.label, field: label }));
  return (
    <SidePanel
      title={t('views.brief.editFigure', { name: figure.label })}
      onClose={onClose}
      actions={
        <button
          type="button"
          className="btn btn-danger"
          disabled={readOnly}
          onClick={() => {
            onClose();
            void apply([{ entity: 'market_figure', id: figure.id, field: 'deleted', value: true }], t('views.brief.history.deleteFigure', { label: figure.label }));
          }}
        >
          {t('ui.delete')}
        </button>
      }
    >
      <TextField label={t('views.brief.label')} value={figure.label} disabled={readOnly} onCommit={(v) => v.trim() && set('label', t('views.brief.label'))(v.trim())} />
      <div className="form-grid">
        <NumberField label={t('views.brief.value')} value={figure.value} disabled={readOnly} onCommit={set('value', t('views.brief.value'))} />
        <TextField label={t('views.brief.unit')} value={figure.unit} disabled={readOnly} hint={t('views.brief.unitHint')} onCommit={(v) => set('unit', t('views.brief.unit'))(v.slice(0, 32))} />
      </div>
      <TextField label={t('views.brief.source')} value={figure.source} disabled={readOnly} multiline onCommit={set('source', t('views.brief.source'))} />
      <TextField label={t('views.brief.asOf')} type="date" value={figure.as_of ?? ''} disabled={readOnly} onCommit={(v) => set('as_of', t('views.brief.asOf'))(v || null)} />
    </SidePanel>
  );
}
