// Bound words: after the value (以上, 以下 …) or before it (不低于, 至少 …). 以上/以下/以内 include the number.
import type { Comparator } from '../model/schema.ts';
import type { PhraseRule } from '../model/examples.ts';

/** after value + unit, longest first */
export const POST_BOUNDS: { form: string; comparator: Comparator }[] = [
  { form: '及以上', comparator: '>=' },
  { form: '及以下', comparator: '<=' },
  { form: '以上', comparator: '>=' },
  { form: '以下', comparator: '<=' },
  { form: '以内', comparator: '<=' },
  { form: '左右', comparator: '~' },
];

/** right before the value (possibly with 有/为/达到 between), longest first; `verb` if the gold keeps it as the verb */
export const PRE_BOUNDS: { form: string; comparator: Comparator; verb: boolean }[] = [
  { form: '不低于', comparator: '>=', verb: true },
  { form: '不少于', comparator: '>=', verb: true },
  { form: '不超过', comparator: '<=', verb: true },
  { form: '不高于', comparator: '<=', verb: true },
  { form: '不多于', comparator: '<=', verb: true },
  { form: '不小于', comparator: '>=', verb: true },
  { form: '不大于', comparator: '<=', verb: true },
  { form: '少于', comparator: '<=', verb: true },
  { form: '多于', comparator: '>=', verb: true },
  { form: '至少', comparator: '>=', verb: false },
  { form: '超过', comparator: '>=', verb: true },
  // a total passing a mark (零售总额突破2300亿元)
  { form: '突破', comparator: '>=', verb: true },
  { form: '高于', comparator: '>=', verb: true },
  { form: '低于', comparator: '<=', verb: true },
  { form: '大于', comparator: '>=', verb: true },
  { form: '小于', comparator: '<=', verb: true },
  { form: '最多', comparator: '<=', verb: false },
  { form: '约', comparator: '~', verb: false },
  { form: '逾', comparator: '>=', verb: false },
  // signs as written in tables and lists (＞ and ＜ are made half-width before matching)
  { form: '≥', comparator: '>=', verb: false },
  { form: '≤', comparator: '<=', verb: false },
  { form: '>', comparator: '>=', verb: false },
  { form: '<', comparator: '<=', verb: false },
];

/**
 * A bound before a share of a named whole (不低于符合条件教师总数的10%): the bound word, the whole and 的 right
 * before the value. Group 1 is the bound (one of PRE_BOUNDS), group 2 the whole.
 */
export const SHARE_BOUND = /(不低于|不少于|不超过|不高于|不多于)([^，。；;,、]{2,14}?)的$/;

export const boundRules: PhraseRule[] = [
  {
    id: 'bounds/per-capita-scope',
    description: 'a per-capita scope between a bound and its value (不低于每人每年6000元) keeps the bound',
    examples: [{ text: '农村低保标准不低于每人每年6000元。', expect: [{ value: 6000, unit: '元', comparator: '>=', verb: '不低于' }] }],
  },
  {
    id: 'bounds/share-of-whole',
    description: 'a bound before the whole a share is taken of (不低于…总数的10%) bounds the share; 不低于 is never 低于',
    examples: [
      {
        text: '义务教育学校校长教师交流轮岗比例每年不低于符合条件教师总数的10%。',
        section: '策略措施',
        expect: [{ value: 10, unit: '%', comparator: '>=', verb: '不低于', indicator: '义务教育学校校长教师交流轮岗比例' }],
      },
    ],
  },
  {
    id: 'bounds/post',
    description: '以上 >=, 以下/以内 <=, 左右 ~, none =',
    examples: [
      { text: '孕产妇系统管理率达到90％以上。', expect: [{ value: 90, comparator: '>=' }] },
      { text: '城镇调查女性失业率控制在5.5％以内。', expect: [{ value: 5.5, comparator: '<=' }] },
      { text: '城镇新增就业人口中女性比例达到40％左右。', expect: [{ value: 40, comparator: '~' }] },
      { text: '高中阶段教育毛入学率达到96％。', expect: [{ value: 96, comparator: '=' }] },
    ],
  },
  {
    id: 'bounds/pre',
    description: '不低于/不少于/至少 >=; the first bound word decides',
    examples: [
      { text: '社区党组织书记（居委会主任）中女性比例不少于30％。', expect: [{ value: 30, comparator: '>=', verb: '不少于' }] },
      { text: '就业人员中的女性比例不低于45%左右。', expect: [{ value: 45, comparator: '>=' }] },
      { text: '村“两委”班子成员中至少有1名女性成员。', expect: [{ value: 1, unit: '名', comparator: '>=' }] },
    ],
  },
  {
    id: 'bounds/list',
    description: 'a bound after the last value of a list covers every value of the list',
    examples: [
      {
        text: '新生儿、婴儿和5岁以下儿童死亡率分别降至3.0‰、4．0‰和6.0‰以下。',
        expect: [
          { value: 3, unit: '‰', comparator: '<=', indicator: '新生儿死亡率' },
          { value: 4, unit: '‰', comparator: '<=', indicator: '婴儿死亡率' },
          { value: 6, unit: '‰', comparator: '<=', indicator: '5岁以下儿童死亡率' },
        ],
      },
    ],
  },
  {
    id: 'bounds/more-words',
    description: '超过, 逾, 不小于, 应大于 and the signs ≥ > are >=; 少于, 应小于, ≤ < are <=',
    examples: [
      { text: '城镇新增就业人员中女性比例超过40%。', expect: [{ value: 40, comparator: '>=', verb: '超过' }] },
      { text: '社会消费品零售总额突破2300亿元。', expect: [{ value: 2300, unit: '亿元', comparator: '>=', verb: '突破' }] },
      { text: '农村适龄妇女宫颈癌筛查率逾80%。', expect: [{ value: 80, comparator: '>=' }] },
      { text: '县级妇幼保健机构床位数不小于50张。', section: '策略措施', expect: [{ value: 50, unit: '张', comparator: '>=', verb: '不小于' }] },
      { text: '儿童青少年体质健康达标率应大于92%。', expect: [{ value: 92, comparator: '>=' }] },
      { text: '孕产妇死亡率少于9/10万。', expect: [{ value: 9, unit: '1/10万', comparator: '<=', verb: '少于' }] },
      { text: '婴儿死亡率应小于4‰。', expect: [{ value: 4, unit: '‰', comparator: '<=' }] },
      { text: '产前筛查率≥85%。', expect: [{ value: 85, comparator: '>=' }] },
      { text: '5岁以下儿童死亡率＜6‰。', expect: [{ value: 6, comparator: '<=' }] },
    ],
  },
];
