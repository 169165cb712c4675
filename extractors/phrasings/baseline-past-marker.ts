// 已达到, 达到了, 五年来, 截至: words of the clause that make a figure a past one.
import { PAST_MARKERS } from '../../rules/baseline.ts';
import type { TensePhrasing } from '../phrasing.ts';

export const pastMarker: TensePhrasing = {
  meta: { id: 'baseline/past-marker', kind: 'baseline', description: '已…, …了, 五年来, 截至 before the value: a past figure, of the year before the plan' },
  holds: (site) => PAST_MARKERS.test(site.s.slice(site.segment, site.tok.start)),
  examples: {
    valid: [
      { text: '全市住院分娩率已达到99%。', section: '策略措施', expect: [{ kind: 'baseline', value: 99, year: 2020, rule: 'baseline/past-marker' }] },
      { text: '全市新建了12所普惠性幼儿园。', section: '策略措施', expect: [{ kind: 'baseline', value: 12, unit: '所', rule: 'baseline/past-marker' }] },
    ],
    invalid: [{ text: '老城区和已建成居住区每千人口不少于8个托位。', section: '策略措施', expect: [{ kind: 'numeric', value: 8, unit: '个' }] }],
  },
};
