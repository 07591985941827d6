import type { Rule, RuleFinding } from '../../src/engine/types.js';
import { addYears } from '../../src/model/dates.js';
import { mandatorySeizureGrounds } from './seizure-not-used.js';
import { suspensionGrounds } from './production-limit-not-used.js';
import {
  LIMIT_KINDS,
  MEASURES_FROM,
  cited,
  enforcementDate,
  entriesOf,
  epl,
  exceedances,
  hasFlag,
  isToxic,
  limit,
  limitUsed,
  loadExceeded,
  seizure,
  seizureUsed,
} from './support.js';

/**
 * Advice, never an accusation: the discretionary ("可以") supporting measures the record qualifies for and does not
 * mention — seizure on the grounds of 查封扣押办法 §4 ¶1 items 1–3, the route via the government to 停业、关闭
 * (限产停产办法 §8), and (when the option is on) a production limit for a plain excess (§5). Silent as soon as the
 * measure is used or a measures[] entry records it either way; the mandatory and graver grounds are
 * measures/seizure-not-used and measures/production-limit-not-used.
 */
export const rule: Rule = {
  meta: {
    id: 'measures/measures-available',
    title: { zh: '可以采用的配套措施', en: 'Supporting measures available' },
    description: {
      zh:
        '提示案卷事实可以适用而未提及的配套措施：违法排放、倾倒、处置危险废物或含重金属、持久性有机污染物等有毒物质，在饮用水水源一级保护区、自然保护区核心区排污，' +
        '排放、倾倒工业污泥的，可以查封、扣押（查封扣押办法第四条第一款第一项至第三项）；两年内因有毒物质超标受过两次以上处罚又超标、被责令停产整治后拒不停产或擅自恢复生产的，' +
        '由环境保护主管部门报经有批准权的人民政府责令停业、关闭（限产停产办法第八条）；超标或者超过日最高允许排放总量的，可以责令限制生产（第五条，选项plainExcess开启时）。' +
        '在measures中记录采用或不采用即不再提示。',
      en:
        'Advice on discretionary measures the facts allow and the file does not mention: seizure for hazardous or toxic ' +
        'substances (heavy metals, persistent organic pollutants), discharge in a grade-I drinking-water or nature-reserve ' +
        'core zone, or industrial sludge (seizure measures art. 4(1) items 1–3); closure or suspension of business through ' +
        'the government for repeated toxic excess within two years or resuming production during a suspension ' +
        '(production-limit measures art. 8); a production limit for a plain excess (art. 5, with option plainExcess). ' +
        'Recording the measure in measures, used or not, silences it.',
    },
    severity: 'info',
    category: '适用法律正确',
    candidates: ['ENV-MEA-004', 'ENV-MEA-006', 'ENV-MEA-007'],
    basis: [epl(25), seizure(4, 1), epl(60), limit(5), limit(8)],
    options: {
      plainExcess: {
        description: {
          zh: '对单纯超标或超过日最高允许排放总量（限产停产办法第五条）也提示可以限制生产（默认关闭：多数超标案件责令改正即属合法选择）',
          en: 'also advise a production limit for a plain excess of the standard or the daily total-load limit (art. 5; off by default: ordering correction is a lawful choice in most such cases)',
        },
        default: false,
        type: 'boolean',
      },
    },
  },
  check(c, ctx) {
    const when = enforcementDate(c);
    if (!when || when < MEASURES_FROM) return [];
    const findings: RuleFinding[] = [];
    const over = exceedances(c);

    // 查封扣押办法 §4 ¶1 items 1–3 ("可以"), when no mandatory ground makes it an obligation
    if (
      !seizureUsed(c) &&
      entriesOf(c, ['seizure']).length === 0 &&
      mandatorySeizureGrounds(c, ctx).length === 0
    ) {
      const items: { item: number; zh: string; en: string; path: string }[] = [];
      const toxic = over.find(isToxic);
      if (toxic || hasFlag(c, ['hazardous-waste-dumping']).length > 0)
        items.push({
          item: 1,
          zh: toxic ? `违法排放含${toxic.pollutant}的有毒物质` : '违法倾倒、处置危险废物',
          en: toxic
            ? `unlawful discharge of a toxic substance (${toxic.pollutant})`
            : 'unlawful dumping or disposal of hazardous waste',
          path: toxic ? '/violation/measurements' : '/violation/conduct',
        });
      if (hasFlag(c, ['protected-zone-discharge']).length > 0)
        items.push({
          item: 2,
          zh: '在饮用水水源一级保护区、自然保护区核心区排放、倾倒、处置污染物',
          en: 'discharge in a grade-I drinking-water protection zone or a nature-reserve core zone',
          path: '/violation/conduct',
        });
      if (hasFlag(c, ['industrial-sludge-dumping']).length > 0)
        items.push({
          item: 3,
          zh: '违法排放、倾倒工业污泥',
          en: 'unlawful discharge or dumping of industrial sludge',
          path: '/violation/conduct',
        });
      if (items.length > 0)
        findings.push(
          cited(
            ctx,
            items[0]?.path ?? '/violation',
            [epl(25), ...items.map((i) => seizure(4, 1, i.item))],
            {
              zh: `案卷记录${items.map((i) => i.zh).join('；')}，可以查封、扣押造成污染物排放的设施、设备，案卷未提及是否考虑`,
              en: `The record shows ${items.map((i) => i.en).join('; ')}: the facilities may be seized; the file does not say whether this was considered`,
            },
            {
              zh: '需要时实施查封、扣押；不采用的，可在measures中记录（measure: seizure, used: false, reason）',
              en: 'seize if needed; otherwise the file may record why not (measures: seizure, used: false, reason)',
            },
          ),
        );
    }

    // 限产停产办法 §8: 停业、关闭 through the government
    const closed = (c.data.penalty.kinds ?? []).some((k) => k === 'suspend-business' || k === 'close');
    if (!closed && entriesOf(c, ['suspend-business-close']).length === 0) {
      const act = c.dates.act;
      const toxicNow = over.some(isToxic);
      const repeated =
        act && toxicNow
          ? (c.data.party.prior_violations ?? []).filter(
              (p) => p.same_kind === true && p.date < act && addYears(p.date, 2) >= act,
            )
          : [];
      const items: { item: number; zh: string; en: string; path: string }[] = [];
      if (repeated.length >= 2)
        items.push({
          item: 1,
          zh: `两年内因同类违法受过${repeated.length}次处罚，又排放有毒物质超标`,
          en: `${repeated.length} penalties for the same kind of act within two years, and toxic substances above the standard again`,
          path: '/party/prior_violations',
        });
      if (hasFlag(c, ['resumed-during-suspension']).length > 0)
        items.push({
          item: 2,
          zh: '被责令停产整治后拒不停产或者擅自恢复生产',
          en: 'refused to stop or resumed production during a suspension for rectification',
          path: '/violation/conduct',
        });
      if (items.length > 0)
        findings.push(
          cited(
            ctx,
            items[0]?.path ?? '/violation',
            [epl(60), ...items.map((i) => limit(8, undefined, i.item))],
            {
              zh: `案卷记录${items.map((i) => i.zh).join('；')}，应由环境保护主管部门报经有批准权的人民政府责令停业、关闭，案卷未提及报请情况`,
              en: `The record shows ${items.map((i) => i.en).join('; ')}: the agency reports to the competent government for an order to suspend business or close; the file does not mention it`,
            },
            {
              zh: '报请有批准权的人民政府责令停业、关闭，并在measures中记录（measure: suspend-business-close）',
              en: 'report to the competent government and record it in measures (measure: suspend-business-close)',
            },
          ),
        );
    }

    // 限产停产办法 §5: a plain excess (option)
    if (
      ctx.options.plainExcess === true &&
      !limitUsed(c) &&
      !seizureUsed(c) &&
      entriesOf(c, LIMIT_KINDS).length === 0 &&
      suspensionGrounds(c, ctx).length === 0
    ) {
      const day = loadExceeded(c, 'day')[0];
      const m = over[0];
      if (m || day)
        findings.push(
          cited(ctx, m ? '/violation/measurements' : '/violation/total_load', [epl(60), limit(5)], {
            zh: `案卷记录${m ? `${m.pollutant}超过排放标准` : `${day?.pollutant ?? ''}超过日最高允许排放总量`}，可以责令限制生产，案卷未提及是否考虑`,
            en: `The record shows ${m ? `${m.pollutant} above the standard` : `${day?.pollutant ?? ''} above the daily total-load limit`}: a production limit was open; the file does not say whether it was considered`,
          }),
        );
    }
    return findings;
  },
};
