/**
 * docs/rules.md, generated from the rule metadata: the rule tables by pack, then the coverage of every
 * research-digest candidate (rules/candidates.yaml): implemented by which rule, or why not
 * (rules/<pack>/not-implemented.yaml).
 */
import { DEADLINE_RULES, SEVERITY_POLICY } from '../../rules/shared/severity-policy.js';
import { existsSync, readFileSync } from 'node:fs';
import { yaml } from '../lazy.js';
import { packs } from '../../rules/index.js';
import { citeAll } from '../format/cite.js';
import { fromRoot } from '../paths.js';
import { INPUT_CHECKS } from '../engine/input-checks.js';
import { ruleAnchor } from './anchors.js';
import { optionDefaultText, optionTypeText } from '../engine/rule-options.js';

export interface Candidate {
  id: string;
  title: string;
  source: string;
}

export interface NotImplemented {
  id: string;
  title?: string;
  reason: string;
}

export function candidates(): Candidate[] {
  return yaml().parse(readFileSync(fromRoot('rules', 'candidates.yaml'), 'utf8')) as Candidate[];
}

export function notImplemented(): Map<string, NotImplemented & { pack: string }> {
  const out = new Map<string, NotImplemented & { pack: string }>();
  for (const pack of Object.keys(packs)) {
    const file = fromRoot('rules', pack, 'not-implemented.yaml');
    if (!existsSync(file)) continue;
    for (const row of (yaml().parse(readFileSync(file, 'utf8')) as NotImplemented[] | null) ?? [])
      out.set(row.id, { ...row, pack });
  }
  return out;
}

export function implementedBy(): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const rule of Object.values(packs).flat()) {
    for (const id of rule.meta.candidates ?? []) out.set(id, [...(out.get(id) ?? []), rule.meta.id]);
  }
  return out;
}

/** candidate ids neither implemented nor explained */
export function unaccounted(): string[] {
  const done = implementedBy();
  const skipped = notImplemented();
  return candidates()
    .map((c) => c.id)
    .filter((id) => !done.has(id) && !skipped.has(id));
}

/** the severity policy and the reason for each deadline rule's severity (rules/shared/severity-policy.ts) */
function severityPolicyLines(): string[] {
  const out = [
    '## Severity policy',
    '',
    ...(['error', 'warning', 'info'] as const).map(
      (s) => `- **${s}** — ${SEVERITY_POLICY[s].en} / ${SEVERITY_POLICY[s].zh}`,
    ),
    '',
    'A missed statutory deadline is an error whenever the dates are recorded and the counting is settled, whatever the',
    'step (filing, decision, service, publication …); a warning only where the law leaves the counting unsettled. A step',
    'the timeline does not record at all is "not recorded" (未记录), a warning. A pending deadline of an open case is an',
    'info. The rules that compute statutory deadlines, and why each has its severity:',
    '',
    '| rule | counting settled | severity | reason |',
    '|---|---|---|---|',
  ];
  const meta = new Map(
    Object.values(packs).flatMap((rules) => rules.map((r) => [r.meta.id, r.meta] as const)),
  );
  for (const [id, d] of Object.entries(DEADLINE_RULES)) {
    const m = meta.get(id);
    if (!m) continue;
    out.push(
      `| \`${id}\` | ${d.settled ? 'yes' : 'no'} | ${m.severity} | ${cell(d.reason.en)} / ${cell(d.reason.zh)} |`,
    );
  }
  out.push('');
  return out;
}

/** what the generated doc says of a pack of cross-case rules (Rule.across) */
const CROSS_CASE_NOTE = [
  'These rules compare the cases linted together, after all of them ran (each case contributes compact facts:',
  'number, party codes, violated provisions, act dates, outcome); one case linted alone gives them nothing. In a',
  'streaming output their findings come last. A duplicate number is an error: the record itself proves two case files',
  'under one number. A second fine is an error only when the record proves the same party (an identity code), the same',
  'provision and the same act dates; otherwise at most a warning that says what the record lacks. A numbering gap is an',
  'info: the missing case may simply be outside the linted set.',
];

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/**
 * the options of every rule that takes any, from each rule's `meta.options` (name, type and allowed values, default,
 * meaning): the same declarations the configuration is checked against and `caselint explain` shows
 */
