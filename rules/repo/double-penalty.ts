/**
 * 一事不再罚 across cases: the same party fined in two cases for the same act. 行政处罚法 2021 §29: 对当事人的同一个
 * 违法行为，不得给予两次以上罚款的行政处罚 (and, new in 2021, one act breaching several norms is fined under the
 * norm with the higher fine); the text in force until 2021-07-14 (1996 text, 2017 amendment) §24 says the same of
 * 罚款. Both texts bar a second 罚款 only: a second warning or order is not a second fine. The version is the one
 * in force on the date of the second decision.
 *
 * Sameness is decided from the record, conservatively:
 * - the same party: one identity code in common (统一社会信用代码 — whose characters 9–17 are the 组织机构代码 —,
 *   身份证号, 工商注册号); by name only when a side records no code, and then at most a warning;
 * - the same act: one violated provision in common AND the same act dates (both act periods recorded and
 *   overlapping), and the violation locations, when both are recorded, the same;
 * - never the same act: a per-day decision (按日连续处罚, 环境保护法 §59), an act that began after the first
 *   case's order to correct or decision (a continuing or repeated violation is a new act), act periods that do not
 *   meet, a case closed without a fine, terminated, not yet decided, or numbered like the other (repo/duplicate-number).
 * When the record neither proves nor excludes sameness, and both cases were opened on acts discovered before the
 * first decision, a warning asks for a human look and says why; otherwise nothing is reported.
 */
import type {
  CrossCase,
  CrossCaseContext,
  CrossRuleFinding,
  LegalBasis,
  Msg,
  Rule,
} from '../../src/engine/types.js';
import type { CrossCaseFacts } from '../../src/engine/cross-facts.js';
import type { IsoDate } from '../../src/model/case-data.js';
import { formatDateZh } from '../../src/model/dates.js';
import { APL, ENV, aplVersion, basis, envVersion } from '../shared/law.js';
import { cite, folderOf, listOf } from './support.js';

type Interval = { from?: IsoDate; to?: IsoDate };

/** the act's days as recorded: a single day, a period, a continuing act up to its discovery; open ends unknown */
function actInterval(f: CrossCaseFacts): Interval {
  const { from, to, continuing, discovered } = f.act;
  if (from !== undefined && to !== undefined) return { from, to };
  if (from !== undefined)
    return continuing ? (discovered ? { from, to: discovered } : { from }) : { from, to: from };
  if (to !== undefined) return { to };
  return {};
}

const closed = (i: Interval): i is { from: IsoDate; to: IsoDate } =>
  i.from !== undefined && i.to !== undefined;

function disjoint(a: Interval, b: Interval): boolean {
  return (
    (a.to !== undefined && b.from !== undefined && a.to < b.from) ||
    (b.to !== undefined && a.from !== undefined && b.to < a.from)
  );
}

/** the first case's cut: after its order to correct (or its decision) a continuing act is a new act */
function cutOf(f: CrossCaseFacts): IsoDate | undefined {
  const dates = [f.correctionOrdered, f.decided].filter((d): d is IsoDate => d !== undefined);
  return dates.sort()[0];
}

function partyMatch(a: CrossCaseFacts, b: CrossCaseFacts): 'code' | 'name' | undefined {
  const pa = a.party;
  const pb = b.party;
  if (!pa || !pb) return undefined;
  if (pa.codes.some((k) => pb.codes.includes(k))) return 'code';
  // different codes on both sides: different parties, whatever the names
  if (pa.codes.length > 0 && pb.codes.length > 0) return undefined;
  return pa.nameKey !== '' && pa.nameKey === pb.nameKey ? 'name' : undefined;
}

const FINED = new Set(['fine', 'changed']);

function periodText(i: Interval): Msg {
  if (closed(i))
    return i.from === i.to
      ? { zh: formatDateZh(i.from), en: i.from }
      : { zh: `${formatDateZh(i.from)}至${formatDateZh(i.to)}`, en: `${i.from} to ${i.to}` };
  return { zh: '日期未记录', en: 'dates not recorded' };
}

function bases(ctx: CrossCaseContext, date: IsoDate | undefined): LegalBasis[] {
  if (date === undefined) return [basis(APL, '2021', 29)];
  const out = [aplVersion(ctx, date) === '2021' ? basis(APL, '2021', 29) : basis(APL, '2017', 24)];
  if (envVersion(ctx, date) === '2023') out.push(basis(ENV, '2023', 7));
  return out;
}

function yuan(n: number | undefined): string {
  if (n === undefined) return '?';
  return Number.isInteger(n) ? String(n) : n.toFixed(2);
}

interface Verdict {
  severity: 'error' | 'warning';
  /** why the record does not settle it (warnings) */
  why: Msg[];
}

