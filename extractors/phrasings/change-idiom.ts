// 翻一番, 减半: words that are a change by themselves.
import { changeOf } from '../change.ts';
import type { ValuePhrasing } from '../phrasing.ts';

export const changeIdiom: ValuePhrasing = {
  meta: {
    id: 'change/idiom',
    kind: 'numeric',
    description: '翻一番 is a change of 2 倍 up, 翻两番 4 倍; 减半 is 50 % down; the base year where the sentence names one',
  },
  read(site) {
    const d = site.tok.idiom;
    if (d === null) return null;
    return { change: changeOf(site), direction: d };
  },
  examples: {
    valid: [
      {
        text: '到2030年，城乡居民人均可支配收入比2020年翻一番。',
        expect: [{ value: 2, unit: '倍', direction: 'up', change: { base_year: 2020, per_year: false }, year: 2030, rule: 'change/idiom' }],
      },
      {
        text: '孕产妇死亡率城乡差距减半。',
        expect: [{ value: 50, unit: '%', direction: 'down', change: { base_year: null, per_year: false }, rule: 'change/idiom' }],
      },
    ],
    invalid: [{ text: '翻阅档案资料，减少重复填报。', section: '策略措施', expect: [] }],
  },
};
