// Structure markers of a plan file, as data: heading numbers, section names,
// part keywords, plan titles and periods, jurisdiction suffixes.
// Every rule carries positive and negative examples; test/structure.test.ts runs them.
// Patterns apply to a *normalized* line: white space removed, full-width ASCII made
// half-width, markdown marks stripped (see normalizeLine in extractors/structure.ts).

import type { JurisdictionLevel, Part } from '../model/schema.ts';
import { allNames } from './divisions.ts';

export interface PatternRule {
  id: string;
  pattern: RegExp;
  positive: string[];
  negative: string[];
}

/** Chinese numerals used in heading numbers and years. */
export const CN_DIGITS: Record<string, number> = {
  '〇': 0, '零': 0, 'Ｏ': 0, '○': 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

/**
 * Heading numbers by depth: lower rank = higher in the outline.
 * Group 1 is the number; what follows the match is the heading name.
 */
export interface HeadingNumberRule extends PatternRule {
  rank: number;
}
export const HEADING_NUMBERS: HeadingNumberRule[] = [
  {
    id: 'heading.chapter',
    rank: 0,
    pattern: /^第([一二三四五六七八九十百零〇\d]+)(?:章|部分|篇)/,
    positive: ['第一章总则', '第三部分主要目标', '第2章妇女与健康'],
    negative: ['第一次', '第七次人口普查数据显示', '第十四个五年规划'],
  },
  {
    // 第一节 under 第二章: between a chapter and 一、
    id: 'heading.section',
    rank: 0.5,
    pattern: /^第([一二三四五六七八九十零〇\d]+)节(?![课日])/,
    positive: ['第一节发展目标', '第三节健全公共就业服务体系'],
    negative: ['第一章总则', '第一节课', '第一部分主要目标'],
  },
  {
    // 第3条 规划目标: the articles of a master plan's text (国土空间总体规划), under its chapters
    id: 'heading.article',
    rank: 0.7,
    pattern: /^第([一二三四五六七八九十百零〇\d]{1,4})条(?![件款例])/,
    positive: ['第3条规划目标', '第十二条实施保障'],
    negative: ['第一章总则', '第3条件', '第一条款'],
  },
  {
    id: 'heading.cn-numeral',
    rank: 1,
    pattern: /^([一二三四五六七八九十]{1,3})[、.．](?![一二三四五六七八九十])/,
    positive: ['一、发展现状和趋势', '四、监测评估', '十二、附则', '三.组织实施'],
    negative: ['一是加强领导', '(一)妇女与健康', '一二三四六工作思路', '一、二级医院'],
  },
  {
    id: 'heading.paren-cn-numeral',
    rank: 2,
    pattern: /^[(〔]([一二三四五六七八九十]{1,3})[)〕]/,
    positive: ['(一)妇女与健康', '(四)妇女参与决策和管理', '(二)基本原则。'],
    negative: ['一、总体目标', '(1)主要目标', '(此件公开发布)'],
  },
  {
    id: 'heading.arabic',
    rank: 3,
    pattern: /^(\d{1,2})[.、](?!\d)/,
    positive: ['1.妇女与健康', '2、主要目标', '10.提高妇女营养水平'],
    negative: ['3.5岁以下儿童死亡率', '2025年', '12.5/10万'],
  },
  {
    id: 'heading.paren-arabic',
    rank: 4,
    pattern: /^[(〔](\d{1,2})[)〕]/,
    positive: ['(1)主要目标', '(12)强化科技支撑'],
    negative: ['(一)妇女与健康', '(2021—2025年)'],
  },
];

/** The sections of TARGETS.md, found from a heading's name (number stripped). */
export type SectionName = '主要目标' | '策略措施' | '总体目标' | '发展现状' | 'other';

export interface SectionRule extends PatternRule {
  section: SectionName;
  /**
   * label: a list label inside a domain (主要目标 / 策略措施), always deepest in the outline;
   * heading: an outline heading, ranked by its number.
   */
  role: 'label' | 'heading';
}

export const SECTION_RULES: SectionRule[] = [
  {
    id: 'section.main-targets',
    section: '主要目标',
    role: 'label',
    pattern: /^(?:(?:19|20)\d{2}年度?)?(?:(?:总体要求|指导思想|基本原则)[和与及、]*)?(?:主要目标|目标|发展目标|主要指标|具体目标|行动目标|工作目标|规划目标|规划指标|分年度指标|年度指标|分年度目标|主要发展目标|阶段目标|分阶段目标)$/,
    positive: ['主要目标', '目标', '发展目标', '行动目标', '主要发展目标', '总体要求和发展目标', '2024年主要目标', '规划指标', '分年度指标'],
    negative: ['总体目标', '发展领域、主要目标和策略措施', '主要目标和策略措施', '2035年远景目标'],
  },
  {
    id: 'section.measures',
    section: '策略措施',
    role: 'label',
    pattern: /^(?:策略措施|策略与措施|主要措施|措施|工作措施|主要策略措施|策略和措施|推进措施|具体措施|重点任务|主要任务|重点工作|主要工作|工作任务|任务措施|重点举措|主要举措)$/,
    positive: ['策略措施', '策略与措施', '主要措施', '重点任务', '重点工作'],
    negative: ['保障措施', '主要目标和策略措施'],
  },
  {
    id: 'section.overall-goal',
    section: '总体目标',
    role: 'heading',
    pattern: /^(?:总体目标|总目标|发展总目标|(?:指导思想|基本原则|和|、)*总体目标)$/,
    positive: ['总体目标', '指导思想和总体目标', '指导思想、基本原则和总体目标', '总目标'],
    negative: ['主要目标', '总体要求', '总体目标基本实现'],
  },
  {
    id: 'section.situation',
    section: '发展现状',
    role: 'heading',
    pattern:
      /^(?:前言|序言|引言|总论)$|^[“"]?十[一二三四五]五[”"]?(?:时期|期间)?[\u4e00-\u9fa5]{2,6}?(?:工作|事业|发展)(?:回顾|成就|成效)$|^(?:(?:19|20)\d{2}年度?)?(?:[“"]?十[一二三四五]五[”"]?(?:时期|期间)?|过去(?:五|十)年|近年来)?(?:妇女|儿童|妇女儿童)?(?:事业)?(?:发展|规划|工作|现实|主要|建设)?(?:取得的)?(?:现状|成就|成效|回顾|面临的?形势|形势|基础(?!设施)|基本情况|背景)/,
    positive: ['前言', '发展现状和趋势', '发展基础', '发展成效', '面临形势', '序言', '工作基础', '现实基础', '主要成就', '“十三五”时期妇女发展成就', '发展基础和面临形势', '2023年工作回顾', '“十三五”禁毒工作回顾', '建设现状', '建设成效'],
    // 基础设施 is a domain of targets (（一）基础设施), not the base a plan starts from
    negative: ['指导思想', '发展重点', '发展领域、主要目标和策略措施', '总体目标', '巩固脱贫攻坚成效', '监测评估', '夯实发展基础', '十四五禁毒工作目标', '基础设施', '基础设施建设'],
  },
  {
    id: 'section.other',
    section: 'other',
    role: 'heading',
    pattern:
      /^(?:指导思想|基本原则|总体要求|组织实施|监测评估|实施保障|保障措施|工作要求|重点工程|重点项目|附则|组织领导|规划实施|实施机制|监测与评估|监测和评估|发展重点|发展领域)/,
    positive: ['指导思想', '组织实施', '监测评估', '基本原则', '保障措施', '发展领域、主要目标和策略措施', '工作要求'],
    negative: ['主要目标', '策略措施', '妇女与健康'],
  },
];

/** The domains of the national outlines (and common local ones), for headings written without 与. */
const DOMAIN_WORDS = '健康|教育|经济|参与决策和管理|决策和管理|社会保障|家庭建设|家庭|环境|法律|法律保护|安全|福利|乡村振兴|文化|体育';

/** A domain heading (领域): the name is kept as written, number stripped (a trailing 领域 dropped). */
export const DOMAIN_RULE: PatternRule = {
  id: 'domain.heading',
  pattern: new RegExp(
    // a name ending in 和 与 及 或 的 、 is cut by a line break (5. 儿童参与家庭、学校和)
    `^(?:(?:妇女|儿童|女性|女童|未成年人|青少年)(?:与|参与)[\\u4e00-\\u9fa5、]{1,10}|(?:妇女|儿童)(?:${DOMAIN_WORDS})(?:领域)?)(?<![和与及或的、])$`,
  ),
  positive: ['妇女与健康', '妇女参与决策和管理', '儿童与法律保护', '妇女与乡村振兴', '儿童与安全', '妇女健康', '儿童福利领域'],
  negative: ['妇女发展', '妇女是推动社会文明的重要力量，是建设社', '儿童与健康。主要目标如下：1.', '妇女儿童发展规划', '妇女健康水平', '儿童参与家庭、学校和', '妇女与健康的'],
};

/**
 * A line that goes on with the line before it (的疾病。 ，促进…): it opens with a particle or a
 * mark that no heading or sentence opens with, so the line before is no heading (normalized lines).
 */
export const CONTINUATION_RULE: PatternRule = {
  id: 'layout.continuation',
  pattern: /^[的、,。;:!?)」』》”’%‰]/,
  positive: ['的疾病。', ',促进儿童全面发展。', '。', ')为单位。', '%以上。'],
  negative: ['主要目标:', '地区和农村地区儿童健康事业发展', '1.甲。', '(一)儿童与健康', '儿童健康'],
};

