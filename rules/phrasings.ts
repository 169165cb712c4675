// Phrasing of indicators: measured nouns, group nouns, words around an indicator that are not part of it.
import type { PhraseRule } from '../model/examples.ts';

/** nouns that make a phrase a measured indicator (率, 比例 …) */
export const INDICATOR_NOUNS: string[] = [
  '率', '比例', '比重', '占比', '人数', '数量', '规模', '年限', '寿命', '差距', '素养水平', '覆盖面', '普及水平',
  '巩固水平', '心理健康水平', '托位数', '人口', '床位', '面积', '时间', '密度', '指数', '总量', '使用量', '减排量', '排放量',
];

/**
 * words that open the measured head shared by a 分别 list of things (化学需氧量、氨氮排放总量, 宫颈癌和乳腺癌筛查覆盖率):
 * the head is the last item from the opener on
 */
export const HEAD_OPENERS: string[] = ['重点工程', '排放', '使用', '筛查', '检测', '检查', '接种', '患病', '发病', '利用', '达标', '覆盖', '占'];

/** groups an indicator is measured on; the measured head starts after them */
export const GROUP_NOUNS: string[] = [
  '儿童', '新生儿', '婴儿', '婴幼儿', '妇女', '孕产妇', '女性', '学生', '小学生', '初中生', '高中生', '中小学生',
  '青少年', '女职工', '女干部', '女党员', '人群',
];

/** a frequency closing the words before a verb (X每年降低): not part of the indicator, unless a counted object follows */
export const FREQUENCY_AT_END = /(每年|每学期|每学年|每天|每周|每月|每季度|每半年)$/;

/** provision verbs that define what is counted: kept in the indicator before their object (新建、改扩建40所幼儿园) */
export const FLOW_VERBS: string[] = ['新建、改扩建', '新建和改扩建', '新改扩建', '新增', '新建', '改扩建', '迁建', '扩建', '培养输送', '培养', '输送', '培训', '接待'];

/** verbs of holding events: kept between a named organiser and what it holds (站点每年组织2次家庭教育指导) */
export const EVENT_VERBS: string[] = ['组织', '举办', '开展', '召开'];

/** places that open a list item of 分别 (城市社区和行政村家长学校…分别达90%和80%), longest first */
export const PLACE_NOUNS: string[] = [
  '城市社区', '农村社区', '城镇社区', '行政村', '自然村', '乡镇', '街道', '社区', '城市', '农村', '城镇', '村', '县', '区', '市',
];

/** a denominator that scopes later items of the same sentence (每千名儿童拥有医生1.12名、床位3.17张) */
export const PER_CAPITA_SCOPE = /^每[十百千万]+(?:名|个)?[\u4e00-\u9fff]{1,6}?拥有/;

/** words inside an indicator that bound its value or route it (X每学年至少免费视力检查, 按照每千人口) */
export const INNER_JUNK: RegExp[] = [/至少|最少/g, /按照(?=每)/g];

