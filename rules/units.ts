// Units written after a value, normalized to half-width as TARGETS.md lists them.
import type { PhraseRule } from '../model/examples.ts';

export interface UnitDef {
  /** spellings in the normalized text (half-width digits and signs) */
  forms: string[];
  unit: string;
  /** may follow a Chinese numeral (两次, 一所); percent-like units never do */
  chineseNumeral: boolean;
  /** age / size units that make `N岁以下儿童` a qualifier of an indicator, not a value */
  qualifier?: boolean;
  /** a unit only after a number with a decimal point: a magnitude (1.5级); 4级, 三级 are grades (TARGETS.md) */
  decimal?: boolean;
  /** a unit only at a clause's end or before a bound: 万 before a noun is a scale (3万人) or opens 3万余人 */
  endOnly?: boolean;
}

export const UNITS: UnitDef[] = [
  { forms: ['%'], unit: '%', chineseNumeral: false },
  { forms: ['‰'], unit: '‰', chineseNumeral: false },
  { forms: ['/10万'], unit: '1/10万', chineseNumeral: false },
  { forms: ['个百分点'], unit: '个百分点', chineseNumeral: true },
  { forms: ['个千分点'], unit: '个千分点', chineseNumeral: true },
  { forms: ['个十万分点', '个万分点'], unit: '个十万分点', chineseNumeral: true },
  { forms: ['周岁', '岁'], unit: '岁', chineseNumeral: false, qualifier: true },
  { forms: ['万人次'], unit: '万人次', chineseNumeral: false },
  { forms: ['万人'], unit: '万人', chineseNumeral: false },
  { forms: ['万元'], unit: '万元', chineseNumeral: false },
  { forms: ['亿元'], unit: '亿元', chineseNumeral: false },
  { forms: ['人次'], unit: '人次', chineseNumeral: true },
  { forms: ['个小时', '小时'], unit: '小时', chineseNumeral: true },
  { forms: ['课时'], unit: '课时', chineseNumeral: true },
  { forms: ['学时'], unit: '学时', chineseNumeral: true },
  { forms: ['平方米'], unit: '平方米', chineseNumeral: true },
  { forms: ['分钟'], unit: '分钟', chineseNumeral: true },
  { forms: ['个月'], unit: '个月', chineseNumeral: true, qualifier: true },
  { forms: ['个工作日', '工作日'], unit: '个工作日', chineseNumeral: true },
  { forms: ['倍'], unit: '倍', chineseNumeral: true },
  { forms: ['个'], unit: '个', chineseNumeral: true },
  { forms: ['名'], unit: '名', chineseNumeral: true },
  { forms: ['人'], unit: '人', chineseNumeral: true, qualifier: true },
  { forms: ['所'], unit: '所', chineseNumeral: true },
  { forms: ['家'], unit: '家', chineseNumeral: true },
  { forms: ['次'], unit: '次', chineseNumeral: true },
  { forms: ['张'], unit: '张', chineseNumeral: true },
  { forms: ['期'], unit: '期', chineseNumeral: true },
  { forms: ['天'], unit: '天', chineseNumeral: true, qualifier: true },
  { forms: ['年'], unit: '年', chineseNumeral: true, qualifier: true },
  { forms: ['县'], unit: '县', chineseNumeral: true },
  { forms: ['处'], unit: '处', chineseNumeral: true },
  { forms: ['项次'], unit: '项次', chineseNumeral: true },
  { forms: ['项'], unit: '项', chineseNumeral: true },
  { forms: ['床'], unit: '床', chineseNumeral: false },
  { forms: ['元'], unit: '元', chineseNumeral: false },
  { forms: ['平方公里'], unit: '平方公里', chineseNumeral: false },
  { forms: ['公里'], unit: '公里', chineseNumeral: false },
  { forms: ['万户'], unit: '万户', chineseNumeral: false },
  { forms: ['户'], unit: '户', chineseNumeral: true },
  { forms: ['座'], unit: '座', chineseNumeral: true },
  { forms: ['场次'], unit: '场次', chineseNumeral: true },
  { forms: ['场'], unit: '场', chineseNumeral: true },
  { forms: ['支'], unit: '支', chineseNumeral: false },
  { forms: ['块'], unit: '块', chineseNumeral: false },
  { forms: ['千克', '公斤'], unit: '千克', chineseNumeral: false },
  { forms: ['克'], unit: '克', chineseNumeral: false },
  { forms: ['周'], unit: '周', chineseNumeral: true, qualifier: true },
  // cases of a rate given per case (每十万活产中少于70例)
  { forms: ['例'], unit: '例', chineseNumeral: true },
  // measures of science, culture, housing, ecology, water, safety plans
  { forms: ['册'], unit: '册', chineseNumeral: false },
  { forms: ['件'], unit: '件', chineseNumeral: false },
  { forms: ['起'], unit: '起', chineseNumeral: false },
  { forms: ['部'], unit: '部', chineseNumeral: true },
  { forms: ['条'], unit: '条', chineseNumeral: true },
  { forms: ['套'], unit: '套', chineseNumeral: false },
  { forms: ['批次/千人'], unit: '批次/千人', chineseNumeral: false },
  { forms: ['批次'], unit: '批次', chineseNumeral: false },
  { forms: ['分'], unit: '分', chineseNumeral: false },
  // a daily capacity (处理能力2400吨/日, 海水淡化规模20万吨/日): longer than 吨, so it wins
  { forms: ['吨/日', '吨/天'], unit: '吨/日', chineseNumeral: false },
  { forms: ['吨'], unit: '吨', chineseNumeral: false },
  { forms: ['亩'], unit: '亩', chineseNumeral: false },
  { forms: ['微克/立方米'], unit: '微克/立方米', chineseNumeral: false },
  { forms: ['立方米'], unit: '立方米', chineseNumeral: false },
  // a flood-control standard (50年一遇): longer than 年, so it wins
  { forms: ['年一遇'], unit: '年一遇', chineseNumeral: false },
  // land, energy, transport and environment measures
  { forms: ['公顷'], unit: '公顷', chineseNumeral: false },
  // a network's density (农村公路路网密度1.6千米/平方千米)
  { forms: ['千米/平方千米'], unit: '千米/平方千米', chineseNumeral: false },
  { forms: ['公里/平方公里'], unit: '公里/平方公里', chineseNumeral: false },
  { forms: ['平方千米'], unit: '平方千米', chineseNumeral: false },
  { forms: ['千米'], unit: '千米', chineseNumeral: false },
  { forms: ['米'], unit: '米', chineseNumeral: false },
  { forms: ['克标准煤/千瓦时'], unit: '克标准煤/千瓦时', chineseNumeral: false },
  { forms: ['吨标准煤'], unit: '吨标准煤', chineseNumeral: false },
  { forms: ['千瓦时'], unit: '千瓦时', chineseNumeral: false },
  { forms: ['千瓦'], unit: '千瓦', chineseNumeral: false },
  { forms: ['毫克/升'], unit: '毫克/升', chineseNumeral: false },
  { forms: ['分贝'], unit: '分贝', chineseNumeral: false },
  { forms: ['辆'], unit: '辆', chineseNumeral: false },
  { forms: ['台'], unit: '台', chineseNumeral: false },
  { forms: ['篇'], unit: '篇', chineseNumeral: false },
  // research staff in full-time years (研发人员42人年), medals, livestock in ten thousands (生猪300万头)
  { forms: ['人年'], unit: '人年', chineseNumeral: false },
  { forms: ['枚'], unit: '枚', chineseNumeral: false },
  { forms: ['万头'], unit: '万头', chineseNumeral: false },
  // couples (登记结婚1.32万对): only with 万, 对 alone opens too many words
  { forms: ['万对'], unit: '万对', chineseNumeral: false },
  // port and fleet measures (集装箱吞吐量1800万标准箱, 远洋渔船286艘)
  { forms: ['标准箱'], unit: '标准箱', chineseNumeral: false },
  { forms: ['艘'], unit: '艘', chineseNumeral: false },
  // rounds of inspection, broadcasts counted by item and time, printed copies (检查不少于2轮, 300条次, 5万份)
  { forms: ['轮'], unit: '轮', chineseNumeral: false },
  { forms: ['条次'], unit: '条次', chineseNumeral: false },
  { forms: ['份'], unit: '份', chineseNumeral: false },
  // archives, grain, trade, dental, data and warning-time measures (馆藏25万卷, 318亿斤, 25亿美元, 存留牙数22颗,
  // 100TB, 发布时间10秒); work units counted as such (接收11个单位)
  { forms: ['卷次'], unit: '卷次', chineseNumeral: false },
  { forms: ['卷'], unit: '卷', chineseNumeral: false },
  { forms: ['斤'], unit: '斤', chineseNumeral: false },
  { forms: ['美元'], unit: '美元', chineseNumeral: false },
  { forms: ['颗'], unit: '颗', chineseNumeral: true },
  { forms: ['TB'], unit: 'TB', chineseNumeral: false },
  { forms: ['PB'], unit: 'PB', chineseNumeral: false },
  { forms: ['秒'], unit: '秒', chineseNumeral: false },
  { forms: ['个单位'], unit: '个单位', chineseNumeral: true },
  // a count in ten thousands with its noun before it (平台注册用户达到186万，)
  { forms: ['万'], unit: '万', chineseNumeral: false, endOnly: true, qualifier: true },
  // an earthquake's magnitude (监测能力达到1.5级): never a grade (4级以上, 三级医院)
  { forms: ['级'], unit: '级', chineseNumeral: false, decimal: true },
];
/**
 * A time a stock lasts (储备达到15天以上市场供应量, 达到当地3个月销量, 可满足未来20年接收需要): before these words a time
 * unit is the value, not a qualifier of the noun after it (6个月以下婴儿).
 */
