import { isRecorded } from '../../src/engine/facts.js';
import { notChecked } from '../../src/engine/coverage.js';
import type { LegalBasis, Rule, RuleFinding } from '../../src/engine/types.js';
import { documentsOf } from '../../src/model/case.js';
import { aplVersion, basis, cite, envVersion } from './support.js';

/**
 * 电子送达 only with the party's consent and a signed confirmation (确认书): 行政处罚法 2021 §61(2);
 * 生态环境行政处罚办法 2023 §60. Before 2021-07-15 the 2017 text (§40) only refers to the Civil Procedure Law,
 * which also requires consent; the rule then asks for the consent, citing §40.
 */
export const rule: Rule = {
  meta: {
    id: 'execution/electronic-service-consent',
    title: { zh: '电子送达须经当事人同意并签订确认书', en: 'Electronic service only with signed consent' },
    description: {
      zh: '采用传真、电子邮件等电子方式送达，须经当事人同意并签订送达地址确认书，确认书应在送达前归卷。',
      en: 'Service by fax, e-mail or other electronic means needs the party’s consent in a signed confirmation, on file before the service.',
    },
    severity: 'error',
    category: '程序合法',
    needs: ['procedure-record'],
    basis: [basis('admin-penalty-law', '2021', 61, 2), basis('env-penalty-measures', '2023', 60)],
    candidates: ['ENV-SRV-002', 'APL-033'],
  },
  check(c, ctx) {
    const findings: RuleFinding[] = [];
    const consents = documentsOf(c, 'e-service-consent');
    for (const e of c.timeline) {
      if (e.method !== 'electronic') continue;
      const apl = aplVersion(ctx, e.date);
      const bases: LegalBasis[] = [
        apl === '2021' ? basis('admin-penalty-law', '2021', 61, 2) : basis('admin-penalty-law', '2017', 40),
      ];
      if (envVersion(ctx, e.date) === '2023') bases.push(basis('env-penalty-measures', '2023', 60));
      const law = cite(ctx, bases);
      const signedBefore = consents.some((d) => d.date === undefined || d.date <= e.date);
      if (e.consent === true && !signedBefore && !isRecorded(c, 'documents')) {
        // the confirmation is looked for in the document list, which is not recorded
        findings.push(notChecked('documents'));
        continue;
      }
      if (e.consent !== true || !signedBefore) {
        const missing =
          e.consent !== true
            ? { zh: '未记录当事人同意', en: 'no consent of the party is recorded' }
            : {
                zh: '案卷中未记录送达前签订的电子送达确认书',
                en: 'no confirmation signed before the service is recorded',
              };
        findings.push({
          path: e.consent !== true ? e.pointer : `${e.pointer}/method`,
          basis: bases,
          message: {
            zh: `${e.date}采用电子方式送达，但${missing.zh}（${law.zh}）`,
            en: `Electronic service on ${e.date}, but ${missing.en} (${law.en})`,
          },
          suggestion: {
            zh: '取得当事人签字的电子送达确认书（e-service-consent）后再电子送达，否则改用其他方式重新送达',
            en: 'Obtain a signed e-service confirmation (e-service-consent) first, or serve again by another method',
          },
        });
      }
    }
    return findings;
  },
};
