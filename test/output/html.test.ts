import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { html } from '../../src/format/html.js';
import { loadKnowledge } from '../../src/law/index.js';
import { statutoryWindows } from '../../src/report/windows.js';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { CaseData } from '../../src/model/case-data.js';
import { fromRoot } from '../../src/paths.js';
import { sampleRun, toCase } from './sample-run.js';
import { CHROMIUM, skipReason, titled } from './tools.js';

const options = { lang: 'zh' as const, color: false, cwd: '/work/repo', quiet: false };
const noChromium = skipReason({ chromium: CHROMIUM }, 'apt-get install -y --no-install-recommends chromium');
const work = mkdtempSync(join(tmpdir(), 'caselint-html-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Chromium's DOM after the page's scripts ran; network off (no fetch could succeed). */
function dumpDom(page: string): string {
  const file = join(work, `page-${Math.random().toString(36).slice(2)}.html`);
  writeFileSync(file, page);
  return execFileSync(
    CHROMIUM!,
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
      `--user-data-dir=${join(work, 'profile')}`,
      '--virtual-time-budget=2000',
      '--dump-dom',
      pathToFileURL(file).href,
    ],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 60_000 },
  );
}

describe('statutory windows for the timeline', () => {
  it('follow the law in force at each step and the holiday calendar (printing-vocs, 2020)', () => {
    const k = loadKnowledge();
    const c = sampleRun().results[0]!.case!;
    const w = Object.fromEntries(
      statutoryWindows(c, { law: k.law, calendar: k.calendar, asOf: '2026-11-28' }).map((x) => [x.id, x]),
    );
    // 2010 办法 §22: 7 working days from the review on 2020-08-19
    expect(w.filing).toMatchObject({ due: '2020-08-28', status: 'met' });
    // 2010 办法 §55: 3 months from 2020-08-21 → Saturday 11-21 → Monday 11-23
    expect(w.handling).toMatchObject({ due: '2020-11-23', doneOn: '2020-10-13', status: 'met' });
    // 行政处罚法(2017) §42: 3 days from 09-28 ends on 10-01, a holiday → first workday 10-09
    expect(w.statement).toMatchObject({ due: '2020-10-09', status: 'met' });
    expect(w.service?.due).toBe('2020-10-20');
    expect(w.payment?.due).toBe('2020-10-30');
    // no publication period under the 2010 办法
    expect(w.publication).toBeUndefined();
  });

  it('use the 2023 办法 for a case filed in 2026 and mark a running window', () => {
    const k = loadKnowledge();
    const c = sampleRun().results[1]!.case!;
    const w = statutoryWindows(c, { law: k.law, calendar: k.calendar, asOf: '2026-11-28' });
    const handling = w.find((x) => x.id === 'handling');
    expect(handling?.basis[0]).toMatchObject({ version: '2023', article: 57 });
    // 90 days from 2026-09-21 is Sunday 12-20 → Monday 12-21
    expect(handling).toMatchObject({ due: '2026-12-21', status: 'pending' });
  });
});

it('count working days across the 2024 May Day holiday and its make-up Sunday (hazardous-waste)', () => {
  const k = loadKnowledge();
  const file = 'fixtures/cases/hazardous-waste/case.yaml';
  const c = toCase(parse(readFileSync(fromRoot(file), 'utf8')) as CaseData, file);
  const w = Object.fromEntries(
    statutoryWindows(c, { law: k.law, calendar: k.calendar, asOf: '2026-11-28' }).map((x) => [x.id, x]),
  );
  // notice 2024-04-25: 04-26, 04-28 (make-up workday), 04-29, 04-30, then 05-01..05-05 off, 05-06
  expect(w.statement).toMatchObject({ due: '2024-05-06', doneOn: '2024-04-29', status: 'met' });
  expect(w.statement?.basis.map((b) => `${b.law}@${b.version}§${b.article}`)).toEqual([
    'admin-penalty-law@2021§64',
    'admin-penalty-law@2021§85',
    'env-penalty-measures@2023§44',
    'env-penalty-measures@2023§47',
  ]);
  // 2023 办法 §65: publication within 7 working days of the decision (2024-05-13 → 05-22)
  expect(w.publication).toMatchObject({ due: '2024-05-22', doneOn: '2024-05-20', status: 'met' });
});

describe('html formatter', () => {
  const page = html(sampleRun(), options);

  it('is self-contained: no external resources', () => {
    expect(page).not.toMatch(/\b(src|href)\s*=/i);
    expect(page).not.toMatch(/url\(/i);
    expect(page).not.toMatch(/@import/i);
    expect(page).not.toMatch(/https?:\/\//i);
    expect(page).toContain("default-src 'none'");
  });

  it('draws a timeline per loaded case with the findings marked and listed', () => {
    expect(page.match(/<svg class="timeline"/g)).toHaveLength(2);
    expect(page.match(/class="finding-marker/g)).toHaveLength(4);
    expect(page).toContain('办案期限 3个月');
    expect(page).toContain('行政处罚法(2017)第四十二条第一款');
    expect(page).toContain('&lt;标签&gt;');
    expect(html(sampleRun(), { ...options, lang: 'en' })).toContain('Handling limit 3 months');
  });

  it.skipIf(noChromium)(titled('renders in headless Chromium with its script run', noChromium), () => {
    const dom = dumpDom(page);
    expect(dom).toMatch(/<html[^>]*data-ready="1"/);
    expect(dom).toContain('案卷 3 件，时间线 2 条，问题标记 4 个');
    expect(dom).toContain('沪普环罚〔2020〕12号');
    expect(dom.match(/<svg class="timeline"/g)).toHaveLength(2);
    expect(dom).toContain('作出处罚决定（90日）');
  });

  it.skipIf(noChromium)(
    titled('the Chromium check can fail: a page whose script throws is not ready', noChromium),
    () => {
      const dom = dumpDom(page.replace('(function () {', '(function () { throw new Error("x");'));
      expect(dom).not.toMatch(/data-ready="1"/);
      expect(dom).not.toContain('案卷 3 件');
    },
  );
});
