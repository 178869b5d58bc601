import { useEffect } from 'react';
import { onMenu } from '../../app/transport.ts';
import { ExportDialog } from './ExportDialog.tsx';
import { ImportDialog } from './import/ImportDialog.tsx';
import { importStore, useImportOpen } from './import/state.ts';
import { exchangeStore, useExchange } from './state.ts';

/**
 * The Export and Import dialogs when they are open, and the desktop menu's File → Export…/Import… that
 * open them. Its element is the root the exchange stylesheets nest under (see css-scope.test.ts).
 */
export function ExchangeLayer() {
  const open = useExchange((s) => s.open);
  const importing = useImportOpen();
  useEffect(() => onMenu((command) => {
    if (command === 'export') exchangeStore.getState().openExport();
    if (command === 'import') importStore.getState().show();
  }), []);
  return (
    <div className="exchange-layer">
      {open ? <ExportDialog key={open.key} /> : null}
      {importing.open ? <ImportDialog key={importing.key} /> : null}
    </div>
  );
}
