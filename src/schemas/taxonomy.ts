/**
 * Controlled vocabularies: the values an editor may use for typed fields, each with what it means.
 * Pages use the descriptions for filter help and legends; schemas use the keys as enums.
 */

/** 组织类型: what kind of place or organization a case is about. */
export const ORG_TYPES = {
  非公企业: '非公有制企业：私营、民营、个体等企业',
  外资企业: '外商投资企业',
  社会组织: '社会团体、民办非企业单位、基金会、律师事务所等',
  园区: '工业园区、科技园、开发区、产业生态园区',
  楼宇: '商务楼宇及由几幢楼组成的“楼宇社区”',
  商圈: '商业圈、商贸区',
  街区: '特色街区、专业市场',
  行业协会: '个私协会等行业协会或专业团体',
  居住区: '外来务工人员集中居住点、新型农民居住区等',
  村社区: '村、社区及以其为依托的区域',
  镇街: '乡镇、街道整体推进',
  全市: '一个城市范围内的整体行动',
} as const;
type OrgType = keyof typeof ORG_TYPES;

/** 组建方式: how the Party organization was set up. */
export const FORMATIONS = {
  单独组建: '具备条件的单位自己建立党组织',
  联合组建: '几个党员不足的单位联合建立党组织',
  挂靠组建: '挂靠在中心单位、社区或服务机构的党组织上',
  行业统建: '由行业党委或行业协会统一组建',
  区域联建: '以园区、楼宇、商圈、街区、居住点等区域为单元组建区域性党组织',
  村企联建: '村（社区）党组织与企业联合组建',
  强弱联建: '党建基础强的单位带动基础弱的单位联合组建',
  体外组建: '在企业外部建立党组织开展工作（“形外实内”）',
  临时党支部: '为流动党员临时设立的党支部',
} as const;
type Formation = keyof typeof FORMATIONS;

/**
 * The nine standards of a 两新组织党建示范点 in the 2020 示范化工程 work plan. Keys are ASCII (they
 * are the standards' addresses, `/program/standards/<key>/`); the labels are the plan's own wording,
 * in its order. A case lists the standards its source describes it meeting: the sources never rate
 * a case against these standards, so the tag is the editors' reading of what the source says.
 */
export const SHOWCASE_STANDARDS = {
  organization: '组织机构设置科学',
  members: '党员队伍素质过硬',
  facilities: '党建阵地设施齐全',
  management: '教育管理机制完善',
  activities: '载体活动务实管用',
  role: '党组织作用发挥充分',
  'mass-work': '党群共建卓有成效',
  reputation: '社会群众反映良好',
  leadership: '示范引领作用显著',
} as const;

/**
 * 荣誉: honours a source says a case received, each with who gave it and what the sources say of it.
 * A case may only name honours listed here; each has a page listing the cases that hold it
 * (`/cases/honour/<slug>/`).
 */
export const HONOURS = {
  '全省“两新”组织党建工作示范点': '省委“两新”工委经严格审核、反复比选后命名的荣誉称号。2023年广东省*市的调研报告记有该市五个获评的党组织；获评年月原文以“*”隐去。',
} as const;
type Honour = keyof typeof HONOURS;

/** 政策层级. */
export const POLICY_LEVELS = ['中央', '省', '市', '县', '未知'] as const;

/** 有效性, with what each value means for a reader. `未知`: the sources do not say whether it is still in force. */
export const POLICY_STATUS_MEANINGS = {
  现行有效: '来源说明这份文件仍在执行。',
  已修订: '文件已被修订，修订后的文本才是现行的；有替代文件的，见下面的替代关系。',
  已废止: '文件已停止执行，只作历史参考。',
  未知: '来源没有说明这份文件现在是否有效：可能仍在执行，也可能已被修订或废止，使用前请向发文机关核实。',
} as const;
type PolicyStatus = keyof typeof POLICY_STATUS_MEANINGS;
export const POLICY_STATUSES = Object.keys(POLICY_STATUS_MEANINGS) as [PolicyStatus, ...PolicyStatus[]];