export const SUPPLY_AFTER = /^(?:的)?(?:市场|居民)?(?:供应量?|销量|消费量|用量|需求量?|需要|接收需要|使用需求)/;
/** a second count word in brackets after a unit names the same count (25万卷（件）): part of the unit */
export const UNIT_ALTERNATE = /^[（(][件次个册份人][）)]/;

/**
 * a ratio, a coefficient (PUE) or a rate whose denominator its name gives (亿元…死亡率, 万车死亡率, 万台死亡人数) and its level
 * verb right before a bare number: the number is its value, with no unit
 */
export const RATIO_BEFORE = /(?:[^\d占]比|系数|指数|[(（]PUE[)）]|(?:万车|万台|亿元|万人|万人口)[^，。；,;]{0,14}死亡(?:率|人数))(?:稳定在|保持在|控制在|缩小到|缩小至|下降到|下降至|降至|降到|提高到|提高至|提升到|提升至|达到|不高于|不低于|为)$/;
/** characters before a value read for RATIO_BEFORE */
export const RATIO_REACH = 26;

/**
 * Spellings a table's unit cell or an indicator's brackets (孕产妇死亡率（1/10万）) hold beyond UNITS' forms: the
 * per-head ratio of a column (张/千人), signs (㎡, μg/m3, ％ as the cell has it), a ratio's column (比例, :1).
 */
