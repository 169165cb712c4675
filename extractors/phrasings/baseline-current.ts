// 目前，全市婴儿死亡率为3.2‰: a figure said to hold now is a past figure of the plan (its baseline).
import { sentenceBefore, type TensePhrasing } from '../phrasing.ts';

const NOW = /目前|当前|现阶段|现在/g;
/** …unless the sentence goes on from it to a target (由目前的5‰下降到4‰) */
const ONWARD = /[到至]/;

export const current: TensePhrasing = {
  meta: { id: 'baseline/current', kind: 'baseline', description: '目前/当前 before a figure, with no 到/至 between: the current figure, a baseline' },
  holds: (site) => {
    const before = sentenceBefore(site);
    // each word of NOW holds 前 or 现: most sentences have neither, and need no matchAll
    if (!before.includes('前') && !before.includes('现')) return false;
    let last = -1;
    for (const m of before.matchAll(NOW)) last = m.index! + m[0].length;
    return last >= 0 && !ONWARD.test(before.slice(last));
  },
  examples: {
    valid: [
      { text: '目前，全市婴儿死亡率为3.2‰，已提前实现规划目标。', expect: [{ kind: 'baseline', value: 3.2, unit: '‰', year: 2020, rule: 'baseline/current' }] },
    ],
    invalid: [{ text: '婴儿死亡率由目前的5‰下降到4‰以下。', expect: [{ kind: 'baseline', value: 5 }, { kind: 'numeric', value: 4 }] }],
  },
};
