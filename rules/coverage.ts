// Universal provision without a number: 全覆盖, 应保尽保 and its family, 基本普及.

/** 应X尽X / 愿X尽X (应保尽保, 应救尽救, 应配尽配, 愿读尽读 …) */
export const SHOULD_ALL = /[应愿]([\u4e00-\u9fff])尽\1/;
/** right before 应X尽X: a principle held to (坚持应保尽保), no provision committed to */
export const PRINCIPLE_BEFORE = /坚持$/;
export const FULL_COVERAGE = '全覆盖';
/** 覆盖全县乡镇（街道）的X */
export const COVERING_ALL = /覆盖全(省|市|州|县|区|乡|镇|村)[^，。；]{0,12}?的/;
/** X覆盖所有城乡社区, 覆盖全部规模以上企业, 覆盖全部幼儿园: X reaches every place, firm or institution of a kind, at the clause's end */
export const COVERING_EVERY = /覆盖(?:所有|全部)(?:城乡|城市|农村)?(?:社区|村|行政村|乡镇|街道|村（社区）|村\(社区\)|学校|中小学校|幼儿园|托育机构|养老机构|医疗机构|(?:规模以上)?企业)$/;
export const BASIC_UNIVERSAL = '基本普及';
/**
 * X实现乡镇（街道）全覆盖: between the verb and 全覆盖 only the places covered (a scope, not part of the indicator):
 * the indicator is X and the verb 实现. Group 1 the verb; the rest of the match the scope.
 */
export const SCOPE_BEFORE_FULL =
  /(基本实现|全面实现|实现|做到)(?:(?:重点|所有|全部)?(?:城区|县城|城乡|农村|城市|城镇|中心城区)?(?:乡镇|街道|城区社区|社区|行政村|村|城区|县城|县域|市域|区域)?(?:[（(](?:街道|社区|乡镇)[)）])?(?=[、和及与]|$)[、和及与]?)+$/;

/** verbs around a coverage idiom that are not part of the indicator */
export const COVERAGE_VERBS: string[] = [
  '基本实现', '全面实现', '力争实现', '逐步实现', '实现', '推进', '推动', '加快', '做到', '确保', '达到', '建立起', '建立',
  '建设', '对', '力争', '争取', '基本', '要', '并', '均',
];

/** `落实X的目标任务` around an indicator named in the previous clause */
export const COVERAGE_WRAPPERS: RegExp[] = [/^(落实|提升|加强|完善|推进|推动|保障|支持)/, /的(目标任务|工作|任务)$/];

/** words stripped around a coverage idiom that are no verb */
export const NOT_VERBS = ['对', '要', '并', '均', '基本', '力争', '争取'];
/** characters that make 全 the end of another word (健全, 安全, 完全, 齐全) */
export const NOT_FULL_BEFORE = '健安完齐周保';
