/**
 * The brief's rich text is HTML from the user's typing, from pasted web pages and Word documents, and
 * from plan files that came from elsewhere. Whatever its source it passes through here before it is
 * shown or saved: only headings, paragraphs, lists, bold/italic and http(s)/mailto links survive.
 * Scripts, event handlers, styles, images, frames and forms are dropped (their text kept where it is
 * readable). Parsing happens in inert documents (DOMParser, DOMPurify's own): nothing in them runs or loads;
 * event-handler attributes are cut from the text first (stripEventHandlers) so that even parsing them
 * never asks the CSP about an inline handler.
 */
import createDOMPurify from 'dompurify';
import { stripEventHandlers } from './text.ts';

export const ALLOWED_TAGS = ['h1', 'h2', 'h3', 'h4', 'p', 'br', 'ul', 'ol', 'li', 'strong', 'b', 'em', 'i', 'a'] as const;
const SAFE_URL = /^(?:https?:|mailto:)/i;

/** Block elements that are not in the list become paragraphs (or are unwrapped when they hold blocks). */
const TO_PARAGRAPH = new Set(['DIV', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'ASIDE', 'BLOCKQUOTE', 'PRE', 'ADDRESS', 'FIGURE', 'FIGCAPTION', 'DD', 'DT', 'TD', 'TH', 'CAPTION']);
const BLOCKS = 'p, div, ul, ol, li, h1, h2, h3, h4, h5, h6, section, article, header, footer, aside, blockquote, pre, table, figure';

let purifier: ReturnType<typeof createDOMPurify> | null = null;
function purify() {
  if (!purifier) {
    purifier = createDOMPurify(window);
    // a link keeps only a safe href; one without becomes its text (in tidy)
    purifier.addHook('afterSanitizeAttributes', (node) => {
      if (node.nodeName === 'A') {
        const href = node.getAttribute('href');
        if (href !== null && !SAFE_URL.test(href.trim())) node.removeAttribute('href');
      }
    });
  }
  return purifier;
}

function unwrap(el: Element): void {
  el.replaceWith(...Array.from(el.childNodes));
}

function rename(el: Element, tag: string): void {
  const next = el.ownerDocument.createElement(tag);
  next.append(...Array.from(el.childNodes));
  el.replaceWith(next);
}

/** Before sanitising: give the structure of pasted documents the few tags the brief keeps. */
function normalise(root: HTMLElement): void {
  // Google Docs wraps a whole paste in <b style="font-weight:normal">; that bold is not meant
  for (const b of Array.from(root.querySelectorAll('b, strong'))) {
    if (/font-weight\s*:\s*(normal|[1-4]00)/i.test(b.getAttribute('style') ?? '')) unwrap(b);
  }
  for (const h of Array.from(root.querySelectorAll('h5, h6'))) rename(h, 'h4');
  // deepest first, so a wrapper sees its children already turned into paragraphs
  for (const el of Array.from(root.querySelectorAll('*')).reverse()) {
    if (!TO_PARAGRAPH.has(el.tagName)) continue;
    if (el.querySelector(BLOCKS)) unwrap(el);
    else rename(el, 'p');
  }
}

/** After sanitising: links without a safe address become plain text; empty formatting goes. */
function tidy(root: DocumentFragment | HTMLElement): void {
  for (const a of Array.from(root.querySelectorAll('a:not([href])'))) unwrap(a);
  for (const el of Array.from(root.querySelectorAll('strong, b, em, i, a'))) {
    if (!el.textContent) el.remove();
  }
}

/** The brief's HTML, safe to show and to save. Empty or whitespace-only content gives ''. */
export function sanitizeHtml(html: string): string {
  if (!html) return '';
  const doc = new DOMParser().parseFromString(stripEventHandlers(html), 'text/html');
  normalise(doc.body);
  const fragment = purify().sanitize(doc.body.innerHTML, {
    ALLOWED_TAGS: [...ALLOWED_TAGS],
    ALLOWED_ATTR: ['href'],
    ALLOWED_URI_REGEXP: SAFE_URL,
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
    KEEP_CONTENT: true,
    RETURN_DOM_FRAGMENT: true,
  });
  tidy(fragment);
  const holder = document.createElement('div');
  holder.append(fragment);
  if (!holder.textContent?.trim()) return '';
  return holder.innerHTML;
}
