import { defineView } from '../../app/feature.ts';
import { lazyView } from '../../app/lazy-view.tsx';
import { en, zhCN } from './i18n.ts';

export const feature = defineView({ id: 'team', component: lazyView(async () => (await import('./TeamView.tsx')).TeamView), i18n: { en, zhCN } });
