import type { LegalBasis, Msg, Rule, RuleContext } from '../../src/engine/types.js';
import { notRecorded } from '../../src/engine/coverage.js';
import type { Case } from '../../src/model/case.js';
import {
  EVASION_FLAGS,
  LIMIT_KINDS,
  MEASURES_FROM,
  cite,
  enforcementDate,
  epl,
  exceedances,
  fmt,
  hasFlag,
  isToxic,
  limit,
  limitUsed,
  loadExceeded,
  notUsedEntry,
  penaltyKindsBasis,
  seizureUsed,
  timesStandard,
} from './support.js';

export interface LimitGround {
  basis: LegalBasis;
  path: string;
  text: Msg;
}

/** the reading of 超过污染物排放标准三倍以上 (限产停产办法 §6(2)): measured value ÷ standard ≥ this multiple */
export function suspensionMultiple(ctx: RuleContext): number {
  return Number(ctx.options.suspensionMultiple ?? 3);
}

/** the grounds of 限产停产办法 §6 (停产整治) the record shows */
export function suspensionGrounds(c: Case, ctx: RuleContext): LimitGround[] {
  const out: LimitGround[] = [];
  const over = exceedances(c);
  if (over.length > 0 && hasFlag(c, EVASION_FLAGS).length > 0)
    out.push({
      basis: limit(6, undefined, 1),
      path: '/violation/conduct',
      text: {
        zh: '以逃避监管的方式排放污染物且超过排放标准',
        en: 'discharge by evading supervision, above the standard',
      },
    });
  const multiple = suspensionMultiple(ctx);
  const inclusive = ctx.settings.thresholdInclusive;
  const toxic = (c.data.violation.measurements ?? []).findIndex((m) => {
    const r = timesStandard(m);
    return isToxic(m) && r !== undefined && (inclusive ? r >= multiple : r > multiple);
  });
  const m = c.data.violation.measurements?.[toxic];
  if (m) {
    const kind = m.heavy_metal
      ? { zh: '重金属', en: 'a heavy metal' }
      : { zh: '持久性有机污染物', en: 'a persistent organic pollutant' };
    out.push({
      basis: limit(6, undefined, 2),
      path: `/violation/measurements/${toxic}`,
      text: {
        zh: `${m.pollutant}（${kind.zh}）为排放标准的${fmt(timesStandard(m) ?? 0)}倍，达到三倍以上`,
        en: `${m.pollutant} (${kind.en}) at ${fmt(timesStandard(m) ?? 0)} times the standard (3 times or more)`,
      },
    });
  }
  const year = loadExceeded(c, 'year')[0];
  if (year)
    out.push({
      basis: limit(6, undefined, 3),
      path: '/violation/total_load',
      text: {
        zh: `${year.pollutant}年度排放量${year.amount}${year.unit}，超过年度总量控制指标${year.limit}${year.unit}`,
        en: `${year.pollutant}: ${year.amount} ${year.unit} discharged in the year, above the annual limit of ${year.limit} ${year.unit}`,
      },
    });
  if (hasFlag(c, ['excess-after-production-limit']).length > 0)
    out.push({
      basis: limit(6, undefined, 4),
      path: '/violation/conduct',
      text: { zh: '被责令限制生产后仍然超标排放', en: 'still above the standard after a production limit' },
    });
  if (hasFlag(c, ['incident-excess']).length > 0)
    out.push({
      basis: limit(6, undefined, 5),
      path: '/violation/conduct',
      text: {
        zh: '因突发事件造成超标或者超总量排放',
        en: 'an incident caused discharge above the standard or the total-load limit',
      },
    });
  return out;
}

/**
 * 限制生产、停产整治 not used (环境保护法 §60; 限产停产办法 §6, "可以", so a warning), for the graver grounds of §6 the
 * record shows. Silent when a production limit, suspension, 停产停业 or 关闭 (penalty kinds, or a measures[] entry),
 * or a seizure, is on record, or when a reason for not using them is recorded (including the §7 exemptions). The
 * plain excess of §5 and the government route of §8 are advice: measures/measures-available. From 2023-07-01 the
 * measures are penalties (生态环境行政处罚办法 2023 §8), cited with them.
 */
