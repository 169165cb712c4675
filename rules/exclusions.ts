// What looks like a value but is not one: qualifiers, years, ordinals, hotlines, grades, list numbers, quoted names.
import type { PhraseRule } from '../model/examples.ts';

/** char right before a number that makes it no value: 第3次 (ordinal), 〔2022〕 (document number) */
export const ORDINAL_BEFORE = ['第', '〔', '[', '【', '号', '编'];
/** …but 编 ending a compilation's name (史料汇编2部, 作品选编3册) is the noun a count follows */
export const COMPILATION_BEFORE = /(?:汇|選|选|丛|叢|续|續|合)编$/;

/** after an age/size qualifier (5岁以下, 千人以上, 6个月内) these forms may sit before the qualified noun */
export const QUALIFIER_BOUNDS = ['及以上', '及以下', '以上', '以下', '以内', '内', '前'];

/** words after a list of values that show it quotes another plan's figure, not a target */
export const REFERENCE_AFTER = ['的控制目标', '的目标'];
/** …and the clause names the other plan */
export const REFERENCE_SOURCE = /(国家|全国|省|市|州|县|区)[^，。；]{0,6}(纲要|规划)/;

/** after a number that opens a quote (“15分钟就业服务圈”): the rest of a quoted name, so no value */
export const QUOTED_NAME_AFTER = /^[^”」"。，；,;]{3,12}[”」"]/;
/** the sentence before a value projects it (预计到2025年，老年人口将突破110万人): no commitment, no achievement */
export const PROJECTION_BEFORE = /预计[^。；;]*将[^。；;]*$/;
/** after a time (15分钟): a circle of services the clause covers in full (实现15分钟生活圈全覆盖): a name, the coverage is the target */
export const COVERED_CIRCLE_AFTER = /^(?:社区)?[\u4e00-\u9fa5]{0,4}圈(?:建设)?(?:实现|达到)?全覆盖/;
/** a bound of a forecast, with or without 预计 (老年人口将突破110万人): no commitment */
export const PROJECTED_BOUND = '将突破';

/** after a numeral in words: a named set of measures (五项制度, 三大行动), no count to reach */
export const NAMED_SET_AFTER = /^(?:项|大|个)(?:制度|行动|工程|举措|机制|任务|原则)/;

/**
 * after a count in 个: places every one of which the clause then speaks of (全区11个街道…全部建成,
 * 全县14个乡镇均设立): the scope of a statement, no figure
 */
export const PLACES_ALL_AFTER = /^(?:街道|乡镇|鄉鎮|镇|鎮|村|社区|社區|县|縣|市|区|區)[^，。；,;]{0,16}(?:全部|均|都)/;

/** after a count in 个: the set a rate of the same clause is measured over (12个断面水质优良比例为83%) */
export const SET_OF_RATE_AFTER = /^[^，。；,;\d]{2,30}?(?:比例|比率|率|比重|占比)[^，。；,;\d]{0,4}\d/;

/** a web page's counter in its meta line (阅读：2087次, 浏览次数：356): the page's readers, no figure of the plan */
export const PAGE_COUNTER_BEFORE = /(?:阅读|浏览|点击|访问)(?:次数|数|量)?[:：]$/;

/** years: 2025年, 2021—2025年 */
export const YEAR_RE = /^(19|20)\d\d(?=年|—|-|－|~|至|\)|）)/;

