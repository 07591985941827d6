import type { Rule, RuleFinding } from '../../src/engine/types.js';
import { aplVersion, basis, cite, decisionEvent } from './support.js';

const ADDRESS =
  /^([\u4e00-\u9fa5]{2,7}?(?:省|自治区))?([\u4e00-\u9fa5]{2,7}?(?:市|自治州|盟|地区))([\u4e00-\u9fa5]{1,6}?(?:区|县|旗|市))?/;

export interface Area {
  city?: string;
  district?: string;
}

/** the leading province / city / district of an address; a district counts only after a city */
export function parseArea(text: string): Area {
  const m = ADDRESS.exec(text);
  const area: Area = {};
  if (m?.[2]) area.city = m[2];
  if (m?.[3]) area.district = m[3];
  return area;
}

/** the area an agency serves: 上海市松江区生态环境局 → 上海市 / 松江区; 上海市生态环境局松江分局 → 上海市 / 松江 */
export function agencyArea(agency: string): Area | undefined {
  const branch = /^(.+?)(?:生态环境局|环境保护局)(.+?)分局$/.exec(agency);
  if (branch?.[1] && branch[2]) return { ...parseArea(branch[1]), district: branch[2] };
  const m = /^(.+?)(生态环境局|环境保护局|生态环境厅|环境保护厅)$/.exec(agency);
  return m?.[1] ? parseArea(m[1]) : undefined;
}

/**
 * Only fully named places are compared (city and district on both sides), so that a county-level city written
 * without its prefecture (江苏省昆山市) is not mistaken for another prefecture.
 */
function outside(agency: Area, place: Area): boolean {
  if (!place.city || !agency.city || !agency.district || !place.district) return false;
  if (place.city !== agency.city) return true;
  return !place.district.startsWith(agency.district);
}

function areaName(a: Area): string {
  return `${a.city ?? ''}${a.district ?? ''}`;
}

/**
 * 管辖: an administrative penalty is decided by the competent agency at county level or above of the place where the
 * act occurred (行政处罚法 2021 §22, §23; 2017 §20). The rule compares the agency's area with the district, county or
 * city named in violation.location and reports a location that names another one; it says nothing when the
 * location names none. Designated or transferred jurisdiction is a waiver. Township agencies need a provincial
 * delegation (2021 §24); before 2021-07-15 they had none.
 */
export const rule: Rule = {
  meta: {
    id: 'execution/territorial-jurisdiction',
    title: { zh: '违法行为发生地与管辖机关', en: 'Act within the agency’s territory' },
    description: {
      zh: '行政处罚由违法行为发生地的县级以上有管辖权的行政机关管辖；违法地点写明的区、县、市应与作出决定的生态环境部门一致。',
      en: 'A penalty is decided by the competent agency at county level or above where the act occurred; the district, county or city in the act’s location should match the deciding agency.',
    },
    severity: 'warning',
    category: '主体合法',
    needs: ['procedure-record'],
    basis: [
      basis('admin-penalty-law', '2021', 22),
      basis('admin-penalty-law', '2021', 23),
      basis('admin-penalty-law', '2017', 20),
    ],
    candidates: ['APL-051'],
  },
  check(c, ctx) {
    const date = decisionEvent(c)?.date ?? c.dates.filed ?? c.dates.discovered;
    if (date === undefined) return [];
    const apl = aplVersion(ctx, date);
    const agency = c.data.case.agency;
    const findings: RuleFinding[] = [];
    if (/(乡|镇)人民政府$|街道办事处$/.test(agency)) {
      const bases =
        apl === '2021' ? [basis('admin-penalty-law', '2021', 24)] : [basis('admin-penalty-law', '2017', 20)];
      const law = cite(ctx, bases);
      findings.push({
        path: '/case/agency',
        basis: bases,
        suggestion:
          apl === '2021'
            ? {
                zh: '记录省、自治区、直辖市交由乡镇、街道行使该处罚权的决定（waiver），否则移送县级以上生态环境部门',
                en: 'Record the provincial decision delegating the power (as a waiver), or transfer the case to the county-level agency',
              }
            : {
                zh: '移送县级以上有管辖权的生态环境部门处理',
                en: 'Transfer the case to the competent agency at county level or above',
              },
        message:
          apl === '2021'
            ? {
                zh: `${agency}不是县级以上机关，须有省级决定交由其行使该处罚权（${law.zh}）`,
                en: `${agency} is below county level and needs a provincial delegation of this power (${law.en})`,
              }
            : {
                zh: `${agency}不是县级以上机关，无权管辖（${law.zh}）`,
                en: `${agency} is below county level and had no jurisdiction (${law.en})`,
              },
      });
    }
    const location = c.data.violation.location;
    const area = agencyArea(agency);
    if (!location || !area || !outside(area, parseArea(location))) return findings;
    const bases = [basis('admin-penalty-law', apl, apl === '2021' ? 22 : 20)];
    const law = cite(ctx, bases);
    findings.push({
      path: '/violation/location',
      basis: bases,
      message: {
        zh: `违法行为发生地“${location}”不在${agency}辖区（${areaName(area)}）内（${law.zh}）`,
        en: `The act took place at “${location}”, outside ${agency}'s area (${areaName(area)}) (${law.en})`,
      },
      suggestion: {
        zh: '移送有管辖权的机关，或记录指定管辖的依据（waiver）',
        en: 'Transfer the case, or record the designation of jurisdiction as a waiver',
      },
    });
    return findings;
  },
};
