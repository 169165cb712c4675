// A later list of a clause with no indicator of its own keeps the indicators of the list before it.
// The engine (extractors/numeric.ts) applies this phrasing while it resolves a list's indicator.
import type { Phrasing } from '../phrasing.ts';

export const reusedNames: Phrasing = {
  meta: {
    id: 'numeric/reused-names',
    kind: 'numeric',
    description: 'a later list of values in one clause with no indicator words keeps the indicators of the list before it',
  },
  examples: {
    valid: [
      {
        text: '城市和农村儿童之家覆盖率分别从80%和60%提高到95%和90%。',
        expect: [
          { kind: 'baseline', value: 80, indicator: '城市儿童之家覆盖率' },
          { kind: 'baseline', value: 60, indicator: '农村儿童之家覆盖率' },
          { kind: 'numeric', value: 95, indicator: '城市儿童之家覆盖率', rule: 'numeric/reused-names' },
          { kind: 'numeric', value: 90, indicator: '农村儿童之家覆盖率', rule: 'numeric/reused-names' },
        ],
      },
    ],
    invalid: [],
  },
};
