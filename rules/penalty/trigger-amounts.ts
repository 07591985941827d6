import { penaltyIsProposal } from '../../src/model/case.js';
import type { Msg, Rule, RuleFinding } from '../../src/engine/types.js';
import type { Threshold } from '../../src/law/types.js';
import { decisionDate, yuan } from './util.js';

interface Trigger {
  name: Msg;
  threshold: Threshold;
  /** what the record shows was done for this trigger */
  honoured: boolean;
  honouredText: Msg;
  /** check a decided amount crossing the threshold the proposed amount did not */
  crossing: boolean;
}

/**
 * Hearing and collective-discussion triggers are judged on the proposed amount (行政处罚法 2021 §63 "拟作出";
 * 生态环境行政处罚办法 2023 §52 "拟罚款"). Whether the proposed amount triggers them, and whether the record then
 * has the hearing right / the discussion, is the procedure pack's hearing-right and collective-discussion rules
 * (the latter also counts the decided fine); procedure/no-heavier-penalty flags any fine above the notified one.
 * This rule checks the amount computation around them: a decided fine that crosses the hearing threshold the
 * proposed one did not, and amounts exactly at a threshold under the exclusive reading.
 */
export const rule: Rule = {
  meta: {
    id: 'penalty/trigger-amounts',
    title: { zh: '听证和集体讨论的触发金额', en: 'Amounts that trigger a hearing or collective discussion' },
    description: {
      zh:
        '听证（较大数额罚款）和集体讨论（2023年7月1日起拟罚款五十万元以上）依拟作出的处罚金额判断。核查：' +
        '（一）决定罚款达到听证标准，而告知书拟处罚款未达到——当事人未获得与决定金额相应的听证权，须重新告知；' +
        '（二）拟处罚款恰为标准金额（如二十万元、五十万元）而按“不含本数”的设置未告知听证权或未集体讨论的，提示“以上”是否含本数须核实' +
        '（民法典第一千二百五十九条：以上包括本数；设置项thresholdInclusive）。',
      en:
        'Hearing (large fines) and collective discussion (from 2023-07-01, proposed fines of ¥500,000 or more) are judged ' +
        'on the proposed amount. Checks (1) a decided fine that reaches the hearing threshold the proposed fine in the notice ' +
        'did not — the party was not offered the hearing that fits the amount decided; notify again; (2) a proposed fine ' +
        'exactly at a threshold (e.g. ¥200,000, ¥500,000) left without a hearing right or discussion under the exclusive ' +
        'reading: whether 以上 includes the figure must be confirmed (Civil Code art. 1259: it does; setting thresholdInclusive).',
    },
    severity: 'error',
    category: '程序合法',
    needs: ['case-date'],
    basis: [
      { law: 'admin-penalty-law', version: '2021', article: 63, paragraph: 1, item: 1 },
      { law: 'env-penalty-measures', version: '2023', article: 89 },
      { law: 'env-penalty-measures', version: '2023', article: 52, paragraph: 2, item: 2 },
    ],
  },
  check(c, ctx) {
    const notice = c.timeline
      .filter((e) => e.event === 'prior-notice-served' && e.proposed?.fine !== undefined)
      .at(-1);
    const proposed = notice?.proposed?.fine;
    // on an open case without a decision `penalty` is the proposal: there is no decided amount to compare yet
    const decided = penaltyIsProposal(c) ? undefined : c.data.penalty.fine;
    if (!notice || proposed === undefined) return [];
    const findings: RuleFinding[] = [];
    const jurisdiction = c.data.case.jurisdiction ?? ctx.settings.jurisdiction;
    const triggers: Trigger[] = [
      {
        name: { zh: '听证', en: 'hearing' },
        threshold: ctx.thresholds.hearing(notice.date, c.data.party.type, jurisdiction),
        honoured: notice.hearing_right === true || (notice.contents ?? []).includes('hearing-right'),
        crossing: true,
        honouredText: { zh: '告知听证权', en: 'offer the hearing right' },
      },
    ];
    const collective = ctx.thresholds.collectiveDiscussion(decisionDate(c, ctx));
    if (collective) {
      triggers.push({
        name: { zh: '集体讨论', en: 'collective discussion' },
        threshold: collective,
        honoured: c.timeline.some((e) => e.event === 'collective-discussion'),
        // procedure/collective-discussion already counts the decided fine as well as the proposed one
        crossing: false,
        honouredText: { zh: '集体讨论', en: 'hold a collective discussion' },
      });
    }
    for (const t of triggers) {
      const cited = ctx.law.cite(t.threshold.basis);
      const limit = () => yuan(t.threshold.amount);
      const incl = t.threshold.inclusive
        ? { zh: '含本数', en: 'inclusive' }
        : { zh: '不含本数', en: 'exclusive' };
      if (
        t.crossing &&
        decided !== undefined &&
        ctx.thresholds.reaches(decided, t.threshold) &&
        !ctx.thresholds.reaches(proposed, t.threshold)
      ) {
        findings.push({
          path: '/penalty/fine',
          basis: [t.threshold.basis],
          message: {
            zh: `决定罚款${yuan(decided).zh}达到${t.name.zh}标准${limit().zh}（${incl.zh}，${cited.zh}），而${notice.date}告知书拟处罚款${yuan(proposed).zh}未达到；${t.name.zh}按拟处金额判断，决定金额超出告知范围`,
            en: `The fine decided, ${yuan(decided).en}, reaches the ${t.name.en} threshold of ${limit().en} (${incl.en}, ${cited.en}) but the fine proposed in the notice of ${notice.date}, ${yuan(proposed).en}, did not; the trigger was judged on a lower amount than decided`,
          },
          suggestion: {
            zh: `按拟作出的金额重新告知并${t.honouredText.zh}，或将决定金额限于告知金额`,
            en: `notify again on the amount to be decided and ${t.honouredText.en}, or keep the fine within the notified amount`,
          },
        });
      }
      if (proposed === t.threshold.amount && !ctx.thresholds.reaches(proposed, t.threshold) && !t.honoured) {
        findings.push({
          path: `${notice.pointer}/proposed/fine`,
          severity: 'warning',
          basis: [t.threshold.basis],
          message: {
            zh: `拟处罚款恰为${t.name.zh}标准${limit().zh}，按“不含本数”的设置未${t.honouredText.zh}；民法典第一千二百五十九条规定“以上”包括本数，${cited.zh}的理解未经确认，请核实`,
            en: `The proposed fine is exactly the ${t.name.en} threshold of ${limit().en}; under the exclusive setting there was no need to ${t.honouredText.en}, but Civil Code art. 1259 reads 以上 as inclusive and the reading of ${cited.en} is unconfirmed; check it`,
          },
          suggestion: {
            zh: `为稳妥起见${t.honouredText.zh}，或在案卷中记录不含本数的依据`,
            en: `to be safe, ${t.honouredText.en}, or record the authority for the exclusive reading`,
          },
        });
      }
    }
    return findings;
  },
};