/** 主题: what a policy, method or case is about; used for filters. */
export const TOPICS = [
  '组织覆盖',
  '工作覆盖',
  '区域化党建',
  '管理体制',
  '党员教育管理',
  '流动党员',
  '队伍建设',
  '经费保障',
  '阵地建设',
  '党建带群建',
  '示范创建',
  '信息登记',
  '考核督查',
] as const;

/** 全文或仅提及 of a policy: what the portal holds of it. */
export const POLICY_TEXTS = {
  full: '收录全文要点',
  mention: '仅见于来源文献的提及',
} as const;

/** The two kinds of 五个一 entries. */
export const PROGRAM_KINDS = {
  activity: '“五个一”活动',
  platform: '一个平台',
} as const;

/**
 * How exact a key figure is, named after the source's words: 近/约 are `about` (约16,000家),
 * 多/余/以上/超过 are `at-least` (4,700家以上).
 */
export const PRECISIONS = {
  exact: '确数',
  about: '约数（原文写“近”“约”）',
  'at-least': '下限（原文写“多”“余”“以上”“超过”）',
} as const;

/** 报告类型 of a source document. */
export const REPORT_KINDS = ['调研报告', '工作方案', '心得体会', '新闻报道', '其他'] as const;

/** ASCII slugs for filter URLs (`/cases/type/louyu/`), one per value; TypeScript checks they are complete. */
export const ORG_TYPE_SLUGS: Record<OrgType, string> = {
  非公企业: 'feigong-qiye',
  外资企业: 'waizi-qiye',
  社会组织: 'shehui-zuzhi',
  园区: 'yuanqu',
  楼宇: 'louyu',
  商圈: 'shangquan',
  街区: 'jiequ',
  行业协会: 'hangye-xiehui',
  居住区: 'juzhuqu',
  村社区: 'cun-shequ',
  镇街: 'zhenjie',
  全市: 'quanshi',
};

export const FORMATION_SLUGS: Record<Formation, string> = {
  单独组建: 'dandu-zujian',
  联合组建: 'lianhe-zujian',
  挂靠组建: 'guakao-zujian',
  行业统建: 'hangye-tongjian',
  区域联建: 'quyu-lianjian',
  村企联建: 'cunqi-lianjian',
  强弱联建: 'qiangruo-lianjian',
  体外组建: 'tiwai-zujian',
  临时党支部: 'linshi-dangzhibu',
};

export const HONOUR_SLUGS: Record<Honour, string> = {
  '全省“两新”组织党建工作示范点': 'quansheng-shifandian',
};

export const POLICY_STATUS_SLUGS: Record<PolicyStatus, string> = {
  现行有效: 'xianxing-youxiao',
  已修订: 'yi-xiuding',
  已废止: 'yi-feizhi',
  未知: 'weizhi',
};

export const POLICY_LEVEL_SLUGS: Record<(typeof POLICY_LEVELS)[number], string> = {
  中央: 'zhongyang',
  省: 'sheng',
  市: 'shi',
  县: 'xian',
  未知: 'weizhi',
};

export const TOPIC_SLUGS: Record<(typeof TOPICS)[number], string> = {
  组织覆盖: 'zuzhi-fugai',
  工作覆盖: 'gongzuo-fugai',
  区域化党建: 'quyuhua-dangjian',
  管理体制: 'guanli-tizhi',
  党员教育管理: 'dangyuan-jiaoyu-guanli',
  流动党员: 'liudong-dangyuan',
  队伍建设: 'duiwu-jianshe',
  经费保障: 'jingfei-baozhang',
  阵地建设: 'zhendi-jianshe',
  党建带群建: 'dangjian-dai-qunjian',
  示范创建: 'shifan-chuangjian',
  信息登记: 'xinxi-dengji',
  考核督查: 'kaohe-ducha',
};