/**
 * A sentence ending a paragraph of 总体目标 that opens the targets' list (…前列。主要目标如下：): the list
 * after it is 主要目标, as under a label of its own.
 */
export const TARGETS_LEAD_RULE: PatternRule = {
  id: 'layout.targets-lead',
  pattern: /(?:^|[。；;])(?:主要目标|具体目标|主要指标)(?:如下|是|为)?[:：]$/,
  positive: ['到2025年，服务能力显著提升。主要目标如下:', '具体目标是:', '甲更加完善;主要指标:'],
  negative: ['主要目标:1.甲达到90%。', '实现以下主要目标:', '主要目标如下:甲'],
};

/**
 * A known domain joined to its subject by 与 or 参与 (妇女与健康): a heading even without a number.
 * Other domain names (儿童健康, 儿童与网络保护) are also wording of body text that a wrapped line may
 * leave alone on its line (儿童参与家庭、学校和), so unnumbered they need evidence: BARE_DOMAIN_LAYOUT.
 */
export const JOINED_DOMAIN_RULE: PatternRule = {
  id: 'domain.joined',
  pattern: new RegExp(`^(?:妇女|儿童|女性|女童|未成年人|青少年)(?:与|参与)(?:${DOMAIN_WORDS})(?:领域)?$`),
  positive: ['妇女与健康', '妇女参与决策和管理', '儿童与法律保护', '妇女与乡村振兴', '儿童与安全领域'],
  negative: ['妇女健康', '儿童福利领域', '妇女与健康。主要目标如下：', '推进妇女与健康', '儿童参与家庭、学校和', '儿童参与黑社会性质组织从事'],
};

/** A few lines of a plan, and a domain name that its last line has (positive) or must not have (negative). */
export interface LayoutExample {
  text: string;
  domain: string;
}
export interface LayoutRule {
  id: string;
  description: string;
  positive: LayoutExample[];
  negative: LayoutExample[];
}

/**
 * When an unnumbered line naming a domain opens it (test/structure.test.ts runs the examples).
 * Evidence that the line is a heading: a number, 【brackets】, a known domain joined by 与, or a
 * line before that ends (。 ： ) or is itself a heading — and, numbered or not, no line after that
 * goes on with it.
 */
export const BARE_DOMAIN_LAYOUT: LayoutRule = {
  id: 'domain.bare-layout',
  description: 'a domain name without number or 与 opens its domain only where the layout shows a heading',
  positive: [
    { text: '二、发展领域\n儿童健康\n主要目标：\n1.甲达到90%。', domain: '儿童健康' },
    { text: '1.甲达到90%。\n\n儿童健康\n\n主要目标：\n1.乙达到90%。', domain: '儿童健康' },
    { text: '一、发展现状\n甲。\n二、主要目标\n【儿童健康】\n1.乙达到90%。', domain: '儿童健康' },
    { text: '（一）儿童健康\n1.甲达到90%。', domain: '儿童健康' },
    { text: '1.甲达到90%。\n妇女与健康\n1.乙达到90%。', domain: '妇女与健康' },
    { text: '二、发展领域\n儿童参与社会事务\n1.乙达到90%。', domain: '儿童参与社会事务' },
  ],
  negative: [
    // a numbered item cut by the conversion: its tail is no heading
    { text: '主要目标：\n5. 有效防治儿童常见疾病和恶性肿瘤等严重危害\n\n儿童健康\n\n的疾病。\n6.乙达到90%。', domain: '儿童健康' },
    { text: '主要目标：\n1.提高覆盖城乡的服务水平，保障\n儿童健康\n2.乙达到90%。', domain: '儿童健康' },
    { text: '主要目标：\n1.甲达到90%。\n儿童健康\n，促进全面发展。', domain: '儿童健康' },
    // numbered, but cut: the name ends in 和, or the next line goes on with it
    { text: '主要目标：\n4.甲达到90%。\n5. 儿童参与家庭、学校和\n社会事务的权利得到保障。', domain: '儿童参与家庭、学校和' },
    { text: '主要目标：\n4.甲达到90%。\n5. 儿童参与家庭、学校和社会事务\n的权利得到保障。', domain: '儿童参与家庭、学校和社会事务' },
  ],
};

