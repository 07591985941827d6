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
const RIGHT = 24;
const ROW = 26;
/** step labels: horizontal, 10px text, packed into as many rows as needed so that no two overlap */
const LABEL_ROW = 15;
const LABEL_PAD = 8;
const MAX_LABEL_WIDTH = 150;

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

const FULL_DATE = /^\d{4}-\d{2}-\d{2}$/;
const dated = (d: string | undefined): d is IsoDate => d !== undefined && FULL_DATE.test(d);

/**
 * The date of the step a finding concerns, so that its marker sits at that step: its timeline step; the step that
 * records or serves the document it names; its deadline's due date; for the facts, the basis and the penalty the
 * decision (else the last recorded step); for the party and the case header the filing.
 */
export function findingDate(c: Case, f: Finding): IsoDate | undefined {
  const path = f.path ?? '';
  const step = /^\/timeline\/(\d+)/.exec(path);
  if (step) {
    const event = c.timeline.find((e) => e.index === Number(step[1]));
    if (dated(event?.date)) return event.date;
  }
  const doc = /^\/documents\/(\d+)/.exec(path);
  if (doc) {
    const d = c.data.documents?.[Number(doc[1])];
    const user = d
      ? c.timeline.find(
          (e) =>
            dated(e.date) && (e.documents?.includes(d.id) || e.proof === d.id || e.served_document === d.id),
        )
      : undefined;
    if (user) return user.date;
    if (dated(d?.date)) return d.date;
  }
  if (dated(f.deadline?.due)) return f.deadline.due;
  const steps = c.timeline.filter((e) => dated(e.date));
  const first = (event: string) => steps.find((e) => e.event === event)?.date;
  const last = steps.at(-1)?.date;
  if (/^\/(party|case|officers)\b/.test(path)) return first('filing-approved') ?? steps[0]?.date;
  return first('decision') ?? last;
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
  ].filter(dated);
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

  // steps of the case, grouped by date; labels packed into rows below the lane (no two overlap)
  const eventsY = 48;
  const byDate = new Map<IsoDate, string[]>();
  for (const e of c.timeline) {
    if (!dated(e.date)) continue;
    byDate.set(e.date, [...(byDate.get(e.date) ?? []), pick(eventLabel(e.event), lang)]);
  }
  parts.push(
    `<text class="row-label" x="${LEFT - 8}" y="${eventsY + 4}" text-anchor="end">${en ? 'Steps' : '程序节点'}</text>`,
  );
  parts.push(`<line class="lane" x1="${LEFT}" y1="${eventsY}" x2="${LEFT + chartWidth}" y2="${eventsY}"/>`);
  const groups = [...byDate.entries()].sort((a, b) => a[0].localeCompare(b[0]));
  const rowEnds: number[] = [];
  groups.forEach(([date, labels]) => {
    const cx = x(date);
    const text = clip(labels.join(en ? ', ' : '、'), MAX_LABEL_WIDTH);
    const width = textWidth(text);
    const left = Math.min(Math.max(cx - width / 2, LEFT - 40), WIDTH - 4 - width);
    let row = rowEnds.findIndex((end) => end + LABEL_PAD <= left);
    if (row < 0) row = rowEnds.push(0) - 1;
    rowEnds[row] = left + width;
    const ty = eventsY + 20 + row * LABEL_ROW;
    const lx = Math.min(Math.max(cx, left + 2), left + width - 2).toFixed(1);
    parts.push(
      `<g class="event"><circle cx="${cx.toFixed(1)}" cy="${eventsY}" r="4"><title>${esc(`${date} ${labels.join('、')}`)}</title></circle>` +
        `<line class="leader" x1="${cx.toFixed(1)}" y1="${eventsY + 4}" x2="${lx}" y2="${ty - 10}"/>` +
        `<text class="event-label" x="${left.toFixed(1)}" y="${ty}">${esc(text)}</text></g>`,
    );
  });
  const labelDepth = rowEnds.length * LABEL_ROW;

  // windows and deadlines
  let y = eventsY + 12 + labelDepth + 18;
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
  parts.push(`<line class="lane" x1="${LEFT}" y1="${markersY}" x2="${LEFT + chartWidth}" y2="${markersY}"/>`);
  const stacked = new Map<number, number>();
  for (const m of marked) {
    const date = findingDate(c, m.finding);
    const mx = Math.round(date ? x(date) : LEFT);
    const level = stacked.get(mx) ?? 0;
    stacked.set(mx, level + 1);
    const my = markersY + level * 18;
    const colour = COLORS[m.finding.severity];
    const cls = `finding-marker${m.finding.waived ? ' waived' : ''}`;
    parts.push(
      `<g class="${cls}" data-finding="${esc(m.id)}"><title>${esc(`[${m.number}] ${date ?? ''} ${pick(m.finding.message, lang)}`)}</title>` +
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
