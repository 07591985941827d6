/**
 * Composes the caselint/1 draft from what was read: the case data, and a YAML document in which every extracted
 * value carries its source (document and line) as a comment and every field that could not be read says so
 * (未记录). Required fields that could not be read get the placeholder 未记录, marked as such, so that the
 * draft loads; nothing is inferred beyond what the comment states.
 */
import type { Node as YamlNode } from 'yaml';
import { yaml } from '../lazy.js';
import type {
  CaseData,
  DocumentData,
  LawRefData,
  OfficerData,
  PartyType,
  PenaltyData,
  PenaltyKind,
  TimelineEventData,
} from '../model/case-data.js';
import type { Fields } from './fields.js';
import type { Sourced } from './source.js';

export const NOT_RECORDED = '未记录';

export interface ImportedDocument {
  data: DocumentData;
  /** the served document's type, for a 送达回证 */
  served?: string;
  serviceDate?: Sourced<string>;
  serviceMethod?: Sourced<string>;
  servers?: Sourced<string[]>;
  /** the document's text could not be read (scanned, encrypted …) */
  textNote?: string;
}

interface Comments {
  /** JSON-pointer-like key path → comment */
  inline: Map<string, string>;
  before: Map<string, string[]>;
}

function where(s: Sourced<unknown>): string {
  return `${s.doc} 第${String(s.line)}行${s.note ? `（${s.note}）` : ''}`;
}

export interface Draft {
  data: CaseData;
  comments: Comments;
  /** fields a user must fill before the draft passes the format check */
  gaps: string[];
}

