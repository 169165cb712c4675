// Full coverage without a number, one phrasing each; extractors/coverage.ts reads them in this order.
import type { Phrasing } from '../phrasing.ts';

export const coverageFull: Phrasing = {
  meta: { id: 'coverage/full', kind: 'full_coverage', description: '全覆盖 after or around the indicator (实现…全覆盖, 全覆盖的…)' },
  examples: {
    valid: [
      {
        text: '城乡社区妇女议事会实现全覆盖。',
        section: '策略措施',
        expect: [{ kind: 'full_coverage', indicator: '城乡社区妇女议事会', value: 100, unit: '%', comparator: null, rule: 'coverage/full' }],
      },
      { text: '推进义务教育免试就近入学全覆盖。', section: '策略措施', expect: [{ kind: 'full_coverage', indicator: '义务教育免试就近入学' }] },
      { text: '建立起全覆盖的村（社区）干预家暴网格。', section: '策略措施', expect: [{ kind: 'full_coverage', indicator: '村（社区）干预家暴网格' }] },
      { text: '加强城乡社区儿童之家建设，实现全覆盖。', section: '策略措施', expect: [{ kind: 'full_coverage', indicator: '城乡社区儿童之家建设' }] },
      // the places covered between 实现 and 全覆盖 are no part of the indicator
      { text: '老年助餐服务点实现乡镇（街道）全覆盖。', section: '策略措施', expect: [{ kind: 'full_coverage', indicator: '老年助餐服务点', verb: '实现' }] },
      { text: '推进家庭医生签约服务，实现城区、县城和重点乡镇全覆盖。', section: '策略措施', expect: [{ kind: 'full_coverage', indicator: '家庭医生签约服务', verb: '实现' }] },
      // what is covered (监测) is no place: the scope rule leaves it to the indicator
      { text: '重点河段实现视频监测全覆盖。', section: '策略措施', expect: [{ kind: 'full_coverage', verb: null }] },
    ],
    invalid: [{ text: '完善健全覆盖城乡的服务体系。', section: '策略措施', expect: [] }],
  },
};

export const coverageShouldAll: Phrasing = {
  meta: { id: 'coverage/should-all', kind: 'full_coverage', description: '应X尽X idioms of universal provision (应保尽保, 应救尽救, 愿读尽读)' },
  examples: {
    valid: [
      { text: '确保符合条件的妇女应救尽救。', section: '策略措施', expect: [{ kind: 'full_coverage', indicator: '符合条件的妇女', rule: 'coverage/should-all' }] },
      { text: '对未成年人犯罪记录应封尽封。', section: '策略措施', expect: [{ kind: 'full_coverage', indicator: '未成年人犯罪记录' }] },
      { text: '实现初中毕业生接受职业教育“愿读尽读”。', expect: [{ kind: 'full_coverage', indicator: '初中毕业生接受职业教育' }] },
    ],
    invalid: [
      { text: '做好困难群众救助工作。', section: '策略措施', expect: [] },
      // a principle held to (坚持应保尽保), not a provision committed to
      { text: '坚持应保尽保、兜住底线，加快构建社会救助体系。', section: '总体目标', expect: [] },
    ],
  },
};

export const coverageCoveringAll: Phrasing = {
  meta: { id: 'coverage/covering-all', kind: 'full_coverage', description: '覆盖全市…的X, X覆盖所有城乡社区: X covers the whole jurisdiction' },
  examples: {
    valid: [
      {
        text: '基层应急网格员队伍覆盖所有城乡社区。',
        section: '策略措施',
        expect: [{ kind: 'full_coverage', indicator: '基层应急网格员队伍', verb: '覆盖', rule: 'coverage/covering-all' }],
      },
      {
        text: '建立覆盖全县城乡的儿童关爱服务体系。',
        section: '策略措施',
        expect: [{ kind: 'full_coverage', indicator: '儿童关爱服务体系', rule: 'coverage/covering-all' }],
      },
      {
        text: '人才服务专员制度覆盖全部规模以上企业。',
        section: '策略措施',
        expect: [{ kind: 'full_coverage', indicator: '人才服务专员制度', rule: 'coverage/covering-all' }],
      },
      {
        text: '儿童视力筛查项目覆盖全部幼儿园，筛查儿童不少于2万人。',
        section: '策略措施',
        expect: [
          { kind: 'full_coverage', indicator: '儿童视力筛查项目', rule: 'coverage/covering-all' },
          { kind: 'numeric', value: 2, unit: '万人' },
        ],
      },
    ],
    invalid: [{ text: '完善健全覆盖城乡的服务体系。', section: '策略措施', expect: [] }],
  },
};

export const coverageBasicUniversal: Phrasing = {
  meta: { id: 'coverage/basic-universal', kind: 'full_coverage', description: '基本普及 is full coverage; 普遍, 全面推进 are not' },
  examples: {
    valid: [
      { text: '基本普及农村卫生厕所。', expect: [{ kind: 'full_coverage', indicator: '农村卫生厕所', rule: 'coverage/basic-universal' }] },
      // universal provision said without an idiom
      { text: '市、县均要建立危重孕产妇救治中心。', section: '策略措施', expect: [{ kind: 'full_coverage' }], notSupported: true },
      { text: '高质量普及高中阶段教育。', section: '策略措施', expect: [{ kind: 'full_coverage' }], notSupported: true },
    ],
    invalid: [
      { text: '全面推进妇女儿童之家建设。', section: '策略措施', expect: [] },
      { text: '普遍开展家庭教育指导。', section: '策略措施', expect: [] },
    ],
  },
};

export const COVERAGE_PHRASINGS: Phrasing[] = [coverageFull, coverageShouldAll, coverageCoveringAll, coverageBasicUniversal];
