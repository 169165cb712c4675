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
  /^在[^，。]{1,16}?(前提下|基础上|过程中|工作中)/,
  /^(力争)?(到|至|在|于)?20\d\d年(底|末|前)?(，|,)?/,
  /^(力争|争取|努力|其中|同时|并且|并|且|而且|以及|和|及|与|、|，|,|要|应|均|都|也|还|使|让|将|把|推动|推进|促进|确保|保证|实现)/,
  /^(到|至)?[“"]?十[一二三四五]五[”"]?(末|期末|时期)?/,
  /^(我省|我市|我州|我县|我区)/,
  /^(按照|依照|对|在)(?!校|园|职|岗|读|学|业|孕|婚|家)(?=.{4})/,
];

/** what may stand after an indicator before the verb and is not part of it */
export const TRAILING_JUNK: RegExp[] = [
  /(继续|持续|稳步|逐步|进一步|力争|争取|努力|基本|至少|最少|均要|均应|要|应|均|都|各|分别|一般|原则上|以乡（镇、街道）为单位|以乡\(镇、街道\)为单位|以县为单位|以2020年为基数|以\d{4}年为基数)$/,
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
    id: 'phrasings/leading-year',
    description: 'a leading 到2025年 is the year, not part of the indicator',
    examples: [
      { text: '到2025年，农村卫生厕所普及率达到85%左右。', expect: [{ indicator: '农村卫生厕所普及率', year: 2025, value: 85 }] },
    ],
  },
];
