// 增长8%, 下降20%: a change by an amount, with no base named (an annual plan's 增长8% is on the year before).
import { baseYear, changeVerb } from '../change.ts';
import type { ValuePhrasing } from '../phrasing.ts';

export const changeAmount: ValuePhrasing = {
  meta: {
    id: 'change/amount',
    kind: 'numeric',
    description: 'a change verb followed directly by its amount, no base year: a change of that amount (base year null)',
  },
  read(site) {
    const direction = changeVerb(site);
    if (direction === null) return null;
    if (typeof baseYear(site) === 'number') return null;
    return { change: { base_year: null, per_year: false }, direction };
  },
  examples: {
    valid: [
      {
        text: '地区生产总值增长8%左右。',
        expect: [{ value: 8, unit: '%', comparator: '~', direction: 'up', change: { base_year: null, per_year: false }, rule: 'change/amount' }],
      },
      {
        text: '儿童伤害死亡率下降20%。',
        expect: [{ value: 20, unit: '%', direction: 'down', change: { base_year: null, per_year: false }, rule: 'change/amount' }],
      },
      {
        text: '孕产妇死亡率降低三分之一。',
        expect: [{ value: 33.3, unit: '%', direction: 'down', change: { base_year: null, per_year: false }, rule: 'change/amount' }],
      },
      {
        text: '2022年，全市孕产妇死亡率为8.5/10万，比上年下降1.1个十万分点。',
        section: '策略措施',
        expect: [
          { kind: 'baseline', value: 8.5 },
          { kind: 'baseline', indicator: '全市孕产妇死亡率', value: 1.1, unit: '个十万分点', direction: 'down', change: { base_year: 2021, per_year: false }, year: 2022 },
        ],
      },
      {
        // a base named by a period only (较“十三五”同期): the change is that of the figure before
        text: '全市城市消防站总数达120个，较“十三五”同期增长40%。',
        section: '发展现状',
        expect: [
          { kind: 'baseline', value: 120, unit: '个' },
          { kind: 'baseline', indicator: '全市城市消防站总数', value: 40, unit: '%', direction: 'up', change: { base_year: null, per_year: false }, rule: 'change/amount' },
        ],
      },
      {
        text: '全市婴儿死亡率比上年下降0.3个千分点。',
        section: '策略措施',
        // 比上年: from the year before the figure's
        expect: [{ kind: 'baseline', value: 0.3, unit: '个千分点', direction: 'down', change: { base_year: 2019, per_year: false }, year: 2020, rule: 'change/amount' }],
      },
      {
        text: '全市城镇和农村居民人均可支配收入分别增长6%和7.5%。',
        expect: [
          { value: 6, direction: 'up', change: { base_year: null, per_year: false }, rule: 'change/amount' },
          { value: 7.5, direction: 'up', change: { base_year: null, per_year: false }, rule: 'change/amount' },
        ],
      },
    ],
    invalid: [
      { text: '孕产妇死亡率下降到12/10万以下。', expect: [{ value: 12, change: null }] },
      // a level verb with the indicator between verb and value
      { text: '提升普惠性幼儿园占比85%以上。', expect: [{ value: 85, change: null }] },
    ],
  },
};
