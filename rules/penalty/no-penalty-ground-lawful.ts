import type { LegalBasis, Rule, RuleFinding } from '../../src/engine/types.js';
import { isNaturalPerson } from '../../src/model/party.js';
import { addYears } from '../../src/model/dates.js';
import { NO_PENALTY_GROUNDS } from './penalty-despite-no-penalty-ground.js';
import { decisionDate } from './util.js';
import { limitationYears } from '../shared/limitation.js';

const APL_2021_FROM = '2021-07-15';

export const rule: Rule = {
  meta: {
    id: 'penalty/no-penalty-ground-lawful',
    title: { zh: '不予处罚理由成立', en: 'No-penalty ground holds' },
    description: {
      zh:
        '不予处罚的理由应当在决定时有法律依据并与案卷事实相符：首违不罚（可以不罚）和无主观过错自2021年7月15日起方有规定；' +
        '首违不罚须无同类违法记录；轻微不罚须没有危害后果且已改正；不满十四周岁、精神病人仅适用于自然人；' +
        '超过时效须行为终了至发现超过二年，涉及公民生命健康安全、金融安全且有危害后果的超过五年（2021-07-15后终了的行为）（行政处罚法2021年第三十条、第三十一条、第三十三条、第三十六条）。',
      en:
        'A no-penalty ground must exist at the decision date and fit the facts: the first-offence waiver ("may") and the ' +
        'no-fault ground exist only from 2021-07-15; a first offence needs no prior same-kind violation; the minor-act ' +
        'ground needs no harm and a corrected act; under-14 and mental illness apply to persons only; an expired ' +
        'limitation needs more than two years from the end of the act to discovery, five where life, health, safety or financial security was harmed (acts ending from 2021-07-15) (APL 2021 arts. 30, 31, 33, 36).',
    },
    severity: 'error',
    category: '适用法律正确',
    needs: ['case-date'],
    basis: [
      { law: 'admin-penalty-law', version: '2021', article: 33 },
      { law: 'admin-penalty-law', version: '2021', article: 36 },
    ],
  },
  check(c, ctx) {
    const np = c.data.penalty.no_penalty;
    if (!np) return [];
    const decided = decisionDate(c, ctx);
    const after2021 = decided >= APL_2021_FROM;
    const g = NO_PENALTY_GROUNDS[np.ground];
    const b = g.basis(after2021);
    const findings: RuleFinding[] = [];
    const push = (zh: string, en: string, basis: LegalBasis[] = [b], path = '/penalty/no_penalty') =>
      findings.push({ path, basis, message: { zh, en } });
    const cite = ctx.law.cite(b);
    const v = c.data.violation;
    const party = c.data.party;
    // the decision rests on the no-penalty provision itself (e.g. 首违不罚: 行政处罚法 2021 §33 ¶1), not on the
    // penalty clause it does not apply; a recorded basis of 行政处罚法 must be the article of the ground
    const cited = c.noPenaltyBasis;
    if (cited && cited.law === 'admin-penalty-law' && cited.article !== b.article) {
      const recorded = ctx.law.cite({ law: cited.law, version: b.version, article: cited.article });
      push(
        `不予处罚的理由为“${g.msg.zh}”，其依据应为${cite.zh}，案卷记录的依据为${recorded.zh}`,
        `The no-penalty ground "${g.msg.en}" rests on ${cite.en}, but the recorded basis is ${recorded.en}`,
        [b],
        cited.pointer,
      );
    }
    switch (np.ground) {
      case 'first-offence':
      case 'no-fault':
        if (!after2021) {
          push(
            `决定日${decided}早于行政处罚法(2021)施行日（${APL_2021_FROM}），当时没有“${g.msg.zh}”不予处罚的规定（${cite.zh}）`,
            `The decision date ${decided} precedes the 2021 Administrative Penalty Law (${APL_2021_FROM}); "${g.msg.en}" was not a ground then (${cite.en})`,
          );
        }
        if (
          np.ground === 'first-offence' &&
          (party.prior_violations ?? []).some((x) => x.same_kind === true)
        ) {
          push(
            `当事人有同类违法处罚记录，不属于初次违法（${cite.zh}）`,
            `The party has a prior penalty for the same kind of act; it is not a first offence (${cite.en})`,
            [b],
            '/party/prior_violations',
          );
        }
        break;
      case 'minor-corrected-no-harm':
        if (v.harm?.consequences === true) {
          push(
            `案卷记录违法行为造成了危害后果，不符合“没有造成危害后果”（${cite.zh}）`,
            `The file records harmful consequences, so "no harm" does not hold (${cite.en})`,
            [b],
            '/violation/harm',
          );
        }
        if (v.continuing === true && v.ended_on === undefined) {
          push(
            `违法行为仍处于继续状态，不符合“及时改正”（${cite.zh}）`,
            `The act is still continuing, so "corrected in time" does not hold (${cite.en})`,
          );
        }
        break;
      case 'under-14':
        if (!isNaturalPerson(party.type) || party.age_at_act === undefined || party.age_at_act >= 14) {
          push(
            `当事人${isNaturalPerson(party.type) ? `违法时年龄${party.age_at_act ?? '未记录'}` : '为单位'}，不符合“不满十四周岁”（${cite.zh}）`,
            `The party is ${isNaturalPerson(party.type) ? `aged ${party.age_at_act ?? '(not recorded)'}` : 'an organisation'}; "under 14" does not hold (${cite.en})`,
          );
        }
        break;
      case 'mental-illness':
        if (!isNaturalPerson(party.type)) {
          push(
            `当事人为单位，不适用精神病人不予处罚（${cite.zh}）`,
            `The party is an organisation; the mental-illness ground cannot apply (${cite.en})`,
          );
        }
        break;
      case 'limitation-expired': {
        const end = v.ended_on ?? c.dates.act;
        const discovered = c.dates.discovered;
        // five years where life, health, safety or financial security was harmed (2021 §36 ¶1)
        const years = end ? limitationYears(c, end) : 2;
        if (end && discovered && discovered <= addYears(end, years)) {
          push(
            `行为终了于${end}，于${discovered}被发现，未超过${years === 5 ? '五' : '二'}年追责时效，“超过时效”不成立（${cite.zh}）`,
            `The act ended on ${end} and was discovered on ${discovered}, within ${years} years; the limitation has not expired (${cite.en})`,
          );
        }
        break;
      }
    }
    return findings;
  },
};