/** A numbered heading that names a domain without its subject ((一)健康): only under a number. */
export const BARE_DOMAIN_RULE: PatternRule = {
  id: 'domain.bare',
  pattern: new RegExp(`^(?:${DOMAIN_WORDS})(?:领域)?$`),
  positive: ['健康', '参与决策和管理', '法律保护', '福利领域'],
  negative: ['健康水平', '妇女与健康', '提高健康素养'],
};

/** The part a domain name belongs to, from its first word. */
export const DOMAIN_PART: { pattern: RegExp; part: Part }[] = [
  { pattern: /^(?:妇女|女性)/, part: 'women' },
  { pattern: /^(?:儿童|女童|未成年人|青少年)/, part: 'children' },
];

/** Words that tell which plan a passage belongs to, counted in a plan's text. */
export const PART_KEYWORDS: { part: Part; pattern: RegExp }[] = [
  { part: 'women', pattern: /妇女|女性/g },
  { part: 'children', pattern: /儿童|未成年人|少年/g },
];
/** Compounds that name both parts and say nothing about which one (removed before counting). */
export const BOTH_PARTS_RE = /妇女儿童|妇儿|儿童妇女/g;

/** A plan title in the text (not a citation in 《》): group 1 = place, 2 = subject. */
export const TITLE_RULE: PatternRule = {
  id: 'plan.title',
  pattern:
    /^([\u4e00-\u9fa5]{0,16}?)(?:[“"]?十[一二三四五六七八九]五[”"]?(?:时期)?|(?:19|20)\d{2}[—–\-－~～至](?:19|20)\d{2}年?)?(妇女儿童|妇女|儿童)(?:发展|事业发展|事业)?(?:[“"”]?十[一二三四五六七八九]五[“"”]?)?(?:发展)?(?:规划|纲要|计划)(?:\([^()]{0,20}\)){0,2}$/,
  positive: [
    '朔州市妇女发展“十四五”规划',
    '渠县妇女发展纲要(2021—2030年)',
    '钟山区儿童发展规划(2021—2025年)',
    '妇女发展规划',
    '某市妇女儿童发展“十四五”规划',
    '某市“十四五”妇女儿童发展规划',
    '某县2021—2025年妇女发展规划',
    '某县妇女发展规划(2021-2025年)(征求意见稿)',
  ],
  negative: [
    '关于印发朔州市妇女发展“十四五”规划和儿童发展“十四五”规划的通知',
    '《中国妇女发展纲要(2021—2030年)》',
    '将妇女发展纳入全市国民经济和社会发展规划',
    '现将《朔州市妇女发展“十四五”规划》印发给你们',
  ],
};
/** 州 alone only where no 市 县 区 follows (梧州湾市, 广州市 go on); 乡 and 镇 not in 乡村, 镇村 (乡村振兴), but before 村庄 */
const TITLE_PLACE_SUFFIX = '(?:特别行政区|自治区|自治州|自治县|自治旗|省|市|县|区|旗|(?:镇|乡)(?!村(?!庄))|州(?![\\u4e00-\\u9fa5]{0,2}[市县区旗]))';
/** a place name's characters: no function word, no office (某市卫健委牵头…县 is no place) */
const TITLE_PLACE_CHAR = '(?:(?![的与及或各等局委会办厅府])[\u4e00-\u9fa5])';
/** 全市, 本县, 城乡, 市县 …: a one-character word and a suffix is no place */
const TITLE_NOT_PLACE = '(?![全本我各该此其城乡县市省区镇旗][省市县区旗镇乡])';
/** words ending in a suffix that are no place: 城乡 (住房和城乡建设), 乡镇, 城镇, 村镇 */
const NOT_PLACE_END = '(?<!城乡|城镇|乡镇|村镇)';
/** a place under the first (某市南溪区): two to four characters, not a kind of area (社区, 园区, 城区, 城镇 …) */
const TITLE_SUB_PLACE = `(?:${TITLE_PLACE_CHAR}{2,4}?(?:自治县|自治旗|市|县|区|旗|(?:镇|乡)(?!村(?!庄)))(?<!社区|园区|城区|景区|片区|街区|小区|校区|城镇|乡镇|村镇|城乡))`;
/** a place by its shape: a name, then its suffix at the first place it can end */
const SHAPED_PLACE = `${TITLE_NOT_PLACE}${TITLE_PLACE_CHAR}{1,10}?${TITLE_PLACE_SUFFIX}${NOT_PLACE_END}`;
const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/**
 * GB/T 2260 names the shape reads short or not at all, first or under another place: a suffix character
 * inside the name (新乡市, 沙市区, 景德镇市, 贵州省), a character the shape refuses (四会市, 府谷县), 盟 (锡林郭勒盟),
 * a name the sub-place shape cuts (某市涉县, 某市藁城区, 某州黔东南苗族侗族自治州). Read whole, before the shape.
 * Not 城区, 矿区, 郊区, 东区, 西区 under a place: there they are common words (某市城区 is its urban area).
 */
const SHAPE_MISREADS: string[] = (() => {
  const shaped = new RegExp(`^(${SHAPED_PLACE})`);
  const sub = new RegExp(`^(${TITLE_SUB_PLACE})`);
  const notPlace = new RegExp(`^${TITLE_NOT_PLACE}`);
  return allNames.filter((n) => notPlace.test(n) && !/^.区$/.test(n) && (shaped.exec(`${n}规划`)?.[1] !== n || sub.exec(`${n}规划`)?.[1] !== n));
})();
const LISTED_PLACE = SHAPE_MISREADS.length > 0 ? `(?:${SHAPE_MISREADS.map(escapeRe).join('|')})` : '(?!)';
/** 健康某市, 平安某县, 数字某区: a campaign's name before a place is no part of it */
const CAMPAIGN_WORD = '(?:健康|平安|美丽|数字|智慧|法治|幸福|文明|生态|绿色|书香|宜居|清洁|诚信|海绵|韧性|无废)';
/**
 * A listed name taken whole and at once ((?=(?<n>…))\k<n>: no backtracking into it), which also keeps the regex
 * cheap to compile: a plain alternation of some 470 names, repeated, takes V8 ~100 ms to compile.
 */
