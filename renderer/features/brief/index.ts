import { defineView } from '../../app/feature.ts';
import { en, zhCN } from './i18n.ts';
import { BriefView } from './BriefView.tsx';

export const feature = defineView({ id: 'brief', component: BriefView, i18n: { en, zhCN } });
