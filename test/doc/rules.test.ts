import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { AttachmentIndex, AttachmentInfo, Rule } from '../../src/engine/types.js';
import type { CaseData } from '../../src/model/case-data.js';
import { fromRoot } from '../../src/paths.js';
import { rule as decisionFine } from '../../rules/doc/decision-fine.js';
import { rule as decisionNumber } from '../../rules/doc/decision-number.js';
import { departmentAsBody, rule as decisionRemedies } from '../../rules/doc/decision-remedies.js';
import { rule as decisionCitations } from '../../rules/doc/decision-citations.js';
import { rule as decisionParty } from '../../rules/doc/decision-party.js';
import { rule as decisionSeal } from '../../rules/doc/decision-seal.js';
import { rule as textNotCheckable } from '../../rules/doc/text-not-checkable.js';
import { rule as unreadable } from '../../rules/doc/unreadable-document.js';
import { rule as priorNoticeContent } from '../../rules/doc/prior-notice-content.js';
import { loadFixture } from '../../src/engine/fixture.js';
import { buildCase, makeContext, runFixture } from '../helpers.js';

const base = parse(
  readFileSync(fromRoot('fixtures', 'cases', 'printing-vocs', 'case.yaml'), 'utf8'),
) as CaseData;

function run(rule: Rule, decision: Partial<AttachmentInfo>, change: (d: CaseData) => void = () => undefined) {
  const data = structuredClone(base);
  change(data);
  const info: AttachmentInfo = {
    id: 'decision',
    file: 'decision.pdf',
    status: 'ok',
    textStatus: 'ok',
    ...decision,
  };
  const attachments: AttachmentIndex = { byId: new Map([['decision', info]]), unlisted: [] };
  return rule.check(buildCase(data), makeContext({ attachments }));
}

describe('doc/decision-fine', () => {
  it('accepts other amounts around the fine', () => {
    const text = '没收违法所得人民币伍仟元整、罚款人民币3万元。\n罚款人民币叁万元整（¥30,000）。';
    expect(run(decisionFine, { text })).toEqual([]);
  });
  it('locates a figure that contradicts the capitals', () => {
    const findings = run(decisionFine, { text: '决定如下：\n罚款人民币叁万元整（¥35,000）。' });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ file: 'decision.pdf', line: 2, column: 11 });
  });
  // 行政处罚法 2021 §59 ¶1(3) “行政处罚的种类和依据”: capitals are not demanded
  it('accepts a decision that gives the fine only in figures', () => {
    expect(run(decisionFine, { text: '罚款30,000元。' })).toEqual([]);
    expect(run(decisionFine, { text: '处罚款人民币30000元整。' })).toEqual([]);
  });
  it('accepts a decision that gives the fine in ordinary numerals (并处三万元罚款)', () => {
    expect(run(decisionFine, { text: '责令改正违法行为，并处三万元罚款。' })).toEqual([]);
  });
  it('reports a decision whose ordinary numerals state another amount', () => {
    const findings = run(decisionFine, { text: '责令改正违法行为，并处二万元罚款。' });
    expect(findings).toHaveLength(1);
    expect(findings[0]?.message.zh).toContain('未载明记录的罚款金额');
  });
  it('reports a decision whose figures state another amount and no capitals', () => {
    const findings = run(decisionFine, { text: '罚款35,000元。' });
    expect(findings).toHaveLength(1);
    expect(findings[0]?.message.zh).toContain('未载明记录的罚款金额');
  });
});

describe('doc/decision-citations', () => {
  it('accepts laws written without 《》', () => {
    const text = '违反了大气污染防治法第四十五条的规定。依据大气污染防治法第一百零八条第一项的规定';
    expect(run(decisionCitations, { text })).toEqual([]);
  });
  it('binds each article to the law named before it', () => {
    const text =
      '违反了《中华人民共和国大气污染防治法》第一百零八条第一项的规定，依据《中华人民共和国行政处罚法》第四十五条';
    const findings = run(decisionCitations, { text });
    expect(findings.map((f) => f.path)).toEqual(['/violation/violated/0']);
  });
});

