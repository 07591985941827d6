/**
 * Generates the documents of the clean example cases and the doc-rule fixtures:
 *   npx tsx scripts/gen-documents.ts
 * (a) every file listed in fixtures/cases/<clean>/case.yaml, written from the record (numbers, names, amounts
 *     in figures and 大写, cited articles, dates): .docx with the `docx` package, text .pdf with pdfkit and a
 *     subset CJK font, image-only .pdf / .png for scans (photos, receipts, copies);
 * (b) fixtures/rules/doc/<rule>/ folders with a whole case.yaml and files: each cross-check passing and failing,
 *     and hostile files (zip bomb, XML entities, encrypted, corrupt, mislabelled, scanned).
 * Output is deterministic (fixed timestamps); files are rewritten only when their bytes change. Huge files are
 * made at test time (test/doc), never committed. Needs Debian fonts-noto-cjk for the PDFs.
 */
import { createHash } from 'node:crypto';
import {
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { dirname, extname, join } from 'node:path';
import { format } from 'prettier';
import { parse, stringify } from 'yaml';
import { loadKnowledge } from '../src/law/index.js';
import { buildCase } from '../src/model/build.js';
import type { CaseData, DocumentData } from '../src/model/case-data.js';
import { fromRoot } from '../src/paths.js';
import {
  decisionText,
  genericText,
  priorNoticeText,
  publicationText,
  type Mutation,
} from './documents/templates.js';
import {
  fontAvailable,
  makeDocx,
  makeImagePdf,
  makePdf,
  makePng,
  type DocContent,
} from './documents/writers.js';
import { writeZip } from './documents/zip-writer.js';

const CLEAN = ['printing-vocs', 'overstandard-discharge', 'hazardous-waste', 'eia-unapproved'];
const SCAN_TYPES = new Set<DocumentData['type']>(['photo', 'payment-receipt', 'other']);
const knowledge = loadKnowledge();
let written = 0;

async function writeIfChanged(path: string, bytes: Buffer | string): Promise<void> {
  // YAML goes through prettier, as `npm run format:check` expects
  const text =
    typeof bytes === 'string' && path.endsWith('.yaml')
      ? await format(bytes, { parser: 'yaml', ...prettierOptions })
      : bytes;
  const data = typeof text === 'string' ? Buffer.from(text) : text;
  if (existsSync(path) && readFileSync(path).equals(data)) return;
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, data);
  written++;
}

const prettierOptions = JSON.parse(readFileSync(fromRoot('.prettierrc.json'), 'utf8')) as Record<
  string,
  unknown
>;

function loadData(path: string): CaseData {
  return parse(readFileSync(path, 'utf8')) as CaseData;
}

function contentFor(data: CaseData, doc: DocumentData, m: Mutation = {}): DocContent {
  const c = buildCase({ data, dir: '/', file: 'case.yaml' }, knowledge.law);
  if (doc.type === 'decision') return decisionText(c, knowledge.law, doc, m);
  if (doc.type === 'prior-notice') return priorNoticeText(c, knowledge.law, doc, m);
  if (doc.type === 'publication') return publicationText(c, knowledge.law, doc, m);
  return genericText(c, doc);
}

async function render(data: CaseData, doc: DocumentData, m: Mutation = {}): Promise<Buffer> {
  const ext = extname(doc.file ?? '').toLowerCase();
  if (ext === '.png' || ext === '.jpg' || ext === '.jpeg') return makePng();
  if (ext === '.pdf') return SCAN_TYPES.has(doc.type) ? makeImagePdf() : makePdf(contentFor(data, doc, m));
  return makeDocx(contentFor(data, doc, m));
}

async function generateCase(
  dir: string,
  data: CaseData,
  mutations: Record<string, Mutation> = {},
): Promise<void> {
  for (const doc of data.documents ?? []) {
    if (!doc.file || doc.file.includes('..')) continue;
    await writeIfChanged(join(dir, doc.file), await render(data, doc, mutations[doc.id] ?? {}));
  }
}

