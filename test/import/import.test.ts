import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { fromRoot } from '../../src/paths.js';
import { importTexts } from '../../src/import/index.js';
import { draftToYaml } from '../../src/import/draft.js';
import { findCitations } from '../../src/import/citations.js';
import { parseChineseDate } from '../../src/import/dates.js';
import { runCli } from '../cli/run-cli.js';

const decision = (body: string): string => `上海市某区生态环境局
行政处罚决定书
沪某环罚〔2023〕7号
${body}
上海市某区生态环境局
二〇二三年七月五日
`;

const COMPANY = `当事人：上海某某化工有限公司
统一社会信用代码：91310000MA1K4ABC1X
法定代表人：张三
地址：上海市某区某路1号
经查，你公司未密闭作业，废气直接排放。
以上事实有现场检查笔录为证。
你公司上述行为违反了《中华人民共和国大气污染防治法》第四十五条的规定。
依据《中华人民共和国大气污染防治法》第一百零八条第（一）项的规定，我局决定对你公司罚款人民币叁万元整（30000元）。
如不服本决定，可在收到本决定书之日起六十日内向上海市某区人民政府申请行政复议，也可以在六个月内向上海市某区人民法院提起行政诉讼。`;

describe('caselint import: reading a decision', () => {
  it('reads number, party, citations by role, fine and the date under the seal, each with its line', () => {
    const { data, fields } = importTexts([{ name: 'd.txt', text: decision(COMPANY) }], '2026-12-02');
    expect(data.case.number).toBe('沪某环罚〔2023〕7号');
    expect(data.party).toMatchObject({
      type: 'organization',
      name: '上海某某化工有限公司',
      credit_code: '91310000MA1K4ABC1X',
      representative: '张三',
    });
    expect(data.violation.violated).toEqual([{ law: '中华人民共和国大气污染防治法', article: 45 }]);
    expect(data.violation.basis).toEqual([{ law: '中华人民共和国大气污染防治法', article: 108, item: 1 }]);
    expect(data.penalty).toMatchObject({ kinds: ['fine'], fine: 30000 });
    expect(data.timeline).toEqual([{ event: 'decision', date: '2023-07-05', documents: ['decision'] }]);
    expect(fields.get('case.number')).toMatchObject({ doc: 'd.txt', line: 3 });
    expect(fields.get('decision.date')).toMatchObject({ line: 14 });
  });

  it('leaves a masked code and disagreeing figures and 大写 not recorded, saying why', () => {
    const text = decision(
      COMPANY.replace('91310000MA1K4ABC1X', '91310000********1X').replace('（30000元）', '（35000元）'),
    );
    const draft = importTexts([{ name: 'd.txt', text }], '2026-12-02');
    expect(draft.data.party.credit_code).toBeUndefined();
    expect(draft.data.penalty.fine).toBeUndefined();
    const yaml = draftToYaml(draft);
    expect(yaml).toContain('party.credit_code 未记录：统一社会信用代码已遮蔽');
    expect(yaml).toContain('penalty.fine 未记录：大写与小写不一致');
  });

  it('reads a person with an ID number, and an old 注册号 is not taken for a credit code', () => {
    const person = importTexts(
      [
        {
          name: 'p.txt',
          text: decision(
            COMPANY.replace(
              /当事人：[^\n]*\n统一社会信用代码：[^\n]*\n法定代表人：[^\n]*/,
              '当事人：王某，男，1970年1月出生，身份证号码：310101197001011234',
            ),
          ),
        },
      ],
      'x',
    ).data.party;
    expect(person).toMatchObject({ type: 'person', name: '王某', id_number: '310101197001011234' });
    const old = importTexts(
      [
        {
          name: 'o.txt',
          text: decision(
            COMPANY.replace('统一社会信用代码：91310000MA1K4ABC1X', '营业执照注册号：310115000123456'),
          ),
        },
      ],
      'x',
    );
    expect(old.data.party.credit_code).toBeUndefined();
    expect(old.fields.unread.get('party.credit_code')?.why).toContain('旧注册号');
  });

  it('reads citations broken over lines, lists of items and several laws, and ignores procedural laws', () => {
    const flat =
      '上述行为违反了《中华人民共和国固体废物污染环境防治法》第七十七条、第七十九条的规定。依照《中华人民共和国固体废物污染环境防治法》第一百一十二条第一款第（一）、（六）项和第二款、《中华人民共和国行政处罚法》第三十二条的规定，决定罚款。';
    const found = findCitations(flat).map(
      (c) => `${c.role}:${String(c.article)}/${String(c.paragraph ?? '')}/${String(c.item ?? '')}`,
    );
    expect(found).toEqual([
      'violated:77//',
      'violated:79//',
      'basis:112/1/1',
      'basis:112/1/6',
      'basis:112/2/',
      'other:32//',
    ]);
  });

  it('takes the total of fines decided separately for several violations (合计), not the first item', () => {
    const text = decision(
      COMPANY.replace(
        /我局决定对你公司罚款人民币叁万元整（30000元）。/,
        '分别裁量、合并处罚：\n1.罚款人民币贰万元；\n2.罚款人民币壹万元；\n以上合计罚款人民币叁万元整（¥30,000元）。',
      ),
    );
    const draft = importTexts([{ name: 'd.txt', text }], 'x');
    expect(draft.data.penalty.fine).toBe(30000);
    expect(draft.fields.get('penalty.fine')).toMatchObject({ line: 14 });
  });

  it('reads a fine written only in ordinary numerals (并处二万元罚款), saying so', () => {
    const text = decision(
      COMPANY.replace(
        '我局决定对你公司罚款人民币叁万元整（30000元）',
        '我局决定责令你公司改正，并处二万元罚款',
      ),
    );
    const draft = importTexts([{ name: 'd.txt', text }], 'x');
    expect(draft.data.penalty.fine).toBe(20000);
    expect(draftToYaml(draft)).toContain('仅有中文小写金额');
  });

  it('reads a credit code whose label names the old number too (统一社会信用代码/注册号)', () => {
    const read = (label: string, code: string) =>
      importTexts(
        [
          {
            name: 'd.txt',
            text: decision(COMPANY.replace('统一社会信用代码：91310000MA1K4ABC1X', `${label}${code}`)),
          },
        ],
        'x',
      );
    expect(read('统一社会信用代码/注册号：', '91310000MA1K4ABC1X').data.party.credit_code).toBe(
      '91310000MA1K4ABC1X',
    );
    expect(read('统一社会信用代码（注册号）：', '91310000MA1K4ABC1X').data.party.credit_code).toBe(
      '91310000MA1K4ABC1X',
    );
    const old = read('统一社会信用代码/注册号：', '310115000123456');
    expect(old.data.party.credit_code).toBeUndefined();
    expect(old.fields.unread.get('party.credit_code')?.why).toContain('旧注册号');
  });

  it('reads the payee bank after 缴至, not from 收到本决定书 before it', () => {
    const text = decision(
      COMPANY.replace('如不服本决定', '你公司应自收到本决定书之日起十五日内缴至指定银行。\n如不服本决定'),
    );
    const { data } = importTexts([{ name: 'd.txt', text }], 'x');
    expect(data.penalty.payee).toEqual({ kind: 'bank', name: '指定银行' });
  });

  it('reads the filing form’s 案件来源: free words, a ticked box, or a value to choose by hand', () => {
    const filing = (source: string) =>
      `上海市某区生态环境局\n立案审批表\n立案编号：某环立〔2023〕1号\n案件来源：${source}\n案由：某公司未密闭作业案    当事人：上海某某化工有限公司\n负责人：王某  2023年6月12日\n`;
    const read = (source: string) => {
      const draft = importTexts([{ name: '立案审批表.txt', text: filing(source) }], 'x');
      return { source: draft.data.case.source, yaml: draftToYaml(draft) };
    };
    expect(read('日常监督检查').source).toBe('日常检查');
    expect(read('□双随机 ☑日常检查 □信访 □举报').source).toBe('日常检查');
    expect(read('☑随机抽查 □其他').source).toBe('双随机');
    expect(read('其他').source).toBe('其他');
    const unmapped = read('其他部门函告');
    expect(unmapped.source).toBe('其他');
    expect(unmapped.yaml).toContain('载明案件来源“其他部门函告”，与格式中的来源不对应');
    expect(read('□双随机 □日常检查').yaml).toContain('文书未载明案件来源');
  });

  it('takes the filing form’s 承办人 and approving head as officers, and the servers after 受送达人', () => {
    const filing =
      '上海市某区生态环境局\n立案审批表\n立案编号：某环立〔2023〕1号\n案件来源：日常检查\n案由：某公司未密闭作业案\n' +
      '当事人：上海某某化工有限公司  法定代表人：张三\n承办人意见：建议立案。  承办人：李明、周洁   2023年6月9日\n' +
      '审批意见：同意立案。\n负责人：王建华   2023年6月12日\n';
    const receipt =
      '送达回证\n送达文书名称及文号：行政处罚决定书（沪某环罚〔2023〕7号）\n受送达人：上海某某化工有限公司\n' +
      '送达方式：直接送达\n受送达人签收：张三 2023年7月6日\n送达人：李明、赵刚\n';
    const draft = importTexts(
      [
        { name: 'd.txt', text: decision(COMPANY) },
        { name: '立案审批表.txt', text: filing },
        { name: '送达回证.txt', text: receipt },
      ],
      'x',
    );
    expect(draft.data.officers).toEqual([
      { name: '李明', roles: ['investigator'] },
      { name: '周洁', roles: ['investigator'] },
      { name: '赵刚' },
      { name: '王建华', roles: ['head'] },
    ]);
    expect(draft.data.timeline.find((e) => e.event === 'filing-approved')).toMatchObject({
      date: '2023-06-12',
      approved_by: '王建华',
    });
    // 法定代表人 of the party and an opinion (同意立案) are not taken for the approver
    const noHead = importTexts(
      [{ name: '立案审批表.txt', text: filing.replace('负责人：王建华', '负责人意见：同意立案') }],
      'x',
    );
    expect(noHead.data.officers.map((o) => o.name)).toEqual(['李明', '周洁']);
  });

  it('reads dates under the seal in Chinese numerals', () => {
    expect(parseChineseDate('二〇二三', '七', '五')).toBe('2023-07-05');
    expect(parseChineseDate('二○二二', '十二', '三十一')).toBe('2022-12-31');
    expect(parseChineseDate('2023', '2', '30')).toBeUndefined();
  });
});

