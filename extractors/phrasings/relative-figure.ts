// a clause opening with 占/高于 relates its figure to the one before.
// The engine (extractors/numeric.ts) applies this phrasing while it resolves a list's indicator.
import type { Phrasing } from '../phrasing.ts';

export const relativeFigure: Phrasing = {
  meta: {
    id: 'numeric/relative-figure',
    kind: 'numeric',
    description: 'a clause opening with 占/高于/低于 relates its figure to the one before; 其中 names a part of it',
  },
  examples: {
    valid: [
      {
        text: '女性就业人数达到10万人，占就业总人数45%以上。',
        expect: [
          { value: 10, unit: '万人', indicator: '女性就业人数', rule: 'numeric/level' },
          { value: 45, unit: '%', comparator: '>=', indicator: '女性就业人数占就业总人数比例', rule: 'numeric/relative-figure' },
        ],
      },
      {
        // a verb after the reference (的比重为) ends it
        text: '文化产业增加值达到30亿元，占地区生产总值的比重达到5%。',
        expect: [
          { value: 30, unit: '亿元', indicator: '文化产业增加值' },
          { value: 5, unit: '%', indicator: '文化产业增加值占地区生产总值的比重', rule: 'numeric/relative-figure' },
        ],
      },
    ],
    invalid: [],
  },
};