export const TABLE_ONLY_UNIT_FORMS = [
  '％', '1/10万', '1/万', '/万', '百分点', '个/千人', '张/千人', '人/千人', '名/千人', '个/万人', '人/万人', '名/万人',
  '张/万人', '平方米/人', '米/人', '㎡', 'μg/m3', '毫克/立方米', '标准煤', '千克标准煤', '比例', ':1', '比1',
];
/** Units no scale 万 or 亿 goes with: points, ages, times, scores, grades, densities. */
const UNSCALED_UNITS = new Set([
  '个百分点', '个千分点', '个十万分点', '岁', '小时', '课时', '学时', '分钟', '个月', '个工作日', '倍', '天', '年', '周', '期',
  '县', '床', '例', '分', '级', '秒', '年一遇', '分贝', '千米/平方千米', '公里/平方公里', '克标准煤/千瓦时', '毫克/升', '微克/立方米', '批次/千人',
]);
/**
 * Every spelling of a unit a table cell may hold: UNITS' forms, the same after a scale 万 or 亿 (万亩, 亿元, 万吨/日:
 * as a value in the text takes one), and TABLE_ONLY_UNIT_FORMS. rules/tables.ts reads its UNIT_CELL from it.
 */
export const TABLE_UNIT_FORMS: string[] = [
  ...new Set([
    ...UNITS.flatMap((d) => d.forms),
    ...UNITS.filter((d) => !UNSCALED_UNITS.has(d.unit)).flatMap((d) =>
      d.forms.filter((f) => /^[\u4e00-\u9fa5]/.test(f) && !/^[万亿]/.test(f)).flatMap((f) => ['万' + f, '亿' + f]),
    ),
    ...TABLE_ONLY_UNIT_FORMS,
  ]),
];

