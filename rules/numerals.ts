// Number words: full-width forms, Chinese numerals, 百分之N, 一半.
import type { PhraseRule } from '../model/examples.ts';

/** full-width → half-width, one UTF-16 unit each so offsets stay aligned */
export const FULL_WIDTH: Record<string, string> = {
  '０': '0', '１': '1', '２': '2', '３': '3', '４': '4', '５': '5', '６': '6', '７': '7', '８': '8', '９': '9',
  '．': '.', '％': '%', '／': '/', '－': '-', '～': '~', '，': '，', '＋': '+', '–': '-', '﹪': '%', '＞': '>', '＜': '<',
};

export const CN_DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
export const CN_SCALES: Record<string, number> = { 十: 10, 百: 100, 千: 1000, 万: 10000 };
export const CN_NUMERAL_CHARS = '零〇一二两三四五六七八九十百千万';

/** Value of a Chinese numeral (一百二十 → 120, 十五 → 15), or null if malformed. */
export function parseChineseNumeral(s: string): number | null {
  if (s.length === 0 || s.length > 12) return null;
  // a bare 百, 千 or 万 is a word (千人以上, 万人空巷), not a count
  if (s.length === 1 && '百千万'.includes(s)) return null;
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  for (const ch of s) {
    if (ch in CN_DIGITS) {
      if (digit !== null && digit !== 0 && CN_DIGITS[ch] !== 0) {
        // 二〇二五-style digit strings are years or codes, not quantities
        return null;
      }
      digit = CN_DIGITS[ch]!;
    } else if (ch in CN_SCALES) {
      const scale = CN_SCALES[ch]!;
      if (scale === 10000) {
        section = (section + (digit ?? 0)) * scale;
        total += section;
        section = 0;
      } else {
        section += (digit ?? 1) * scale;
      }
      digit = null;
    } else return null;
  }
  return total + section + (digit ?? 0);
}

/** Words that are a change by themselves: the amount, its unit and its sign (翻一番: doubles). */
export const CHANGE_IDIOMS: { form: string; value: number; unit: string; direction: 'up' | 'down' }[] = [
  { form: '翻一番', value: 2, unit: '倍', direction: 'up' },
  { form: '翻两番', value: 4, unit: '倍', direction: 'up' },
  { form: '翻番', value: 2, unit: '倍', direction: 'up' },
  { form: '减半', value: 50, unit: '%', direction: 'down' },
];

/** N分之M (三分之一: 33.3 %) and N成 (八成: 80 %): shares written in words */
export const FRACTION_RE = /^([一二两三四五六七八九十]|百)分之([一二两三四五六七八九])/;
export const TENTHS_RE = /^([一二两三四五六七八九])成(?![为立功绩果效本员长年型熟不])/;

/** Special number phrases; value and implied unit. */
export const NUMBER_PHRASES: { form: RegExp; value: (m: RegExpExecArray) => number | null; unit?: string }[] = [
  { form: /^百分之([零〇一二两三四五六七八九十百]+)/, value: (m) => parseChineseNumeral(m[1]!), unit: '%' },
  { form: /^一半/, value: () => 50, unit: '%' },
];

export const numeralRules: PhraseRule[] = [
  {
    id: 'numerals/full-width',
    description: 'full-width digits and decimal points',
    examples: [
      { text: '妇女人均预期寿命提高至８１．３岁左右。', expect: [{ value: 81.3, unit: '岁', comparator: '~' }] },
    ],
  },
  {
    id: 'numerals/chinese',
    description: 'Chinese numerals before a measure word',
    examples: [
      { text: '每年至少组织两次家庭教育指导。', section: '策略措施', expect: [{ value: 2, unit: '次', comparator: '>=' }] },
      { text: '每个乡镇办好一所标准化建设的乡镇卫生院。', section: '策略措施', expect: [{ value: 1, unit: '所' }] },
      { text: '参保率达到百分之九十以上。', expect: [{ value: 90, unit: '%', comparator: '>=' }] },
      { text: '建档率达到百分之百。', expect: [{ value: 100, unit: '%', comparator: '=' }] },
      { text: '每年举办十二期培训班。', section: '策略措施', expect: [{ value: 12, unit: '期' }] },
      { text: '一半以上的社区建立儿童之家。', section: '策略措施', expect: [{ value: 50, unit: '%', comparator: '>=' }] },
      { text: '八成以上的村建成儿童之家。', section: '策略措施', expect: [{ value: 80, unit: '%', comparator: '>=' }] },
      { text: '三分之一的乡镇建立婴幼儿照护服务指导中心。', section: '策略措施', expect: [{ value: 33.3, unit: '%' }] },
      { text: '确保工作一成不变。', section: '策略措施', expect: [] },
    ],
  },
  {
    id: 'numerals/slogans',
    description: 'numerals inside quoted names and ordinals are not values',
    examples: [
      { text: '实现“两个一百年”奋斗目标。', section: '策略措施', expect: [] },
      { text: '经第23次常务会议审议通过。', section: '策略措施', expect: [] },
      { text: '统筹推进“五位一体”总体布局。', section: '策略措施', expect: [] },
    ],
  },
];