describe('doc/decision-citations: paragraphs', () => {
  const firstParagraph = (d: CaseData) => {
    d.violation.basis = [{ law: '《中华人民共和国大气污染防治法》', cite: '第一百零八条第一款第（一）项' }];
  };
  const violated = '违反了《中华人民共和国大气污染防治法》第四十五条的规定。';
  it('takes 第一百零八条第（一）项 for the first paragraph’s item', () => {
    const text = `${violated}依据《中华人民共和国大气污染防治法》第一百零八条第（一）项`;
    expect(run(decisionCitations, { text }, firstParagraph)).toEqual([]);
  });
  it('still reports another paragraph', () => {
    const text = `${violated}依据《中华人民共和国大气污染防治法》第一百零八条第二款第（一）项`;
    expect(run(decisionCitations, { text }, firstParagraph).map((f) => f.path)).toEqual([
      '/violation/basis/0',
    ]);
  });
});

describe('doc/decision-remedies: on-the-spot decisions from 2024', () => {
  const text =
    '罚款人民币叁万元整。你单位应当自收到本决定书之日起十五日内缴纳罚款。如不服本决定，应当先在收到本决定书之日起六十日内向上海市普陀区人民政府申请行政复议，对复议决定不服的，可以依法提起行政诉讼。';
  const onTheSpot2024 = (d: CaseData) => {
    d.case.procedure = 'simple';
    const e = d.timeline.find((x) => x.event === 'decision');
    if (e) e.date = '2024-03-04';
    d.penalty.remedies = { reconsideration_body: '上海市普陀区人民政府' };
  };
  it('asks no 6-month direct suit (reconsideration first, 行政复议法 2023 §23(1)(1))', () => {
    expect(run(decisionRemedies, { text }, onTheSpot2024).map((f) => f.message.en)).toEqual([]);
  });
  it('still asks it of a general-procedure decision', () => {
    const general = (d: CaseData) => {
      onTheSpot2024(d);
      d.case.procedure = 'general';
    };
    expect(
      run(decisionRemedies, { text }, general)
        .map((f) => f.message.en)
        .join(),
    ).toMatch(/6 months/);
  });
});

describe('doc/decision-seal', () => {
  const text = '上海市普陀区生态环境局\n行政处罚决定书\n……\n上海市普陀区生态环境局\n2020年10月13日';
  const sealed = (value: boolean | undefined) => (d: CaseData) => {
    const doc = d.documents?.find((x) => x.id === 'decision');
    if (doc) doc.sealed = value;
  };
  it('warns (not errs) when the text shows no seal mark and the record has not confirmed the seal', () => {
    const findings = run(decisionSeal, { text }, sealed(undefined));
    expect(findings.map((f) => f.severity)).toEqual(['warning']);
  });
  it('accepts a seal confirmed in the record (the seal is an image)', () => {
    expect(run(decisionSeal, { text }, sealed(true))).toEqual([]);
  });
  it('errs when the record says unsealed', () => {
    const findings = run(decisionSeal, { text: `${text}（印章）` }, sealed(false));
    expect(findings.map((f) => f.severity)).toEqual([undefined]);
    expect(findings[0]?.path).toMatch(/\/sealed$/);
  });
});

describe('doc/decision-party', () => {
  it('folds half- and full-width brackets and spaces', () => {
    const text = '当事人：上海华彩包装印刷有限公司 统一社会信用代码：91310107MA1FL3X72Q';
    expect(run(decisionParty, { text }, (d) => (d.party.name = '上海华彩包装印刷有限公司'))).toEqual([]);
    const named = '当事人：上海华彩（集团）有限公司 统一社会信用代码：91310107 MA1FL3X72Q';
    expect(run(decisionParty, { text: named }, (d) => (d.party.name = '上海华彩(集团)有限公司'))).toEqual([]);
  });
});

describe('attachment states', () => {
  it('reports a scanned decision as not checkable (info), never silently', () => {
    const findings = run(textNotCheckable, { textStatus: 'scanned', textNote: { zh: '扫描件', en: 'scan' } });
    expect(findings).toHaveLength(1);
    expect(findings[0]?.file).toBe('decision.pdf');
    expect(run(decisionFine, { textStatus: 'scanned' })).toEqual([]);
  });
  it('reports a hostile file with its note', () => {
    const findings = run(unreadable, {
      textStatus: 'bomb',
      textNote: { zh: '疑似压缩炸弹', en: 'zip bomb' },
    });
    expect(findings[0]?.message.zh).toContain('疑似压缩炸弹');
    expect(findings[0]?.file).toBe('decision.pdf');
  });
});

