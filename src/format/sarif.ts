/**
 * SARIF 2.1.0 output. Written with plain objects rather than node-sarif-builder: the builder adds fs-extra
 * and @types/sarif for a handful of object literals, and the log must be fully deterministic (no timestamps,
 * no absolute paths) so that code-scanning uploads and snapshot tests compare cleanly.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { LintRun } from '../engine/run-types.js';
import type { Finding, RuleMeta, Severity } from '../engine/types.js';
import type { FormatOptions, Formatter, Lang } from './types.js';
import { fromRoot } from '../paths.js';
import { categoryLabel, citeAll, cite, pick } from '../report/text.js';
import { inputCheck } from '../engine/input-checks.js';
import { ruleAnchor } from '../docs/anchors.js';
import {
  formatBuffered,
  jsonAround,
  jsonElement,
  type Piece,
  type RunEnd,
  type StreamFormat,
} from './stream.js';

type SarifLevel = 'error' | 'warning' | 'note';

const LEVEL: Record<Severity, SarifLevel> = { error: 'error', warning: 'warning', info: 'note' };

export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
/** key of the partial fingerprint; bump the suffix if the hashed parts ever change */
export const FINGERPRINT_KEY = 'caselint/v1';

interface PackageInfo {
  version: string;
  homepage: string;
}

const FALLBACK_HOMEPAGE = 'https://github.com/caselint/caselint';

function packageInfo(): PackageInfo {
  try {
    const pkg = JSON.parse(readFileSync(fromRoot('package.json'), 'utf8')) as {
      version?: string;
      homepage?: string;
    };
    return { version: pkg.version ?? '0.0.0', homepage: pkg.homepage ?? FALLBACK_HOMEPAGE };
  } catch {
    return { version: '0.0.0', homepage: FALLBACK_HOMEPAGE };
  }
}

/** the rule's section of docs/rules.md, at the tag of this version (package.json `homepage` is the repository) */
export function helpUri(ruleId: string, info: PackageInfo = packageInfo()): string {
  const base = info.homepage.replace(/#.*$/, '').replace(/\/+$/, '');
  return `${base}/blob/v${info.version}/docs/rules.md#${ruleAnchor(ruleId)}`;
}

/** Stable across edits that move lines: rule id, case number and JSON pointer only. */
export function fingerprint(ruleId: string, caseNumber: string, pointer: string | undefined): string {
  return createHash('sha256')
    .update(`${ruleId}\u0000${caseNumber}\u0000${pointer ?? ''}`)
    .digest('hex');
}

/** a relative path as a URI reference: forward slashes, each segment percent-encoded */
export function toUriReference(file: string): string {
  return file
    .replace(/\\/g, '/')
    .split('/')
    .map((segment) => encodeURIComponent(segment))
    .join('/');
}

function ruleDescriptor(meta: RuleMeta, lang: Lang, info: PackageInfo): Record<string, unknown> {
  const basis = citeAll(meta.basis, lang);
  const heading = lang === 'en' ? 'Legal basis' : '法律依据';
  const basisLines = meta.basis.map((b) => `- ${cite(b, lang)}`).join('\n');
  return {
    id: meta.id,
    name: meta.id.split('/').at(-1) ?? meta.id,
    shortDescription: { text: pick(meta.title, lang) },
    fullDescription: { text: pick(meta.description, lang) },
    help: {
      text: `${pick(meta.description, lang)}\n${heading}: ${basis}`,
      markdown: `${pick(meta.description, lang)}\n\n**${heading}**\n\n${basisLines}`,
    },
    helpUri: helpUri(meta.id, info),
    defaultConfiguration: { level: LEVEL[meta.severity] },
    properties: {
      category: meta.category,
      categoryLabel: categoryLabel(meta.category, lang),
      basis: meta.basis.map((b) => cite(b, lang)),
      tags: ['caselint', meta.category, meta.id.split('/')[0] ?? meta.id],
      ...(meta.candidates ? { candidates: meta.candidates } : {}),
    },
  };
}

/** A rule id that produced findings without rule metadata in the run (the input checks, the run's own notes). */
function syntheticRule(f: Finding, lang: Lang, info: PackageInfo): Record<string, unknown> {
  const known = inputCheck(f.ruleId);
  const description = pick(known.description, lang);
  return {
    id: f.ruleId,
    name: f.ruleId.split('/').at(-1) ?? f.ruleId,
    shortDescription: { text: pick(known.title, lang) },
    fullDescription: { text: description },
    help: { text: description, markdown: description },
    helpUri: helpUri(f.ruleId, info),
    defaultConfiguration: { level: LEVEL[f.severity] },
    properties: { category: f.category, tags: ['caselint', f.category] },
  };
}

function resultOf(
  f: Finding,
  ruleIndex: number,
  lang: Lang,
  fingerprintValue: string,
): Record<string, unknown> {
  const basis = f.basis.map((b) => cite(b, lang));
  const text = basis.length
    ? `${pick(f.message, lang)} (${basis.join(lang === 'en' ? '; ' : '；')})`
    : pick(f.message, lang);
  const region = f.line > 0 ? { startLine: f.line, startColumn: Math.max(1, f.column) } : undefined;
  const result: Record<string, unknown> = {
    ruleId: f.ruleId,
    ruleIndex,
    level: LEVEL[f.severity],
    message: { text },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: toUriReference(f.file), uriBaseId: '%SRCROOT%' },
          ...(region ? { region } : {}),
        },
        logicalLocations: [
          { name: f.path ?? '/', fullyQualifiedName: `${f.case}${f.path ?? ''}`, kind: 'object' },
        ],
      },
    ],
    partialFingerprints: { [FINGERPRINT_KEY]: fingerprintValue },
    properties: {
      case: f.case,
      category: f.category,
      ...(f.path !== undefined ? { pointer: f.path } : {}),
      basis,
      ...(f.suggestion ? { suggestion: pick(f.suggestion, lang) } : {}),
      ...(f.cause !== undefined ? { cause: f.cause } : {}),
      ...(f.related?.length ? { relatedRules: f.related } : {}),
      ...(f.deadline ? { deadline: { ...f.deadline, label: pick(f.deadline.label, lang) } } : {}),
    },
  };
  if (f.waived) {
    result.suppressions = [
      {
        kind: 'inSource',
        status: 'accepted',
        justification: `${f.waived.reason} (${f.waived.approved_by}, ${f.waived.date})`,
      },
    ];
  }
  return result;
}

