/**
 * The report model as a Word document. East Asian text is set in a CJK font by name (Microsoft YaHei,
 * the font Word on Windows has; Word and LibreOffice substitute PingFang SC / Noto Sans CJK SC where
 * it is missing) with the run language zh-CN, so Chinese shows in the reader's own CJK font.
 */
import {
  AlignmentType, BorderStyle, Document, HeadingLevel, ImageRun, LineRuleType, Packer, PageBreak, Paragraph, ShadingType,
  Table, TableCell, TableRow, TextRun, WidthType, Footer, PageNumber,
} from 'docx';
import { cellText, type Block, type Report } from '../../../shared/report/model.ts';
import { svgToPng } from './raster.ts';

const LATIN = 'Calibri';
const EAST_ASIA = 'Microsoft YaHei';
const NAVY = '1E3A5F';
const ACCENT = '4F7CAC';
/** A4 text width with 2 cm margins, in twentieths of a point and in pixels at 96 dpi */
const TEXT_TWIPS = 9638;
const TEXT_PX = 642;

const runs = (text: string, opts: { bold?: boolean; color?: string; size?: number } = {}) =>
  text.split('\n').map((line, i) => new TextRun({ text: line, ...(i > 0 ? { break: 1 } : {}), ...opts }));

const border = { style: BorderStyle.SINGLE, size: 4, color: '9CA3AF' };
const borders = { top: border, bottom: border, left: border, right: border };

function table(b: Extract<Block, { kind: 'table' }>): Table {
  const total = b.columns.reduce((s, c) => s + (c.weight ?? 1), 0);
  const widths = b.columns.map((c) => Math.round((TEXT_TWIPS * (c.weight ?? 1)) / total));
  const align = (i: number) => (b.columns[i]?.align === 'right' ? AlignmentType.RIGHT : b.columns[i]?.align === 'center' ? AlignmentType.CENTER : AlignmentType.LEFT);
  const header = new TableRow({
    tableHeader: true,
    children: b.columns.map((c, i) => new TableCell({
      width: { size: widths[i]!, type: WidthType.DXA },
      borders,
      shading: { type: ShadingType.CLEAR, color: 'auto', fill: NAVY },
      children: [new Paragraph({ alignment: align(i), children: runs(c.label, { bold: true, color: 'FFFFFF', size: 18 }) })],
    })),
  });
  const body = b.rows.map((r, n) => new TableRow({
    cantSplit: true,
    children: r.map((c, i) => {
      const fill = typeof c === 'string' ? (n % 2 ? 'F3F4F6' : undefined) : c.fill?.replace('#', '').toUpperCase() ?? (n % 2 ? 'F3F4F6' : undefined);
      return new TableCell({
        width: { size: widths[i]!, type: WidthType.DXA },
        borders,
        ...(fill ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill } } : {}),
        children: [new Paragraph({ alignment: align(i), children: runs(cellText(c), { size: 18, ...(typeof c !== 'string' && c.bold ? { bold: true } : {}) }) })],
      });
    }),
  }));
  return new Table({ width: { size: TEXT_TWIPS, type: WidthType.DXA }, columnWidths: widths, rows: [header, ...body] });
}

function blocks(list: readonly Block[]): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  for (const b of list) {
    switch (b.kind) {
      case 'heading':
        out.push(new Paragraph({ heading: b.level === 3 ? HeadingLevel.HEADING_3 : HeadingLevel.HEADING_2, children: runs(b.text) }));
        break;
      case 'paragraph':
        out.push(new Paragraph({ children: runs(b.text, b.tone === 'lead' ? { bold: true } : b.tone === 'note' ? { color: '6B7280', size: 18 } : {}) }));
        break;
      case 'bullets':
        b.items.forEach((item, i) => out.push(b.ordered
          ? new Paragraph({ indent: { left: 360, hanging: 360 }, children: runs(`${i + 1}.\t${item}`) })
          : new Paragraph({ bullet: { level: 0 }, children: runs(item) })));
        break;
      case 'table':
        out.push(table(b), new Paragraph({ children: [] }));
        break;
      case 'image': {
        const scale = Math.min(1, TEXT_PX / b.width);
        out.push(new Paragraph({
          alignment: AlignmentType.CENTER,
          children: [new ImageRun({ type: 'png', data: svgToPng(b.svg), transformation: { width: Math.round(b.width * scale), height: Math.round(b.height * scale) }, altText: { name: b.alt, description: b.alt, title: b.alt } })],
        }));
        out.push(new Paragraph({ alignment: AlignmentType.CENTER, children: runs(b.caption, { color: '6B7280', size: 18 }) }));
        break;
      }
    }
  }
  return out;
}

export async function reportDocx(r: Report): Promise<Buffer> {
  const lang = { value: r.lang === 'zh-CN' ? 'zh-CN' : 'en-GB', eastAsia: 'zh-CN' };
  const cover = [
    new Paragraph({ spacing: { before: 3600 }, children: runs(r.subtitle, { color: ACCENT, size: 28 }) }),
    new Paragraph({ heading: HeadingLevel.TITLE, spacing: { after: 600 }, children: runs(r.title) }),
    ...r.facts.map(([k, v]) => new Paragraph({ spacing: { after: 80 }, children: [new TextRun({ text: `${k}${r.lang === 'zh-CN' ? '：' : ': '}`, color: '6B7280' }), new TextRun({ text: v, bold: true })] })),
    new Paragraph({ children: [new PageBreak()] }),
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: runs(r.tocTitle) }),
    ...r.sections.map((s, i) => new Paragraph({ spacing: { after: 80 }, children: runs(`${i + 1}. ${s.title}`, { size: 24 }) })),
  ];
  const body = r.sections.flatMap((s, i) => [
    new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: true, children: runs(`${i + 1}. ${s.title}`) }),
    ...blocks(s.blocks),
  ]);
  const doc = new Document({
    creator: 'Campaign Planner',
    title: r.title,
    description: r.subtitle,
    styles: {
      default: {
        document: { run: { font: { ascii: LATIN, hAnsi: LATIN, cs: LATIN, eastAsia: EAST_ASIA }, size: 21, language: lang }, paragraph: { spacing: { after: 120, line: 300, lineRule: LineRuleType.AUTO } } },
        title: { run: { size: 56, bold: true, color: '111827' } },
        heading1: { run: { size: 36, bold: true, color: NAVY }, paragraph: { spacing: { before: 240, after: 240 }, border: { bottom: { style: BorderStyle.SINGLE, size: 12, color: ACCENT, space: 4 } } } },
        heading2: { run: { size: 27, bold: true, color: NAVY }, paragraph: { spacing: { before: 280, after: 120 } } },
        heading3: { run: { size: 23, bold: true, color: '374151' }, paragraph: { spacing: { before: 200, after: 80 } } },
      },
    },
    sections: [{
      properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 } } },
      footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], color: '6B7280', size: 18 })] })] }) },
      children: [...cover, ...body],
    }],
  });
  return Packer.toBuffer(doc);
}
