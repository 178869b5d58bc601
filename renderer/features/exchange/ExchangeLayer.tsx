import { useEffect } from 'react';
import { onMenu } from '../../app/transport.ts';
import { ExportDialog } from './ExportDialog.tsx';
import { exchangeStore, useExchange } from './state.ts';

/** The Export dialog when it is open, and the desktop menu's File → Export… that opens it. */
export function ExchangeLayer() {
  const open = useExchange((s) => s.open);
  useEffect(() => onMenu((command) => {
    if (command === 'export') exchangeStore.getState().openExport();
  }), []);
  return open ? <ExportDialog key={open.key} /> : null;
}
