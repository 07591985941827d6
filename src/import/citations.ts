/**
 * Statute citations in decision texts: 《中华人民共和国大气污染防治法》第一百零八条第一项,
 * 《环境影响评价法》第二十二条第一款和第二十五条, 《水污染防治法》第八十三条第（二）、（三）项 …, found in the
 * whitespace-free text so that a citation broken over two lines is read whole. Each is classed by its sentence:
 * the provisions a party 违反 (violated) and those the agency acts 依据 (basis). Procedural and remedy laws
 * (行政处罚法, 行政复议法 …) cited in the same document are neither.
 */
import { fromChineseNumeral } from '../law/numerals.js';

export interface FoundCitation {
  /** the law's name as written between 《》 */
  law: string;
  article: number;
  paragraph?: number;
  item?: number;
  /** the citation text as written (whitespace removed) */
  text: string;
  /** offset of 《 in the flat text */
  index: number;
  role: 'violated' | 'basis' | 'other';
}

const N = '[0-9零〇一二两三四五六七八九十百千]+';
const ARTICLE = new RegExp(`^第(${N})条(?:之(${N}))?`);
const PARAGRAPH = new RegExp(`^第(${N})款`);
/** 第（一）项, 第一项, 第(1)项, and lists 第（一）、（二）项 / 第（一）项、第（三）项 */
const ITEMS = new RegExp(`^第?[（(]?(${N})[）)]?((?:(?:、|和|及|或者|或)第?[（(]?${N}[）)]?)*)项`);
const ITEM_IN_LIST = new RegExp(`[（(]?(${N})[）)]?`, 'g');
const SEPARATOR = /^(?:、|，|,|和|及|以及|与|或者|或|并)/;

/** laws that govern the procedure or the remedies, never the violated or the penalty provision */
const PROCEDURAL_LAW =
  /行政处罚法|行政复议法|行政诉讼法|行政强制法|行政处罚办法|听证程序|裁量基准|罚款决定与罚款收缴|处罚程序/;

interface Ref {
  article: number;
  paragraph?: number;
  item?: number;
  text: string;
}

function num(s: string | undefined): number | undefined {
  if (s === undefined) return undefined;
  const n = fromChineseNumeral(s);
  return n !== undefined && n > 0 ? n : undefined;
}

/** the provisions written right after a 》: returns them and the length read */
function readRefs(text: string, from: number): { refs: Ref[]; end: number } {
  const refs: Ref[] = [];
  let at = from;
  let article: number | undefined;
  let paragraph: number | undefined;
  let pending = false;
  let startOfPending = at;
  const emit = (item?: number): void => {
    if (article === undefined) return;
    const ref: Ref = { article, text: text.slice(startOfPending, at) };
    if (paragraph !== undefined) ref.paragraph = paragraph;
    if (item !== undefined) ref.item = item;
    refs.push(ref);
  };
  for (;;) {
    const rest = text.slice(at);
    const a = ARTICLE.exec(rest);
    if (a) {
      if (pending) emit();
      article = num(a[1]);
      paragraph = undefined;
      startOfPending = at;
      at += a[0].length;
      pending = article !== undefined;
      continue;
    }
    const p = PARAGRAPH.exec(rest);
    if (p && article !== undefined) {
      if (pending && paragraph !== undefined) emit();
      paragraph = num(p[1]);
      at += p[0].length;
      pending = true;
      continue;
    }
    const i = ITEMS.exec(rest);
    if (i && article !== undefined && /^第|^[（(]/.test(rest)) {
      at += i[0].length;
      for (const m of (i[1] + (i[2] ?? '')).matchAll(ITEM_IN_LIST)) emit(num(m[1]));
      pending = false;
      continue;
    }
    const s = SEPARATOR.exec(rest);
    if (s && (ARTICLE.test(rest.slice(s[0].length)) || /^第|^[（(]/.test(rest.slice(s[0].length)))) {
      at += s[0].length;
      continue;
    }
    break;
  }
  if (pending) emit();
  return { refs, end: at };
}

/** the start of the sentence holding position `at` (after the last 。；! or paragraph mark) */
function sentenceStart(text: string, at: number): number {
  for (let i = at - 1; i >= 0; i--) if ('。；;！？'.includes(text[i] ?? '')) return i + 1;
  return 0;
}

function roleOf(text: string, index: number, law: string): FoundCitation['role'] {
  if (PROCEDURAL_LAW.test(law)) return 'other';
  const before = text.slice(sentenceStart(text, index), index);
  // the nearest marker before the citation decides: …违反了《…》…，依据《…》… gives both roles in one sentence
  const markers = [...before.matchAll(/违反|违背|依据|根据|按照|依照|适用/g)];
  const last = markers.at(-1)?.[0];
  if (last === undefined) return 'other';
  if (last === '违反' || last === '违背') return 'violated';
  // 根据《…》的规定，…属于… (a definition) is still basis only when the sentence goes on to a penalty
  const after = text.slice(index, index + 400).split(/[。]/)[0] ?? '';
  if (/处罚|处以|罚款|决定|责令|警告|没收|吊销|暂扣|停产|关闭|处/.test(after)) return 'basis';
  return 'other';
}

/** Every 《law》第…条 citation in a whitespace-free text, with its role. */
export function findCitations(text: string): FoundCitation[] {
  const out: FoundCitation[] = [];
  for (const m of text.matchAll(/《([^《》]{2,60})》/g)) {
    const law = m[1] ?? '';
    const from = m.index + m[0].length;
    const { refs } = readRefs(text, from);
    if (refs.length === 0) continue;
    const role = roleOf(text, m.index, law);
    for (const r of refs) {
      const c: FoundCitation = { law, article: r.article, text: `《${law}》${r.text}`, index: m.index, role };
      if (r.paragraph !== undefined) c.paragraph = r.paragraph;
      if (r.item !== undefined) c.item = r.item;
      out.push(c);
    }
  }
  return out;
}

/** 第一百零八条第一款第（一）项 for a found citation (statute style) */
export function citationKey(c: { law: string; article: number; paragraph?: number; item?: number }): string {
  return `${c.law}|${String(c.article)}|${String(c.paragraph ?? '')}|${String(c.item ?? '')}`;
}
