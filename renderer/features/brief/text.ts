/** Pure helpers of the brief's editor (no DOM): plain text to paragraphs, typed addresses to links. */
const SAFE_URL = /^(?:https?:|mailto:)/i;

export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** Plain text (pasted from a text editor) as paragraphs, escaped; single line breaks stay line breaks. */
export function textToHtml(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n{2,}/)
    .map((para) => para.trim())
    .filter(Boolean)
    .map((para) => `<p>${escapeHtml(para).replace(/\n/g, '<br>')}</p>`)
    .join('');
}

/** Whether a typed address may become a link; bare domains get https://. Null when it may not. */
export function linkTarget(input: string): string | null {
  const value = input.trim();
  if (!value) return null;
  if (SAFE_URL.test(value)) return /^(https?:\/\/|mailto:)\S+$/i.test(value) ? value : null;
  if (/^[a-z][a-z0-9+.-]*:/i.test(value)) return null;
  if (/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value)) return `mailto:${value}`;
  if (/^[^\s/]+\.[^\s]+$/.test(value)) return `https://${value}`;
  return null;
}

const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext']);
const isSpace = (c: string) => c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f';
const isLetter = (c: string) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');

/**
 * Removes event-handler attributes (on…) from HTML text before any DOM sees it. Not the security
 * boundary (DOMPurify is, and the CSP blocks inline handlers anyway): even an inert document asks the
 * CSP about every inline handler it parses, and each refusal is a console error. The tokenizer follows
 * the HTML syntax closely enough for the tricks that matter: `/` between attributes, a quoted value
 * followed directly by the next name, unquoted values, and comments (including `<!-->`).
 */
export function stripEventHandlers(html: string): string {
  let out = '';
  let i = 0;
  const n = html.length;
  while (i < n) {
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      out += html.slice(i);
      break;
    }
    out += html.slice(i, lt);
    if (html.startsWith('<!--', lt)) {
      // '<!-->' and '<!--->' are whole (empty) comments; otherwise the comment ends at '-->' or '--!>'
      const rest = html.slice(lt + 4);
      let stop: number;
      if (rest.startsWith('>')) stop = lt + 5;
      else if (rest.startsWith('->')) stop = lt + 6;
      else {
        const a = html.indexOf('-->', lt + 4);
        const b = html.indexOf('--!>', lt + 4);
        const end = a < 0 ? b : b < 0 ? a : Math.min(a, b);
        stop = end < 0 ? n : end + (end === b ? 4 : 3);
      }
      out += html.slice(lt, stop);
      i = stop;
      continue;
    }
    if (!isLetter(html[lt + 1] ?? '')) {
      // end tags, doctypes, stray '<': copied as they are (end tags carry no handlers that run)
      out += '<';
      i = lt + 1;
      continue;
    }
    // a start tag: its name, then attributes until '>'
    let j = lt + 1;
    while (j < n && !isSpace(html[j]!) && html[j] !== '/' && html[j] !== '>') j++;
    const tag = html.slice(lt + 1, j).toLowerCase();
    out += html.slice(lt, j);
    for (;;) {
      while (j < n && (isSpace(html[j]!) || html[j] === '/')) j++;
      if (j >= n) break;
      if (html[j] === '>') {
        out += '>';
        j++;
        break;
      }
      const nameStart = j;
      j++; // the first character belongs to the name even when it is '='
      while (j < n && !isSpace(html[j]!) && html[j] !== '/' && html[j] !== '>' && html[j] !== '=') j++;
      const name = html.slice(nameStart, j);
      let k = j;
      while (k < n && isSpace(html[k]!)) k++;
      if (html[k] === '=') {
        k++;
        while (k < n && isSpace(html[k]!)) k++;
        const q = html[k];
        if (q === '"' || q === "'") {
          const close = html.indexOf(q, k + 1);
          k = close < 0 ? n : close + 1;
        } else {
          while (k < n && !isSpace(html[k]!) && html[k] !== '>') k++;
        }
        j = k;
      }
      if (!/^on/i.test(name)) out += ` ${html.slice(nameStart, j)}`;
    }
    if (RAW_TEXT.has(tag)) {
      // the content of these is text, not markup, up to their end tag: copied as it is
      const end = html.toLowerCase().indexOf(`</${tag}`, j);
      const stop = end < 0 ? n : end;
      out += html.slice(j, stop);
      j = stop;
    }
    i = j;
  }
  return out;
}
