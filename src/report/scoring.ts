/**
 * Review scoring by the eight categories of 环境行政处罚案卷评查指南 (环办〔2012〕98号). The guide's point
 * values, pass marks and veto items were not obtained (digest-environmental-measures-and-review §5.1, §10:
 * UNCONFIRMED), so the model follows the digest's §9 structure and every number is a documented, configurable
 * default (docs/scoring.md):
 *   layer A (实体评查, pass/fail): an error of a veto rule fails the file whatever its score;
 *   layer B (卷面评查, 100 points): each category has a weight; each active finding deducts by severity;
 *   deductions stop at the category's weight, and no score goes below 0;
 *   bonus (加分项): 执法手段丰富 — points for a case that used several enforcement tools (src/report/tools.ts),
 *   never past the sum of the weights.
 */
import type { LeanFinding } from '../engine/lean-result.js';
import type { CaseResult } from '../engine/run-types.js';
import type { Msg, ReviewCategory, RuleMeta, Severity } from '../engine/types.js';
import { REVIEW_CATEGORIES } from '../engine/types.js';
import { caseLabel } from './counts.js';
import type { EnforcementTool } from './tools.js';
import type { CaseSummary } from './summary.js';

export interface Grade {
  min: number;
  label: Msg;
}

export interface ScoringModel {
  id: string;
  /** points per review category; the defaults add up to 100 */
  weights: Record<ReviewCategory, number>;
  /** points deducted per active finding, by severity */
  deduction: Record<Severity, number>;
  veto: {
    /** an error finding of a rule that implements one of these digest candidate ids fails the file */
    candidates: string[];
    /** an error finding of one of these rule ids fails the file */
    rules: string[];
    /** an error finding in one of these categories fails the file (the substantive layer) */
    categories: ReviewCategory[];
  };
  /** bands, highest first; a vetoed file is graded `failLabel` */
  grades: Grade[];
  failLabel: Msg;
  bonus: {
    /** 执法手段丰富: `points` added when the case used at least `minTools` enforcement tools (0 points: off) */
    tools: { points: number; minTools: number };
  };
  excellent: {
    /** lowest score of a candidate for 优秀案例 */
    minScore: number;
    /** how many candidates to list */
    max: number;
    /** whether a case with warnings can be a candidate */
    allowWarnings: boolean;
  };
}

/** The default model ("caselint-default-2026"); see docs/scoring.md for why each number is what it is. */
export const DEFAULT_MODEL: ScoringModel = {
  id: 'caselint-default-2026',
  weights: {
    主体合法: 10,
    事实清楚: 15,
    证据充分: 15,
    适用法律正确: 15,
    程序合法: 20,
    文书规范: 10,
    执行到位: 10,
    归档规范: 5,
  },
  deduction: { error: 3, warning: 1, info: 0 },
  veto: {
    // digest §9 layer A (substantive) and the procedural veto candidates
    candidates: [
      'ENV-JUR-001',
      'ENV-OFF-001',
      'ENV-OFF-002',
      'ENV-INV-008',
      'ENV-INV-011',
      'ENV-VER-001',
      'ENV-DEC-005',
      'ENV-DEC-006',
      'ENV-FIL-002',
      'ENV-NOT-001',
      'ENV-NOT-002',
      'ENV-NOT-004',
      'ENV-HEA-001',
      'ENV-HEA-003',
      'ENV-LEG-001',
      'ENV-COL-001',
      'ENV-DEC-002',
      'ENV-XFR-002',
    ],
    rules: [],
    // off by default: the digest maps named hard-error rules to the substantive items, not whole categories
    categories: [],
  },
  grades: [
    { min: 90, label: { zh: '优秀', en: 'excellent' } },
    { min: 75, label: { zh: '良好', en: 'good' } },
    { min: 60, label: { zh: '合格', en: 'pass' } },
    { min: 0, label: { zh: '不合格', en: 'fail' } },
  ],
  failLabel: { zh: '不合格', en: 'fail' },
  // the 2018 campaign's bonus item; its points are UNCONFIRMED, 2 points for a penalty plus one more tool is caselint's choice
  bonus: { tools: { points: 2, minTools: 2 } },
  excellent: { minScore: 90, max: 5, allowWarnings: false },
};

export interface CategoryScore {
  category: ReviewCategory;
  weight: number;
  deducted: number;
  score: number;
  findings: number;
}