function judge(first: CrossCase, second: CrossCase, party: 'code' | 'name'): Verdict | undefined {
  const a = first.facts;
  const b = second.facts;
  const ia = actInterval(a);
  const ib = actInterval(b);
  if (disjoint(ia, ib)) return undefined;
  const cut = cutOf(a);
  const startB = ib.from ?? ib.to;
  if (cut !== undefined && startB !== undefined && startB > cut) return undefined;
  if (a.act.location !== undefined && b.act.location !== undefined && a.act.location !== b.act.location)
    return undefined;
  const why: Msg[] = [];
  if (party === 'name')
    why.push({
      zh: '当事人仅能按名称比对（一方未记录统一社会信用代码或身份证号）',
      en: 'the party matches by name only (a side records no identity code)',
    });
  for (const [f, c] of [
    [a, first],
    [b, second],
  ] as const)
    if (f.outcome === 'changed')
      why.push({
        zh: `${folderOf(c)} 的处罚决定已变更或撤销，罚款是否仍然有效未记录`,
        en: `the decision in ${folderOf(c)} was changed or revoked; whether its fine stands is not recorded`,
      });
  const proved = closed(ia) && closed(ib);
  if (!proved) {
    // parallel cases on acts found before the first decision: likely the same act; else a repeat is the likelier reading
    const found = b.act.discovered;
    if (a.decided === undefined || found === undefined || found > a.decided) return undefined;
    why.push({
      zh: '违法行为的起止日期未完整记录，无法判断是否同一违法行为',
      en: 'the act dates are not fully recorded, so the record cannot tell whether it is the same act',
    });
  }
  return { severity: why.length === 0 ? 'error' : 'warning', why };
}

export const rule: Rule = {
  meta: {
    id: 'repo/double-penalty',
    title: { zh: '同一违法行为在不同案卷中两次罚款', en: 'The same act fined in two cases' },
    description: {
      zh: '一同检查的案卷中，同一当事人（按统一社会信用代码、身份证号、工商注册号识别；仅有名称时至多警告）的同一违法行为（违反同一条款，且违法行为日期相同或期间重叠、地点相同）被两次处以罚款。按日连续处罚、责令改正后继续或再次实施的违法行为、不予处罚、终止调查、尚未决定的案件不计。记录不足以判断时至多警告，并说明原因。单独检查一个案卷时不运行。',
      en: 'Among the cases linted together, the same party (by unified social credit code, ID number or registration number; by name only at most a warning) fined twice for the same act (the same violated provision, the same or overlapping act dates, the same place). Per-day penalties, acts continued or repeated after an order to correct, no-penalty, terminated and undecided cases do not count. When the record cannot settle it, at most a warning saying why. Does not run on a case linted alone.',
    },
    severity: 'error',
    category: '适用法律正确',
    basis: [basis(APL, '2021', 29), basis(APL, '2017', 24), basis(ENV, '2023', 7)],
    check: { zh: '一事不再罚（跨案卷）', en: 'no second fine across cases' },
  },
  check: () => [],
  across(cases, ctx) {
    const fined = cases
      .filter((c) => FINED.has(c.facts.outcome) && c.facts.violated.length > 0)
      .sort(byDecision);
    // cases by party key (each code, and the name): only cases sharing one can be the same party
    const byKey = new Map<string, number[]>();
    fined.forEach((c, i) => {
      for (const key of partyKeys(c)) {
        const list = byKey.get(key);
        if (list) list.push(i);
        else byKey.set(key, [i]);
      }
    });
    const findings: CrossRuleFinding[] = [];
    fined.forEach((second, j) => {
      // the same party's earlier decisions: stop once an error and a few others are found, so a large set of
      // near-copies stays linear (one defect, one finding, naming a few earlier cases)
      const pairs: Pair[] = [];
      const seen = new Set<number>();
      let complete = true;
      scan: for (const key of partyKeys(second))
        for (const i of byKey.get(key) ?? []) {
          if (i >= j) break; // the lists are in decision order: the rest were decided after this case
          if (seen.has(i)) continue;
          seen.add(i);
          const pair = pairOf(fined[i] as CrossCase, second);
          if (!pair) continue;
          pairs.push(pair);
          if (pairs.length > MAX_NAMED && pairs.some((p) => p.verdict.severity === 'error')) {
            complete = false;
            break scan;
          }
        }
      if (pairs.length === 0) return;
      const main = pairs.find((p) => p.verdict.severity === 'error') ?? (pairs[0] as Pair);
      const others = pairs.filter((p) => p !== main).map((p) => folderOf(p.first));
      findings.push(finding(ctx, main, others, complete));
    });
    return findings.sort((a, b) => a.index - b.index);
  },
};

/** how many other earlier cases a finding names */
const MAX_NAMED = 3;

