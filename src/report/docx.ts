/**
 * The Word review report (评查报告), built with the `docx` package. `docx` is imported lazily inside
 * buildReviewDocx so that `caselint lint` never loads it. Typography: 宋体 body and tables, 黑体 headings,
 * A4 with 2.54/3.17 cm margins, page numbers in the footer, Chinese dates (2020年10月13日).
 */
import type * as DocxModule from 'docx';
import type { Paragraph as ParagraphT, Table as TableT, TableCell as TableCellT } from 'docx';
import type { Lang } from '../format/types.js';
import { formatDateZh } from '../model/dates.js';
import type { ReviewData } from './review.js';
import type { CaseScore } from './scoring.js';
import { coverageLine } from '../engine/coverage.js';
import { categoryLabel, citeAll, formatYuan, pick, severityLabel } from './text.js';
import { sortedFindings } from './counts.js';
import { describeLocation } from './location.js';
import { TOOL_LABELS } from './tools.js';

type Docx = typeof DocxModule;

const BODY_FONT = {
  ascii: 'Times New Roman',
  hAnsi: 'Times New Roman',
  eastAsia: '宋体',
  cs: 'Times New Roman',
};
const HEADING_FONT = {
  ascii: 'Times New Roman',
  hAnsi: 'Times New Roman',
  eastAsia: '黑体',
  cs: 'Times New Roman',
};
/** sizes in half-points: 二号 22pt, 三号 16pt, 四号 14pt, 小四 12pt, 五号 10.5pt */
const SIZE = { title: 44, h1: 32, h2: 28, body: 24, table: 21 };
/** A4 width 11906 twips minus 2 × 1800 twips margins */
const TEXT_WIDTH = 8306;

export interface DocxOptions {
  lang: Lang;
  title?: string;
  agency?: string;
}

