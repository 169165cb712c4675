// Indicator tables (专栏, 主要指标表): each row's target-year cell, base-year cell and direction cell.
// extractors/tables.ts reads the layouts (rules/tables.ts holds their words and layout examples);
// these modules name what a row gives.
import type { Phrasing } from '../phrasing.ts';

const PIPE_TABLE = ['专栏1 妇女健康主要指标', '| 指标 | 单位 | 2020年 | 2025年 | 属性 |', '| --- | --- | --- | --- | --- |', '| 孕产妇死亡率 | 1/10万 | 9.8 | ≤9.5 | 预期性 |'].join('\n');

export const tableRow: Phrasing = {
  meta: { id: 'table/row', kind: 'numeric', description: "a row's target-year cell: a target of the row's indicator, its sign the comparator, the header's year" },
  examples: {
    valid: [
      {
        text: PIPE_TABLE,
        expect: [
          { kind: 'numeric', indicator: '孕产妇死亡率', value: 9.5, unit: '1/10万', comparator: '<=', year: 2025, rule: 'table/row' },
          { kind: 'baseline', indicator: '孕产妇死亡率', value: 9.8, unit: '1/10万', year: 2020, rule: 'table/base' },
        ],
      },
    ],
    invalid: [{ text: '孕产妇死亡率 | 1/10万 | 9.8', expect: [] }],
  },
};

export const tableBase: Phrasing = {
  meta: { id: 'table/base', kind: 'baseline', description: "a row's base-year cell: a baseline of the row's indicator, of the header's year" },
  examples: {
    valid: [
      {
        text: ['|序号|指标名称（单位）|基期值|目标值|', '|1|婴儿死亡率（‰）|3.5|<4|'].join('\n'),
        expect: [
          { kind: 'numeric', indicator: '婴儿死亡率', value: 4, unit: '‰', comparator: '<=', year: 2025, rule: 'table/row' },
          { kind: 'baseline', indicator: '婴儿死亡率', value: 3.5, unit: '‰', year: 2020, rule: 'table/base' },
        ],
      },
    ],
    invalid: [{ text: '婴儿死亡率基期值为3.5‰。', section: '发展现状', expect: [{ kind: 'baseline', value: 3.5, rule: 'baseline/situation' }] }],
  },
};

export const tableDirection: Phrasing = {
  meta: { id: 'table/direction', kind: 'qualitative', description: 'a target cell with a direction and no number: a qualitative target of the row' },
  examples: {
    valid: [
      {
        text: ['| 指标 | 单位 | 2020年 | 2025年 | 属性 |', '| 儿童青少年总体近视率 | % | 52.7 | 持续下降 | 约束性 |'].join('\n'),
        expect: [
          { kind: 'qualitative', indicator: '儿童青少年总体近视率', value: null, direction: 'down', year: 2025, rule: 'table/direction' },
          { kind: 'baseline', indicator: '儿童青少年总体近视率', value: 52.7, unit: '%', year: 2020, rule: 'table/base' },
        ],
      },
    ],
    invalid: [{ text: PIPE_TABLE }],
  },
};

export const tableGrowth: Phrasing = {
  meta: { id: 'table/growth', kind: 'numeric', description: "a row's cell under 年均增速: a change per year, up, to the plan's end year" },
  examples: {
    valid: [
      {
        text: ['| 指标 | 2020年 | 2025年 | 年均增速 |', '| --- | --- | --- | --- |', '| 能源消费总量（亿吨标准煤） | 1.28 | 1.45 | 2.5% |', '| 煤炭消费比重（%） | 52.3 | <45 | — |'].join('\n'),
        expect: [
          { kind: 'numeric', indicator: '能源消费总量', value: 1.45, unit: '亿吨标准煤', year: 2025, rule: 'table/row' },
          { kind: 'numeric', indicator: '能源消费总量', value: 2.5, unit: '%', year: 2025, direction: 'up', change: { base_year: null, per_year: true }, rule: 'table/growth' },
          { kind: 'baseline', indicator: '能源消费总量', value: 1.28, unit: '亿吨标准煤', year: 2020, rule: 'table/base' },
          { kind: 'numeric', indicator: '煤炭消费比重', value: 45, unit: '%', comparator: '<=', year: 2025, rule: 'table/row' },
          { kind: 'baseline', indicator: '煤炭消费比重', value: 52.3, unit: '%', year: 2020, rule: 'table/base' },
        ],
      },
    ],
    invalid: [{ text: '能源消费总量年均增速2.5%左右。', section: '发展现状', expect: [{ kind: 'baseline', value: 2.5 }] }],
  },
};

export const TABLE_PHRASINGS: Phrasing[] = [tableRow, tableBase, tableDirection, tableGrowth];
