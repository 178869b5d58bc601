import { defineView } from '../../app/feature.ts';
import { en, zhCN } from './i18n.ts';
import { AudienceView } from './AudienceView.tsx';

export const feature = defineView({ id: 'audience', component: AudienceView, i18n: { en, zhCN } });
