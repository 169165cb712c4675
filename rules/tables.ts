// Indicator tables (专栏, 主要指标表): header words, cell shapes and the attribute column, as data.
// extractors/tables.ts reads tables in every layout the converters give: pipe rows, space-aligned
// columns (PDF text, HTML rows), tab-separated cells and one cell per line (Word, some PDF tools).
import type { ExpectedRecord, RuleExample } from '../model/examples.ts';
import { TABLE_UNIT_FORMS } from './units.ts';

/** What a header cell names. */
export type ColumnRole = 'category' | 'serial' | 'indicator' | 'unit' | 'value' | 'attribute' | 'other';

/** The words of an average yearly growth over the period (年均增速), as a header cell names it. */
const GROWTH_WORDS = '年均(?:增速|增长|增长率|增幅|增长速度)';

/** Header cells, tried in order on the cell with white space removed. */
export const HEADER_CELLS: { role: ColumnRole; pattern: RegExp }[] = [
  { role: 'serial', pattern: /^(?:序号|编号|序)$/ },
  { role: 'category', pattern: /^(?:类别|类型|分类|领域|维度|方面|指标类别|指标类型|一级指标|类)$/ },
  { role: 'attribute', pattern: /^(?:指标)?(?:属性|性质)$/ },
  { role: 'unit', pattern: /^(?:计量)?单位$/ },
  // a year column (2020年, 2025年目标, 2020年(基期)), or one named by its role, or the average growth over the period (年均增速)
  { role: 'value', pattern: new RegExp(String.raw`^(?:${GROWTH_WORDS}(?:[(（]%[)）])?|(?:19|20)\d{2}年?(?:底|末)?(?:[(（]?(?:基期|基数|现状|实际|目标|规划|预期|预计)?值?[)）]?)?|(?:基期|基数|现状|基准|目标|规划|预期|期末)值?(?:[(（](?:19|20)\d{2}年?[)）])?|[“"]?十[三四五六]五[”"]?(?:末|期末|时期)?(?:目标|规划|预期)?值?|(?:19|20)\d{2}年?(?:目标|规划|预期)值?|(?:规划|纲要|计划)目标值?)$`) },
  { role: 'indicator', pattern: /^(?:主要|核心|具体|二级|监测)?指标(?:名称|内容|项目)?(?:[(（]单位[)）])?$|^(?:项目|指标项)$/ },
  { role: 'other', pattern: /^(?:备注|说明|责任单位|牵头单位|数据来源|来源|指标说明|达标情况|完成情况|是否达标|进展情况|实现情况)$/ },
];

/** A header cell naming the average yearly growth over the plan's period (年均增速): its cells are per-year changes up to the end year. */
export const GROWTH_COLUMN = new RegExp(`^${GROWTH_WORDS}`);
/** A header cell naming the base (past) column. */
export const BASE_WORDS = /基期|基数|现状|基准|实际|现值/;
/** A header cell naming a target column. */
export const TARGET_WORDS = /目标|规划|预期|期末/;
/**
 * How many years after the plan's start the earliest of several year columns may stand and still be the base
 * (2021年 | 2025年 in a 2021—2025 plan, 2022年 | 2025年: the current figures, then the targets).
 */
export const BASE_COLUMN_SLACK = 1;
/** A five-year plan named in a header (“十三五”末, “十四五”目标): its end year. */
export const FIVE_YEAR_HEADER = /十([三四五六])五/;

/** 约束性 / 预期性 in the attribute column (some tables write 约束 / 预期). */
export const ATTRIBUTE_CELL = /^(约束|预期)性?(?:指标)?$/;

/** Comparator signs and words of a value cell, before or after the number. */
export const SIGNS_BEFORE: { pattern: RegExp; comparator: '>=' | '<=' | '~' }[] = [
  { pattern: /^(?:≥|≧|>=|＞=|>|＞|不低于|不少于|不小于|大于|高于|超过|达到)/, comparator: '>=' },
  { pattern: /^(?:≤|≦|<=|＜=|<|＜|不高于|不超过|不大于|小于|低于|控制在)/, comparator: '<=' },
  { pattern: /^(?:约|≈)/, comparator: '~' },
];
export const SIGNS_AFTER: { pattern: RegExp; comparator: '>=' | '<=' | '~' }[] = [
  { pattern: /(?:以上|及以上)$/, comparator: '>=' },
  { pattern: /(?:以下|以内|及以下)$/, comparator: '<=' },
  { pattern: /左右$/, comparator: '~' },
];

