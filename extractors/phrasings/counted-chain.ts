// later counts of a clause share what stands before the first object.
// The engine (extractors/numeric.ts) applies this phrasing while it resolves a list's indicator.
import type { Phrasing } from '../phrasing.ts';

export const countedChain: Phrasing = {
  meta: {
    id: 'numeric/counted-chain',
    kind: 'numeric',
    description: 'later counts of a clause share what stands before the first object; a later clause keeps a distributive subject (每所…)',
  },
  examples: {
    valid: [

      {
        text: '至少建有1个智慧养老院或智慧养老社区、1所县级特困人员供养服务设施。',
        section: '策略措施',
        expect: [
          { value: 1, unit: '个', indicator: '智慧养老院或智慧养老社区' },
          { value: 1, unit: '所', indicator: '县级特困人员供养服务设施' },
        ],
      },
      {
        text: '家长学校、家庭教育指导服务站点每年至少组织2次家庭教育指导和2次家庭教育实践活动。',
        section: '策略措施',
        expect: [
          { value: 2, indicator: '家长学校、家庭教育指导服务站点每年组织家庭教育指导' },
          { value: 2, indicator: '家长学校、家庭教育指导服务站点每年组织家庭教育实践活动' },
        ],
      },
      {
        text: '每所乡镇卫生院、社区卫生服务中心至少配备1名提供规范儿童基本医疗服务的全科医生，至少配备2名专业从事儿童保健的医生。',
        section: '策略措施',
        expect: [
          { value: 1, indicator: '每所乡镇卫生院、社区卫生服务中心提供规范儿童基本医疗服务的全科医生' },
          { value: 2, indicator: '每所乡镇卫生院、社区卫生服务中心专业从事儿童保健的医生' },
        ],
      },
    ],
    invalid: [],
  },
};
