import { defineEntity } from './entity.ts';
import { f } from './field.ts';
import { BUDGET_KEYS } from './enums.ts';

export const budgetCategory = defineEntity('budget_category', 'budget_category', 'Budget categories and their share of the total budget (shares add up to 100).', {
  key: f.oneOf(BUDGET_KEYS, 'Built-in meaning.', 'other'),
  name: f.text('Name (empty: the built-in name in the user’s language).', '', 100),
  share: f.real('Share of the total budget, in percent.', 0, 0, 100),
  locked: f.bool('A locked share does not move when another slider moves.'),
});

export const platformShare = defineEntity('platform_share', 'platform_share', 'Split of one budget category across platforms (shares within a category add up to 100).', {
  category_id: f.needRef('budget_category', 'Category being split.'),
  platform_id: f.needRef('platform', 'Platform.'),
  share: f.real('Share of the category, in percent.', 0, 0, 100),
  locked: f.bool('Locked share.'),
});

export const spendEntry = defineEntity('spend_entry', 'spend_entry', 'Actual spend ledger.', {
  date: f.date('Day of the spend.'),
  amount: f.money('Amount in minor units of the plan currency (cents, fen).', undefined),
  category_id: f.needRef('budget_category', 'Budget category.'),
  platform_id: f.ref('platform', 'Platform, if the spend is for one.'),
  supplier: f.text('Supplier.', '', 200),
  note: f.text('Note.'),
});