const listed = (group: string): string => `(?=(?<${group}>${LISTED_PLACE}))\\k<${group}>`;
/** group 1: the place, its first name and up to two under it (某市青山区, 邯郸市涉县) */
const TITLE_PLACE =
  `(?:${CAMPAIGN_WORD}(?=${SHAPED_PLACE}))?${TITLE_NOT_PLACE}` +
  `((?:${listed('listedPlace')}|${SHAPED_PLACE})(?:${listed('listedSubPlace')}|${TITLE_SUB_PLACE}){0,2})`;

/** A rule that reads a place (group 1): each example's place, or null where it must read none. */
export interface PlaceRule extends PatternRule {
  places: { text: string; place: string | null }[];
}

/** The place at a title's head (group 1): GENRE_TITLE_RULE's, and an annual work plan's (某县2024年…工作要点). */
export const TITLE_PLACE_RULE: PlaceRule = {
  id: 'plan.title-place',
  pattern: new RegExp(`^[“"「]?${TITLE_PLACE}`),
  positive: ['某县“十四五”水利发展规划', '某市青山区数字政府建设规划', '某某自治州商贸流通发展规划', '某州湾市住房保障规划', '某县2024年爱国卫生工作要点'],
  negative: ['全市实施农田水利建设三年行动', '城乡供水保障规划', '2024年全县卫生健康工作要点', '市交通局会同各县制定实施方案', '住房和城乡建设事业发展规划'],
  places: [
    // the suffix where the name ends: 区 after 枫林, 市 after 梧州湾 (a 州 with 市 after it is no suffix)
    { text: '枫林区“十四五”文化和旅游发展规划', place: '枫林区' },
    { text: '梧州湾市“十四五”住房保障规划', place: '梧州湾市' },
    { text: '某某自治县“十四五”水利发展规划', place: '某某自治县' },
    { text: '某市青山区数字政府建设规划', place: '某市青山区' },
    // a campaign's name is no part of the place; 平安区 is a place (GB/T 2260), not 平安 and a 区
    { text: '健康某市行动计划', place: '某市' },
    { text: '平安梧州湾市建设规划(2021—2025年)', place: '梧州湾市' },
    { text: '数字某区建设三年行动计划', place: '某区' },
    { text: '平安区“十四五”水利发展规划', place: '平安区' },
    // GB/T 2260 names holding a suffix character or a character the shape refuses are read whole
    { text: '新乡市“十四五”水利发展规划', place: '新乡市' },
    { text: '沙市区国土空间总体规划(2021—2035年)', place: '沙市区' },
    { text: '贵州省“十四五”水利发展规划', place: '贵州省' },
    { text: '四会市“十四五”水利发展规划', place: '四会市' },
    { text: '锡林郭勒盟“十四五”水利发展规划', place: '锡林郭勒盟' },
    { text: '邯郸市涉县“十四五”水利发展规划', place: '邯郸市涉县' },
    { text: '北京市东城区“十四五”水利发展规划', place: '北京市东城区' },
    { text: '某市城区供水专项规划(2021—2035年)', place: '某市' },
    // an office after the place is no place under it
    { text: '某市住房和城乡建设事业发展规划', place: '某市' },
    { text: '住房和城乡建设事业发展规划(2021—2025年)', place: null },
    // 乡村 and 镇村 are words, no 乡 or 镇 (美丽乡村); a 乡's 村庄规划 is its own
    { text: '某县美丽乡村建设规划(2021—2025年)', place: '某县' },
    { text: '美丽乡村建设规划(2021—2025年)', place: null },
    { text: '某某乡村庄规划(2021—2035年)', place: '某某乡' },
    { text: '健康中国行动', place: null },
  ],
};
/**
 * The place an issuing body names (group 1): it ends at its suffix, and the body's name follows
 * (石湾县爱国卫生运动委员会 → 石湾县; 中共某县委办公室 → 某县). A body with no place shape is read by placeOfIssuer.
 */
export const ISSUER_PLACE_RULE: PlaceRule = {
  id: 'header.issuer-place',
  pattern: new RegExp(`^(?:中共)?${TITLE_PLACE}`),
  positive: ['石湾县爱国卫生运动委员会', '中共某县委办公室', '某市人民政府办公室', '某某自治州人民政府', '某市青山区妇女儿童工作委员会'],
  negative: ['国务院妇女儿童工作委员会', '全县爱国卫生运动委员会'],
  places: [
    { text: '石湾县爱国卫生运动委员会', place: '石湾县' },
    { text: '中共某县委办公室', place: '某县' },
    { text: '某市住房和城乡建设委员会', place: '某市' },
    { text: '某市青山区妇女儿童工作委员会', place: '某市青山区' },
    { text: '梧州湾市人民政府', place: '梧州湾市' },
    { text: '广西壮族自治区人民政府办公厅', place: '广西壮族自治区' },
    { text: '国务院妇女儿童工作委员会', place: null },
  ],
};

/**
 * The place a monitoring report's title names (group 1), after a 关于, the year it reports on and the 《 of the
 * plan it cites: 某市2022年妇女儿童发展规划统计监测报告, 2022年《某省…纲要》统计监测报告.
 */
export const REPORT_PLACE_RULE: PlaceRule = {
  id: 'document.report-place',
  pattern: new RegExp(`^(?:关于)?(?:(?:19|20)\\d{2}年度?)?[《“"「]?${TITLE_PLACE}`),
  positive: ['某市2022年妇女儿童发展规划统计监测报告', '2022年《某省儿童发展纲要(2021—2030年)》统计监测报告', '某区“十四五”食品安全规划2022年度实施情况监测报告'],
  negative: ['2022年全市妇女儿童发展规划统计监测报告', '统计监测报告', '关于2022年度规划实施情况的监测报告'],
  places: [
    { text: '某市2022年妇女儿童发展规划统计监测报告', place: '某市' },
    { text: '2022年《某省儿童发展纲要(2021—2030年)》统计监测报告', place: '某省' },
    { text: '《梧州湾市知识产权保护和运用“十四五”规划》实施情况中期评估报告', place: '梧州湾市' },
    { text: '关于某县2022年度妇女发展规划实施情况的监测报告', place: '某县' },
    { text: '2022年全市妇女儿童发展规划统计监测报告', place: null },
  ],
};
const TITLE_PERIOD = '(?:十[一二三四五六七八九]五|(?:19|20)\\d{2}年?[—–\\-－~～至到]{1,2}(?:19|20)\\d{2}年?|(?:19|20)\\d{2}年)';
/** heads of a measure, a sentence or a heading, not of a title */
const TITLE_NOT_HEAD =
  '(?:实施|推进|落实|贯彻|关于|印发|制定|编制|开展|组织|加快|加强|深化|推动|完善|健全|建立|做好|抓好|按照|根据|依据|围绕|结合|坚持|全面|积极|认真|切实|进一步|大力|着力|持续|统筹|强化|实行|执行|启动|现将|其中|同时|[一二三四五六七八九十]是|到|在|对|把|将|要|请|第[一二三四五六七八九十百零〇\\d]+[章节条篇部]|专栏)';
