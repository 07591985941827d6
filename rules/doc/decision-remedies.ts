/**
 * The decision states how and by when to pay (15 days from receipt: 行政处罚法 2021 §67(3), 2017 §46(3)) and the
 * remedies with their periods and bodies (§59(1)(4)–(5); 2017 §39(4)–(5)): reconsideration within 60 days
 * (行政复议法 2017 §9, 2023 §20) and suit within 6 months (行政诉讼法 §46). From 2024-01-01 (by the decision
 * date) a local department's decision is reviewed by the same-level people's government only (行政复议法 2023
 * §24(1)(1)); the 2017 choice of the higher department (§12(1)) is gone, so a decision that still offers it is wrong.
 */
import type { Case } from '../../src/model/case.js';
import { caseDate } from '../shared/law.js';
import type { LegalBasis, Rule, RuleContext, RuleFinding } from '../../src/engine/types.js';
import { APL, aplVersion, basis, compact, textsOf, withBasis } from './support.js';
import { printable } from '../../src/text/printable.js';

const CN = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 15 → 十五; 60 → 六十; 6 → 六 (up to 99) */
function smallChinese(n: number): string {
  if (n < 10) return CN[n] ?? String(n);
  const tens = Math.floor(n / 10);
  return `${tens === 1 ? '' : (CN[tens] ?? '')}十${n % 10 ? (CN[n % 10] ?? '') : ''}`;
}

function mentionsPeriod(text: string, n: number, unit: '日' | '个月'): boolean {
  const forms = [`${n}${unit}`, `${smallChinese(n)}${unit}`];
  if (unit === '日') forms.push(`${n}天`, `${smallChinese(n)}天`);
  if (unit === '个月') forms.push(`${n}月内`, `${smallChinese(n)}月内`);
  return forms.some((f) => text.includes(f));
}

/**
 * A department named as a reconsideration body in the text (向上海市生态环境局申请行政复议), or undefined. The
 * ministry itself reviews its own decisions (行政复议法 2023 §25(1)), so a decision of 生态环境部 is left alone.
 */
export function departmentAsBody(text: string, agency: string): string | undefined {
  if (/^(中华人民共和国)?生态环境部/.test(agency)) return undefined;
  for (const m of text.matchAll(/向([^。；，,;]{2,80}?)申请(?:行政)?复议/g)) {
    for (const body of (m[1] ?? '').split(/或者|或|、|和/)) {
      if (/人民政府/.test(body)) continue;
      if (/(生态环境|环境保护)(局|厅|部)|主管部门|上一级/.test(body)) return body;
    }
  }
  return undefined;
}

