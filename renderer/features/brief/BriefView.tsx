import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PEST, SWOT } from '../../../shared/model/enums.ts';
import type { Row } from '../../../shared/model/registry.ts';
import { useRow, useRows } from '../../app/store/selectors.ts';
import { Dialog } from '../../ui/Dialog.tsx';
import { newId } from '../../ui/ids.ts';
import { ViewHeader } from '../../ui/ViewHeader.tsx';
import { useTextDraft } from '../../ui/useAutosave.ts';
import { rowChanges, useApply, useReadOnly, useSetField } from '../../ui/useEdit.ts';
import { Board } from './Board.tsx';
import { FigureEditor, FiguresPanel } from './FiguresPanel.tsx';
import { RichText } from './RichText.tsx';
import { moveSectionChanges, nextOrder } from './sections.ts';
import './brief.css';

/** Brief: the background-to-solution sections as rich text, SWOT and PEST boards, key market figures. */
export function BriefView() {
  const { t } = useTranslation();
  const apply = useApply();
  const readOnly = useReadOnly();
  const sections = useRows('brief_section');
  const [figureId, setFigureId] = useState<string | null>(null);
  const [renaming, setRenaming] = useState<string | null>(null);
  const figure = useRow('market_figure', figureId);

  const addSection = async () => {
    const id = newId('brief');
    const title = t('views.brief.newSection');
    const ok = await apply(rowChanges('brief_section', id, { key: 'custom', title, body: '', sort_order: nextOrder(sections) }), t('views.brief.history.addSection', { title }));
    if (ok) setRenaming(id);
  };

  return (
    <div className={figure ? 'brief-view with-panel' : 'brief-view'}>
      <ViewHeader title={t('views.brief.title')}>{t('views.brief.lede')}</ViewHeader>
      <nav className="brief-toc panel" aria-label={t('views.brief.contents')}>
        <h2 className="panel-title">{t('views.brief.contents')}</h2>
        <ol>
          {sections.map((s) => (
            <li key={s.id}>
              <button type="button" className="link-button" onClick={() => document.getElementById(`brief-${s.id}`)?.scrollIntoView({ behavior: 'smooth', block: 'start' })}>
                {s.title}
              </button>
            </li>
          ))}
          <li>
            <button type="button" className="link-button" onClick={() => document.getElementById('brief-swot')?.scrollIntoView({ behavior: 'smooth', block: 'start' })}>
              {t('views.brief.swot')}
            </button>
          </li>
          <li>
            <button type="button" className="link-button" onClick={() => document.getElementById('brief-pest')?.scrollIntoView({ behavior: 'smooth', block: 'start' })}>
              {t('views.brief.pest')}
            </button>
          </li>
          <li>
            <button type="button" className="link-button" onClick={() => document.getElementById('brief-figures')?.scrollIntoView({ behavior: 'smooth', block: 'start' })}>
              {t('views.brief.figures')}
            </button>
          </li>
        </ol>
      </nav>
      {sections.length === 0 ? <p className="empty">{t('views.brief.noSections')}</p> : null}
      {sections.map((s, i) => (
        <SectionPanel
          key={s.id}
          section={s}
          first={i === 0}
          last={i === sections.length - 1}
          renaming={renaming === s.id}
          onRename={(on) => setRenaming(on ? s.id : null)}
          onMove={(step) => void apply(moveSectionChanges(sections, s.id, step), t('views.brief.history.moveSection', { title: s.title }))}
        />
      ))}
      <div className="brief-add">
        <button type="button" className="btn" disabled={readOnly} onClick={() => void addSection()}>
          {t('views.brief.addSection')}
        </button>
      </div>
      <div id="brief-swot" className="anchor">
        <Board entity="swot_item" field="quadrant" groups={SWOT} enumKey="swot" title={t('views.brief.swot')} hint={t('views.brief.boardHint')} />
      </div>
      <div id="brief-pest" className="anchor">
        <Board entity="pest_item" field="factor" groups={PEST} enumKey="pest" title={t('views.brief.pest')} hint={t('views.brief.boardHint')} />
      </div>
      <div id="brief-figures" className="anchor">
        <FiguresPanel onEdit={setFigureId} />
      </div>
      {figure ? <FigureEditor key={figure.id} figure={figure} onClose={() => setFigureId(null)} /> : null}
    </div>
  );
}

