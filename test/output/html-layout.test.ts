/**
 * The HTML report as a reviewer reads and prints it: step labels that never overlap where steps cluster, findings
 * at the step they concern (no "no date" column), and an A4 print layout without a blank first page. Rendered in
 * headless Chromium (DOM measured after layout; printed to PDF and read with poppler).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { html } from '../../src/format/html.js';
import type { LintRun } from '../../src/engine/run-types.js';
import { sampleRun } from './sample-run.js';
import { CHROMIUM, PDFINFO, PDFTOPPM, PDFTOTEXT, skipReason, titled } from './tools.js';

const options = { lang: 'zh' as const, color: false, cwd: '/work/repo', quiet: false };
const noTools = skipReason(
  { chromium: CHROMIUM, pdfinfo: PDFINFO, pdftotext: PDFTOTEXT, pdftoppm: PDFTOPPM },
  'apt-get install -y --no-install-recommends chromium poppler-utils',
);
const work = mkdtempSync(join(tmpdir(), 'caselint-html-layout-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--host-resolver-rules=MAP * ~NOTFOUND',
];

function chromium(args: string[], page: string): string {
  const file = join(work, `page-${Math.random().toString(36).slice(2)}.html`);
  writeFileSync(file, page);
  return execFileSync(
    CHROMIUM!,
    [...CHROMIUM_FLAGS, `--user-data-dir=${join(work, 'profile')}`, ...args, pathToFileURL(file).href],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 90_000 },
  );
}

/** the sample run with a cluster of steps on consecutive working days, as a busy week of a case has */
function clusteredRun(): LintRun {
  const run = sampleRun();
  const c = run.results[0]!.case!;
  const extra = [
    'inquiry',
    'sampling',
    'monitoring-report',
    'legal-review',
    'collective-discussion',
    'recheck',
  ];
  const start = c.timeline.findIndex((e) => e.event === 'filing-approved');
  const base = c.timeline[start]!.date;
  extra.forEach((event, i) => {
    const day = String(Number(base.slice(8)) + (i % 3)).padStart(2, '0');
    c.timeline.push({
      ...c.timeline[start]!,
      event: event as never,
      date: `${base.slice(0, 8)}${day}`,
      index: 100 + i,
    });
  });
  c.timeline.sort((a, b) => a.date.localeCompare(b.date));
  return run;
}

/** measures every step label after layout and writes the overlapping pairs into the DOM for --dump-dom */
const MEASURE = `<script>
window.addEventListener('load', function () {
  var boxes = Array.prototype.map.call(document.querySelectorAll('svg.timeline'), function (svg) {
    return Array.prototype.map.call(svg.querySelectorAll('.event-label'), function (t) { return t.getBoundingClientRect(); });
  });
  var overlaps = 0, labels = 0;
  boxes.forEach(function (list) {
    labels += list.length;
    for (var i = 0; i < list.length; i++) for (var j = i + 1; j < list.length; j++) {
      var a = list[i], b = list[j];
      if (a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5) overlaps++;
    }
  });
  document.documentElement.setAttribute('data-labels', String(labels));
  document.documentElement.setAttribute('data-overlaps', String(overlaps));
});
</script>`;

/** the report with the measuring script (its content-security policy removed for the test copy only) */
function measured(page: string): { labels: number; overlaps: number } {
  const dom = chromium(
    ['--virtual-time-budget=3000', '--window-size=1400,1000', '--dump-dom'],
    page
      .replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/i, '')
      .replace('</body>', `${MEASURE}</body>`),
  );
  const labels = Number(/data-labels="(\d+)"/.exec(dom)?.[1] ?? NaN);
  const overlaps = Number(/data-overlaps="(\d+)"/.exec(dom)?.[1] ?? NaN);
  return { labels, overlaps };
}

describe('HTML timeline layout', () => {
  it('places every finding at a step: no "no date" column', () => {
    const page = html(sampleRun(), options);
    expect(page).not.toContain('无日期');
    expect(html(sampleRun(), { ...options, lang: 'en' })).not.toContain('no date');
    // each marker's title names the date of the step it sits at
    const titles = [...page.matchAll(/class="finding-marker[^"]*"[^>]*><title>\[(\d+)\] ([\d-]*) /g)];
    expect(titles.length).toBeGreaterThan(0);
    for (const t of titles) expect(t[2]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it.skipIf(noTools)(
    titled('step labels do not overlap where steps cluster (measured in Chromium)', noTools),
    () => {
      const result = measured(html(clusteredRun(), options));
      expect(result.labels).toBeGreaterThan(10);
      expect(result.overlaps).toBe(0);
    },
  );

  it.skipIf(noTools)(
    titled('the overlap check can fail: labels forced onto one line overlap', noTools),
    () => {
      const page = html(clusteredRun(), options).replace(
        /(<text class="event-label" x=")[\d.]+(" y=")\d+/g,
        '$1300$2100',
      );
      expect(measured(page).overlaps).toBeGreaterThan(0);
    },
  );
});

describe('HTML report in print', () => {
  it.skipIf(noTools)(
    titled('prints on A4 with the timeline at full width and no blank first page', noTools),
    () => {
      const run = sampleRun();
      const pdf = join(work, 'report.pdf');
      chromium(['--no-pdf-header-footer', `--print-to-pdf=${pdf}`], html(run, options));
      const info = execFileSync(PDFINFO!, [pdf], { encoding: 'utf8' });
      const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
      expect(info).toMatch(/Page size:\s+59[45]\.\d+ x 84[12]\.\d+ pts \(A4\)/);
      // one page per loaded case (each case starts a page), the unreadable file's note shares the last one
      const loaded = run.results.filter((r) => r.case).length;
      expect(pages).toBeGreaterThanOrEqual(loaded);
      expect(pages).toBeLessThanOrEqual(run.results.length);
      const first = execFileSync(PDFTOTEXT!, ['-f', '1', '-l', '1', pdf, '-'], { encoding: 'utf8' }).replace(
        /\s+/g,
        '',
      );
      expect(first).toContain('沪普环罚〔2020〕12号');
      expect(first).toContain('程序节点');
      // the timeline spans the printable width: its last step (归档) is drawn in the right quarter of the
      // A4 page, not squeezed beside the findings list
      const words = execFileSync(PDFTOTEXT!, ['-bbox', '-f', '1', '-l', '1', pdf, '-'], { encoding: 'utf8' });
      const archived = /<word xMin="([\d.]+)"[^>]*>归档<\/word>/.exec(words);
      expect(archived).not.toBeNull();
      expect(Number(archived![1])).toBeGreaterThan(595 * 0.75);
      execFileSync(PDFTOPPM!, ['-png', '-r', '40', '-f', '1', '-l', '1', pdf, join(work, 'print')]);
    },
  );
});
