// N%的X…: the share is of the noun after 的.
// The engine (extractors/numeric.ts) applies this phrasing while it resolves a list's indicator.
import type { Phrasing } from '../phrasing.ts';

export const shareOf: Phrasing = {
  meta: {
    id: 'numeric/share-of',
    kind: 'numeric',
    description: 'N%的X…: the share is of the noun after 的, doing what follows (…的比例)',
  },
  examples: {
    valid: [

      { text: '全省80%以上的县通过国家评估认定。', section: '策略措施', expect: [{ value: 80, comparator: '>=', verb: '通过', indicator: '全省县通过国家评估认定的比例' }] },
      {
        text: '95%的城市社区和85%的农村社区（村）建立家长学校或家庭教育指导服务站点。',
        expect: [
          { value: 95, indicator: '城市社区建立家长学校或家庭教育指导服务站点的比例' },
          { value: 85, indicator: '农村社区（村）建立家长学校或家庭教育指导服务站点的比例' },
        ],
      },
      { text: '促进70%的妇女在35—45岁接受高效宫颈癌筛查。', section: '策略措施', expect: [{ value: 70, indicator: '妇女在35—45岁接受高效宫颈癌筛查的比例' }] },
    ],
    invalid: [],
  },
};