describe('caselint import (CLI)', () => {
  it('drafts a case from a folder of documents; the draft keeps sources as comments and lints without input errors', () => {
    const dir = mkdtempSync(join(tmpdir(), 'caselint-import-'));
    try {
      const src = fromRoot('fixtures', 'cases', 'printing-vocs');
      for (const f of readdirSync(src).filter((n) => n !== 'case.yaml')) cpSync(join(src, f), join(dir, f));
      const r = runCli(['import', '.', '--out', '.'], { cwd: dir });
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      const text = readFileSync(join(dir, 'case.yaml'), 'utf8');
      const doc = parseDocument(text);
      expect(doc.getIn(['case', 'number'])).toBe('沪普环罚〔2020〕12号');
      expect(text).toMatch(/number: 沪普环罚〔2020〕12号 # decision\.pdf 第\d+行/);
      expect(doc.getIn(['documents', 0, 'sha256'])).toMatch(/^[0-9a-f]{64}$/);
      expect(doc.getIn(['case', 'filing_number'])).toBe('沪普环立〔2020〕35号');
      expect(doc.getIn(['timeline', 0, 'event'])).toBe('filing-approved');
      expect(doc.getIn(['timeline', 0, 'date'])).toBe('2020-08-21');
      const again = runCli(['import', '.', '--out', '.'], { cwd: dir });
      expect(again.code).toBe(2);
      const lint = runCli(['lint', '.', '--format', 'json', '--as-of', '2026-11-28'], { cwd: dir });
      expect(lint.code).not.toBe(2);
      const json = runCli(['import', '.', '--format', 'json'], { cwd: dir });
      expect(JSON.parse(json.stdout)).toMatchObject({ format: 'caselint/1', penalty: { fine: 30000 } });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
