import type { Command } from 'commander';
import type { CliIO } from '../io.js';
import { isIsoDate } from '../../model/dates.js';
import { loadKnowledge } from '../../law/index.js';
import { didYouMeanLaw } from '../../law/suggest-law.js';
import { describeTier } from '../../law/describe.js';
import { formatCitationEn, formatCitationZh, toChineseNumeral } from '../../law/numerals.js';
import type { ClauseProvision, ClauseSuccessor, LawLine, PenaltyClause } from '../../law/types.js';
import type { CatalogueClause } from '../../law/catalogue.js';

type Lang = 'zh' | 'en';

interface LawFlags {
  at?: string;
  json?: boolean;
  lang: string;
}

class InputError extends Error {}

const bi = (zh: string, en: string): string => `${zh} / ${en}`;

function provisionText(c: PenaltyClause, lang: Lang): string {
  const p = c.provision;
  const cite = { article: p.article, paragraph: p.paragraph };
  const items = p.items?.length ? p.items : undefined;
  if (lang === 'zh') {
    const base = formatCitationZh(cite);
    return items ? `${base}第（${items.map(toChineseNumeral).join('）（')}）项` : base;
  }
  const base = formatCitationEn(cite);
  return items ? `${base} item${items.length > 1 ? 's' : ''} (${items.join(', ')})` : base;
}

/** a per-day or detention link with all its items: 第一百二十条第（一）（三）（六）项 / art. 120 items (1), (3), (6) */
function linkText(law: ReturnType<typeof loadKnowledge>['law'], p: ClauseProvision, lang: Lang): string {
  const basis = { law: p.law, version: '', article: p.article, paragraph: p.paragraph };
  const items = p.items ?? [];
  if (items.length === 1) return law.cite({ ...basis, item: items[0] })[lang];
  const base = law.cite(basis)[lang];
  if (items.length === 0) return base;
  return lang === 'zh'
    ? `${base}第（${items.map(toChineseNumeral).join('）（')}）项`
    : `${base} items ${items.map((i) => `(${i})`).join(', ')}`;
}

/** where a renumbered clause's conduct went: 第（五）项 → 第一百一十二条第（四）项（推定） */
function successorText(
  law: ReturnType<typeof loadKnowledge>['law'],
  links: ClauseSuccessor[],
  lang: Lang,
): string {
  const zh = lang === 'zh';
  if (links.length === 0) return zh ? '未记录' : 'none recorded';
  return links
    .map((l) => {
      const from = l.items?.length
        ? zh
          ? `第（${l.items.map(toChineseNumeral).join('）（')}）项`
          : `items ${l.items.map((i) => `(${i})`).join(', ')}`
        : zh
          ? '本条'
          : 'the clause';
      const to = l.to
        ? law.cite({ ...l.to, version: '' })[lang]
        : zh
          ? '无对应罚则'
          : 'no later penalty provision';
      const derived = l.derived ? (zh ? '（推定）' : ' (derived)') : '';
      return `${from} → ${to}${derived}`;
    })
    .join(zh ? '；' : '; ');
}

