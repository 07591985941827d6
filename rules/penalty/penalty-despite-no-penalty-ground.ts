import type { LegalBasis, Msg, Rule, RuleFinding } from '../../src/engine/types.js';
import { isNaturalPerson } from '../../src/model/party.js';
import type { NoPenaltyGround } from '../../src/model/case-data.js';
import { decisionDate } from './util.js';

const GROUND: Record<
  NoPenaltyGround,
  { msg: Msg; basis: (after2021: boolean) => LegalBasis; mandatory: boolean }
> = {
  'minor-corrected-no-harm': {
    msg: { zh: '违法行为轻微并及时改正，没有造成危害后果', en: 'minor, corrected in time, no harm' },
    basis: (n) =>
      n
        ? { law: 'admin-penalty-law', version: '2021', article: 33, paragraph: 1 }
        : { law: 'admin-penalty-law', version: '2017', article: 27, paragraph: 2 },
    mandatory: true,
  },
  'first-offence': {
    msg: { zh: '初次违法且危害后果轻微并及时改正', en: 'first offence, minor harm, corrected in time' },
    basis: () => ({ law: 'admin-penalty-law', version: '2021', article: 33, paragraph: 1 }),
    mandatory: false,
  },
  'no-fault': {
    msg: { zh: '有证据足以证明没有主观过错', en: 'proven absence of fault' },
    basis: () => ({ law: 'admin-penalty-law', version: '2021', article: 33, paragraph: 2 }),
    mandatory: true,
  },
  'limitation-expired': {
    msg: { zh: '超过追责时效', en: 'limitation period expired' },
    basis: (n) =>
      n
        ? { law: 'admin-penalty-law', version: '2021', article: 36 }
        : { law: 'admin-penalty-law', version: '2017', article: 29 },
    mandatory: true,
  },
  'under-14': {
    msg: { zh: '不满十四周岁', en: 'under 14' },
    basis: (n) =>
      n
        ? { law: 'admin-penalty-law', version: '2021', article: 30 }
        : { law: 'admin-penalty-law', version: '2017', article: 25 },
    mandatory: true,
  },
  'mental-illness': {
    msg: { zh: '精神病人在不能辨认或者控制自己行为时违法', en: 'mental illness at the time of the act' },
    basis: (n) =>
      n
        ? { law: 'admin-penalty-law', version: '2021', article: 31 }
        : { law: 'admin-penalty-law', version: '2017', article: 26 },
    mandatory: true,
  },
};

export { GROUND as NO_PENALTY_GROUNDS };

export const rule: Rule = {
  meta: {
    id: 'penalty/penalty-despite-no-penalty-ground',
    title: { zh: '具有不予处罚情形仍予处罚', en: 'Penalty despite a no-penalty ground' },
    description: {
      zh:
        '案卷已认定应当不予处罚的情形（轻微并及时改正且无危害后果、无主观过错、超过时效、不满十四周岁、精神病人），' +
        '或当事人为不满十四周岁的自然人，却仍作出处罚，为错误（行政处罚法2021年第三十条、第三十一条、第三十三条、第三十六条）；' +
        '认定“首违不罚”（可以不罚）却处罚的，给出警告。追责时效的计算由procedure/limitation-period核查。',
      en:
        'Where the file records a mandatory no-penalty ground (minor, corrected, no harm; no fault; limitation expired; ' +
        'under 14; mental illness), or the party is a person under 14, a penalty is an error (APL 2021 arts. 30, 31, 33, ' +
        '36); a recorded first-offence ground ("may") with a penalty is a warning. The limitation computation itself is ' +
        'procedure/limitation-period.',
    },
    severity: 'error',
    category: '适用法律正确',
    judgesPenalty: true,
    needs: ['case-date'],
    basis: [
      { law: 'admin-penalty-law', version: '2021', article: 33 },
      { law: 'admin-penalty-law', version: '2021', article: 30 },
      { law: 'admin-penalty-law', version: '2017', article: 27, paragraph: 2 },
    ],
    candidates: ['APL-046', 'CAT-3'],
  },
  check(c, ctx) {
    const p = c.data.penalty;
    if ((p.kinds ?? []).length === 0 && p.fine === undefined) return [];
    const findings: RuleFinding[] = [];
    const after2021 = decisionDate(c, ctx) >= '2021-07-15';
    // 首违不罚 and 无主观过错 exist only from 2021-07-15 (2021 §33); before, no-penalty-ground-lawful reports the ground
    const groundExists =
      after2021 || (p.no_penalty?.ground !== 'first-offence' && p.no_penalty?.ground !== 'no-fault');
    if (p.no_penalty && groundExists) {
      const g = GROUND[p.no_penalty.ground];
      const b = g.basis(after2021);
      findings.push({
        path: '/penalty/no_penalty',
        severity: g.mandatory ? undefined : 'warning',
        basis: [b],
        message: {
          zh: `案卷认定“${g.msg.zh}”${g.mandatory ? '应当' : '可以'}不予处罚（${ctx.law.cite(b).zh}），却仍作出处罚`,
          en: `The file records "${g.msg.en}", for which the law ${g.mandatory ? 'requires' : 'allows'} no penalty (${ctx.law.cite(b).en}), yet a penalty is imposed`,
        },
        suggestion: {
          zh: g.mandatory
            ? '作出不予处罚决定并对当事人进行教育，或删除不成立的不予处罚认定'
            : '说明为何不适用首违不罚，或删除该认定',
          en: g.mandatory
            ? 'decide no penalty and educate the party, or remove the unfounded ground'
            : 'explain why the first-offence waiver is not used, or remove it',
        },
      });
    }
    const party = c.data.party;
    if (
      isNaturalPerson(party.type) &&
      party.age_at_act !== undefined &&
      party.age_at_act < 14 &&
      p.no_penalty?.ground !== 'under-14'
    ) {
      const b = GROUND['under-14'].basis(after2021);
      findings.push({
        path: '/party/age_at_act',
        basis: [b],
        message: {
          zh: `当事人违法时${party.age_at_act}周岁，不满十四周岁，不予行政处罚（${ctx.law.cite(b).zh}）`,
          en: `The party was ${party.age_at_act} at the time of the act, under 14: no penalty (${ctx.law.cite(b).en})`,
        },
      });
    }
    return findings;
  },
};
