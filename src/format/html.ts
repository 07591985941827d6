/**
 * A self-contained HTML report: per case, the procedure timeline drawn against its statutory windows
 * (inline SVG), the findings marked on it and listed beside it. Inline CSS and JS only; nothing is fetched.
 */
import type { CaseResult, LintRun } from '../engine/run-types.js';
import type { FormatOptions, Formatter, Lang } from './types.js';
import { loadKnowledge } from '../law/index.js';
import { caseLabel, countFindings, sortedFindings } from '../report/counts.js';
import { citeAll, pick, relatedText, severityLabel } from '../report/text.js';
import { statutoryWindows, type StatutoryWindow } from '../report/windows.js';
import { formatDateZh } from '../model/dates.js';
import { SCRIPT, STYLE } from './html/assets.js';
import { coverageLine, gapReason } from '../engine/coverage.js';
import { esc } from './html/escape.js';
import { STATUS_LABEL, WINDOW_STATUS } from './html/labels.js';
import { COLORS, timelineSvg, type MarkedFinding } from './html/timeline-svg.js';
import type { IsoDate } from '../model/case-data.js';
import type { CrossCaseItem } from '../engine/cross-case.js';
import { formatBuffered, type StreamFormat } from './stream.js';

function windowsFor(result: CaseResult, asOf: string): StatutoryWindow[] {
  if (!result.case) return [];
  try {
    const k = loadKnowledge();
    return statutoryWindows(result.case, { law: k.law, calendar: k.calendar, asOf });
  } catch {
    // the knowledge base could not be read: draw the steps and findings without reference windows
    return [];
  }
}

function findingItem(m: MarkedFinding, lang: Lang): string {
  const f = m.finding;
  const en = lang === 'en';
  const basis = f.basis.length
    ? `<div class="basis">${en ? 'Basis: ' : '依据：'}${esc(citeAll(f.basis, lang))}</div>`
    : '';
  const suggestion = f.suggestion
    ? `<div class="basis">${en ? 'Suggestion: ' : '建议：'}${esc(pick(f.suggestion, lang))}</div>`
    : '';
  const related = f.related?.length
    ? `<div class="basis related">${esc(relatedText(f.related, lang))}</div>`
    : '';
  const waived = f.waived
    ? `<div class="basis">${en ? 'Waived: ' : '已豁免：'}${esc(`${f.waived.reason}（${f.waived.approved_by}，${f.waived.date}）`)}</div>`
    : '';
  return (
    `<li class="${f.severity}${f.waived ? ' waived' : ''}" data-finding="${esc(m.id)}">` +
    `<span class="num">${m.number}</span><strong>${esc(severityLabel(f.severity, lang))}</strong> ` +
    `<span class="rule">${esc(f.ruleId)}</span><div>${esc(pick(f.message, lang))}</div>${basis}${related}${suggestion}${waived}` +
    `<div class="where">${esc(`${f.file}:${f.line}:${f.column}${f.path ? ` ${f.path}` : ''}`)}</div></li>`
  );
}

function windowsTable(windows: StatutoryWindow[], lang: Lang): string {
  if (!windows.length) return '';
  const en = lang === 'en';
  const head = en
    ? ['Window', 'Period', 'From', 'Due', 'Done', 'Status', 'Basis']
    : ['期限', '期间', '起算日', '届满日', '完成日', '状态', '依据'];
  const rows = windows
    .map(
      (w) =>
        `<tr><td>${esc(pick(w.label, lang))}</td><td>${esc(pick(w.period, lang))}</td><td>${w.from}</td><td>${w.due}</td>` +
        `<td>${w.doneOn ?? '—'}</td><td class="${w.status}">${esc(pick(WINDOW_STATUS[w.status]!, lang))}</td>` +
        `<td>${esc(citeAll(w.basis, lang))}${w.note ? `<br><small>${esc(pick(w.note, lang))}</small>` : ''}</td></tr>`,
    )
    .join('');
  return (
    `<details><summary>${en ? 'Statutory windows (reference)' : '法定期限（参考）'}</summary>` +
    `<table class="windows"><thead><tr>${head.map((h) => `<th>${h}</th>`).join('')}</tr></thead><tbody>${rows}</tbody></table></details>`
  );
}

/** what was checked and what was not, with the reasons */
function coverageBlock(result: CaseResult, lang: Lang): string {
  const coverage = result.coverage;
  if (!coverage) return '';
  const en = lang === 'en';
  const items = coverage.notChecked
    .map(
      (e) =>
        `<li><strong>${esc(pick(e.check, lang))}</strong>：${esc(e.reasons.map((g) => pick(gapReason(g), lang)).join(en ? '; ' : '；'))} <span class="rule">${esc(e.ruleId)}</span></li>`,
    )
    .join('');
  return (
    `<div class="coverage"><h3>${en ? 'Coverage' : '检查范围'}</h3><p>${esc(coverageLine(coverage, lang))}</p>` +
    (items ? `<ul>${items}</ul>` : '') +
    `</div>`
  );
}

