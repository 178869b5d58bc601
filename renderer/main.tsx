import { applyTheme, initialTheme } from './app/theme.ts';
import { connect } from './app/transport.ts';
import './app/theme.css';
import './app/shell/shell.css';
import './app/shell/print.css';

applyTheme(initialTheme());
const api = connect();
// The plan is asked for before React and the app are even fetched: the host reads it while the page
// parses them. Both in one script, the snapshot could only be asked once all of it had run.
const first = api?.snapshot() ?? null;
void import('./app/boot.tsx').then(({ boot }) => boot(api, first));