export const rule: Rule = {
  meta: {
    id: 'doc/decision-remedies',
    title: { zh: '决定书缴款期限与救济途径', en: 'Payment period and remedies in the decision' },
    description: {
      zh: '处罚决定书应写明自收到决定书之日起十五日内缴纳罚款，以及申请行政复议（六十日内，写明复议机关）和提起行政诉讼（六个月内）的途径和期限，且与案卷记录一致；2024年1月1日起作出的决定，复议机关为本级人民政府，不得再写上一级主管部门。',
      en: 'The decision must state payment within 15 days of receipt, and the remedies: reconsideration within 60 days (naming the body) and suit within 6 months, as recorded; from 2024-01-01 the body is the same-level people’s government, not the higher department.',
    },
    severity: 'error',
    category: '文书规范',
    needs: ['procedure-record', 'case-date'],
    basis: [
      basis(APL, '2021', 59, 1, 5),
      basis(APL, '2021', 67, 3),
      basis(APL, '2017', 39, 1, 5),
      basis(APL, '2017', 46, 3),
      basis('reconsideration-law', '2023', 24, 1, 1),
    ],
    needsAttachments: true,
  },
  check(c: Case, ctx: RuleContext): RuleFinding[] {
    const date = caseDate(c);
    const v2021 = aplVersion(ctx, date) === '2021';
    const pay: LegalBasis[] = v2021
      ? [basis(APL, '2021', 59, 1, 4), basis(APL, '2021', 67, 3)]
      : [basis(APL, '2017', 39, 1, 4), basis(APL, '2017', 46, 3)];
    const remedy: LegalBasis[] = [
      v2021 ? basis(APL, '2021', 59, 1, 5) : basis(APL, '2017', 39, 1, 5),
      date >= '2024-01-01'
        ? basis('reconsideration-law', '2023', 20)
        : basis('reconsideration-law', '2017', 9),
      basis('litigation-law', '2017', 46),
    ];
    const p = c.data.penalty;
    const onTheSpot = c.data.case.procedure === 'simple';
    const findings: RuleFinding[] = [];
    for (const d of textsOf(c, ctx, 'decision')) {
      const text = compact(d.text);
      const miss = (zh: string, en: string, path: string, b: LegalBasis[]) =>
        findings.push({
          message: withBasis(
            ctx,
            {
              zh: `决定书（${printable(d.info.file)}）未写明${zh}`,
              en: `The decision (${printable(d.info.file)}) does not state ${en}`,
            },
            b,
          ),
          path,
          file: d.info.file,
          basis: b,
          suggestion: { zh: `在决定书中写明${zh}`, en: `State ${en} in the decision` },
        });
      if (p.kinds.includes('fine') && (p.fine ?? 0) > 0) {
        const days = p.payment_days ?? 15;
        if (!mentionsPeriod(text, days, '日') || !/缴纳|缴款|缴至|交纳/.test(text)) {
          miss(
            `${smallChinese(days)}日内缴纳罚款的期限`,
            `payment within ${days} days`,
            '/penalty/payment_days',
            pay,
          );
        }
      }
      const r = p.remedies ?? {};
      const reconDays = r.reconsideration_days ?? 60;
      if (!/复议/.test(text) || !mentionsPeriod(text, reconDays, '日')) {
        miss(
          `${smallChinese(reconDays)}日内申请行政复议的途径和期限`,
          `reconsideration within ${reconDays} days`,
          '/penalty/remedies',
          remedy,
        );
      }
      if (r.reconsideration_body) {
        const bodies = r.reconsideration_body
          .split(/或者|或|、/)
          .map((s) => compact(s))
          .filter(Boolean);
        if (!bodies.every((body) => text.includes(body)))
          miss(
            `复议机关“${r.reconsideration_body}”`,
            `the reconsideration body "${r.reconsideration_body}"`,
            '/penalty/remedies/reconsideration_body',
            remedy,
          );
      }
      if (date >= '2024-01-01') {
        const department = departmentAsBody(text, c.data.case.agency);
        if (department) {
          const b = [basis('reconsideration-law', '2023', 24, 1, 1)];
          findings.push({
            message: withBasis(
              ctx,
              {
                zh: `决定书（${printable(d.info.file)}）写明可向“${department}”申请行政复议；2024年1月1日起，对地方生态环境部门的决定不服的，复议机关为本级人民政府`,
                en: `The decision (${printable(d.info.file)}) names "${department}" as a reconsideration body; from 2024-01-01 reconsideration of a local environment department's decision lies with the same-level people's government`,
              },
              b,
            ),
            path: '/penalty/remedies/reconsideration_body',
            file: d.info.file,
            basis: b,
            suggestion: {
              zh: '复议机关只写本级人民政府，删去上一级主管部门',
              en: 'Name only the same-level people’s government; drop the higher department',
            },
          });
        }
      }
      const months = r.litigation_months ?? 6;
      // from 2024-01-01 an on-the-spot penalty goes to reconsideration first (行政复议法 2023 §23(1)(1), §23(2)):
      // there is no direct 6-month suit to state (execution/remedy-statement checks the reconsideration-first text)
      const reconsiderationFirst = onTheSpot && date >= '2024-01-01';
      if (!reconsiderationFirst && (!/诉讼/.test(text) || !mentionsPeriod(text, months, '个月'))) {
        miss(
          `${smallChinese(months)}个月内提起行政诉讼的途径和期限`,
          `suit within ${months} months`,
          '/penalty/remedies',
          remedy,
        );
      }
      if (r.court && !text.includes(compact(r.court)))
        miss(`管辖法院“${r.court}”`, `the court "${r.court}"`, '/penalty/remedies/court', remedy);
    }
    return findings;
  },
};
