import type { Command } from 'commander';
import { getRules } from '../../engine/registry.js';
import { citeAll } from '../../format/cite.js';
import type { Lang } from '../../format/types.js';
import type { CliIO } from '../io.js';
import { parseLang } from '../options.js';

export function register(program: Command, io: CliIO): void {
  program
    .command('rules')
    .description('列出全部规则 / list every rule (id, severity, category, basis)')
    .option('--json', '以 JSON 输出 / print JSON')
    .option('--lang <zh|en>', '语言 / language', parseLang, 'zh' as Lang)
    .action((flags: { json?: boolean; lang: Lang }) => {
      const rules = getRules();
      if (flags.json) {
        io.out(
          `${JSON.stringify(
            rules.map((r) => r.meta),
            null,
            2,
          )}\n`,
        );
        return;
      }
      const rows = rules.map((r) => [
        r.meta.id,
        r.meta.severity,
        r.meta.category,
        r.meta.title[flags.lang],
        citeAll(r.meta.basis, flags.lang),
      ]);
      const header =
        flags.lang === 'zh'
          ? ['规则', '级别', '类别', '标题', '依据']
          : ['rule', 'severity', 'category', 'title', 'basis'];
      io.out(table([header, ...rows]));
      io.out(flags.lang === 'zh' ? `共 ${rules.length} 条规则\n` : `${rules.length} rules\n`);
    });
}

/** display width: CJK characters take two columns */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text)
    width +=
      /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch)
        ? 2
        : 1;
  return width;
}

export function table(rows: string[][]): string {
  const widths: number[] = [];
  for (const row of rows)
    row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, displayWidth(cell))));
  return rows
    .map((row) =>
      row
        .map((cell, i) =>
          i === row.length - 1 ? cell : cell + ' '.repeat((widths[i] ?? 0) - displayWidth(cell)),
        )
        .join('  ')
        .trimEnd(),
    )
    .join('\n')
    .concat('\n');
}
