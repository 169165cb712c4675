// 每年降低0.5个百分点, 年均增长7.5%: a change by an amount each year.
import { baseYear, changeVerb, perYear } from '../change.ts';
import type { ValuePhrasing } from '../phrasing.ts';

export const changePerYear: ValuePhrasing = {
  meta: {
    id: 'change/per-year',
    kind: 'numeric',
    description: '每年/年均 before a change verb that the amount follows directly: a change per year, base year if named',
  },
  read(site) {
    const direction = changeVerb(site);
    if (direction === null || !perYear(site)) return null;
    return { change: { base_year: baseYear(site) ?? null, per_year: true }, direction };
  },
  examples: {
    valid: [
      {
        text: '儿童青少年总体近视率每年降低0.5个百分点以上。',
        expect: [{ value: 0.5, unit: '个百分点', comparator: '>=', direction: 'down', change: { base_year: null, per_year: true }, rule: 'change/per-year' }],
      },
      {
        text: '全市托位数年均增长7.5%。',
        expect: [{ value: 7.5, unit: '%', comparator: '=', direction: 'up', change: { base_year: null, per_year: true }, rule: 'change/per-year' }],
      },
      // a range of change: the change names the record, the range gives its upper end
      {
        text: '总体近视率每年降低0.5到1个百分点。',
        expect: [{ value: 0.5, upper: 1, unit: '个百分点', change: { base_year: null, per_year: true }, rule: 'change/per-year' }],
      },
      {
        text: '儿童新发近视率明显下降，总体近视率每年降低0.5个百分点以上。',
        expect: [{ kind: 'qualitative' }, { kind: 'numeric', value: 0.5, indicator: '儿童总体近视率', rule: 'change/per-year' }],
      },
      {
        text: '每年市级就业补助资金投入增长5%以上。',
        section: '策略措施',
        expect: [{ value: 5, unit: '%', comparator: '>=', direction: 'up', change: { base_year: null, per_year: true }, rule: 'change/per-year' }],
      },
      {
        text: '地区生产总值年均增长6.5%左右。',
        expect: [{ indicator: '地区生产总值', value: 6.5, comparator: '~', direction: 'up', change: { base_year: null, per_year: true }, rule: 'change/per-year' }],
      },
    ],
    invalid: [
      // a level reached each year is no change
      { text: '每年新增托位数达到500个。', section: '策略措施' },
      { text: '总体近视率降至40%以下。' },
    ],
  },
};
