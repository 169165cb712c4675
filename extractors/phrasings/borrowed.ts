// 提高农村卫生厕所普及率，2025年达到85%左右: a value without an indicator takes that of the clause before.
// The engine (extractors/numeric.ts) applies this phrasing while it resolves a list's indicator.
import type { Phrasing } from '../phrasing.ts';

export const borrowed: Phrasing = {
  meta: {
    id: 'numeric/borrowed',
    kind: 'numeric',
    description: 'a value with no indicator of its own takes the indicator of the clause before (its direction verb dropped)',
  },
  examples: {
    valid: [
      {
        text: '提高农村卫生厕所普及率，2025年达到85%左右。',
        expect: [{ indicator: '农村卫生厕所普及率', value: 85, comparator: '~', year: 2025, rule: 'numeric/borrowed' }],
      },
      { text: '2020年全县建成儿童之家156个，到2025年达到200个以上。', section: '策略措施', expect: [
        { kind: 'baseline', value: 156, year: 2020, indicator: '全县儿童之家' },
        { kind: 'numeric', value: 200, comparator: '>=', year: 2025, indicator: '全县儿童之家' },
      ] },
    ],
    invalid: [{ text: '农村卫生厕所普及率达到85%左右。', expect: [{ indicator: '农村卫生厕所普及率', rule: 'numeric/level' }] }],
  },
};
