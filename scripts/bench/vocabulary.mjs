/**
 * Word banks for the benchmark content: the vocabulary of 两新 Party-building texts, written for
 * the benchmark (not taken from any source document). Sentences are assembled from templates whose
 * slots are filled with these words and with generated proper names, so that a page reads like a
 * work report and the search index sees a realistic spread of Chinese bigrams.
 */

/** Characters that read naturally in the names of firms, villages, parks and buildings. */
export const NAME_CHARS =
  '华新东南西北中金银宏达恒信诚泰安康美嘉和瑞祥丰源盛兴隆昌明光辉天海江山湖星月阳春秋云龙凤鹏宇通联合创科' +
  '智远航博德仁义礼志成富永久长顺利鑫泽晨晓林森竹梅兰松柏青绿蓝宝玉石锦绣鸿运广万千佳优品尚雅正方圆立建基' +
  '业鼎峰岭川河溪泉港湾洲城都邦众力胜凯捷迅驰飞腾跃升进先锋卓越精工艺匠晶豪骏良溢汇融聚合盈润福寿吉庆喜' +
  '乐悦欣荣昊旭煜皓辰宸杭越甬温绍嘉湖舟台丽衢婺瓯钱塘萧余临富桐淳建德奉象宁慈姚镇海鄞北仑义乌永康东阳兰溪';

/** Industries for firm names. */
export const INDUSTRIES = [
  '科技', '电子', '纺织', '机械', '物流', '餐饮', '建材', '服饰', '医药', '软件', '文化传媒', '新材料', '环保',
  '汽车零部件', '食品', '电子商务', '智能装备', '光电', '化纤', '家居', '印染', '网络', '信息技术', '生物科技',
];

/** Endings of organization names, by kind. */
export const ORG_SUFFIXES = {
  firm: ['有限公司', '股份有限公司', '集团有限公司', '实业有限公司'],
  social: ['律师事务所', '会计师事务所', '行业协会', '商会', '基金会', '社会工作服务中心', '志愿者协会', '培训学校'],
};

/** Endings of place names below the region registry. */
export const PLACE_SUFFIXES = ['村', '社区', '工业园', '科技园', '商务楼宇', '大厦', '广场', '专业市场', '特色街区', '创业园', '商贸城', '物流园'];

/** Who does things in these texts. */
export const ACTORS = [
  '区委组织部', '街道党工委', '镇党委', '园区党工委', '行业党委', '非公企业综合党委', '社会组织综合党委',
  '党建工作指导员', '企业党支部', '楼宇联合党支部', '商会党委', '个私协会党委', '社区党组织', '县委“两新”工委',
];

/** What they do (verb phrases with an object). */
export const ACTIONS = [
  '摸清企业底数和党员分布', '建立党组织和工会组织', '选派党建工作指导员', '开展集中组建行动', '建立党员服务中心',
  '推行党员积分管理', '开展“双强”争创活动', '建立联席会议制度', '落实党建工作经费', '建设标准化党建阵地',
  '组织党员亮身份、作承诺', '开展主题党日活动', '建立流动党员管理台账', '推行“三单制”管理', '开展党组织书记轮训',
  '建立党建联盟', '实施“红色引擎”工程', '开展党员先锋岗评比', '建立党群服务站', '推行党建工作考评',
  '建立企业出资人联系制度', '把党建工作写入企业章程', '开展技能比武和岗位练兵', '组织党员志愿服务',
  '开展职工思想动态分析', '建立困难党员帮扶机制', '落实“四个同步”', '推进党建带工建团建妇建',
];

/** What came of it. */
export const EFFECTS = [
  '党组织覆盖率明显提高', '党员作用发挥更加充分', '企业生产经营和党建工作相互促进', '职工队伍更加稳定',
  '党组织在职工中的号召力增强', '党建工作由“有形覆盖”转向“有效覆盖”', '一批党建薄弱单位实现转化提升',
  '流动党员有了“家”', '业主对党建工作的认同度提高', '群众满意度持续上升', '形成了可复制推广的经验',
  '党务工作者队伍不断壮大', '党建阵地使用率明显提高', '基层党组织的组织力增强',
];

