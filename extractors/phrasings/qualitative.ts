// Direction-only targets of 主要目标 lists, one phrasing each; extractors/qualitative.ts reads them
// in this order and the first that fits a clause makes its record.
import type { Phrasing } from '../phrasing.ts';

export const qualitativeKeep: Phrasing = {
  meta: { id: 'qualitative/keep', kind: 'qualitative', description: 'keep-phrases that hold the measured noun: 保持合理比例, 保持均衡' },
  examples: {
    valid: [
      { text: '中国共产党女党员保持合理比例。', expect: [{ kind: 'qualitative', indicator: '中国共产党女党员比例', direction: 'keep', rule: 'qualitative/keep' }] },
    ],
    invalid: [{ text: '保持工作力度。', expect: [] }],
  },
};

export const qualitativePostfix: Phrasing = {
  meta: { id: 'qualitative/postfix', kind: 'qualitative', description: 'a measured indicator followed by a direction word: 乳腺癌筛查率逐步提高' },
  examples: {
    valid: [
      { text: '乳腺癌筛查率逐步提高。', expect: [{ kind: 'qualitative', indicator: '乳腺癌筛查率', direction: 'up', value: null, rule: 'qualitative/postfix' }] },
      { text: '男女收入差距明显缩小。', expect: [{ kind: 'qualitative', direction: 'down' }] },
      { text: '居民对民政服务满意度持续提高。', expect: [{ kind: 'qualitative', indicator: '居民对民政服务满意度', direction: 'up' }] },
      { text: '社会组织女性负责人比例稳中有升。', expect: [{ kind: 'qualitative', direction: 'up' }] },
      { text: '道路交通事故起数稳中有降。', expect: [{ kind: 'qualitative', indicator: '道路交通事故起数', direction: 'down' }] },
      { text: '妇女焦虑症、抑郁症患病率上升趋势减缓。', expect: [{ kind: 'qualitative', direction: 'down' }] },
      { text: '高校在校生中男女比例保持均衡。', expect: [{ kind: 'qualitative', direction: 'keep' }] },
      { text: '出生人口性别比保持在正常范围。', expect: [{ kind: 'qualitative', indicator: '出生人口性别比', direction: 'keep' }] },
      { text: '妇女人均预期寿命延长。', expect: [{ kind: 'qualitative', indicator: '妇女人均预期寿命', direction: 'up' }] },
      // groups sharing one indicator word stay one record (TARGETS.md), though some annotators split them
      {
        text: '适龄妇女宫颈癌、乳腺癌人群筛查率逐步提高。',
        expect: [{ indicator: '适龄妇女宫颈癌人群筛查率' }, { indicator: '适龄妇女乳腺癌人群筛查率' }],
        notSupported: true,
      },
    ],
    invalid: [
      { text: '妇女健康水平不断提高。', expect: [] },
      // only inside a 主要目标 list
      { text: '乳腺癌筛查率逐步提高。', section: '策略措施', expect: [] },
    ],
  },
};

export const qualitativePrefix: Phrasing = {
  meta: { id: 'qualitative/prefix', kind: 'qualitative', description: 'a direction verb followed by a measured indicator: 提高…人数比例' },
  examples: {
    valid: [
      { text: '提高妇女经常参加体育锻炼的人数比例。', expect: [{ kind: 'qualitative', indicator: '妇女经常参加体育锻炼的人数比例', direction: 'up', rule: 'qualitative/prefix' }] },
      { text: '降低女职工职业病发病率。', expect: [{ kind: 'qualitative', indicator: '女职工职业病发病率', direction: 'down' }] },
      { text: '减缓妇女心理疾病发生比例上升的趋势。', expect: [{ kind: 'qualitative', indicator: '妇女心理疾病发生比例', direction: 'down' }] },
    ],
    invalid: [{ text: '提高妇女参与社会治理的能力。', expect: [] }],
  },
};

export const qualitativePrefixBorrowed: Phrasing = {
  meta: {
    id: 'qualitative/prefix-borrowed',
    kind: 'qualitative',
    description: 'a short measured noun after a direction verb takes the object of the clause before: 加强…服务，提高覆盖率',
  },
  examples: {
    valid: [
      {
        text: '普及家庭医生签约服务，提高签约率。',
        expect: [{ kind: 'qualitative', direction: 'up', rule: 'qualitative/prefix-borrowed' }],
      },
    ],
    invalid: [{ text: '提高妇女经常参加体育锻炼的人数比例。', expect: [{ kind: 'qualitative', rule: 'qualitative/prefix' }] }],
  },
};

export const qualitativeBoundFigure: Phrasing = {
  meta: { id: 'qualitative/bound-figure', kind: 'qualitative', description: 'a bound against another figure with no number: 不低于本地区女党员比例' },
  examples: {
    valid: [
      {
        text: '党代会代表中女性比例一般不低于本地区女党员占党员总数的比例。',
        expect: [{ kind: 'qualitative', direction: 'up', value: null, rule: 'qualitative/bound-figure' }],
      },
    ],
    invalid: [
      { text: '女性比例不低于30%。', expect: [{ kind: 'numeric', value: 30 }] },
      // a quota handed down sets the level, not the plan
      { text: '地方储备食用油规模不低于国家下达计划。', expect: [] },
    ],
  },
};

export const qualitativeControlBelow: Phrasing = {
  meta: { id: 'qualitative/control-below', kind: 'qualitative', description: '控制在…以下 against a figure with no number: 控制在2020年基数以下' },
  examples: {
    valid: [
      {
        text: '儿童伤害死亡率控制在2020年基数以下。',
        expect: [{ kind: 'qualitative', direction: 'down', indicator: '儿童伤害死亡率', rule: 'qualitative/control-below' }],
      },
    ],
    invalid: [{ text: '儿童伤害死亡率控制在10/10万以下。', expect: [{ kind: 'numeric', value: 10 }] }],
  },
};

export const QUALITATIVE_PHRASINGS: Phrasing[] = [
  qualitativeKeep,
  qualitativePostfix,
  qualitativePrefix,
  qualitativePrefixBorrowed,
  qualitativeBoundFigure,
  qualitativeControlBelow,
];