/** predicates inside a line that make it a sentence (将…纳入…规划) */
const TITLE_NOT_INSIDE_WORDS = '(?:将|把|纳入|列入|已经|印发|制定|出台|达到)';
/** GB/T 2260 names opening with such a head (将乐县): a line they open is a place's title */
const HEAD_NAMES = ((head) => allNames.filter((n) => head.test(n)))(new RegExp(`^${TITLE_NOT_HEAD}`));
const NOT_HEAD = HEAD_NAMES.length > 0 ? `(?!${HEAD_NAMES.map(escapeRe).join('|')})${TITLE_NOT_HEAD}` : TITLE_NOT_HEAD;
/** …and a predicate is no predicate where it is a piece of a GB/T 2260 name (the 将 of 将乐县) */
const INSIDE_NAME_PIECES = ((inside) =>
  allNames.flatMap((n) =>
    [...n.matchAll(inside)].map((m) => `(?<=${escapeRe(n.slice(0, m.index! + m[0].length))})${escapeRe(n.slice(m.index! + m[0].length))}`),
  ))(new RegExp(TITLE_NOT_INSIDE_WORDS, 'g'));
const TITLE_NOT_INSIDE = INSIDE_NAME_PIECES.length > 0 ? `${TITLE_NOT_INSIDE_WORDS}(?!${INSIDE_NAME_PIECES.join('|')})` : TITLE_NOT_INSIDE_WORDS;
/**
 * A plan of any other genre (卫生健康, 水利, 商务, 交通 …): group 1 = place, or undefined. No list of genres: the
 * evidence of a title is its shape. A place at its head (a name and a suffix 省 市 县 区 旗 镇 乡 自治州 …, nested
 * as 某市某区) or a period in it (十四五, 2021—2025年, 2035年); a plan word at its end (规划 纲要 方案 计划 意见
 * 行动, then brackets, 文本摘要); no sentence mark; no verb or preposition at its head (实施全民健身计划,
 * 关于…, 全市实施…行动, 第三节 …) and no predicate inside (将…纳入…规划: a body line). Lines naming 妇女 or 儿童
 * are TITLE_RULE's or a report's on such a plan (2023年某区妇女儿童发展规划 / 统计监测报告), 健康某市2030
 * HEALTH_OUTLINE_RULE's: matchTitle tries those first.
 */
export const GENRE_TITLE_RULE: PatternRule = {
  id: 'plan.genre-title',
  pattern: new RegExp(
    `^[“"「]?(?!${NOT_HEAD})(?![^]*[,，。;；:：!！?？])(?![^]*${TITLE_NOT_INSIDE})(?![^]*(?:妇女|儿童))(?:${TITLE_PLACE}|(?=.*${TITLE_PERIOD}))` +
      `.*?(?:规划|纲要|方案|计划|意见|行动)(?:\\([^()]{0,20}\\)){0,2}(?:文本摘要)?$`,
  ),
  positive: [
    // genres no rule lists: the place, the period and the plan word are the evidence
    '某县“十四五”水利发展规划',
    '某市综合交通运输“十四五”发展规划',
    '某某自治州“十四五”商贸流通发展规划',
    '某区全域旅游发展规划(2023—2030年)',
    '某镇国土空间规划(2021—2035年)',
    '某旗“十四五”草原畜牧业发展规划',
    '某县城乡供水一体化实施方案(2024—2026年)',
    '某市低空经济发展三年行动计划(2024—2026年)(征求意见稿)',
    '某县新型城镇化发展规划(2021—2035年)',
    '某市青山区数字政府建设“十四五”规划',
    '某省关于加快氢能产业发展的实施意见',
    '某市推进城市更新行动方案',
    '某县2024年冬春农田水利建设实施方案',
    // a head word that opens a GB/T 2260 name (将乐县) is no verb; a campaign's name before a place
    '将乐县“十四五”水利发展规划',
    '福建省将乐县“十四五”水利发展规划',
    '健康某市行动计划',
    '“十四五”现代物流发展规划',
    '现代物流发展规划(2021—2025年)',
    // genres an earlier list held, as before
    '某市卫生健康事业发展“十四五”规划',
    '某县国土空间总体规划(2021—2035年)文本摘要',
    '某州残疾人保障和发展“十四五”规划',
    '某区公共法律服务体系建设规划(2022—2025年)',
    '某市2023年国民经济和社会发展计划',
  ],
  negative: [
    // a measure or a heading: a verb or a preposition at its head
    '实施乡村建设行动',
    '推进城乡供水一体化实施方案',
    '落实国土空间总体规划',
    '关于印发某市“十四五”商务发展规划的通知',
    '第三节实施城市更新行动',
    '专栏2“十四五”重点水利工程行动',
    '在2025年前完成规划',
    // 全市, 城乡 are no places; a line with neither place nor period
    '全市实施农田水利建设三年行动',
    '城乡供水保障规划',
    '综合交通运输体系规划',
    // a body line: a predicate inside, a sentence mark, an office before a 县
    '某市将交通强市建设纳入国民经济和社会发展规划',
    '到2025年,建成水利发展规划',
    '市交通局会同各县制定实施方案',
    '《某县“十四五”水利发展规划》',
    // 妇女 and 儿童 are TITLE_RULE's; a year over such a plan's name heads a report on it
    '2023年某区妇女儿童发展规划',
    '某市妇女发展“十四五”规划',
    // 将 heads a measure where no GB/T name opens the line
    '将城乡供水一体化纳入发展规划',
    '将某县建成区域物流中心的实施方案',
  ],
};

/**
 * An annual work plan (2024年全县卫生健康工作要点): group 1 its year, its period. It has no situation section:
 * the paragraph before its first heading states the year's targets.
 */
