import type { Rule, RuleFinding } from '../../src/engine/types.js';
import { eventsOf } from '../../src/model/case.js';
import { TIMELINE_EVENT_TYPES } from '../../src/load/enums.js';
import { basis, cite, envVersion, eventZh } from './support.js';

/**
 * 归档后不得修改: nothing in the file may be added or changed after archiving (环境行政处罚办法 2010 §70;
 * 生态环境行政处罚办法 2023 §80). A timeline step or a document dated after the archiving date is reported; so is a
 * closure after archiving. Option `allowedAfterArchiving` lists event types a bureau records in a supplementary
 * file (default none).
 */
export const rule: Rule = {
  meta: {
    id: 'execution/no-steps-after-archiving',
    title: { zh: '归档后不得再有办案步骤或文书', en: 'Nothing dated after archiving' },
    description: {
      zh: '案卷归档后不得增加、抽取、修改；时间线中不应有晚于归档日期的步骤，文书目录中不应有晚于归档日期的文书。',
      en: 'An archived file is not altered: no timeline step or document should be dated after the archiving date.',
    },
    severity: 'warning',
    category: '归档规范',
    needs: ['procedure-record'],
    basis: [basis('env-penalty-measures', '2023', 80), basis('env-penalty-measures', '2010', 70)],
    candidates: ['ENV-ARC-001'],
    options: {
      allowedAfterArchiving: {
        description: {
          zh: '允许在归档后记录的事件类型（例如补充归档的复议、诉讼），默认无',
          en: 'Event types that may be recorded after archiving (e.g. a later reconsideration or suit filed in a supplement); default none',
        },
        default: [],
        type: 'string[]',
        enum: TIMELINE_EVENT_TYPES,
      },
    },
  },
  check(c, ctx) {
    const archived = eventsOf(c, 'archived')[0];
    if (!archived) return [];
    const env = envVersion(ctx, archived.date) ?? '2010';
    const bases = [basis('env-penalty-measures', env, env === '2023' ? 80 : 70)];
    const law = cite(ctx, bases);
    const allowed = new Set(
      Array.isArray(ctx.options.allowedAfterArchiving) ? (ctx.options.allowedAfterArchiving as string[]) : [],
    );
    const findings: RuleFinding[] = [];
    for (const e of c.timeline) {
      if (e.date <= archived.date || e.event === 'archived' || allowed.has(e.event)) continue;
      findings.push({
        path: `${e.pointer}/date`,
        basis: bases,
        message: {
          zh: `${eventZh(e.event)}记于${e.date}，晚于归档日期${archived.date}（${law.zh}）`,
          en: `${e.event} is dated ${e.date}, after the file was archived on ${archived.date} (${law.en})`,
        },
        suggestion: {
          zh: '核对日期；归档后的材料应另行补充归档并说明',
          en: 'Check the date; later material goes into a documented supplement',
        },
      });
    }
    (c.data.documents ?? []).forEach((d, i) => {
      if (d.date === undefined || d.date <= archived.date) return;
      findings.push({
        path: `/documents/${i}/date`,
        basis: bases,
        message: {
          zh: `文书“${d.title ?? d.id}”日期${d.date}晚于归档日期${archived.date}（${law.zh}）`,
          en: `Document “${d.title ?? d.id}” is dated ${d.date}, after archiving on ${archived.date} (${law.en})`,
        },
        suggestion: {
          zh: '核对日期；归档后形成的材料应另行补充归档并说明，不得插入原卷',
          en: 'Check the date; later material goes into a documented supplement, not into the archived file',
        },
      });
    });
    return findings;
  },
};
