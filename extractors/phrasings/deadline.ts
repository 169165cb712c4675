// a deadline names what is due after it.
// The engine (extractors/numeric.ts) applies this phrasing while it resolves a list's indicator.
import type { Phrasing } from '../phrasing.ts';

export const deadline: Phrasing = {
  meta: {
    id: 'numeric/deadline',
    kind: 'numeric',
    description: 'a deadline (1个月内报送) names what is due after it',
  },
  examples: {
    valid: [

      { text: '区规划颁布后1个月内报送市妇儿工委办公室。', section: 'other', expect: [{ value: 1, unit: '个月', comparator: '<=', indicator: '区规划颁布后报送市妇儿工委办公室' }] },
    ],
    invalid: [],
  },
};
