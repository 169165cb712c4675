// Phrasing of indicators: measured nouns, group nouns, words around an indicator that are not part of it.
import type { PhraseRule } from '../model/examples.ts';

/** nouns that make a phrase a measured indicator (率, 比例 …) */
export const INDICATOR_NOUNS: string[] = [
  '率', '比例', '比重', '占比', '人数', '数量', '规模', '年限', '寿命', '差距', '素养水平', '覆盖面', '普及水平',
  '巩固水平', '心理健康水平', '托位数', '人口', '床位', '面积', '时间', '密度', '指数',
];

/** groups an indicator is measured on; the measured head starts after them */
export const GROUP_NOUNS: string[] = [
  '儿童', '新生儿', '婴儿', '婴幼儿', '妇女', '孕产妇', '女性', '学生', '小学生', '初中生', '高中生', '中小学生',
  '青少年', '女职工', '女干部', '女党员', '人群',
];

/** a frequency closing the words before a verb (X每年降低): not part of the indicator, unless a counted object follows */
export const FREQUENCY_AT_END = /(每年|每学期|每学年|每天|每周|每月)$/;

/** provision verbs that define what is counted: kept in the indicator before their object (新建、改扩建40所幼儿园) */
export const FLOW_VERBS: string[] = ['新建、改扩建', '新建', '改扩建', '迁建', '扩建', '培养输送', '培养', '输送'];

/** verbs of holding events: kept between a named organiser and what it holds (站点每年组织2次家庭教育指导) */
export const EVENT_VERBS: string[] = ['组织', '举办', '开展'];

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
  /^在[^，。]{1,16}?(前提下|基础上|过程中|工作中)/,
  /^(力争)?(到|至|在|于)?20\d\d年(底|末|前)?(，|,)?/,
  /^(力争|争取|努力|其中|同时|并且|而且|以及|应当|应该|需要|至少|最少|继续|推动|推进|促进|确保|保证|保障(?!性)|实现|相关(?!性)|、|，|,)/,
  // 政府在每个乡镇…: a distributive scope (每个, 每所) opens the indicator
  /^[^，。；、]{1,12}?在(?=每)/,
  /^于(?!是)(?=.{4})/,
  // one-character words only where they do not open a longer word (应急, 和谐, 及时, 了解, 均衡)
  /^(并(?!轨)|且|和(?!谐)|及(?!时|早)|与|的(?!确)|了(?!解)|要(?!素|求|点|件)|均(?!衡|等)|都(?!市)|也|还(?!款)|让|把)/,
  /^(到|至)?[“"]?十[一二三四五]五[”"]?(末|期末|时期|期间|时期内|期内)?/,
  /^(规划|纲要)?(期|期间|周期内|期内)(，|,)?/,
  /^(我省|我市|我州|我县|我区)/,
  /^(按照|依照|在)(?!校|园|职|岗|读|学|业|孕|婚|家)(?=.{4})/,
];

