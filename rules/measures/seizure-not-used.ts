import type { LegalBasis, Msg, Rule } from '../../src/engine/types.js';
import {
  MEASURES_FROM,
  PUBLIC_INTEREST_GROUNDS,
  cite,
  enforcementDate,
  epl,
  evasionFlags,
  hasFlag,
  isOpen,
  notUsedEntry,
  seizure,
  seizureUsed,
} from './support.js';

interface Ground {
  basis: LegalBasis;
  path: string;
  text: Msg;
}

/** the mandatory grounds of 查封扣押办法 §4 ¶2: serious pollution caused, or items (4) and (5) of ¶1 */
export function mandatorySeizureGrounds(
  c: Parameters<Rule['check']>[0],
  ctx: Parameters<Rule['check']>[1],
): Ground[] {
  const out: Ground[] = [];
  if (c.data.violation.harm?.serious_pollution === true)
    out.push({
      basis: seizure(4, 2),
      path: '/violation/harm/serious_pollution',
      text: { zh: '已造成严重污染', en: 'serious pollution was caused' },
    });
  if (evasionFlags(c, ctx).length > 0)
    out.push({
      basis: seizure(4, 1, 4),
      path: '/violation/conduct',
      text: {
        zh: '通过暗管、渗井、渗坑、灌注或者篡改、伪造监测数据，或者不正常运行防治污染设施等逃避监管的方式排放污染物',
        en: 'discharge by evading supervision (hidden pipes, seepage, injection, falsified monitoring data, abnormal operation of facilities)',
      },
    });
  if (hasFlag(c, ['discharge-after-incident']).length > 0)
    out.push({
      basis: seizure(4, 1, 5),
      path: '/violation/conduct',
      text: {
        zh: '较大、重大和特别重大突发环境事件发生后，未按照要求执行停产、停排措施，继续排放污染物',
        en: 'discharge continued after a larger, major or especially major environmental incident despite the order to stop',
      },
    });
  return out;
}

/**
 * 查封、扣押 not used where 查封扣押办法 §4 ¶2 says 应当 (环境保护法 §25; the measures from 2015-01-01, judged at the
 * inspection that found the facts). An error when the record shows a mandatory ground and neither a seizure nor a
 * §6 exemption (public utility, basic livelihood or public interest, production safety) or a `corrected` reason (the
 * discharging facility removed and the discharge over, so a seizure had nothing left to stop) is recorded; a warning when
 * another reason is recorded (it is not a §6 ground: a human decides) or the case is still open. The discretionary
 * grounds (§4 ¶1 items 1–3, 6) are advice: measures/measures-available.
 */
export const rule: Rule = {
  meta: {
    id: 'measures/seizure-not-used',
    title: { zh: '应当查封、扣押而未查封、扣押', en: 'Mandatory seizure not used' },
    description: {
      zh:
        '排污者已造成严重污染，或者通过暗管、渗井、渗坑、灌注、篡改伪造监测数据、不正常运行防治污染设施等逃避监管的方式排放污染物，' +
        '或者较大以上突发环境事件后未执行停产、停排措施继续排污的，应当查封、扣押造成污染物排放的设施、设备（环境保护法第二十五条，查封扣押办法第四条第二款）；' +
        '公共设施运营单位、涉及基本民生和公共利益、可能影响生产安全的，可以不予查封、扣押（第六条），应记录理由。' +
        '案卷未记录措施一节（measures）的，第六条的理由可能在卷而未转录，为警告。' +
        '处罚依据均为排污以外义务的罚则（土壤污染防治法第八十六条，如篡改土壤、地下水监测数据）的，篡改监测数据不是逃避监管排放污染物。',
      en:
        'Where serious pollution was caused, or pollutants were discharged by evading supervision (hidden pipes, seepage, ' +
        'injection, falsified monitoring data, abnormal operation of facilities), or discharge continued after a major ' +
        'incident, the facilities must be seized (EPL art. 25; seizure measures art. 4(2)); public utilities, basic ' +
        'livelihood or public interest and production safety allow an exemption (art. 6), which the file should record. ' +
        'A record without a measures section is a warning: the exemption may be in the file without being transcribed. ' +
        'When every cited penalty clause is for a duty other than discharging (soil law art. 86, e.g. falsified soil ' +
        'or groundwater monitoring data), falsified data is not discharge by evasion.',
    },
    severity: 'error',
    category: '适用法律正确',
    // "no seizure" is read from the timeline: only a record of the whole procedure can show its absence
    needs: ['procedure-record'],
    candidates: ['ENV-MEA-003'],
    basis: [epl(25), seizure(4, 2), seizure(6)],
  },
  check(c, ctx) {
    const when = enforcementDate(c);
    if (!when || when < MEASURES_FROM || seizureUsed(c)) return [];
    const grounds = mandatorySeizureGrounds(c, ctx);
    if (grounds.length === 0) return [];
    const entry = notUsedEntry(c, ['seizure']);
    // a §6 exemption, or the record that the discharging facility was gone and the discharge over before a seizure
    // could serve its purpose (cf. §20: a seizure no longer needed is released)
    if (entry?.ground && [...PUBLIC_INTEREST_GROUNDS, 'corrected'].includes(entry.ground)) return [];
    const bases = [epl(25), ...grounds.map((g) => g.basis)];
    const law = cite(ctx, bases);
    const reason = entry
      ? {
          zh: `；记录的不查封理由“${entry.reason ?? ''}”不属于查封扣押办法第六条的情形`,
          en: `; the recorded reason "${entry.reason ?? ''}" is not one of the exemptions of art. 6`,
        }
      : { zh: '，也未记录第六条的不予查封理由', en: ', and no exemption under art. 6 is recorded' };
    return [
      {
        path: grounds[0]?.path ?? '/violation',
        // a record without a measures section says nothing of an art. 6 exemption: a human checks
        severity: entry || isOpen(c) || !c.known.has('/measures') ? 'warning' : undefined,
        basis: [...bases, seizure(6)],
        message: {
          zh: `案卷记录${grounds.map((g) => g.text.zh).join('；')}，应当查封、扣押造成污染物排放的设施、设备，但未见查封、扣押${reason.zh}（${law.zh}）`,
          en: `The record shows ${grounds.map((g) => g.text.en).join('; ')}: the facilities causing the discharge must be seized, but no seizure is recorded${reason.en} (${law.en})`,
        },
        suggestion: {
          zh: '依查封扣押办法实施查封、扣押并记录seizure事件；属第六条情形的，在measures中记录（measure: seizure, used: false, ground, reason）',
          en: 'seize under the seizure measures and record the seizure event; for an art. 6 exemption, record it in measures (measure: seizure, used: false, ground, reason)',
        },
      },
    ];
  },
};
