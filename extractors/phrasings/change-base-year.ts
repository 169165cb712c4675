// 以2020年为基数下降20%, 较2020年下降20%, 比2020年降低3个百分点, 在2020年基础上提高1岁左右.
import { baseYear, changeVerb } from '../change.ts';
import type { ValuePhrasing } from '../phrasing.ts';

export const changeBaseYear: ValuePhrasing = {
  meta: {
    id: 'change/base-year',
    kind: 'numeric',
    description: 'a change verb followed directly by its amount, measured from a base year named before it; the target year stays the plan’s',
  },
  read(site) {
    const direction = changeVerb(site);
    if (direction === null) return null;
    const base = baseYear(site);
    if (typeof base !== 'number') return null;
    return { change: { base_year: base, per_year: false }, direction };
  },
  examples: {
    valid: [
      {
        text: '儿童伤害死亡率以2020年为基数下降20%。',
        expect: [{ indicator: '儿童伤害死亡率', value: 20, unit: '%', comparator: '=', direction: 'down', change: { base_year: 2020, per_year: false }, year: 2025, rule: 'change/base-year' }],
      },
      {
        text: '儿童青少年总体近视率较2020年下降15%。',
        expect: [{ indicator: '儿童青少年总体近视率', value: 15, unit: '%', direction: 'down', change: { base_year: 2020, per_year: false }, rule: 'change/base-year' }],
      },
      {
        text: '孕产妇贫血患病率比2020年降低3个百分点。',
        expect: [{ indicator: '孕产妇贫血患病率', value: 3, unit: '个百分点', direction: 'down', change: { base_year: 2020, per_year: false }, rule: 'change/base-year' }],
      },
      {
        text: '人均预期寿命在2020年基础上提高1岁左右。',
        expect: [{ indicator: '人均预期寿命', value: 1, unit: '岁', comparator: '~', direction: 'up', change: { base_year: 2020, per_year: false }, rule: 'change/base-year' }],
      },
      {
        text: '到2030年，儿童伤害死亡率与2020年相比下降20%。',
        expect: [{ indicator: '儿童伤害死亡率', value: 20, year: 2030, change: { base_year: 2020, per_year: false }, rule: 'change/base-year' }],
      },
    ],
    invalid: [
      // a level to reach, with the base year only as context
      { text: '以2020年为基数，儿童伤害死亡率下降到10/10万以下。', expect: [{ value: 10, change: null }] },
      { text: '孕产妇死亡率下降到12/10万以下。' },
    ],
  },
};
