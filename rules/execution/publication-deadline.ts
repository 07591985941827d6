import { notChecked } from '../../src/engine/coverage.js';
import type { Gap, LegalBasis, Rule, RuleFinding } from '../../src/engine/types.js';
import { basis, checkPeriod, decisionEvent, envVersion, firstOnOrAfter, isOpen, cite } from './support.js';

/**
 * 处罚决定公开: under the 2023 measures the decision is disclosed within 7 days of being made (生态环境行政处罚办法
 * 2023 §61, §65; working days by §90). The 2010 measures (§72) require disclosure without a period: a closed case
 * with no disclosure record is reported. Decisions not to penalise are left out. Simple-procedure decisions are
 * included only with the option `includeSimpleProcedure` (whether §61 reaches them is not confirmed).
 */
const PUBLICATION_DATE: Gap = {
  fact: 'publication-date',
  kind: 'not-recorded',
  label: { zh: '处罚决定的公开日期', en: 'the disclosure date of the decision' },
  path: '/timeline',
};

export const rule: Rule = {
  meta: {
    id: 'execution/publication-deadline',
    title: { zh: '处罚决定信息公开及期限', en: 'Disclosure of the decision on time' },
    description: {
      zh: '生态环境行政处罚决定应依法公开；2023年7月1日起应在决定作出之日起7个工作日内公开，此前（2010年办法）须公开但无期限。只有部分记录时，记录了公开日期的照常检查，未记录公开的列为未检查。',
      en: 'Penalty decisions are disclosed; from 2023-07-01 within 7 working days of the decision, before that (2010 measures) without a set period. On a partial record a disclosure recorded with its date is checked; an unrecorded one is reported as not checked.',
    },
    severity: 'error',
    category: '程序合法',
    // runs on a partial record too: a disclosure recorded with its date is checked, an unrecorded one is coverage
    basis: [
      basis('env-penalty-measures', '2023', 65),
      basis('env-penalty-measures', '2023', 61),
      basis('env-penalty-measures', '2010', 72),
    ],
    candidates: ['ENV-PUB-001'],
    options: {
      includeSimpleProcedure: {
        description: {
          zh: '是否也检查简易程序决定的公开（默认否：未确认2023年办法第六十一条是否适用于当场处罚）',
          en: 'Also check disclosure of simple-procedure decisions (default false: whether 2023 art. 61 covers them is unconfirmed)',
        },
        default: false,
        type: 'boolean',
      },
    },
  },
  check(c, ctx) {
    if (c.data.penalty.no_penalty) return [];
    if (c.data.case.procedure === 'simple' && ctx.options.includeSimpleProcedure !== true) return [];
    const decision = decisionEvent(c);
    if (!decision) return c.undated.some((u) => u.event === 'decision') ? [notChecked('decision-date')] : [];
    const env = envVersion(ctx, decision.date);
    const published = firstOnOrAfter(c, 'published', decision.date);
    // a disclosure missing from a partial record, or recorded without its day, is not recorded: not checked
    if (!published && (c.record === 'partial' || c.undated.some((u) => u.event === 'published')))
      return env === '2023' || env === '2010' ? [notChecked(PUBLICATION_DATE)] : [];
    if (env === '2023') {
      const bases: LegalBasis[] = [
        basis('env-penalty-measures', '2023', 65),
        basis('env-penalty-measures', '2023', 90),
      ];
      return checkPeriod(c, ctx, {
        label: { zh: '处罚决定公开期限', en: 'Disclosure of the decision' },
        from: decision.date,
        due: ctx.calendar.add(decision.date, 7, 'workday').to,
        unit: 'workday',
        done: published?.date,
        path: published ? `${published.pointer}/date` : decision.pointer,
        bases,
        advice: {
          zh: '自决定作出之日起7个工作日内公开（依法不予公开的除外）',
          en: 'Disclose within 7 working days of the decision unless an exception applies',
        },
        missing: { zh: '未见公开记录', en: 'no disclosure is recorded' },
      }).map((f) => ({ ...f, basis: bases }));
    }
    if (env === '2010' && !published && !isOpen(c)) {
      const bases = [basis('env-penalty-measures', '2010', 72)];
      const law = cite(ctx, bases);
      // the 2010 measures set no period: an unrecorded disclosure needs a human look
      const finding: RuleFinding = {
        path: decision.pointer,
        basis: bases,
        severity: 'warning',
        message: {
          zh: `案件已${c.data.case.status === 'terminated' ? '终止' : '结案'}，处罚决定未见公开记录（${law.zh}）`,
          en: `The case is closed but the decision's disclosure is not recorded (${law.en})`,
        },
        suggestion: {
          zh: '公开处罚决定，或记明依法不予公开的理由（可用豁免 waiver）',
          en: 'Disclose the decision or record the legal exception (as a waiver)',
        },
      };
      return [finding];
    }
    return [];
  },
};
