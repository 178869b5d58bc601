import { defineView } from '../../app/feature.ts';
import { lazyView } from '../../app/lazy-view.tsx';
import { en, zhCN } from './i18n.ts';

export const feature = defineView({ id: 'content', component: lazyView(async () => (await import('./ContentView.tsx')).ContentView), i18n: { en, zhCN } });
