// Verbs of a commitment that introduce a value (达到, 降至 …) and verbs of provision (新建, 配备 …).
import type { PhraseRule } from '../model/examples.ts';

/** verbs that set a level; matched as written, longest first when several fit */
export const LEVEL_VERBS: string[] = [
  '达到并保持在', '力争达到', '力争提高到', '稳定保持在', '保持稳定在',
  '提高到', '提高至', '提升到', '提升至', '增加到', '增加至', '增长到', '增长至', '增至', '增长',
  '上升到', '上升至', '扩大到', '扩大至', '拓展到', '拓展至', '延长到', '延长至',
  '下降到', '下降至', '降低到', '降低至', '降到', '降至', '减少到', '减少至', '缩小到', '缩小至', '缩短到', '缩短至', '缩短', '压缩到', '压缩至', '压缩', '削减到', '削减至', '削减',
  '控制在', '保持在', '稳定在', '维持在', '巩固在', '保持', '维持',
  '发展到', '达到', '达', '提高', '提升', '增加', '降低', '下降', '减少', '高于', '低于', '为', '占', '由',
];

/** verbs of provision or action whose object is counted (新建40所, 组织2次) */
/** verbs of treatment: land, forestry and soil-and-water plans' actions, and the object of an earlier verb (OBJECT_VERBS) */
const TREATMENT_VERBS = ['修复治理', '综合整治', '修复', '治理', '整治', '补充'];

export const ACTION_VERBS: string[] = [
  '新建、改扩建', '新建和改扩建', '新改扩建', '新建完成', '力争打造', '培养输送', '新增', '新建', '改扩建', '迁建', '建成', '建设', '建立', '建有', '创建', '打造',
  '完成', '实现', '覆盖', '配备', '配置', '设置', '设立', '设有', '设', '办好', '举办', '开展', '组织', '培育',
  '安排', '确保', '保证', '保障', '促进', '推动', '增设', '通过', '报送', '提供', '开设', '落实', '有', '完善',
  '新改建', '培养', '招聘', '扶持', '选派', '累计', '召开', '拥有', '帮助',
  // works, housing and inspection plans count what they rebuild, start, fit or find
  '新建和改造', '新建加固', '新增治理', '除险加固', '开工建设', '新开工', '改造', '加装', '检出', '培训', '发放', '遴选', '资助', '招收', '惠及', '共计', '满足', '接待', '组织实施', '引进培育', '基本建成', '入库', '分配', '筹集', '发生',
  // land, forestry and soil-and-water plans count the land they restore, treat or add (修复退化湿地1500公顷, 补充耕地1.5万亩)
  ...TREATMENT_VERBS,
  // inspection rounds (全年排查3—4次)
  '排查',
  // talent brought in (柔性引进院士专家团队5—10个)
  '引进',
  // units named, built or rebuilt (新命名健康单位30个, 新（改）建农村卫生户厕1200座), and a review's cases, seizures and clean-ups
  '命名', '新(改)建', '新（改）建', '破获', '抓获', '缴获', '查处', '清理',
  // teams formed and works published (组建县级地震灾害紧急救援队1支, 编研出版档案史料汇编2部)
  '组建', '编研出版', '出版',
  // firms set up or brought in, data linked, works upgraded (新设外商投资企业63家, 新引进…项目5个,
  // 接入城市运行体征指标500项, 改造提升街道综合文化站6个, 改造升级台站3个)
  '新设', '新引进', '接入', '改造提升', '改造升级',
];

/** verbs of treatment that, after another verb of the clause, name its object (完成中小河流治理河长86公里: 完成) */
export const OBJECT_VERBS = new Set(TREATMENT_VERBS);

/** verbs that are also nouns: a verb only with an object after them (培训从业人员1.8万人次), not right before the value (开展技能培训300人次) nor a frequency (培训每五年) */
export const NOUN_LIKE_VERBS = new Set(['培训']);
/** …nor before these, which make it a noun (培训班, 培训基地, 培训中心, 培训每五年一个周期) */
export const NOUN_LIKE_AFTER = '每班基中机课学费资项计内工体质服点室场站会教师率';

/** verbs of a capacity: the value after them is one even where it reads like a qualifier (储备满足30天满负荷运转需求) */
export const CAPACITY_VERBS = ['满足', '可满足'];

/** a verb followed by one of these is part of a noun (覆盖率, 提高率) */
export const NOUN_AFTER_VERB = '率面者度性';

