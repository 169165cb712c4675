// Direction-only commitments (主要目标 only): 逐步提高, 明显下降, 稳中有升, 保持合理比例 …
import type { PhraseRule } from '../model/examples.ts';
import type { Direction } from '../model/schema.ts';

export interface DirectionWord {
  form: string;
  direction: Direction;
}

/** after the indicator: 乳腺癌筛查率逐步提高 */
export const POSTFIX_DIRECTIONS: DirectionWord[] = [
  ...['进一步巩固提高', '巩固提高', '逐步提高', '不断提高', '显著提高', '明显提高', '持续提高', '稳步提高', '进一步提高', '得到提高',
    '有所提高', '逐年提高', '稳步提升', '得到提升', '有所提升', '逐年增加', '进一步扩大', '逐步提升', '不断提升', '持续提升', '明显提升', '显著提升', '进一步提升', '持续增加', '逐步增加', '不断增加',
    '稳中有升', '稳中有增', '稳中微升', '有所扩大', '逐步扩大', '不断扩大', '持续扩大', '有所增加', '明显增加', '大幅提高',
    '稳步延长', '逐步延长', '持续延长', '进一步延长', '延长',
    '提高', '提升', '增加', '增长', '扩大'].map((form) => ({ form, direction: 'up' as const })),
  ...['明显下降', '持续下降', '逐步下降', '不断下降', '显著下降', '有所下降', '明显降低', '逐步降低', '持续降低', '不断降低',
    '明显缩小', '显著缩小', '不断缩小', '逐步缩小', '进一步缩小', '持续缩小', '上升趋势减缓', '上升趋势得到有效控制',
    '上升趋势得到遏制', '得到有效控制', '得到控制', '有效控制', '逐年下降', '逐年降低', '进一步下降', '进一步降低',
    '大幅下降', '大幅降低', '明显减少', '有效降低', '稳中有降', '减缓', '下降', '降低', '缩小', '减少'].map((form) => ({ form, direction: 'down' as const })),
  ...['保持均衡', '相适应', '保持稳定', '基本稳定', '基本平衡', '保持平衡', '保持在合理范围', '保持在正常范围', '保持在合理水平',
    '趋于正常', '趋于平衡'].map((form) => ({ form, direction: 'keep' as const })),
];

/** before the indicator: 提高妇女经常参加体育锻炼的人数比例 */
export const PREFIX_DIRECTIONS: DirectionWord[] = [
  ...['进一步巩固提高', '巩固提高', '逐步提高', '不断提高', '稳步提高', '适当提高', '进一步提高', '持续提高', '努力提高', '大力提高',
    '逐步提升', '不断提升', '进一步提升', '逐步扩大', '进一步扩大', '提高', '提升', '扩大', '增加'].map((form) => ({ form, direction: 'up' as const })),
  ...['控制和减少', '有效控制', '逐步降低', '明显降低', '有效降低', '持续降低', '进一步降低', '努力降低', '逐步缩小', '进一步缩小',
    '降低', '减少', '减缓', '缩小', '控制', '遏制'].map((form) => ({
    form,
    direction: 'down' as const,
  })),
];

/** keep-phrases that hold the measured noun: 女党员保持合理比例, 中保持一定女性比例 */
export const KEEP_RATIO = /保持(合理|一定|适当)的?([\u4e00-\u9fff]{0,4}?)(比例|比重|数量)/;

/** what trails an indicator before a postfix direction or after a prefix one */
export const QUALITATIVE_TRAILERS = ['上升的趋势', '上升趋势', '的趋势', '趋势', '现象'];

/** a direction-bearing phrase is an indicator only with a measured noun */
export const QUALITATIVE_NOUNS: string[] = [
  '率', '比例', '比重', '占比', '人数', '数量', '规模', '年限', '寿命', '差距', '素养水平', '覆盖面', '普及水平', '巩固水平',
  '心理健康水平', '超重', '肥胖', '性别比', '健康素养', '覆盖范围', '起数', '满意度',
];

/**
 * A bound against a quota handed down (地方储备粮规模不低于国家下达计划): the level is set elsewhere, the plan sets
 * none of its own, so no qualitative target (a bound against a figure of the place itself is one).
 */
export const QUOTA_FROM_ABOVE = /下达(?:的)?(?:计划|任务|指标|目标|规模)|核定(?:的)?(?:规模|指标)/;
/** a gap against another figure (与全国平均水平的差距) is no indicator of the plan */
export const AGAINST = /^(与|同|和)/;
/** a gap between places only (城乡差距, 城乡、区域差距) names no measured indicator */
export const BARE_GAP = /^(城乡|区域|地区|群体|城市|农村|之间|和|、|及|与)+差距$/;

/**
 * A dash item's lead phrase (——就业规模稳步扩大。城镇新增就业30万人…): it heads the figures after it on its
 * line and is no target of its own. A numbered item's first sentence is (7.村党组织书记中女性比例逐步提高。村委会…30%). `LEAD_MARK` is what opens the line before it;
 * the rest of the line after the lead's 。 holds a figure (LEAD_FIGURE).
 */
export const LEAD_MARK = /^[\s\u3000]*(?:——|—|[-－]{2})[\s\u3000]*$/;
export const LEAD_FIGURE = /\d/;
/**
 * A numbered item's lead naming an aggregate (1. 消费规模稳步扩大。社会消费品零售总额年均增长7%…) heads the figures
 * after it as a dash item's does; one naming a rate or a share (7.村党组织书记中女性比例逐步提高。) is a target.
 */
export const NUMBERED_LEAD_MARK = /^[\s\u3000]*(?:\d{1,2}[.、．]|[（(][一二三四五六七八九十]{1,3}[)）])[\s\u3000]*$/;
export const AGGREGATE_LEAD = /规模/;
/** an item mark at the start of a clause (white space removed) */
export const LEAD_OPEN = /^(?:——|—|[-－]{2})/;

export const qualitativeRules: PhraseRule[] = [
  {
    id: 'qualitative/lead-phrase',
    description: "a list item's lead phrase that heads figures on its line is no qualitative target",
    examples: [
      { text: '——就业规模稳步扩大。全市城镇新增就业30万人以上。', expect: [{ kind: 'numeric', value: 30 }] },
      { text: '7.村党组织书记中女性比例逐步提高。村委会成员中女性比例达到30%左右。', expect: [{ kind: 'qualitative' }, { kind: 'numeric', value: 30 }] },
      { text: '——乳腺癌筛查率逐步提高。', expect: [{ kind: 'qualitative', indicator: '乳腺癌筛查率' }] },
      { text: '1.乳腺癌筛查率逐步提高，宫颈癌筛查率达到80%。', expect: [{ kind: 'qualitative' }, { kind: 'numeric', value: 80 }] },
      { text: '2. 旅游规模稳步扩大。全市接待游客年均增长8%左右。', expect: [{ kind: 'numeric', value: 8 }] },
    ],
  },
];
