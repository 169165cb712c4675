// Baselines: past figures (发展现状, 2020年…达到, 已…) and base years that are not target years.
import type { PhraseRule } from '../model/examples.ts';

/** words in the clause before a value that make it a past figure */
export const PAST_MARKERS: RegExp =
  /已经?(达到|达|提高|提升|下降|降低|降至|降到|增至|增加|增长|实现|超过)|(达到|建成|建立|新建|增设|完成|实现|开展|举办|下降|降低|提高|提升|增加|培训)了|五年来|十年来|过去[五十]年|截至|截止/;

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
    id: 'baseline/from-to-list',
    description: '分别由A、B下降到C、D: both lists keep the indicators of the first',
    examples: [
      {
        text: '全省婴儿死亡率和5岁以下儿童死亡率分别由2015年的6.2‰和8.5‰下降到2020年的4.1‰和5.6‰。',
        section: '发展现状',
        expect: [
          { kind: 'baseline', value: 6.2, year: 2015, indicator: '全省婴儿死亡率' },
          { kind: 'baseline', value: 8.5, year: 2015, indicator: '5岁以下儿童死亡率' },
          { kind: 'baseline', value: 4.1, year: 2020, indicator: '全省婴儿死亡率' },
          { kind: 'baseline', value: 5.6, year: 2020, indicator: '5岁以下儿童死亡率' },
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
      { text: '全市新建了12所普惠性幼儿园。', section: '策略措施', expect: [{ kind: 'baseline', value: 12, unit: '所' }] },
      { text: '老城区和已建成居住区每千人口不少于8个托位。', section: '策略措施', expect: [{ kind: 'numeric', value: 8, unit: '个' }] },
    ],
  },
];