/** forms of units read only after a decimal number (UnitDef.decimal), in text and in table cells alike */
export const DECIMAL_UNIT_FORMS = new Set(UNITS.filter((d) => d.decimal).flatMap((d) => d.forms));

/** forms longest first, so 个百分点 wins over 个 and 个小时 over 个 */
export const UNIT_FORMS: { form: string; def: UnitDef }[] = UNITS.flatMap((def) =>
  def.forms.map((form) => ({ form, def })),
).sort((a, b) => b.form.length - a.form.length);

/** Words that, right after a count unit, show it was not a unit (一次性, 个人, 年级). */
export const UNIT_BLOCKERS: Record<string, string[]> = {
  次: ['性'],
  个: ['人', '体', '性', '别'],
  年: ['级', '度', '代', '底', '初', '末', '龄', '轻', '来', '间'],
  人: ['员', '民', '口', '群', '才', '大', '格', '身', '士', '类', '生', '力', '事'],
  名: ['单', '义', '称', '额', '牌'],
  家: ['庭', '长', '园', '乡', '属', '务', '政', '风', '教', '暴', '校'],
  所: ['有', '在', '属', '得', '需', '生'],
  场: ['所', '地', '馆', '景', '域', '合', '址', '站', '镇', '内', '外', '部'],
  支: ['持', '付', '出', '撑', '部', '援', '教', '医', '柱', '架', '农'],
  克: ['服', '隆'],
  期: ['间', '待', '限', '望', '刊'],
  天: ['然', '地'],
  处: ['理', '置', '罚', '室', '于', '境'],
  项: ['目'],
  县: ['级', '域', '城', '委', '政', '直', '区', '乡', '市', '镇', '长', '人'],
  张: ['贴'],
  倍: [],
  元: ['素', '旦', '宵'],
  户: ['籍', '口', '外', '型'],
  座: ['谈'],
  周: ['岁', '边', '期', '末', '围', '年', '全'],
  例: ['如', '外', '会', '行', '证', '子', '题'],
  件: ['事'],
  起: ['来', '步', '草', '点', '源', '诉', '始', '航', '到', '居'],
  部: ['门', '署', '分', '位', '队', '委', '长', '件', '属', '落', '署', '室', '局', '际', '省'],
  条: ['件', '例', '款', '线', '目', '理', '块', '龙', '码', '幅'],
  套: ['餐', '用', '装', '路'],
  分: ['别', '类', '析', '配', '布', '工', '级', '散', '期', '批', '之', '享', '层', '区', '解', '担', '流', '局', '院', '会', '支', '馆', '中', '校', '项', '值', '数', '量', '成', '子', '钟', '秒'],
  吨: ['位'],
  人年: ['均', '度', '龄', '满', '底', '末', '初', '内', '以', '起', '前', '后', '的'],
  万头: ['猪', '牛', '羊'],
  万对: ['象', '于', '接', '口', '照', '比', '待', '外', '话', '标', '应', '此', '策', '手', '症'],
  台: ['账', '阶', '湾', '风', '州', '上', '下', '前', '后'],
  篇: ['章'],
  卷: ['宗', '入', '烟', '帙'],
  秒: ['杀'],
  米: ['粮', '粒', '面', '饭'],
};

