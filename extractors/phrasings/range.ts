// 85%—90%, 35-40张, 0.5到1个百分点: a range is one record, its lower end the value and its upper end `upper`.
import type { ValuePhrasing } from '../phrasing.ts';

export const range: ValuePhrasing = {
  meta: {
    id: 'numeric/range',
    kind: 'numeric',
    description: 'two values of one unit joined by —, -, ~, 至 or 到: value is the lower end, upper the upper end',
  },
  read(site) {
    return site.tok.upper === null ? null : { upper: site.tok.upper };
  },
  examples: {
    valid: [
      { text: '高中阶段毛入学率达到85%—90%。', expect: [{ value: 85, upper: 90, unit: '%', comparator: '=', rule: 'numeric/range' }] },
      { text: '每个县建设3-5家儿童友好医院。', section: '策略措施', expect: [{ value: 3, upper: 5, unit: '家', comparator: '=', rule: 'numeric/range' }] },
      { text: '每千人口养老床位达到35-40张。', section: '策略措施', expect: [{ value: 35, upper: 40, unit: '张', rule: 'numeric/range' }] },
    ],
    invalid: [
      { text: '0—6岁儿童眼保健和视力检查覆盖率达到90％以上。', expect: [{ value: 90, upper: null }] },
      { text: '《渠县儿童发展规划（2021—2030年）》。', section: 'other', expect: [] },
    ],
  },
};
