import { defineView } from '../../app/feature.ts';
import { lazyView } from '../../app/lazy-view.tsx';
import { en, zhCN } from './i18n.ts';

export const feature = defineView({ id: 'budget', component: lazyView(async () => (await import('./BudgetView.tsx')).BudgetView), i18n: { en, zhCN } });
