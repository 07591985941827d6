/**
 * `caselint hash <case-folder>`: the sha256 of every listed document (or --json). With --fix the missing ones are
 * recorded in the YAML case file itself (comments and layout kept, a recorded hash never overwritten, see
 * src/fix); without it nothing is written. Reads the files only (no text extraction).
 * Exit 0 when every listed file was hashed, 1 when some could not be (missing, outside the folder …),
 * 2 when the case itself cannot be read.
 */
import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { yaml } from '../../lazy.js';
import { loadCase } from '../../load/index.js';
import { prepareAttachments } from '../../load/attachments.js';
import { printable } from '../../text/printable.js';
import { loadKnowledge } from '../../law/index.js';
import { buildCase } from '../../model/build.js';
import { UsageError, type CliIO } from '../io.js';

const STATUS_ZH: Record<string, string> = {
  missing: '文件不存在',
  empty: '空文件',
  outside: '路径在案卷文件夹之外，未读取',
  'too-large': '超过大小上限',
  unreadable: '无法读取',
};

export function register(program: Command, io: CliIO): void {
  program
    .command('hash')
    .description(
      '输出案卷所列文书的 sha256（可粘贴到 documents[].sha256）/ print the sha256 of every listed document',
    )
    .argument('<case-folder>', '案卷文件夹或案卷文件 / case folder or case file')
    .option('--json', 'JSON 输出 / JSON output')
    .option('--fix', '将缺少的 sha256 写入案卷文件 / record the missing sha256 in the case file')
    .option('--max-bytes <n>', '单个文件大小上限（字节）/ size limit per file, bytes', (v) => {
      const n = Number(v);
      if (!Number.isInteger(n) || n <= 0)
        throw new UsageError(`--max-bytes: 需要正整数 / expected a positive integer, got "${v}"`);
      return n;
    })
    .action(async (target: string, flags: { json?: boolean; maxBytes?: number; fix?: boolean }) => {
      const cwd = process.cwd();
      const loaded = await loadCase(target, cwd);
      if (!loaded.ok) {
        const e = loaded.errors[0];
        throw new UsageError(
          e
            ? `${e.file}:${e.line}:${e.column} ${e.message.zh} / ${e.message.en}`
            : `无法读取案卷 / cannot read the case: ${target}`,
        );
      }
      const { data, dir, file } = loaded.loaded;
      if (flags.fix) {
        const { fixCaseFile } = await import('../../fix/index.js');
        const r = await fixCaseFile(file, new Set(['sha256']));
        if (r.skipped) throw new UsageError(`caselint hash --fix: ${r.skipped}`);
        if (r.after !== r.before) writeFileSync(file, r.after, 'utf8');
        io.out(
          `caselint hash --fix: ${printable(file)}: 记录 ${String(r.applied.length)} 个 sha256 / recorded ${String(r.applied.length)} sha256\n`,
        );
        return;
      }
      const c = buildCase({ data, dir, file }, loadKnowledge().law);
      const index = await prepareAttachments(c, {
        extractText: false,
        cacheDir: false,
        ...(flags.maxBytes ? { maxBytes: flags.maxBytes } : {}),
      });
      const rows = (data.documents ?? [])
        .filter((d) => d.file !== undefined)
        .map((d) => {
          const info = index.byId.get(d.id);
          return {
            id: d.id,
            file: d.file ?? '',
            status: info?.status ?? 'unreadable',
            sha256: info?.sha256,
            recorded: d.sha256,
            why: info?.status === 'unreadable' ? info.textNote : undefined,
          };
        });
      const failed = rows.filter((r) => r.status !== 'ok' || !r.sha256);
      if (flags.json) {
        io.out(`${JSON.stringify({ case: data.case.number, file, documents: rows }, null, 2)}\n`);
      } else {
        const ok = rows.filter((r) => r.sha256).map((r) => ({ id: r.id, file: r.file, sha256: r.sha256 }));
        const lines = [
          `# ${printable(data.case.number ?? data.case.id ?? '')}: sha256 of the listed documents — record the missing ones with caselint hash --fix`,
        ];
        for (const r of rows.filter((x) => x.recorded && x.sha256 && x.recorded.toLowerCase() !== x.sha256)) {
          lines.push(
            `# 注意 / note: ${printable(r.id)} 与已登记的 sha256 不同 / differs from the recorded sha256`,
          );
        }
        for (const r of failed)
          // names go into YAML comments: a newline or an escape sequence in them must not break out
          lines.push(
            `# ${printable(r.id)} (${printable(r.file)}): ${STATUS_ZH[r.status] ?? r.status} / ${r.status}${r.why ? ` — ${printable(r.why.zh)} / ${printable(r.why.en)}` : ''}`,
          );
        io.out(
          `${lines.join('\n')}\n${ok.length > 0 ? yaml().stringify({ documents: ok }) : 'documents: []\n'}`,
        );
      }
      if (rows.length === 0)
        io.err('caselint hash: 案卷未列出带 file 的文书 / the case lists no document with a file\n');
      if (failed.length > 0) io.exit(1);
    });
}