export function composeDraft(fields: Fields, documents: ImportedDocument[], generatedOn: string): Draft {
  const comments: Comments = { inline: new Map(), before: new Map() };
  const gaps: string[] = [];
  const note = (path: string, s: Sourced<unknown> | undefined): void => {
    if (s) comments.inline.set(path, where(s));
  };
  const before = (path: string, text: string): void => {
    comments.before.set(path, [...(comments.before.get(path) ?? []), text]);
  };
  const unreadNote = (field: string, parent: string): void => {
    const u = fields.unread.get(field);
    if (u)
      before(
        parent,
        `${field} 未记录：${u.why}${u.doc ? `（${u.doc}${u.line ? ` 第${String(u.line)}行` : ''}）` : ''}`,
      );
  };
  const str = (field: string, parent: string, placeholder?: string): string | undefined => {
    const s = fields.get<string>(field);
    if (s) {
      note(field, s);
      return s.value;
    }
    unreadNote(field, parent);
    if (placeholder !== undefined) {
      comments.inline.set(field, `${NOT_RECORDED}：占位值，须人工填写`);
      return placeholder;
    }
    return undefined;
  };

  const decision = documents.find((d) => d.data.type === 'decision');
  const decisionDate = fields.get<string>('decision.date');

  // case
  const source = fields.get<string>('case.source');
  const header: CaseData['case'] = {
    number: str('case.number', 'case', NOT_RECORDED) ?? NOT_RECORDED,
    agency: str('case.agency', 'case', NOT_RECORDED) ?? NOT_RECORDED,
    cause: str('case.cause', 'case', NOT_RECORDED) ?? NOT_RECORDED,
    source: (source?.value ?? '其他') as CaseData['case']['source'],
    procedure: 'general',
    status: decisionDate ? 'decided' : 'open',
  };
  const filingNumber = str('case.filing_number', 'case');
  if (filingNumber) header.filing_number = filingNumber;
  const sourceUnread = fields.unread.get('case.source');
  if (source) note('case.source', source);
  else
    comments.inline.set(
      'case.source',
      sourceUnread
        ? `${NOT_RECORDED}：${sourceUnread.doc ?? ''}${sourceUnread.why}${sourceUnread.line ? `（第${String(sourceUnread.line)}行）` : ''}`
        : `${NOT_RECORDED}：文书未载明案件来源，占位值“其他”，须人工核实`,
    );
  comments.inline.set(
    'case.procedure',
    decision
      ? '行政处罚决定书（非当场处罚决定书）：一般程序'
      : `${NOT_RECORDED}：无决定书，占位值，须人工核实`,
  );
  comments.inline.set(
    'case.status',
    decisionDate ? '已作出处罚决定；执行、结案情况未记录' : `${NOT_RECORDED}：未读到决定日期`,
  );

  // party
  const partyType = fields.get<PartyType>('party.type');
  const party: CaseData['party'] = {
    type: partyType?.value ?? 'organization',
    name: str('party.name', 'party', NOT_RECORDED) ?? NOT_RECORDED,
  };
  if (partyType) note('party.type', partyType);
  else {
    unreadNote('party.type', 'party');
    comments.inline.set('party.type', `${NOT_RECORDED}：占位值，须人工核实`);
  }
  for (const key of ['credit_code', 'id_number', 'representative', 'address'] as const) {
    const v = str(`party.${key}`, 'party');
    if (v !== undefined) party[key] = v;
  }

  // officers: the filing form's 承办人 and approving head, the servers named on the receipts, else a placeholder
  const handlers = fields.get<string[]>('filing.handlers');
  const approver = fields.get<string>('filing.approved_by');
  const servers = documents.find((d) => d.servers)?.servers;
  const officers: OfficerData[] = [];
  const addOfficer = (name: string, role?: string) => {
    let o = officers.find((x) => x.name === name);
    if (!o) officers.push((o = { name }));
    if (role && !(o.roles ?? []).includes(role)) o.roles = [...(o.roles ?? []), role];
  };
  for (const name of handlers?.value ?? []) addOfficer(name, 'investigator');
  for (const name of documents.flatMap((d) => d.servers?.value ?? [])) addOfficer(name);
  if (approver) addOfficer(approver.value, 'head');
  if (officers.length > 0) {
    const from = [
      handlers ? `立案审批表的承办人（${where(handlers)}）` : '',
      approver ? `审批负责人（${where(approver)}）` : '',
      servers ? `送达回证的送达人（${where(servers)}）` : '',
    ].filter(Boolean);
    before('officers', `据${from.join('、')}；执法证号未记录`);
  } else {
    officers.push({ name: NOT_RECORDED });
    before('officers', `${NOT_RECORDED}：文书未载明执法人员，占位值，须人工填写`);
  }

  // violation
  const refs = (path: string): LawRefData[] =>
    fields.list<LawRefData>(path).map((s, i) => {
      comments.inline.set(`${path}.${String(i)}`, where(s));
      return s.value;
    });
  const violated = refs('violation.violated');
  const basis = refs('violation.basis');
  for (const [path, list] of [
    ['violation.violated', violated],
    ['violation.basis', basis],
  ] as const) {
    if (list.length === 0) {
      unreadNote(path, 'violation');
      gaps.push(path);
    }
  }
  const violation: CaseData['violation'] = {
    facts: str('violation.facts', 'violation', NOT_RECORDED) ?? NOT_RECORDED,
    violated,
    basis,
  };

  // penalty
  const kindList = fields.list<PenaltyKind>('penalty.kinds');
  const penalty: PenaltyData = { kinds: kindList.map((k) => k.value) };
  kindList.forEach((k, i) => comments.inline.set(`penalty.kinds.${String(i)}`, where(k)));
  unreadNote('penalty.kinds', 'penalty');
  const fine = fields.get<number>('penalty.fine');
  if (fine) {
    penalty.fine = fine.value;
    note('penalty.fine', fine);
  } else unreadNote('penalty.fine', 'penalty');
  const gains = fields.get<number>('penalty.confiscated_gains');
  if (gains) {
    penalty.confiscated_gains = gains.value;
    note('penalty.confiscated_gains', gains);
  }
  const orders = fields.list<{ text: string; deadline?: string }>('penalty.orders');
  if (orders.length > 0) {
    penalty.orders = orders.map((o) => o.value);
    orders.forEach((o, i) => comments.inline.set(`penalty.orders.${String(i)}`, where(o)));
  }
  const days = fields.get<number>('penalty.payment_days');
  if (days) {
    penalty.payment_days = days.value;
    note('penalty.payment_days', days);
  }
  const payee = fields.get<{ kind: 'bank'; name: string }>('penalty.payee');
  if (payee) {
    penalty.payee = payee.value;
    note('penalty.payee', payee);
  }
  const remedies: NonNullable<PenaltyData['remedies']> = {};
  for (const key of ['reconsideration_body', 'reconsideration_days', 'court', 'litigation_months'] as const) {
    const s = fields.get<string & number>(`penalty.remedies.${key}`);
    if (s) {
      (remedies as Record<string, unknown>)[key] = s.value;
      note(`penalty.remedies.${key}`, s);
    }
  }
  if (Object.keys(remedies).length > 0) penalty.remedies = remedies;
  else before('penalty', 'remedies 未记录：决定书中未读到复议、诉讼途径和期限');

  // timeline
  const timeline: TimelineEventData[] = [];
  const eventNotes: [TimelineEventData, string][] = [];
  const filed = fields.get<string>('filing.date');
  const filingForm = documents.find((d) => d.data.type === 'filing-form');
  if (filed) {
    const e: TimelineEventData = { event: 'filing-approved', date: filed.value };
    if (approver) e.approved_by = approver.value;
    if (filingForm) e.documents = [filingForm.data.id];
    timeline.push(e);
    eventNotes.push([e, where(filed)]);
  }
  const notice = documents.find((d) => d.data.type === 'prior-notice');
  const noticeReceipt = documents.find(
    (d) => d.data.type === 'service-receipt' && d.served === 'prior-notice',
  );
  const noticeServed = noticeReceipt?.serviceDate ?? fields.get<string>('notice.served');
  if (noticeServed) {
    const e: TimelineEventData = { event: 'prior-notice-served', date: noticeServed.value };
    if (notice) e.served_document = notice.data.id;
    if (noticeReceipt) {
      e.proof = noticeReceipt.data.id;
      if (noticeReceipt.serviceMethod)
        e.method = noticeReceipt.serviceMethod.value as TimelineEventData['method'];
    }
    const proposed = fields.get<number>('notice.proposed_fine');
    if (proposed) e.proposed = { kinds: ['fine'], fine: proposed.value };
    const hearing = fields.get<boolean>('notice.hearing_right');
    if (hearing && notice) e.hearing_right = hearing.value;
    const sdays = fields.get<number>('notice.statement_days');
    if (sdays) e.statement_days = sdays.value;
    const docs = [notice?.data.id, noticeReceipt?.data.id].filter((x): x is string => x !== undefined);
    if (docs.length > 0) e.documents = docs;
    timeline.push(e);
    const extra = [
      proposed ? `拟罚款：${where(proposed)}` : '',
      hearing && notice ? `听证权利：${where(hearing)}` : '',
    ]
      .filter(Boolean)
      .join('；');
    eventNotes.push([e, `送达日期：${where(noticeServed)}${extra ? `；${extra}` : ''}`]);
  } else if (notice || fields.get('notice.date')) {
    const d = fields.get<string>('notice.date');
    before(
      'timeline',
      `prior-notice-served 未记录：未读到事先告知书的送达日期${d ? `（告知书落款 ${d.value}，${where(d)}）` : ''}`,
    );
  }
  if (decisionDate) {
    const e: TimelineEventData = { event: 'decision', date: decisionDate.value };
    if (decision) e.documents = [decision.data.id];
    timeline.push(e);
    eventNotes.push([e, where(decisionDate)]);
  } else {
    unreadNote('decision.date', 'timeline');
  }
  for (const r of documents.filter((d) => d.data.type === 'service-receipt' && d.served === 'decision')) {
    if (!r.serviceDate) {
      before('timeline', `decision-served 未记录：${r.data.file ?? r.data.id} 中未读到送达日期`);
      continue;
    }
    const e: TimelineEventData = {
      event: 'decision-served',
      date: r.serviceDate.value,
      served_document: decision?.data.id ?? 'decision',
      proof: r.data.id,
    };
    if (!decision) delete e.served_document;
    if (r.serviceMethod) e.method = r.serviceMethod.value as TimelineEventData['method'];
    e.documents = [r.data.id];
    timeline.push(e);
    eventNotes.push([e, `送达日期：${where(r.serviceDate)}`]);
  }
  timeline.sort((a, b) => a.date.localeCompare(b.date));
  timeline.forEach((e) => {
    const n = eventNotes.find(([x]) => x === e);
    if (n) comments.before.set(`timeline.${String(timeline.indexOf(e))}`, [n[1]]);
  });
  if (timeline.length === 0) gaps.push('timeline');

  const data: CaseData = {
    format: 'caselint/1',
    case: header,
    party,
    officers,
    violation,
    penalty,
    timeline,
    documents: documents.map((d) => d.data),
  };
  documents.forEach((d, i) => {
    if (d.textNote) comments.before.set(`documents.${String(i)}`, [`文字未能读取：${d.textNote}`]);
  });
  before('', `由 caselint import 于 ${generatedOn} 从案件文书生成的草稿。`);
  before(
    '',
    '注释写明每个值的来源（文书、行号，行号按提取出的文字计）；“未记录”表示文书中未能读出，须人工补充或核实。',
  );
  before(
    '',
    '草稿不含未能读出的内容（执法人员证件、证据、裁量、执行等），请按 docs/case-format.md 补全后再运行 caselint lint。',
  );
  if (gaps.length > 0) before('', `格式校验前须补充：${gaps.join('、')}`);
  return { data, comments, gaps };
}