/** Problems such texts name. */
export const PROBLEMS = [
  '部分业主对党建工作认识不足', '党员流动性大、组织关系难接转', '党务工作者多为兼职、精力有限',
  '活动场所和经费保障不够稳定', '小微企业党员少、难以单独组建', '党组织活动与生产经营结合不紧',
  '考核评价机制还不够健全', '党建工作指导员的作用发挥不平衡', '新兴业态从业人员分散、底数不清',
  '个别党组织“建而不活”', '信息登记更新不及时', '党员教育方式比较单一',
];

/** Connecting phrases that start a sentence. */
export const OPENERS = [
  '从实践看，', '具体做法是：', '与此同时，', '在此基础上，', '针对这一情况，', '为解决这个问题，', '一方面，', '另一方面，',
  '此外，', '经过一段时间的探索，', '据统计，', '调研中发现，', '总的来看，', '值得注意的是，', '实践证明，', '',
];

/** Roles, never persons' names: the benchmark names no one. */
export const ROLES = ['党支部书记', '企业出资人', '工会主席', '党建工作指导员', '专职党务工作者', '团支部书记', '人力资源负责人', '党员骨干'];

/** Sentence templates. Slots: {region} {place} {org} {actor} {action} {action2} {effect} {problem} {role} {orgType} {formation} {topic} {n} {pct} {year}. */
export const TEMPLATES = [
  '{year}年以来，{place}把{topic}作为“两新”组织党建的重点，先后在{n}家{orgType}中{action}。',
  '针对{problem}的问题，{org}采取{formation}的办法，由{role}牵头{action}。',
  '{actor}坚持“应建尽建、应覆盖尽覆盖”，对辖区内{n}家“两新”组织逐一走访，{action}。',
  '{org}党支部结合生产经营实际，{action}，{effect}。',
  '在{region}，{actor}把{topic}纳入年度考核，{action2}，推动{effect}。',
  '{place}地处{region}，集聚了{n}家企业和{n2}名从业人员，其中党员{n3}名。',
  '为破解{problem}的难题，{actor}探索{formation}，{action}，做到组织建在产业链上、党员聚在产业链上。',
  '党组织以{topic}为抓手，每季度召开一次工作例会，研究{action}等具体事项。',
  '{role}说，过去党员找不到组织、组织找不到党员，现在{effect}。',
  '截至{year}年底，{region}共有“两新”组织党组织{n}个，覆盖率达到{pct}%，比上年提高{pct2}个百分点。',
  '{org}建立了“党员责任区”和“党员示范岗”，{n}名党员在关键岗位上带头攻坚，{effect}。',
  '按照“有场所、有设施、有标志、有党旗、有书报、有制度”的要求，{actor}{action}。',
  '{actor}每年安排专项经费{n}万元，用于{action}，并对工作突出的党组织给予奖励。',
  '在推进{topic}的过程中，{place}注重把党建工作与企业文化建设结合起来，{effect}。',
  '调研组先后走访{n}家{orgType}，召开座谈会{n2}次，发放问卷{n3}份，了解到{problem}。',
  '对暂不具备组建条件的{orgType}，{actor}先选派党建工作指导员，{action2}，条件成熟后再建立党组织。',
  '{org}把党组织活动安排在生产淡季和休息时间，既不影响经营，又{effect}。',
  '{region}的经验表明，{topic}要抓住业主这个关键，{action}，才能{effect}。',
  '{actor}会同工商、税务、人社等部门，{action}，实现信息共享、动态更新。',
  '{place}以{formation}的方式，把{n}家规模较小的企业和{n2}名党员组织起来，{action2}。',
  '在{year}年开展的集中攻坚中，{actor}共新建党组织{n}个，新发展党员{n2}名，{effect}。',
  '{org}的{role}兼任工会主席，党组织和工会同步部署工作、同步开展活动，{effect}。',
  '从问卷结果看，有{pct}%的受访职工认为党组织在企业中“作用明显”，{pct2}%认为“有一定作用”。',
  '对{problem}的情况，{actor}建立了整改台账，逐项明确责任人和完成时限。',
  '{actor}组织开展“{topic}”专题培训{n}期，培训党组织书记和党务工作者{n2}人次。',
  '今后一个时期，{region}将继续围绕{topic}，{action}，努力做到{effect}。',
  '“{slogan}”是{place}党员群众对这项工作的概括，也是{actor}总结推广的一条经验。',
  '{org}设立党员服务站，为职工提供政策咨询、技能培训、法律援助等服务，年均服务{n}人次。',
];

