/**
 * The report as one self-contained HTML page, styled for print (A4, page breaks before each section):
 * this page is what Chromium prints to the PDF.
 */
import { CHART_FONT } from './charts.ts';
import { cellText, type Block, type Report } from './model.ts';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const lines = (s: string) => esc(s).replace(/\n/g, '<br>');

const CSS = `
@page { size: A4; margin: 18mm 16mm 20mm; }
* { box-sizing: border-box; }
body { font-family: var(--font); color: #1f2937; font-size: 10.5pt; line-height: 1.5; margin: 0; }
.cover { height: 250mm; display: flex; flex-direction: column; justify-content: center; page-break-after: always; border-left: 6mm solid #4f7cac; padding-left: 12mm; }
.cover .kicker { color: #4f7cac; font-size: 13pt; letter-spacing: 0.05em; text-transform: uppercase; margin: 0 0 4mm; }
.cover h1 { font-size: 28pt; line-height: 1.2; margin: 0 0 12mm; color: #111827; }
.cover dl { display: grid; grid-template-columns: max-content 1fr; gap: 2mm 8mm; font-size: 11pt; margin: 0; }
.cover dt { color: #6b7280; }
.cover dd { margin: 0; font-weight: 600; }
nav { page-break-after: always; }
nav h2 { border: none; }
nav ol { font-size: 12pt; line-height: 2; padding-left: 0; list-style: none; }
nav a { color: inherit; text-decoration: none; }
section { page-break-before: always; }
section:first-of-type { page-break-before: auto; }
h2.section { font-size: 18pt; color: #1e3a5f; border-bottom: 2px solid #4f7cac; padding-bottom: 2mm; margin: 0 0 5mm; }
h2 { font-size: 13.5pt; color: #1e3a5f; margin: 7mm 0 3mm; }
h3 { font-size: 11.5pt; color: #374151; margin: 5mm 0 2mm; }
h2, h3 { break-after: avoid; page-break-after: avoid; }
p { margin: 0 0 3mm; }
p.lead { font-size: 11.5pt; font-weight: 600; }
p.note { color: #6b7280; font-size: 9.5pt; }
ul, section ol { margin: 0 0 3mm; padding-left: 6mm; }
table { width: 100%; border-collapse: collapse; margin: 2mm 0 5mm; font-size: 9pt; page-break-inside: auto; }
tr { page-break-inside: avoid; }
th, td { border: 1px solid #9ca3af; padding: 1.5mm 2mm; vertical-align: top; text-align: left; }
th { background: #1e3a5f; color: #ffffff; font-weight: 600; }
tbody tr:nth-child(even) td:not([style]) { background: #f3f4f6; }
td.right, th.right { text-align: right; }
td.center, th.center { text-align: center; }
figure { margin: 3mm 0 6mm; page-break-inside: avoid; text-align: center; }
figure svg { max-width: 100%; height: auto; }
figcaption { color: #6b7280; font-size: 9pt; margin-top: 1mm; }
`;

function block(b: Block): string {
  switch (b.kind) {
    case 'heading':
      return `<h${b.level}>${esc(b.text)}</h${b.level}>`;
    case 'paragraph':
      return `<p${b.tone ? ` class="${b.tone}"` : ''}>${lines(b.text)}</p>`;
    case 'bullets':
      return `<${b.ordered ? 'ol' : 'ul'}>${b.items.map((i) => `<li>${lines(i)}</li>`).join('')}</${b.ordered ? 'ol' : 'ul'}>`;
    case 'image':
      return `<figure role="img" aria-label="${esc(b.alt)}">${b.svg}<figcaption>${esc(b.caption)}</figcaption></figure>`;
    case 'table': {
      const total = b.columns.reduce((s, c) => s + (c.weight ?? 1), 0);
      const cols = b.columns.map((c) => `<col style="width:${(((c.weight ?? 1) / total) * 100).toFixed(1)}%">`).join('');
      const head = b.columns.map((c) => `<th${c.align && c.align !== 'left' ? ` class="${c.align}"` : ''}>${esc(c.label)}</th>`).join('');
      const body = b.rows.map((r) => `<tr>${r.map((c, i) => {
        const align = b.columns[i]?.align;
        const style = typeof c === 'string' ? '' : [c.fill ? `background:${c.fill}` : '', c.bold ? 'font-weight:700' : ''].filter(Boolean).join(';');
        return `<td${align && align !== 'left' ? ` class="${align}"` : ''}${style ? ` style="${style}"` : ''}>${lines(cellText(c))}</td>`;
      }).join('')}</tr>`).join('');
      return `<table><colgroup>${cols}</colgroup><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
    }
  }
}

/** Latin text in a Latin font first (CJK fonts give quotes and apostrophes full-width glyphs); Chinese in a CJK font first. */
const fontFor = (lang: Report['lang']) => (lang === 'zh-CN' ? CHART_FONT : `'Segoe UI', 'Helvetica Neue', Arial, 'Liberation Sans', 'Noto Sans', ${CHART_FONT}`);

export function reportHtml(r: Report): string {
  const facts = r.facts.map(([k, v]) => `<dt>${esc(k)}</dt><dd>${esc(v)}</dd>`).join('');
  const toc = r.sections.map((s, i) => `<li><a href="#${s.key}">${i + 1}. ${esc(s.title)}</a></li>`).join('');
  const sections = r.sections.map((s, i) => `<section id="${s.key}"><h2 class="section">${i + 1}. ${esc(s.title)}</h2>${s.blocks.map(block).join('\n')}</section>`).join('\n');
  return `<!doctype html><html lang="${r.lang}"><head><meta charset="utf-8"><title>${esc(r.title)}</title><style>:root { --font: ${fontFor(r.lang)}; }${CSS}</style></head><body>`
    + `<div class="cover"><p class="kicker">${esc(r.subtitle)}</p><h1>${esc(r.title)}</h1><dl>${facts}</dl></div>`
    + `<nav><h2 class="section">${esc(r.tocTitle)}</h2><ol>${toc}</ol></nav>${sections}</body></html>`;
}
