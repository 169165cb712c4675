// 已达到, 达到了, 五年来, 截至: words of the clause that make a figure a past one.
import { PAST_MARKERS, PAST_SENTENCE_MARKERS, PREVIOUS_YEAR_CHANGE } from '../../rules/baseline.ts';
import { sentenceBefore, type TensePhrasing, type ValueSite } from '../phrasing.ts';

/** a figure of an annual plan's own year outside its review: 比上年 names that plan's change, a target */
function annualTarget(site: ValueSite): boolean {
  const p = site.period;
  return p !== null && p[0] === p[1] && (site.year === null || site.year === p[0]) && site.context.section !== '发展现状';
}


export const pastMarker: TensePhrasing = {
  meta: { id: 'baseline/past-marker', kind: 'baseline', description: '已…, …了, 五年来, 截至 before the value: a past figure, of the year before the plan' },
  holds: (site) => {
    const before = site.s.slice(site.segment, site.tok.start);
    return PAST_MARKERS.test(before) || PAST_SENTENCE_MARKERS.test(sentenceBefore(site)) || (PREVIOUS_YEAR_CHANGE.test(before) && !annualTarget(site));
  },
  examples: {
    valid: [
      { text: '全市住院分娩率已达到99%。', section: '策略措施', expect: [{ kind: 'baseline', value: 99, year: 2020, rule: 'baseline/past-marker' }] },
      { text: '近年来，全市婴儿死亡率降至3.5‰。', expect: [{ kind: 'baseline', value: 3.5, year: 2020, rule: 'baseline/past-marker' }] },
      { text: '全市新建了12所普惠性幼儿园。', section: '策略措施', expect: [{ kind: 'baseline', value: 12, unit: '所', rule: 'baseline/past-marker' }] },
      // a figure without a verb, then its change on the year before: the figure is missed and the change takes 比上年 as its indicator
      {
        text: '婴儿死亡率4.2‰，比上年下降0.3个千分点。',
        section: '策略措施',
        expect: [
          { kind: 'baseline', value: 4.2, unit: '‰', indicator: '婴儿死亡率' },
          { kind: 'baseline', value: 0.3, indicator: '婴儿死亡率' },
        ],
        notSupported: true,
      },
      {
        text: '截至2023年底，全市共有托育机构120家。',
        section: 'other',
        expect: [{ kind: 'baseline', value: 120, unit: '家', year: 2023, rule: 'baseline/past-marker' }],
      },
    ],
    invalid: [{ text: '老城区和已建成居住区每千人口不少于8个托位。', section: '策略措施', expect: [{ kind: 'numeric', value: 8, unit: '个' }] }],
  },
};
