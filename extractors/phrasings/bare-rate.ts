// A rate stated with its value and no verb in a target text (视频监控覆盖率100%，): a level to hold.
import type { Phrasing } from '../phrasing.ts';

export const bareRate: Phrasing = {
  meta: {
    id: 'numeric/bare-rate',
    kind: 'numeric',
    description: 'a rate or share followed at once by its percentage and the end of the clause, no verb: 持证上岗率100%',
  },
  examples: {
    valid: [
      { text: '托育机构备案率达到100%。建立安全风险分级管控制度，视频监控覆盖率100%，', section: '策略措施', expect: [{ value: 100 }, { indicator: '视频监控覆盖率', value: 100, unit: '%', comparator: '=', verb: null, rule: 'numeric/bare-rate' }] },
      { text: '保教人员持证上岗率100%。', section: '策略措施', expect: [{ indicator: '保教人员持证上岗率', value: 100, rule: 'numeric/bare-rate' }] },
    ],
    invalid: [
      // the figure of a sentence in the past is a baseline; a rate and a percentage that goes on is not bare
      { text: '2020年，全县农村卫生厕所普及率76.5%。', expect: [{ kind: 'baseline', value: 76.5 }] },
      { text: '覆盖率100%目标如期完成情况纳入考核。', section: '策略措施', expect: [] },
    ],
  },
};
