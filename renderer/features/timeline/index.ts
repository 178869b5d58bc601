import { defineView } from '../../app/feature.ts';
import { en, zhCN } from './i18n.ts';
import { TimelineView } from './TimelineView.tsx';
import { PrintSchedule } from './PrintSchedule.tsx';

export const feature = defineView({ id: 'timeline', component: TimelineView, i18n: { en, zhCN }, print: [PrintSchedule] });
