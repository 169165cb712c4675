// 均 over two named indicators gives one record each.
// The engine (extractors/numeric.ts) applies this phrasing while it resolves a list's indicator.
import type { Phrasing } from '../phrasing.ts';

export const jun: Phrasing = {
  meta: {
    id: 'numeric/jun',
    kind: 'numeric',
    description: '均 over several named indicators gives one record each; one indicator word shared by groups stays one record',
  },
  examples: {
    valid: [
      {
        text: '有需求的持证残疾人和残疾儿童基本康复服务覆盖率、辅助器具适配率均达到85%以上。',
        expect: [
          { value: 85, indicator: '有需求的持证残疾人和残疾儿童基本康复服务覆盖率', rule: 'numeric/jun' },
          { value: 85, indicator: '辅助器具适配率', rule: 'numeric/jun' },
        ],
      },
      {
        text: '3岁以下和7岁以下儿童系统管理率均保持在93％以上。',
        section: '策略措施',
        expect: [
          { value: 93, indicator: '3岁以下儿童系统管理率' },
          { value: 93, indicator: '7岁以下儿童系统管理率' },
        ],
      },
    ],
    invalid: [
      {
        text: '孕产妇艾滋病、梅毒和乙肝检测率达到95％以上。',
        section: '策略措施',
        expect: [{ value: 95, indicator: '孕产妇艾滋病、梅毒和乙肝检测率' }],
      },
    ],
  },
};
