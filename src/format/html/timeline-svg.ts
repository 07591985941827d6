/**
 * The procedure timeline of one case as inline SVG: a date axis, the steps of the case, the reference
 * statutory windows, the deadlines the rules computed, and numbered markers for the findings.
 */
import type { Finding } from '../../engine/types.js';
import type { IsoDate } from '../../model/case-data.js';
import type { Case } from '../../model/case.js';
import { addDays, daysBetween, maxDate, minDate } from '../../model/dates.js';
import type { StatutoryWindow } from '../../report/windows.js';
import { citeAll, pick } from '../../report/text.js';
import type { Lang } from '../types.js';
import { esc } from './escape.js';
import { WINDOW_STATUS, eventLabel } from './labels.js';

export interface MarkedFinding {
  /** the id shared by the marker and the list entry */
  id: string;
  number: number;
  finding: Finding;
}

const WIDTH = 960;
const LEFT = 190;
const RIGHT = 56; // the last 40 px hold findings without a date
const ROW = 26;
const LABEL_GAP = 13;
const MAX_LABEL_WIDTH = 130;

/** approximate width of 10px text: CJK glyphs are square, Latin about half */
function textWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u2e80-\u9fff\uff00-\uffef]/u.test(ch) ? 10 : 5.6;
  return w;
}

function clip(text: string, max: number): string {
  if (textWidth(text) <= max) return text;
  let out = '';
  for (const ch of text) {
    if (textWidth(`${out}${ch}…`) > max) break;
    out += ch;
  }
  return `${out}…`;
}

export const COLORS = {
  met: '#2e7d32',
  late: '#c62828',
  overdue: '#c62828',
  pending: '#1565c0',
  error: '#c62828',
  warning: '#e65100',
  info: '#1565c0',
} as const;

/** the date a finding refers to: its timeline step, else its deadline's due date */
export function findingDate(c: Case, f: Finding): IsoDate | undefined {
  const m = /^\/timeline\/(\d+)/.exec(f.path ?? '');
  if (m) {
    const event = c.timeline.find((e) => e.index === Number(m[1]));
    if (event) return event.date;
  }
  return f.deadline?.due;
}

interface Bar {
  label: string;
  from: IsoDate;
  due: IsoDate;
  doneOn?: IsoDate;
  status: 'met' | 'late' | 'pending' | 'overdue';
  tooltip: string;
  dashed: boolean;
}