function optionLines(): string[] {
  const rules = Object.values(packs)
    .flat()
    .filter((r) => Object.keys(r.meta.options ?? {}).length > 0);
  const code = (value: string) => `\`${value}\``;
  const lines = [
    '## Rule options',
    '',
    `${rules.length} rules take options, set in \`caselint.config.yaml\` as \`rules: { <id>: [<severity>, { <option>: <value> }] }\`,`,
    'e.g. `procedure/filing-deadline: [error, { monitoringClock: report-received }]`. An unknown option, a value of the',
    'wrong type, outside the allowed values or out of range is a configuration error. `caselint explain <id>` shows the',
    "same. Generated from each rule's `meta.options`.",
    '',
    '| rule | option | type / allowed values | default | meaning |',
    '|---|---|---|---|---|',
  ];
  for (const r of rules)
    for (const [name, spec] of Object.entries(r.meta.options ?? {}))
      lines.push(
        `| [\`${r.meta.id}\`](#${ruleAnchor(r.meta.id)}) | \`${name}\` | ${cell(optionTypeText(spec, 'en', code))} | ${code(optionDefaultText(spec.default))} | ${cell(spec.description.zh)} / ${cell(spec.description.en)} |`,
      );
  lines.push('');
  return lines;
}

export function rulesMarkdown(): string {
  const lines: string[] = [
    '# caselint rules',
    '',
    '<!-- Generated by `npx tsx scripts/gen-rules-doc.ts` from the rule metadata; do not edit by hand. -->',
    '',
    'Each rule cites the law version it applies (procedure by the date of each step, penalty ranges by the date of the',
    'violation with the milder later law). `caselint explain <id>` shows the full description, options and a failing and a',
    'passing example.',
    '',
    ...severityPolicyLines(),
  ];
  let total = 0;
  for (const [pack, rules] of Object.entries(packs)) {
    if (rules.length === 0) continue;
    total += rules.length;
    lines.push(`## ${pack} (${rules.length})`, '');
    if (rules.every((r) => r.across)) lines.push(...CROSS_CASE_NOTE, '');
    lines.push('| id | title | basis | severity | category |', '|---|---|---|---|---|');
    for (const r of rules) {
      lines.push(
        `| <a id="${ruleAnchor(r.meta.id)}"></a>\`${r.meta.id}\` | ${cell(r.meta.title.zh)} / ${cell(r.meta.title.en)} | ${cell(citeAll(r.meta.basis, 'zh'))} | ${r.meta.severity} | ${r.meta.category} |`,
      );
    }
    lines.push('');
  }
  lines.push(...optionLines());
  lines.push(
    `## input (${INPUT_CHECKS.length})`,
    '',
    'Input checks run before any rule: a case file that cannot be read or does not fit the format. They cannot be',
    'switched off. Exit codes: a file that cannot be read or parsed gives 2, a schema error 1 (README, "Exit codes").',
    '',
    '| id | title | what |',
    '|---|---|---|',
    ...INPUT_CHECKS.map(
      (c) =>
        `| <a id="${ruleAnchor(c.id)}"></a>\`${c.id}\` | ${cell(c.title.zh)} / ${cell(c.title.en)} | ${cell(c.description.zh)} |`,
    ),
    '',
  );
  lines.splice(
    8,
    0,
    `${total} rules in ${Object.values(packs).filter((r) => r.length > 0).length} packs.`,
    '',
  );
  const done = implementedBy();
  const skipped = notImplemented();
  const all = candidates();
  const implementedCount = all.filter((c) => done.has(c.id)).length;
  lines.push(
    '## Coverage of the research digests',
    '',
    `${all.length} candidate checks in \`../shared/law/\` digests: ${implementedCount} implemented, ${all.filter((c) => !done.has(c.id) && skipped.has(c.id)).length} not implemented (with the reason), ${all.filter((c) => !done.has(c.id) && !skipped.has(c.id)).length} unaccounted.`,
    '',
    '| candidate | check (digest wording, abridged) | status |',
    '|---|---|---|',
  );
  for (const c of all) {
    const by = done.get(c.id);
    const skip = skipped.get(c.id);
    const status = by
      ? `implemented: ${by.map((id) => `\`${id}\``).join(', ')}${skip ? ` (partly; not implemented: ${cell(skip.reason)})` : ''}`
      : skip
        ? `**not implemented** — ${cell(skip.reason)}`
        : '**unaccounted**';
    lines.push(`| ${c.id} | ${cell(c.title)} | ${status} |`);
  }
  lines.push('');
  return lines.join('\n');
}