/** what the scores and the review's tables read of a finding */
export type ScoredFinding = LeanFinding;

/**
 * what the scores read of a case's result: a whole `CaseResult`, or what `report --json` keeps of one (its findings
 * reduced to `ScoredFinding`, so that a report over thousands of cases keeps a few values per finding)
 */
export interface ScoredResult {
  file: string;
  caseId?: string;
  summary?: CaseSummary;
  findings: readonly ScoredFinding[];
}

export interface CaseScore<R extends ScoredResult = CaseResult> {
  case: string;
  file: string;
  result: R;
  /** false when a veto finding failed the file */
  pass: boolean;
  vetoes: R['findings'][number][];
  score: number;
  grade: Msg;
  byCategory: CategoryScore[];
  /** enforcement tools the record shows were used */
  tools: EnforcementTool[];
  /** bonus points added (执法手段丰富), after the cap at the sum of the weights */
  bonus: number;
  errors: number;
  warnings: number;
}

function isVeto(f: ScoredFinding, meta: RuleMeta | undefined, model: ScoringModel): boolean {
  if (f.waived || f.severity !== 'error' || f.category === 'input' || f.category === 'coverage') return false;
  if (model.veto.rules.includes(f.ruleId)) return true;
  if (model.veto.categories.includes(f.category)) return true;
  return (meta?.candidates ?? []).some((c) => model.veto.candidates.includes(c));
}

export function gradeOf(score: number, pass: boolean, model: ScoringModel): Msg {
  if (!pass) return model.failLabel;
  return model.grades.find((g) => score >= g.min)?.label ?? model.failLabel;
}

/** undefined for a case that could not be read (nothing to score) */
export function scoreCase<R extends ScoredResult>(
  result: R,
  rules: ReadonlyMap<string, RuleMeta>,
  model: ScoringModel = DEFAULT_MODEL,
): CaseScore<R> | undefined {
  if (!result.summary) return undefined;
  const active: R['findings'][number][] = result.findings.filter(
    (f) => !f.waived && f.category !== 'input' && f.category !== 'coverage',
  );
  const byCategory = REVIEW_CATEGORIES.map((category): CategoryScore => {
    const weight = model.weights[category] ?? 0;
    const found = active.filter((f) => f.category === category);
    const raw = found.reduce((n, f) => n + (model.deduction[f.severity] ?? 0), 0);
    const deducted = Math.min(weight, raw);
    return { category, weight, deducted, score: weight - deducted, findings: found.length };
  });
  const vetoes = active.filter((f) => isVeto(f, rules.get(f.ruleId), model));
  const base = Math.max(
    0,
    byCategory.reduce((n, c) => n + c.score, 0),
  );
  const tools = result.summary.tools;
  const { points, minTools } = model.bonus.tools;
  const ceiling = REVIEW_CATEGORIES.reduce((n, c) => n + (model.weights[c] ?? 0), 0);
  const bonus = tools.length >= minTools && points > 0 ? Math.max(0, Math.min(points, ceiling - base)) : 0;
  const score = base + bonus;
  const pass = vetoes.length === 0;
  return {
    case: caseLabel(result),
    file: result.file,
    result,
    pass,
    vetoes,
    score,
    grade: gradeOf(score, pass, model),
    byCategory,
    tools,
    bonus,
    errors: active.filter((f) => f.severity === 'error').length,
    warnings: active.filter((f) => f.severity === 'warning').length,
  };
}

