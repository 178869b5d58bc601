/**
 * The toolbar's Columns menu: a menu button whose menu turns the task list's optional columns on and
 * off. Enter, Space or ↓ open it on the first item (↑ on the last); ↑ ↓ Home End move; Enter or Space
 * turns a column on or off and leaves the menu open, so several can be chosen in a row; Escape closes
 * it and returns to the button; Tab or a click outside closes it.
 */
import { useTranslation } from 'react-i18next';
import { useMenuButton } from '../../ui/useMenuButton.ts';
import { OPTIONAL_COLUMNS, type OptionalColumn } from './board-columns.ts';

export function ColumnsMenu({ chosen, onToggle }: { chosen: ReadonlySet<OptionalColumn>; onToggle: (c: OptionalColumn) => void }) {
  const { t } = useTranslation();
  const labels = OPTIONAL_COLUMNS.map((c) => t(`views.timeline.column.${c}`));
  // choosing leaves the menu open, so several columns can be turned on in a row
  const m = useMenuButton({ labels, itemRole: 'menuitemcheckbox', onChoose: (i) => onToggle(OPTIONAL_COLUMNS[i]!) });

  return (
    <div className="tl-columns">
      <button type="button" className="btn" title={t('views.timeline.columnsTitle')} {...m.buttonProps}>
        {t('views.timeline.columns')}
        <span aria-hidden="true" className="tl-columns-caret">
          ▾
        </span>
      </button>
      {m.open ? (
        <ul {...m.menuProps} aria-label={t('views.timeline.columnsMenu')} className="tl-columns-menu">
          {OPTIONAL_COLUMNS.map((c, i) => (
            <li
              key={c}
              {...m.itemProps(i)}
              aria-checked={chosen.has(c)}
              className="tl-columns-item"
              onClick={() => {
                m.setActive(i);
                onToggle(c);
              }}
            >
              <span className="tl-columns-check" aria-hidden="true">
                {chosen.has(c) ? '✓' : ''}
              </span>
              {labels[i]}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
