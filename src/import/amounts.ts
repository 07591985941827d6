/**
 * The fine (and other sums) in a decision's operative part: the figures and the 大写 are read separately and
 * cross-checked; when they disagree nothing is recorded (the draft says why), because a guessed amount would be
 * a legal fact invented by the importer.
 */
import { findAmounts, type AmountMention } from '../text/numerals.js';

export interface ReadAmount {
  value?: number;
  /** flat-text offset of the amount used */
  index: number;
  /** 大写与小写一致 / only figures / only capitals / only ordinary Chinese numerals / disagreement */
  check: 'agree' | 'figures-only' | 'capitals-only' | 'numerals-only' | 'disagree' | 'malformed';
  raw: string;
}

/** Clauses of a text: split at 。；; and at commas that are not inside a number or brackets. */
export function clauses(text: string, offset = 0): { text: string; index: number }[] {
  const out: { text: string; index: number }[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] ?? '';
    if ('（(【[〔'.includes(c)) depth++;
    else if ('）)】]〕'.includes(c)) depth = Math.max(0, depth - 1);
    const comma =
      c === '，' || (c === ',' && !(/\d/.test(text[i - 1] ?? '') && /\d/.test(text[i + 1] ?? '')));
    if ('。；;'.includes(c) || (comma && depth === 0)) {
      if (i > start) out.push({ text: text.slice(start, i), index: offset + start });
      start = i + 1;
      depth = 0;
    }
  }
  if (start < text.length) out.push({ text: text.slice(start), index: offset + start });
  return out;
}

/**
 * The amount a clause states, e.g. 罚款人民币叁万元整（30000元） or 处30,000元罚款（大写：叁万元整）: the first
 * amount, checked against the first amount of the other kind in the same clause.
 */
export function readAmount(clause: string, offset: number): ReadAmount | undefined {
  const all: AmountMention[] = findAmounts(clause);
  // ordinary numerals (并处二万元罚款) count only where the clause has neither capitals nor figures
  const formal = all.filter((a) => a.kind !== 'chinese');
  const found = formal.length > 0 ? formal : all;
  if (found.length === 0) return undefined;
  const first = found[0] as AmountMention;
  const capital = found.find((a) => a.kind === 'capital');
  const figure = found.find((a) => a.kind === 'arabic');
  const at = offset + first.index;
  if (capital && Number.isNaN(capital.value))
    return figure
      ? { index: at, check: 'malformed', raw: capital.raw }
      : { index: at, check: 'malformed', raw: capital.raw };
  if (capital && figure) {
    return capital.value === figure.value
      ? { value: figure.value, index: at, check: 'agree', raw: `${first.raw}` }
      : { index: at, check: 'disagree', raw: `${capital.raw} / ${figure.raw}` };
  }
  return {
    value: first.value,
    index: at,
    check:
      first.kind === 'capital'
        ? 'capitals-only'
        : first.kind === 'chinese'
          ? 'numerals-only'
          : 'figures-only',
    raw: first.raw,
  };
}

export function amountNote(a: ReadAmount): string {
  switch (a.check) {
    case 'agree':
      return '大写与小写一致';
    case 'figures-only':
      return '仅有小写金额，未见大写';
    case 'capitals-only':
      return '仅有大写金额';
    case 'numerals-only':
      return `仅有中文小写金额（${a.raw}），未见大写或数字金额`;
    case 'disagree':
      return `大写与小写不一致（${a.raw}），未采用，请核对原件`;
    case 'malformed':
      return `大写金额无法识读（${a.raw}），未采用，请核对原件`;
  }
}
