import { defineView } from '../../app/feature.ts';
import { lazyView } from '../../app/lazy-view.tsx';
import { en, zhCN } from './i18n.ts';

export const feature = defineView({ id: 'timeline', component: lazyView(async () => (await import('./TimelineView.tsx')).TimelineView), i18n: { en, zhCN }, print: [async () => (await import('./PrintSchedule.tsx')).PrintSchedule] });
