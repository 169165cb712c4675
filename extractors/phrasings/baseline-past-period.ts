// “十三五”期间, 十三五以来: a five-year period that ended before the plan's own names past figures.
import { sentenceBefore, type TensePhrasing, type ValueSite } from '../phrasing.ts';

/** 十一五 … 十四五 before the value in its sentence, and the year that period ended */
const PERIOD = /[“"]?十([一二三四五])五[”"]?(时期|期间|以来|末|期末)/g;
const END_YEAR: Record<string, number> = { 一: 2010, 二: 2015, 三: 2020, 四: 2025, 五: 2030 };
/** words that make a named period the base of a change */
const COMPARED = '较比';
/** a plan with no period of its own is read as one of today's, from 2021 */
const TODAY_START = 2021;

/** Each 十X五 named before the value in its sentence: the year it ended, whether 以来 follows, whether 较/比 precedes it. */
function* periodsBefore(site: ValueSite): Generator<{ end: number; since: boolean; compared: boolean }> {
  const before = sentenceBefore(site);
  // a period is 十…五: without 五, no matchAll (and its copy of the regex)
  if (!before.includes('五')) return;
  for (const m of before.matchAll(PERIOD)) {
    yield { end: END_YEAR[m[1]!]!, since: m[2] === '以来', compared: m.index > 0 && COMPARED.includes(before[m.index - 1]!) };
  }
}

/** The end year of the past five-year period named before the value (“十三五”期间 → 2020), or null. */
export function pastPeriodEnd(site: ValueSite): number | null {
  const start = site.period?.[0] ?? TODAY_START;
  // 较“十三五”时期增长30%: the period is the base of a change, not the time of the figure
  for (const p of periodsBefore(site)) if (p.end < start && !p.compared) return p.end;
  return null;
}

/** 十X五 named before a target (“十四五”期间新增…) that ends inside a longer plan's period, before its end: that end year, or null. */
export function innerPeriodEnd(site: ValueSite, period: [number, number]): number | null {
  for (const p of periodsBefore(site)) {
    if (p.since || p.compared) continue;
    if (p.end >= period[0] && p.end < period[1]) return p.end;
  }
  return null;
}

export const pastPeriod: TensePhrasing = {
  meta: {
    id: 'baseline/past-period',
    kind: 'baseline',
    description: 'a five-year period named before the value (“十三五”期间, 十三五以来) that ended before the plan began: a past figure',
  },
  holds: (site) => pastPeriodEnd(site) !== null,
  examples: {
    valid: [
      {
        text: '“十三五”期间，全市孕产妇死亡率下降到10.2/10万。',
        expect: [{ kind: 'baseline', value: 10.2, unit: '1/10万', year: 2020, rule: 'baseline/past-period' }],
      },
      {
        // the figures of “十二五” are of its last year
        text: '“十二五”期间，全市累计培育“法律明白人”860名。',
        expect: [{ kind: 'baseline', value: 860, unit: '名', year: 2015, rule: 'baseline/past-period' }],
      },
    ],
    invalid: [
      { text: '“十四五”期间，全市孕产妇死亡率下降到10/10万以下。', expect: [{ kind: 'numeric', value: 10 }] },
      {
        text: '市级财政文化专项投入较“十三五”时期增长20%以上。',
        section: '保障措施',
        expect: [{ kind: 'numeric', indicator: '市级财政文化专项投入', value: 20, unit: '%', comparator: '>=', direction: 'up', change: { base_year: null, per_year: false } }],
      },
    ],
  },
};
