// Phrasing of indicators: measured nouns, group nouns, words around an indicator that are not part of it.
import type { PhraseRule } from './types.ts';

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

/** what may stand before an indicator and is not part of it */
export const LEADING_JUNK: RegExp[] = [
  /^[“"](?=[^”"]+[”"]$)/,
  /^在[^，。]{1,16}?(前提下|基础上|过程中|工作中)/,
  /^(力争)?(到|至|在|于)?20\d\d年(底|末|前)?(，|,)?/,
  /^(力争|争取|努力|其中|同时|并且|而且|以及|应当|应该|需要|至少|最少|推动|推进|促进|确保|保证|实现|、|，|,)/,
  // one-character words only where they do not open a longer word (应急, 和谐, 及时, 了解, 均衡)
  /^(并(?!轨)|且|和(?!谐)|及(?!时|早)|与|的(?!确)|了(?!解)|要(?!素|求|点|件)|均(?!衡|等)|都(?!市)|也|还(?!款)|让|把)/,
  /^(到|至)?[“"]?十[一二三四五]五[”"]?(末|期末|时期|期间|时期内|期内)?/,
  /^(规划|纲要)?(期|期间|周期内|期内)(，|,)?/,
  /^(我省|我市|我州|我县|我区)/,
  /^(按照|依照|对|在)(?!校|园|职|岗|读|学|业|孕|婚|家)(?=.{4})/,
];

/** what may stand after an indicator before the verb and is not part of it */
export const TRAILING_JUNK: RegExp[] = [
  /(?<=^[^“"]*)[”"]$/,
  /(已经|已|继续|持续|稳步|逐步|进一步|力争|争取|努力|基本|至少|最少|均要|均应|要|应|均|都|各|分别|一般|原则上|以[^，。以]{1,10}为(单位|基数))$/,
  /(分别)?(由|从)((19|20)\d\d年(底|末)?的?)?$/,
  /(19|20)\d\d年(底|末)?的?$/,
  /(每年|每学期|每学年|每天|每周|每月)$/,
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
      { text: '全省80%以上的县通过国家评估认定。', section: '策略措施', expect: [{ value: 80, comparator: '>=', verb: '通过', indicator: '全省县通过国家评估认定' }] },
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