function SectionPanel({ section, first, last, renaming, onRename, onMove }: {
  section: Row<'brief_section'>;
  first: boolean;
  last: boolean;
  renaming: boolean;
  onRename: (on: boolean) => void;
  onMove: (step: -1 | 1) => void;
}) {
  const { t } = useTranslation();
  const setField = useSetField();
  const apply = useApply();
  const readOnly = useReadOnly();
  const headingId = `brief-${section.id}`;
  const [confirm, setConfirm] = useState(false);

  return (
    <section className="panel brief-section" aria-labelledby={headingId}>
      <div className="panel-head">
        {renaming ? (
          <TitleInput
            value={section.title}
            onCommit={(title) => void setField('brief_section', section.id, 'title', title, t('views.brief.history.renameSection', { title }))}
            onDone={() => onRename(false)}
          />
        ) : (
          <h2 id={headingId} className="panel-title">
            {section.title}
          </h2>
        )}
        {readOnly ? null : (
          <div className="section-actions">
            <button type="button" className="btn btn-small btn-quiet" onClick={() => onRename(true)} aria-label={t('views.brief.renameNamed', { title: section.title })}>
              {t('views.brief.rename')}
            </button>
            <button type="button" className="btn btn-small btn-quiet" disabled={first} onClick={() => onMove(-1)} aria-label={t('views.brief.moveUpNamed', { title: section.title })}>
              ↑
            </button>
            <button type="button" className="btn btn-small btn-quiet" disabled={last} onClick={() => onMove(1)} aria-label={t('views.brief.moveDownNamed', { title: section.title })}>
              ↓
            </button>
            <button type="button" className="btn btn-small btn-quiet danger-text" onClick={() => setConfirm(true)} aria-label={t('views.brief.deleteNamed', { title: section.title })}>
              {t('ui.delete')}
            </button>
          </div>
        )}
      </div>
      <RichText
        value={section.body}
        label={section.title}
        readOnly={readOnly}
        onCommit={(body) => void setField('brief_section', section.id, 'body', body, t('views.brief.history.editSection', { title: section.title }))}
      />
      <Dialog
        title={t('views.brief.confirmDelete', { title: section.title })}
        open={confirm}
        onClose={() => setConfirm(false)}
        confirmLabel={t('ui.delete')}
        danger
        onConfirm={() => {
          setConfirm(false);
          void apply([{ entity: 'brief_section', id: section.id, field: 'deleted', value: true }], t('views.brief.history.deleteSection', { title: section.title }));
        }}
      >
        <p>{t('views.brief.deleteUndo')}</p>
      </Dialog>
    </section>
  );
}

/** The section title edited in place: saved as it is typed (useAutosave), Enter or leaving ends, Escape cancels. */
function TitleInput({ value, onCommit, onDone }: { value: string; onCommit: (title: string) => void; onDone: () => void }) {
  const { t } = useTranslation();
  const text = useTextDraft(value, (draft) => {
    const title = draft.trim();
    if (title && title !== value) onCommit(title);
  });
  const id = useId();
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    ref.current?.focus();
    ref.current?.select();
  }, []);
  const finish = (save: boolean) => {
    if (!save) text.revert();
    text.blur();
    onDone();
  };
  return (
    <div className="title-edit">
      <label htmlFor={id} className="sr-only">
        {t('views.brief.sectionTitle')}
      </label>
      <input
        ref={ref}
        id={id}
        value={text.draft}
        maxLength={500}
        onChange={(e) => text.change(e.target.value)}
        onFocus={text.focus}
        onBlur={() => finish(true)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            finish(true);
          } else if (e.key === 'Escape') {
            e.preventDefault();
            e.stopPropagation();
            finish(false);
          }
        }}
      />
    </div>
  );
}
