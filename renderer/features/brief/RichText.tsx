import { useCallback, useEffect, useId, useMemo, useRef, useState, type ClipboardEvent, type DragEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../ui/Dialog.tsx';
import { useAutosave } from '../../ui/useAutosave.ts';
import { sanitizeHtml } from './sanitize.ts';
import { escapeHtml, linkTarget, textToHtml } from './text.ts';

type Command = 'heading' | 'bold' | 'italic' | 'insertUnorderedList' | 'insertOrderedList' | 'link' | 'unlink';

/**
 * A small rich-text editor: a contentEditable region and a toolbar (heading, bold, italic, lists, link).
 * What is pasted or dropped is sanitised before it goes in; the whole text is sanitised again and saved
 * as the user types (useAutosave: one change and one undo step per typing pause, and on leaving). The
 * stored HTML is sanitised before it is shown, since a plan file may come from anywhere.
 */
export function RichText({ value, label, readOnly, onCommit }: { value: string; label: string; readOnly: boolean; onCommit: (html: string) => void }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const range = useRef<Range | null>(null);
  // true while the link dialog has focus: leaving the editor for it is not the end of the edit
  const linking = useRef(false);
  const [active, setActive] = useState<Record<string, boolean>>({});
  const [link, setLink] = useState<{ open: boolean; url: string; error: boolean }>({ open: false, url: '', error: false });
  const editorId = useId();
  const urlId = useId();
  const clean = useMemo(() => sanitizeHtml(value), [value]);

  // show the stored text, unless the user is typing in it
  useEffect(() => {
    const el = ref.current;
    if (!el || document.activeElement === el) return;
    if (el.innerHTML !== clean) el.innerHTML = clean;
  }, [clean]);

  const refreshState = useCallback(() => {
    const el = ref.current;
    const sel = document.getSelection();
    if (!el || !sel || sel.rangeCount === 0 || !el.contains(sel.anchorNode)) return;
    range.current = sel.getRangeAt(0).cloneRange();
    const block = String(document.queryCommandValue('formatBlock') || '').toLowerCase();
    setActive({
      heading: /^h[1-4]$/.test(block),
      bold: document.queryCommandState('bold'),
      italic: document.queryCommandState('italic'),
      insertUnorderedList: document.queryCommandState('insertUnorderedList'),
      insertOrderedList: document.queryCommandState('insertOrderedList'),
    });
  }, []);

  useEffect(() => {
    document.addEventListener('selectionchange', refreshState);
    return () => document.removeEventListener('selectionchange', refreshState);
  }, [refreshState]);

  /** Puts focus and the last selection back in the editor (a toolbar button or the dialog took them). */
  const restore = () => {
    const el = ref.current;
    if (!el) return;
    el.focus();
    const sel = document.getSelection();
    if (range.current && sel && el.contains(range.current.commonAncestorContainer)) {
      sel.removeAllRanges();
      sel.addRange(range.current);
    }
  };

  const insert = (html: string) => {
    if (html) document.execCommand('insertHTML', false, html);
  };

  // the editor's text as last typed: read when saving, since the element may already be gone then
  const html = useRef<string | null>(null);
  const autosave = useAutosave(() => {
    if (readOnly || html.current === null) return;
    const next = sanitizeHtml(html.current);
    if (next !== clean) onCommit(next);
  });
  const edited = () => {
    html.current = ref.current?.innerHTML ?? null;
    autosave.touch();
  };
  // leaving the editor saves, and shows the text as it was saved (the caret no longer matters)
  const leave = () => {
    const el = ref.current;
    if (!el || linking.current) return;
    autosave.flush();
    const next = sanitizeHtml(el.innerHTML);
    if (el.innerHTML !== next) el.innerHTML = next;
  };

  const run = (command: Command) => {
    if (readOnly) return;
    if (command === 'link') {
      linking.current = true;
      const a = range.current ? closestLink(range.current.startContainer) : null;
      setLink({ open: true, url: a?.getAttribute('href') ?? '', error: false });
      return;
    }
    restore();
    document.execCommand('styleWithCSS', false, 'false');
    if (command === 'heading') {
      const block = String(document.queryCommandValue('formatBlock') || '').toLowerCase();
      document.execCommand('formatBlock', false, /^h[1-4]$/.test(block) ? 'p' : 'h3');
    } else {
      document.execCommand(command);
    }
    refreshState();
  };

  // the link is put in once the modal dialog has closed: while it is open the editor cannot take focus
  const pendingLink = useRef<{ url: string | null } | null>(null);
  const closeLink = (url: string | null) => {
    pendingLink.current = { url };
    setLink({ open: false, url: '', error: false });
  };
  useEffect(() => {
    const pending = pendingLink.current;
    if (link.open || !pending) return;
    pendingLink.current = null;
    restore();
    linking.current = false;
    if (pending.url === null) return;
    const sel = document.getSelection();
    if (!sel || sel.isCollapsed) insert(`<a href="${escapeHtml(pending.url)}">${escapeHtml(pending.url)}</a>`);
    else document.execCommand('createLink', false, pending.url);
  }, [link.open]);

  const onPaste = (e: ClipboardEvent<HTMLDivElement>) => {
    e.preventDefault();
    if (readOnly) return;
    const html = e.clipboardData.getData('text/html');
    insert(html ? sanitizeHtml(html) : textToHtml(e.clipboardData.getData('text/plain')));
  };

  const onDrop = (e: DragEvent<HTMLDivElement>) => {
    e.preventDefault();
    if (readOnly) return;
    const html = e.dataTransfer.getData('text/html');
    const text = e.dataTransfer.getData('text/plain');
    const at = document.caretRangeFromPoint?.(e.clientX, e.clientY);
    ref.current?.focus();
    if (at) {
      const sel = document.getSelection();
      sel?.removeAllRanges();
      sel?.addRange(at);
    }
    insert(html ? sanitizeHtml(html) : textToHtml(text));
  };

  const tools: { command: Command; label: string; text: ReactNode; className?: string }[] = [
    { command: 'heading', label: t('views.brief.toolHeading'), text: t('views.brief.toolHeadingShort'), className: 'tool-heading' },
    { command: 'bold', label: t('views.brief.toolBold'), text: 'B', className: 'tool-bold' },
    { command: 'italic', label: t('views.brief.toolItalic'), text: 'I', className: 'tool-italic' },
    { command: 'insertUnorderedList', label: t('views.brief.toolBullets'), text: <Icon d="M3 4h1M3 8h1M3 12h1M7 4h7M7 8h7M7 12h7" /> },
    { command: 'insertOrderedList', label: t('views.brief.toolNumbers'), text: <Icon d="M2.5 3h1v3M2.5 6h2M2 9.5h2l-2 3h2M7 4h7M7 8h7M7 12h7" /> },
    { command: 'link', label: t('views.brief.toolLink'), text: <Icon d="M6.5 9.5l3-3M7 4.5l1-1a2.5 2.5 0 013.5 3.5l-1 1M9 11.5l-1 1A2.5 2.5 0 014.5 9l1-1" /> },
    { command: 'unlink', label: t('views.brief.toolUnlink'), text: <Icon d="M7 4.5l1-1a2.5 2.5 0 013.5 3.5l-1 1M9 11.5l-1 1A2.5 2.5 0 014.5 9l1-1M3 3l10 10" /> },
  ];

  return (
    <div className={readOnly ? 'rich-text rich-text-readonly' : 'rich-text'}>
      {readOnly ? null : (
        <div className="rich-toolbar" role="toolbar" aria-label={t('views.brief.toolbar', { section: label })} aria-controls={editorId}>
          {tools.map((tool) => (
            <button
              key={tool.command}
              type="button"
              className={`rich-tool ${tool.className ?? ''}`}
              aria-label={tool.label}
              title={tool.label}
              aria-pressed={tool.command in active ? Boolean(active[tool.command]) : undefined}
              // keep the selection in the editor when the mouse presses a button
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => run(tool.command)}
            >
              {tool.text}
            </button>
          ))}
        </div>
      )}
      <div
        ref={ref}
        id={editorId}
        className="rich-editor prose"
        role="textbox"
        aria-multiline="true"
        aria-label={label}
        aria-readonly={readOnly || undefined}
        data-placeholder={readOnly ? '' : t('views.brief.placeholder')}
        contentEditable={!readOnly}
        suppressContentEditableWarning
        tabIndex={0}
        onFocus={() => document.execCommand('defaultParagraphSeparator', false, 'p')}
        onBlur={leave}
        onInput={edited}
        onPaste={onPaste}
        onDrop={onDrop}
        onKeyDown={(e) => {
          if (e.key === 'Escape') (e.currentTarget as HTMLElement).blur();
          if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'k') {
            e.preventDefault();
            refreshState();
            run('link');
          }
        }}
        // links in the brief are text to read, not a way out of the app
        onClick={(e) => {
          if ((e.target as HTMLElement).closest('a')) e.preventDefault();
        }}
      />
      <Dialog
        title={t('views.brief.linkTitle')}
        open={link.open}
        onClose={() => link.open && closeLink(null)}
        confirmLabel={t('views.brief.linkApply')}
        onConfirm={() => {
          const url = linkTarget(link.url);
          if (url) closeLink(url);
          else setLink((l) => ({ ...l, error: true }));
        }}
      >
        <div className="field">
          <label htmlFor={urlId}>{t('views.brief.linkUrl')}</label>
          <input
            id={urlId}
            type="url"
            value={link.url}
            autoFocus
            aria-invalid={link.error || undefined}
            aria-describedby={`${urlId}-hint`}
            onChange={(e) => setLink({ open: true, url: e.target.value, error: false })}
            onKeyDown={(e) => {
              if (e.key !== 'Enter') return;
              e.preventDefault();
              const url = linkTarget(link.url);
              if (url) closeLink(url);
              else setLink((l) => ({ ...l, error: true }));
            }}
          />
          <div id={`${urlId}-hint`} className={link.error ? 'field-hint field-error' : 'field-hint'} role={link.error ? 'alert' : undefined}>
            {link.error ? t('views.brief.linkInvalid') : t('views.brief.linkHint')}
          </div>
        </div>
      </Dialog>
    </div>
  );
}

function closestLink(node: Node | null): Element | null {
  const el = node instanceof Element ? node : node?.parentElement ?? null;
  return el?.closest('a') ?? null;
}

/** A 16-px line icon for the toolbar (the button carries the name). */
function Icon({ d }: { d: string }) {
  return (
    <svg className="rich-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      <path d={d} fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
