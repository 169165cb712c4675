// values for several groups in one clause take the measured words of the clause.
// The engine (extractors/numeric.ts) calls clauseTail while it resolves a list's indicator.
import { clauseEnd } from '../doc.ts';
import { trimIndicator } from '../indicator.ts';
import type { Phrasing } from '../phrasing.ts';
import type { ValueToken } from '../values.ts';

export const parallelGroups: Phrasing = {
  meta: {
    id: 'numeric/parallel-groups',
    kind: 'numeric',
    description: 'values for several groups in one clause (小学生10小时、初中生9小时…睡眠时间): each group takes the measured words of the clause',
  },
  examples: {
    valid: [

      {
        text: '确保小学生每天睡眠10个小时、初中生9个小时、高中生8个小时。',
        section: '策略措施',
        expect: [
          { value: 10, indicator: '小学生每天睡眠' },
          { value: 9, indicator: '初中生每天睡眠' },
          { value: 8, indicator: '高中生每天睡眠' },
        ],
      },
      {
        text: '保证每天小学生10小时、初中生9小时、高中生8小时睡眠时间。',
        section: '策略措施',
        expect: [
          { value: 10, indicator: '小学生每天睡眠时间' },
          { value: 9, indicator: '初中生每天睡眠时间' },
          { value: 8, indicator: '高中生每天睡眠时间' },
        ],
      },
      {
        text: '小学生近视率降至38%以下，初中生降至60%以下。',
        expect: [
          { value: 38, indicator: '小学生近视率' },
          { value: 60, indicator: '初中生近视率' },
        ],
      },
    ],
    invalid: [],
  },
};

/** Words after the last value of the clause from list `li` on (…8小时睡眠时间), or null. */
export function clauseTail(s: string, lists: ValueToken[][], li: number, listEnd: number): [number, number] | null {
  const end = clauseEnd(s, listEnd);
  let lastEnd = listEnd;
  for (let k = li + 1; k < lists.length && lists[k]![0]!.start < end; k++) lastEnd = lists[k]![lists[k]!.length - 1]!.end;
  if (lastEnd === listEnd) return null;
  const [a, b] = trimIndicator(s, lastEnd, end);
  return b - a >= 2 && !/\d/.test(s.slice(a, b)) ? [a, b] : null;
}
