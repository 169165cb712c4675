// Words of documents that are not plans (monitoring reports), with examples that run as tests.

/** Before a value: the report quotes the plan's target (距离96%的目标, 目标值为, 纲要要求). */
export const QUOTED_BEFORE = /(?:距离?|差距|目标值?(?:为|是)?|要求|规定)[^，。；]{0,3}$/;
/** After a value: 96%的规划目标, 的《纲要》目标. */
export const QUOTED_AFTER = /^[%‰]?(?:的|之)?(?:《[^》]{0,20}》|规划|纲要)?目标/;
/** characters before a record looked at for QUOTED_BEFORE */
export const QUOTED_REACH = 8;
/** a count of the plan's indicators (18项主要指标中，有7项已完成): the review's tally, no figure of an indicator */
export const TALLY_UNITS = new Set(['项']);
export const TALLY_SENTENCE = /指标|目标/;
/** records of an indicator table: their year is their column's (2020年), stated in its header, not near the value */
export const COLUMN_YEAR_RULES = /^table\//;
/** right before the first value of 由2020年的2.41人增加到2.78人: that value is the year's */
export const FROM_YEAR_BEFORE = /(?:由|从)(?:19|20)\d\d年(?:底|末)?的?$/;
/** a year right after a base word (由2020年的, 比2020年) is the base of the figure, not its year */
export const BASE_YEAR_WORDS = /(?:由|从|比|较|与|同)$/;
/**
 * A report's heading of next steps (五、下一步工作建议): what it plans is a target, as in a plan.
 * Tested on the last numbered heading line (一、 …) before a figure.
 */
export const NEXT_STEPS_HEADING = /^[\s\u3000]*[一二三四五六七八九十]{1,3}[、.．][^\n]{0,12}(?:下一步|工作建议|对策建议|工作打算|意见建议)/;

export interface GenreExample {
  text: string;
  /** records expected: kind, value, year */
  expect: { kind: 'baseline' | 'numeric'; value: number; year: number | null }[];
}

/** Small monitoring reports of our own; test/genre.test.ts runs them through structure and extraction. */
export const monitoringExamples: GenreExample[] = [
  {
    text: [
      '2022年《某省儿童发展纲要（2021—2030年）》统计监测报告',
      '某省统计局',
      '一、儿童与健康',
      '2022年，全省婴儿死亡率为3.9‰，5岁以下儿童死亡率为5.6‰。',
      '儿童健康管理水平提高，7岁以下儿童健康管理率达到94.5%，距离96%的规划目标还有差距。',
    ].join('\n'),
    expect: [
      { kind: 'baseline', value: 3.9, year: 2022 },
      { kind: 'baseline', value: 5.6, year: 2022 },
      { kind: 'baseline', value: 94.5, year: 2022 },
    ],
  },
  {
    text: [
      '2023年某县妇女儿童发展规划统计监测报告',
      '| 指标 | 2023年 | 规划目标 | 达标情况 |',
      '| --- | --- | --- | --- |',
      '| 孕产妇死亡率（1/10万） | 7.5 | ≤10 | 已达标 |',
    ].join('\n'),
    expect: [{ kind: 'baseline', value: 7.5, year: 2023 }],
  },
  {
    text: [
      '某县“十四五”基本公共服务规划实施情况中期评估报告',
      '某县发展和改革局',
      '2023年11月',
      '对《某县“十四五”基本公共服务规划（2021—2025年）》实施情况开展中期评估。',
      '一、总体进展',
      '规划确定的18项主要指标中，有7项已提前完成目标，婴儿死亡率为3.4‰，已超过85%的规划目标。',
      '每千人口执业（助理）医师数由2020年的2.41人增加到2.78人。',
      '二、下一步工作建议',
      '每年定向培养农村订单医学生不少于30名。',
    ].join('\n'),
    expect: [
      { kind: 'baseline', value: 3.4, year: 2022 },
      { kind: 'baseline', value: 2.41, year: 2020 },
      { kind: 'baseline', value: 2.78, year: 2022 },
      { kind: 'numeric', value: 30, year: 2025 },
    ],
  },
];