export const unitRules: PhraseRule[] = [
  {
    id: 'units/percent',
    description: '％ and % are the same unit',
    examples: [
      { text: '妇女健康素养水平提高到27％。', expect: [{ kind: 'numeric', value: 27, unit: '%' }] },
      { text: '适龄妇女宫颈癌筛查率达到 70% 以上。', expect: [{ value: 70, unit: '%', comparator: '>=' }] },
    ],
  },
  {
    id: 'units/per-100k',
    description: 'N/10万 (also ／ and 活产数) is the unit 1/10万',
    examples: [
      { text: '孕产妇死亡率下降到14／10万以下。', expect: [{ value: 14, unit: '1/10万', comparator: '<=' }] },
      { text: '孕产妇死亡率控制在15/10万活产数以内。', expect: [{ value: 15, unit: '1/10万', comparator: '<=' }] },
    ],
  },
  {
    id: 'units/percentage-point',
    description: '个百分点 is a change, kept as its own unit',
    examples: [
      { text: '总体近视率每年降低0．5个百分点以上。', expect: [{ value: 0.5, unit: '个百分点', comparator: '>=' }] },
      { text: '2022年，孕产妇死亡率比上年下降1.1个十万分点。', section: '策略措施', expect: [{ kind: 'baseline', value: 1.1, unit: '个十万分点' }] },
    ],
  },
  {
    id: 'units/counts',
    description: 'counts with measure words, 个小时 written as 小时',
    examples: [
      { text: '确保小学生每天睡眠10个小时。', section: '策略措施', expect: [{ value: 10, unit: '小时' }] },
      { text: '新建、改扩建40所幼儿园。', section: '策略措施', expect: [{ value: 40, unit: '所' }] },
      { text: '人均体育场地面积达到3平方米。', section: '策略措施', expect: [{ value: 3, unit: '平方米' }] },
      { text: '学生心理健康教育课时每学期不少于9课时。', expect: [{ value: 9, unit: '课时', comparator: '>=' }] },
      { text: '在岗人员每年参加继续教育不少于72学时。', section: '策略措施', expect: [{ value: 72, unit: '学时', comparator: '>=' }] },
      { text: '每年组织心理健康科普活动不少于50场。', section: '策略措施', expect: [{ value: 50, unit: '场', comparator: '>=' }] },
      { text: '截至2020年底，全市共有志愿者3000余人。', expect: [{ kind: 'baseline', value: 3000, unit: '人', comparator: '>=' }] },
      { text: '每年开展健康知识讲座不少于十二场。', section: '策略措施', expect: [{ value: 12, unit: '场', comparator: '>=' }] },
      { text: '市级卫生应急队伍增加到16支。', section: '策略措施', expect: [{ value: 16, unit: '支' }] },
      { text: '人均每日食盐摄入量降至5克以下。', expect: [{ value: 5, unit: '克', comparator: '<=' }] },
      { text: '每年举办省级全民健身综合性赛事活动不少于10项次。', section: '策略措施', expect: [{ value: 10, unit: '项次', comparator: '>=' }] },
      { text: '每万人拥有足球场地数达到0.9块。', expect: [{ value: 0.9, unit: '块' }] },
      { text: '每个县至少有1所以失能人员专业照护为主的供养服务机构。', section: '策略措施', expect: [{ value: 1, unit: '所', comparator: '>=' }] },
    ],
  },
  {
    id: 'units/measures',
    description: 'measures of ecology, water, housing, science, culture and safety plans; 万 and 亿 join them (万套, 亿立方米)',
    examples: [
      { text: '每万人口发明专利拥有量达到12件。', expect: [{ value: 12, unit: '件' }] },
      { text: '人均公共图书馆藏书量达到2.1册。', expect: [{ value: 2.1, unit: '册' }] },
      { text: '城市空气中二氧化氮年均浓度控制在25微克/立方米以下。', expect: [{ value: 25, unit: '微克/立方米', comparator: '<=' }] },
      { text: '全市年用水总量控制在4.8亿立方米以内。', expect: [{ value: 4.8, unit: '亿立方米', comparator: '<=' }] },
      { text: '新建公共租赁住房2.5万套。', section: '策略措施', expect: [{ value: 2.5, unit: '万套' }] },
      { text: '新增造林面积12万亩。', section: '策略措施', expect: [{ value: 12, unit: '万亩' }] },
      { text: '二氧化硫减排量达到0.3万吨。', expect: [{ value: 0.3, unit: '万吨' }] },
      { text: '生活垃圾焚烧处理能力达到3600吨/日。', expect: [{ value: 3600, unit: '吨/日' }] },
      { text: '集装箱吞吐量达到1800万标准箱以上。', expect: [{ value: 1800, unit: '万标准箱', comparator: '>=' }] },
      { text: '2020年，远洋渔船达到286艘。', section: '发展现状', expect: [{ kind: 'baseline', value: 286, unit: '艘' }] },
      { text: '每年对麻精药品经营使用单位检查不少于2轮。', section: '策略措施', expect: [{ value: 2, unit: '轮', comparator: '>=' }] },
      { text: '全年在县级媒体刊播公益广告不少于300条次，发放宣传资料5万份。', section: '策略措施', expect: [{ value: 300, unit: '条次', comparator: '>=' }, { value: 5, unit: '万份' }] },
      { text: '新增污水处理能力2万吨/日。', section: '策略措施', expect: [{ value: 2, unit: '万吨/日' }] },
      { text: '中心城区防洪标准达到200年一遇。', expect: [{ value: 200, unit: '年一遇' }] },
      { text: '全年较大以上事故控制在3起以内。', expect: [{ value: 3, unit: '起', comparator: '<=' }] },
      { text: '食品抽检量达到5批次/千人。', expect: [{ value: 5, unit: '批次/千人' }] },
      { text: '群众安全感测评达到90分以上。', expect: [{ value: 90, unit: '分', comparator: '>=' }] },
      { text: '建设生态清洁小流域六条。', section: '策略措施', expect: [{ value: 6, unit: '条' }] },
      { text: '新增造林面积1200公顷。', section: '策略措施', expect: [{ value: 1200, unit: '公顷' }] },
      { text: '新增光伏装机容量5万千瓦。', section: '策略措施', expect: [{ value: 5, unit: '万千瓦' }] },
      { text: '城市区域环境噪声昼间平均等效声级控制在55分贝以下。', expect: [{ value: 55, unit: '分贝', comparator: '<=' }] },
      { text: '新增新能源公交车200辆。', section: '策略措施', expect: [{ value: 200, unit: '辆' }] },
      { text: '建成绿道120千米。', section: '策略措施', expect: [{ value: 120, unit: '千米' }] },
      { text: '加装电梯300部以上。', section: '策略措施', expect: [{ value: 300, unit: '部', comparator: '>=' }] },
      { text: '新建X波段天气雷达两部。', section: '策略措施', expect: [{ value: 2, unit: '部' }] },
      { text: '加强四部门协作，落实一部分任务。', section: '策略措施', expect: [] },
      { text: '农村公路路网密度达到1.6千米/平方千米。', expect: [{ value: 1.6, unit: '千米/平方千米' }] },
      { text: '2023年，全年登记结婚1.32万对。', section: '发展现状', expect: [{ kind: 'baseline', value: 1.32, unit: '万对' }] },
      { text: '每万名劳动力中研发人员达到60人年。', expect: [{ value: 60, unit: '人年' }] },
      { text: '培训农民工500人年均增收2000元。', section: '策略措施', expect: [{ value: 2000, unit: '元' }] },
      { text: '在省运动会上力争获得金牌10枚以上。', section: '策略措施', expect: [{ value: 10, unit: '枚', comparator: '>=' }] },
      { text: '生猪年出栏量稳定在300万头左右。', expect: [{ value: 300, unit: '万头', comparator: '~' }] },
      { text: '帮扶5万对象家庭。', section: '策略措施', expect: [] },
      { text: '煤电机组平均供电煤耗降至300克标准煤/千瓦时。', expect: [{ value: 300, unit: '克标准煤/千瓦时' }] },
      { text: '市方志馆馆藏地方文献达到12万卷（册）以上。', expect: [{ value: 12, unit: '万卷', comparator: '>=' }] },
      { text: '2020年，全市借阅图书3.5万卷次。', section: '发展现状', expect: [{ kind: 'baseline', value: 3.5, unit: '万卷次' }] },
      { text: '油料总产量稳定在40亿斤左右。', expect: [{ value: 40, unit: '亿斤', comparator: '~' }] },
      { text: '实际使用外资累计达到8亿美元。', expect: [{ value: 8, unit: '亿美元' }] },
      { text: '12岁儿童人均龋齿数控制在1.5颗以下。', expect: [{ value: 1.5, unit: '颗', comparator: '<=' }] },
      { text: '政务云存储容量达到500TB。', expect: [{ value: 500, unit: 'TB' }] },
      { text: '2020年，政务服务平台注册用户达到86万，日均办件量1.2万件。', section: '发展现状', expect: [{ kind: 'baseline', value: 86, unit: '万' }, { kind: 'baseline', value: 1.2, unit: '万件' }] },
      { text: '2020年，全县共有志愿者3万余人。', section: '发展现状', expect: [{ kind: 'baseline', value: 3, unit: '万人', comparator: '>=' }] },
      { text: '城区常住人口100万以上城市公共交通出行分担率不低于30%。', expect: [{ value: 30, unit: '%', comparator: '>=' }] },
      { text: '气象预警信息发布时间不超过30秒。', expect: [{ value: 30, unit: '秒', comparator: '<=' }] },
      { text: '2020年，完成档案移交8个单位。', section: '发展现状', expect: [{ kind: 'baseline', value: 8, unit: '个单位' }] },
      // a magnitude has a decimal point; a grade has none (TARGETS.md: grades are not values)
      { text: '全市地震监测能力达到2.5级。', expect: [{ value: 2.5, unit: '级' }] },
      { text: '二级以上医院电子病历系统应用水平达到4级以上。', expect: [] },
      { text: '卷入纠纷的案件减少。', section: '策略措施', expect: [] },
    ],
  },
  {
    id: 'units/measure-blockers',
    description: 'a measure word that opens a longer word is no unit (3部门, 2条件, 5分类)',
    examples: [
      { text: '推动12部门联合执法。', section: '策略措施', expect: [] },
      { text: '实行垃圾4分类处理。', section: '策略措施', expect: [] },
      { text: '落实一起来抓的机制。', section: '策略措施', expect: [] },
    ],
  },
  {
    id: 'units/duration-of-supply',
    description: 'a time a stock or a capacity lasts (15天以上市场供应量, 3个月销量) is a value, not a qualifier',
    examples: [
      { text: '大中城市应急成品粮油储备达到15天以上市场供应量。', expect: [{ value: 15, unit: '天', comparator: '>=' }] },
      { text: '市级储备粮规模达到当地3个月销量。', expect: [{ value: 3, unit: '个月' }] },
      { text: '2020年，库房容量可满足未来20年接收需要。', section: '发展现状', expect: [{ kind: 'baseline', value: 20, unit: '年' }] },
      { text: '6个月以下婴儿纯母乳喂养率达到50%以上。', expect: [{ value: 50, unit: '%', comparator: '>=' }] },
    ],
  },
  {
    id: 'units/ratio',
    description: 'a ratio (性别比, 收入比), a coefficient or a rate per a denominator its name gives is a bare number after its verb: no unit',
    examples: [
      { text: '出生人口性别比稳定在107以下。', expect: [{ indicator: '出生人口性别比', value: 107, unit: null, comparator: '<=' }] },
      { text: '2020年，城乡居民收入比缩小到2.21。', expect: [{ kind: 'baseline', value: 2.21, unit: null }] },
      { text: '占比达到2。', section: '策略措施', expect: [] },
      { text: '城市空气质量综合指数下降到4.2以下。', expect: [{ indicator: '城市空气质量综合指数', value: 4.2, unit: null, comparator: '<=' }] },
      { text: '农田灌溉水有效利用系数提高到0.6。', expect: [{ indicator: '农田灌溉水有效利用系数', value: 0.6, unit: null }] },
      { text: '道路交通万车死亡率不高于1.8。', expect: [{ value: 1.8, unit: null, comparator: '<=' }] },
      { text: '特种设备万台死亡人数控制在0.2以内。', expect: [{ value: 0.2, unit: null, comparator: '<=' }] },
      { text: '新建大型数据中心电能利用效率（PUE）控制在1.3以下。', section: '策略措施', expect: [{ value: 1.3, unit: null, comparator: '<=' }] },
      { text: '亿元地区生产总值生产安全事故死亡率控制在0.05以下。', expect: [{ value: 0.05, unit: null, comparator: '<=' }] },
      { text: '2020年，每10万人口火灾死亡率为0.3。', expect: [{ kind: 'baseline', value: 0.3, unit: null }] },
      { text: '新建公厕中男女厕位比不低于2:3。', section: '策略措施', expect: [] },
      // a rate whose name gives no denominator wants its unit: 1 is no value of it
      { text: '孕产妇死亡率下降到1。', expect: [] },
    ],
  },
  {
    id: 'units/blockers',
    description: 'a measure word that is part of a longer word is no unit',
    examples: [
      { text: '推进一次性告知制度。', section: '策略措施', expect: [] },
      { text: '规划建设2场地。', section: 'other', expect: [] },
      { text: '完善三年级以上学生心理辅导。', section: '策略措施', expect: [] },
      { text: '提高9年义务教育巩固率。', section: '策略措施', expect: [] },
      { text: '每五年对纲要进行评估检查。', section: 'other', expect: [{ value: 5, unit: '年', comparator: '=' }] },
      { text: '每年开展1次体检，每5年开展1次评估。', section: 'other', expect: [{ value: 1, unit: '次' }, { value: 5, unit: '年', comparator: '=' }] },
    ],
  },
];

