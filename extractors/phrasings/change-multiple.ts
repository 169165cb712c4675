// 是2015年的2.9倍, 是“十二五”时期的1.7倍: a figure given as a multiple of an earlier one.
import { MULTIPLE_OF } from '../../rules/change.ts';
import type { ValuePhrasing } from '../phrasing.ts';

export const changeMultiple: ValuePhrasing = {
  meta: {
    id: 'change/multiple',
    kind: 'numeric',
    description: 'N倍 after 是…的 naming an earlier year or period: a change up from that base, not a level',
  },
  read(site) {
    if (site.tok.unit !== '倍') return null;
    // only the few characters before the value: 是2015年的 ends right at it
    const m = MULTIPLE_OF.exec(site.s.slice(Math.max(site.segment, site.tok.start - 14), site.tok.start));
    if (!m) return null;
    return { change: { base_year: m[1] ? Number(m[1]) : null, per_year: false }, direction: 'up' };
  },
  examples: {
    valid: [
      {
        text: '2020年，全市技术合同成交额达到120亿元，是2015年的2.5倍。',
        expect: [
          { kind: 'baseline', value: 120, unit: '亿元' },
          { kind: 'baseline', value: 2.5, unit: '倍', year: 2020, direction: 'up', change: { base_year: 2015, per_year: false }, rule: 'change/multiple' },
        ],
      },
    ],
    invalid: [{ text: '每千人口执业医师数达到3.2人，接近全国平均水平的1.2倍。', section: '发展现状', expect: [{ kind: 'baseline', value: 3.2 }, { kind: 'baseline', value: 1.2, change: null }] }],
  },
};