export function lawText(
  line: LawLine,
  clauses: CatalogueClause[],
  at: string | undefined,
  lang: Lang,
): string {
  const zh = lang === 'zh';
  const { law, catalogue } = loadKnowledge();
  const out: string[] = [];
  out.push(`${zh ? line.name : line.nameEn} (${line.id})`);
  if (line.aliases.length) out.push(`${zh ? '别名' : 'Aliases'}: ${line.aliases.join('、')}`);
  const current = at ? law.versionAt(line.id, at) : undefined;
  out.push('', zh ? '版本：' : 'Versions:');
  for (const v of line.versions) {
    const mark = current?.id === v.id ? (zh ? '  ← 该日有效' : '  ← in force on that date') : '';
    out.push(
      `  ${v.label}  ${v.title}  ${v.effectiveFrom} – ${v.effectiveTo ?? (zh ? '现行' : 'in force')}  [${v.confidence}]${mark}`,
    );
    out.push(`        ${zh ? '来源' : 'source'}: ${v.source}`);
    for (const n of v.notes ?? []) out.push(`        ${zh ? '注' : 'note'}: ${n}`);
  }
  if (at && !current)
    out.push(
      zh
        ? `  ${at} 无有效版本（尚未施行或已废止）`
        : `  no version in force on ${at} (not yet in force, or repealed)`,
    );
  out.push(
    '',
    at
      ? zh
        ? `罚则（${at} 有效）：`
        : `Penalty clauses in force on ${at}:`
      : zh
        ? '罚则：'
        : 'Penalty clauses:',
  );
  if (clauses.length === 0) out.push(zh ? '  （目录中无）' : '  (none in the catalogue)');
  for (const c of clauses) {
    const version = law.line(line.id)?.versions.find((v) => c.versions.includes(v.id));
    const flag = c.confirmed ? (zh ? '已核对' : 'confirmed') : zh ? '未核实' : 'unconfirmed';
    out.push(
      `  ${c.key}  ${provisionText(c, lang)}  (${version?.label ?? '?'}; ${c.effectiveFrom} – ${c.effectiveTo ?? (zh ? '现行' : 'in force')})  [${flag}]`,
    );
    out.push(`      ${c.summary[lang]}`);
    for (const t of c.tiers) out.push(`      - ${describeTier(t)[lang]}`);
    if (c.perDay)
      out.push(`      ${zh ? '按日连续处罚' : 'per-day penalty'}: ${linkText(law, c.perDay, lang)}`);
    if (c.detention)
      out.push(`      ${zh ? '移送拘留' : 'detention transfer'}: ${linkText(law, c.detention, lang)}`);
    if (c.successors)
      out.push(
        `      ${zh ? '新法重新编号后的对应条款' : 'successors after renumbering'}: ${successorText(law, c.successors, lang)}`,
      );
    for (const g of catalogue.overlaps?.(c.key) ?? [])
      out.push(
        `      ${zh ? '可能竞合' : 'may overlap with'}: ${g.keys.filter((k) => k !== c.key).join(', ')} (${g.conduct[lang]})`,
      );
    if (c.note) out.push(`      ${zh ? '注' : 'note'}: ${c.note}`);
  }
  return `${out.join('\n')}\n`;
}

export function runLaw(name: string | undefined, flags: LawFlags, io: CliIO): void {
  if (flags.lang !== 'zh' && flags.lang !== 'en')
    throw new InputError(
      bi(`--lang 只能是 zh 或 en，收到 "${flags.lang}"`, `--lang must be zh or en, got "${flags.lang}"`),
    );
  const lang: Lang = flags.lang;
  if (flags.at !== undefined && !isIsoDate(flags.at))
    throw new InputError(
      bi(
        `--at 需要 YYYY-MM-DD 格式的日期，收到 "${flags.at}"`,
        `--at expects a date as YYYY-MM-DD, got "${flags.at}"`,
      ),
    );
  const { law, catalogue } = loadKnowledge();
  if (!name) {
    const lines = law.lines();
    if (flags.json) {
      io.out(`${JSON.stringify(lines, null, 2)}\n`);
      return;
    }
    for (const l of lines)
      io.out(
        `${l.id.padEnd(30)} ${lang === 'zh' ? l.name : l.nameEn}  (${l.versions.map((v) => v.label).join(', ')})\n`,
      );
    return;
  }
  const id = law.resolve(name);
  const line = id ? law.line(id) : undefined;
  if (!line) {
    const guess = didYouMeanLaw(name, law.lines());
    throw new InputError(
      bi(
        `未知法律 "${name}"${guess.zh || '（caselint law 列出全部法律）'}`,
        `unknown law "${name}"${guess.en || ' (caselint law lists them all)'}`,
      ),
    );
  }
  const clauses = (catalogue.all() as CatalogueClause[]).filter(
    (c) =>
      c.provision.law === line.id &&
      (flags.at === undefined ||
        (c.effectiveFrom <= flags.at && (c.effectiveTo === undefined || flags.at <= c.effectiveTo))),
  );
  if (flags.json) {
    const versionAt = flags.at ? law.versionAt(line.id, flags.at) : undefined;
    io.out(`${JSON.stringify({ law: line, at: flags.at, versionAt: versionAt?.label, clauses }, null, 2)}\n`);
    return;
  }
  io.out(lawText(line, clauses, flags.at, lang));
}

export function register(program: Command, io: CliIO): void {
  program
    .command('law')
    .description('查看法律版本及罚则目录 / show a law’s versions and its penalty clauses')
    .argument('[name]', '法律名称或简称 / law name or alias, e.g. 大气污染防治法, 大气法, air-law')
    .option('--at <date>', '只显示该日有效的版本和罚则 / only what is in force on this date (YYYY-MM-DD)')
    .option('--json', 'JSON 输出 / JSON output')
    .option('--lang <zh|en>', '语言 / language', 'zh')
    .action((name: string | undefined, flags: LawFlags) => {
      try {
        runLaw(name, flags, io);
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        io.err(`caselint law: ${error.message}\n`);
        io.exit(2);
      }
    });
}
