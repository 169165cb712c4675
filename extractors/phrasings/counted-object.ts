// a count names what it counts after the value.
// The engine (extractors/numeric.ts) applies this phrasing while it resolves a list's indicator.
import type { Phrasing } from '../phrasing.ts';

export const countedObject: Phrasing = {
  meta: {
    id: 'numeric/counted-object',
    kind: 'numeric',
    description: 'a count names what it counts after the value; the indicator is subject and object',
  },
  examples: {
    valid: [

      {
        text: '每个县（市、区）至少建设1所政府举办的标准化妇幼保健机构。',
        section: '策略措施',
        expect: [{ value: 1, unit: '所', comparator: '>=', indicator: '每个县（市、区）政府举办的标准化妇幼保健机构' }],
      },
      { text: '每个社区（村）配备1名儿童主任并提高服务能力。', section: '策略措施', expect: [{ value: 1, indicator: '每个社区（村）儿童主任' }] },
      {
        text: '在新建居住区按照每千人口不少于10个托位规划、建设婴幼儿照护服务设施。',
        section: '策略措施',
        expect: [{ value: 10, unit: '个', comparator: '>=', indicator: '新建居住区每千人口托位' }],
      },
      { text: '保障儿童每天校内外各1小时体育活动时间。', section: '策略措施', expect: [{ value: 1, unit: '小时', indicator: '儿童每天校内外体育活动时间' }] },
      { text: '市、县至少设有1个危重新生儿救治中心。', section: '策略措施', expect: [{ value: 1, comparator: '>=', indicator: '市、县危重新生儿救治中心' }] },
      { text: '每个行政村至少有1所承担基本医疗卫生服务的村卫生室。', section: '策略措施', expect: [{ value: 1, indicator: '每个行政村承担基本医疗卫生服务的村卫生室' }] },
    ],
    invalid: [],
  },
};
