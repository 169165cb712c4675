// 由X下降到Y in a past statement: X is the figure of the start of the past period, Y of its end.
import type { TensePhrasing } from '../phrasing.ts';
import { pastMarker } from './baseline-past-marker.ts';
import { pastYear } from './baseline-past-year.ts';
import { situation } from './baseline-situation.ts';

/** 由 right before the first value, or before its year: 由2015年的6.2‰ */
const FROM = /由((19|20)\d\d年(底|末)?的?)?$/;

export const fromTo: TensePhrasing = {
  meta: { id: 'baseline/from-to', kind: 'baseline', description: '由X下降到Y in a past statement: X is the start of the past period, Y its end' },
  holds: (site) => FROM.test(site.s.slice(Math.max(0, site.tok.start - 10), site.tok.start)) && (situation.holds(site) || pastYear.holds(site) || pastMarker.holds(site)),
  examples: {
    valid: [
      {
        text: '五年来，我市婴儿死亡率由3.13%下降到2.62%。',
        section: '发展现状',
        expect: [
          { kind: 'baseline', value: 3.13, year: 2015, rule: 'baseline/from-to' },
          { kind: 'baseline', value: 2.62, year: 2020, rule: 'baseline/past-marker' },
        ],
      },
      {
        text: '全省婴儿死亡率和5岁以下儿童死亡率分别由2015年的6.2‰和8.5‰下降到2020年的4.1‰和5.6‰。',
        section: '发展现状',
        expect: [
          { kind: 'baseline', value: 6.2, year: 2015, indicator: '全省婴儿死亡率', rule: 'baseline/from-to' },
          { kind: 'baseline', value: 8.5, year: 2015, indicator: '5岁以下儿童死亡率' },
          { kind: 'baseline', value: 4.1, year: 2020, indicator: '全省婴儿死亡率' },
          { kind: 'baseline', value: 5.6, year: 2020, indicator: '5岁以下儿童死亡率' },
        ],
      },
    ],
    invalid: [{ text: '婴儿死亡率由目前的5‰下降到4‰以下。', expect: [{ kind: 'baseline', value: 5, rule: 'baseline/from-current' }, { kind: 'numeric', value: 4 }] }],
  },
};