/** what may stand before an indicator and is not part of it */
export const LEADING_JUNK: RegExp[] = [
  /^[“"](?=[^”"]+[”"]$)/,
  // a list item's dash (——5岁以下儿童贫血率…), an enumerating 一是/二是
  /^(——|—|[-－]{2})/,
  /^[一二三四五六七八九十]是(?=.{2})/,
  /^在[^，。]{1,16}?(前提下|基础上|过程中|工作中)/,
  /^(力争)?(到|至|在|于)?20\d\d年(底前|末前|底|末|前)?(，|,)?/,
  /^(力争|争取|努力|其中|同时|并且|而且|以及|应当|应该|需要|至少|最少|继续|推动|推进|促进|确保|保证|保障(?!性)|实现|相关(?!性)|累计|、|，|,)/,
  // 政府在每个乡镇…: a distributive scope (每个, 每所) opens the indicator
  /^[^，。；、]{1,12}?在(?=每)/,
  /^于(?!是)(?=.{4})/,
  // one-character words only where they do not open a longer word (应急, 和谐, 及时, 了解, 均衡)
  /^(并(?!轨)|且|和(?!谐)|及(?!时|早)|与|的(?!确)|了(?!解)|要(?!素|求|点|件)|均(?!衡|等)|都(?!市)|也|还(?!款)|让|把)/,
  // 对居家特殊困难老年人探访关爱率: 对 before a measured rate, not before an action (对纲要进行评估检查)
  /^对(?![象口外接标于照])(?=[^，。；]*(?:率|比例|比重)$)/,
  /^(到|至)?[“"]?十[一二三四五]五[”"]?(末|期末|时期|期间|时期内|期内)?/,
  /^(规划|纲要)?(期|期间|周期内|期内)(，|,)?/,
  /^(我省|我市|我州|我县|我区)/,
  /^(按照|依照|在)(?!校|园|职|岗|读|学|业|孕|婚|家|册)(?=.{4})/,
];

/** what may stand after an indicator before the verb and is not part of it */
export const TRAILING_JUNK: RegExp[] = [
  /(?<=^[^“"]*)[”"]$/,
  /(年均|年平均|平均每年)$/,
  /(已经|已|继续|持续|稳步|逐步|进一步|力争|争取|努力|基本|至少|最少|均要|均应|要|应|(?<!人)均|都|各|分别|一般|原则上|始终|仅|共|累计|依申请|(?<!许|认)可|以[^，。以]{1,10}为(单位|基数))$/,
  /(分别)?(由|从)((19|20)\d\d年(底|末)?的?|目前的?|现在的?|当前的?|现有的?)?$/,
  // the base of a change, before the bare year below takes the year and leaves 比/较
  /(比|较)(上届|上一届|上年|上一年|基期|(19|20)\d\d年(底|末)?|[“"]?十[一二三四五]五[”"]?(时期|期间|末|期末|同期)?)$/,
  /(与|同)(19|20)\d\d年(底|末)?(相比|比较)$/,
  /在(19|20)\d\d年(底|末)?的?(水平)?基础上$/,
  /在(上年|上一年|去年)的?(水平)?基础上$/,
  /在现有的?(水平)?基础上$/,
  /(19|20)\d\d年(底|末)?的?$/,
  FREQUENCY_AT_END,
  /(并|且|和|及|与|、|，|,)$/,
];

/** a rate noun a bare percentage may follow with no verb (覆盖率100%), and what must come after it: the clause's end */
export const BARE_RATE_NOUN = /(?:率|比例|比重|占比)$/;
export const BARE_RATE_END = /^(?:[，,。；;]|$)/;

/** 至少 anywhere before the verb: 每年至少组织2次 */
export const AT_LEAST = ['至少', '最少'];
/** a clause naming parts of the total its sentence just counted (完成营造林45万亩，其中人工造林8万亩): its values need no verb */
export const PART_OPENER = '其中';
/** direction verbs that open a clause whose indicator a later value borrows (提高X率，2025年达到85%) */
export const BORROW_VERBS = ['逐步提高', '不断提高', '进一步提高', '提高', '提升', '降低', '扩大', '增加'];
/** words between a bound and its value (不少于有1名) */
export const GLUE_BEFORE_VALUE = ['有', '为', '是', '达到', '达', '在'];
/** a per-capita scope between a bound and its value (不低于每人每年6000元) */
export const PER_CAPITA_GLUE = /(?:每(?:人|户|名|位)(?:每)?(?:年|月|天|日)?|人均)$/;
/** a frequency alone is no subject of a count */
export const FREQUENCY_ONLY = /^(每年|每学期|每学年|每天|每周|每月)$/;
/** units of time whose activity may follow the value (每天1小时体育活动时间) */
export const TIMED_UNITS = new Set(['小时', '分钟']);
/** how far after a qualifying figure (超10亿元的…企业) the figure it qualifies may stand */
export const QUALIFIED_REACH = 24;
/** after a time, a reach that ends the clause (县城30分钟上高速, 县城至各乡镇30分钟通达): the time is the target */
export const REACH_AFTER = /^(?:通达|到达|抵达|可达|直达|上高速)(?:[，,。；;]|$)/;
/** words opening a clause that relate its figure to the one before (占, 高于 …) */
export const RELATIVE_WORDS = ['占', '高于', '低于', '超过'];
/** …unless part of a noun: 占比, 占有率 */
export const NOUN_AFTER_RELATION = '比有';
/** units that count things (名, 所, 个 …), whose object may follow the value */
export const COUNT_UNITS = new Set(['个', '名', '人', '所', '家', '次', '张', '期', '处', '项', '座', '户', '场次', '人次', '县']);

export const phrasingRules: PhraseRule[] = [
  {
    id: 'phrasings/subsumed',
    description: 'a direction-only lead-in to a numeric target of the same indicator is no target of its own',
    examples: [
      { text: '普及健康知识，提升妇女健康素养。妇女健康素养水平提高到27％。', expect: [{ kind: 'numeric', value: 27 }] },
      { text: '5.心理健康素养明显提升。居民心理健康素养水平提升到30%。', expect: [{ kind: 'numeric', value: 30 }] },
      {
        text: '就业人员中的女性比例逐步提高，城镇单位就业人员中的女性比例达到40%左右。',
        expect: [{ kind: 'qualitative', direction: 'up' }, { kind: 'numeric', value: 40, comparator: '~' }],
      },
    ],
  },
  {
    id: 'phrasings/leading-year',
    description: 'a leading 到2025年 is the year, not part of the indicator',
    examples: [
      { text: '到2025年，农村卫生厕所普及率达到85%左右。', expect: [{ indicator: '农村卫生厕所普及率', year: 2025, value: 85 }] },
    ],
  },
  {
    id: 'phrasings/leading-mark',
    description: "a list item's dash, the 在 of a place (not of 在册) and 对 (not of 对象) stand before the indicator, not in it",
    examples: [
      { text: '——5岁以下儿童贫血率控制在10%以下。', expect: [{ indicator: '5岁以下儿童贫血率', value: 10 }] },
      { text: '在册患者规范管理率达到90%以上。', expect: [{ indicator: '在册患者规范管理率', value: 90 }] },
      { text: '2023年底前，市、县两级疾控机构人员编制配备到位率达到95%以上。', expect: [{ indicator: '市、县两级疾控机构人员编制配备到位率', value: 95 }] },
      { text: '高校毕业生就业率始终保持在90%以上。', expect: [{ indicator: '高校毕业生就业率', value: 90 }] },
      { text: '抑郁症治疗率在现有基础上提高40%。', expect: [{ indicator: '抑郁症治疗率', value: 40 }] },
      { text: '城乡居民基础养老金月人均提高到200元。', expect: [{ indicator: '城乡居民基础养老金月人均', value: 200 }] },
      { text: '对居家特殊困难老年人探访关爱率达到100%。', section: '策略措施', expect: [{ indicator: '居家特殊困难老年人探访关爱率', value: 100 }] },
    ],
  },
];

/** joins the values of one list (10％和5％) */
export const LIST_SEP = /^[、和及与或]$/;

/** a place or scope before an indicator that the catalogue match ignores (全市, 我县, 城乡) */
export const SCOPE_PREFIXES = ['全市', '全区', '全县', '全省', '全州', '全盟', '全旗', '全国', '城乡', '我市', '我区', '我县', '我省', '我州', '本市', '本区', '本县'];

/**
 * A lead sentence giving a list its year (到2025年，实现以下目标：): the items after it, which name no year
 * of their own, are for that year. Tested on the clean text (no white space) that ends at the colon;
 * LEAD_YEAR_REACH: how far on (clean characters) its list may run.
 */
export const LEAD_YEAR = /(?:到|至)((?:19|20)\d\d)年[^。；;：:]{0,24}[：:]$/;
export const LEAD_YEAR_REACH = 600;

export const leadYearRules: PhraseRule[] = [
  {
    id: 'phrasings/lead-year',
    description: 'a lead 到2025年，实现以下目标： gives its year to the list items after it',
    examples: [
      {
        text: '到2023年，实现以下目标：\n——孕妇贫血率下降至13%以下。\n到2025年，实现以下目标：\n——孕妇贫血率控制在10%以下。',
        expect: [{ value: 13, year: 2023 }, { value: 10, year: 2025 }],
      },
      { text: '到2025年，实现以下目标：\n1.孕妇贫血率下降至13%以下。', section: '策略措施', expect: [{ value: 13, year: 2025 }] },
      { text: '具体目标如下：\n1.孕妇贫血率下降至13%以下。', expect: [{ value: 13, year: 2025 }] },
    ],
  },
];
