// 2020年，全市孕产妇住院分娩率达到100%: an explicit year before the plan period makes a figure a past one.
import type { TensePhrasing } from '../phrasing.ts';

export const pastYear: TensePhrasing = {
  meta: { id: 'baseline/past-year', kind: 'baseline', description: 'an explicit year before the plan period makes a figure a baseline of that year' },
  holds: (site) => site.year !== null && site.period !== null && site.year < site.period[0],
  examples: {
    valid: [
      { text: '2020年，全市孕产妇住院分娩率达到100%。', section: '策略措施', expect: [{ kind: 'baseline', value: 100, year: 2020, rule: 'baseline/past-year' }] },
    ],
    invalid: [{ text: '到2025年，孕产妇住院分娩率达到100%。', section: '策略措施', expect: [{ kind: 'numeric', value: 100, year: 2025 }] }],
  },
};