export async function buildReviewDocx(data: ReviewData, options: DocxOptions): Promise<Buffer> {
  const d: Docx = await import('docx');
  const { lang } = options;
  const en = lang === 'en';
  const t = (zh: string, english: string) => (en ? english : zh);
  const date = (iso: string) => (en ? iso : formatDateZh(iso));
  const money = (n: number) => formatYuan(n, lang);
  const ruleTitles = new Map(
    data.defectsByRule.map((r) => [r.ruleId, r.meta ? pick(r.meta.title, lang) : r.ruleId]),
  );
  /** 一票否决：决定书送达期限、… — the veto items that decided the grade */
  const vetoText = (s: CaseScore) =>
    t('一票否决：', 'Veto: ') +
    [...new Set(s.vetoes.map((f) => ruleTitles.get(f.ruleId) ?? f.ruleId))].join(t('、', '; '));
  const gradeText = (s: CaseScore) =>
    s.pass ? pick(s.grade, lang) : `${pick(s.grade, lang)}\n${vetoText(s)}`;

  const p = (
    text: string,
    opts: { bold?: boolean; align?: 'center' | 'right'; size?: number } = {},
  ): ParagraphT =>
    new d.Paragraph({
      ...(opts.align === 'center' ? { alignment: d.AlignmentType.CENTER } : {}),
      ...(opts.align === 'right' ? { alignment: d.AlignmentType.RIGHT } : {}),
      children: [
        new d.TextRun({
          text,
          ...(opts.bold ? { bold: true } : {}),
          ...(opts.size ? { size: opts.size } : {}),
        }),
      ],
    });
  const h1 = (text: string) =>
    new d.Paragraph({ heading: d.HeadingLevel.HEADING_1, children: [new d.TextRun(text)] });
  const h2 = (text: string) =>
    new d.Paragraph({ heading: d.HeadingLevel.HEADING_2, children: [new d.TextRun(text)] });

  const cell = (text: string, header = false, align?: 'right' | 'center', width?: number): TableCellT =>
    new d.TableCell({
      ...(width ? { width: { size: width, type: d.WidthType.DXA } } : {}),
      ...(header ? { shading: { type: d.ShadingType.CLEAR, color: 'auto', fill: 'E7ECF2' } } : {}),
      margins: { top: 40, bottom: 40, left: 80, right: 80 },
      verticalAlign: d.VerticalAlignTable.CENTER,
      children: text.split('\n').map(
        (line) =>
          new d.Paragraph({
            ...(align === 'right' ? { alignment: d.AlignmentType.RIGHT } : {}),
            ...(align === 'center' || header ? { alignment: d.AlignmentType.CENTER } : {}),
            children: [
              new d.TextRun({
                text: line,
                size: SIZE.table,
                ...(header ? { bold: true, font: HEADING_FONT } : {}),
              }),
            ],
          }),
      ),
    });
  /** `weights` are relative column widths, scaled to the text width of the page */
  const table = (header: string[], rows: string[][], numeric: number[] = [], weights?: number[]): TableT => {
    const w = weights ?? header.map(() => 1);
    const sum = w.reduce((a, b) => a + b, 0);
    const columnWidths = w.map((x) => Math.floor((TEXT_WIDTH * x) / sum));
    return new d.Table({
      width: { size: TEXT_WIDTH, type: d.WidthType.DXA },
      layout: d.TableLayoutType.FIXED,
      columnWidths,
      rows: [
        new d.TableRow({
          tableHeader: true,
          children: header.map((h, i) => cell(h, true, undefined, columnWidths[i])),
        }),
        ...rows.map(
          (r) =>
            new d.TableRow({
              cantSplit: true,
              children: r.map((text, i) =>
                cell(text, false, numeric.includes(i) ? 'right' : undefined, columnWidths[i]),
              ),
            }),
        ),
      ],
    });
  };
  const gap = () => new d.Paragraph({ children: [] });

  const children: (ParagraphT | TableT)[] = [];
  const title =
    options.title ??
    t('生态环境行政处罚案卷评查报告', 'Review report on environmental administrative-penalty case files');
  children.push(
    new d.Paragraph({
      heading: d.HeadingLevel.TITLE,
      alignment: d.AlignmentType.CENTER,
      children: [new d.TextRun(title)],
    }),
  );
  const period = data.period
    ? t(
        `评查期间：${date(data.period.from)}至${date(data.period.to)}`,
        `Period: ${data.period.from} – ${data.period.to}`,
      )
    : t('评查范围：全部案卷', 'Scope: all case files');
  children.push(p(period, { align: 'center' }));
  children.push(
    p(
      t(
        `判断日：${date(data.asOf)}\u3000评分模型：${data.model.id}`,
        `As of ${data.asOf} · scoring model ${data.model.id}`,
      ),
      { align: 'center' },
    ),
  );
  if (options.agency) children.push(p(options.agency, { align: 'center' }));

  // 一、总体情况
  const failed = data.scores.length - data.passed;
  children.push(h1(t('一、总体情况', '1. Overview')));
  children.push(
    p(
      t(
        `本次共评查案卷${data.scores.length}件，其中合格（未触发否决项）${data.passed}件、不合格${failed}件，平均得分${data.averageScore.toFixed(1)}分；` +
          `作出处罚决定${data.decided}件，其中罚款决定${data.finedDecisions}件，罚款合计${money(data.fineTotal)}。` +
          (data.unreadable.length ? `另有${data.unreadable.length}件案卷无法读取，未予评分。` : ''),
        `${data.scores.length} case files reviewed: ${data.passed} passed the veto items, ${failed} failed; average score ${data.averageScore.toFixed(1)}. ` +
          `${data.decided} decisions, ${data.finedDecisions} with a fine, fines in total ${money(data.fineTotal)}.` +
          (data.unreadable.length
            ? ` ${data.unreadable.length} case file(s) could not be read and were not scored.`
            : ''),
      ),
    ),
  );
  children.push(
    table(
      t('案件编号,当事人,违法类型,来源,罚款,得分,等级', 'Case,Party,Type,Source,Fine,Score,Grade').split(','),
      data.scores.map((s) => {
        const c = s.result.summary!;
        return [
          s.case,
          c.party,
          c.violationType ?? t('未分类', 'untyped'),
          c.source,
          c.recordedFine !== undefined ? money(c.recordedFine) : '—',
          String(s.score),
          gradeText(s),
        ];
      }),
      [4, 5],
      [2, 2, 1.25, 1.2, 1.6, 0.75, 1.8],
    ),
  );
  children.push(gap());
  children.push(
    table(
      [t('等级', 'Grade'), t('案卷数', 'Cases')],
      data.byGrade.map((g) => [g.label, String(g.count)]),
      [1],
    ),
  );

  // 二、罚款与案件来源
  children.push(h1(t('二、罚款与案件来源', '2. Fines and case sources')));
  const tallyRows = (m: Record<string, { cases: number; fines: number }>) =>
    Object.entries(m)
      .sort((a, b) => b[1].fines - a[1].fines || b[1].cases - a[1].cases || a[0].localeCompare(b[0]))
      .map(([k, v]) => [k, String(v.cases), money(v.fines)]);
  children.push(h2(t('（一）按违法类型', '2.1 By violation type')));
  children.push(
    table(
      [t('违法类型', 'Type'), t('案卷数', 'Cases'), t('罚款金额', 'Fines')],
      tallyRows(data.byType),
      [1, 2],
    ),
  );
  children.push(h2(t('（二）按案件来源', '2.2 By case source')));
  children.push(
    table(
      [t('案件来源', 'Source'), t('案卷数', 'Cases'), t('罚款金额', 'Fines')],
      tallyRows(data.bySource),
      [1, 2],
    ),
  );

  // 三、问题分布
  children.push(h1(t('三、问题分布', '3. Defects')));
  children.push(h2(t('（一）按评查类别', '3.1 By review category')));
  children.push(
    table(
      t('评查类别,分值,错误,警告,提示,涉及案卷', 'Category,Points,Errors,Warnings,Info,Cases').split(','),
      data.defectsByCategory.map((c) => [
        categoryLabel(c.category, lang),
        String(c.weight),
        String(c.error),
        String(c.warning),
        String(c.info),
        String(c.cases),
      ]),
      [1, 2, 3, 4, 5],
    ),
  );
  children.push(h2(t('（二）按规则', '3.2 By rule')));
  children.push(
    data.defectsByRule.length
      ? table(
          t('检查项目,评查类别,问题数,涉及案卷', 'Check,Category,Findings,Cases').split(','),
          data.defectsByRule.map((r) => [
            r.meta ? pick(r.meta.title, lang) : r.ruleId,
            categoryLabel(r.category, lang),
            String(r.count),
            String(r.cases),
          ]),
          [2, 3],
          [4.6, 1.8, 1, 1],
        )
      : p(t('未发现错误或警告。', 'No errors or warnings.')),
  );

  // 四、优秀案例候选
  children.push(h1(t('四、优秀案例候选', '4. Candidates for 优秀案例 (outstanding cases)')));
  children.push(
    p(
      t(
        `条件：未触发否决项、无错误${data.model.excellent.allowWarnings ? '' : '且无警告'}、得分不低于${data.model.excellent.minScore}分，按得分排序，至多${data.model.excellent.max}件。`,
        `Criteria: no veto, no errors${data.model.excellent.allowWarnings ? '' : ' and no warnings'}, score ≥ ${data.model.excellent.minScore}; best first, at most ${data.model.excellent.max}.`,
      ),
    ),
  );
  children.push(
    data.excellent.length
      ? table(
          t('名次,案件编号,当事人,案由,得分', 'Rank,Case,Party,Cause,Score').split(','),
          data.excellent.map((s, i) => [
            String(i + 1),
            s.case,
            s.result.summary!.party,
            s.result.summary!.cause,
            String(s.score),
          ]),
          [0, 4],
          [0.7, 2.4, 2.4, 4, 0.8],
        )
      : p(t('本期无符合条件的案卷。', 'No case file meets the criteria.')),
  );

  // 五、逐案评查情况
  children.push(h1(t('五、逐案评查情况', '5. Case by case')));
  data.scores.forEach((s, i) => children.push(...caseBlock(s, i)));
  for (const r of data.unreadable) {
    children.push(h2(`${r.file}`));
    children.push(p(t('案卷无法读取，未予评分：', 'The case file could not be read and was not scored:')));
    for (const f of r.findings) children.push(p(`${f.file}:${f.line}:${f.column} ${pick(f.message, lang)}`));
  }

  // 附一：问题定位 — rule ids, lines and JSON pointers, for the person who edits the case file
  children.push(
    h1(t('附一：问题定位（供修改案卷文件时核对）', 'Annex 1: where each finding is in the case file')),
  );
  const located = data.scores.filter((s) => s.result.findings.length > 0);
  if (located.length === 0) children.push(p(t('无。', 'None.')));
  if (data.defectsByRule.length) {
    children.push(h2(t('检查项目与规则编号', 'Checks and rule ids')));
    children.push(
      table(
        t('检查项目,规则编号', 'Check,Rule id').split(','),
        data.defectsByRule.map((r) => [r.meta ? pick(r.meta.title, lang) : r.ruleId, r.ruleId]),
        [],
        [5, 4],
      ),
    );
  }
  for (const s of located) {
    children.push(h2(s.case));
    children.push(
      table(
        t('序号,规则,文件位置,数据路径', 'No.,Rule,Line:column,JSON pointer').split(','),
        sortedFindings(s.result.findings).map((f, i) => [
          String(i + 1),
          [f.ruleId, ...(f.related ?? [])].join(t('、', ', ')),
          `${f.file}:${f.line}:${f.column}`,
          f.path ?? '',
        ]),
        [0],
        [0.6, 3, 3.2, 2.4],
      ),
    );
  }

  // 附二：评分模型
  children.push(h1(t('附二：评分模型说明', 'Annex 2: scoring model')));
  children.push(
    p(
      t(
        '《环境行政处罚案卷评查指南》（环办〔2012〕98号）列明主体合法、事实清楚、证据充分、适用法律正确、程序合法、文书规范、执行到位、归档规范八类评查内容，但其分值、合格线和否决项未能核实（待确认）。本报告采用可配置的默认模型：触发否决项即为不合格；各类别按分值扣分，扣完为止，总分不低于0分。',
        'The 2012 review guide lists eight review categories; its points, pass marks and veto items could not be confirmed (UNCONFIRMED). This report uses a configurable default model: a veto fails the file; each category loses points per finding down to zero.',
      ),
    ),
  );
  children.push(
    p(
      t(
        `扣分：错误${data.model.deduction.error}分/项，警告${data.model.deduction.warning}分/项，提示${data.model.deduction.info}分/项。加分：执法手段丰富（一案采用${data.model.bonus.tools.minTools}种以上执法手段）加${data.model.bonus.tools.points}分，总分不超过满分。等级：${data.model.grades.map((g) => `${pick(g.label, lang)}≥${g.min}`).join('，')}。`,
        `Deductions: error ${data.model.deduction.error}, warning ${data.model.deduction.warning}, info ${data.model.deduction.info} per finding. Bonus: ${data.model.bonus.tools.points} point(s) for using ${data.model.bonus.tools.minTools} or more enforcement tools in one case (执法手段丰富), never above full marks. Grades: ${data.model.grades.map((g) => `${pick(g.label, lang)} ≥ ${g.min}`).join(', ')}.`,
      ),
    ),
  );

  function caseBlock(s: CaseScore, index: number): (ParagraphT | TableT)[] {
    const c = s.result.summary!;
    const out: (ParagraphT | TableT)[] = [];
    out.push(h2(`${en ? `5.${index + 1} ` : `（${index + 1}）`}${s.case}`));
    const decided = c.decidedOnRecord;
    out.push(
      p(
        t(
          `当事人：${c.party}；案由：${c.cause}；来源：${c.source}；${decided ? `决定日期：${date(decided)}；` : '尚未作出决定；'}得分：${s.score}分（${pick(s.grade, lang)}）。`,
          `Party: ${c.party}; cause: ${c.cause}; source: ${c.source}; ${decided ? `decided ${decided}` : 'not decided yet'}; score ${s.score} (${pick(s.grade, lang)}).`,
        ),
      ),
    );
    if (s.tools.length > 0) {
      const names = s.tools.map((tool) => pick(TOOL_LABELS[tool], lang));
      out.push(
        p(
          t(
            `执法手段：${names.join('、')}${s.bonus > 0 ? `（执法手段丰富，加${s.bonus}分）` : ''}。`,
            `Enforcement tools: ${names.join(', ')}${s.bonus > 0 ? ` (several tools: +${s.bonus})` : ''}.`,
          ),
        ),
      );
    }
    if (!s.pass) {
      out.push(
        p(
          t(
            `${vetoText(s)}（共${s.vetoes.length}项；触发否决项的案卷不论得分均为不合格）。`,
            `${vetoText(s)} (${s.vetoes.length} in all; a file with a veto item fails whatever its score).`,
          ),
          { bold: true },
        ),
      );
    }
    out.push(
      table(
        t('评查类别,分值,扣分,得分,问题数', 'Category,Points,Deducted,Score,Findings').split(','),
        s.byCategory.map((b) => [
          categoryLabel(b.category, lang),
          String(b.weight),
          String(b.deducted),
          String(b.score),
          String(b.findings),
        ]),
        [1, 2, 3, 4],
      ),
    );
    if (s.result.coverage)
      out.push(p(`${t('检查范围：', 'Coverage: ')}${coverageLine(s.result.coverage, lang)}`));
    const findings = sortedFindings(s.result.findings);
    if (findings.length) {
      out.push(gap());
      out.push(
        table(
          t('序号,级别,问题,依据,位置', 'No.,Severity,Finding,Basis,Location').split(','),
          findings.map((f, i) => [
            String(i + 1),
            severityLabel(f.severity, lang) + (f.waived ? t('（已豁免）', ' (waived)') : ''),
            pick(f.message, lang),
            citeAll(f.basis, lang),
            describeLocation(c.places, f.path, lang),
          ]),
          [0],
          [0.6, 1, 4.2, 2.6, 1.6],
        ),
      );
    } else {
      out.push(p(t('未发现问题。', 'No findings.')));
    }
    return out;
  }

  const footer = new d.Footer({
    children: [
      new d.Paragraph({
        alignment: d.AlignmentType.CENTER,
        children: en
          ? [
              new d.TextRun({
                children: ['Page ', d.PageNumber.CURRENT, ' of ', d.PageNumber.TOTAL_PAGES],
                size: 18,
              }),
            ]
          : [
              new d.TextRun({
                children: ['第 ', d.PageNumber.CURRENT, ' 页 共 ', d.PageNumber.TOTAL_PAGES, ' 页'],
                size: 18,
              }),
            ],
      }),
    ],
  });
  const header = new d.Header({
    children: [
      new d.Paragraph({
        alignment: d.AlignmentType.RIGHT,
        children: [new d.TextRun({ text: title, size: 18, color: '666666' })],
      }),
    ],
  });

  const doc = new d.Document({
    creator: 'caselint',
    title,
    description: t('案卷评查报告', 'Case-file review report'),
    styles: {
      default: {
        document: {
          run: {
            font: BODY_FONT,
            size: SIZE.body,
            // LibreOffice picks the CJK face by this language; without it a Japanese face is used
            language: { value: en ? 'en-US' : 'zh-CN', eastAsia: 'zh-CN' },
          },
          paragraph: { spacing: { line: 360 } },
        },
        title: {
          run: { font: HEADING_FONT, size: SIZE.title, bold: false, color: '000000' },
          paragraph: { spacing: { after: 240 } },
        },
        heading1: {
          run: { font: HEADING_FONT, size: SIZE.h1, bold: false, color: '000000' },
          paragraph: { spacing: { before: 360, after: 120 }, keepNext: true },
        },
        heading2: {
          run: { font: HEADING_FONT, size: SIZE.h2, bold: false, color: '000000' },
          paragraph: { spacing: { before: 240, after: 120 }, keepNext: true },
        },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: 11906, height: 16838 },
            margin: { top: 1440, bottom: 1440, left: 1800, right: 1800, header: 851, footer: 992 },
          },
        },
        headers: { default: header },
        footers: { default: footer },
        children,
      },
    ],
  });
  return d.Packer.toBuffer(doc);
}
