import { defineView } from '../../app/feature.ts';
import { en, zhCN } from './i18n.ts';
import { GoalsView } from './GoalsView.tsx';

export const feature = defineView({ id: 'goals', component: GoalsView, i18n: { en, zhCN } });
