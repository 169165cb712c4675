// Words of documents that are not plans (monitoring reports), with examples that run as tests.

/** Before a value: the report quotes the plan's target (距离96%的目标, 目标值为, 纲要要求). */
export const QUOTED_BEFORE = /(?:距离?|差距|目标值?(?:为|是)?|要求|规定)[^，。；]{0,3}$/;
/** After a value: 96%的规划目标, 的《纲要》目标. */
export const QUOTED_AFTER = /^[%‰]?(?:的|之)?(?:《[^》]{0,20}》|规划|纲要)?目标/;
/** characters before a record looked at for QUOTED_BEFORE */
export const QUOTED_REACH = 8;

export interface GenreExample {
  text: string;
  /** records expected: kind, value, year */
  expect: { kind: 'baseline'; value: number; year: number | null }[];
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
];
