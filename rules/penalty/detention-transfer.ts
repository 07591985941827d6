import type { LegalBasis, Rule } from '../../src/engine/types.js';
import { detentionItems } from '../../src/law/crime-thresholds.js';
import { basisNotDischarge, hasTransfer } from './util.js';

export const rule: Rule = {
  meta: {
    id: 'penalty/detention-transfer',
    title: { zh: '应移送行政拘留而未移送', en: 'Detention transfer missing' },
    description: {
      zh:
        '环境保护法第六十三条所列行为（被责令停止建设拒不执行、无证排污被责令停止排污拒不执行、以暗管渗井篡改伪造监测数据' +
        '不正常运行防治污染设施等逃避监管方式排污、使用禁用农药拒不改正），除依法处罚外，应当移送公安机关对责任人员行政拘留；' +
        '罚款不能代替移送。已移送涉嫌犯罪的，不再要求拘留移送。第三项须是排放污染物：处罚依据均为排污以外义务的罚则' +
        '（土壤污染防治法第八十六条，如土壤污染重点监管单位篡改监测数据）的，不属第三项。',
      en:
        'Conduct listed in EPL art. 63 (refusing to stop construction, discharging without a permit after a stop order, ' +
        'evasion by hidden pipes, seepage wells, falsified monitoring data or abnormal operation, banned pesticides) must, ' +
        'besides the penalty, go to the police for detention of the responsible persons; a fine does not replace the ' +
        'transfer. Not required when the case went to the police as a suspected crime. Item 3 needs a discharge: when ' +
        'every cited penalty clause is for a duty other than discharging (soil law art. 86, e.g. a key soil unit ' +
        'falsifying its monitoring data), item 3 does not apply.',
    },
    severity: 'error',
    category: '适用法律正确',
    basis: [
      { law: 'env-protection-law', version: '2015', article: 63 },
      { law: 'detention-transfer-measures', version: '2015', article: 2 },
    ],
    candidates: ['APL-049'],
  },
  check(c, ctx) {
    const act = c.dates.act;
    if (!act || c.data.case.status === 'open') return [];
    // item 3 is discharge by evasion: not when every cited penalty clause is for a duty other than discharge
    const notDischarge = basisNotDischarge(c, ctx);
    const items = detentionItems(c.data, act).filter((i) => !(i.item === 3 && notDischarge));
    if (items.length === 0 || hasTransfer(c, 'detention') || hasTransfer(c, 'criminal')) return [];
    const basis: LegalBasis[] = items.map((i) => ({
      law: 'env-protection-law',
      version: '2015',
      article: 63,
      item: i.item,
    }));
    const penalised = (c.data.penalty.kinds ?? []).length > 0;
    return [
      {
        path: '/violation/conduct',
        basis,
        message: {
          zh: `案卷记录的行为属于${basis.map((b) => ctx.law.cite(b).zh).join('、')}（${items.map((i) => i.zh).join('；')}），应当移送公安机关行政拘留，但未记录移送${penalised ? '；仅作罚款不能代替移送' : ''}`,
          en: `The recorded conduct falls under ${basis.map((b) => ctx.law.cite(b).en).join(', ')} (${items.map((i) => i.en).join('; ')}) and must go to the police for detention, but no transfer is recorded${penalised ? '; the penalty does not replace it' : ''}`,
        },
        suggestion: {
          zh: '作出移送决定并移送公安机关，记录transfer-decided和transferred（kind: detention）事件',
          en: 'decide and make the transfer, recording transfer-decided and transferred events with kind: detention',
        },
      },
    ];
  },
};
