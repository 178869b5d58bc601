/**
 * The plan report as a document model: what the .docx and the HTML (and so the PDF) renderers both
 * draw. Charts are SVG strings; the .docx renderer rasterises them, the HTML inlines them.
 */
import type { Language } from '../model/enums.ts';

export interface TableCell {
  text: string;
  /** background colour (#rrggbb), for heat-map cells and band labels */
  fill?: string;
  bold?: boolean;
}

export type Cell = string | TableCell;

export interface Column {
  label: string;
  align?: 'left' | 'right' | 'center';
  /** relative width; columns without one share the rest evenly */
  weight?: number;
}

export type Block =
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  | { kind: 'paragraph'; text: string; tone?: 'lead' | 'note' }
  | { kind: 'bullets'; items: string[]; ordered?: boolean }
  | { kind: 'table'; columns: Column[]; rows: Cell[][] }
  | { kind: 'image'; svg: string; width: number; height: number; alt: string; caption: string };

export interface Section {
  /** stable key, used as the HTML anchor */
  key: string;
  title: string;
  blocks: Block[];
}

export interface Report {
  lang: Language;
  title: string;
  subtitle: string;
  /** label → value lines of the title page (client, period, budget, …) */
  facts: [string, string][];
  tocTitle: string;
  sections: Section[];
}

export const cellText = (c: Cell): string => (typeof c === 'string' ? c : c.text);
