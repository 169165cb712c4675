// Universal provision without a number: 全覆盖, 应保尽保 and its family, 基本普及.
import type { PhraseRule } from '../model/examples.ts';

/** 应X尽X / 愿X尽X (应保尽保, 应救尽救, 应配尽配, 愿读尽读 …) */
export const SHOULD_ALL = /[应愿]([\u4e00-\u9fff])尽\1/;
export const FULL_COVERAGE = '全覆盖';
/** 覆盖全县乡镇（街道）的X */
export const COVERING_ALL = /覆盖全(省|市|州|县|区|乡|镇|村)[^，。；]{0,12}?的/;
export const BASIC_UNIVERSAL = '基本普及';

/** verbs around a coverage idiom that are not part of the indicator */
export const COVERAGE_VERBS: string[] = [
  '基本实现', '全面实现', '力争实现', '逐步实现', '实现', '推进', '推动', '加快', '做到', '确保', '达到', '建立起', '建立',
  '建设', '对', '力争', '争取', '基本', '要', '并', '均',
];

/** `落实X的目标任务` around an indicator named in the previous clause */
export const COVERAGE_WRAPPERS: RegExp[] = [/^(落实|提升|加强|完善|推进|推动|保障|支持)/, /的(目标任务|工作|任务)$/];

export const coverageRules: PhraseRule[] = [
  {
    id: 'coverage/full',
    description: '全覆盖 after or around the indicator',
    examples: [
      {
        text: '城乡社区妇女议事会实现全覆盖。',
        section: '策略措施',
        expect: [{ kind: 'full_coverage', indicator: '城乡社区妇女议事会', value: 100, unit: '%', comparator: null }],
      },
      { text: '推进义务教育免试就近入学全覆盖。', section: '策略措施', expect: [{ kind: 'full_coverage', indicator: '义务教育免试就近入学' }] },
      { text: '建立起全覆盖的村（社区）干预家暴网格。', section: '策略措施', expect: [{ kind: 'full_coverage', indicator: '村（社区）干预家暴网格' }] },
      { text: '加强城乡社区儿童之家建设，实现全覆盖。', section: '策略措施', expect: [{ kind: 'full_coverage', indicator: '城乡社区儿童之家建设' }] },
      { text: '完善健全覆盖城乡的服务体系。', section: '策略措施', expect: [] },
    ],
  },
  {
    id: 'coverage/should-all',
    description: '应X尽X idioms',
    examples: [
      { text: '确保符合条件的妇女应救尽救。', section: '策略措施', expect: [{ kind: 'full_coverage', indicator: '符合条件的妇女' }] },
      { text: '对未成年人犯罪记录应封尽封。', section: '策略措施', expect: [{ kind: 'full_coverage', indicator: '未成年人犯罪记录' }] },
      { text: '实现初中毕业生接受职业教育“愿读尽读”。', expect: [{ kind: 'full_coverage', indicator: '初中毕业生接受职业教育' }] },
    ],
  },
  {
    id: 'coverage/basic-universal',
    description: '基本普及 is full coverage; 普遍, 全面推进 are not',
    examples: [
      { text: '基本普及农村卫生厕所。', expect: [{ kind: 'full_coverage', indicator: '农村卫生厕所' }] },
      { text: '全面推进妇女儿童之家建设。', section: '策略措施', expect: [] },
      // universal provision said without an idiom
      { text: '市、县均要建立危重孕产妇救治中心。', section: '策略措施', expect: [{ kind: 'full_coverage' }], notSupported: true },
      { text: '高质量普及高中阶段教育。', section: '策略措施', expect: [{ kind: 'full_coverage' }], notSupported: true },
      { text: '普遍开展家庭教育指导。', section: '策略措施', expect: [] },
    ],
  },
];
