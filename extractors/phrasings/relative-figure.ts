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
    ],
    invalid: [],
  },
};
