/**
 * Hand-made lint runs for the output tests: the printing-vocs fixture case as loaded (with findings a rule
 * could give), an open copy with pending and overdue deadlines, and a case file that could not be read.
 * Built from the contracts only, so the formatters are tested without the engine.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';
import type { CaseData } from '../../src/model/case-data.js';
import type { Case } from '../../src/model/case.js';
import type { LintRun, CaseResult } from '../../src/engine/run-types.js';
import type { Finding, RuleMeta } from '../../src/engine/types.js';
import { fromRoot } from '../../src/paths.js';
import { summariseCase } from '../../src/report/summary.js';

export const FIXTURE = 'fixtures/cases/printing-vocs/case.yaml';

export function toCase(data: CaseData, file: string): Case {
  return {
    data,
    record: 'dossier',
    undated: [],
    known: new Set(['/officers']),
    procedureShown: true,
    agencyKind: 'ecology-environment',
    approx: new Map(),
    unresolvedRefs: [],
    id: data.case.number,
    dir: dirname(fromRoot(file)),
    file,
    timeline: data.timeline.map((e, index) => ({ ...e, index, pointer: `/timeline/${index}` })),
    violated: [],
    basis: [],
    dates: {
      act: data.violation.ended_on ?? data.violation.started_on,
      discovered: data.violation.discovered_on,
      filed: data.timeline.find((e) => e.event === 'filing-approved')?.date,
      decided: data.timeline.find((e) => e.event === 'decision')?.date,
    },
  };
}

export function fixtureData(): CaseData {
  return parse(readFileSync(fromRoot(FIXTURE), 'utf8')) as CaseData;
}

export const RULES: RuleMeta[] = [
  {
    id: 'procedure/decision-time-limit',
    title: { zh: '办案期限', en: 'Case-handling time limit' },
    description: {
      zh: '立案之日起的办案期限内作出处罚决定；延长须经批准。',
      en: 'Decide within the handling limit counted from filing; extensions need approval.',
    },
    severity: 'error',
    category: '程序合法',
    basis: [{ law: 'env-penalty-measures', version: '2023', article: 57 }],
  },
  {
    id: 'execution/publication-deadline',
    title: { zh: '处罚决定公开期限', en: 'Publication of the decision' },
    description: {
      zh: '处罚决定书作出之日起七个工作日内公开。',
      en: 'Publish the decision within 7 working days.',
    },
    severity: 'warning',
    category: '执行到位',
    basis: [{ law: 'env-penalty-measures', version: '2023', article: 65 }],
  },
  {
    id: 'doc/decision-contents',
    title: { zh: '处罚决定书内容', en: 'Contents of the decision' },
    description: { zh: '决定书载明法定事项。', en: 'The decision states the required items.' },
    severity: 'warning',
    category: '文书规范',
    basis: [{ law: 'admin-penalty-law', version: '2017', article: 39 }],
  },
];

function finding(partial: Partial<Finding> & Pick<Finding, 'ruleId' | 'case' | 'file' | 'message'>): Finding {
  return {
    severity: 'warning',
    category: '程序合法',
    line: 1,
    column: 1,
    basis: [],
    ...partial,
  };
}

export function sampleRun(): LintRun {
  const closedData = fixtureData();
  const closed = toCase(closedData, FIXTURE);
  const openData = fixtureData();
  openData.case.number = '沪普环罚〔2026〕7号';
  openData.case.status = 'open';
  openData.case.source = '信访';
  openData.violation.type = '水';
  openData.penalty.fine = 120000;
  openData.timeline = openData.timeline
    .filter((e) => ['clue-received', 'inspection', 'filing-approved', 'inquiry'].includes(e.event))
    .map((e) => ({ ...e, date: e.date.replace('2020-08', '2026-09') }));
  const openFile = 'cases/open-water/case.yaml';
  const open = toCase(openData, openFile);
  const pipeCase = '沪普环罚〔2020〕12号';
  const closedFindings: Finding[] = [
    finding({
      ruleId: 'doc/decision-contents',
      case: pipeCase,
      file: FIXTURE,
      line: 212,
      column: 5,
      path: '/timeline/13',
      category: '文书规范',
      basis: [{ law: 'admin-penalty-law', version: '2017', article: 39, paragraph: 1, item: 2 }],
      message: {
        zh: '决定书未载明陈述申辩的采纳情况, 含逗号: 冒号 与 100% "引号" <标签> & 符号',
        en: 'The decision does not state whether the statement was adopted, 100% <tags> & "quotes"',
      },
    }),
    finding({
      ruleId: 'execution/publication-deadline',
      case: pipeCase,
      file: FIXTURE,
      line: 220,
      column: 5,
      path: '/timeline/15',
      category: '执行到位',
      basis: [{ law: 'env-penalty-measures', version: '2023', article: 65 }],
      message: { zh: '公开晚于期限', en: 'Published late' },
      waived: { reason: '系统故障延迟公开', approved_by: '周海峰', date: '2020-10-21' },
    }),
  ];
  const openFindings: Finding[] = [
    finding({
      ruleId: 'procedure/decision-time-limit',
      case: open.id,
      file: openFile,
      line: 180,
      column: 3,
      path: '/timeline',
      severity: 'info',
      basis: [{ law: 'env-penalty-measures', version: '2023', article: 57, paragraph: 1 }],
      message: { zh: '办案期限将于2026年12月20日届满', en: 'The handling limit ends on 2026-12-20' },
      deadline: {
        label: { zh: '作出处罚决定（90日）', en: 'Decision (90 days)' },
        from: '2026-09-21',
        due: '2026-12-20',
        status: 'pending',
      },
    }),
    finding({
      ruleId: 'execution/publication-deadline',
      case: open.id,
      file: openFile,
      line: 9,
      column: 3,
      path: '/case/status',
      severity: 'error',
      category: '执行到位',
      basis: [{ law: 'env-penalty-measures', version: '2023', article: 65 }],
      message: { zh: '责令改正期限已过', en: 'The correction deadline has passed' },
      deadline: {
        label: { zh: '复查改正情况', en: 'Re-inspect the correction' },
        due: '2026-11-02',
        status: 'overdue',
      },
    }),
  ];
  const broken: CaseResult = {
    file: 'cases/broken/case.yaml',
    findings: [
      finding({
        ruleId: 'input/yaml-syntax',
        case: 'broken',
        file: 'cases/broken/case.yaml',
        line: 4,
        column: 7,
        severity: 'error',
        category: 'input',
        message: { zh: 'YAML 语法错误：缩进不一致', en: 'YAML syntax error: bad indentation' },
      }),
    ],
  };
  const results: CaseResult[] = [
    {
      file: FIXTURE,
      caseId: closed.id,
      case: closed,
      summary: summariseCase(closed),
      findings: closedFindings,
    },
    { file: openFile, caseId: open.id, case: open, summary: summariseCase(open), findings: openFindings },
    broken,
  ];
  const all = results.flatMap((r) => r.findings).filter((f) => !f.waived);
  return {
    results,
    rules: RULES,
    asOf: '2026-11-28',
    errorCount: all.filter((f) => f.severity === 'error').length,
    warningCount: all.filter((f) => f.severity === 'warning').length,
    infoCount: all.filter((f) => f.severity === 'info').length,
    fatalInputError: false,
    durationMs: 42,
  };
}

export const repoFile = (...p: string[]): string => join(fromRoot(), ...p);
