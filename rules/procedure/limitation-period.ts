/**
 * 追责时效: an act not discovered within 2 years (5 years from 行政处罚法 2021 for life/health/safety or financial
 * security with harmful consequences) may no longer be penalised; a continuing act counts from its end.
 */
import { hasQualifyingHarm } from '../shared/limitation.js';
import type { IsoDate } from '../../src/model/case-data.js';
import type { Case } from '../../src/model/case.js';
import { firstEvent } from '../../src/model/case.js';
import type { Gap, LegalBasis, Rule, RuleContext, RuleFinding } from '../../src/engine/types.js';
import { notChecked } from '../../src/engine/coverage.js';
import { minDate, daysBetween } from '../../src/model/dates.js';
import { APL, APL_2021_FROM, ENV, aplVersion, basis, envVersion, withBasis } from './support/law.js';
import { periodEnd } from './support/periods.js';

/** the day the limitation starts: the end of a continuing act, else the day of the act. */
function actEnd(c: Case): IsoDate | undefined {
  const v = c.data.violation;
  if (v.continuing === true && v.ended_on === undefined) return undefined;
  return v.ended_on ?? c.dates.act ?? v.started_on;
}

/** "discovered": the recorded discovery, else the first of clue, inspection and filing (法工委复字〔2004〕27号 reading, UNCONFIRMED). */
function discovery(c: Case): IsoDate | undefined {
  return (
    c.data.violation.discovered_on ??
    minDate(
      firstEvent(c, 'clue-received')?.date,
      firstEvent(c, 'inspection')?.date,
      firstEvent(c, 'filing-approved')?.date,
    )
  );
}

const DISCOVERY_GAP: Gap = {
  fact: 'discovery-date',
  kind: 'not-recorded',
  label: {
    zh: '违法行为的发现日期（或线索受理、检查、立案日期）',
    en: 'the date the act was discovered (or of the clue, inspection or filing)',
  },
  path: '/violation/discovered_on',
};

export const rule: Rule = {
  meta: {
    id: 'procedure/limitation-period',
    title: { zh: '追责时效', en: 'Limitation period' },
    description: {
      zh: '违法行为（连续或继续状态的自行为终了之日起）须在二年内被发现；行政处罚法(2021)施行后，涉及公民生命健康安全、金融安全且有危害后果的，延长至五年。超过时效的不得给予行政处罚，立案条件亦要求在时效内发现。未记录违法行为日期或发现日期的，列为未检查（覆盖情况）；发现时仍在继续的行为时效尚未起算。',
      en: 'The act (a continuing act from the day it ended) must be discovered within 2 years; under the 2021 Administrative Penalty Law, 5 years where life, health, safety or financial security is involved and harm resulted. Past the limitation no penalty may be imposed, and filing requires discovery within it. An act or discovery date not recorded is reported as not checked (coverage); an act still going on when discovered has no limitation running yet.',
    },
    severity: 'error',
    category: '程序合法',
    needs: ['procedure-record'],
    basis: [
      basis(APL, '2021', 36),
      basis(APL, '2017', 29),
      basis(ENV, '2010', 22, 2, 4),
      basis(ENV, '2023', 19, undefined, 4),
    ],
    candidates: ['APL-002', 'APL-003', 'ENV-FIL-002'],
    options: {
      fiveYearsForEarlierActs: {
        description: {
          zh: '五年时效是否适用于2021-07-15前终了的行为（默认否：延长时效对当事人不利，依第三十七条从旧；未经确认）',
          en: 'Whether the 5-year period reaches acts that ended before 2021-07-15 (default no: a longer period is less favourable, so art. 37 keeps the old law; unconfirmed)',
        },
        default: false,
        type: 'boolean',
      },
    },
  },

  check(c: Case, ctx: RuleContext): RuleFinding[] {
    if (c.data.penalty.no_penalty?.ground === 'limitation-expired') return [];
    const v = c.data.violation;
    const end = actEnd(c);
    const found = discovery(c);
    // an act still going on when found has no limitation running; otherwise a missing date is coverage, not silence
    if (end === undefined) return v.continuing === true ? [] : [notChecked('act-date')];
    if (found === undefined) return [notChecked(DISCOVERY_GAP)];
    if (found < end) return [];

    // The limitation follows the law in force when the act ended (行政处罚法 2021 §37, 从旧兼从轻).
    const version = aplVersion(ctx, end);
    const harm = hasQualifyingHarm(c);
    const fiveYears =
      harm && (version === '2021' || (ctx.options.fiveYearsForEarlierActs as boolean) === true);
    const years = fiveYears ? 5 : 2;
    const due = periodEnd(ctx, end, years, 'year');
    if (found <= due) return [];

    // the 5-year period exists only in the 2021 text: cite it whenever it is applied (also by the option)
    const newText = version === '2021' || fiveYears;
    const bases: LegalBasis[] = [newText ? basis(APL, '2021', 36, 1) : basis(APL, '2017', 29, 1)];
    if (c.data.violation.continuing === true)
      bases.push(newText ? basis(APL, '2021', 36, 2) : basis(APL, '2017', 29, 2));
    const filing = firstEvent(c, 'filing-approved');
    const env = filing ? envVersion(ctx, filing.date) : undefined;
    // 2010 办法 §22(2)(4): the filing conditions are the second paragraph; 2023 办法 §19(4) is a single paragraph
    if (env === '2010') bases.push(basis(ENV, '2010', 22, 2, 4));
    if (env === '2023') bases.push(basis(ENV, '2023', 19, undefined, 4));
    const late = daysBetween(due, found);
    const harmNote =
      harm && !fiveYears
        ? {
            zh: `；行为终了于${end}，早于${APL_2021_FROM}，五年延长时效不适用`,
            en: `; the act ended on ${end}, before ${APL_2021_FROM}, so the 5-year extension does not apply`,
          }
        : { zh: '', en: '' };
    const message = withBasis(
      ctx,
      {
        zh: `违法行为${c.data.violation.ended_on !== undefined ? '终了' : '发生'}于${end}，至${found}才被发现，超过${years}年追责时效${late}日${harmNote.zh}；应当不予行政处罚`,
        en: `The act ${c.data.violation.ended_on !== undefined ? 'ended' : 'occurred'} on ${end} and was discovered only on ${found}, ${late} days after the ${years}-year limitation ran out${harmNote.en}; no penalty may be imposed`,
      },
      bases,
    );
    return [
      {
        message,
        path: c.data.violation.discovered_on !== undefined ? '/violation/discovered_on' : '/violation',
        basis: bases,
        deadline: {
          label: { zh: `${years}年追责时效`, en: `${years}-year limitation` },
          due,
          from: end,
          status: 'overdue',
        },
        suggestion: {
          zh: '核实违法行为终了日期与发现日期；确已超过时效的，作出不予行政处罚决定（立案前发现的应不予立案）',
          en: 'Check the end date and discovery date; if the limitation has run, decide not to penalise (or do not file)',
        },
      },
    ];
  },
};