/**
 * The SARIF log, each case's results written as the case arrives. The rules table comes first in the log but
 * grows with the synthetic rules met in the findings, so it is written in the head, at the end.
 */
export const sarifStream: StreamFormat = (start, options) => {
  const lang = options.lang;
  const info = packageInfo();
  const rules: Record<string, unknown>[] = [];
  const indexById = new Map<string, number>();
  for (const meta of start.rules) {
    if (indexById.has(meta.id)) continue;
    indexById.set(meta.id, rules.length);
    rules.push(ruleDescriptor(meta, lang, info));
  }
  // two findings of one rule at one pointer in one case: keep both distinct and still stable
  const seen = new Map<string, number>();
  let written = 0;
  return {
    opening: 'head',
    add(caseResult) {
      return [resultsText(caseResult.findings)];
    },
    finish(end) {
      // the cross-case findings follow the cases' results
      const cross = resultsText((end.crossCase ?? []).map((i) => i.finding));
      const pieces = logPieces(end);
      const at = pieces.findIndex((p) => typeof p !== 'string');
      if (cross && at >= 0) pieces.splice(at + 1, 0, cross);
      return pieces;
    },
  };

  /** the results of some findings as JSON text; the writer's state changes only once the text is complete */
  function resultsText(findings: readonly Finding[]): string {
    const pending = new Map<string, number>();
    const added: Record<string, unknown>[] = [];
    const counts = new Map<string, number>();
    const parts: string[] = [];
    for (const f of findings) {
      if (options.quiet && f.severity !== 'error') continue;
      let index = indexById.get(f.ruleId) ?? pending.get(f.ruleId);
      if (index === undefined) {
        index = rules.length + added.length;
        pending.set(f.ruleId, index);
        added.push(syntheticRule(f, lang, info));
      }
      const base = fingerprint(f.ruleId, f.case, f.path);
      const n = (counts.get(base) ?? seen.get(base) ?? 0) + 1;
      counts.set(base, n);
      parts.push(
        jsonElement(
          resultOf(f, index, lang, n === 1 ? base : `${base}:${n}`),
          8,
          written + parts.length === 0,
        ),
      );
    }
    // the case's text is complete: only now is the writer's state changed
    for (const [id, index] of pending) indexById.set(id, index);
    rules.push(...added);
    for (const [base, n] of counts) seen.set(base, n);
    written += parts.length;
    return parts.join('');
  }

  function logPieces(end: RunEnd): Piece[] {
    const cwdUri =
      `file://${options.cwd.replace(/\\/g, '/').split('/').map(encodeURIComponent).join('/')}/`.replace(
        /\/+$/,
        '/',
      );
    const run: Record<string, unknown> = {
      tool: {
        driver: {
          name: 'caselint',
          version: info.version,
          semanticVersion: info.version,
          informationUri: info.homepage,
          language: lang === 'en' ? 'en-US' : 'zh-CN',
          rules,
        },
      },
      originalUriBaseIds: { '%SRCROOT%': { uri: cwdUri } },
      invocations: [{ executionSuccessful: !end.fatalInputError }],
      columnKind: 'unicodeCodePoints',
      results: [],
      properties: { asOf: start.asOf },
    };
    const log = { $schema: SARIF_SCHEMA_URI, version: '2.1.0', runs: [run] };
    return jsonAround(log, (_doc, value) => (run.results = value), written === 0);
  }
};

export function buildSarif(run: LintRun, options: FormatOptions): Record<string, unknown> {
  return JSON.parse(formatBuffered(sarifStream, run, options, 'sarif')) as Record<string, unknown>;
}

export const sarif: Formatter = (run, options) => formatBuffered(sarifStream, run, options, 'sarif');