// ----------------------------------------------------------------------------------------------
// hostile files

function zipBomb(): Buffer {
  // 20 MiB of spaces deflates to ~20 KiB: a compression ratio near 1000:1
  return writeZip([
    {
      name: '[Content_Types].xml',
      data: Buffer.from(
        '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
      ),
    },
    { name: 'word/document.xml', data: Buffer.alloc(20 * 1024 * 1024, 0x20) },
  ]);
}

function xmlEntityDocx(): Buffer {
  const lol = [
    '<!ENTITY lol "lol">',
    ...Array.from(
      { length: 8 },
      (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i === 0 ? '' : i};`.repeat(10)}">`,
    ),
  ];
  const xml = `<?xml version="1.0"?><!DOCTYPE lolz [${lol.join('')}]><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&lol8;</w:t></w:r></w:p></w:body></w:document>`;
  return writeZip([
    {
      name: '[Content_Types].xml',
      data: Buffer.from(
        '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
      ),
    },
    { name: 'word/document.xml', data: Buffer.from(xml) },
  ]);
}

/** the shape of an encrypted Office file: an OLE compound file holding EncryptionInfo and EncryptedPackage */
function encryptedOffice(): Buffer {
  const b = Buffer.alloc(2048);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(b, 0);
  b.writeUInt16LE(0x3e, 24);
  b.writeUInt16LE(0x03, 26);
  b.writeUInt16LE(0xfffe, 28);
  b.writeUInt16LE(9, 30);
  Buffer.from('EncryptionInfo', 'utf16le').copy(b, 1024);
  Buffer.from('EncryptedPackage', 'utf16le').copy(b, 1152);
  return b;
}

/** pdfkit salts the encryption randomly: an existing encrypted file is kept so that re-running does not churn git */
async function encryptedPdf(base: CaseData, decision: DocumentData): Promise<Buffer> {
  const path = join(FIXTURES, 'unreadable-document', 'fail-encrypted-pdf', '决定书.pdf');
  if (existsSync(path)) return readFileSync(path);
  return makePdf(contentFor(base, decision), { userPassword: 'secret' });
}

/** an old binary Word (.doc) file: an OLE compound file without EncryptedPackage */
function legacyDoc(): Buffer {
  const b = encryptedOffice();
  b.fill(0, 1024);
  Buffer.from('WordDocument', 'utf16le').copy(b, 1024);
  return b;
}

function corruptPdf(): Buffer {
  return Buffer.concat([
    Buffer.from('%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R'),
    Buffer.alloc(512, 0x07),
    Buffer.from('\n%%EOF\n'),
  ]);
}

// ----------------------------------------------------------------------------------------------
// fixtures

const FIXTURES = fromRoot('fixtures', 'rules', 'doc');

function subset(data: CaseData, ids: string[], change: (d: CaseData) => void = () => undefined): CaseData {
  const copy = structuredClone(data);
  copy.documents = (copy.documents ?? []).filter((d) => ids.includes(d.id));
  change(copy);
  return copy;
}

function caseYaml(description: string, data: CaseData): string {
  return `# ${description}\n# generated by scripts/gen-documents.ts — do not edit by hand\n${stringify(data, { lineWidth: 0 })}`;
}

