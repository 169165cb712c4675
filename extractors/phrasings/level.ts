// The plain commitment: an indicator, a verb or bound word, a value (孕产妇死亡率下降到12/10万以下).
import type { Phrasing } from '../phrasing.ts';

export const level: Phrasing = {
  meta: {
    id: 'numeric/level',
    kind: 'numeric',
    description: 'an indicator, a level verb (达到, 降至, 控制在) or bound word (不低于, 以上), and a value: a level to reach by the target year',
  },
  examples: {
    valid: [
      { text: '孕产妇死亡率下降到12/10万以下。', expect: [{ indicator: '孕产妇死亡率', verb: '下降到', value: 12, unit: '1/10万', comparator: '<=', change: null, rule: 'numeric/level' }] },
      { text: '适龄妇女宫颈癌人群筛查率达到70%以上。', expect: [{ value: 70, unit: '%', comparator: '>=', rule: 'numeric/level' }] },
      // a time and the reach it allows
      { text: '县城至各乡镇30分钟通达。', section: '策略措施', expect: [{ value: 30, unit: '分钟' }] },
      // parts of a total the sentence counted (其中…) need no verb of their own
      { text: '完成营造林45万亩，其中人工造林8万亩、森林抚育25万亩。', section: '策略措施', expect: [{ value: 45, verb: '完成' }, { value: 8, indicator: '人工造林', verb: null }, { value: 25, indicator: '森林抚育', verb: null }] },
      // a target year opening the sentence holds past its semicolons
      { text: '到2023年，水土保持率达到86%；新建生态清洁小流域5条。', section: '策略措施', expect: [{ value: 86, year: 2023 }, { value: 5, unit: '条', year: 2023 }] },
      { text: '社区党组织书记（居委会主任）中女性比例不少于30％。', expect: [{ value: 30, comparator: '>=', verb: '不少于', rule: 'numeric/level' }] },
      { text: '到2025年，婴儿死亡率控制在4.5‰以内。', expect: [{ value: 4.5, unit: '‰', comparator: '<=', year: 2025, rule: 'numeric/level' }] },
      { text: '在有条件的乡镇（街道）建立青少年法治宣传教育实践基地1个。', section: '策略措施', expect: [{ value: 1, indicator: '有条件的乡镇（街道）青少年法治宣传教育实践基地' }] },
      { text: '中小学生每学年至少免费视力检查1次。', section: '策略措施', expect: [{ value: 1, unit: '次', indicator: '中小学生每学年免费视力检查' }] },
      {
        text: '城乡居民达到《国民体质测定标准》合格以上的人数比例超过92%。',
        expect: [{ indicator: '城乡居民达到《国民体质测定标准》合格以上的人数比例', verb: '超过', comparator: '>=', value: 92, rule: 'numeric/level' }],
      },
      { text: '孕产妇住院分娩率保持100%。', expect: [{ verb: '保持', value: 100, unit: '%', comparator: '=', rule: 'numeric/level' }] },
    ],
    invalid: [
      { text: '加强孕产妇保健服务。', expect: [] },
      { text: '婴儿死亡率较2020年下降10%。', expect: [{ value: 10, rule: 'change/base-year' }] },
    ],
  },
};
