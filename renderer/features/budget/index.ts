import { defineView } from '../../app/feature.ts';
import { en, zhCN } from './i18n.ts';
import { BudgetView } from './BudgetView.tsx';

export const feature = defineView({ id: 'budget', component: BudgetView, i18n: { en, zhCN } });
