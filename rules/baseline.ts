// Baselines: past figures (发展现状, 2020年…达到, 已…) and base years that are not target years.
import type { PhraseRule } from './types.ts';

/** words in the clause before a value that make it a past figure */
export const PAST_MARKERS: RegExp = /已经?(达到|达|提高|提升|下降|降低|降至|降到|增至|增加|增长|实现|超过)|五年来|十年来|过去[五十]年|截至|截止/;

/** after 20XX年: the year is a base of comparison, not the target year */
export const BASE_YEAR_AFTER: string[] = ['为基数', '基数', '的基数', '为基准', '基础上', '水平'];

export const baselineRules: PhraseRule[] = [
  {
    id: 'baseline/situation',
    description: 'figures of the situation section are baselines of the year before the plan',
    examples: [
      {
        text: '第七次人口普查数据显示，朔州市常住人口159.34万人，其中女性76.74万人，占48.16%。',
        section: '发展现状',
        expect: [
          { kind: 'baseline', value: 159.34, unit: '万人', year: 2020 },
          { kind: 'baseline', value: 76.74, unit: '万人', year: 2020 },
          { kind: 'baseline', value: 48.16, unit: '%', year: 2020 },
        ],
      },
    ],
  },
  {
    id: 'baseline/from-to',
    description: '由X下降到Y: X is the start of the past period, Y its end',
    examples: [
      {
        text: '五年来，我市婴儿死亡率由3.13%下降到2.62%。',
        section: '发展现状',
        expect: [
          { kind: 'baseline', value: 3.13, year: 2015 },
          { kind: 'baseline', value: 2.62, year: 2020 },
        ],
      },
    ],
  },
  {
    id: 'baseline/past-year',
    description: 'an explicit year before the plan period makes a figure a baseline',
    examples: [
      { text: '2020年，全市孕产妇住院分娩率达到100%。', section: '策略措施', expect: [{ kind: 'baseline', value: 100, year: 2020 }] },
      { text: '到2025年，孕产妇住院分娩率达到100%。', section: '策略措施', expect: [{ kind: 'numeric', value: 100, year: 2025 }] },
      { text: '全市住院分娩率已达到99%。', section: '策略措施', expect: [{ kind: 'baseline', value: 99, year: 2020 }] },
      { text: '老城区和已建成居住区每千人口不少于8个托位。', section: '策略措施', expect: [{ kind: 'numeric', value: 8, unit: '个' }] },
    ],
  },
];
