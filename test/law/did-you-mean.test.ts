import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { CaseFileData } from '../../src/model/case-data.js';
import { fromRoot } from '../../src/paths.js';
import { loadKnowledge } from '../../src/law/index.js';
import { suggestLaws } from '../../src/law/suggest-law.js';
import { runRule } from '../helpers.js';
import { rule as lawReference } from '../../rules/core/law-reference.js';

/** printing-vocs citing its violated provision under another law name */
function citing(law: string): CaseFileData {
  const data = parse(
    readFileSync(fromRoot('fixtures', 'cases', 'printing-vocs', 'case.yaml'), 'utf8'),
  ) as CaseFileData;
  if (!data.violation) throw new Error('printing-vocs has a violation');
  data.violation.violated = [{ law, article: 45 }];
  return data;
}

describe('did you mean, for law names', () => {
  const lines = loadKnowledge().law.lines();

  it('a misspelt name, a wrong Chinese title and a mistyped id get the law line', () => {
    expect(suggestLaws('大气污染防法', lines)).toEqual(['air-law']);
    expect(suggestLaws('《中华人民共和国大气污染条例法》', lines)).toEqual(['air-law']);
    expect(suggestLaws('大汽法', lines)).toEqual(['air-law']);
    expect(suggestLaws('air-laws', lines)).toEqual(['air-law']);
  });

  it('garbage, and a law caselint does not hold, get nothing', () => {
    expect(suggestLaws('qqq', lines)).toEqual([]);
    expect(suggestLaws('清洁生产促进法', lines)).toEqual([]);
    expect(suggestLaws('水法', lines)).toEqual([]);
  });

  it('core/law-reference names the law it probably meant, in both languages', () => {
    const [finding] = runRule(lawReference, citing('大气污染条例法'));
    expect(finding?.message.zh).toBe(
      '违反条款中的法律名称“大气污染条例法”无法识别，caselint 无法核对版本和罚款幅度；是否为《大气污染防治法》（air-law）？',
    );
    expect(finding?.message.en).toContain(
      'cannot be checked — did you mean Air Pollution Prevention and Control Law (air-law)?',
    );
    const [garbage] = runRule(lawReference, citing('某某条例'));
    expect(garbage?.message.zh).toContain('请使用规范名称或简称');
    expect(garbage?.message.zh).not.toContain('是否为');
  });
});
