/** Which external tools the output tests can use; a missing tool is reported, never silently passed. */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** CASELINT_TEST_HIDE_TOOLS=chromium,soffice,… pretends those tools are absent (to check the skip path) */
const hidden = new Set((process.env.CASELINT_TEST_HIDE_TOOLS ?? '').split(',').filter(Boolean));

function onPath(cmd: string): string | undefined {
  if (hidden.has(cmd)) return undefined;
  try {
    return execFileSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined;
  }
}

export const CHROMIUM = hidden.has('chromium')
  ? undefined
  : ['/usr/bin/chromium', onPath('chromium')].find((p) => p && existsSync(p));
export const SOFFICE = onPath('soffice');
export const PDFTOTEXT = onPath('pdftotext');
export const PDFTOPPM = onPath('pdftoppm');
export const PDFFONTS = onPath('pdffonts');
export const PDFINFO = onPath('pdfinfo');
export const XMLLINT = onPath('xmllint');

/** Prints why a test is skipped, so a skip is visible in the test log. */
export function skipReason(missing: Record<string, string | undefined>, install: string): string | undefined {
  const absent = Object.entries(missing)
    .filter(([, path]) => !path)
    .map(([name]) => name);
  if (!absent.length) return undefined;
  const reason = `SKIPPED: ${absent.join(', ')} not installed (install with: ${install})`;
  console.warn(reason);
  return reason;
}

/** a test title that carries the skip reason, so reporters list why the test did not run */
export function titled(title: string, reason: string | undefined): string {
  return reason ? `${title} [${reason}]` : title;
}