function caseSection(result: CaseResult, index: number, asOf: IsoDate, lang: Lang): string {
  const en = lang === 'en';
  const label = caseLabel(result);
  const marked: MarkedFinding[] = sortedFindings(result.findings).map((finding, i) => ({
    id: `c${index}-f${i + 1}`,
    number: i + 1,
    finding,
  }));
  const counts = countFindings(result.findings);
  const badge = counts.error
    ? `<span class="badge bad">${en ? `${counts.error} error(s)` : `错误 ${counts.error}`}</span>`
    : `<span class="badge good">${en ? 'no errors' : '无错误'}</span>`;
  const list = marked.length
    ? `<ol class="findings">${marked.map((m) => findingItem(m, lang)).join('')}</ol>`
    : `<p class="none">${en ? 'No findings.' : '未发现问题。'}</p>`;
  const aside = `<aside><h3>${en ? 'Findings' : '问题'}（${marked.length}）</h3>${list}</aside>`;
  const c = result.case;
  if (!c) {
    return (
      `<section class="case" id="case-${index}" data-case="${esc(label)}"><h2>${esc(label)}${badge}</h2>` +
      `<p class="facts">${esc(result.file)} · ${en ? 'the case file could not be read' : '案卷无法读取'}</p>${aside}</section>`
    );
  }
  const d = c.data;
  const windows = windowsFor(result, asOf);
  const status = STATUS_LABEL[d.case.status];
  const facts = [
    d.party.name,
    d.case.cause,
    `${en ? 'source: ' : '来源：'}${d.case.source}`,
    d.penalty.fine !== undefined
      ? `${en ? 'fine: ' : '罚款：'}${d.penalty.fine.toLocaleString('en-US')}${en ? ' yuan' : '元'}`
      : '',
    result.file,
  ].filter(Boolean);
  const legend = en
    ? `◆ step done · bar = period · dashed = deadline computed by a rule · ① finding`
    : `◆ 完成日 · 色条 = 期间 · 虚线 = 规则计算的期限 · ① 问题`;
  const colours = (['met', 'pending', 'overdue'] as const)
    .map(
      (s) =>
        `<i style="border-color:${COLORS[s]};background:${COLORS[s]}2e"></i>${esc(pick(WINDOW_STATUS[s]!, lang))}`,
    )
    .join('');
  return (
    `<section class="case" id="case-${index}" data-case="${esc(label)}">` +
    `<h2>${esc(label)}<span class="badge">${esc(status ? pick(status, lang) : d.case.status)}</span>${badge}</h2>` +
    `<p class="facts">${facts.map(esc).join(' · ')}</p>` +
    `<div class="layout"><figure>${timelineSvg(c, windows, marked, asOf, lang)}` +
    `<figcaption class="legend">${esc(legend)}${colours}</figcaption></figure>${aside}</div>` +
    windowsTable(windows, lang) +
    coverageBlock(result, lang) +
    `</section>`
  );
}

/** one <section> per case as it arrives (its timeline drawn from the case, then dropped); the counts in the head */
export const htmlStream: StreamFormat = (start, options) => {
  const lang = options.lang;
  const en = lang === 'en';
  let cases = 0;
  return {
    opening: 'head',
    add(r) {
      const result = options.quiet ? { ...r, findings: r.findings.filter((f) => f.severity === 'error') } : r;
      const text = `${cases === 0 ? '' : '\n'}${caseSection(result, cases + 1, start.asOf, lang)}`;
      cases += 1;
      return [text];
    },
    finish(run) {
      const title = en ? 'caselint: procedure timelines' : 'caselint 案卷程序时间线报告';
      const asOf = en ? start.asOf : formatDateZh(start.asOf);
      const template = en
        ? '{cases} case(s), {timelines} timeline(s), {markers} finding marker(s)'
        : '案卷 {cases} 件，时间线 {timelines} 条，问题标记 {markers} 个';
      return [
        `<!doctype html>
<html lang="${en ? 'en' : 'zh-CN'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<title>${esc(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>${esc(title)}</h1>
<p class="meta">${en ? 'As of' : '判断日'} ${esc(asOf)} · <span id="js-summary" data-template="${esc(template)}"></span></p>
<p class="counts"><span class="error">${en ? 'Errors' : '错误'} ${run.errorCount}</span><span class="warning">${en ? 'Warnings' : '警告'} ${run.warningCount}</span><span class="info">${en ? 'Info' : '提示'} ${run.infoCount}</span></p>
<label class="controls"><input type="checkbox" id="show-waived" checked> ${en ? 'show waived findings' : '显示已豁免的问题'}</label>
</header>
<main>
`,
        { section: 0 },
        crossSection(run.crossCase ?? [], lang),
        `
</main>
<footer>${
          en
            ? 'Reference windows are computed from the timeline with the statutory calendar; excluded periods (hearing, monitoring, service…) are not subtracted. The rules decide; this page shows.'
            : '参考期限按案卷时间线和法定节假日日历计算，未扣除听证、监测、送达等依法不计入的期间；是否违法以规则检查结果为准。'
        }</footer>
<script>${SCRIPT}</script>
</body>
</html>
`,
      ];
    },
  };
};

/** the findings that compare cases, after the cases */
function crossSection(items: readonly CrossCaseItem[], lang: Lang): string {
  if (items.length === 0) return '';
  const en = lang === 'en';
  const marked: MarkedFinding[] = items.map((item, i) => ({
    id: `cross-f${i + 1}`,
    number: i + 1,
    finding: item.finding,
  }));
  return (
    `\n<section class="case" id="cross-case"><h2>${en ? 'Checks across cases' : '跨案卷检查'}</h2>` +
    `<ol class="findings">${marked.map((m) => findingItem(m, lang)).join('')}</ol></section>`
  );
}

export function buildHtml(run: LintRun, options: FormatOptions): string {
  return formatBuffered(htmlStream, run, options, 'html');
}

export const html: Formatter = (run, options) => buildHtml(run, options);
