// 每十万活产中少于70例, 每千人死亡12人: a rate given per case is a rate in the denominator's unit.
import { PER_CASE_DENOMINATORS, PER_CASE_EVENTS, PER_CASE_UNITS } from '../../rules/change.ts';
import type { ValuePhrasing } from '../phrasing.ts';

export const perCaseRate: ValuePhrasing = {
  meta: {
    id: 'rate/per-case',
    kind: 'numeric',
    description: 'cases (例) or deaths (人) per 十万/千 of a population: the value is the rate in 1/10万 or ‰',
  },
  read(site) {
    const { s, tok } = site;
    if (tok.unit === null || !PER_CASE_UNITS.includes(tok.unit)) return null;
    const before = s.slice(site.clause, tok.start);
    for (const d of PER_CASE_DENOMINATORS) {
      const m = d.form.exec(before);
      if (!m) continue;
      if (tok.unit !== '例' && !PER_CASE_EVENTS.test(before.slice(m.index))) return null;
      return { unit: d.unit };
    }
    return null;
  },
  examples: {
    valid: [
      {
        text: '孕产妇死亡率控制在每十万活产中少于70例。',
        expect: [{ value: 70, unit: '1/10万', comparator: '<=', rule: 'rate/per-case' }],
      },
      {
        text: '婴儿死亡率降至每千名活产死亡12人以下。',
        expect: [{ value: 12, unit: '‰', comparator: '<=', rule: 'rate/per-case' }],
      },
    ],
    invalid: [
      // provision per population is a count, not a rate
      { text: '每千人口拥有执业（助理）医师达到3.2人。', section: '策略措施' },
    ],
  },
};