describe('departmentAsBody (行政复议法 2023 §24(1)(1))', () => {
  it.each([
    ['向上海市普陀区人民政府申请行政复议', '上海市普陀区生态环境局', undefined],
    ['向上海市普陀区人民政府或者上海市生态环境局申请行政复议', '上海市普陀区生态环境局', '上海市生态环境局'],
    ['向本局的上一级主管部门或者本级人民政府申请复议', '上海市普陀区生态环境局', '本局的上一级主管部门'],
    ['向生态环境部申请行政复议', '生态环境部', undefined],
    [
      '本决定由上海市普陀区生态环境局作出。如不服，可以向上海市普陀区人民政府申请行政复议',
      '上海市普陀区生态环境局',
      undefined,
    ],
  ])('%s', (text, agency, expected) => {
    expect(departmentAsBody(text, agency)).toBe(expected);
  });
});

describe('doc/prior-notice-content: which kinds call for the hearing sentence', () => {
  function runNotice(date: string, kinds: CaseData['penalty']['kinds']) {
    const data = structuredClone(base);
    const notice = data.timeline.find((e) => e.event === 'prior-notice-served');
    if (!notice) throw new Error('no prior notice in the base case');
    notice.date = date;
    notice.proposed = { kinds };
    const info: AttachmentInfo = {
      id: 'prior-notice',
      file: 'prior-notice.docx',
      status: 'ok',
      textStatus: 'ok',
      text: '行政处罚事先告知书\n你单位有权进行陈述和申辩。',
    };
    const attachments: AttachmentIndex = { byId: new Map([['prior-notice', info]]), unlisted: [] };
    return priorNoticeContent.check(buildCase(data), makeContext({ attachments }));
  }
  it('限制开展生产经营活动 needs it from 2023-07-01 (生态环境行政处罚办法 2023 §46), not under 行政处罚法 2021 §63 alone', () => {
    expect(runNotice('2022-09-01', ['restrict-production'])).toEqual([]);
    const found = runNotice('2023-07-03', ['restrict-production']);
    expect(found.map((f) => f.message.zh).join()).toMatch(/听证/);
  });
  it('责令停产停业 needs it under both texts', () => {
    expect(runNotice('2020-09-28', ['suspend-business']).length).toBeGreaterThan(0);
    expect(runNotice('2022-09-01', ['suspend-business']).length).toBeGreaterThan(0);
  });
});

describe('doc/decision-number: the basis the texts support', () => {
  const fixture = (name: string) =>
    loadFixture(fromRoot('fixtures', 'rules', 'doc', 'decision-number', name));

  // 行政处罚法 2021 §59 / 2017 §39 and the measures' decision contents do not list a 文号: never an error
  it('a 2020 decision whose number differs from the record is advice (info) without a legal basis', async () => {
    const findings = await runFixture(decisionNumber, await fixture('fail-number'));
    expect(findings.map((f) => [f.severity, f.basis])).toEqual([['info', []]]);
    expect(findings[0]?.message.zh).toContain(
      '未载明记录的文号 沪普环罚〔2020〕12号，文中为 沪普环罚〔2020〕21号',
    );
    expect(findings[0]?.message.zh).toContain('法律未规定决定书须载明文号');
  });

  it('a decision from 2023-07-01 is a warning under the disclosure article (生态环境行政处罚办法 2023 §62)', async () => {
    const findings = await runFixture(decisionNumber, await fixture('fail-2023-number.yaml'));
    expect(findings.map((f) => [f.severity, f.basis])).toEqual([
      ['warning', [{ law: 'env-penalty-measures', version: '2023', article: 62 }]],
    ]);
    expect(findings[0]?.message.zh).toContain('生态环境行政处罚办法(2023)第六十二条');
  });

  it('cites no article of 行政处罚法 and is not an error by default', () => {
    expect(decisionNumber.meta.severity).toBe('warning');
    expect(decisionNumber.meta.basis.some((b) => b.law === 'admin-penalty-law')).toBe(false);
  });
});
