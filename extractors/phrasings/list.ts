// 分别 lists and shared heads: 新生儿、婴儿和5岁以下儿童死亡率分别降至… gives one indicator per value.
// The engine (extractors/numeric.ts) applies this phrasing while it resolves a list's indicator.
import type { Phrasing } from '../phrasing.ts';

export const listRespectively: Phrasing = {
  meta: {
    id: 'numeric/list',
    kind: 'numeric',
    description: 'a list of values over a list of indicators (分别, a head shared by several groups or places) gives one indicator per value',
  },
  examples: {
    valid: [

      {
        text: '5岁儿童贫血率和生长迟缓率分别控制在10％和5％以下。',
        expect: [
          { value: 10, indicator: '5岁儿童贫血率', comparator: '<=' },
          { value: 5, indicator: '5岁儿童生长迟缓率', comparator: '<=' },
        ],
      },

      {
        text: '城市社区和行政村家长学校或家庭教育指导服务点分别达90％和80％。',
        expect: [
          { value: 90, indicator: '城市社区家长学校或家庭教育指导服务点' },
          { value: 80, indicator: '行政村家长学校或家庭教育指导服务点' },
        ],
      },
      {
        text: '城市和农村儿童之家覆盖率分别达到95%和90%。',
        expect: [
          { value: 95, indicator: '城市儿童之家覆盖率' },
          { value: 90, indicator: '农村儿童之家覆盖率' },
        ],
      },
      // things with no group noun share the head an opener (排放, 筛查, 重点工程 …) starts in the last
      {
        text: '二氧化硫、氮氧化物排放总量分别控制在1.2万吨和0.9万吨以内。',
        expect: [
          { value: 1.2, unit: '万吨', indicator: '二氧化硫排放总量', comparator: '<=' },
          { value: 0.9, unit: '万吨', indicator: '氮氧化物排放总量', comparator: '<=' },
        ],
      },
      {
        text: '城镇适龄妇女宫颈癌和乳腺癌筛查覆盖率分别达到70%和65%。',
        expect: [
          { value: 70, indicator: '城镇适龄妇女宫颈癌筛查覆盖率' },
          { value: 65, indicator: '城镇适龄妇女乳腺癌筛查覆盖率' },
        ],
      },
      // values of different units after 分别 are still one list
      {
        text: '孕产妇死亡率和婴儿死亡率分别控制在10/10万和5‰以下。',
        expect: [
          { value: 10, unit: '1/10万', comparator: '<=', indicator: '孕产妇死亡率' },
          { value: 5, unit: '‰', comparator: '<=', indicator: '婴儿死亡率' },
        ],
      },
    ],
    invalid: [],
  },
};