export const exclusionRules: PhraseRule[] = [
  {
    id: 'exclusions/age-qualifier',
    description: 'age and size qualifiers inside an indicator are not values',
    examples: [
      { text: '5岁以下儿童贫血率控制在10%以下。', expect: [{ value: 10, unit: '%' }] },
      { text: '0—6岁儿童眼保健和视力检查覆盖率达到90％以上。', expect: [{ value: 90, unit: '%' }] },
      { text: '千人以上中小学校配备心理健康教育教师的比例达到90%以上。', section: '策略措施', expect: [{ value: 90 }] },
      { text: '6个月内婴儿纯母乳喂养率保持在50%以上。', section: '策略措施', expect: [{ value: 50 }] },
      { text: '加强3岁以下婴幼儿照护服务。', section: '策略措施', expect: [] },
      { text: '消除超大班额（66人以上）。', section: '策略措施', expect: [] },
      { text: '每千人口执业（助理）医师数由2020年的2.41人增加到2.78人。', section: '策略措施', expect: [{ kind: 'baseline', value: 2.41, year: 2020 }, { value: 2.78, unit: '人' }] },
    ],
  },
  {
    id: 'exclusions/years',
    description: 'years are the target year, never a value',
    examples: [
      { text: '到2025年，农村自来水普及率达到94％。', expect: [{ value: 94, year: 2025 }] },
      { text: '按照《中国妇女发展纲要（2021—2030年）》的要求。', section: '策略措施', expect: [] },
      { text: '儿童伤害死亡率以2020年为基数下降20%。', expect: [{ value: 20, unit: '%', comparator: '=' }] },
    ],
  },
  {
    id: 'exclusions/hotline-grade',
    description: 'hotline numbers and grades are no values',
    examples: [
      { text: '加强“12338”妇女维权公益服务热线建设。', section: '策略措施', expect: [] },
      { text: '区妇幼保健院达到二级甲等专科医院标准。', section: '策略措施', expect: [] },
      { text: '建立健全老年健康三级预防体系。', section: '策略措施', expect: [] },
      { text: '全面落实母婴安全五项制度。', section: '策略措施', expect: [] },
      { text: '每个街道建立3项制度。', section: '策略措施', expect: [{ value: 3, unit: '项' }] },
      { text: '出版地方文献汇编3部以上。', section: '策略措施', expect: [{ value: 3, unit: '部', comparator: '>=' }] },
    ],
  },
  {
    id: 'exclusions/page-counter',
    description: "a web page's reader counter (阅读：2087次) is no value",
    examples: [
      { text: '发布时间：2022-03-01　阅读：356次', section: '发展现状', expect: [] },
      { text: '2020年，全年阅读推广活动达到356次。', section: '发展现状', expect: [{ kind: 'baseline', value: 356, unit: '次' }] },
    ],
  },
  {
    id: 'exclusions/list-numbers',
    description: 'list numbers glued to the next number; a broken number after a list',
    examples: [
      { text: '4. 孕产妇死亡率下降到12/10万以下。\n5. 5岁以下儿童贫血率控制在10%以下。', expect: [{ value: 12 }, { value: 10 }] },
      {
        text: '3. 新生儿、婴儿和5岁以下儿童死亡率分别降至3.2‰、\n5. 3‰和6.5‰以下，城乡差距逐步缩小。',
        expect: [{ value: 3.2 }, { value: 5.3 }, { value: 6.5 }],
      },
    ],
  },
  {
    id: 'exclusions/quoted-name-projection',
    description: 'a number opening a quoted name (“15分钟就业服务圈”) and a projected figure (预计…将突破) are no values',
    examples: [
      { text: '建设“15分钟就业服务圈”，城镇调查失业率控制在5.5%以内。', section: '策略措施', expect: [{ value: 5.5 }] },
      { text: '预计到2025年，全市60周岁及以上老年人口将突破110万人。', section: '发展现状', expect: [] },
      { text: '预计到2025年，全市60周岁及以上老年人口将突破110万人。', section: '策略措施', expect: [] },
      { text: '全市60周岁及以上老年人口将突破110万人的目标。养老床位达到2万张。', section: '策略措施', expect: [{ value: 2 }] },
    ],
  },
  {
    id: 'exclusions/qualifying-figure',
    description: "a figure inside the name of its clause's next figure (超10亿元的企业, 24小时晴雨预报准确率) qualifies it, no value",
    examples: [
      { text: '培育营业收入超10亿元的数字经济企业10—15家。', section: '策略措施', expect: [{ value: 10, upper: 15, unit: '家' }] },
      { text: '2020年24小时晴雨预报准确率为87.2%。', section: '发展现状', expect: [{ kind: 'baseline', value: 87.2, unit: '%' }] },
      { text: '95%的城市社区建立家长学校。', section: '策略措施', expect: [{ value: 95, unit: '%' }] },
    ],
  },
  {
    id: 'exclusions/from-figure',
    description: 'in a target, the figure a change starts from (由45天压缩为20天) is no record: the one it reaches is',
    examples: [
      { text: '简易注销登记公告时间由45天压缩为20天，普通注销登记办理时间不超过3个工作日。', section: '策略措施', expect: [{ value: 20, unit: '天' }, { value: 3, unit: '个工作日' }] },
    ],
  },
  {
    id: 'exclusions/covered-circle',
    description: 'a time naming a circle of services the clause covers in full (实现15分钟生活圈全覆盖) is no value: the coverage is the target',
    examples: [
      { text: '城镇社区实现15分钟生活圈全覆盖。', section: '策略措施', expect: [{ kind: 'full_coverage', value: 100 }] },
      { text: '城市社区建成15分钟健身圈。', section: '策略措施', expect: [{ value: 15, unit: '分钟' }] },
    ],
  },
  {
    id: 'exclusions/places-all',
    description: 'a count of places the clause says all of (全县12个乡镇均建成…) is its scope, no figure',
    examples: [
      { text: '2020年，全县12个乡镇均建成综合服务中心。', section: '发展现状', expect: [] },
      { text: '全区8个街道文化站全部达到三级以上标准。', section: '发展现状', expect: [] },
      { text: '新建社区养老服务站12个，全部投入运营。', section: '策略措施', expect: [{ value: 12, unit: '个' }] },
      { text: '2020年，全市15个地表水断面水质优良比例为80%。', section: '发展现状', expect: [{ kind: 'baseline', value: 80, unit: '%' }] },
    ],
  },
  {
    id: 'exclusions/reference',
    description: 'another plan’s target quoted for comparison',
    examples: [
      { text: '婴儿死亡率明显低于省儿童纲要7‰、5‰的控制目标。', section: '策略措施', expect: [] },
    ],
  },
];
