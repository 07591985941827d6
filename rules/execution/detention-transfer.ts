import { isRecorded } from '../../src/engine/facts.js';
import { notChecked } from '../../src/engine/coverage.js';
import type { LegalBasis, Rule, RuleFinding } from '../../src/engine/types.js';
import { documentsOf, eventsOf } from '../../src/model/case.js';
import { basis, checkPeriod, citedFinding } from './support.js';

const MEASURES = 'detention-transfer-measures';

/**
 * 移送行政拘留 (环境保护法 §63 conduct): the transfer follows the penalty decision (暂行办法 §2), is approved by the
 * agency head on a transfer approval form (§10), goes with the listed materials and a transfer letter (§11), and is
 * handed to the police within 3 days of the transfer decision (§12), working days (§19). Whether a transfer was
 * due at all is the penalty pack's question.
 */
export const rule: Rule = {
  meta: {
    id: 'execution/detention-transfer',
    title: {
      zh: '移送行政拘留的审批、材料与期限',
      en: 'Detention transfer: approval, papers and 3 working days',
    },
    description: {
      zh: '对环境保护法第六十三条行为移送公安机关适用行政拘留的，应在作出处罚决定后经负责人批准，附移送书等材料，并自批准移送之日起3个工作日内移送。完整案卷中没有移送审批步骤的为错误；审批步骤已记录但未记明批准负责人的为警告（未记录）。',
      en: 'A transfer to the police for detention (Environmental Protection Law art. 63) follows the penalty decision, is approved by the head, goes with a transfer letter, and is handed over within 3 working days of the transfer decision. No approval step in a full dossier: error; an approval step that does not name the head: warning (not recorded).',
    },
    severity: 'error',
    category: '程序合法',
    needs: ['procedure-record'],
    basis: [
      basis(MEASURES, '2015', 12),
      basis(MEASURES, '2015', 19),
      basis(MEASURES, '2015', 10),
      basis('env-protection-law', '2015', 63),
    ],
    candidates: ['ENV-XFR-001'],
  },
  check(c, ctx) {
    const findings: RuleFinding[] = [];
    const push = (
      path: string,
      bases: LegalBasis[],
      zh: string,
      en: string,
      suggestion?: { zh: string; en: string },
    ) => findings.push(citedFinding(ctx, path, bases, zh, en, suggestion));
    const approve = {
      zh: '在移送审批表上由负责人批准，并在 transfer-decided 中记录 approved_by',
      en: 'Have the head approve the transfer form and record approved_by on transfer-decided',
    };
    // 环境保护法 §63 and the 暂行办法 apply from 2015-01-01
    const decided = eventsOf(c, 'transfer-decided').filter(
      (e) => e.kind === 'detention' && !ctx.law.isBeforeLaw(MEASURES, e.date),
    );
    for (const t of eventsOf(c, 'transferred').filter(
      (e) => e.kind === 'detention' && !ctx.law.isBeforeLaw(MEASURES, e.date),
    )) {
      if (!decided.some((d) => d.date <= t.date))
        push(
          t.pointer,
          [basis(MEASURES, '2015', 10)],
          `${t.date}移送行政拘留，但未记录负责人批准移送`,
          `No approval by the head is recorded for the detention transfer of ${t.date}`,
          approve,
        );
    }
    for (const d of decided) {
      // a recorded approval step that does not name the head is "not recorded", a warning (severity audit, issue 10
      // §3); a transfer with no approval step at all in a full dossier stays an error (above)
      if (!d.approved_by)
        findings.push({
          ...citedFinding(
            ctx,
            d.pointer,
            [basis(MEASURES, '2015', 10)],
            `${d.date}的移送决定未记录批准的负责人`,
            `The transfer decision of ${d.date} does not record the approving head`,
            approve,
          ),
          severity: 'warning',
        });
      if (!eventsOf(c, 'decision').some((e) => e.date <= d.date))
        push(
          d.pointer,
          [basis(MEASURES, '2015', 2)],
          `${d.date}决定移送行政拘留时尚未作出行政处罚决定`,
          `The detention transfer was decided on ${d.date} before any penalty decision`,
          {
            zh: '先依法作出行政处罚决定，再决定移送公安机关适用行政拘留',
            en: 'Make the penalty decision first, then decide the transfer for detention',
          },
        );
      if (documentsOf(c, 'transfer-letter').length === 0 && !isRecorded(c, 'documents'))
        findings.push(notChecked('documents'));
      else if (documentsOf(c, 'transfer-letter').length === 0)
        push(
          '/documents',
          [basis(MEASURES, '2015', 11)],
          '案卷中未记录案件移送书及移送材料清单',
          'No transfer letter or list of transferred materials is recorded',
          {
            zh: '归卷案件移送书、移送审批表及移送材料清单（原件移送，复印件留存）',
            en: 'File the transfer letter, the approval form and the list of materials (originals sent, copies kept)',
          },
        );
      const handed = eventsOf(c, 'transferred').find(
        (t) => (t.kind ?? 'detention') === 'detention' && t.date >= d.date,
      );
      const bases = [basis(MEASURES, '2015', 12), basis(MEASURES, '2015', 19)];
      findings.push(
        ...checkPeriod(c, ctx, {
          label: { zh: '移送公安机关期限', en: 'Hand-over to the police' },
          from: d.date,
          due: ctx.calendar.add(d.date, 3, 'workday').to,
          unit: 'workday',
          done: handed?.date,
          path: handed ? `${handed.pointer}/date` : d.pointer,
          bases,
          advice: {
            zh: '自决定移送之日起3个工作日内向同级公安机关移送',
            en: 'Hand the case to the police within 3 working days of the transfer decision',
          },
          missing: { zh: '未见移送记录', en: 'no hand-over is recorded' },
        }).map((f) => ({ ...f, basis: bases })),
      );
    }
    return findings;
  },
};
