/**
 * The commented case template written by `caselint init`. It validates against schemas/case.schema.json as it
 * stands (test/load/init.test.ts checks that); the values are placeholders to replace.
 */
export function caseTemplate(schemaRef: string): string {
  return `# yaml-language-server: $schema=${schemaRef}
#
# caselint 案卷文件模板 / case-file template (format caselint/1)
# 字段说明见 docs/case-format.md；日期一律写作 YYYY-MM-DD，金额以元为单位。
# Every field is described in docs/case-format.md; dates are YYYY-MM-DD, amounts in yuan.
format: caselint/1

# 案件信息 / case header
case:
  number: 沪X环罚〔2024〕1号          # 案件编号／决定书文号
  filing_number: 沪X环立〔2024〕1号   # 立案编号
  agency: 上海市X区生态环境局         # 处罚机关
  jurisdiction: CN-SH                 # 行政区划，用于听证标准和裁量基准
  cause: 案由（违法行为的简要描述）
  source: 双随机                      # 案件来源：双随机 日常检查 信访 12345 12369 举报 移送 督察 自动监控 其他
  procedure: general                  # general 一般程序 / simple 简易程序
  status: open                        # open decided executing closed archived terminated

# 当事人 / party
party:
  type: organization                  # organization 单位 / person 自然人 / individual-business 个体工商户
  name: 上海X有限公司
  credit_code: 91310000MA1FL3X72E     # 统一社会信用代码（单位、个体工商户）；自然人填 id_number（公民身份号码），个体工商户可另填经营者的 id_number
  representative: 法定代表人姓名
  address: 住所地址
  # permit_class: simplified          # 排污许可管理类别：key 重点管理 / simplified 简化管理 / registration 登记管理

# 执法人员：调查取证至少两人，持执法证件 / officers (two or more, with certificates)
officers:
  - name: 执法人员甲
    certificate: '00000000001'        # 执法证件号（加引号，保持为文本）
    roles: [investigator]
  - name: 执法人员乙
    certificate: '00000000002'
    roles: [investigator]

# 违法行为 / violation
violation:
  facts: 违法事实（时间、地点、行为、证据）
  started_on: 2024-01-01              # 违法行为开始日期
  ended_on: 2024-01-15                # 终了日期；仍在继续的写 continuing: true
  discovered_on: 2024-01-15           # 发现日期
  violated:                           # 违反条款
    - law: 大气污染防治法              # 法律名称或别名
      article: 45                     # 条；也可写 cite: 第四十五条
  basis:                              # 处罚依据
    - law: 大气污染防治法
      cite: 第一百零八条第一项         # 中文引文：第一百零八条第一款第（一）项 等

# 裁量 / discretion
discretion:
  benchmark: SH-BENCH-2020            # 裁量基准
  explanation: 裁量说明（考虑的因素及理由）
  # circumstances: [首次违法, 及时改正]  # 裁量基准的从轻情节（非法定情节；法定情节写 mitigating）

# 处罚内容 / penalty
penalty:
  kinds: [fine]                       # warning fine confiscate-gains suspend-business …
  fine: 20000                         # 罚款金额（元）
  orders:
    - text: 责令改正的内容
  payment_days: 15
  payee: { kind: bank, name: 指定代收银行 }
  remedies: { reconsideration_days: 60, litigation_months: 6 }
  # 不予行政处罚决定：kinds: [] 并写明理由和依据，violation.basis 可不写
  # no_penalty: { ground: first-offence, basis: { law: 行政处罚法, article: 33, paragraph: 1 } }

# 配套措施：已采用，或考虑后未采用的理由（按日连续处罚、查封扣押、限产停产）/ supporting measures used or not, and why
# measures:
#   - measure: seizure                # daily-penalty seizure restrict-production suspend-rectify suspend-business-close
#     used: false
#     ground: public-utility          # public-utility livelihood production-safety corrected production-stopped stopped-by-other-measure other
#     reason: 未采用的理由

# 办案时间线：每个程序步骤一条，按日期排列 / timeline: one entry per step, in date order
timeline:
  - event: clue-received              # 线索受理
    date: 2024-01-15
  - event: inspection                 # 现场检查
    date: 2024-01-15
    officers: [执法人员甲, 执法人员乙]
    documents: [inspection-record]
  - event: filing-approved            # 立案审批
    date: 2024-01-19
    approved_by: 负责人姓名
    documents: [filing-form]
  # 简易程序（当场处罚）的口头告知：
  # - { event: prior-notice-served, date: 2024-01-15, oral: true, recorded_in: decision }

# 卷内文书：file 为相对本文件夹的路径 / documents: file paths relative to this folder
documents:
  - id: filing-form
    type: filing-form
    title: 立案审批表
    file: 01-立案审批表.docx
    volume: main
    order: 1
  - id: inspection-record
    type: inspection-record
    title: 现场检查（勘察）笔录
    file: 02-现场检查笔录.docx
    volume: main
    order: 2

# 规则豁免：写明理由和批准人 / waivers: rule, reason, approved_by, date
waivers: []

# ── 不知道的事实 / facts that are not known ───────────────────────────────────────────────────────────
# 只有公开的处罚决定书或不完整的旧档案时，只有 case.number（或 case.id）和 case.agency 必填；其余事实不知道就不写，
# 或按下面的写法记为“不详”。caselint 不猜测、不指责：缺少的事实列为“未记录…，未检查…”（见 docs/case-format.md）。
# With only a published decision or an incomplete archive, only case.number (or case.id) and case.agency are
# required; leave out what is not known or write it as below. Missing facts are reported as "not recorded, not checked".
# 下面是一个只有公开决定书的案卷，去掉每行开头的“#>”即可单独使用 / a published-decision-only case file:
#>format: caselint/1
#>case:
#>  number: 沪X环罚〔2021〕1号
#>  agency: 上海市X区生态环境局
#>  agency_kind: ecology-environment    # 处罚机关类别（省略时按机关名称判断）：public-security 公安机关 …
#>  record: partial                     # 只有部分案卷：未列出的环节只是“未记录”，不是“没有”
#>party:
#>  name: 上海X有限公司
#>  credit_code: 91310114MA1G****7K     # 公开文本打码的证号照写，隐去的字符写 *；不知道的写 unknown
#>  # registration_number: '310114000123456'  # 2015-10-01 前的工商注册号；organization_code: 组织机构代码
#>violation:
#>  started_on: 2021-03                 # 只知道月份：YYYY-MM；只知道年份：YYYY
#>  discovered_on: unknown              # 日期不详
#>  violated:
#>    - law: 大气污染防治法              # 只知道法律，不知道条款
#>  basis:
#>    - law: 大气污染防治法
#>      article: 108                    # 只知道条，不知道款、项
#>penalty:
#>  kinds: [fine]
#>  fine: 50000
#>timeline:
#>  - event: inspection                 # 已知发生、日期不详：不写 date（或 date: unknown）
#>  - event: prior-notice-served        # 事先告知书未写明金额：proposed 只写种类
#>    date: 2021-05
#>    proposed: { kinds: [fine] }
#>  - event: decision                   # 决定日期不详
#>    date: unknown
`;
}
