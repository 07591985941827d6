import { describe, expect, it } from 'vitest';
import { github } from '../../src/format/github.js';
import { markdown } from '../../src/format/markdown.js';
import type { LintRun } from '../../src/engine/run-types.js';
import { sampleRun } from '../output/sample-run.js';

const HOSTILE =
  '沪环罚\u001b]8;;http://evil\u0007点我\u001b[2J<script>alert(1)</script><img src=x onerror=alert(1)>‮fdp.exe';

/** the sample run with every finding's case and message replaced by hostile case text */
function hostileRun(): LintRun {
  const run = sampleRun();
  for (const r of run.results) {
    for (const f of r.findings) {
      f.case = HOSTILE;
      f.message = { zh: `${HOSTILE}\n第二行`, en: HOSTILE };
      f.severity = 'error';
    }
  }
  return run;
}

const options = { lang: 'zh' as const, color: false, cwd: '/', quiet: false };

describe('case text in annotations and comments', () => {
  it('github: no raw ESC, BEL or bidi override reaches a workflow command', () => {
    const out = github(hostileRun(), options);
    expect(out.length).toBeGreaterThan(0);
    // eslint-disable-next-line no-control-regex
    expect(out).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f\u202e]/);
    expect(out).toContain('\\u{1b}');
    // one line per annotation: the message's own line break stays encoded
    for (const line of out.trimEnd().split('\n')) expect(line).toMatch(/^::(error|warning|notice) /);
  });

  it('markdown: HTML from case text is shown, not rendered', () => {
    const out = markdown(hostileRun(), options);
    expect(out).not.toMatch(/<script|<img|<\/script/i);
    expect(out).toContain('&lt;script&gt;');
    // eslint-disable-next-line no-control-regex
    expect(out).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f\u202e]/);
  });
});
