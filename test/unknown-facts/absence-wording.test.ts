/**
 * Not recorded is not absent (issue 11): a finding states that something is absent ("没有", "缺少", "只有0名",
 * "has no", "No …") only where the record affirmatively shows it; a step or document missing from the record is
 * worded "未记录…" / "not recorded". Every fail fixture of every rule is run and its messages are checked.
 */
import { describe, expect, it } from 'vitest';
import { allRules } from '../../rules/index.js';
import { fixturePaths, loadFixture } from '../../src/engine/fixture.js';
import { runFixture } from '../helpers.js';

const ABSENT_ZH = /没有|缺少|只有0名/;
const ABSENT_EN =
  /\b(has|have|holds|had) no\b|^No (?![^;]*\brecorded\b)|\bis missing\b|\babsent\b|\bon file\b/;

/**
 * Statements of absence that are affirmative: what the law or the catalogue says (an article a law version lacks,
 * a ground's statutory name), or what a recorded field states.
 */
const AFFIRMATIVE: RegExp[] = [
  /没有造成危害后果|no harm/, // the statutory ground's own name (行政处罚法 2021 §33)
  /没有第.+[条款项]|which has no such (article|paragraph|item)/, // the law version lacks the cited article (its text is held)
  /该版本只有\d+条/,
  /没有延期规定|provide no extension/, // the 2010 measures have no extension clause
  /had no jurisdiction|无管辖权/,
  /当时没有.+的规定/, // the law then in force had no such provision
  /没有文字层|has no text layer/, // the attachment was read
  /holds no legal-professional qualification/, // legal_qualification: false is recorded
  /没有告知听证权利/, // the notice's text was read
  /本次检查的案卷中没有/, // about the set of cases linted together (repo/number-gap), not about the record
];

const fixtures = allRules.flatMap((rule) =>
  fixturePaths(rule.meta.id)
    .filter((p) => (p.split('/').at(-1) ?? '').startsWith('fail'))
    .map((p) => [`${rule.meta.id} ${p.split('/').at(-1) ?? ''}`, rule, p] as const),
);

describe('absence wording in findings', () => {
  it.each(fixtures)('%s', async (_name, rule, path) => {
    const fixture = await loadFixture(path);
    const findings = await runFixture(rule, fixture);
    const offending = findings
      .flatMap((f) => [f.message.zh, f.message.en])
      .filter((m) => (ABSENT_ZH.test(m) || ABSENT_EN.test(m)) && !AFFIRMATIVE.some((a) => a.test(m)));
    expect(offending).toEqual([]);
  });
});