/** A five-year total's bracket opening before the sign (〔>1.5〕): the sign is read, the number after it. */
export const BRACKET_BEFORE_SIGN = /^[\[［〔【](?=[≥≧>＞≤≦<＜约≈])/;
/** The number of a value cell (after signs are taken off); [4.5] and 〔4.5〕 mark five-year totals. */
export const VALUE_NUMBER = /^[\[［〔【]?(\d+(?:\.\d+)?)(?:[-—~～至](\d+(?:\.\d+)?))?[\]］〕】]?(.*)$/;

/** A target cell with a direction and no number (持续下降, 逐步提高): a qualitative target of the row's indicator. */
export const DIRECTION_CELLS: { pattern: RegExp; direction: 'up' | 'down' | 'keep' }[] = [
  { pattern: /^(?:持续|逐步|稳步|不断|进一步|明显|显著|有所)?(?:下降|降低|减少|缩小)$/, direction: 'down' },
  { pattern: /^(?:持续|逐步|稳步|不断|进一步|明显|显著|有所)?(?:提高|提升|增长|增加|上升|扩大|改善)$/, direction: 'up' },
  { pattern: /^(?:稳中有降)$/, direction: 'down' },
  // a floor on an area or a stock (生态保护红线面积 不减少)
  { pattern: /^(?:保持稳定|基本稳定|稳定|保持|不减少|不降低|不下降|只增不减)$/, direction: 'keep' },
];

/**
 * A cell that holds no value: a dash, a slash, 无, 暂无, 待定, a bracketed word with no figure (〔翻一番〕), a level left
 * to a quota handed down (按国家下达, 以省下达为准: the plan sets none).
 */
export const EMPTY_CELL = /^(?:[—–\-－/／\\]+|无|暂无|待定|\/|…+|——|〔[^\d〔〕]{1,6}〕|[按以](?:国家|省|市|上级)?下达(?:计划|任务|指标)?(?:为准)?)$/;

/** Units a unit cell, a value cell's tail or an indicator's brackets may hold: the units of rules/units.ts (one list). */
export const UNIT_CELL = new RegExp(`^(?:${TABLE_UNIT_FORMS.map((f) => f.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|')})$`);

/** A table ends at a line that reads like prose or a new heading. */
export const PROSE_LINE = /[。；;！？]|^(?:第[一二三四五六七八九十百]+[章节篇部分]|[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）])/;

/** Category cells seen in the first column of 十四五 tables (健康水平, 健康服务 …). */
export const CATEGORY_CELL = /^(?:[\u4e00-\u9fff]{2,8}(?:水平|服务|保障|环境|产业|生活|发展|福祉|质量|能力|体系|安全|治理|投入|资源|素养|状况|结构|效率|规模|活力|设施|支撑|参与|支持)|[\u4e00-\u9fff]{1,6}(?:类|领域|方面))$/;

/** A line alone under a row that ends its indicator cell (…合格以上的人数 / 比例): short, no value, an indicator's tail. */
export const WRAPPED_TAIL = /^[\u4e00-\u9fff（）()、《》]{0,20}(?:率|比例|比重|占比|数|数量|面积|寿命|年限|人数|水平|指数)(?:[(（][^()（）]{1,8}[)）])?$/;

/** An indicator cell that ends in a change verb (生产安全事故死亡人数下降): its target is a change over the plan's base year. */
export const CHANGE_IN_INDICATOR = /(下降|降低|减少|削减|提高|提升|增长)$/;
export const CHANGE_IN_INDICATOR_DOWN = new Set(['下降', '降低', '减少', '削减']);

/** The unit in an indicator cell: 孕产妇死亡率（1/10万）, 人均预期寿命(岁). */
export const UNIT_IN_INDICATOR = /[(（]([^()（）]{1,10})[)）]$/;

export interface TableExpected extends ExpectedRecord {
  attribute?: string;
  rule?: string;
}
export interface TableExample extends Omit<RuleExample, 'expect'> {
  expect: TableExpected[];
  /** the plan's period; 2021—2025 unless given */
  period?: [number, number];
}
export interface TableRule {
  id: string;
  description: string;
  examples: TableExample[];
}

export const tableRules: TableRule[] = [
  {
    id: 'table/pipe',
    description: 'a markdown or pipe table: one row a line, cells between |',
    examples: [
      {
        text: [
          '专栏1 妇女健康主要指标',
          '| 指标 | 单位 | 2020年 | 2025年 | 属性 |',
          '| --- | --- | --- | --- | --- |',
          '| 孕产妇死亡率 | 1/10万 | 9.8 | ≤9.5 | 预期性 |',
          '| 妇女宫颈癌筛查率 | % | 52 | ≥70 | 约束性 |',
        ].join('\n'),
        expect: [
          { kind: 'numeric', indicator: '孕产妇死亡率', value: 9.5, unit: '1/10万', comparator: '<=', year: 2025, attribute: '预期性', rule: 'table/row' },
          { kind: 'baseline', indicator: '孕产妇死亡率', value: 9.8, unit: '1/10万', comparator: '=', year: 2020, rule: 'table/base' },
          { kind: 'numeric', indicator: '妇女宫颈癌筛查率', value: 70, unit: '%', comparator: '>=', year: 2025, attribute: '约束性' },
          { kind: 'baseline', indicator: '妇女宫颈癌筛查率', value: 52, unit: '%', year: 2020 },
        ],
      },
      {
        // an indicator that ends in a change verb: the target is a change from the year before the plan
        text: ['| 指标 | 2025年目标 | 属性 |', '| --- | --- | --- |', '| 单位地区生产总值能耗降低（%） | 〔13.5〕 | 约束性 |', '| 生产安全事故死亡人数下降 | 10% | 约束性 |', '| 旅游总收入年均增长（%） | 8 | 预期性 |'].join('\n'),
        expect: [
          { kind: 'numeric', indicator: '旅游总收入年均增长', value: 8, unit: '%', year: 2025, direction: 'up', change: { base_year: 2020, per_year: true } },
          { kind: 'numeric', indicator: '单位地区生产总值能耗降低', value: 13.5, unit: '%', year: 2025, direction: 'down', change: { base_year: 2020, per_year: false } },
          { kind: 'numeric', indicator: '生产安全事故死亡人数下降', value: 10, unit: '%', year: 2025, direction: 'down', change: { base_year: 2020, per_year: false } },
        ],
      },
      {
        // measures of other genres in the unit column and in the indicator's brackets
        text: [
          '| 指标 | 单位 | 2020年 | 2025年 |',
          '| --- | --- | --- | --- |',
          '| 人均公共图书馆藏书量 | 册 | 1.2 | 1.5 |',
          '| 高标准农田面积（万亩） | | 120 | 150 |',
          '| 食品抽检量（批次/千人） | | 4 | 5 |',
          '| 能源消费总量（亿吨标准煤） | | 1.28 | 1.45 |',
          '| 快递业务量 | 亿件 | 4.86 | 10 |',
          '| 生活垃圾焚烧处理能力 | 吨/日 | 2400 | 3600 |',
          '| 集装箱吞吐量（万标准箱） | | 1320 | 1800 |',
          '| 县城常住人口（万人） | | 11.2 | 〔翻一番〕 |',
          '| 地方储备食用油规模 | 万吨 | 12 | 按国家下达 |',
          '| 油料总产量 | 亿斤 | 38 | 40 |',
        ].join('\n'),
        expect: [
          { kind: 'numeric', indicator: '人均公共图书馆藏书量', value: 1.5, unit: '册', year: 2025 },
          { kind: 'baseline', indicator: '人均公共图书馆藏书量', value: 1.2, unit: '册', year: 2020 },
          { kind: 'numeric', indicator: '高标准农田面积', value: 150, unit: '万亩', year: 2025 },
          { kind: 'baseline', indicator: '高标准农田面积', value: 120, unit: '万亩', year: 2020 },
          { kind: 'numeric', indicator: '食品抽检量', value: 5, unit: '批次/千人', year: 2025 },
          { kind: 'baseline', indicator: '食品抽检量', value: 4, unit: '批次/千人', year: 2020 },
          { kind: 'numeric', indicator: '能源消费总量', value: 1.45, unit: '亿吨标准煤', year: 2025 },
          { kind: 'baseline', indicator: '能源消费总量', value: 1.28, unit: '亿吨标准煤', year: 2020 },
          { kind: 'numeric', indicator: '快递业务量', value: 10, unit: '亿件', year: 2025 },
          { kind: 'baseline', indicator: '快递业务量', value: 4.86, unit: '亿件', year: 2020 },
          { kind: 'numeric', indicator: '生活垃圾焚烧处理能力', value: 3600, unit: '吨/日', year: 2025 },
          { kind: 'baseline', indicator: '生活垃圾焚烧处理能力', value: 2400, unit: '吨/日', year: 2020 },
          { kind: 'numeric', indicator: '集装箱吞吐量', value: 1800, unit: '万标准箱', year: 2025 },
          { kind: 'baseline', indicator: '集装箱吞吐量', value: 1320, unit: '万标准箱', year: 2020 },
          { kind: 'baseline', indicator: '县城常住人口', value: 11.2, unit: '万人', year: 2020 },
          // a quota handed down is no target of the plan; the base still is its figure
          { kind: 'baseline', indicator: '地方储备食用油规模', value: 12, unit: '万吨', year: 2020 },
          // a unit of rules/units.ts with a scale in the unit column (亿斤)
          { kind: 'numeric', indicator: '油料总产量', value: 40, unit: '亿斤', year: 2025 },
          { kind: 'baseline', indicator: '油料总产量', value: 38, unit: '亿斤', year: 2020 },
        ],
      },
      {
        // a five-year total's bracket around the sign
        text: ['| 指标 | 2020年 | 2025年 |', '| --- | --- | --- |', '| 城镇新增就业（万人） | 〔1.46〕 | 〔>1.5〕 |'].join('\n'),
        expect: [
          { kind: 'numeric', indicator: '城镇新增就业', value: 1.5, unit: '万人', comparator: '>=', year: 2025 },
          { kind: 'baseline', indicator: '城镇新增就业', value: 1.46, unit: '万人', year: 2020 },
        ],
      },
      {
        // a 2021—2025 plan (the test's period) whose first year column is its start: the base
        text: ['| 指标 | 单位 | 2021年 | 2025年 |', '| --- | --- | --- | --- |', '| 养老机构护理型床位占比 | % | 45 | ≥55 |'].join('\n'),
        expect: [
          { kind: 'numeric', indicator: '养老机构护理型床位占比', value: 55, comparator: '>=', year: 2025 },
          { kind: 'baseline', indicator: '养老机构护理型床位占比', value: 45, year: 2021, rule: 'table/base' },
        ],
      },
      {
        text: ['| 指标 | “十三五”末 | “十四五”目标 |', '| 婴儿死亡率（‰） | 4.2 | <4 |'].join('\n'),
        expect: [
          { kind: 'numeric', indicator: '婴儿死亡率', value: 4, unit: '‰', comparator: '<=', year: 2025 },
          { kind: 'baseline', indicator: '婴儿死亡率', value: 4.2, unit: '‰', year: 2020 },
        ],
      },
      {
        text: ['|序号|指标名称（单位）|基期值|目标值|', '|1|婴儿死亡率（‰）|3.5|<4|', '|2|孕产妇系统管理率（%）|92.1|≥90|'].join('\n'),
        expect: [
          { kind: 'numeric', indicator: '婴儿死亡率', value: 4, unit: '‰', comparator: '<=', year: 2025 },
          { kind: 'baseline', indicator: '婴儿死亡率', value: 3.5, unit: '‰', year: 2020 },
          { kind: 'numeric', indicator: '孕产妇系统管理率', value: 90, unit: '%', comparator: '>=', year: 2025 },
          { kind: 'baseline', indicator: '孕产妇系统管理率', value: 92.1, unit: '%', year: 2020 },
        ],
      },
      {
        // a change written in the target cell: the sentence extractors read it, the row's indicator leads it
        text: ['|指标|基期值|目标值|', '|儿童青少年总体近视率（%）|—|力争每年下降1个百分点|', '|婴儿死亡率（‰）|3.5|<4|'].join('\n'),
        expect: [
          { kind: 'numeric', indicator: '儿童青少年总体近视率', value: 1, unit: '个百分点' },
          { kind: 'numeric', indicator: '婴儿死亡率', value: 4, unit: '‰', comparator: '<=' },
          { kind: 'baseline', indicator: '婴儿死亡率', value: 3.5, unit: '‰' },
        ],
      },
    ],
  },
  {
    id: 'table/spaced',
    description: 'columns aligned with spaces (PDF text, HTML rows): the value columns are read from the right',
    examples: [
      {
        text: [
          '类别 指标 单位 2020年 2025年 属性',
          '健康水平 人均预期寿命 岁 78.2 79.0 预期性',
          '婴儿死亡率 ‰ 4.1 <5 预期性',
          '健康服务 每千人口拥有 3 岁以下婴幼儿托位数 个 1.6 4.5 预期性',
        ].join('\n'),
        expect: [
          { kind: 'numeric', indicator: '人均预期寿命', value: 79, unit: '岁', comparator: '=', year: 2025, attribute: '预期性' },
          { kind: 'baseline', indicator: '人均预期寿命', value: 78.2, unit: '岁', year: 2020 },
          { kind: 'numeric', indicator: '婴儿死亡率', value: 5, unit: '‰', comparator: '<=' },
          { kind: 'baseline', indicator: '婴儿死亡率', value: 4.1, unit: '‰' },
          { kind: 'numeric', indicator: '每千人口拥有3岁以下婴幼儿托位数', value: 4.5, unit: '个' },
          { kind: 'baseline', indicator: '每千人口拥有3岁以下婴幼儿托位数', value: 1.6, unit: '个' },
        ],
      },
      {
        text: ['主要指标    2020年    2030年', '5岁以下儿童死亡率（‰）    5.2    4.5以下', '儿童体质健康达标率（%）    90    92以上'].join('\n'),
        period: [2021, 2030],
        expect: [
          { kind: 'numeric', indicator: '5岁以下儿童死亡率', value: 4.5, unit: '‰', comparator: '<=', year: 2030 },
          { kind: 'baseline', indicator: '5岁以下儿童死亡率', value: 5.2, unit: '‰', year: 2020 },
          { kind: 'numeric', indicator: '儿童体质健康达标率', value: 92, unit: '%', comparator: '>=', year: 2030 },
          { kind: 'baseline', indicator: '儿童体质健康达标率', value: 90, unit: '%', year: 2020 },
        ],
      },
    ],
  },
  {
    id: 'table/wrapped',
    description: 'an indicator cell wrapped onto the line below its row (PDF text) goes on with the row above',
    examples: [
      {
        text: ['指标 单位 2020年 2025年 属性', '城乡居民达到《国民体质测定标准》合格以上的人数 % 90.6 92 预期性', '比例', '人均体育场地面积 平方米 2.2 2.6 预期性'].join('\n'),
        expect: [
          { kind: 'numeric', indicator: '城乡居民达到《国民体质测定标准》合格以上的人数比例', value: 92, unit: '%' },
          { kind: 'baseline', indicator: '城乡居民达到《国民体质测定标准》合格以上的人数比例', value: 90.6, unit: '%' },
          { kind: 'numeric', indicator: '人均体育场地面积', value: 2.6, unit: '平方米' },
          { kind: 'baseline', indicator: '人均体育场地面积', value: 2.2, unit: '平方米' },
        ],
      },
      {
        // a category standing alone between its rows is no continuation
        text: ['类别 指标 单位 2020年 2025年', '人均预期寿命 岁 78 79', '健康水平', '婴儿死亡率 ‰ 4.1 4'].join('\n'),
        expect: [
          { kind: 'numeric', indicator: '人均预期寿命', value: 79 },
          { kind: 'baseline', indicator: '人均预期寿命', value: 78 },
          { kind: 'numeric', indicator: '婴儿死亡率', value: 4 },
          { kind: 'baseline', indicator: '婴儿死亡率', value: 4.1 },
        ],
      },
      {
        text: ['类别 指标 单位 2020年 2025年', '人均预期寿命 岁 78 79', '健康支撑', '65岁及以上老年人健康管理率 % 66.5 72'].join('\n'),
        expect: [
          { kind: 'numeric', indicator: '人均预期寿命', value: 79 },
          { kind: 'baseline', indicator: '人均预期寿命', value: 78 },
          { kind: 'numeric', indicator: '65岁及以上老年人健康管理率', value: 72 },
          { kind: 'baseline', indicator: '65岁及以上老年人健康管理率', value: 66.5 },
        ],
      },
    ],
  },
  {
    id: 'table/cells',
    description: 'one cell a line (Word tables as text, flattened PDF tables): a row ends at its attribute or its last value',
    examples: [
      {
        text: ['指标', '单位', '2020年', '2025年', '属性', '', '孕产妇死亡率', '', '1/10万', '', '9.8', '', '≤9.5', '', '预期性', '', '婴儿死亡率', '‰', '3.9', '<4', '约束性'].join('\n'),
        expect: [
          { kind: 'numeric', indicator: '孕产妇死亡率', value: 9.5, unit: '1/10万', comparator: '<=', year: 2025, attribute: '预期性' },
          { kind: 'baseline', indicator: '孕产妇死亡率', value: 9.8, year: 2020 },
          { kind: 'numeric', indicator: '婴儿死亡率', value: 4, unit: '‰', comparator: '<=', attribute: '约束性' },
          { kind: 'baseline', indicator: '婴儿死亡率', value: 3.9, unit: '‰' },
        ],
      },
      {
        text: ['指标名称', '现状值', '2025年目标值', '农村卫生厕所普及率（%）', '82', '>90', '城市生活垃圾无害化处理率（%）', '95', '100'].join('\n'),
        expect: [
          { kind: 'numeric', indicator: '农村卫生厕所普及率', value: 90, unit: '%', comparator: '>=', year: 2025 },
          { kind: 'baseline', indicator: '农村卫生厕所普及率', value: 82, unit: '%', year: 2020 },
          { kind: 'numeric', indicator: '城市生活垃圾无害化处理率', value: 100, unit: '%', comparator: '=' },
          { kind: 'baseline', indicator: '城市生活垃圾无害化处理率', value: 95, unit: '%' },
        ],
      },
    ],
  },
  {
    id: 'table/direction',
    description: 'a target cell with a direction and no number is a qualitative target of the row',
    examples: [
      {
        text: ['| 指标 | 单位 | 2020年 | 2025年 | 属性 |', '| 儿童青少年总体近视率 | % | 52.7 | 持续下降 | 约束性 |'].join('\n'),
        expect: [
          { kind: 'qualitative', indicator: '儿童青少年总体近视率', value: null, direction: 'down', year: 2025, attribute: '约束性', rule: 'table/direction' },
          { kind: 'baseline', indicator: '儿童青少年总体近视率', value: 52.7, unit: '%', year: 2020 },
        ],
      },
      {
        text: ['| 指标 | 2020年 | 2025年 | 属性 |', '| 永久基本农田面积（万亩） | 320 | 不减少 | 约束性 |'].join('\n'),
        expect: [
          { kind: 'qualitative', indicator: '永久基本农田面积', value: null, direction: 'keep', year: 2025, rule: 'table/direction' },
          { kind: 'baseline', indicator: '永久基本农田面积', value: 320, unit: '万亩', year: 2020 },
        ],
      },
    ],
  },
  {
    id: 'table/cells-no-attribute',
    description: 'one cell a line without an attribute column: a row ends after its values; 1/10万 alone is the unit column',
    examples: [
      {
        text: ['类别', '序号', '指标', '单位', '2020年', '2025年', '健康水平', '1', '人均预期寿命', '岁', '77.8', '78.8', '2', '孕产妇死亡率', '1/10万', '12.1', '≤12'].join('\n'),
        expect: [
          { kind: 'numeric', indicator: '人均预期寿命', value: 78.8, unit: '岁' },
          { kind: 'baseline', indicator: '人均预期寿命', value: 77.8, unit: '岁' },
          { kind: 'numeric', indicator: '孕产妇死亡率', value: 12, unit: '1/10万', comparator: '<=' },
          { kind: 'baseline', indicator: '孕产妇死亡率', value: 12.1, unit: '1/10万' },
        ],
      },
    ],
  },
  {
    id: 'table/not-a-table',
    description: 'prose with a year and a unit word, or a table of contents, is no table',
    examples: [
      {
        text: '指标体系更加完善，2025年孕产妇死亡率控制在9.5/10万以下。',
        expect: [{ kind: 'numeric', value: 9.5 }],
      },
      {
        text: ['指标 单位 2020年 2025年', '各地要结合实际细化目标任务，确保按期完成。'].join('\n'),
        expect: [],
      },
    ],
  },
];