/** clean cases with the highest scores, best first (ties by case number) */
export function excellentCandidates<R extends ScoredResult>(
  scores: readonly CaseScore<R>[],
  model: ScoringModel = DEFAULT_MODEL,
): CaseScore<R>[] {
  return scores
    .filter((s) => s.pass && s.errors === 0 && (model.excellent.allowWarnings || s.warnings === 0))
    .filter((s) => s.score >= model.excellent.minScore)
    .sort((a, b) => b.score - a.score || a.case.localeCompare(b.case))
    .slice(0, model.excellent.max);
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Merges a user's partial model (from --scoring file.yaml) over the default, checking each value. */
export function mergeModel(raw: unknown, base: ScoringModel = DEFAULT_MODEL): ScoringModel {
  if (!isRecord(raw)) throw new Error('scoring model: expected a mapping');
  const model: ScoringModel = structuredClone(base);
  const num = (v: unknown, what: string): number => {
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0)
      throw new Error(`scoring model: ${what} must be a number ≥ 0`);
    return v;
  };
  const strings = (v: unknown, what: string): string[] => {
    if (!Array.isArray(v) || !v.every((x) => typeof x === 'string'))
      throw new Error(`scoring model: ${what} must be a list of strings`);
    return v as string[];
  };
  const known = ['id', 'weights', 'deduction', 'veto', 'grades', 'bonus', 'excellent'];
  const unknown = Object.keys(raw).filter((k) => !known.includes(k));
  if (unknown.length)
    throw new Error(`scoring model: unknown key(s) ${unknown.join(', ')} (expected ${known.join(', ')})`);
  if (raw.id !== undefined) model.id = String(raw.id);
  if (raw.weights !== undefined) {
    if (!isRecord(raw.weights)) throw new Error('scoring model: weights must be a mapping');
    for (const [k, v] of Object.entries(raw.weights)) {
      if (!REVIEW_CATEGORIES.includes(k as ReviewCategory))
        throw new Error(`scoring model: unknown category ${k}`);
      model.weights[k as ReviewCategory] = num(v, `weights.${k}`);
    }
  }
  if (raw.deduction !== undefined) {
    if (!isRecord(raw.deduction)) throw new Error('scoring model: deduction must be a mapping');
    for (const [k, v] of Object.entries(raw.deduction)) {
      if (!['error', 'warning', 'info'].includes(k)) throw new Error(`scoring model: unknown severity ${k}`);
      model.deduction[k as Severity] = num(v, `deduction.${k}`);
    }
  }
  if (raw.veto !== undefined) {
    if (!isRecord(raw.veto)) throw new Error('scoring model: veto must be a mapping');
    if (raw.veto.candidates !== undefined)
      model.veto.candidates = strings(raw.veto.candidates, 'veto.candidates');
    if (raw.veto.rules !== undefined) model.veto.rules = strings(raw.veto.rules, 'veto.rules');
    if (raw.veto.categories !== undefined) {
      const cats = strings(raw.veto.categories, 'veto.categories');
      for (const c of cats)
        if (!REVIEW_CATEGORIES.includes(c as ReviewCategory))
          throw new Error(`scoring model: unknown category ${c}`);
      model.veto.categories = cats as ReviewCategory[];
    }
  }
  if (raw.grades !== undefined) {
    if (!Array.isArray(raw.grades)) throw new Error('scoring model: grades must be a list');
    model.grades = raw.grades
      .map((g: unknown, i) => {
        if (!isRecord(g) || !isRecord(g.label))
          throw new Error(`scoring model: grades[${i}] needs min and label {zh, en}`);
        return {
          min: num(g.min, `grades[${i}].min`),
          label: { zh: String(g.label.zh ?? ''), en: String(g.label.en ?? '') },
        };
      })
      .sort((a, b) => b.min - a.min);
  }
  if (raw.bonus !== undefined) {
    if (!isRecord(raw.bonus)) throw new Error('scoring model: bonus must be a mapping');
    const unknownBonus = Object.keys(raw.bonus).filter((k) => k !== 'tools');
    if (unknownBonus.length)
      throw new Error(`scoring model: unknown bonus item(s) ${unknownBonus.join(', ')} (expected tools)`);
    const tools = raw.bonus.tools;
    if (tools !== undefined) {
      if (!isRecord(tools)) throw new Error('scoring model: bonus.tools must be a mapping');
      if (tools.points !== undefined) model.bonus.tools.points = num(tools.points, 'bonus.tools.points');
      if (tools.minTools !== undefined)
        model.bonus.tools.minTools = num(tools.minTools, 'bonus.tools.minTools');
    }
  }
  if (raw.excellent !== undefined) {
    if (!isRecord(raw.excellent)) throw new Error('scoring model: excellent must be a mapping');
    const e = raw.excellent;
    if (e.minScore !== undefined) model.excellent.minScore = num(e.minScore, 'excellent.minScore');
    if (e.max !== undefined) model.excellent.max = num(e.max, 'excellent.max');
    if (e.allowWarnings !== undefined) model.excellent.allowWarnings = Boolean(e.allowWarnings);
  }
  return model;
}
