import { defineView } from '../../app/feature.ts';
import { en, zhCN } from './i18n.ts';
import { ContentView } from './ContentView.tsx';

export const feature = defineView({ id: 'content', component: ContentView, i18n: { en, zhCN } });
