/**
 * HTML → PDF outside Electron: headless Chromium prints a temporary copy of the page. The desktop app
 * passes its own printer (webContents.printToPDF) instead; see electron/main.ts.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import nodePath from 'node:path';
import { pathToFileURL } from 'node:url';
import { PlannerError } from '../../../shared/errors.ts';

export type PdfPrinter = (html: string) => Promise<Buffer>;

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'];

/** The Chromium to print with: CPLAN_CHROMIUM when set (and then only that), else the first usual path that exists. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string {
  const wanted = env.CPLAN_CHROMIUM;
  const looked = wanted ? [wanted] : CANDIDATES;
  const found = looked.find((p) => fs.existsSync(p));
  if (!found) throw new PlannerError('NO_CHROMIUM', { looked: looked.join(', ') });
  return found;
}

export const chromiumPrinter: PdfPrinter = async (html) => {
  const chromium = findChromium();
  const dir = fs.mkdtempSync(nodePath.join(os.tmpdir(), 'cplan-pdf-'));
  try {
    const page = nodePath.join(dir, 'report.html');
    const out = nodePath.join(dir, 'report.pdf');
    fs.writeFileSync(page, html);
    await new Promise<void>((resolve, reject) => {
      execFile(chromium, [
        '--headless', '--disable-gpu', '--no-sandbox', '--no-first-run', '--disable-extensions',
        `--user-data-dir=${nodePath.join(dir, 'profile')}`, '--no-pdf-header-footer', `--print-to-pdf=${out}`, pathToFileURL(page).href,
      ], { timeout: 120_000 }, (err, _stdout, stderr) => {
        if (err && !fs.existsSync(out)) reject(new PlannerError('EXPORT_FAILED', { format: 'pdf', detail: String(stderr || err.message).trim().split('\n').slice(-1)[0] ?? '' }));
        else resolve();
      });
    });
    if (!fs.existsSync(out)) throw new PlannerError('EXPORT_FAILED', { format: 'pdf', detail: 'Chromium wrote no PDF' });
    return fs.readFileSync(out);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
};