/** Short slogans quoted in texts. */
export const SLOGANS = [
  '党建强、发展强', '组织建到哪里、作用发挥到哪里', '一个支部一座堡垒、一名党员一面旗帜', '围绕发展抓党建、抓好党建促发展',
  '哪里有党员哪里就有党的组织', '小支部、大作为', '党员就在身边', '红色引领、共建共享',
];

/** Headings of the body sections, per kind of page. */
export const SECTIONS = {
  case: ['基本情况', '主要做法', '取得的成效', '经验与启示', '存在的问题和下一步打算'],
  policy: ['总体要求', '主要任务', '工作措施', '保障措施', '实施步骤'],
  method: ['方法要点', '适用情形', '操作步骤', '注意事项', '实践中的例子'],
  report: ['调研背景', '主要做法', '主要数字', '存在的问题', '对策建议'],
};

/** Nouns for titles of cases, methods, policies and reports. */
export const TITLE_PARTS = {
  method: ['党建联盟', '组织共建', '党员积分', '双向培养', '党群服务', '红色网格', '楼宇党建', '园区党建', '链上党建', '行业统建', '党建指导员', '阵地共享', '轮值书记', '党员亮诺', '结对帮扶', '党建联席', '红色代办', '导师帮带', '党员先锋岗', '组织生活'],
  methodSuffix: ['工作法', '机制', '模式', '制度', '“三步法”', '“四个一”', '“双覆盖”'],
  policyVerb: ['关于进一步加强', '关于推进', '关于深化', '关于规范', '关于做好', '关于开展'],
  policyObject: ['非公有制企业党建工作', '社会组织党建工作', '“两新”组织党建示范点创建', '商务楼宇党建工作', '园区党建工作', '流动党员教育管理', '党建工作指导员队伍建设', '“两新”组织党组织书记队伍建设', '“两新”组织党建工作经费保障', '行业协会商会党建工作'],
  policyKind: ['的意见', '的通知', '的实施方案', '的工作方案', '的若干规定', '的实施办法'],
  reportKind: ['调研报告', '工作总结', '情况通报', '工作动态', '经验材料'],
};

/** 发文机关. */
export const ISSUERS = ['中共浙江省委组织部', '中共杭州市委组织部', '中共宁波市委组织部', '区委“两新”工委', '市委组织部、市民政局', '县委组织部', '市非公有制经济组织和社会组织工作委员会'];

/** Short prefixes of 发文字号 (the part before 〔year〕). */
export const DOC_PREFIXES = ['浙组', '杭组', '甬组', '区组', '县组通', '市两新工委'];

/** Figures quoted in cases and reports: label and unit. */
export const FIGURE_LABELS = [
  ['新建党组织', '个'], ['覆盖企业', '家'], ['党员人数', '名'], ['从业人员', '人'], ['党组织覆盖率', '%'],
  ['专项经费', '万元'], ['培训党务工作者', '人次'], ['服务职工', '人次'], ['新发展党员', '名'], ['结对帮扶对象', '户'],
];

/** Publishers of source documents. */
export const PUBLISHERS = ['浙江两新党建网', '中共杭州市委组织部', '区委“两新”工委办公室', '市委组织部调研组', '党建研究会', '县委组织部'];
