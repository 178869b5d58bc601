import { defineView } from '../../app/feature.ts';
import { lazyView } from '../../app/lazy-view.tsx';
import { en, zhCN } from './i18n.ts';
import { PrintCompliance } from './PrintCompliance.tsx';
import { PrintPlaybooks } from './PrintPlaybooks.tsx';
import { PrintRegister } from './PrintRegister.tsx';

export const feature = defineView({ id: 'risks', component: lazyView(async () => (await import('./RisksView.tsx')).RisksView), i18n: { en, zhCN }, print: [PrintRegister, PrintCompliance, PrintPlaybooks] });
