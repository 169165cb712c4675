// a verb that defines what is counted stays in the indicator.
// The engine (extractors/numeric.ts) applies this phrasing while it resolves a list's indicator.
import type { Phrasing } from '../phrasing.ts';

export const countedVerb: Phrasing = {
  meta: {
    id: 'numeric/counted-verb',
    kind: 'numeric',
    description: 'a verb that defines what is counted (新建, 改扩建, 培养输送) or ties a named organiser to its events (组织, 举办) stays in the indicator; provision verbs (设, 配备, 建有) do not',
  },
  examples: {
    valid: [
      { text: '新改扩建普惠性幼儿园200所。', section: '策略措施', expect: [{ value: 200, unit: '所', indicator: '新改扩建普惠性幼儿园', rule: 'numeric/counted-verb' }] },
      { text: '全县新增学位5万个。', section: '策略措施', expect: [{ value: 5, unit: '万个', indicator: '全县新增学位', rule: 'numeric/counted-verb' }] },

      { text: '新建、改扩建40所幼儿园。', section: '策略措施', expect: [{ value: 40, unit: '所', indicator: '新建、改扩建幼儿园' }] },
      { text: '每年定向培养输送200名技术技能人才。', section: '策略措施', expect: [{ value: 200, unit: '名', indicator: '每年定向培养输送技术技能人才' }] },
      { text: '县级每年至少举办2期养老服务从业人员培训班。', section: '策略措施', expect: [{ value: 2, unit: '期', comparator: '>=', indicator: '县级每年举办养老服务从业人员培训班' }] },
      { text: '每年举办1次纲要统计监测业务培训。', section: 'other', expect: [{ value: 1, unit: '次', indicator: '纲要统计监测业务培训' }] },
      { text: '全市新建和改扩建公办幼儿园30所。', section: '策略措施', expect: [{ value: 30, indicator: '全市新建和改扩建公办幼儿园', rule: 'numeric/counted-verb' }] },
    ],
    invalid: [],
  },
};
