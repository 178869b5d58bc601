import { defineView } from '../../app/feature.ts';
import { lazyView } from '../../app/lazy-view.tsx';
import { en, zhCN } from './i18n.ts';

export const feature = defineView({ id: 'brief', component: lazyView(async () => (await import('./BriefView.tsx')).BriefView), i18n: { en, zhCN } });
