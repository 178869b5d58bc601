import { defineView } from '../../app/feature.ts';
import { en, zhCN } from './i18n.ts';
import { TeamView } from './TeamView.tsx';

export const feature = defineView({ id: 'team', component: TeamView, i18n: { en, zhCN } });