/** between two values of one unit, a range: 85%—90% */
/** between two values of one unit, a range: 85%—90% */
export const RANGE_SEP = '—-~至';
/** other qualifiers of a list that share one noun (3岁以下和7岁以下儿童) */
export const QUALIFIER_LIST_ITEM = /^[、和及与至到—~\-]\d+(?:\.\d+)?(?:周岁|岁|个月|人|天)(?:及以上|及以下|以上|以下|以内|内)?/;
/** units of time a 内 after makes a deadline (1个月内) */
export const TIME_UNITS = new Set(['个月', '天', '年', '小时', '分钟', '个工作日', '周']);

/** counting words that name the same count (个, 名, 张 …): a value in one is a value in another */
export const CLASSIFIERS = new Set(['个', '名', '张', '所', '家', '人', '座', '处', '位', '间', '支', '床']);
/** units of years of age or schooling */
export const YEAR_UNITS = new Set(['岁', '年']);

/**
 * One unit written two ways (平方千米 is 平方公里): a record read in one where its catalogue indicator is
 * in the other has its indicator's unit, not a misread one (pipeline/stages/ocr-ground.ts).
 */
export const SAME_UNIT: Record<string, string> = {
  平方千米: '平方公里',
  平方公里: '平方千米',
  千米: '公里',
  公里: '千米',
};
