// Words of a change (下降20%, 较2020年提高5个百分点, 年均增长7.5%) and of a rate given per case.
import type { Direction } from '../model/schema.ts';

/** verbs that move a value by an amount when the amount follows them directly (下降20%, not 下降到20%) */
export const CHANGE_VERBS: Record<string, Exclude<Direction, 'keep'>> = {
  下降: 'down', 降低: 'down', 减少: 'down', 缩小: 'down', 缩短: 'down', 减低: 'down', 压缩: 'down', 削减: 'down',
  提高: 'up', 提升: 'up', 增加: 'up', 增长: 'up', 上升: 'up', 扩大: 'up', 延长: 'up', 增高: 'up',
};

/** what may stand between a change verb and its amount */
export const CHANGE_GLUE = /^(了|约)?$/;

/** the base of a change before its verb: 以2020年为基数, 较2020年, 比2020年, 与2020年相比, 在2020年基础上 */
export const BASE_YEAR =
  /(?:以((?:19|20)\d\d)年(?:底|末)?(?:的水平)?为(?:基数|基准|基期)|(?:较|比)((?:19|20)\d\d)年(?:底|末)?|(?:与|同)((?:19|20)\d\d)年(?:底|末)?(?:相比|比较)|在((?:19|20)\d\d)年(?:底|末)?(?:的)?(?:水平)?基础上)/;

/** right before a multiple (是2015年的2.9倍, 是“十二五”时期的1.7倍): the earlier figure it is a multiple of */
export const MULTIPLE_OF = /是(?:((?:19|20)\d\d)年(?:底|末)?|[“"]?十[一二三四五]五[”"]?(?:时期|期末|末)?)的$/;

/** a base named without a year: 比上年, 较上年 */
export const BASE_PREVIOUS = /(?:较|比|与)(?:上年|上一年|去年|上年同期)|在(?:上年|上一年|去年)(?:的)?(?:水平)?基础上/;

/** an indicator that is only the base of a change (比上年, 较2020年): the change is that of the figure before it */
export const BASE_ONLY = /^(?:比|较|与)(?:上年|上一年|去年|上年同期|(?:19|20)\d\d年(?:底|末)?|[“"]?十[一二三四五]五[”"]?(?:时期|期间|末|期末|同期)?)(?:相比)?$/;

/** a clause opened by its frequency (每年市级就业补助资金投入增长5%): the amount is per year */
export const PER_YEAR_OPENING = /^(?:每年|年均|逐年)/;
/** the amount is per year: 每年降低, 年均增长 */
export const PER_YEAR = /(每年|年均|年平均|平均每年|逐年)$/;

/** a rate given per case: 每十万活产中…70例 (1/10万), 每千人…12人 (‰), with the unit it is a rate in */
export const PER_CASE_DENOMINATORS: { form: RegExp; unit: string }[] = [
  { form: /每(十万|10万)(名|个)?(活产|活产数|人口|人|出生|新生儿|儿童|妇女)?(中|里)?/, unit: '1/10万' },
  { form: /每(万|1万|一万)(名|个)?(活产|活产数|人口|人|出生|新生儿|儿童|妇女)?(中|里)?/, unit: '1/万' },
  { form: /每(千|1000|一千)(名|个)?(活产|活产数|人口|人|出生|新生儿|儿童|妇女)?(中|里)?/, unit: '‰' },
];
/** …counting cases or events, not provision (每千人口拥有3名医生 is no rate) */
export const PER_CASE_UNITS = ['例', '人', '名'];
export const PER_CASE_EVENTS = /死亡|发病|患病|感染|发生|出生缺陷|伤害/;
