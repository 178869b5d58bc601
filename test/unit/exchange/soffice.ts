import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * LibreOffice, to prove the files open in a real office program. Missing LibreOffice fails the test
 * (CI must install it) unless CPLAN_SKIP_SOFFICE=1 says to skip.
 */
export const SKIP_SOFFICE = process.env.CPLAN_SKIP_SOFFICE === '1';

export function soffice(): string {
  const wanted = process.env.CPLAN_SOFFICE;
  for (const p of wanted ? [wanted] : ['/usr/bin/soffice', '/usr/local/bin/soffice', '/usr/bin/libreoffice', '/Applications/LibreOffice.app/Contents/MacOS/soffice']) {
    if (fs.existsSync(p)) return p;
  }
  throw new Error('LibreOffice (soffice) is not installed: install it, or set CPLAN_SKIP_SOFFICE=1 to skip these checks');
}

/** Converts `file` with `soffice --headless --convert-to`, in its own profile (other runs may be using LibreOffice), and returns the files written. */
export function convert(file: string, to: string, dir: string): string[] {
  const out = path.join(dir, 'converted');
  fs.mkdirSync(out, { recursive: true });
  execFileSync(soffice(), [`-env:UserInstallation=${pathToFileURL(path.join(dir, 'lo-profile')).href}`, '--headless', '--norestore', '--convert-to', to, '--outdir', out, file], { stdio: 'pipe', timeout: 180_000 });
  return fs.readdirSync(out).map((f) => path.join(out, f));
}