export const LEVEL_VERB_SET = new Set(LEVEL_VERBS);

export const ALL_VERBS: string[] = [...new Set([...LEVEL_VERBS, ...ACTION_VERBS])].sort((a, b) => b.length - a.length);

export const verbRules: PhraseRule[] = [
  {
    id: 'verbs/level',
    description: 'a level verb before the value',
    examples: [
      { text: '孕产妇贫血患病率控制在10％以下。', expect: [{ verb: '控制在', value: 10, comparator: '<=' }] },
      { text: '妇女人均预期寿命延长至78.1岁。', expect: [{ verb: '延长至', value: 78.1, unit: '岁' }] },
      { text: '高中阶段毛入学率达到并保持在95%以上。', expect: [{ verb: '达到并保持在', value: 95 }] },
      { text: '每千名儿童拥有床位增至3.17张。', section: '策略措施', expect: [{ verb: '增至', value: 3.17, unit: '张' }] },
      { text: '城市地区急救平均反应时间缩短至12分钟以内。', expect: [{ indicator: '城市地区急救平均反应时间', verb: '缩短至', value: 12, comparator: '<=' }] },
      { text: '社会应急力量发展到50支。', expect: [{ indicator: '社会应急力量', verb: '发展到', value: 50, unit: '支' }] },
      { text: '“一件事一次办”主题服务拓展到50项。', expect: [{ verb: '拓展到', value: 50, unit: '项' }] },
      { text: '一是水土流失治理面积累计达到120平方公里。', expect: [{ indicator: '水土流失治理面积', verb: '达到', value: 120 }] },
      { text: '化学需氧量排放总量较2020年削减8%。', expect: [{ indicator: '化学需氧量排放总量', verb: '削减', value: 8, direction: 'down', change: { base_year: 2020, per_year: false } }] },
      { text: '企业开办平均时间较2020年缩短40%。', expect: [{ verb: '缩短', value: 40, direction: 'down', change: { base_year: 2020, per_year: false } }] },
      { text: '政务服务事项办理时限压缩30%以上。', expect: [{ indicator: '政务服务事项办理时限', verb: '压缩', value: 30, direction: 'down', change: { base_year: null, per_year: false } }] },
    ],
  },
  {
    id: 'verbs/action',
    description: 'an action verb counting what is provided',
    examples: [
      { text: '力争打造3所省级示范性高中。', section: '策略措施', expect: [{ verb: '力争打造', value: 3, unit: '所' }] },
      { text: '开展相关职业技能培训300人次。', section: '策略措施', expect: [{ value: 300, unit: '人次' }] },
      { text: '三年内培养公共卫生领军人才10名。', section: '策略措施', expect: [{ verb: '培养', value: 10, unit: '名' }] },
      { text: '截至2020年底，全市共有精神卫生专业机构7家。', expect: [{ kind: 'baseline', indicator: '全市精神卫生专业机构', verb: '有', value: 7, unit: '家' }] },
      { text: '2022年，帮助1230名农村妇女实现转移就业。', section: '策略措施', expect: [{ kind: 'baseline', verb: '帮助', value: 1230, unit: '名', year: 2022 }] },
      { text: '每千人拥有社会体育指导员2.6名。', expect: [{ verb: '拥有', value: 2.6, unit: '名' }] },
      { text: '医疗机构检查检验结果互认项目数在上年基础上增加20项。', section: '策略措施', expect: [{ indicator: '医疗机构检查检验结果互认项目数', verb: '增加', value: 20, unit: '项', direction: 'up', change: { base_year: 2024, per_year: false } }] },
      { text: '累计培训转岗医师120名。', section: '策略措施', expect: [{ verb: '培训', value: 120, unit: '名' }] },
      { text: '全市培训养老护理员累计1.5万人次。', section: '策略措施', expect: [{ verb: '累计', value: 1.5, unit: '万人次' }] },
      { text: '新改建农村户用卫生厕所1.2万户。', section: '策略措施', expect: [{ verb: '新改建', value: 1.2, unit: '万户' }] },
      { text: '县级应急物资储备满足2万人需要。', section: '策略措施', expect: [{ verb: '满足', value: 2, unit: '万人' }] },
      { text: '医疗防护物资储备满足15天满负荷运转需求。', section: '策略措施', expect: [{ verb: '满足', value: 15, unit: '天' }] },
      { text: '2022年，培训食品从业人员2万人次。', section: '发展现状', expect: [{ kind: 'baseline', verb: '培训', indicator: '培训食品从业人员', value: 2, unit: '万人次' }] },
      { text: '开展职业技能培训300人次。', section: '策略措施', expect: [{ verb: '开展', value: 300, unit: '人次' }] },
      { text: '县级每年至少举办2期护理人员培训班。', section: '策略措施', expect: [{ verb: '举办', value: 2, unit: '期', indicator: '县级每年举办护理人员培训班' }] },
      { text: '2020年，全县接待游客800万人次。', section: '发展现状', expect: [{ kind: 'baseline', verb: '接待', indicator: '全县接待游客', value: 800, unit: '万人次' }] },
      { text: '组织实施重大科技专项20项以上。', section: '策略措施', expect: [{ verb: '组织实施', value: 20, unit: '项', comparator: '>=' }] },
      { text: '改造老旧供水管网80公里。', section: '策略措施', expect: [{ verb: '改造', value: 80, unit: '公里' }] },
      { text: '新建和改造应急避难场所20处。', section: '策略措施', expect: [{ verb: '新建和改造', value: 20, unit: '处' }] },
      { text: '2022年，全区共完成抽检2100批次，检出不合格样品56批次。', section: '发展基础', expect: [{ kind: 'baseline', value: 2100, unit: '批次' }, { kind: 'baseline', verb: '检出', value: 56, unit: '批次' }] },
      { text: '截至2020年底，全县河湖长共计300名。', expect: [{ kind: 'baseline', verb: '共计', value: 300, unit: '名' }] },
      {
        text: '促进70％的35—45岁适龄妇女接受宫颈癌筛查。',
        section: '策略措施',
        expect: [{ verb: '促进', value: 70, unit: '%', comparator: '=' }],
      },
      { text: '修复退化湿地1500公顷，退化草原修复治理2万亩。', section: '策略措施', expect: [{ verb: '修复', indicator: '退化湿地', value: 1500, unit: '公顷' }, { verb: '修复治理', value: 2, unit: '万亩' }] },
      { text: '补充耕地1.5万亩，治理侵蚀沟120条。', section: '策略措施', expect: [{ verb: '补充', indicator: '耕地', value: 1.5, unit: '万亩' }, { verb: '治理', indicator: '侵蚀沟', value: 120, unit: '条' }] },
      // after another verb, a verb of treatment is part of the object
      { text: '完成中小河流治理河长86公里。', section: '策略措施', expect: [{ verb: '完成', indicator: '中小河流治理河长', value: 86, unit: '公里' }] },
      { text: '开展低保对象动态排查，全年排查3—4次。', section: '策略措施', expect: [{ verb: '排查', value: 3, upper: 4, unit: '次' }] },
      { text: '新命名健康单位30个、健康家庭500户以上。', section: '策略措施', expect: [{ verb: '命名', value: 30, unit: '个' }, { value: 500, unit: '户', comparator: '>=' }] },
      { text: '新（改）建农村卫生户厕1200座。', section: '策略措施', expect: [{ value: 1200, unit: '座' }] },
      { text: '五年来，全区共破获毒品刑事案件386起，抓获毒品犯罪嫌疑人512名。', section: '发展现状', expect: [{ kind: 'baseline', verb: '破获', value: 386, unit: '起' }, { kind: 'baseline', verb: '抓获', value: 512, unit: '名' }] },
      { text: '柔性引进院士专家团队5—10个。', section: '策略措施', expect: [{ verb: '引进', value: 5, upper: 10, unit: '个' }] },
      { text: '组建县级森林消防队伍2支，队员不少于60人。', section: '策略措施', expect: [{ verb: '组建', value: 2, unit: '支' }, { value: 60, unit: '人', comparator: '>=' }] },
      { text: '编研出版地方志丛书3部以上。', section: '策略措施', expect: [{ verb: '编研出版', value: 3, unit: '部', comparator: '>=' }] },
      { text: '新引进总部企业10家，改造提升农贸市场20个。', section: '策略措施', expect: [{ verb: '新引进', value: 10, unit: '家' }, { verb: '改造提升', value: 20, unit: '个' }] },
      { text: '接入视频监控点位5000个。', section: '策略措施', expect: [{ verb: '接入', value: 5000, unit: '个' }] },
    ],
  },
];
