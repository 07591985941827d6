import { missingTransferCause } from '../shared/causes.js';
import type { LegalBasis, Rule } from '../../src/engine/types.js';
import {
  crimeThresholdHits,
  crimeThresholdHitsUnder,
  interpretationAt,
  loadCrimeThresholds,
} from '../../src/law/crime-thresholds.js';
import { decisionDate, hasTransfer } from './util.js';

export const rule: Rule = {
  meta: {
    id: 'penalty/criminal-transfer',
    title: { zh: '涉嫌犯罪应移送而未移送', en: 'Criminal transfer missing' },
    description: {
      zh:
        '案卷记录的事实达到环境污染刑事案件司法解释的入罪标准（违法行为在2023年8月15日前适用2016年解释，其后适用2023年解释；' +
        '如非法处置危险废物三吨以上、含铅汞镉铬砷铊锑污染物超标三倍以上、重点排污单位篡改伪造自动监测数据、以暗管等方式排放有毒物质、' +
        '违法所得或财产损失三十万元以上），应当移送公安机关；以行政处罚代替移送为错误（行政处罚法2021年第八条第二款、第二十七条、' +
        '行政执法机关移送涉嫌犯罪案件的规定第十一条）。2023年8月15日前的行为在其后处理、而2023年解释不认为达到标准的，只给出警告（选项milderLaterInterpretation）。',
      en:
        'Where the recorded facts reach a criminal threshold of the environmental-crime interpretation (2016 text for acts ' +
        'before 2023-08-15, 2023 text after: e.g. ≥ 3 t of hazardous waste disposed illegally, Pb/Hg/Cd/Cr/As/Tl/Sb ≥ 3× the ' +
        'standard, a key discharger falsifying automatic-monitoring data, toxic substances through hidden pipes, gains or ' +
        'loss ≥ ¥300,000), the case must go to the police; a penalty in its place is an error (APL 2021 arts. 8(2), 27; ' +
        'transfer regulation art. 11). An act before 2023-08-15 handled later that the 2023 text does not reach only warns (option milderLaterInterpretation).',
    },
    severity: 'error',
    category: '适用法律正确',
    needs: ['case-date'],
    basis: [
      { law: 'admin-penalty-law', version: '2021', article: 27 },
      { law: 'admin-penalty-law', version: '2021', article: 8, paragraph: 2 },
      { law: 'crime-transfer-regs', version: '2020', article: 11 },
      { law: 'env-crime-interpretation', version: '2023', article: 1 },
    ],
    candidates: ['APL-049'],
    options: {
      milderLaterInterpretation: {
        description: {
          zh:
            '违法行为在2023年8月15日前、处理在其后，且2023年解释不认为达到入罪标准的，按“新解释对当事人有利的适用新解释”' +
            '（最高人民法院、最高人民检察院关于适用刑事司法解释时间效力问题的规定第三点，高检发释字〔2001〕5号；未收入shared/law/texts，' +
            '据公开文本核对）只给出警告；设为false则按行为时解释报错',
          en:
            'For an act before 2023-08-15 handled on or after that day which the 2023 interpretation does not treat as ' +
            'reaching a threshold, warn instead of erring, since a later interpretation more favourable to the suspect ' +
            'applies (两高 rules on the temporal effect of criminal judicial interpretations, 2001, point 3; text not in ' +
            'shared/law/texts, checked against a public copy); false judges by the act-time interpretation only',
        },
        default: true,
        type: 'boolean',
      },
    },
  },
  check(c, ctx) {
    const act = c.dates.act;
    if (!act || hasTransfer(c, 'criminal')) return [];
    const hits = crimeThresholdHits(c.data, act);
    if (hits.length === 0) return [];
    const version = interpretationAt(act);
    const penalised = (c.data.penalty.kinds ?? []).length > 0;
    const decided = decisionDate(c, ctx);
    // an earlier act handled under a later interpretation that does not reach any threshold: the later,
    // more favourable text governs (高检发释字〔2001〕5号 point 3), so the act-time hit is only a warning
    const handledUnder = interpretationAt(decided);
    const milderLater =
      ctx.options.milderLaterInterpretation !== false &&
      handledUnder !== undefined &&
      version !== undefined &&
      handledUnder.version !== version.version &&
      crimeThresholdHitsUnder(c.data, act, handledUnder, loadCrimeThresholds()).length === 0
        ? handledUnder
        : undefined;
    const transferBasis: LegalBasis[] =
      decided >= '2021-07-15'
        ? [
            { law: 'admin-penalty-law', version: '2021', article: 27 },
            ...(penalised ? [{ law: 'admin-penalty-law', version: '2021', article: 8, paragraph: 2 }] : []),
          ]
        : [{ law: 'admin-penalty-law', version: '2017', article: 22 }];
    if (penalised) transferBasis.push({ law: 'crime-transfer-regs', version: '2020', article: 11 });
    const basis = [...hits.map((h) => h.basis), ...transferBasis];
    const facts = hits.map((h) => `${h.detail.zh}（${ctx.law.cite(h.basis).zh}）`).join('；');
    const factsEn = hits.map((h) => `${h.detail.en} (${ctx.law.cite(h.basis).en})`).join('; ');
    // an open case that has not yet penalised may still transfer in time: a warning, not yet an error
    const pending = c.data.case.status === 'open' && !penalised;
    const laterNote = milderLater
      ? {
          zh: `；但${decided}处理时施行的${milderLater.number}未将所记录的事实列为入罪标准，依新解释对当事人有利时适用新解释（高检发释字〔2001〕5号第三点），请核实是否仍应移送`,
          en: `; but ${milderLater.number}, in force when the case was handled (${decided}), does not list the recorded facts, and a later interpretation more favourable to the suspect applies (2001 rules on the temporal effect of judicial interpretations, point 3): check whether a transfer is still due`,
        }
      : { zh: '', en: '' };
    return [
      {
        path: '/violation',
        ...(pending || milderLater ? { severity: 'warning' as const } : {}),
        // not penalised and not transferred: penalty/unpunished-violation sees the same missing transfer
        ...(penalised ? {} : { cause: missingTransferCause() }),
        basis,
        message: {
          zh: `案卷事实达到${version?.number ?? ''}规定的“严重污染环境”标准：${facts}；${penalised ? '仅作行政处罚而未移送，属以罚代刑' : '未记录移送公安机关'}（${transferBasis.map((b) => ctx.law.cite(b).zh).join('、')}）${laterNote.zh}`,
          en: `The recorded facts reach the "serious pollution" threshold of ${version?.number ?? 'the interpretation'}: ${factsEn}; ${penalised ? 'a penalty was imposed instead of a transfer' : 'no transfer to the police is recorded'} (${transferBasis.map((b) => ctx.law.cite(b).en).join('; ')})${laterNote.en}`,
        },
        suggestion: {
          zh: '依行政执法机关移送涉嫌犯罪案件的规定移送公安机关并抄送检察院，记录transfer-decided和transferred（kind: criminal）事件',
          en: 'transfer to the police with a copy to the procuratorate, recording transfer-decided and transferred events with kind: criminal',
        },
      },
    ];
  },
};