/** the draft as YAML with its comments */
export function draftToYaml(draft: Draft, schemaRef?: string): string {
  const doc = new (yaml().Document)(draft.data);
  const nodeAt = (path: string): YamlNode | undefined => {
    const keys = path === '' ? [] : path.split('.').map((k) => (/^\d+$/.test(k) ? Number(k) : k));
    return (keys.length === 0 ? doc.contents : doc.getIn(keys, true)) as YamlNode | undefined;
  };
  for (const [path, text] of draft.comments.inline) {
    const node = nodeAt(path);
    if (!node) continue;
    if (yaml().isScalar(node)) node.comment = ` ${text}`;
    else node.commentBefore = [node.commentBefore, ` ${text}`].filter(Boolean).join('\n');
  }
  for (const [path, lines] of draft.comments.before) {
    if (path === '') {
      doc.commentBefore = [
        schemaRef ? ` yaml-language-server: $schema=${schemaRef}` : '',
        ...lines.map((l) => ` ${l}`),
      ]
        .filter(Boolean)
        .join('\n');
      continue;
    }
    const keys = path.split('.');
    const last = keys.pop() ?? '';
    const parent =
      keys.length === 0
        ? doc.contents
        : doc.getIn(
            keys.map((k) => (/^\d+$/.test(k) ? Number(k) : k)),
            true,
          );
    let target: YamlNode | undefined;
    if (/^\d+$/.test(last)) target = nodeAt(path);
    else if (yaml().isMap(parent)) {
      const pair = parent.items.find((p) => yaml().isScalar(p.key) && p.key.value === last);
      target = (pair && yaml().isScalar(pair.key) ? pair.key : undefined) ?? undefined;
      // a map that is the value of `last`: comment its first key
      const value = pair?.value;
      if (yaml().isMap(value) && value.items[0] && yaml().isScalar(value.items[0].key))
        target = value.items[0].key;
    }
    if (!target) continue;
    target.commentBefore = [target.commentBefore, ...lines.map((l) => ` ${l}`)].filter(Boolean).join('\n');
  }
  return doc.toString({ lineWidth: 0 });
}