async function folderFixture(
  rule: string,
  name: string,
  description: string,
  data: CaseData,
  files: {
    mutations?: Record<string, Mutation>;
    raw?: Record<string, Buffer>;
    symlinks?: Record<string, string>;
  } = {},
): Promise<void> {
  const dir = join(FIXTURES, rule, name);
  await writeIfChanged(join(dir, 'case.yaml'), caseYaml(description, data));
  const rawNames = new Set(Object.keys(files.raw ?? {}));
  const generated: CaseData = {
    ...data,
    documents: (data.documents ?? []).filter(
      (d) => d.file && !rawNames.has(d.file) && !(files.symlinks && d.file in files.symlinks),
    ),
  };
  await generateCase(dir, generated, files.mutations);
  for (const [file, bytes] of Object.entries(files.raw ?? {})) await writeIfChanged(join(dir, file), bytes);
  for (const [file, target] of Object.entries(files.symlinks ?? {})) {
    const path = join(dir, file);
    if (existsSync(path) || isLink(path)) continue;
    symlinkSync(target, path);
    written++;
  }
  // drop files an earlier version of this script wrote
  const expected = new Set([
    'case.yaml',
    ...(data.documents ?? []).map((d) => d.file),
    ...rawNames,
    ...Object.keys(files.symlinks ?? {}),
  ]);
  for (const f of readdirSync(dir)) {
    if (expected.has(f)) continue;
    unlinkSync(join(dir, f));
    written++;
  }
}

function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

async function patchFixture(rule: string, name: string, body: string): Promise<void> {
  await writeIfChanged(join(FIXTURES, rule, name), `${body.trim()}\n`);
}

