import { notRecorded } from '../../src/engine/coverage.js';
import type { LegalBasis, Msg, Rule, RuleFinding } from '../../src/engine/types.js';
import { eventsOf } from '../../src/model/case.js';
import { basis, checkPeriod, citedFinding } from './support.js';

const S = 'seizure-measures';

/**
 * 查封、扣押 (what the case format holds): approved beforehand by the head (查封扣押办法 §10; 行政强制法 §18(1)),
 * carried out by two or more officers (行政强制法 §18(2); 办法 §12), the term stated in the decision (办法 §11),
 * at most 30 days, extended once by at most 30 days with the head's approval (办法 §15; 行政强制法 §25, calendar
 * days, ten days or less being the only working-day periods by §69), and released when the term ends (办法 §20).
 */
export const rule: Rule = {
  meta: {
    id: 'execution/seizure-term',
    title: { zh: '查封、扣押的审批、人员与期限', en: 'Seizure: approval, officers and term' },
    description: {
      zh: '查封、扣押应事先经负责人批准，由两名以上执法人员实施，决定书载明期限；期限不超过30日，情况复杂的经负责人批准可延长一次且不超过30日，期满应解除。检测、检验、检疫或者技术鉴定的期间不计入查封、扣押期限（行政强制法第二十五条第三款，记录为testing_days）。未记明负责人批准的为警告（未记录）；人员、期限、解除的违反由记录证明，为错误。',
      en: 'A seizure is approved by the head beforehand, carried out by at least two officers, states its term, lasts at most 30 days (one approved extension of at most 30 days), and is released when the term ends. Days of testing, inspection, quarantine or appraisal are not counted (Administrative Compulsion Law art. 25(3); record them as testing_days). An approval the record does not name is a warning (not recorded); officers, term and release breaches are proved by the record: error.',
    },
    severity: 'error',
    category: '程序合法',
    needs: ['procedure-record'],
    basis: [
      basis(S, '2015', 10),
      basis(S, '2015', 15),
      basis(S, '2015', 20),
      basis('admin-compulsion-law', '2012', 18),
      basis('admin-compulsion-law', '2012', 25),
    ],
    candidates: ['ENV-SEA-001'],
  },
  check(c, ctx) {
    const findings: RuleFinding[] = [];
    const seizures = eventsOf(c, 'seizure');
    seizures.forEach((s, i) => {
      // the 2014 measures apply from 2015-01-01; earlier seizures rest on 行政强制法 alone
      const inForce = (bases: LegalBasis[]) =>
        bases.filter((b) => b.law !== S || !ctx.law.isBeforeLaw(S, s.date));
      const next = seizures[i + 1];
      const inScope = <T extends { date: string }>(e: T) => e.date >= s.date && (!next || e.date < next.date);
      // an approval the record does not name is "not recorded", a warning (severity audit, issue 10 §3); the
      // officers, the term and the release are recorded facts whose breach the record proves (error)
      const push = (
        path: string,
        cited: LegalBasis[],
        zh: string,
        en: string,
        todo: Msg,
        severity?: 'warning',
      ) =>
        findings.push({
          ...citedFinding(ctx, path, inForce(cited), zh, en, todo),
          ...(severity ? { severity } : {}),
        });
      if (!s.approved_by)
        push(
          s.pointer,
          [basis(S, '2015', 10), basis('admin-compulsion-law', '2012', 18, undefined, 1)],
          `${s.date}实施查封、扣押，未记录负责人事先批准`,
          `The seizure of ${s.date} records no prior approval by the head`,
          {
            zh: '记录实施前负责人的书面批准（approved_by）；情况紧急当场实施的，24小时内补办批准，否则立即解除',
            en: 'Record the head’s prior written approval (approved_by); an emergency seizure needs approval within 24 hours or is released',
          },
          'warning',
        );
      // no officers named on the step is not recorded, not fewer than two
      if ((s.officers ?? []).length === 0)
        findings.push(
          notRecorded(
            'seizure-officers',
            { zh: '实施查封、扣押的执法人员', en: 'the officers who carried out the seizure' },
            `${s.pointer}/officers`,
          ),
        );
      else if (new Set(s.officers ?? []).size < 2)
        push(
          `${s.pointer}/officers`,
          [basis('admin-compulsion-law', '2012', 18, undefined, 2), basis(S, '2015', 12)],
          `${s.date}查封、扣押记载的执法人员少于2名`,
          `The seizure of ${s.date} names fewer than two officers`,
          {
            zh: '列明实施查封、扣押的两名以上执法人员',
            en: 'List the two or more officers who carried out the seizure',
          },
        );

      // 行政强制法 §25 ¶3: the days of testing, inspection, quarantine or appraisal are not counted in the term
      const firstEnd = ctx.calendar.add(s.date, 30 + (s.testing_days ?? 0), 'day').to;
      const extension = eventsOf(c, 'seizure-extended').filter(inScope)[0];
      let end = firstEnd;
      const extendTodo: Msg = {
        zh: `在${firstEnd}前经负责人批准延长，延长不超过30日，并书面告知当事人延长的理由`,
        en: `Extend before ${firstEnd} with the head's approval, by at most 30 days, telling the party in writing why`,
      };
      const termBases = inForce([basis(S, '2015', 15), basis('admin-compulsion-law', '2012', 25, 1)]);
      if (extension) {
        const days = extension.days ?? 30;
        if (!extension.approved_by)
          push(
            extension.pointer,
            termBases,
            `${extension.date}延长查封、扣押未记录负责人批准`,
            `The extension of ${extension.date} records no approval by the head`,
            extendTodo,
            'warning',
          );
        if (extension.date > firstEnd)
          push(
            `${extension.pointer}/date`,
            termBases,
            `查封、扣押期限已于${firstEnd}届满，${extension.date}才决定延长`,
            `The seizure term ended on ${firstEnd}; the extension of ${extension.date} came too late`,
            extendTodo,
          );
        if (days > 30)
          push(
            `${extension.pointer}/days`,
            termBases,
            `延长查封、扣押${days}日，超过30日`,
            `The extension of ${days} days exceeds 30 days`,
            extendTodo,
          );
        end = ctx.calendar.add(firstEnd, Math.min(days, 30), 'day').to;
      }
      if (s.until === undefined) {
        // the record does not give the term: the decision may still state it (a human looks)
        push(
          s.pointer,
          [basis(S, '2015', 11), basis('admin-compulsion-law', '2012', 24, 2, 2)],
          `${s.date}的查封、扣押决定未记录期限`,
          `No term is recorded for the seizure decision of ${s.date}`,
          {
            zh: '在查封、扣押决定书中写明期限（until）',
            en: 'State the term in the seizure decision (until)',
          },
          'warning',
        );
      } else if (s.until > end) {
        push(
          `${s.pointer}/until`,
          termBases,
          `查封、扣押期限至${s.until}，超过法定最长期限${end}`,
          `The seizure runs until ${s.until}, beyond the longest lawful term ending ${end}`,
          { zh: `将期限缩短至${end}以前`, en: `Shorten the term to end by ${end}` },
        );
      }
      const released = eventsOf(c, 'seizure-released').filter(inScope)[0];
      const bases = inForce([
        basis(S, '2015', 20),
        basis('admin-compulsion-law', '2012', 28, 1, 4),
        ...termBases,
      ]);
      findings.push(
        ...checkPeriod(c, ctx, {
          label: { zh: '查封、扣押期限', en: 'Seizure term' },
          from: s.date,
          due: end,
          unit: 'day',
          done: released?.date,
          path: released ? `${released.pointer}/date` : s.pointer,
          bases,
          advice: {
            zh: '期限届满前作出处理决定或解除查封、扣押，并在3个工作日内送达解除决定',
            en: 'Decide or release before the term ends and serve the release decision within 3 working days',
          },
          missing: { zh: '未见解除查封、扣押的记录', en: 'no release is recorded' },
        }).map((f) => ({ ...f, basis: bases })),
      );
    });
    return findings;
  },
};
