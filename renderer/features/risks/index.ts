import { defineView } from '../../app/feature.ts';
import { en, zhCN } from './i18n.ts';
import { RisksView } from './RisksView.tsx';
import { PrintCompliance } from './PrintCompliance.tsx';
import { PrintPlaybooks } from './PrintPlaybooks.tsx';
import { PrintRegister } from './PrintRegister.tsx';

export const feature = defineView({ id: 'risks', component: RisksView, i18n: { en, zhCN }, print: [PrintRegister, PrintCompliance, PrintPlaybooks] });