export function timelineSvg(
  c: Case,
  windows: StatutoryWindow[],
  marked: MarkedFinding[],
  asOf: IsoDate,
  lang: Lang,
): string {
  const en = lang === 'en';
  const bars: Bar[] = windows.map((w) => ({
    label: `${pick(w.label, lang)} ${pick(w.period, lang)}`,
    from: w.from,
    due: w.due,
    ...(w.doneOn ? { doneOn: w.doneOn } : {}),
    status: w.status,
    tooltip: `${pick(w.label, lang)}: ${w.from} → ${w.due} (${pick(w.period, lang)}) · ${pick(WINDOW_STATUS[w.status]!, lang)} · ${citeAll(w.basis, lang)}${w.note ? ` · ${pick(w.note, lang)}` : ''}`,
    dashed: false,
  }));
  for (const { finding: f, number } of marked) {
    if (!f.deadline || f.waived) continue;
    const d = f.deadline;
    const status = d.status === 'met' ? 'met' : d.due < asOf ? 'overdue' : 'pending';
    bars.push({
      label: `${pick(d.label, lang)} [${number}]`,
      from: d.from ?? d.due,
      due: d.due,
      status,
      tooltip: `${pick(d.label, lang)}: ${d.from ?? '?'} → ${d.due} · ${f.ruleId} · ${citeAll(f.basis, lang)}`,
      dashed: true,
    });
  }

  const open = ['open', 'decided', 'executing'].includes(c.data.case.status);
  const dates = [
    ...c.timeline.map((e) => e.date),
    ...bars.flatMap((b) => [b.from, b.due, b.doneOn]),
    ...(open ? [asOf] : []),
  ].filter((d): d is IsoDate => d !== undefined);
  const first = addDays(minDate(...dates) ?? asOf, -3);
  const last = addDays(maxDate(...dates) ?? asOf, 3);
  const span = Math.max(1, daysBetween(first, last));
  const chartWidth = WIDTH - LEFT - RIGHT;
  const x = (d: IsoDate) => LEFT + (daysBetween(first, d) / span) * chartWidth;
  const parts: string[] = [];

  // axis with month ticks
  const axisY = 24;
  parts.push(`<line class="axis" x1="${LEFT}" y1="${axisY}" x2="${LEFT + chartWidth}" y2="${axisY}"/>`);
  let tick = `${first.slice(0, 7)}-01`;
  if (tick < first) tick = addMonthStart(tick);
  const months = Math.max(1, Math.round(span / 30));
  const step = months > 18 ? 3 : months > 9 ? 2 : 1;
  let i = 0;
  while (tick <= last) {
    if (i % step === 0) {
      const tx = x(tick).toFixed(1);
      parts.push(`<line class="tick" x1="${tx}" y1="${axisY - 4}" x2="${tx}" y2="${axisY}"/>`);
      parts.push(
        `<text class="tick-label" x="${tx}" y="${axisY - 8}" text-anchor="middle">${esc(tick.slice(0, 7))}</text>`,
      );
    }
    tick = addMonthStart(tick);
    i++;
  }

  // steps of the case, grouped by date
  const eventsY = 48;
  const byDate = new Map<IsoDate, string[]>();
  for (const e of c.timeline)
    byDate.set(e.date, [...(byDate.get(e.date) ?? []), pick(eventLabel(e.event), lang)]);
  parts.push(
    `<text class="row-label" x="${LEFT - 8}" y="${eventsY + 4}" text-anchor="end">${en ? 'Steps' : '程序节点'}</text>`,
  );
  parts.push(`<line class="lane" x1="${LEFT}" y1="${eventsY}" x2="${LEFT + chartWidth}" y2="${eventsY}"/>`);
  // labels fan out so that steps a few days apart stay readable: anchors at least LABEL_GAP apart
  const groups = [...byDate.entries()].sort((a, b) => a[0].localeCompare(b[0]));
  const anchors = groups.map(([date]) => x(date));
  for (let k = 1; k < anchors.length; k++) anchors[k] = Math.max(anchors[k]!, anchors[k - 1]! + LABEL_GAP);
  const rightmost = LEFT + chartWidth;
  for (let k = anchors.length - 1; k >= 0; k--) {
    const limit = k === anchors.length - 1 ? rightmost : anchors[k + 1]! - LABEL_GAP;
    anchors[k] = Math.min(anchors[k]!, limit);
  }
  let labelDepth = 0;
  groups.forEach(([date, labels], k) => {
    const ex = x(date).toFixed(1);
    const ax = (anchors[k] ?? x(date)).toFixed(1);
    const text = clip(labels.join(en ? ', ' : '、'), MAX_LABEL_WIDTH);
    labelDepth = Math.max(labelDepth, textWidth(text) * Math.sin(Math.PI / 3));
    parts.push(
      `<g class="event"><circle cx="${ex}" cy="${eventsY}" r="4"><title>${esc(`${date} ${text}`)}</title></circle>` +
        `<line class="leader" x1="${ex}" y1="${eventsY + 4}" x2="${ax}" y2="${eventsY + 12}"/>` +
        `<text class="event-label" transform="translate(${ax},${eventsY + 16}) rotate(60)">${esc(text)}</text></g>`,
    );
  });

  // windows and deadlines
  let y = eventsY + 16 + labelDepth + 22;
  for (const b of bars) {
    const x1 = x(b.from);
    const x2 = Math.max(x(b.due), x1 + 2);
    const colour = COLORS[b.status];
    parts.push(`<g class="window window-${b.status}">`);
    parts.push(`<title>${esc(b.tooltip)}</title>`);
    parts.push(
      `<text class="row-label" x="${LEFT - 8}" y="${y + 4}" text-anchor="end">${esc(b.label)}</text>`,
    );
    parts.push(
      `<rect x="${x1.toFixed(1)}" y="${y - 7}" width="${(x2 - x1).toFixed(1)}" height="14" rx="3" fill="${colour}" fill-opacity="0.18" stroke="${colour}"${b.dashed ? ' stroke-dasharray="4 3"' : ''}/>`,
    );
    parts.push(
      `<line x1="${x2.toFixed(1)}" y1="${y - 10}" x2="${x2.toFixed(1)}" y2="${y + 10}" stroke="${colour}" stroke-width="2"/>`,
    );
    if (b.doneOn) {
      const dx = x(b.doneOn);
      parts.push(`<path d="M${dx.toFixed(1)} ${y - 6} l6 6 l-6 6 l-6 -6 z" fill="${colour}"/>`);
    }
    parts.push(`</g>`);
    y += ROW;
  }

  // findings
  const markersY = y + 8;
  parts.push(
    `<text class="row-label" x="${LEFT - 8}" y="${markersY + 4}" text-anchor="end">${en ? 'Findings' : '问题'}</text>`,
  );
  parts.push(`<line class="lane" x1="${LEFT}" y1="${markersY}" x2="${WIDTH - 8}" y2="${markersY}"/>`);
  parts.push(
    `<text class="tick-label" x="${WIDTH - RIGHT / 2}" y="${markersY - 14}" text-anchor="middle">${en ? 'no date' : '无日期'}</text>`,
  );
  const stacked = new Map<number, number>();
  for (const m of marked) {
    const date = findingDate(c, m.finding);
    const mx = date ? Math.round(x(date)) : WIDTH - RIGHT / 2;
    const level = stacked.get(mx) ?? 0;
    stacked.set(mx, level + 1);
    const my = markersY + level * 18;
    const colour = COLORS[m.finding.severity];
    const cls = `finding-marker${m.finding.waived ? ' waived' : ''}`;
    parts.push(
      `<g class="${cls}" data-finding="${esc(m.id)}"><title>${esc(`[${m.number}] ${m.finding.ruleId}: ${pick(m.finding.message, lang)}`)}</title>` +
        `<circle cx="${mx}" cy="${my}" r="8" fill="${colour}"/>` +
        `<text x="${mx}" y="${my + 3.5}" text-anchor="middle" class="marker-number">${m.number}</text></g>`,
    );
  }
  const maxStack = Math.max(1, ...stacked.values());
  const height = markersY + maxStack * 18 + 10;

  // the as-of date
  if (asOf >= first && asOf <= last) {
    const ax = x(asOf).toFixed(1);
    parts.push(`<line class="as-of" x1="${ax}" y1="${axisY}" x2="${ax}" y2="${height - 6}"/>`);
    parts.push(
      `<text class="as-of-label" x="${ax}" y="${height - 1}" text-anchor="middle">${en ? `as of ${asOf}` : `判断日 ${asOf}`}</text>`,
    );
  }

  return (
    `<svg class="timeline" role="img" viewBox="0 0 ${WIDTH} ${height + 4}" width="${WIDTH}" height="${height + 4}" preserveAspectRatio="xMinYMin meet" ` +
    `aria-label="${esc(`${c.id} ${en ? 'procedure timeline' : '程序时间线'}`)}">${parts.join('')}</svg>`
  );
}

function addMonthStart(date: IsoDate): IsoDate {
  const [y, m] = date.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
}
