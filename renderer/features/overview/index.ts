import { defineView } from '../../app/feature.ts';
import { en, zhCN } from './i18n.ts';
import { OverviewView } from './OverviewView.tsx';

export const feature = defineView({ id: 'overview', component: OverviewView, i18n: { en, zhCN } });
