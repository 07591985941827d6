/**
 * 案件中止: suspension of the investigation needs the head's approval and a ground, and a resumption is recorded
 * once the cause ends — 生态环境行政处罚办法 (2023) §35. The suspended days count in decision-time-limit.
 */
import type { Case } from '../../src/model/case.js';
import { eventsOf } from '../../src/model/case.js';
import type { Rule, RuleContext, RuleFinding } from '../../src/engine/types.js';
import { ENV, basis, envVersion, withBasis } from './support/law.js';

export const rule: Rule = {
  meta: {
    id: 'procedure/suspension-approval',
    title: { zh: '案件中止的审批与恢复', en: 'Suspension approved and resumed' },
    description: {
      zh: '2023年办法下中止调查须经负责人批准并载明事由；中止原因消除后应恢复调查（记录 resumed 或中止事件的 until）。',
      en: 'Under the 2023 measures a suspension needs the head’s approval and a ground; once the cause ends the investigation resumes (a resumed event or the suspension’s until).',
    },
    severity: 'warning',
    category: '程序合法',
    needs: ['procedure-record'],
    basis: [basis(ENV, '2023', 35)],
    candidates: ['ENV-INV-010'],
  },

  check(c: Case, ctx: RuleContext): RuleFinding[] {
    const findings: RuleFinding[] = [];
    const b = [basis(ENV, '2023', 35)];
    const resumes = eventsOf(c, 'resumed');
    for (const s of eventsOf(c, 'suspended')) {
      if (envVersion(ctx, s.date) !== '2023') continue;
      if (s.approved_by === undefined || s.ground === undefined) {
        findings.push({
          message: withBasis(
            ctx,
            {
              zh: `${s.date}中止调查未记录${s.approved_by === undefined ? '负责人批准' : '中止事由'}`,
              en: `The suspension of ${s.date} does not record ${s.approved_by === undefined ? 'the head’s approval' : 'its ground'}`,
            },
            b,
          ),
          path: s.pointer,
          basis: b,
          suggestion: {
            zh: '记录中止调查的负责人批准（approved_by）和第三十五条所列事由（ground）',
            en: 'Record the head’s approval (approved_by) and the art. 35 ground (ground)',
          },
        });
      }
      const resumed = s.until !== undefined || resumes.some((r) => r.date >= s.date);
      const decided = c.timeline.some((e) => e.event === 'decision' && e.date > s.date);
      if (!resumed && decided) {
        findings.push({
          message: withBasis(
            ctx,
            {
              zh: `${s.date}中止调查后没有恢复调查的记录，却已作出决定`,
              en: `The investigation suspended on ${s.date} was never recorded as resumed, yet a decision was made`,
            },
            b,
          ),
          path: s.pointer,
          basis: b,
          suggestion: {
            zh: '记录恢复调查（resumed）事件或中止的截止日期（until）',
            en: 'Record a resumed event or the suspension’s end date (until)',
          },
        });
      }
    }
    return findings;
  },
};
