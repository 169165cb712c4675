// Figures of the situation section (发展现状, 发展基础) are what was achieved, of the year before the plan.
import type { TensePhrasing } from '../phrasing.ts';

export const situation: TensePhrasing = {
  meta: { id: 'baseline/situation', kind: 'baseline', description: 'figures of the situation section are baselines of the year before the plan' },
  holds: (site) => site.context.section === '发展现状',
  examples: {
    valid: [
      {
        text: '第七次人口普查数据显示，朔州市常住人口159.34万人，其中女性76.74万人，占48.16%。',
        section: '发展现状',
        expect: [
          { kind: 'baseline', value: 159.34, unit: '万人', year: 2020, rule: 'baseline/situation' },
          { kind: 'baseline', value: 76.74, unit: '万人', year: 2020 },
          { kind: 'baseline', value: 48.16, unit: '%', year: 2020 },
        ],
      },
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
    invalid: [{ text: '常住人口中女性比例保持在48%左右。', section: '主要目标', expect: [{ kind: 'numeric', value: 48 }] }],
  },
};
