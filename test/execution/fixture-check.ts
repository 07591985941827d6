/**
 * A loader-free runner for the execution pack's fixtures, so the pack can be tested on its own: reads the
 * fixture YAML, applies the patch as docs/architecture.md describes, builds the Case and runs one rule.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { loadKnowledge } from '../../src/law/index.js';
import { buildCase } from '../../src/model/build.js';
import type { CaseData, TimelineEventData } from '../../src/model/case-data.js';
import type { Rule, RuleFinding } from '../../src/engine/types.js';
import { fromRoot } from '../../src/paths.js';

function mergePatch(target: unknown, patch: unknown): unknown {
  if (patch === null || typeof patch !== 'object' || Array.isArray(patch)) return patch;
  const out: Record<string, unknown> =
    target !== null && typeof target === 'object' && !Array.isArray(target)
      ? { ...(target as Record<string, unknown>) }
      : {};
  for (const [key, value] of Object.entries(patch as Record<string, unknown>)) {
    if (value === null) delete out[key];
    else out[key] = mergePatch(out[key], value);
  }
  return out;
}

interface Spec {
  base?: string;
  set?: Record<string, unknown>;
  remove_events?: string[];
  update_events?: Record<string, Record<string, unknown>>;
  add_events?: TimelineEventData[];
  as_of?: string;
  options?: Record<string, unknown>;
}

/** YAML dates are plain strings in case files (the yaml package's core schema keeps them as strings) */
export function cleanCase(name: string): CaseData {
  return parse(readFileSync(fromRoot('fixtures', 'cases', name, 'case.yaml'), 'utf8')) as CaseData;
}

export function cleanCaseNames(): string[] {
  return readdirSync(fromRoot('fixtures', 'cases'));
}

export function applySpec(base: CaseData, spec: Spec): CaseData {
  let data = structuredClone(base);
  if (spec.set) data = mergePatch(data, spec.set) as CaseData;
  let timeline = data.timeline;
  if (spec.remove_events) {
    const drop = new Set(spec.remove_events);
    timeline = timeline.filter((e) => !drop.has(e.event));
  }
  for (const [type, patch] of Object.entries(spec.update_events ?? {})) {
    const i = timeline.findIndex((e) => e.event === type);
    if (i < 0) throw new Error(`update_events: no ${type} event`);
    timeline[i] = mergePatch(timeline[i], patch) as TimelineEventData;
  }
  if (spec.add_events) {
    timeline = [...timeline, ...spec.add_events]
      .map((e, i) => ({ e, i }))
      .sort((a, b) => (a.e.date < b.e.date ? -1 : a.e.date > b.e.date ? 1 : a.i - b.i))
      .map((x) => x.e);
  }
  data.timeline = timeline;
  return data;
}

export function runOn(
  rule: Rule,
  data: CaseData,
  asOf = '2026-11-28',
  options: Record<string, unknown> = {},
): RuleFinding[] {
  const knowledge = loadKnowledge();
  const defaults = Object.fromEntries(
    Object.entries(rule.meta.options ?? {}).map(([k, v]) => [k, v.default]),
  );
  const c = buildCase({ data, dir: '/nonexistent/case', file: 'case.yaml' }, knowledge.law);
  return rule.check(c, {
    ...knowledge,
    asOf,
    options: { ...defaults, ...options },
    settings: { thresholdInclusive: true, jurisdiction: data.case.jurisdiction ?? 'CN-SH' },
  });
}

export interface LoadedFixture {
  name: string;
  expect: 'pass' | 'fail';
  findings: RuleFinding[];
}

export function runFixtures(rule: Rule): LoadedFixture[] {
  const dir = fromRoot('fixtures', 'rules', ...rule.meta.id.split('/'));
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => /^(pass|fail).*\.ya?ml$/.test(n));
  } catch {
    return [];
  }
  return names.sort().map((name) => {
    const raw = parse(readFileSync(join(dir, name), 'utf8')) as Spec & Partial<CaseData>;
    const data = raw.format ? (raw as CaseData) : applySpec(cleanCase(raw.base ?? ''), raw);
    return {
      name,
      expect: name.startsWith('pass') ? 'pass' : 'fail',
      findings: runOn(rule, data, raw.as_of ?? '2026-11-28', raw.options ?? {}),
    };
  });
}
