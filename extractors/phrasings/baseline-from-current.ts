// 由目前的5‰下降到4‰, 从29.3降至25左右: in a target, the figure it starts from is the current one (a baseline).
import type { TensePhrasing } from '../phrasing.ts';

/** 由/从 right before the value, perhaps with 目前的 */
const FROM_NOW = /(由|从)(目前|现在|当前|现有)?的?$/;
/** …and the clause goes on to where it goes: 下降到, 提高至 */
const TO_LATER = /^[^，。；;\n]{0,24}?(到|至)/;

export const fromCurrent: TensePhrasing = {
  meta: {
    id: 'baseline/from-current',
    kind: 'baseline',
    description: '由/从 X …到 Y in a target: X is the current figure, a baseline of the year before the plan; Y the target',
  },
  holds: (site) => FROM_NOW.test(site.s.slice(Math.max(0, site.tok.start - 6), site.tok.start)) && TO_LATER.test(site.s.slice(site.tok.end, site.tok.end + 40)),
  examples: {
    valid: [
      {
        text: '婴儿死亡率由目前的5‰下降到4‰以下。',
        expect: [
          { kind: 'baseline', indicator: '婴儿死亡率', value: 5, unit: '‰', year: 2020, rule: 'baseline/from-current' },
          { kind: 'numeric', indicator: '婴儿死亡率', value: 4, comparator: '<=', year: 2025 },
        ],
      },
      {
        text: '儿童青少年总体近视率从29.3%降至25%左右。',
        expect: [
          { kind: 'baseline', value: 29.3, year: 2020, rule: 'baseline/from-current' },
          { kind: 'numeric', value: 25, comparator: '~', year: 2025 },
        ],
      },
    ],
    invalid: [{ text: '从2021年起，婴儿死亡率下降到4‰以下。', expect: [{ kind: 'numeric', value: 4 }] }],
  },
};