export const ANNUAL_WORK_TITLE_RULE: PatternRule = {
  id: 'plan.annual-work-title',
  pattern: /^(?:[\u4e00-\u9fa5]{2,12}?(?:局|委|委员会|厅|办|办公室|政府|联合会|妇联|省|市|县|区|州|旗))?((?:19|20)\d{2})年度?(?:(?<=[局委会厅办室府联]\d{4}年度?)|[\u4e00-\u9fa5]{2,16}?)工作(?:要点|安排)$/,
  positive: ['2024年全县卫生健康工作要点', '2023年度某市妇女儿童工作要点', '2024年全区托育服务工作安排', '某市民政局2024年工作要点', '某某县2024年爱国卫生工作要点'],
  negative: ['关于印发《2024年全县卫生健康工作要点》的通知', '2024年工作要点', '一、2024年重点工作', '某市2024年工作要点'],
};

/** 总体要求 as a heading's whole name: with no 发展目标 under it, its 到2025年，… paragraph states the targets. */
export const GENERAL_REQUIREMENTS_RULE: PatternRule = {
  id: 'section.general-requirements',
  pattern: /^总体要求$/,
  positive: ['总体要求'],
  negative: ['总体要求和发展目标', '指导思想', '工作要求'],
};

/** A paragraph opened by a year and a pause (2023年，…): before an annual work plan's year, its preface reviews that year. */
export const REVIEW_YEAR_LEAD_RULE: PatternRule = {
  id: 'plan.review-year-lead',
  pattern: /^((?:19|20)\d{2})年[，,]/,
  positive: ['2023年，全县爱国卫生工作取得新成效。', '2023年,全市民政工作稳中有进。'],
  negative: ['2024年是实施“十四五”规划的关键之年', '2023年全县新增卫生村28个'],
};

/**
 * A paragraph opening with a past period (“十三五”期间，…; 截至2020年底，…; 过去五年，…): the first line under a
 * top-level heading no section rule knows, before any targets heading, it makes the section a review of
 * the past (发展现状): its heading was misread (a scan's 第一部分，本三五，下作成效) or is worded as no rule
 * knows. Group 1: a 十X五 numeral; group 2: a year. The period must end before the plan's starts.
 */
export const PAST_LEAD_RULE: PatternRule = {
  id: 'section.past-lead',
  pattern:
    /^["“,]?十([一二三四五六七八九])五["”,]?(?:时期|期间|以来)[,，]|^(?:截至|截止到?)?((?:19|20)\d{2})年(?:底|末)?(?:以来)?[,，]|^(?:过去(?:五|十)年(?:来|间)?|近(?:五|十|几)?年来|(?:五|十)年来)[,，]/,
  positive: ['“十三五”期间,全县防震减灾工作取得新进展。', '十三五以来,全省粮食生产连年丰收', '截至2020年底,全市建成5G基站2140个', '2016年以来,全区', '2020年,全市累计建成', '过去五年,全县', '近年来,全区', '五年来,全市', '“十三五”时期，全市'],
  negative: ['“十四五”时期是全面建设社会主义现代化国家的开局期', '到2025年,全市', '2020年全县新增', '“十三五”规划实施以来', '建成地震监测台站7个', '今后五年,全市'],
};

/** 健康某市2030 规划纲要: a health outline named by its end year (group 1 = place, 2 = year). */
export const HEALTH_OUTLINE_RULE: PatternRule = {
  id: 'plan.health-outline',
  pattern: /^[“"]?健康([\u4e00-\u9fa5]{2,12}?)(20[2-5]0)[”"]?(?:规划纲要|行动|实施方案|规划)(?:\([^()]{0,20}\))?$/,
  positive: ['“健康某市2030”规划纲要', '健康某省2030行动', '"健康某县2030"规划纲要'],
  negative: ['《“健康中国2030”规划纲要》', '健康某市建设', '健康中国2030'],
};

/**
 * A plan cited in 《》 with its period (《某市儿童发展规划（2021—2030年）》提出…): in a file with no plan
 * of its own (news, 解读, monitoring reports) it gives the plan, its part and its target year.
 */
export const CITED_PLAN_RULE: PatternRule = {
  id: 'plan.cited',
  pattern: /《([^《》]{2,50}?(?:规划|纲要|计划|方案)(?:[(（][^()（）]{0,20}[)）])?)》/g,
  positive: ['《某市儿童发展规划（2021—2030年）》提出', '根据《中国妇女发展纲要(2021—2030年)》统计监测指标体系', '《“健康某市2030”规划纲要》'],
  negative: ['《中华人民共和国妇女权益保障法》', '《某市统计年鉴》'],
};

/** A monitoring report (统计监测报告, 监测评估报告, 实施情况报告): its figures are achievements, not targets. */
export const MONITORING_RULE: PatternRule = {
  id: 'document.monitoring-report',
  pattern: /(?:统计)?监测(?:评估)?报告|(?:中期|终期)(?:统计)?(?:监测|评估)报告|实施情况(?:的)?(?:统计)?(?:监测|评估)?报告/,
  positive: ['2022年《某省儿童发展纲要（2021—2030年）》统计监测报告', '某市妇女发展规划终期评估报告', '某县儿童发展规划实施情况监测报告'],
  negative: ['建立健全统计监测制度', '开展中期评估和终期评估工作'],
};
/**
 * The date line under a monitoring report's title (2023年11月): a report whose title names no year reports on
 * the year before the one it is dated (statistics of a year come out the next).
 */
export const REPORT_DATE_RULE: PatternRule = {
  id: 'document.report-date',
  pattern: /^((?:19|20)\d{2})年\d{1,2}月(?:\d{1,2}日)?$/,
  positive: ['2023年11月', '2023年3月18日'],
  negative: ['2023年', '2023年11月，全县', '(2021—2025年)'],
};
/** Lines at the top of a file read for the monitoring-report title. */
export const MONITORING_TITLE_LINES = 8;

/** The report on an annual plan (…与2024年计划草案的报告): its targets are the plan of that year (group 1).
 *  A line ending in 报 is the title wrapped before its last character (scans wrap long titles, and OCR may lose the 告). */
export const ANNUAL_REPORT_RULE: PatternRule = {
  id: 'plan.annual-report',
  pattern: /((?:19|20)\d{2})年(?:国民经济和社会发展)?计划(?:草案)?(?:的)?报(?:告|$)/,
  positive: ['关于某市2023年国民经济和社会发展计划执行情况与2024年计划草案的报告', '关于2024年国民经济和社会发展计划草案的报告', '关于某县2022年国民经济和社会发展计划执行情况与2023年计划草案的报'],
  negative: ['2024年政府工作报告', '《某市2024年国民经济和社会发展计划》', '2024年计划报送情况', '2024年计划草案的报送'],
};

/** Subjects of cited plans and genre titles by part (others are part other). */
export const CITED_SUBJECT_PART: { pattern: RegExp; part: Part }[] = [
  { pattern: /妇女儿童|妇儿/, part: 'other' },
  { pattern: /妇女/, part: 'women' },
  { pattern: /儿童/, part: 'children' },
];

