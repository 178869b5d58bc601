import { defineEntity } from './entity.ts';
import { f } from './field.ts';
import { PEST, SWOT } from './enums.ts';

export const briefSection = defineEntity('brief_section', 'brief_section', 'Free-text sections of the brief (background, market, challenges, problems, solution).', {
  key: f.text('Stable key of the section (background, market, challenges, problems, solution, or custom).', 'custom', 64),
  title: f.name('Heading shown above the section.'),
  body: f.text('Sanitised HTML (headings, lists, bold, links only).', '', 200_000),
});

export const swotItem = defineEntity('swot_item', 'swot_item', 'SWOT analysis items.', {
  quadrant: f.oneOf(SWOT, 'Quadrant.'),
  text: f.name('The item.'),
});

export const pestItem = defineEntity('pest_item', 'pest_item', 'PEST analysis items.', {
  factor: f.oneOf(PEST, 'Factor.'),
  text: f.name('The item.'),
});

export const marketFigure = defineEntity('market_figure', 'market_figure', 'Key market figures quoted in the brief.', {
  label: f.name('What the figure measures.'),
  value: f.real('The figure.', 0),
  unit: f.text('Unit (%, people, CNY bn, ...).', '', 32),
  source: f.text('Where the figure comes from.'),
  as_of: f.optDate('Date of the figure.'),
});
