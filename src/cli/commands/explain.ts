import type { Command } from 'commander';
import { yaml } from '../../lazy.js';
import { fixturePaths, loadFixture, runFixture, type Fixture } from '../../engine/fixture.js';
import { getRule, getRules } from '../../engine/registry.js';
import { optionDefaultText, optionTypeText, unknownRuleMessage } from '../../engine/rule-options.js';
import type { Rule } from '../../engine/types.js';
import { citeAll } from '../../format/cite.js';
import type { Lang } from '../../format/types.js';
import { UsageError, type CliIO } from '../io.js';
import { parseLang } from '../options.js';

const SEVERITY: Record<string, { zh: string; en: string }> = {
  error: { zh: '错误', en: 'error' },
  warning: { zh: '警告', en: 'warning' },
  info: { zh: '提示', en: 'info' },
};

export function register(program: Command, io: CliIO): void {
  program
    .command('explain')
    .description(
      '说明一条规则：检查什么、为什么、依据、正反示例 / explain a rule with its basis and examples',
    )
    .argument('<rule>', '规则编号 / rule id, e.g. procedure/decision-time-limit')
    .option('--lang <zh|en>', '语言 / language', parseLang, 'zh' as Lang)
    .action(async (id: string, flags: { lang: Lang }) => {
      const rule = getRule(id);
      if (!rule) throw new UsageError(unknownRuleMessage(id, getRules())[flags.lang]);
      io.out(await explainText(rule, flags.lang));
    });
}

export async function explainText(rule: Rule, lang: Lang): Promise<string> {
  const zh = lang === 'zh';
  const m = rule.meta;
  const out: string[] = [];
  out.push(`${m.id} — ${m.title[lang]}`, '');
  out.push(
    `${zh ? '级别' : 'Severity'}: ${SEVERITY[m.severity]?.[lang] ?? m.severity}    ${zh ? '类别' : 'Category'}: ${m.category}`,
  );
  out.push(`${zh ? '依据' : 'Basis'}: ${citeAll(m.basis, lang)}`, '');
  out.push(zh ? '检查内容与理由：' : 'What it checks and why:', m.description[lang], '');
  if (m.options && Object.keys(m.options).length > 0) {
    out.push(
      zh
        ? '选项（caselint.config.yaml 中 rules 下设置）：'
        : 'Options (set under rules in caselint.config.yaml):',
    );
    for (const [key, spec] of Object.entries(m.options))
      out.push(
        `  ${key}: ${optionTypeText(spec, lang)}${zh ? '；默认' : '; default'} ${optionDefaultText(spec.default)}`,
        `    ${spec.description[lang]}`,
      );
    const [first, spec] = Object.entries(m.options)[0] ?? [];
    if (first && spec)
      out.push(
        `  ${zh ? '例：' : 'e.g.: '}rules: { ${m.id}: [${m.severity}, { ${first}: ${JSON.stringify(spec.default)} }] }`,
      );
    out.push('');
  }
  if (m.candidates?.length)
    out.push(`${zh ? '对应研究清单条目' : 'Digest candidates'}: ${m.candidates.join(', ')}`, '');
  const fixtures = await Promise.all(fixturePaths(m.id).map((p) => loadFixture(p)));
  for (const expect of ['fail', 'pass'] as const) {
    const example = fixtures.find((f) => f.expect === expect);
    if (!example) continue;
    out.push(
      expect === 'fail' ? (zh ? '不合格示例：' : 'Failing example:') : zh ? '合格示例：' : 'Passing example:',
    );
    out.push(...describeFixture(example, lang));
    const findings = await runFixture(rule, example);
    if (expect === 'fail') for (const f of findings) out.push(`  → ${f.severity}: ${f.message[lang]}`);
    else out.push(zh ? '  → 无问题' : '  → no finding');
    out.push('');
  }
  return `${out.join('\n')}\n`;
}

function describeFixture(f: Fixture, lang: Lang): string[] {
  const lines = [`  ${f.path}${f.description ? `  (${f.description})` : ''}`];
  if (f.spec) {
    const { description: _d, ...patch } = f.spec;
    lines.push(
      ...yaml()
        .stringify(patch)
        .trimEnd()
        .split('\n')
        .map((l) => `    ${l}`),
    );
  } else {
    lines.push(lang === 'zh' ? '    （完整案卷）' : '    (a whole case file)');
  }
  return lines;
}
