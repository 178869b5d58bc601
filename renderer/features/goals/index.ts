import { defineView } from '../../app/feature.ts';
import { lazyView } from '../../app/lazy-view.tsx';
import { en, zhCN } from './i18n.ts';

export const feature = defineView({ id: 'goals', component: lazyView(async () => (await import('./GoalsView.tsx')).GoalsView), i18n: { en, zhCN } });
