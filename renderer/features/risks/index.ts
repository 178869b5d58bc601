import { defineView } from '../../app/feature.ts';
import { lazyView } from '../../app/lazy-view.tsx';
import { en, zhCN } from './i18n.ts';

export const feature = defineView({
  id: 'risks',
  component: lazyView(async () => (await import('./RisksView.tsx')).RisksView),
  i18n: { en, zhCN },
  print: [
    async () => (await import('./PrintRegister.tsx')).PrintRegister,
    async () => (await import('./PrintCompliance.tsx')).PrintCompliance,
    async () => (await import('./PrintPlaybooks.tsx')).PrintPlaybooks,
  ],
});