/** A plan named in running text (the notice): group 1 the subject; the match holds 规划/纲要 and any period. */
export const NAMED_PLAN_RULE: PatternRule = {
  id: 'plan.named',
  pattern:
    /(妇女儿童|妇女|儿童)(?:事业)?发展[^，。；、《》和]{0,12}?(?:规划|纲要|计划)(?:[(（][^()（）]{0,20}[)）]|[“"][^”"]{0,6}[”"])?/g,
  positive: ['关于印发朔州市妇女发展“十四五”规划和儿童发展“十四五”规划的通知', '《渠县儿童发展纲要（2021-2030年）》'],
  negative: ['妇女发展取得成效', '将妇女工作纳入规划'],
};
export const TITLE_SUBJECT_PART: Record<string, Part> = { 妇女: 'women', 儿童: 'children', 妇女儿童: 'other' };

/** A plan period written as two years. */
export const PERIOD_RULE: PatternRule = {
  id: 'plan.period',
  pattern: /((?:19|20)\d{2})年?[—–\-－~～至到]{1,2}((?:19|20)\d{2})年?/,
  positive: ['(2021—2025年)', '(2021-2030年)', '2021年至2030年', '(2016—2020年)'],
  negative: ['2021年5月6日', '朔政发〔2023〕15号', '到2025年'],
};
/** A line that is only a period: the title block of a plan whose title line is missing. */
export const PERIOD_LINE_RULE: PatternRule = {
  id: 'plan.period-line',
  pattern: /^[(]?((?:19|20)\d{2})年?[—–\-－~～至到]{1,2}((?:19|20)\d{2})年?[)]?$/,
  positive: ['(2021—2025年)', '(2021-2030年)', '2021—2025年'],
  negative: ['(2021—2025年)》', '到2025年', '2021年5月6日'],
};
/**
 * A line of a plan's title block (its first lines, before any heading) that names a period, for a
 * plan whose title no title rule reads (a scan's title with a character or its closing bracket
 * misread, a genre no rule knows): short, no sentence mark, no citation; the years at its end or a
 * 十X五 mark inside. The period is its, as periodOf reads it.
 */
export const TITLE_BLOCK_PERIOD_RULE: PatternRule = {
  id: 'plan.title-block-period',
  pattern:
    /^(?=[^《》。,;:]{4,40}$)(?:.*(?:19|20)\d{2}年?[—–\-－~～至到]{1,2}(?:19|20)\d{2}年?\)?(?:\([^()]{0,10}\)?)?|.*十[一二三四五六七八九]五.*[规纲计划要案].{0,3})$/,
  positive: [
    '东阳县儿童发展规划(2021—2030年',
    '某市医疗保障事业发展规划(2021—2025年)',
    '某市卫生健康事业发展“十四五”规戈',
    '某县妇女发展规划(2021—2025年)(征求意见稿',
  ],
  negative: [
    '《某县儿童发展规划(2011—2020年)》实施十年来',
    '到2025年,全市儿童发展达到',
    '2021年5月6日',
    '“十四五”时期是全面建设社会主义现代化国家的开局期',
    '二〇二二年一月',
  ],
};
/** Non-blank lines at the start of a plan read for TITLE_BLOCK_PERIOD_RULE. */
export const TITLE_BLOCK_LINES = 3;
/** A five-year-plan label: 十四五 → 2021–2025. */
export const FIVE_YEAR_RULE: PatternRule = {
  id: 'plan.five-year',
  pattern: /十([一二三四五六七八九])五/,
  positive: ['朔州市妇女发展“十四五”规划', '十五五时期'],
  negative: ['十五年', '五年规划'],
};
/** 十N五 starts in 2006 + 5(N − 11)… for N = 一 (十一五) that is 2006. */
export function fiveYearPeriod(n: number): [number, number] {
  const start = 2006 + 5 * (n - 1);
  return [start, start + 4];
}
/** A sentence stating the plan's own period (本规划期限为2021年至2025年). */
export const OWN_PERIOD_RULE: PatternRule = {
  id: 'plan.own-period',
  pattern: /本(?:规划|纲要|计划)(?:的)?(?:期限|实施期限|规划期|时限|实施期)(?:为|是|:)((?:19|20)\d{2})年?[—–\-－~～至到]{1,2}((?:19|20)\d{2})年/,
  positive: ['本纲要期限为2021年至2030年，', '本规划期限为2021—2025年'],
  negative: ['《中国妇女发展纲要(2021—2030年)》', '到2025年'],
};

/** A table-of-contents entry: a heading with a page number at its end. */
export const TOC_ENTRY_RULE: PatternRule = {
  id: 'toc.entry',
  // tested on a right-trimmed tail of the line; no two adjacent white-space runs, so no backtracking blow-up
  pattern: /(?:(?:\.{2,}|…+|·{2,}|-{3,}|_{3,}|—{2,})\s*|\s{2,}|\t\s*)\d{1,3}$/,
  positive: ['一、发展现状……………3', '(一)妇女与健康.......5', '主要目标 \t 7', '二、总体目标   12'],
  negative: ['一、发展现状和趋势', '2. 孕产妇死亡率下降到12.5/10万以内', '(2021—2025年)'],
};
/** The heading of a table of contents. */
export const TOC_HEAD_RULE: PatternRule = {
  id: 'toc.head',
  pattern: /^(?:目录|目次)$/,
  positive: ['目录', '目次'],
  negative: ['目录管理', '纳入目录'],
};

/** Notice header: the issuing body (group 1), on a line of its own. */
export const ISSUER_RULE: PatternRule = {
  id: 'header.issuer',
  pattern:
    /^((?:[\u4e00-\u9fa5]{2,20}?(?:人民政府办公室|人民政府办公厅|人民政府|妇女儿童工作委员会|委员会|办公室|办公厅))|国务院(?:办公厅)?)(?:文件|关于.*)?$/,
  positive: ['朔州市人民政府文件', '渠县人民政府', '朔州市人民政府关于印发朔州市妇女发展“十四五”规划的通知', '国务院'],
  negative: ['各县(市、区)人民政府，朔州经济开发区管委会，市直各有关单位:', '现将《朔州市妇女发展“十四五”规划》印发给你们'],
};
/** A document number 文号: 朔政发〔2023〕15号. */
export const DOC_NUMBER_RULE: PatternRule = {
  id: 'header.doc-number',
  pattern: /[\u4e00-\u9fa5]{1,10}[〔\[［(（【]((?:19|20)\d{2})[〕\]］)）】]第?\d{1,4}号/,
  positive: ['朔政发〔2023〕15号', '渠府发〔2022〕34号', '黔府办发[2021]3号'],
  negative: ['2023年5月6日', '(此件公开发布)'],
};
/** The end of the notice: its date line or 印发 line; the plans follow. */
export const NOTICE_MARK_RULE: PatternRule = {
  id: 'header.notice',
  pattern: /(?:人民政府文件|关于印发|的通知$|印发给你们|现印发你们|请认真(?:贯彻|组织|遵照)|^[〔\[(（]?此件公开发布)/,
  positive: ['朔州市人民政府文件', '关于印发《渠县妇女发展纲要》的通知', '(此件公开发布)'],
  negative: ['朔州市妇女发展“十四五”规划', '一、发展现状和趋势'],
};

/** A jurisdiction named in a citation 《X妇女发展规划…》 or 《X国民经济和社会发展…》: group 1. */
export const CITED_PLACE_RULE: PatternRule = {
  id: 'jurisdiction.cited-plan',
  pattern:
    /《([\u4e00-\u9fa5]{2,12}?)(?:妇女|儿童|国民经济和社会发展|妇女儿童)(?:事业)?(?:发展)?[^《》]{0,40}(?:规划|纲要)[^《》]{0,30}》/g,
  positive: ['《贵州省妇女发展规划(2021—2025年)》', '《钟山区妇女发展规划(2016—2020年)》', '《达州妇女发展纲要(2021—2030年)》'],
  negative: ['《中华人民共和国妇女权益保障法》', '《贵州省人口与计划生育条例》'],
};
/**
 * A place name made of nested jurisdictions (长春市九台区, 贵州省六盘水市): groups are
 * province, city, and the place itself. A bare 州 or 盟 closes a city only after two characters or more
 * (黔东南州凯里市): after one it is a piece of the name (梧州湾市 is one city, not 梧州 and 湾市).
 */
export const NESTED_PLACE_RULE: PlaceRule = {
  id: 'jurisdiction.nested',
  pattern:
    /^([\u4e00-\u9fa5]+?(?:省|自治区))?([\u4e00-\u9fa5]+?(?:市|自治州|地区)|[\u4e00-\u9fa5]{2,}?(?:州|盟))?([\u4e00-\u9fa5]+?(?:市|县|自治县|区|旗|自治旗|州|盟|省|自治区))$/,
  positive: ['长春市九台区', '贵州省六盘水市', '六盘水市钟山区', '济南市市中区', '钟山区', '梧州湾市'],
  negative: ['中国', '钟山', '国务院'],
  // the place itself (group 3)
  places: [
    { text: '长春市九台区', place: '九台区' },
    { text: '济南市市中区', place: '市中区' },
    { text: '某某省梧州湾市', place: '梧州湾市' },
    { text: '梧州湾市', place: '梧州湾市' },
    { text: '黔东南州凯里市', place: '凯里市' },
    { text: '西盟佤族自治县', place: '西盟佤族自治县' },
    { text: '靖州苗族侗族自治县', place: '靖州苗族侗族自治县' },
    { text: '中国', place: null },
  ],
};

/** Names that are the nation, not a jurisdiction. */
export const NATIONAL_NAMES = /^(?:中国|全国|国家|中华人民共和国)$/;

/**
 * Level of a jurisdiction from its name's suffix, for a name the GB/T 2260 list does not hold (that list's level
 * comes first); first match wins. A suffix is read at the length where the name ends: 林区 is no suffix of its
 * own (枫林区 is a district like 万柏林区; 神农架林区, the one county-level 林区, is in the list); 新区 names a zone,
 * not a district, except where the list has it (滨海新区).
 */
export const LEVEL_SUFFIXES: { pattern: RegExp; level: JurisdictionLevel; rank: number }[] = [
  { pattern: /(?:省|自治区|特别行政区)$/, level: 'province', rank: 1 },
  { pattern: /^(?:北京|上海|天津|重庆)市?$/, level: 'province', rank: 1 },
  // 达州, 广州: a bare city name, not a 州; 黔东南州 is an autonomous prefecture
  { pattern: /(?:自治州|[\u4e00-\u9fa5]{2,}州|盟|地区)$/, level: 'city', rank: 2 },
  { pattern: /市$/, level: 'city', rank: 2 },
  { pattern: /(?:自治县|县|自治旗|旗|特区)$/, level: 'county', rank: 3 },
  { pattern: /(?:新区|开发区|高新区|管委会)$/, level: 'other', rank: 4 },
  { pattern: /区$/, level: 'district', rank: 4 },
];
/** Names and the level LEVEL_SUFFIXES gives them (invented names; test/structure.test.ts runs them). */
export const LEVEL_EXAMPLES: { name: string; level: JurisdictionLevel | null }[] = [
  { name: '枫林区', level: 'district' },
  { name: '枫林矿区', level: 'district' },
  { name: '梧州湾市', level: 'city' },
  { name: '某某自治州', level: 'city' },
  { name: '黔某州', level: 'city' },
  { name: '梧州', level: null },
  { name: '某某自治县', level: 'county' },
  { name: '某某自治旗', level: 'county' },
  { name: '某某旗', level: 'county' },
  { name: '某某盟', level: 'city' },
  { name: '某某地区', level: 'city' },
  { name: '青山新区', level: 'other' },
  { name: '某某街道', level: null },
];

/** Provinces cited without their suffix (《四川妇女发展纲要》): the full name. */
export const PROVINCES: Record<string, string> = {
  河北: '河北省', 山西: '山西省', 辽宁: '辽宁省', 吉林: '吉林省', 黑龙江: '黑龙江省', 江苏: '江苏省',
  浙江: '浙江省', 安徽: '安徽省', 福建: '福建省', 江西: '江西省', 山东: '山东省', 河南: '河南省',
  湖北: '湖北省', 湖南: '湖南省', 广东: '广东省', 海南: '海南省', 四川: '四川省', 贵州: '贵州省',
  云南: '云南省', 陕西: '陕西省', 甘肃: '甘肃省', 青海: '青海省', 台湾: '台湾省',
  内蒙古: '内蒙古自治区', 广西: '广西壮族自治区', 西藏: '西藏自治区', 宁夏: '宁夏回族自治区',
  新疆: '新疆维吾尔自治区', 北京: '北京市', 天津: '天津市', 上海: '上海市', 重庆: '重庆市',
};

/** Evidence in the text that an unsuffixed city-slot parent is a 市 (市委, 全市, 市第五次党代会). */
export const CITY_EVIDENCE_RE = /市委|市政府|市第[一二三四五六七八九十]+次|市妇儿工委/;
