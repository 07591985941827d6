/** `caselint stats` output as a text table, markdown or JSON. */
import type { Lang } from '../format/types.js';
import type { PeriodStats, Tally } from './stats.js';
import { markdownTable, textTable } from './table.js';
import { formatYuan } from './text.js';

export type StatsFormat = 'table' | 'json' | 'markdown';

interface Section {
  title: string;
  header: string[];
  rows: string[][];
  numeric: number[];
}

function tallyRows(map: Record<string, Tally>, lang: Lang): string[][] {
  return Object.entries(map)
    .sort((a, b) => b[1].fines - a[1].fines || b[1].cases - a[1].cases || a[0].localeCompare(b[0]))
    .map(([k, t]) => [k, String(t.cases), formatYuan(t.fines, lang)]);
}

function sections(s: PeriodStats, lang: Lang): Section[] {
  const en = lang === 'en';
  const out: Section[] = [
    {
      title: en ? 'Summary' : '概况',
      header: en ? ['Item', 'Value'] : ['项目', '数值'],
      numeric: [1],
      rows: [
        [en ? 'Cases filed' : '立案数', String(s.filed)],
        [en ? 'Cases decided' : '作出决定数', String(s.decided)],
        [en ? 'Decisions with a fine' : '罚款决定数', String(s.finedDecisions)],
        [en ? 'Cases closed' : '结案数', String(s.closed)],
        [en ? 'Fines in total' : '罚款总额', formatYuan(s.fineTotal, lang)],
        [en ? 'Open cases past a deadline' : '逾期未办结案件', String(s.openPastDeadline.length)],
        [en ? 'Case files read' : '读取案卷', String(s.casesRead)],
        ...(s.unreadable ? [[en ? 'Unreadable case files' : '无法读取的案卷', String(s.unreadable)]] : []),
      ],
    },
    {
      title: en ? 'Decisions by violation type' : '按违法类型（作出决定）',
      header: en ? ['Type', 'Decisions', 'Fines'] : ['类型', '决定数', '罚款金额'],
      numeric: [1, 2],
      rows: tallyRows(s.byType, lang),
    },
    {
      title: en ? 'Decisions by case source' : '按案件来源（作出决定）',
      header: en ? ['Source', 'Decisions', 'Fines'] : ['来源', '决定数', '罚款金额'],
      numeric: [1, 2],
      rows: tallyRows(s.bySource, lang),
    },
    {
      title: en ? 'Cases filed by source' : '按案件来源（立案）',
      header: en ? ['Source', 'Filed'] : ['来源', '立案数'],
      numeric: [1],
      rows: Object.entries(s.filedBySource)
        .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
        .map(([k, n]) => [k, String(n)]),
    },
  ];
  if (s.openPastDeadline.length) {
    out.push({
      title: en ? `Open cases past a deadline (as of ${s.asOf})` : `逾期未办结案件（截至${s.asOf}）`,
      header: en ? ['Case', 'Deadline', 'Due', 'Days overdue'] : ['案件编号', '期限', '届满日', '逾期日数'],
      numeric: [3],
      rows: s.openPastDeadline.flatMap((c) =>
        c.deadlines.map((d) => [c.case, d.label, d.due, String(d.daysOverdue)]),
      ),
    });
  }
  return out;
}

export function renderStats(s: PeriodStats, format: StatsFormat, lang: Lang): string {
  if (format === 'json') return `${JSON.stringify(s, null, 2)}\n`;
  const en = lang === 'en';
  const heading = en
    ? `caselint statistics ${s.period.label} (${s.period.from} – ${s.period.to})`
    : `案件统计 ${s.period.label}（${s.period.from} 至 ${s.period.to}）`;
  const parts = sections(s, lang).filter((sec) => sec.rows.length);
  if (format === 'markdown') {
    return `${[`## ${heading}`, ...parts.map((p) => `### ${p.title}\n\n${markdownTable(p.header, p.rows, p.numeric).trimEnd()}`)].join('\n\n')}\n`;
  }
  return `${[heading, ...parts.map((p) => `${p.title}\n${textTable(p.header, p.rows, p.numeric).trimEnd()}`)].join('\n\n')}\n`;
}