export const rule: Rule = {
  meta: {
    id: 'measures/production-limit-not-used',
    title: { zh: '符合条件未责令停产整治', en: 'Suspension for rectification not used' },
    description: {
      zh:
        '以逃避监管方式超标排放、重金属或持久性有机污染物超过排放标准三倍以上、超过年度总量控制指标、被责令限制生产后仍超标、因突发事件超标的，' +
        '可以责令停产整治（环境保护法第六十条，限产停产办法第六条）；案卷显示其情形，却未采取限产、停产整治（或查封、扣押），也未记录理由（含第七条情形）时提示。' +
        '2023年7月1日起限制开展生产经营活动、责令停产整治属行政处罚（生态环境行政处罚办法第八条）。',
      en:
        'Discharge above the standard by evading supervision, heavy metals or persistent organic pollutants at 3 times ' +
        'the standard or more, the annual total-load limit exceeded, excess after a production limit, or excess caused by ' +
        'an incident allow a suspension for rectification (EPL art. 60; production-limit measures art. 6). Reported when ' +
        'the record shows such a ground but neither a limit, suspension or seizure nor a reason (art. 7 included). From ' +
        '2023-07-01 these measures are penalties (2023 measures art. 8).',
    },
    severity: 'warning',
    category: '适用法律正确',
    candidates: ['ENV-MEA-005'],
    basis: [epl(60), limit(6), limit(7)],
    options: {
      suspensionMultiple: {
        description: {
          zh: '“超过污染物排放标准三倍以上”的读法：监测值÷标准值达到此倍数（默认3，与两高环境污染刑事案件解释同一用语的读法一致；读作“超出部分达三倍”的，设为4）',
          en: 'reading of “三倍以上”: measured value ÷ standard at least this multiple (default 3, as caselint reads the same words in the criminal interpretation; set 4 to read it as an excess of three times the standard)',
        },
        default: 3,
        type: 'number',
        minimum: 1,
      },
    },
  },
  check(c, ctx) {
    const when = enforcementDate(c);
    if (!when || when < MEASURES_FROM || limitUsed(c) || seizureUsed(c)) return [];
    if (notUsedEntry(c, LIMIT_KINDS)) return [];
    const grounds = suspensionGrounds(c, ctx);
    if (grounds.length === 0) {
      // a measurement at 3 times its standard or more whose pollutant class is not recorded: §6(2) not checked
      const multiple = suspensionMultiple(ctx);
      const i = (c.data.violation.measurements ?? []).findIndex(
        (m) =>
          m.heavy_metal === undefined &&
          m.persistent_organic === undefined &&
          (timesStandard(m) ?? 0) >= multiple &&
          !/db/i.test(m.unit),
      );
      return i < 0
        ? []
        : [
            notRecorded(
              'pollutant-class',
              {
                zh: '污染物类别（是否重金属、持久性有机污染物）',
                en: 'pollutant class (heavy metal, persistent organic pollutant)',
              },
              `/violation/measurements/${i}`,
              {
                zh: '停产整治（有毒物质超标三倍以上）',
                en: 'suspension (toxic substances at 3 times the standard)',
              },
            ),
          ];
    }
    // from 2023-07-01 the measures are penalties (生态环境行政处罚办法 2023 §8), judged at the decision
    const bases = [epl(60), ...grounds.map((g) => g.basis), ...penaltyKindsBasis(c.dates.decided ?? when)];
    const law = cite(ctx, bases);
    return [
      {
        path: grounds[0]?.path ?? '/violation',
        basis: [...bases, limit(7)],
        message: {
          zh: `案卷记录${grounds.map((g) => g.text.zh).join('；')}，可以责令停产整治，但未见限制生产、停产整治或者查封、扣押，也未记录不采取的理由（${law.zh}）`,
          en: `The record shows ${grounds.map((g) => g.text.en).join('; ')}: a suspension for rectification was open, but the file shows no production limit, suspension or seizure and no reason for not using them (${law.en})`,
        },
        suggestion: {
          zh: '责令停产整治或限制生产；不采取的，在measures中记录理由（measure: suspend-rectify, used: false, ground, reason；公共设施、民生公益、生产安全见限产停产办法第七条）',
          en: 'order a suspension or production limit; otherwise record why not in measures (measure: suspend-rectify, used: false, ground, reason; art. 7 covers public utilities, livelihood and production safety)',
        },
      },
    ];
  },
};
