// Baselines: past figures (发展现状, 2020年…达到, 已…) and base years that are not target years.

/** words in the clause before a value that make it a past figure */
export const PAST_MARKERS: RegExp =
  /已经?(达到|达|提高|提升|下降|降低|降至|降到|增至|增加|增长|实现|超过)|(达到|建成|建立|新建|增设|完成|实现|开展|举办|下降|降低|降至|提高|提升|增加|增长|减少|培训)了/;
/** a change on the year before (比上年提高): past, but for the targets of an annual plan's own year */
export const PREVIOUS_YEAR_CHANGE: RegExp = /(比|较)(上年|上一年|去年)(同期)?(下降|降低|提高|提升|增长|增加|减少|上升)/;

/** words anywhere in the sentence before a value that make it a past figure */
export const PAST_SENTENCE_MARKERS: RegExp = /五年来|十年来|近年来|多年来|近[五十几]年来?|过去[五十]年|截至|截止/;

/** after 20XX年: the year is a base of comparison, not the target year */
export const BASE_YEAR_AFTER: string[] = ['为基数', '基数', '的基数', '为基准', '基础上', '的基础上', '水平', '相比'];
/** a target year opening a sentence (到2025年，…): it holds for the sentence's items after a semicolon */
export const TARGET_YEAR_LEAD = /^(?:到|至|力争到|力争)((?:19|20)\d{2})年(?:底|末)?[，,]/;
/** right before 20XX年: the year is a base of comparison (比2020年, 较2020年, 以2020年为基数, 是2015年的2倍) */
export const BASE_YEAR_BEFORE: string[] = ['比', '以', '较', '与', '同', '是'];
