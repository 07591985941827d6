/** Which external tools the output tests can use; a missing tool is reported, never silently passed. */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

function onPath(cmd: string): string | undefined {
  try {
    return execFileSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined;
  }
}

export const CHROMIUM = ['/usr/bin/chromium', onPath('chromium')].find((p) => p && existsSync(p));
export const SOFFICE = onPath('soffice');
export const PDFTOTEXT = onPath('pdftotext');
export const PDFTOPPM = onPath('pdftoppm');
export const PDFFONTS = onPath('pdffonts');
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