/** what may stand after an indicator before the verb and is not part of it */
export const TRAILING_JUNK: RegExp[] = [
  /(?<=^[^“"]*)[”"]$/,
  /(已经|已|继续|持续|稳步|逐步|进一步|力争|争取|努力|基本|至少|最少|均要|均应|要|应|均|都|各|分别|一般|原则上|以[^，。以]{1,10}为(单位|基数))$/,
  /(分别)?(由|从)((19|20)\d\d年(底|末)?的?)?$/,
  /(19|20)\d\d年(底|末)?的?$/,
  FREQUENCY_AT_END,
  /(并|且|和|及|与|、|，|,)$/,
  /比(上届|上一届|上年|上一年|基期|(19|20)\d\d年(底|末)?)$/,
];

export const phrasingRules: PhraseRule[] = [
  {
    id: 'phrasings/shared-head',
    description: 'a measured head shared by several groups gives one indicator per value',
    examples: [
      {
        text: '5岁儿童贫血率和生长迟缓率分别控制在10％和5％以下。',
        expect: [
          { value: 10, indicator: '5岁儿童贫血率', comparator: '<=' },
          { value: 5, indicator: '5岁儿童生长迟缓率', comparator: '<=' },
        ],
      },
    ],
  },
  {
    id: 'phrasings/jun',
    description: '均 over two named indicators gives one record each; one indicator word shared by groups stays one',
    examples: [
      {
        text: '3岁以下和7岁以下儿童系统管理率均保持在93％以上。',
        section: '策略措施',
        expect: [
          { value: 93, indicator: '3岁以下儿童系统管理率' },
          { value: 93, indicator: '7岁以下儿童系统管理率' },
        ],
      },
      {
        text: '孕产妇艾滋病、梅毒和乙肝检测率达到95％以上。',
        section: '策略措施',
        expect: [{ value: 95, indicator: '孕产妇艾滋病、梅毒和乙肝检测率' }],
      },
    ],
  },
  {
    id: 'phrasings/counted-object',
    description: 'a count names what it counts after the value; the indicator is subject and object',
    examples: [
      {
        text: '每个县（市、区）至少建设1所政府举办的标准化妇幼保健机构。',
        section: '策略措施',
        expect: [{ value: 1, unit: '所', comparator: '>=', indicator: '每个县（市、区）政府举办的标准化妇幼保健机构' }],
      },
      { text: '2020年全县建成儿童之家156个，到2025年达到200个以上。', section: '策略措施', expect: [
        { kind: 'baseline', value: 156, year: 2020, indicator: '全县儿童之家' },
        { kind: 'numeric', value: 200, comparator: '>=', year: 2025, indicator: '全县儿童之家' },
      ] },
    ],
  },
  {
    id: 'phrasings/share-of',
    description: 'N%的X…: the share is of the noun after 的',
    examples: [
      { text: '全省80%以上的县通过国家评估认定。', section: '策略措施', expect: [{ value: 80, comparator: '>=', verb: '通过', indicator: '全省县通过国家评估认定的比例' }] },
      {
        text: '95%的城市社区和85%的农村社区（村）建立家长学校或家庭教育指导服务站点。',
        expect: [
          { value: 95, indicator: '城市社区建立家长学校或家庭教育指导服务站点的比例' },
          { value: 85, indicator: '农村社区（村）建立家长学校或家庭教育指导服务站点的比例' },
        ],
      },
      { text: '促进70%的妇女在35—45岁接受高效宫颈癌筛查。', section: '策略措施', expect: [{ value: 70, indicator: '妇女在35—45岁接受高效宫颈癌筛查的比例' }] },
    ],
  },
  {
    id: 'phrasings/counted-verb',
    description: 'a verb that defines what is counted (新建, 改扩建, 培养输送), or ties a named organiser to its events (组织, 举办), stays in the indicator; provision verbs (设, 配备, 建有) do not',
    examples: [
      { text: '新建、改扩建40所幼儿园。', section: '策略措施', expect: [{ value: 40, unit: '所', indicator: '新建、改扩建幼儿园' }] },
      { text: '每年定向培养输送200名技术技能人才。', section: '策略措施', expect: [{ value: 200, unit: '名', indicator: '每年定向培养输送技术技能人才' }] },
      { text: '县级每年至少举办2期养老服务从业人员培训班。', section: '策略措施', expect: [{ value: 2, unit: '期', comparator: '>=', indicator: '县级每年举办养老服务从业人员培训班' }] },
      { text: '每年举办1次纲要统计监测业务培训。', section: 'other', expect: [{ value: 1, unit: '次', indicator: '纲要统计监测业务培训' }] },
      { text: '市、县至少设有1个危重新生儿救治中心。', section: '策略措施', expect: [{ value: 1, comparator: '>=', indicator: '市、县危重新生儿救治中心' }] },
      { text: '每个行政村至少有1所承担基本医疗卫生服务的村卫生室。', section: '策略措施', expect: [{ value: 1, indicator: '每个行政村承担基本医疗卫生服务的村卫生室' }] },
    ],
  },
  {
    id: 'phrasings/counted-chain',
    description: 'later counts of a clause share what stands before the first object; a relative clause closed by 的 stays in the object; a later clause keeps a distributive subject (每所…)',
    examples: [
      {
        text: '至少建有1个智慧养老院或智慧养老社区、1所县级特困人员供养服务设施。',
        section: '策略措施',
        expect: [
          { value: 1, unit: '个', indicator: '智慧养老院或智慧养老社区' },
          { value: 1, unit: '所', indicator: '县级特困人员供养服务设施' },
        ],
      },
      {
        text: '家长学校、家庭教育指导服务站点每年至少组织2次家庭教育指导和2次家庭教育实践活动。',
        section: '策略措施',
        expect: [
          { value: 2, indicator: '家长学校、家庭教育指导服务站点每年组织家庭教育指导' },
          { value: 2, indicator: '家长学校、家庭教育指导服务站点每年组织家庭教育实践活动' },
        ],
      },
      {
        text: '每所乡镇卫生院、社区卫生服务中心至少配备1名提供规范儿童基本医疗服务的全科医生，至少配备2名专业从事儿童保健的医生。',
        section: '策略措施',
        expect: [
          { value: 1, indicator: '每所乡镇卫生院、社区卫生服务中心提供规范儿童基本医疗服务的全科医生' },
          { value: 2, indicator: '每所乡镇卫生院、社区卫生服务中心专业从事儿童保健的医生' },
        ],
      },
      { text: '每个社区（村）配备1名儿童主任并提高服务能力。', section: '策略措施', expect: [{ value: 1, indicator: '每个社区（村）儿童主任' }] },
      {
        text: '在新建居住区按照每千人口不少于10个托位规划、建设婴幼儿照护服务设施。',
        section: '策略措施',
        expect: [{ value: 10, unit: '个', comparator: '>=', indicator: '新建居住区每千人口托位' }],
      },
      { text: '在有条件的乡镇（街道）建立青少年法治宣传教育实践基地1个。', section: '策略措施', expect: [{ value: 1, indicator: '有条件的乡镇（街道）青少年法治宣传教育实践基地' }] },
    ],
  },
  {
    id: 'phrasings/parallel-groups',
    description: 'values for several groups in one clause: each group takes the measured words of the clause',
    examples: [
      {
        text: '确保小学生每天睡眠10个小时、初中生9个小时、高中生8个小时。',
        section: '策略措施',
        expect: [
          { value: 10, indicator: '小学生每天睡眠' },
          { value: 9, indicator: '初中生每天睡眠' },
          { value: 8, indicator: '高中生每天睡眠' },
        ],
      },
      {
        text: '保证每天小学生10小时、初中生9小时、高中生8小时睡眠时间。',
        section: '策略措施',
        expect: [
          { value: 10, indicator: '小学生每天睡眠时间' },
          { value: 9, indicator: '初中生每天睡眠时间' },
          { value: 8, indicator: '高中生每天睡眠时间' },
        ],
      },
      { text: '保障儿童每天校内外各1小时体育活动时间。', section: '策略措施', expect: [{ value: 1, unit: '小时', indicator: '儿童每天校内外体育活动时间' }] },
    ],
  },
  {
    id: 'phrasings/shared-subject',
    description: 'a short measured noun later in a sentence shares the subject of the indicator before it (per-capita scope, shared words)',
    examples: [
      {
        text: '每千名儿童拥有儿科执业（助理）医生达1.12名、床位增至3.17张。',
        section: '策略措施',
        expect: [
          { value: 1.12, indicator: '每千名儿童拥有儿科执业（助理）医生' },
          { value: 3.17, indicator: '每千名儿童拥有床位' },
        ],
      },
      {
        text: '中小学生对《国家学生体质健康标准》达标率提高到98%以上，优良达标率达到60%以上。',
        expect: [
          { value: 98, indicator: '中小学生对《国家学生体质健康标准》达标率' },
          { value: 60, indicator: '中小学生对《国家学生体质健康标准》优良达标率' },
        ],
      },
      {
        text: '5岁以下儿童生长迟缓率控制在5%以下，低体重率降低到3%以下。',
        expect: [
          { value: 5, indicator: '5岁以下儿童生长迟缓率' },
          { value: 3, indicator: '5岁以下儿童低体重率' },
        ],
      },
      {
        text: '小学生近视率降至38%以下，初中生降至60%以下。',
        expect: [
          { value: 38, indicator: '小学生近视率' },
          { value: 60, indicator: '初中生近视率' },
        ],
      },
      {
        text: '全县建成标准化儿童之家120个，覆盖率达到95%。',
        section: '策略措施',
        expect: [
          { value: 120, indicator: '全县标准化儿童之家' },
          { value: 95, indicator: '全县标准化儿童之家覆盖率' },
        ],
      },
      {
        text: '儿童新发近视率明显下降，总体近视率每年降低0.5个百分点以上。',
        expect: [{ kind: 'qualitative' }, { kind: 'numeric', value: 0.5, indicator: '儿童总体近视率' }],
      },
      // …not from a clause about another measure
      {
        text: '妇女经常参加体育锻炼的人数持续增加，体育人口占比达到50%以上。',
        expect: [{ kind: 'qualitative' }, { kind: 'numeric', value: 50, indicator: '体育人口占比' }],
      },
      // separate indicators of one sentence stay apart
      {
        text: '婴儿死亡率下降到5‰，孕产妇死亡率控制在12/10万以下。',
        expect: [
          { value: 5, indicator: '婴儿死亡率' },
          { value: 12, indicator: '孕产妇死亡率' },
        ],
      },
      {
        text: '学前三年毛入园率达到96％，普惠性幼儿园覆盖率达到85％。',
        expect: [
          { value: 96, indicator: '学前三年毛入园率' },
          { value: 85, indicator: '普惠性幼儿园覆盖率' },
        ],
      },
    ],
  },
  {
    id: 'phrasings/relative-figure',
    description: 'a clause opening with 占/高于 relates its figure to the one before; 其中 names a part of it',
    examples: [
      {
        text: '城乡居民基本养老保险参保人数92.53万人，其中女性参保人数42.56万人，占城乡居民基本养老保险参保总人数46%。',
        section: '发展现状',
        expect: [
          { kind: 'baseline', value: 92.53, indicator: '城乡居民基本养老保险参保人数' },
          { kind: 'baseline', value: 42.56, indicator: '城乡居民基本养老保险女性参保人数' },
          { kind: 'baseline', value: 46, indicator: '女性参保人数占城乡居民基本养老保险参保总人数比例' },
        ],
      },
      {
        text: '普惠性幼儿园覆盖率85.51%，高于全省0.68个百分点。',
        section: '发展现状',
        expect: [
          { kind: 'baseline', value: 85.51, indicator: '普惠性幼儿园覆盖率' },
          { kind: 'baseline', value: 0.68, unit: '个百分点', indicator: '普惠性幼儿园覆盖率高于全省' },
        ],
      },
    ],
  },
  {
    id: 'phrasings/places-respectively',
    description: '分别 over places sharing one head: 城市社区和行政村X分别达90%和80% gives 城市社区X and 行政村X',
    examples: [
      {
        text: '城市社区和行政村家长学校或家庭教育指导服务点分别达90％和80％。',
        expect: [
          { value: 90, indicator: '城市社区家长学校或家庭教育指导服务点' },
          { value: 80, indicator: '行政村家长学校或家庭教育指导服务点' },
        ],
      },
      {
        text: '城市和农村儿童之家覆盖率分别达到95%和90%。',
        expect: [
          { value: 95, indicator: '城市儿童之家覆盖率' },
          { value: 90, indicator: '农村儿童之家覆盖率' },
        ],
      },
      // values of different units after 分别 are still one list
      {
        text: '孕产妇死亡率和婴儿死亡率分别控制在10/10万和5‰以下。',
        expect: [
          { value: 10, unit: '1/10万', comparator: '<=', indicator: '孕产妇死亡率' },
          { value: 5, unit: '‰', comparator: '<=', indicator: '婴儿死亡率' },
        ],
      },
    ],
  },
  {
    id: 'phrasings/deadline',
    description: 'a deadline names what is due after it; bound words inside an indicator are dropped',
    examples: [
      { text: '区规划颁布后1个月内报送市妇儿工委办公室。', section: 'other', expect: [{ value: 1, unit: '个月', comparator: '<=', indicator: '区规划颁布后报送市妇儿工委办公室' }] },
      { text: '中小学生每学年至少免费视力检查1次。', section: '策略措施', expect: [{ value: 1, unit: '次', indicator: '中小学生每学年免费视力检查' }] },
    ],
  },
  {
    id: 'phrasings/subsumed',
    description: 'a direction-only lead-in to a numeric target of the same indicator is no target of its own',
    examples: [
      { text: '普及健康知识，提升妇女健康素养。妇女健康素养水平提高到27％。', expect: [{ kind: 'numeric', value: 27 }] },
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
];
