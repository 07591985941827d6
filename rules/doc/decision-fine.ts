/**
 * The fine in the decision equals the recorded fine, and where it is written both in 大写 and in figures the two
 * forms agree: 行政处罚法 2021 §59 ¶1(3) (2017 §39(3)) — the kind and basis of the penalty are part of the decision;
 * capitals are a drafting custom, not a legal requirement.
 */
import type { Case } from '../../src/model/case.js';
import { caseDate } from '../shared/law.js';
import type { Rule, RuleContext, RuleFinding } from '../../src/engine/types.js';
import { findAmounts, formatArabicYuan, formatCapitalYuan } from '../../src/text/numerals.js';
import { APL, aplVersion, basis, position, textsOf, withBasis } from './support.js';
import { printable } from '../../src/text/printable.js';

/** a figure written right after the capital, e.g. 人民币叁万元整（¥30,000） */
const ADJACENT = 12;

export const rule: Rule = {
  meta: {
    id: 'doc/decision-fine',
    title: {
      zh: '决定书罚款金额（大写与数字）与记录一致',
      en: 'Fine in the decision (capitals and figures) matches the record',
    },
    description: {
      zh: '处罚决定书应载明记录的罚款金额。法律不要求大写：只用阿拉伯数字书写的不是问题；同时写大写和数字的，两者应一致，大写金额应与记录的罚款一致，大写书写不规范的也予以指出。',
      en: 'The decision must state the recorded fine. The law does not demand capitals, so figures alone are fine; where both capitals and figures are written they must agree, capitals must equal the recorded fine, and malformed capitals are reported.',
    },
    severity: 'error',
    category: '文书规范',
    needs: ['procedure-record', 'case-date'],
    basis: [basis(APL, '2021', 59, 1, 3), basis(APL, '2017', 39, 1, 3)],
    needsAttachments: true,
  },
  check(c: Case, ctx: RuleContext): RuleFinding[] {
    const fine = c.data.penalty.fine;
    if (!c.data.penalty.kinds.includes('fine') || fine === undefined || fine <= 0) return [];
    const date = caseDate(c);
    const b = [
      aplVersion(ctx, date) === '2021' ? basis(APL, '2021', 59, 1, 3) : basis(APL, '2017', 39, 1, 3),
    ];
    const findings: RuleFinding[] = [];
    for (const d of textsOf(c, ctx, 'decision')) {
      const amounts = findAmounts(d.text);
      const capitals = amounts.filter((a) => a.kind === 'capital');
      const at = (index: number) => ({ file: d.info.file, ...position(d.text, index) });
      const push = (zh: string, en: string, index?: number) =>
        findings.push({
          message: withBasis(
            ctx,
            {
              zh: `决定书（${printable(d.info.file)}）${zh}`,
              en: `The decision (${printable(d.info.file)}) ${en}`,
            },
            b,
          ),
          path: '/penalty/fine',
          ...(index === undefined ? { file: d.info.file } : at(index)),
          basis: b,
          suggestion: {
            zh: `罚款应写作“${formatCapitalYuan(fine)}（${formatArabicYuan(fine)}）”`,
            en: `Write the fine as "${formatCapitalYuan(fine)} (${formatArabicYuan(fine)})"`,
          },
        });
      for (const m of capitals)
        if (Number.isNaN(m.value))
          push(
            `的大写金额“${m.raw}”书写不规范，无法确定金额`,
            `writes the capital amount "${m.raw}" in a malformed way`,
            m.index,
          );
      const valid = capitals.filter((m) => !Number.isNaN(m.value));
      if (!valid.some((m) => m.value === fine)) {
        const first = valid[0];
        if (first)
          push(
            `的大写罚款金额为${first.raw}（${first.value}元），与记录的罚款${fine}元不符`,
            `states the fine in capitals as ${first.raw} (¥${first.value}), not the recorded ¥${fine}`,
            first.index,
          );
        // 行政处罚法 2021 §59 ¶1(3) asks for the kind and basis of the penalty, not for capitals: a fine stated in
        // figures or in ordinary numerals (并处二万元罚款) only is lawful; only a decision that states the recorded
        // amount in no form is reported
        else if (capitals.length === 0 && !amounts.some((a) => a.kind !== 'capital' && a.value === fine))
          push(
            `未载明记录的罚款金额${formatArabicYuan(fine)}`,
            `does not state the recorded fine ${formatArabicYuan(fine)}`,
          );
      }
      for (const m of valid) {
        const end = m.index + m.raw.length;
        // only a figure that restates the capital: right after it, in brackets (（¥30,000）/（小写：30000元）)
        const figure = amounts.find(
          (a) =>
            a.kind === 'arabic' &&
            a.index >= end &&
            a.index - end <= ADJACENT &&
            /^\s*[（(]\s*(?:小写\s*[:：]?)?\s*$/.test(d.text.slice(end, a.index)),
        );
        if (figure && figure.value !== m.value) {
          push(
            `的大写金额${m.raw}与其后的数字金额${figure.raw}不一致`,
            `writes ${m.raw} in capitals but ${figure.raw} in figures`,
            figure.index,
          );
        }
        // and the other way round: figures first, capitals in brackets (30,000元（大写：人民币叁万元整）)
        const before = amounts.find(
          (a) =>
            a.kind === 'arabic' &&
            a.index + a.raw.length <= m.index &&
            m.index - (a.index + a.raw.length) <= ADJACENT &&
            /^\s*[（(]\s*(?:大写\s*[:：]?)?\s*$/.test(d.text.slice(a.index + a.raw.length, m.index)),
        );
        if (before && before.value !== m.value) {
          push(
            `的数字金额${before.raw}与其后的大写金额${m.raw}不一致`,
            `writes ${before.raw} in figures but ${m.raw} in capitals`,
            before.index,
          );
        }
      }
    }
    return findings;
  },
};
