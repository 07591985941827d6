/**
 * Makes the README pictures from the fixtures:
 *   docs/img/html-report.png  — the HTML timeline report (headless Chromium --screenshot)
 *   docs/img/word-report.png  — page 1 of the Word review report (LibreOffice → PDF → pdftoppm)
 * The demo set is fixtures/cases/* plus two variants of the hazardous-waste case built with the fixture
 * patch format (docs/architecture.md): one decided but not yet served (deadlines running), one decided
 * before the statement period ended and not paid (errors). Run: npx tsx scripts/screenshots.ts
 * Needs chromium, libreoffice-writer-nogui, fonts-noto-cjk, poppler-utils (and pngquant, optional, to
 * shrink the PNGs).
 */
import { execFileSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse, stringify } from 'yaml';
import { applyFixtureSpec, type FixtureSpec } from '../src/engine/fixture.js';
import { lintPaths } from '../src/engine/run.js';
import { getRules } from '../src/engine/registry.js';
import { buildHtml } from '../src/format/html.js';
import type { CaseData } from '../src/model/case-data.js';
import { fromRoot } from '../src/paths.js';
import { buildReviewDocx } from '../src/report/docx.js';
import { reviewData } from '../src/report/review.js';

const AS_OF = '2024-05-17';

const DEMOS: { name: string; base: string; spec: FixtureSpec }[] = [
  {
    name: 'demo-decided-not-served',
    base: 'hazardous-waste',
    spec: {
      set: { case: { number: '沪宝环罚〔2024〕52号', status: 'decided' } },
      remove_events: ['decision-served', 'published', 'paid', 'closed', 'archived'],
    },
  },
  {
    name: 'demo-early-decision',
    base: 'hazardous-waste',
    spec: {
      set: { case: { number: '沪宝环罚〔2024〕41号', status: 'executing', source: '信访' } },
      remove_events: ['hearing-waived', 'statement-received', 'recheck', 'paid', 'closed', 'archived'],
      update_events: {
        decision: { date: '2024-04-28' },
        'decision-served': { date: '2024-04-29' },
        published: { date: '2024-05-06' },
      },
    },
  },
];

function need(cmd: string): string {
  try {
    return execFileSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' }).trim();
  } catch {
    throw new Error(
      `${cmd} is not installed (apt-get install -y --no-install-recommends chromium libreoffice-writer-nogui fonts-noto-cjk poppler-utils)`,
    );
  }
}

/** fontconfig aliases so that 宋体/黑体 render with Noto Serif/Sans CJK SC rather than a Japanese fallback */
function fontConfig(dir: string): string {
  const file = join(dir, 'fonts.conf');
  const alias = (family: string, prefer: string) =>
    `<alias binding="same"><family>${family}</family><prefer><family>${prefer}</family></prefer></alias>`;
  writeFileSync(
    file,
    `<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig><include ignore_missing="yes">/etc/fonts/fonts.conf</include>` +
      ['宋体', 'SimSun'].map((f) => alias(f, 'Noto Serif CJK SC')).join('') +
      ['黑体', 'SimHei'].map((f) => alias(f, 'Noto Sans CJK SC')).join('') +
      `</fontconfig>`,
  );
  return file;
}

/** palette PNG with pngquant when installed (Debian `pngquant`); otherwise the PNG stays as rendered */
function shrink(png: string): void {
  try {
    execFileSync('pngquant', ['--quality=60-90', '--strip', '--force', '--output', png, png], {
      stdio: 'ignore',
    });
  } catch {
    console.warn(`pngquant not available: ${png} left unshrunk`);
  }
}

async function main(): Promise<void> {
  const chromium = need('chromium');
  const soffice = need('soffice');
  const pdftoppm = need('pdftoppm');
  const work = mkdtempSync(join(tmpdir(), 'caselint-shots-'));
  const cases = join(work, 'cases');
  mkdirSync(cases);
  for (const name of readdirSync(fromRoot('fixtures', 'cases'))) {
    cpSync(fromRoot('fixtures', 'cases', name), join(cases, name), { recursive: true });
  }
  for (const demo of DEMOS) {
    const dir = join(cases, demo.name);
    cpSync(fromRoot('fixtures', 'cases', demo.base), dir, { recursive: true });
    const base = parse(readFileSync(join(dir, 'case.yaml'), 'utf8')) as CaseData;
    writeFileSync(join(dir, 'case.yaml'), stringify(applyFixtureSpec(base, demo.spec)));
  }
  const run = await lintPaths(['.'], { cwd: cases, asOf: AS_OF, rules: getRules(), keepCase: true });
  const out = fromRoot('docs', 'img');
  mkdirSync(out, { recursive: true });
  const env = { ...process.env, FONTCONFIG_FILE: fontConfig(work) };

  // HTML: the two demo cases (the clean fixtures look alike); the full page is available with --format html
  const demoRun = { ...run, results: run.results.filter((r) => r.file.startsWith('demo-')) };
  const page = join(work, 'report.html');
  writeFileSync(page, buildHtml(demoRun, { lang: 'zh', color: false, cwd: cases, quiet: false }));
  const htmlPng = join(out, 'html-report.png');
  execFileSync(
    chromium,
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--host-resolver-rules=MAP * ~NOTFOUND',
      '--hide-scrollbars',
      '--force-device-scale-factor=1',
      `--user-data-dir=${join(work, 'chrome')}`,
      '--window-size=1320,1640',
      `--screenshot=${htmlPng}`,
      pathToFileURL(page).href,
    ],
    { stdio: 'ignore', env, timeout: 120_000 },
  );
  shrink(htmlPng);

  // Word: page 1 of the review report over all cases
  const docx = join(work, 'review.docx');
  writeFileSync(docx, await buildReviewDocx(reviewData(run), { lang: 'zh' }));
  execFileSync(
    soffice,
    [
      `-env:UserInstallation=${pathToFileURL(join(work, 'lo')).href}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      work,
      docx,
    ],
    { stdio: 'ignore', env, timeout: 180_000 },
  );
  execFileSync(
    pdftoppm,
    [
      '-png',
      '-r',
      '80',
      '-f',
      '1',
      '-l',
      '1',
      '-singlefile',
      join(work, 'review.pdf'),
      join(out, 'word-report'),
    ],
    {
      env,
    },
  );
  shrink(join(out, 'word-report.png'));

  for (const f of ['html-report.png', 'word-report.png']) {
    const file = join(out, f);
    if (!existsSync(file)) throw new Error(`${f} was not written`);
    console.log(`${file} (${Math.round(readFileSync(file).length / 1024)} KB)`);
  }
  rmSync(work, { recursive: true, force: true });
}

await main();
