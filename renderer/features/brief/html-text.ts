/** A brief section's sanitised HTML as plain text blocks (paragraphs, headings, list items); no markup reaches the page. */
export interface TextBlock {
  kind: 'p' | 'h' | 'li';
  text: string;
}

const BLOCKS: Record<string, TextBlock['kind']> = {
  P: 'p', DIV: 'p', BLOCKQUOTE: 'p', PRE: 'p',
  H1: 'h', H2: 'h', H3: 'h', H4: 'h', H5: 'h', H6: 'h',
  LI: 'li',
};

export function htmlToBlocks(html: string): TextBlock[] {
  // DOMParser builds an inert document: nothing in it runs or loads.
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const out: TextBlock[] = [];
  const walk = (el: Element) => {
    let inline = '';
    const flush = () => {
      const text = inline.replace(/\s+/g, ' ').trim();
      if (text) out.push({ kind: 'p', text });
      inline = '';
    };
    for (const node of Array.from(el.childNodes)) {
      if (node instanceof Element && (BLOCKS[node.tagName] || node.tagName === 'UL' || node.tagName === 'OL')) {
        flush();
        const kind = BLOCKS[node.tagName];
        if (kind && !node.querySelector('p, li, ul, ol, div')) {
          const text = (node.textContent ?? '').replace(/\s+/g, ' ').trim();
          if (text) out.push({ kind, text });
        } else {
          walk(node);
        }
      } else if (node instanceof Element && node.tagName === 'BR') {
        flush();
      } else {
        inline += node.textContent ?? '';
      }
    }
    flush();
  };
  walk(doc.body);
  return out;
}
