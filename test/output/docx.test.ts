import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildReviewDocx } from '../../src/report/docx.js';
import { reviewData } from '../../src/report/review.js';
import { sampleRun } from './sample-run.js';
import { PDFFONTS, PDFTOPPM, PDFTOTEXT, SOFFICE, skipReason, titled } from './tools.js';
import JSZip from 'jszip';
import type { LintRun } from '../../src/engine/run-types.js';
import { DEFAULT_MODEL } from '../../src/report/scoring.js';

const work = mkdtempSync(join(tmpdir(), 'caselint-docx-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const noOffice = skipReason(
  { soffice: SOFFICE, pdftotext: PDFTOTEXT, pdffonts: PDFFONTS },
  'apt-get install -y --no-install-recommends libreoffice-writer-nogui fonts-noto-cjk poppler-utils',
);

/** Word → PDF with LibreOffice headless, then the PDF's text with pdftotext. */
function pdfText(docx: Buffer, name: string): string {
  const file = join(work, `${name}.docx`);
  writeFileSync(file, docx);
  execFileSync(
    SOFFICE!,
    [
      `-env:UserInstallation=file://${join(work, 'lo-profile')}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      work,
      file,
    ],
    { stdio: 'ignore', timeout: 120_000 },
  );
  return execFileSync(PDFTOTEXT!, [join(work, `${name}.pdf`), '-'], { encoding: 'utf8' });
}

const VETO_RULE = 'procedure/enforcement-officers';
const vetoModel = { model: { ...DEFAULT_MODEL, veto: { ...DEFAULT_MODEL.veto, rules: [VETO_RULE] } } };

/** the sample run with one veto error on the closed case: its grade must say why it failed */
function vetoRun(): LintRun {
  const run = sampleRun();
  run.rules.push({
    id: VETO_RULE,
    title: { zh: '执法人员人数与执法证件', en: 'Two officers with valid certificates' },
    description: { zh: '调查取证时执法人员不少于两人。', en: 'At least two officers investigate.' },
    severity: 'error',
    category: '程序合法',
    basis: [{ law: 'admin-penalty-law', version: '2017', article: 37, paragraph: 1 }],
  });
  const closed = run.results[0]!;
  closed.findings.push({
    ruleId: VETO_RULE,
    severity: 'error',
    category: '程序合法',
    message: { zh: '询问笔录仅记录一名执法人员', en: 'The inquiry record names one officer' },
    case: closed.case!.id,
    file: closed.file,
    line: 120,
    column: 5,
    path: '/timeline/3',
    basis: [{ law: 'admin-penalty-law', version: '2017', article: 37, paragraph: 1, note: 'unconfirmed' }],
  });
  run.errorCount++;
  return run;
}

async function xmlPart(buffer: Buffer, part: string): Promise<string> {
  const zip = await JSZip.loadAsync(buffer);
  return (await zip.file(part)?.async('string')) ?? '';
}

describe('Word review report for reviewers', () => {
  it('declares Chinese (zh-CN) as the East Asian language of its text', async () => {
    const styles = await xmlPart(
      await buildReviewDocx(reviewData(sampleRun()), { lang: 'zh' }),
      'word/styles.xml',
    );
    expect(styles).toMatch(/<w:lang [^>]*w:eastAsia="zh-CN"/);
    expect(styles).toMatch(/<w:lang [^>]*w:val="zh-CN"/);
  });

  it('names the document and step in the body; rule ids and pointers only in the appendix', async () => {
    const document = await xmlPart(
      await buildReviewDocx(reviewData(vetoRun(), vetoModel), { lang: 'zh' }),
      'word/document.xml',
    );
    const [body, appendix] = document.split('附一：问题定位');
    expect(appendix).toBeDefined();
    expect(body).not.toContain('/timeline/13');
    expect(body).not.toContain('doc/decision-contents');
    expect(body).toContain('处罚决定（2020年10月13日）');
    expect(appendix).toContain('/timeline/13');
    expect(appendix).toContain('doc/decision-contents');
    expect(document).not.toMatch(/\[unconfirmed\]/);
    expect(document).toContain('（待核实）');
  });

  it('says beside the grade which veto item failed a file', async () => {
    const document = await xmlPart(
      await buildReviewDocx(reviewData(vetoRun(), vetoModel), { lang: 'zh' }),
      'word/document.xml',
    );
    expect(document).toMatch(/不合格<\/w:t>.{0,400}?一票否决：执法人员人数与执法证件/s);
    const [body] = document.split('附一：问题定位');
    expect(body).not.toContain(VETO_RULE);
  });
});

describe('Word review report', () => {
  it('is a .docx package (zip)', async () => {
    const buffer = await buildReviewDocx(reviewData(sampleRun()), { lang: 'zh' });
    expect(buffer.subarray(0, 4).toString('latin1')).toBe('PK\u0003\u0004');
  });

  it.skipIf(noOffice)(
    titled('renders in LibreOffice with its Chinese text, tables and page numbers', noOffice),
    async () => {
      const buffer = await buildReviewDocx(reviewData(sampleRun()), { lang: 'zh' });
      const text = pdfText(buffer, 'zh');
      const flat = text.replace(/\s+/g, '');
      expect(flat).toContain('生态环境行政处罚案卷评查报告');
      expect(flat).toContain('判断日：2026年11月28日');
      expect(flat).toContain('一、总体情况');
      expect(flat).toContain('本次共评查案卷2件，其中合格（未触发否决项）2件、不合格0件，平均得分98.0分');
      expect(flat).toContain('另有1件案卷无法读取');
      expect(flat).toContain('沪普环罚〔2020〕12号');
      expect(flat).toContain('上海华彩包装印刷有限公司');
      expect(flat).toContain('30,000元');
      expect(flat).toContain('四、优秀案例候选');
      expect(flat).toContain('决定书未载明陈述申辩的采纳情况');
      // a table cell wraps the citation; the PDF text may interleave the next cell's lines
      expect(flat).toContain('行政处罚法(2017)第');
      expect(flat).toContain('三十九条第一款第');
      expect(flat).toContain('决定日期：2020年10月13日');
      expect(flat).toMatch(/第1页共\d+页/);
      expect(flat).not.toMatch(/\?{3,}|□{3,}/);
      // the Chinese text was set in a CJK font (宋体/黑体 or their substitutes), not in boxes
      const fonts = execFileSync(PDFFONTS!, [join(work, 'zh.pdf')], { encoding: 'utf8' });
      expect(fonts).toMatch(/CJK|Song|Hei|SimSun|SimHei/i);
    },
  );

  it.skipIf(noOffice || !PDFTOPPM)(
    titled('renders the veto explanation and reviewer locations on its pages (PNG)', noOffice),
    async () => {
      const buffer = await buildReviewDocx(reviewData(vetoRun(), vetoModel), { lang: 'zh' });
      const flat = pdfText(buffer, 'veto').replace(/\s+/g, '');
      expect(flat).toContain('一票否决：');
      expect(flat).toContain('附一：问题定位');
      execFileSync(PDFTOPPM!, [
        '-png',
        '-r',
        '50',
        '-f',
        '1',
        '-l',
        '1',
        join(work, 'veto.pdf'),
        join(work, 'page'),
      ]);
      const png = readFileSync(join(work, 'page-1.png'));
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    },
  );

  it.skipIf(noOffice)(titled('speaks English with lang en', noOffice), async () => {
    const buffer = await buildReviewDocx(reviewData(sampleRun()), { lang: 'en' });
    const flat = pdfText(buffer, 'en').replace(/\s+/g, ' ');
    expect(flat).toContain('1. Overview');
    expect(flat).toMatch(/Page 1 of \d+/);
    expect(readFileSync(join(work, 'en.pdf')).subarray(0, 4).toString()).toBe('%PDF');
  });
});