async function fixtures(base: CaseData): Promise<void> {
  const decision = base.documents?.find((d) => d.type === 'decision');
  const notice = base.documents?.find((d) => d.type === 'prior-notice');
  const publication = base.documents?.find((d) => d.type === 'publication');
  if (!decision?.file || !notice?.file || !publication?.file)
    throw new Error('printing-vocs lacks a decision, prior notice or publication file');
  const only = (ids: string[], change?: (d: CaseData) => void) => subset(base, ids, change);
  // most folder fixtures carry the decision as .docx (≈10 KB) rather than PDF (≈115 KB); the clean cases cover PDF
  const onlyDocx = (ids: string[], change?: (d: CaseData) => void) =>
    subset(base, ids, (d) => {
      for (const doc of d.documents ?? []) if (doc.type === 'decision') doc.file = '决定书.docx';
      change?.(d);
    });
  const clean = 'description: 干净案卷，文书与记录一致\nbase: printing-vocs';
  const rules = [
    'attachment-missing',
    'attachment-outside-folder',
    'attachment-too-large',
    'attachment-hash',
    'unlisted-file',
    'unreadable-document',
    'text-not-checkable',
    'required-documents',
    'decision-number',
    'decision-party',
    'decision-fine',
    'decision-date',
    'decision-citations',
    'decision-remedies',
    'decision-seal',
    'prior-notice-content',
    'disclosure-personal-data',
  ];
  for (const r of rules) await patchFixture(r, 'pass.yaml', clean);

  // attachments
  await folderFixture(
    'attachment-missing',
    'fail-missing-and-empty',
    '登记的决定书文件不存在，送达回证为空文件',
    only(['decision', 'decision-receipt']),
    {
      raw: {
        [base.documents?.find((d) => d.id === 'decision-receipt')?.file ?? 'receipt.docx']: Buffer.alloc(0),
      },
      symlinks: { [decision.file]: 'does-not-exist.pdf' },
    },
  );
  const outside = only(['decision'], (d) => {
    d.documents = [
      { ...(d.documents?.[0] as DocumentData), file: '../../../../cases/printing-vocs/decision.pdf' },
      { id: 'linked', type: 'other', title: '指向案卷外的符号链接', file: 'linked.txt' },
    ];
  });
  await folderFixture(
    'attachment-outside-folder',
    'fail-outside',
    '文书路径使用 .. 和指向案卷外的符号链接',
    outside,
    { symlinks: { 'linked.txt': '../../../../../package.json' } },
  );
  await patchFixture(
    'attachment-too-large',
    'fail.yaml',
    'description: 附件超过规则设定的大小上限（1000 字节）\nbase: printing-vocs\noptions: { maxBytes: 1000 }',
  );
  const hashed = onlyDocx(['decision']);
  const decisionBytes = await render(hashed, hashed.documents?.[0] as DocumentData);
  (hashed.documents?.[0] as DocumentData).sha256 = createHash('sha256').update(decisionBytes).digest('hex');
  await folderFixture('attachment-hash', 'pass-hash', '登记的 sha256 与文件一致', hashed);
  const wrong = structuredClone(hashed);
  (wrong.documents?.[0] as DocumentData).sha256 = createHash('sha256').update('another file').digest('hex');
  await folderFixture('attachment-hash', 'fail-hash', '文件在登记 sha256 后被替换', wrong);
  await folderFixture(
    'unlisted-file',
    'fail-unlisted',
    '案卷文件夹中有未登记的文件',
    onlyDocx(['decision']),
    {
      raw: { '草稿-未登记.txt': Buffer.from('决定书草稿\n') },
    },
  );

  // hostile and broken files
  const asDecision = (file: string) =>
    only(['decision'], (d) => ((d.documents?.[0] as DocumentData).file = file));
  await folderFixture(
    'unreadable-document',
    'fail-zip-bomb',
    '决定书为压缩炸弹（压缩比约1000:1）',
    asDecision('决定书.docx'),
    { raw: { '决定书.docx': zipBomb() } },
  );
  await folderFixture(
    'unreadable-document',
    'fail-xml-entity',
    '决定书含 XML 实体展开攻击（billion laughs）',
    asDecision('决定书.docx'),
    { raw: { '决定书.docx': xmlEntityDocx() } },
  );
  await folderFixture(
    'unreadable-document',
    'fail-encrypted-docx',
    '决定书为加密的 Word 文件',
    asDecision('决定书.docx'),
    { raw: { '决定书.docx': encryptedOffice() } },
  );
  await folderFixture(
    'unreadable-document',
    'fail-encrypted-pdf',
    '决定书为加密的 PDF',
    asDecision('决定书.pdf'),
    { raw: { '决定书.pdf': await encryptedPdf(base, decision) } },
  );
  await folderFixture(
    'unreadable-document',
    'fail-corrupt-pdf',
    '决定书 PDF 已损坏',
    asDecision('决定书.pdf'),
    { raw: { '决定书.pdf': corruptPdf() } },
  );
  await folderFixture(
    'unreadable-document',
    'fail-mislabelled',
    '扩展名为 .pdf 的决定书实际是 Word 文件',
    asDecision('决定书.pdf'),
    {
      raw: { '决定书.pdf': await makeDocx(contentFor(base, decision)) },
    },
  );
  const good = await makeDocx(contentFor(base, decision));
  await folderFixture(
    'unreadable-document',
    'fail-truncated-docx',
    '决定书 Word 文件被截断',
    asDecision('决定书.docx'),
    { raw: { '决定书.docx': good.subarray(0, Math.floor(good.length / 2)) } },
  );
  await folderFixture(
    'text-not-checkable',
    'fail-scanned-pdf',
    '决定书为无文字层的扫描 PDF',
    only(['decision']),
    { raw: { [decision.file]: await makeImagePdf(2) } },
  );
  await folderFixture('text-not-checkable', 'fail-scanned-png', '决定书为扫描图片', asDecision('决定书.png'));

  await folderFixture(
    'text-not-checkable',
    'fail-legacy-doc',
    '决定书为旧版 .doc 格式，不能提取文字',
    asDecision('决定书.doc'),
    {
      raw: { '决定书.doc': legacyDoc() },
    },
  );

  // required documents (record only)
  await patchFixture(
    'required-documents',
    'fail.yaml',
    `description: 记录了集体讨论，但没有集体讨论记录
base: printing-vocs
add_events:
  - { event: collective-discussion, date: 2020-10-11, participants: [周海峰, 王志强, 陈静] }`,
  );
  await patchFixture(
    'required-documents',
    'fail-receipt.yaml',
    `description: 决定书送达没有送达回证
base: printing-vocs
update_events:
  decision-served: { proof: null }
add_events:
  - { event: prior-notice-served, date: 2020-09-29, served_document: prior-notice, method: mail }`,
  );

  // decision ↔ record
  const dOnly = () => onlyDocx(['decision']);
  await folderFixture('decision-number', 'fail-number', '决定书文号与记录不一致', dOnly(), {
    mutations: { decision: { number: '沪普环罚〔2020〕21号' } },
  });
  await patchFixture(
    'decision-party',
    'fail-name.yaml',
    'description: 记录的当事人名称与决定书不一致\nbase: printing-vocs\nset:\n  party: { name: 上海华彩印务有限公司 }',
  );
  await folderFixture(
    'decision-party',
    'fail-credit-code',
    '决定书中的统一社会信用代码与记录不一致',
    dOnly(),
    { mutations: { decision: { creditCode: '91310107MA1FL3X7XX' } } },
  );
  await patchFixture(
    'decision-fine',
    'fail-amount.yaml',
    'description: 记录的罚款（35000元）与决定书（叁万元）不一致\nbase: printing-vocs\nset:\n  penalty: { fine: 35000 }',
  );
  await folderFixture('decision-fine', 'fail-malformed-capital', '决定书大写金额书写不规范', dOnly(), {
    mutations: { decision: { fineCapital: '人民币叁万万元整' } },
  });
  await folderFixture('decision-fine', 'fail-figure-mismatch', '决定书大写与数字金额不一致', dOnly(), {
    mutations: { decision: { fineFigure: '¥35,000' } },
  });
  await folderFixture('decision-fine', 'pass-figure-first', '决定书先写数字、后写大写，两者一致', dOnly(), {
    mutations: { decision: { fineFigureFirst: true } },
  });
  await folderFixture(
    'decision-fine',
    'fail-figure-first-mismatch',
    '决定书先写数字金额（35,000元），其后大写（叁万元）不一致',
    dOnly(),
    { mutations: { decision: { fineFigureFirst: true, fineFigure: '35,000元' } } },
  );
  await patchFixture(
    'decision-date',
    'fail.yaml',
    'description: 记录的决定日期与决定书落款不一致\nbase: printing-vocs\nupdate_events:\n  decision: { date: 2020-10-14 }',
  );
  await folderFixture('decision-date', 'fail-text-date', '决定书落款日期写错', dOnly(), {
    mutations: { decision: { date: '二〇二〇年十月三十一日' } },
  });
  await folderFixture('decision-citations', 'fail-basis', '决定书引用的处罚依据与记录不一致', dOnly(), {
    mutations: { decision: { basisCite: '《中华人民共和国大气污染防治法》第九十九条第一项' } },
  });
  await patchFixture(
    'decision-citations',
    'fail-violated.yaml',
    'description: 记录的违反条款未在决定书中引用\nbase: printing-vocs\nset:\n  violation:\n    violated: [{ law: 大气污染防治法, article: 46 }]',
  );
  await folderFixture('decision-remedies', 'fail-30-days', '决定书写成三十日内申请行政复议', dOnly(), {
    mutations: { decision: { reconsiderationDays: '三十' } },
  });
  await patchFixture(
    'decision-remedies',
    'fail-body.yaml',
    'description: 记录的复议机关未在决定书中载明\nbase: printing-vocs\nset:\n  penalty:\n    remedies: { reconsideration_body: 上海市人民政府 }',
  );
  // from 2024-01-01 the same-level people's government only (行政复议法 2023 §24(1)(1))
  const in2024 = (body: string) =>
    onlyDocx(['decision'], (d) => {
      const e = d.timeline.find((x) => x.event === 'decision');
      if (e) e.date = '2024-03-04';
      d.penalty.remedies = { ...d.penalty.remedies, reconsideration_body: body };
    });
  await folderFixture(
    'decision-remedies',
    'pass-2024-government',
    '2024年起的决定书写明向本级人民政府申请行政复议',
    in2024('上海市普陀区人民政府'),
  );
  await folderFixture(
    'decision-remedies',
    'fail-2024-department',
    '2024年起的决定书仍写可向上一级生态环境部门申请行政复议',
    in2024('上海市普陀区人民政府'),
    { mutations: { decision: { reconsiderationBody: '上海市普陀区人民政府或者上海市生态环境局' } } },
  );
  // a seal is an image: a text without a seal mark is a warning unless the record says the original was checked
  const unconfirmedSeal = onlyDocx(['decision'], (d) => delete (d.documents?.[0] as DocumentData).sealed);
  await folderFixture(
    'decision-seal',
    'fail-no-seal',
    '决定书文本没有印章标记，记录也未核对盖章（警告）',
    unconfirmedSeal,
    { mutations: { decision: { noSeal: true } } },
  );
  await folderFixture(
    'decision-seal',
    'pass-seal-image',
    '决定书文本没有印章标记，但记录已核对原件盖章（sealed: true）',
    dOnly(),
    { mutations: { decision: { noSeal: true } } },
  );
  await folderFixture(
    'decision-seal',
    'fail-recorded-unsealed',
    '记录为未盖章',
    onlyDocx(['decision'], (d) => ((d.documents?.[0] as DocumentData).sealed = false)),
  );

  // prior notice ↔ record (2021 law: proposed penalty; hearing right)
  const in2021 = (fine: number, hearing: boolean) =>
    only(['prior-notice'], (d) => {
      const e = d.timeline.find((x) => x.event === 'prior-notice-served');
      if (e) {
        e.date = '2021-08-02';
        e.proposed = { kinds: ['fine'], fine };
        e.hearing_right = hearing;
      }
      d.penalty.fine = fine;
    });
  await folderFixture(
    'prior-notice-content',
    'pass-2021',
    '2021年后的告知书写明拟罚款金额',
    in2021(30000, false),
  );
  await folderFixture(
    'prior-notice-content',
    'fail-2021-no-amount',
    '2021年后的告知书未写明拟罚款金额',
    in2021(30000, false),
    { mutations: { 'prior-notice': { omitProposedFine: true } } },
  );
  await folderFixture(
    'prior-notice-content',
    'pass-hearing',
    '拟罚款十万元，告知书告知了听证权利',
    in2021(100000, true),
  );
  await folderFixture(
    'prior-notice-content',
    'fail-hearing',
    '拟罚款十万元达到听证标准，告知书未告知听证权利',
    in2021(100000, true),
    { mutations: { 'prior-notice': { omitHearing: true } } },
  );

  // 暂扣许可证件 carries the hearing right under the environmental measures (2010 §48; 2023 §46)
  const suspendLicence = only(['prior-notice'], (d) => {
    const e = d.timeline.find((x) => x.event === 'prior-notice-served');
    if (e) {
      e.proposed = { kinds: ['fine', 'suspend-licence'], fine: d.penalty.fine ?? 0 };
      e.hearing_right = false;
    }
  });
  await folderFixture(
    'prior-notice-content',
    'fail-suspend-licence',
    '拟暂扣许可证件，告知书未告知听证权利（环境行政处罚办法第四十八条）',
    suspendLicence,
  );

  // disclosure
  await folderFixture(
    'disclosure-personal-data',
    'fail-leak',
    '公开文本含身份证号、手机号和银行账号',
    only(['publication']),
    { mutations: { publication: { publicationLeak: true } } },
  );
}

async function main(): Promise<void> {
  if (!fontAvailable())
    throw new Error('install fonts-noto-cjk (apt-get install fonts-noto-cjk) to generate the PDFs');
  for (const name of CLEAN) {
    const path = fromRoot('fixtures', 'cases', name, 'case.yaml');
    if (!existsSync(path)) {
      console.log(`skip ${name}: no case.yaml yet`);
      continue;
    }
    await generateCase(dirname(path), loadData(path));
  }
  const base = fromRoot('fixtures', 'cases', 'printing-vocs', 'case.yaml');
  if (existsSync(base)) await fixtures(loadData(base));
  console.log(`${written} file(s) written`);
}

await main();
