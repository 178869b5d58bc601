import { defineView } from '../../app/feature.ts';
import { lazyView } from '../../app/lazy-view.tsx';
import { en, zhCN } from './i18n.ts';

export const feature = defineView({ id: 'audience', component: lazyView(async () => (await import('./AudienceView.tsx')).AudienceView), i18n: { en, zhCN } });
