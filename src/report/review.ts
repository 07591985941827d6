/** The data of the review report: scores per case, summary tables, defects, candidates for 优秀案例. */
import type { CaseResult, LintRun } from '../engine/run-types.js';
import type { ReviewCategory, RuleMeta } from '../engine/types.js';
import { REVIEW_CATEGORIES } from '../engine/types.js';
import type { IsoDate } from '../model/case-data.js';
import { activeFindings, ruleIndex } from './counts.js';
import { inPeriod, type Period } from './period.js';
import { seededTallies, type Tally } from './stats.js';
import type { CaseSummary } from './summary.js';
import {
  DEFAULT_MODEL,
  excellentCandidates,
  scoreCase,
  type CaseScore,
  type ScoredResult,
  type ScoringModel,
} from './scoring.js';

export interface CategoryDefects {
  category: ReviewCategory;
  weight: number;
  error: number;
  warning: number;
  info: number;
  cases: number;
}

export interface RuleDefects {
  ruleId: string;
  meta?: RuleMeta;
  category: ReviewCategory | 'input' | 'coverage';
  count: number;
  cases: number;
}

export interface ReviewData<R extends ScoredResult = CaseResult> {
  asOf: IsoDate;
  period?: Period;
  model: ScoringModel;
  scores: CaseScore<R>[];
  unreadable: R[];
  decided: number;
  finedDecisions: number;
  fineTotal: number;
  averageScore: number;
  passed: number;
  byType: Record<string, Tally>;
  bySource: Record<string, Tally>;
  byGrade: { label: string; count: number }[];
  defectsByCategory: CategoryDefects[];
  defectsByRule: RuleDefects[];
  excellent: CaseScore<R>[];
}

/** A case belongs to the period by its decision date, or by its filing date while undecided. */
export function caseInPeriod(c: CaseSummary, period: Period): boolean {
  return c.decided ? inPeriod(c.decided, period) : inPeriod(c.filed, period);
}

function tally(map: Record<string, Tally>, key: string, fine: number): void {
  const t = (map[key] ??= { cases: 0, fines: 0 });
  t.cases++;
  t.fines += fine;
}

/** what the review reads of a run: its results (whole, or as `report --json` keeps them), rules and date */
export interface ReviewRun<R extends ScoredResult = CaseResult> extends Pick<LintRun, 'rules' | 'asOf'> {
  results: readonly R[];
}

export function reviewData<R extends ScoredResult = CaseResult>(
  run: ReviewRun<R>,
  options: { period?: Period; model?: ScoringModel } = {},
): ReviewData<R> {
  const model = options.model ?? DEFAULT_MODEL;
  const rules = ruleIndex(run);
  const selected = run.results.filter(
    (r) => !r.summary || !options.period || caseInPeriod(r.summary, options.period),
  );
  const scores = selected
    .map((r) => scoreCase(r, rules, model))
    .filter((s): s is CaseScore<R> => s !== undefined);
  const unreadable = selected.filter((r) => !r.summary);
  const data: ReviewData<R> = {
    asOf: run.asOf,
    ...(options.period ? { period: options.period } : {}),
    model,
    scores,
    unreadable,
    decided: 0,
    finedDecisions: 0,
    fineTotal: 0,
    averageScore: scores.length ? scores.reduce((n, s) => n + s.score, 0) / scores.length : 0,
    passed: scores.filter((s) => s.pass).length,
    byType: {},
    bySource: seededTallies(),
    byGrade: [],
    defectsByCategory: [],
    defectsByRule: [],
    excellent: excellentCandidates(scores, model),
  };
  for (const s of scores) {
    const c = s.result.summary!;
    const decided = c.decided !== undefined;
    const fine = decided ? c.fine : 0;
    if (decided) data.decided++;
    if (fine > 0) data.finedDecisions++;
    data.fineTotal += fine;
    tally(data.byType, c.violationType ?? '未分类', fine);
    tally(data.bySource, c.source, fine);
  }
  const grades = new Map<string, number>();
  for (const s of scores) grades.set(s.grade.zh, (grades.get(s.grade.zh) ?? 0) + 1);
  data.byGrade = [...model.grades.map((g) => g.label.zh), model.failLabel.zh]
    .filter((label, i, all) => all.indexOf(label) === i)
    .map((label) => ({ label, count: grades.get(label) ?? 0 }));

  data.defectsByCategory = REVIEW_CATEGORIES.map((category) => {
    const found = scores.flatMap((s) =>
      activeFindings(s.result.findings).filter((f) => f.category === category),
    );
    return {
      category,
      weight: model.weights[category],
      error: found.filter((f) => f.severity === 'error').length,
      warning: found.filter((f) => f.severity === 'warning').length,
      info: found.filter((f) => f.severity === 'info').length,
      cases: new Set(found.map((f) => f.case)).size,
    };
  });
  const byRule = new Map<string, RuleDefects & { caseSet: Set<string> }>();
  for (const s of scores) {
    for (const f of activeFindings(s.result.findings)) {
      if (f.severity === 'info') continue;
      const meta = rules.get(f.ruleId);
      const entry = byRule.get(f.ruleId) ?? {
        ruleId: f.ruleId,
        ...(meta ? { meta } : {}),
        category: f.category,
        count: 0,
        cases: 0,
        caseSet: new Set<string>(),
      };
      entry.count++;
      entry.caseSet.add(f.case);
      entry.cases = entry.caseSet.size;
      byRule.set(f.ruleId, entry);
    }
  }
  data.defectsByRule = [...byRule.values()]
    .map(({ caseSet: _caseSet, ...rest }) => rest)
    .sort((a, b) => b.count - a.count || a.ruleId.localeCompare(b.ruleId));
  return data;
}