/** decision order (undated decisions last), then input order */
function byDecision(a: CrossCase, b: CrossCase): number {
  const da = a.facts.decided ?? '9999-12-31';
  const db = b.facts.decided ?? '9999-12-31';
  return da < db ? -1 : da > db ? 1 : a.index - b.index;
}

function partyKeys(c: CrossCase): string[] {
  const party = c.facts.party;
  if (!party) return [];
  return [...party.codes, ...(party.nameKey ? [`name:${party.nameKey}`] : [])];
}

/** the pair when `second` (decided after `first`) may fine `first`'s act again */
function pairOf(first: CrossCase, second: CrossCase): Pair | undefined {
  const x = first.facts;
  const y = second.facts;
  if (x.numberKey !== undefined && x.numberKey === y.numberKey) return undefined;
  const party = partyMatch(x, y);
  if (!party) return undefined;
  const shared = x.violated.filter((v) => y.violated.some((w) => w.key === v.key));
  if (shared.length === 0) return undefined;
  const verdict = judge(first, second, party);
  return verdict ? { first, second, provisions: shared.map((s) => s.label), verdict } : undefined;
}

interface Pair {
  first: CrossCase;
  second: CrossCase;
  provisions: Msg[];
  verdict: Verdict;
}

function finding(ctx: CrossCaseContext, pair: Pair, others: string[], complete: boolean): CrossRuleFinding {
  const { first, second, provisions, verdict } = pair;
  const a = first.facts;
  const b = second.facts;
  const b2 = bases(ctx, b.decided);
  const law = cite(ctx, b2);
  const party = b.party?.name ?? '';
  const code = b.party?.codes.find((k) => a.party?.codes.includes(k));
  const shown = code?.replace(/^[a-z]+:/, '');
  const who = shown ? { zh: `${party}，${shown}`, en: `${party}, ${shown}` } : { zh: party, en: party };
  const prov = { zh: provisions.map((p) => p.zh).join('、'), en: provisions.map((p) => p.en).join(', ') };
  const when = periodText(actInterval(b));
  const firstName = a.number ?? folderOf(first);
  const firstDate = a.decided
    ? { zh: `，${formatDateZh(a.decided)}`, en: `, ${a.decided}` }
    : { zh: '', en: '' };
  const also = complete
    ? listOf(others)
    : { zh: `${listOf(others).zh}等`, en: `${listOf(others).en} and others` };
  const base = {
    zh: `当事人（${who.zh}）违反${prov.zh}的违法行为（${when.zh}）已由 ${firstName}（${folderOf(first)}${firstDate.zh}）处以罚款${yuan(a.fine)}元${others.length > 0 ? `（另见 ${also.zh}）` : ''}，本案再处罚款${yuan(b.fine)}元`,
    en: `The party (${who.en}) was already fined ${yuan(a.fine)} yuan by ${firstName} (${folderOf(first)}${firstDate.en})${others.length > 0 ? ` (see also ${also.en})` : ''} for the act violating ${prov.en} (${when.en}); this case fines it again (${yuan(b.fine)} yuan)`,
  };
  if (verdict.severity === 'error')
    return {
      index: second.index,
      path: '/penalty/fine',
      severity: 'error',
      basis: b2,
      cause: `double-penalty:${String(first.index)}`,
      message: {
        zh: `${base.zh}：同一违法行为不得两次罚款（${law.zh}）`,
        en: `${base.en}: one act may not be fined twice (${law.en})`,
      },
      suggestion: {
        zh: '撤销或变更本案罚款；如本案是责令改正后继续违法的按日连续处罚，记录 penalty.daily；如为不同违法行为，补记各自的违法行为日期和地点',
        en: 'Revoke or change this fine; if this is a per-day penalty for a violation continued after an order to correct, record penalty.daily; if the acts differ, record each act’s dates and place',
      },
    };
  const why = listOf(verdict.why.map((w) => w.zh));
  const whyEn = verdict.why.map((w) => w.en).join('; ');
  return {
    index: second.index,
    path: '/penalty/fine',
    severity: 'warning',
    basis: b2,
    cause: `double-penalty:${String(first.index)}`,
    message: {
      zh: `${base.zh}，可能是同一违法行为两次罚款，需要人工核对：${why.zh}（${law.zh}）`,
      en: `${base.en}; this may be one act fined twice and needs a human look: ${whyEn} (${law.en})`,
    },
    suggestion: {
      zh: '核对两案是否为同一违法行为；如是，撤销或变更本案罚款；如否，补记各自的违法行为起止日期、地点和当事人代码',
      en: 'Check whether the two cases concern one act; if so, revoke or change this fine; if not, record each act’s dates, place and the party’s identity code',
    },
  };
}
