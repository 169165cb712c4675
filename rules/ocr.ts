// Post-OCR cleanup: what Tesseract does to plan targets, and what it cannot undo. Each rule is a
// pattern over the OCR text with valid examples (input → output) and invalid ones (left as they
// are) that test/ocr-rules.test.ts runs through the cleanup of pipeline/stages/ocr-text.ts.
// In examples `|` separates OCR words (Tesseract's boxes), `||` words a column's gap apart; text
// without `|` is one word; a word ending `@64` was scored 64 by Tesseract (else 90).

export interface OcrRule {
  id: string;
  description: string;
  /** global; matched on the whole OCR text of a document */
  pattern: RegExp;
  /** `$1`-style replacement; or, with `chars`, the match translated character by character */
  replace?: string;
  chars?: Record<string, string>;
  /** or the replacement as a function of the match, of the same length (what a pattern cannot count) */
  fix?: (match: string) => string;
  /** only where the whole match lies inside one OCR word (a separate `。` is a real full stop) */
  sameWord?: boolean;
  /** only in lines like this (TABLE_ROW: a table's row) */
  line?: RegExp;
  /** only where Tesseract scored a word of the match under this (0–100): a reading it was sure of stands */
  underConf?: number;
  /** the text is left as it is: the match only marks its characters as unsure (needs `confidence`) */
  keep?: boolean;
  /**
   * The rule guesses: a value whose characters it changed keeps at most this OCR confidence, so a
   * reviewer sees it early. Absent: the repair is certain in context.
   */
  confidence?: number;
  examples: { valid: { input: string; output: string }[]; invalid: string[] };
}

/**
 * A table's row as OCR lines read it (a space is only kept at a column's gap): four cells or more,
 * or three with a number's cell.
 */
export const TABLE_ROW = /^(?:[^ \n]+ ){3,}[^ \n]+$|^(?=[^\n]* [^ \n]*\d)[^ \n]+ [^ \n]+ [^ \n]+$/;

/** A cell of a table's header: what ocr/header-cells cuts a run-together header into. */
const HEADER_WORD = '(?:[，。、,.：:；;]{0,3})(?:序号|类别|领域|指标名称|主要指标|指标|单位|计量单位|(?:19|20)\\d{2}年(?:目标值|基期值|现状值|目标|基数)?|(?:19|20)\\d{2}年[(（](?:基期|目标|基期值|目标值|现状|现状值)[)）]|(?:基期值|目标值|现状值|规划值|基数|目标)[(（](?:19|20)\\d{2}年[)）]|指标属性|属性|备注|指標名稱|主要指標|指標|單位|計量單位|指標屬性|屬性|備註|類別|序號|領域)';

/** A cell of a table's header without a year: what ocr/header-line-mark looks for. */
const HEADER_CELL = '(?:序号|序號|类别|類別|领域|領域|指标名称|指標名稱|主要指标|主要指標|指标属性|指標屬性|指标|指標|计量单位|計量單位|单位|單位|目标值|目標值|基期值|现状值|現狀值|属性|屬性|备注|備註)';

const FULL = '０１２３４５６７８９．％／';
const HALF = '0123456789.%/';
const fullToHalf = Object.fromEntries([...FULL].map((c, i) => [c, HALF[i]!]));

/**
 * ocr/header-year-run: the years of a header line put right where all but one are a run a year
 * apart and the odd one (breaking the rise) differs from its place's year in one digit.
 */
function yearRun(line: string): string {
  const found = [...line.matchAll(/(?<!\d)\d{4}(?=年)/g)];
  const years = found.map((m) => Number(m[0]));
  const n = years.length;
  if (n < 3 || years.every((y, k) => k === 0 || y > years[k - 1]!)) return line;
  for (let k = 0; k < n; k++) {
    const start = years[k]! - k;
    const odd = years.map((y, i) => (y === start + i ? -1 : i)).filter((i) => i !== -1);
    if (odd.length !== 1) continue;
    const at = odd[0]!;
    const want = String(start + at);
    const read = found[at]![0];
    if ([...read].filter((c, i) => c !== want[i]).length !== 1) return line;
    const from = found[at]!.index!;
    return line.slice(0, from) + want + line.slice(from + 4);
  }
  return line;
}

/**
 * Names of situation sections (rules/structure.ts section.situation reads each as 发展现状; a test checks it),
 * simplified and traditional: ocr/situation-heading puts a heading's name one character off them back.
 */
export const SITUATION_NAMES = [
  '发展现状', '发展基础', '发展成效', '发展成就', '发展回顾', '现实基础', '主要成就', '主要成效', '面临形势', '发展形势', '基本情况',
  '發展現狀', '發展基礎', '發展成效', '發展成就', '發展回顧', '現實基礎', '主要成就', '主要成效', '面臨形勢', '發展形勢', '基本情況',
];

/** ocr/situation-heading: the heading line with its last four characters put right where one situation name alone is one character off them. */
function situationName(line: string): string {
  const name = line.slice(-4);
  if (SITUATION_NAMES.includes(name)) return line;
  const near = SITUATION_NAMES.filter((n) => [...n].filter((c, i) => c !== name[i]).length === 1);
  return new Set(near).size === 1 ? line.slice(0, -4) + near[0]! : line;
}

export const OCR_RULES: OcrRule[] = [
  {
    id: 'ocr/spaces',
    description: 'spaces inside an OCR word between Chinese characters and digits (以 上, 9 5%) are dropped (a wide gap between words is a column\'s, kept)',
    pattern: /(?<=[\u3001-\u9fff\uff01-\uffef0-9%‰])[ \t\u3000]+(?=[\u3001-\u9fff\uff01-\uffef0-9%‰])/g,
    replace: '',
    sameWord: true,
    examples: {
      valid: [
        { input: '达到9 5%以 上', output: '达到95%以上' },
        { input: '孕产妇死亡率 下降到', output: '孕产妇死亡率下降到' },
      ],
      invalid: ['GDP growth', 'WHO 标准'],
    },
  },
  {
    id: 'ocr/line-start-speck',
    description: 'marks a line starts with, a column\'s gap from its text (。 ，南湾区…规划: specks of the margin), are no text: a title read so loses the plan\'s period, and every year with it',
    pattern: /^(?:[，。、,.:：;；·'`!]+ +)+[，。、,.:：;；·]*(?=[\u4e00-\u9fff])/gm,
    replace: '',
    examples: {
      valid: [
        { input: '。||，南湾区优化营商环境三年行动计划(2023—2025年)', output: '南湾区优化营商环境三年行动计划(2023—2025年)' },
        { input: '，||，青禾县人民政府关于印发', output: '青禾县人民政府关于印发' },
        { input: ':||溪桥市“十四五”推进农业农村现代化规划', output: '溪桥市“十四五”推进农业农村现代化规划' },
      ],
      invalid: ['、国际化一流营商环境', '。到2025年', '1||沧江省“十四五”规划', '1.||深化改革', '“||十四五”时期'],
    },
  },
  {
    id: 'ocr/line-end-speck',
    description: 'marks a line ends with, a column\'s gap from its text (指标2020年2025年 ，: specks of the margin), are no text: they keep a header from being read as one',
    pattern: /(?<=[^ \n])(?: +[，。、,.:：;；·'`!]+)+$/gm,
    replace: '',
    examples: {
      valid: [
        { input: '指标2020年2025年||，', output: '指标 2020年 2025年' },
        { input: '序号||指标||2020年||2025年||。||，', output: '序号 指标 2020年 2025年' },
      ],
      invalid: ['达到95%。', '达到95%，', '指标 2020年 2025年'],
    },
  },
  {
    id: 'ocr/empty-quotes',
    description: 'a pair of quote marks with nothing between them (率“”%) quotes nothing: specks',
    pattern: /“”/g,
    replace: '',
    examples: {
      valid: [{ input: '7劳动人事争议仲裁结案率“”%||93||95', output: '7劳动人事争议仲裁结案率 % 93 95' }],
      invalid: ['“十四五”时期', '“一老一小”'],
    },
  },
  {
    id: 'ocr/gap-quote',
    description: 'a quote mark against a column gap (a space: OCR keeps a space only for a gap wider than a character) is a speck of the gap',
    pattern: /[“”"]+(?= )|(?<= )[“”"]+/g,
    replace: '',
    examples: {
      valid: [{ input: '4||”重大慢性病过早死亡率', output: '4 重大慢性病过早死亡率' }],
      invalid: ['“十四五”时期', '达到“95%”'],
    },
  },
  {
    id: 'ocr/unpaired-quote',
    description: 'a quote mark with no pair within 30 characters (an opening one with no closing one after it, a closing one with none opening before it) is a speck: plans quote short names (“十四五”, “一老一小”)',
    pattern: /“(?![^“”]{0,30}”)|(?<!“[^“”]{0,30})”/g,
    replace: '',
    examples: {
      valid: [
        { input: '2020年||2025年”指标属性', output: '2020年 2025年 指标 属性' },
        { input: '持证上岗率“%||70||100', output: '持证上岗率 % 70 100' },
        { input: '“十四五”时期||2025年”', output: '“十四五”时期 2025年' },
      ],
      invalid: ['“十四五”时期', '推进“健康中国\n2030”建设', '“一老一小”'],
    },
  },
  {
    id: 'ocr/header-word-split',
    description: 'in a table\'s header line (opening with its first cell, 序号 or 指标, and a year cell), a two-character header word Tesseract split across a column-wide gap (单 位2020年: its two characters printed apart) is one word again, so ocr/header-cells can cut the line into its cells',
    pattern: /(?<=单|單)[ ]+(?=位)|(?<=属|屬)[ ]+(?=性)|(?<=序)[ ]+(?=号|號)|(?<=指)[ ]+(?=标|標)|(?<=备|備)[ ]+(?=注|註)/g,
    replace: '',
    line: /^(?:序号|序號|类别|類別|领域|領域|指标|指標|序 号|指 标)[^\n]*(?:19|20)\d{2}年/,
    examples: {
      valid: [
        { input: '序号||指标||单||位2020年||2025年||属性', output: '序号 指标 单位 2020年 2025年 属性' },
        { input: '序號||指標||單||位||2020年||2025年||屬||性', output: '序號 指標 單位 2020年 2025年 屬性' },
      ],
      invalid: ['序号||指标||单位||2020年||2025年||属性', '指标||单||位', '到2025年||单||位负责', '2025年实现指标||单||位数达到10个'],
    },
  },
  {
    id: 'ocr/header-cells',
    description: 'a table\'s header line whose cells Tesseract ran together (指标2025年属性, 指标名称，，单位: column gaps too narrow for it to see, or read as marks) is cut back into its cells, where the line is only header words and has a year',
    pattern: new RegExp(`(?<=^(?=[^\\n]*(?:19|20)\\d{2}年)(?:${HEADER_WORD} ?)*${HEADER_WORD})[，。、,.：:；;]{0,3}(?=${HEADER_WORD}(?: ?${HEADER_WORD})*$)`, 'gm'),
    replace: ' ',
    examples: {
      valid: [
        { input: '指标2025年属性', output: '指标 2025年 属性' },
        { input: '序号指标单位||2020年2025年目标值||属性', output: '序号 指标 单位 2020年 2025年目标值 属性' },
        { input: '指标||，2020年||2025年”指标属性', output: '指标 2020年 2025年 指标 属性' },
        { input: '序号||指标名称，，单位||2020年||2025年，属性', output: '序号 指标名称 单位 2020年 2025年 属性' },
        { input: '类别，，指标||单位||2022年:2025年||2027年||属性', output: '类别 指标 单位 2022年 2025年 2027年 属性' },
        { input: '指标名称基期值(2020年)目标值(2025年)', output: '指标名称 基期值(2020年) 目标值(2025年)' },
        { input: '序号||指标||单位||2020年(基期)2025年||属性', output: '序号 指标 单位 2020年(基期) 2025年 属性' },
      ],
      invalid: ['指标属性', '到2025年全市', '指标 2025年 属性', '2025年指标达到', '目标值(2025年)达到95%'],
    },
  },
  {
    id: 'ocr/header-year-run',
    description: 'a table\'s header of three year columns or more, one a year apart each (2023年 2024年 2025年 2026年), whose years do not rise because one was misread (3023年, 2004年): all others fit the run and the odd one differs from its place\'s year in one digit, so it is that year',
    pattern: /^(?=[^\n]*(?:指标|指標|项目|項目|单位|單位|类别|類別))(?:[^\n]*?\d{4}年){3}[^\n]*$/gm,
    fix: yearRun,
    examples: {
      valid: [
        { input: '指标||单位||“3023年||2024年||:2025年||2026年', output: '指标 单位 2023年 2024年 2025年 2026年' },
        { input: '指标||2021年||2002年||2023年', output: '指标 2021年 2022年 2023年' },
      ],
      invalid: ['指标||单位||2023年||2024年||2025年||2026年', '指标||2020年||2025年||2035年', '指标||2020年||2024年||2025年', '指标||3023年||2004年||2025年||2026年', '指标||2025年||2021年||2023年', '到2025年、2021年和2022年'],
    },
  },
  {
    id: 'ocr/header-line-mark',
    description: 'in a table\'s header line of header words only (序号 指标 目标值 属性, no year needed), a mark read between two of them (目标值。属性: a speck of the gap) is the column\'s gap',
    pattern: new RegExp(`(?<=^(?:${HEADER_CELL}(?: |[ ]*[，。,.、：:；;]+[ ]*))*${HEADER_CELL}) *[，。,.、：:；;]+ *(?=${HEADER_CELL}(?:(?: |[ ]*[，。,.、：:；;]+[ ]*)${HEADER_CELL})*$)`, 'gm'),
    replace: ' ',
    examples: {
      valid: [
        { input: '序号||指标||目标值。属性', output: '序号 指标 目标值 属性' },
        { input: '序號，指標||單位||目標值||屬性', output: '序號 指標 單位 目標值 屬性' },
      ],
      invalid: ['主要指标。', '备注：本表数据为预计数', '序号 指标 目标值 属性', '目标值，到2025年达到', '序号。全面推进'],
    },
  },
  {
    id: 'ocr/header-mark',
    description: 'in a table\'s header (two year cells or more, three cells apart or more), a mark read between a year and the next cell (2025年，属性: a speck of the gap) is the column\'s gap',
    pattern: /(?<=(?:19|20)\d{2}年)[，。,.、：:；;]+(?=[\u4e00-\u9fff]|(?:19|20)\d{2}年)/g,
    replace: ' ',
    line: /^(?=(?:[^\n]*?(?:19|20)\d{2}年(?![\u4e00-\u9fff\d])){2})(?:[^ \n]+ ){2,}[^ \n]+$/,
    examples: {
      valid: [
        { input: '类别||指标||单位||2020年||2025年，必性', output: '类别 指标 单位 2020年 2025年 必性' },
        { input: '指标||2020年。2025年||属性', output: '指标 2020年 2025年 属性' },
        { input: '序号||指标||2020年||2025年|”，|属性', output: '序号 指标 2020年 2025年 属性' },
      ],
      invalid: ['到2025年，全市达到95%，2030年，达到98%', '比2020年||2025年，增加'],
    },
  },
  {
    id: 'ocr/width',
    description: 'full-width digits and signs mixed into a half-width number (9５%) become half-width',
    pattern: /(?<=[0-9.%/])[０-９．％／]+|[０-９．％／]+(?=[0-9.%/])/g,
    chars: fullToHalf,
    examples: {
      valid: [
        { input: '达到9５%', output: '达到95%' },
        { input: '控制在１2.5/10万', output: '控制在12.5/10万' },
      ],
      invalid: ['达到９５％以上', '１．坚持'],
    },
  },
  {
    id: 'ocr/permille-nine',
    description: 'a 9 right before a ‰ read as %o or %0 may be the ‰ sign\'s own first circle (6.0‰ → 6.09%o): after a decimal digit the value is refused (a second decimal ending in 9 is what the misreading makes, rarely what plans print), after an integer it is flagged',
    pattern: /(?<=\d[.．]\d)9(?=\s?%\s?[oO0°º](?![A-Za-z0-9]))/g,
    keep: true,
    confidence: 0,
    examples: {
      valid: [
        { input: '分别降至3.29%0、', output: '分别降至3.29‰、' },
        { input: '控制在6.59%o以下', output: '控制在6.59‰以下' },
      ],
      invalid: ['控制在9%o以下', '控制在4.9%o以下', '达到99%'],
    },
  },
  {
    id: 'ocr/permille-nine-integer',
    description: 'the same after an integer (4‰ → 49%o): kept, flagged',
    pattern: /(?<=\d)9(?=\s?%\s?[oO0°º](?![A-Za-z0-9]))/g,
    keep: true,
    confidence: 0.3,
    examples: {
      valid: [{ input: '控制在49%o以下', output: '控制在49‰以下' }],
      invalid: ['控制在9%o以下', '达到99%'],
    },
  },
  {
    id: 'ocr/percent-nine',
    description: 'a 9 before % that makes a percentage over 100 (100% → 1009%, 95% → 959%) is the % sign\'s first circle: a guess, flagged',
    pattern: /(?<=(?<![\d.])(?:100|[1-9]\d))9(?=%)/g,
    replace: '',
    confidence: 0.5,
    examples: {
      valid: [
        { input: '兒童主任持證上崗率達到1009%', output: '兒童主任持證上崗率達到100%' },
        { input: '覆盖率达到959%以上', output: '覆盖率达到95%以上' },
      ],
      invalid: ['覆盖率达到99%', '达到9%', '增长1.59%', '达到100%'],
    },
  },
  {
    id: 'ocr/percent-nine-unsure',
    description: 'a 9 ending a two-digit percentage Tesseract was unsure of (4% → 49%, scored 64; real 99% score 86–92) is the % sign\'s first circle: a guess, flagged',
    pattern: /(?<=(?<![\d.])[1-8])9(?=%)/g,
    replace: '',
    sameWord: true,
    underConf: 70,
    confidence: 0.5,
    examples: {
      valid: [{ input: '比例达到|49%。@64', output: '比例达到4%。' }],
      invalid: ['比例达到|49%。', '达到|99%@60', '达到|9%@50', '增长|1.59%@50', '达到|109%@50'],
    },
  },
  {
    id: 'ocr/permille-g',
    description: 'a g or q between a number and a ‰ read as %o (6.0g%o): a stroke of the ‰ sign, dropped',
    pattern: /(?<=\d)[gq](?=\s?%\s?[oO0°º])/g,
    replace: '',
    confidence: 0.6,
    examples: {
      valid: [{ input: '分别保持在3.0‰、5.0‰和6.0g%o以下', output: '分别保持在3.0‰、5.0‰和6.0‰以下' }],
      invalid: ['5g%', 'g%o'],
    },
  },
  {
    id: 'ocr/permille-o',
    description: '‰ read as %o, %O, %0, %° (or two of these: %00, %0o) right after a number',
    pattern: /(?<=\d)\s?%\s?[oO0°º]{1,2}(?![A-Za-z0-9])/g,
    replace: '‰',
    examples: {
      valid: [
        { input: '婴儿死亡率控制在5%o以下', output: '婴儿死亡率控制在5‰以下' },
        { input: '和6%00以下', output: '和6‰以下' },
        { input: '降至3%0o、', output: '降至3‰、' },
        { input: '下降到3.5%0以内', output: '下降到3.5‰以内' },
        { input: '新生儿死亡率3 %O', output: '新生儿死亡率3‰' },
      ],
      invalid: ['提高到95%', '达到50%or more'],
    },
  },
  {
    id: 'ocr/permille-stop',
    description: '‰ read as %。: only where a bound or the clause goes on after it (a real full stop ends the sentence); a 、 ， ； ending the line goes on only into a figure, not a list item (30%。、 before 3.利用外资…: a full stop and a speck)',
    pattern: /(?<=\d)%。(?=\n?(?:以下|以内|左右|以上|和)|[、，；](?:[^\n]|\n(?!\d{1,2}[.．、](?!\d))\d))/g,
    replace: '‰',
    examples: {
      valid: [
        { input: '婴儿死亡率控制在5%。以下', output: '婴儿死亡率控制在5‰以下' },
        { input: '分别降至3.0‰、4.0%。\n和6.0‰以下', output: '分别降至3.0‰、4.0‰\n和6.0‰以下' },
        { input: '分别控制在3%。和5%。以内', output: '分别控制在3‰和5‰以内' },
        { input: '分别降至3.0%。、4.0‰', output: '分别降至3.0‰、4.0‰' },
        { input: '分别降至3.0%。、\n4.0‰和6.0‰以下', output: '分别降至3.0‰、\n4.0‰和6.0‰以下' },
      ],
      invalid: ['入学率达到95%。', '素养水平提升到20%。到2025年', '巩固率达到|95%|。', '比重不低于||30%。、\n跨境电商进出口额', '比重不低于||30%。、\n3.利用外资'],
    },
  },
  {
    id: 'ocr/permille-cell',
    description: 'in a table\'s row, a unit cell read as %o, %0, %。 (‰ with its circles misread) alone between two cells is ‰: % is never written with a letter',
    pattern: /(?<=^[^\n]*[\u4e00-\u9fff][^\n]* )%[oO0°º。]{1,2}(?= [^ \n]*\d)/gm,
    replace: '‰',
    line: TABLE_ROW,
    examples: {
      valid: [
        { input: '6||森林火灾受害率||%o||≤0.5||≤0.9||约束性', output: '6 森林火灾受害率 ‰ ≤0.5 ≤0.9 约束性' },
        { input: '婴儿死亡率||%0||5.6||5', output: '婴儿死亡率 ‰ 5.6 5' },
      ],
      invalid: ['婴儿死亡率||%||5.6||5', '占比||%o||预期性||约束性'],
    },
  },
  {
    id: 'ocr/zero-letter',
    description: 'O or o inside a number (5O%, 1o0) is a 0',
    pattern: /(?<=\d[.．]?)[Oo]+(?![A-Za-z])|(?<![A-Za-z])[Oo]+(?=[.．]?\d)/g,
    chars: { O: '0', o: '0' },
    confidence: 0.6,
    examples: {
      valid: [
        { input: '覆盖率达到9O%', output: '覆盖率达到90%' },
        { input: '达到1o0%', output: '达到100%' },
        { input: '保持在O.5%以下', output: '保持在0.5%以下' },
      ],
      invalid: ['WHO标准', 'ISO9001', 'Oct'],
    },
  },
  {
    id: 'ocr/one-letter',
    description: 'l, I or | inside a number (l2/10万, 9I%) is a 1',
    pattern: /(?<=\d[.．]?)[lI|]+(?![A-Za-z])|(?<![A-Za-z])[lI|]+(?=[.．]?\d)/g,
    chars: { l: '1', I: '1', '|': '1' },
    confidence: 0.6,
    examples: {
      valid: [
        { input: '下降到l2/10万以下', output: '下降到12/10万以下' },
        { input: '达到9I%', output: '达到91%' },
      ],
      invalid: ['ICU床位', 'Il', 'level 2'],
    },
  },
  {
    id: 'ocr/per-100k',
    description: '12/10万 read with spaces or a full-width slash inside (12 /1 0万) is put together',
    pattern: /(?<=\d)\s*[/／]\s*1\s*0\s*([万萬])/g,
    replace: '/10$1',
    examples: {
      valid: [
        { input: '下降到12 / 1 0万以下', output: '下降到12/10万以下' },
        { input: '控制在18／10 万', output: '控制在18/10万' },
        { input: '控制在10 / 10萬以下', output: '控制在10/10萬以下' },
      ],
      invalid: ['达到10万人', '1/4'],
    },
  },
  {
    id: 'ocr/per-100k-lost-slash',
    description: 'a mortality ratio whose slash was lost (1210万 after 死亡率) is 12/10万: a guess, flagged',
    pattern: /(?<=死亡[率比][^\d。；;\n]{0,12})(\d{1,2}(?:\.\d{1,2})?)10([万萬])/g,
    replace: '$1/10$2',
    confidence: 0.5,
    examples: {
      valid: [
        { input: '孕产妇死亡率下降到1210万以下', output: '孕产妇死亡率下降到12/10万以下' },
        { input: '孕產婦死亡率控制在1010萬以下', output: '孕產婦死亡率控制在10/10萬以下' },
      ],
      invalid: ['孕产妇死亡率下降到12/10万以下', '新增就业1210万人'],
    },
  },
  {
    id: 'ocr/dash',
    description: 'a dash between numbers read as 一 (2021一2025年, 85%一90%; also opening or ending the line at a range\'s wrap, 60%\n一65%, 2一\n3家), or as 二 between two years (2023二2025年), is a dash',
    pattern: /(?<=\d[%‰]?\n?)[一_](?=\d)|(?<=\d)一(?=\n\d)|(?<=(?<!\d)(?:19|20)\d{2})二(?=(?:19|20)\d{2}年)/g,
    replace: '—',
    examples: {
      valid: [
        { input: '(2021一2025年)', output: '(2021—2025年)' },
        { input: '稳定在85%一90%', output: '稳定在85%—90%' },
        { input: '(2023二2025年)', output: '(2023—2025年)' },
        { input: '海洋科技成果转化率提高到60%\n一65%。', output: '海洋科技成果转化率提高到60%\n—65%。' },
        { input: '每年新增上市企业2一\n3家', output: '每年新增上市企业2—\n3家' },
      ],
      invalid: ['第一2', '2021年一季度', '一是', '达到2一\n是', '2025年一\n3月', '2023二季度', '12023二2025年', '达到60%。\n一65%', '达到60%\n一是'],
    },
  },
  {
    id: 'ocr/brackets',
    description: 'a bracket read as 〈 or 〉 around a short aside (〈助理)), or as 《 before one closed by a bracket (各市《州)), is a full-width bracket pair',
    pattern: /〈([^〈〉()（）\n]{1,12})[〉)）]|[(（]([^〈〉()（）\n]{1,12})〉|《([^《》〈〉()（）\n]{1,12})[)）]/g,
    replace: '（$1$2$3）',
    examples: {
      valid: [
        { input: '儿科执业〈助理)医生', output: '儿科执业（助理）医生' },
        { input: '专(兼〉职', output: '专（兼）职' },
        { input: '各市《州)医疗保障部门', output: '各市（州）医疗保障部门' },
      ],
      invalid: ['（2021—2025年）', '专(兼)职', '〈〈', '《纲要》(2021年)', '《中国儿童发展纲要(2021—2030年)》'],
    },
  },
  {
    id: 'ocr/thousand',
    description: '千 read as 干 or 于 in 每千 (每干名儿童, 每于人口)',
    pattern: /每[干于](?=[名人户戶个個位]|人口)/g,
    replace: '每千',
    examples: {
      valid: [
        { input: '每干名儿童拥有床位', output: '每千名儿童拥有床位' },
        { input: '每于名儿童拥有儿科执业医生', output: '每千名儿童拥有儿科执业医生' },
      ],
      invalid: ['每干一件事', '干部'],
    },
  },
  {
    id: 'ocr/thousand-unit',
    description: '千 read as 干 or 于 in a unit (平方干米, 万干瓦, 克标准煤/干瓦时, 5干克, a cell 干克): 干米, 干瓦, 干克 are no words there, and a misread unit is read into the indicator\'s name',
    pattern: /(?<=[\d.]|平方|万|[/／(（])[干于](?=米|瓦|克)|(?<=[^ \n] )[干于](?=(?:米|瓦|克|瓦时)(?: |$))/gm,
    replace: '千',
    examples: {
      valid: [
        { input: '中度及以上侵蚀面积||平方干米||98.4||≤70', output: '中度及以上侵蚀面积 平方千米 98.4 ≤70' },
        { input: '电力总装机容量(万干瓦)', output: '电力总装机容量(万千瓦)' },
        { input: '供电煤耗(克标准煤/干瓦时)', output: '供电煤耗(克标准煤/千瓦时)' },
        { input: '路网密度达到1.6干米', output: '路网密度达到1.6千米' },
        { input: '7||城区人均生活垃圾日清运量||干克||1.12||≤1.05', output: '7 城区人均生活垃圾日清运量 千克 1.12 ≤1.05' },
      ],
      invalid: ['干部', '若干米粮', '晾干', '于米兰', '若 干米粮'],
    },
  },
  {
    id: 'ocr/mu-unit',
    description: '亩 read as 雷 after a number (新建450万雷: the same 田 under another top): 雷 is no unit, and a unit not known runs the figure into the next clause\'s name',
    pattern: /(?<=\d万?)雷/g,
    replace: '亩',
    examples: {
      valid: [
        { input: '其中新建450万雷、改造提升300万亩', output: '其中新建450万亩、改造提升300万亩' },
        { input: '永久基本农田保护面积不低于4120万雷。', output: '永久基本农田保护面积不低于4120万亩。' },
        { input: '退耕还林5雷', output: '退耕还林5亩' },
      ],
      invalid: ['雷电灾害防御', '2025年雷电监测站', '雷达站3个'],
    },
  },
  {
    id: 'ocr/period-name',
    description: 'a five-year period named at the head of a situation heading (第一部分 “十三五”工作成效) with its 十 misread or its quotes read as marks (第一部分， 本三五，下作成效): the period\'s 十X五 and quotes are put back, or the heading reads as no section and the past figures under it as targets. Only on a numbered heading line whose name ends in a situation word (成效, 成就, 回顾, 基础, 现状)',
    pattern: /^((?:第[一二三四五六七八九十]{1,3}(?:部分|章|篇)|[一二三四五六七八九十]{1,3}、) ?)[，,、。.“”"'‘’ ]*(?:十|[^\n\d一二三四五六七八九十“”"'，,、。. ])([一二三四])五[，,、。.“”"'‘’ ]*(?=(?:时期|期间|時期|期間)?[\u4e00-\u9fff]{0,6}(?:成效|成就|回顾|回顧|基础|基礎|现状|現狀)$)/gm,
    replace: '$1“十$2五”',
    examples: {
      valid: [
        { input: '第一部分，||本三五，下作成效', output: '第一部分“十三五”工作成效' },
        { input: '一、|+三五”时期发展成就', output: '一、“十三五”时期发展成就' },
        { input: '第一章，十三五，工作回顾', output: '第一章“十三五”工作回顾' },
      ],
      invalid: ['第一部分“十三五”工作成效', '一、三五成群发展成效', '第二部分本三五重点任务', '“十三五”期间，全县防震减灾工作取得新成效', '一、木三五规划目标'],
    },
  },
  {
    id: 'ocr/work-basis',
    description: '工 of a situation heading\'s 工作基础, 工作成效, 工作成就 or 工作回顾 misread (一、芽作基礎, 第一部分“十三五”下作成效; after the heading\'s number and any period name): the plan\'s work so far is its background, and a misread heading lets its figures read as targets. Not 合作, 协作, 运作 …, which are words',
    pattern: /^((?:第[一二三四五六七八九十]{1,3}(?:部分|章|篇)|[一二三四五六七八九十]{1,3}、) ?(?:“十[一二三四]五”(?:时期|期间|時期|期間)?)?)[^\n工合协協运運操制创創耕写寫著](?=作(?:基[础礎]|成[效就]|回[顾顧])$)/gm,
    replace: '$1工',
    examples: {
      valid: [
        { input: '一、芽作基礎', output: '一、工作基礎' },
        { input: '一、|上作基础', output: '一、工作基础' },
        { input: '第一部分，||本三五，下作成效', output: '第一部分“十三五”工作成效' },
        { input: '二、“十三五”时期上作回顾', output: '二、“十三五”时期工作回顾' },
      ],
      invalid: ['一、工作基础', '一、合作基础', '全面推进协作基础', '第三部分“十三五”协作成效', '下作成效'],
    },
  },
  {
    id: 'ocr/situation-heading',
    description: 'a numbered heading (after any period name) whose name is one character off a situation section\'s (一、发展基咄, 一、发屁现状, （一）主要成就 read 主耍成就): the plan\'s past is its background, and a misread heading lets its figures read as targets. Names of SITUATION_NAMES only (工作… is ocr/work-basis\'s: 合作基础 is a word)',
    pattern: /^(?:第[一二三四五六七八九十]{1,3}(?:部分|章|篇)|[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]) ?(?:“十[一二三四]五”(?:时期|期间|時期|期間)?)?[\u4e00-\u9fff]{4}$/gm,
    fix: situationName,
    examples: {
      valid: [
        { input: '一、发展基咄', output: '一、发展基础' },
        { input: '第一章||发屁现状', output: '第一章 发展现状' },
        { input: '（一）主耍成就', output: '（一）主要成就' },
        { input: '一、“十三五”发展成就', output: '一、“十三五”发展成就' },
        { input: '二、|發展基楚', output: '二、發展基礎' },
      ],
      invalid: ['一、发展目标', '一、发展环境', '一、发展重点', '三、发展定位', '一、合作基础', '发展基咄', '一、发展基咄情况'],
    },
  },
  {
    id: 'ocr/background',
    description: '背 read as 青 in 背景 (规划青景): 青景 is no word, and a misread 背景 heading lets a plan\'s background figures read as targets',
    pattern: /青景/g,
    replace: '背景',
    examples: {
      valid: [{ input: '一、规划青景', output: '一、规划背景' }],
      invalid: ['青山绿水', '景区'],
    },
  },
  {
    id: 'ocr/next-step',
    description: '一 of 下一步 read as 二 (五、下二步工作): 下二步 is no word, and a report\'s next-steps heading misread hides its targets',
    pattern: /下二步/g,
    replace: '下一步',
    examples: {
      valid: [{ input: '五、下二步工作', output: '五、下一步工作' }],
      invalid: ['下一步工作', '第二步'],
    },
  },
  {
    id: 'ocr/heading-five',
    description: '五 of a heading\'s number read as 国 (国、下一步工作: a short line of a numbered heading; 国、 starts no heading)',
    pattern: /^国(?=、[\u4e00-\u9fff]{2,10}$)/gm,
    replace: '五',
    examples: {
      valid: [{ input: '国、下一步工作', output: '五、下一步工作' }],
      invalid: ['国、省、市三级联动。', '国、省两级联动推进生态环境监测网络建设', '全国、下一步'],
    },
  },
  {
    id: 'ocr/speck-line',
    description: 'a line of one or two specks (| ] [ \' `) between lines (参与率达\n|\n到60%), or first or last on a page, is no text: it would cut the sentence apart (pages are joined by a line break)',
    pattern: /^[|丨[\]'‘’`!]{1,2}(?:\n|$)|(?<=\n)[|丨[\]'‘’`!]{1,2}\n|\n[|丨[\]'‘’`!]{1,2}$/g,
    replace: '',
    examples: {
      valid: [
        { input: '在册患者居家康复参与率达\n]\n到60%以上', output: '在册患者居家康复参与率达\n到60%以上' },
        { input: '参与率达\n丨\n到60%以上', output: '参与率达\n到60%以上' },
        { input: ']\n到60%以上', output: '到60%以上' },
      ],
      invalid: ['参与率达\n到60%', '表1\n[注]\n'],
    },
  },
  {
    id: 'ocr/letters-line',
    description: 'a paragraph\'s last line of one to three Latin letters, not all capitals (an abbreviation: GDP), after a line of Chinese (工作人\nJo。: 员。 misread) is no text: its letters would run into the name; the stop put back after it stays',
    pattern: /(?<=[\u4e00-\u9fff]\n)(?![A-Z]{1,3}。)[A-Za-z]{1,3}(?=。\n)/g,
    replace: '',
    examples: {
      valid: [{ input: '每个服务站至少配备2名工作人\nJo。\n困难退役军人帮扶援助', output: '每个服务站至少配备2名工作人\n。\n困难退役军人帮扶援助' }],
      invalid: ['开展\nPM。\n监测', '提高到\nGDP\n的', '指标\nJo\n的'],
    },
  },
  {
    id: 'ocr/speck',
    description: 'a speck read as : ; \' ` or · at the start of a line, before a number',
    pattern: /(?<=^|\n)[:;'`·]+(?=\d)/g,
    replace: '',
    examples: {
      valid: [{ input: '比例达到\n:95%以上', output: '比例达到\n95%以上' }],
      invalid: ['时间:2025年', '比例达到\n95%以上'],
    },
  },
  {
    id: 'ocr/bound-char',
    description: '上 or 下 of 以上/以下 after a number misread as a look-alike (土 止 人 本 / 卜 丁): a guess, flagged',
    pattern: /(?<=\d[%‰]?以\s*)([土止人本业]|[卜丁])(?![\u4e00-\u9fff])/g,
    chars: { 土: '上', 止: '上', 人: '上', 本: '上', 业: '上', 卜: '下', 丁: '下' },
    confidence: 0.5,
    examples: {
      valid: [
        { input: '毛入学率达到并保持在95%以\n人', output: '毛入学率达到并保持在95%以\n上' },
        { input: '控制在10%以卜。', output: '控制在10%以下。' },
      ],
      invalid: ['达到95%以上', '以人为本', '3个以人民'],
    },
  },
  {
    id: 'ocr/about',
    description: '右 of 左右 after a number misread as 石 or 古 (40%左\n石: 左石 is no word)',
    pattern: /(?<=\d[%‰]?[万千]?[\u4e00-\u9fff]{0,2}?左\n?)[石古]/g,
    replace: '右',
    examples: {
      valid: [
        { input: '女性比例达到40%左\n石。', output: '女性比例达到40%左\n右。' },
        { input: '稳定在40万人左石', output: '稳定在40万人左右' },
      ],
      invalid: ['左石', '达到40%左右', '位于城区左石桥'],
    },
  },
  {
    id: 'ocr/age',
    description: '岁 read as 寡 after a number (12寡儿童), or as 多 after an age range (35—45多接受: 45多 would be "over 45" only before a counter)',
    pattern: /(?<=\d)寡|(?<=\d[—～~\-]\d{1,3})多(?![个万亿千百十名人家所项种次年倍元户间张辆条座])/g,
    replace: '岁',
    examples: {
      valid: [
        { input: '12寡儿童龋患率', output: '12岁儿童龋患率' },
        { input: '促进70%的妇女在35—45多接受筛查', output: '促进70%的妇女在35—45岁接受筛查' },
      ],
      invalid: ['寡妇', '多寡', '增加10—20多个', '45多岁'],
    },
  },
  {
    id: 'ocr/semicolon',
    description: 'a brace between Chinese characters (建设}每个街道) is a misread ；: Chinese text has no braces',
    pattern: /(?<=[\u4e00-\u9fff])[{}](?=[\u4e00-\u9fff])/g,
    replace: '；',
    examples: {
      valid: [{ input: '机构建设}每个街道和乡镇配备1名', output: '机构建设；每个街道和乡镇配备1名' }],
      invalid: ['{a}', '建设；每个'],
    },
  },
  {
    id: 'ocr/half-width-marks',
    description: 'a half-width , ; : against a Chinese character (chi_tra reads ， as ,) is the full-width mark',
    pattern: /(?<=[\u4e00-\u9fff%‰）])[,;:](?!\d{3}(?!\d))|[,;:](?=[\u4e00-\u9fff“（])/g,
    chars: { ',': '，', ';': '；', ':': '：' },
    examples: {
      valid: [
        { input: '學前教育毛入園率達到92%以上,普惠性幼兒園', output: '學前教育毛入園率達到92%以上，普惠性幼兒園' },
        { input: '主要目標:', output: '主要目標：' },
        { input: '2020年,全市', output: '2020年，全市' },
      ],
      invalid: ['1,500人', 'GDP, CPI', '8:30'],
    },
  },
  {
    id: 'ocr/attribute-wrapped',
    description: 'a row\'s attribute wrapped onto a line of its own (约\n束性, 约束\n性) goes back on its row',
    pattern: /(?<=[约預预約])\n(?=[束期]性(?:\n|$))|(?<=约束|預期|预期|約束)\n(?=性(?:\n|$))/g,
    replace: '',
    examples: {
      valid: [
        { input: '覆盖率(%)||80||≥85约\n束性', output: '覆盖率(%) 80 ≥85 约束性' },
        { input: '比重||%||28.9||≤27||约束\n性\n第三章', output: '比重 % 28.9 ≤27 约束性\n第三章' },
      ],
      invalid: ['制约\n束缚', '预期\n性别'],
    },
  },
  {
    id: 'ocr/attribute-cell',
    description: 'a table row\'s attribute (预期性, 约束性) read against the number before it (70预期性, 60左右约束性, a speck between: 4。預期性) is a cell of its own',
    pattern: /(?<=\d[%‰]?(?:左右|以上|以下)?)[，。.、]*(?=(?:预期|預期|约束|約束)性)/g,
    replace: ' ',
    examples: {
      valid: [
        { input: '健康管理率(%)¦66¦70预期性', output: '健康管理率(%) 66 70 预期性' },
        { input: '入学率||95||97约束性', output: '入学率 95 97 约束性' },
        { input: '壽命(歲)||79.3||80.0預期性', output: '壽命(歲) 79.3 80.0 預期性' },
        { input: '嬰兒死亡率(‰)||3.2||≤4。預期性', output: '嬰兒死亡率(‰) 3.2 ≤4 預期性' },
        { input: '基金支付比例(%)||68.5||70左右约束性', output: '基金支付比例(%) 68.5 70左右 约束性' },
      ],
      invalid: ['70||预期性', '预期性指标', '增长预期', '左右约束性'],
    },
  },
  {
    id: 'ocr/attribute-misread',
    description: 'in a table\'s row, a last cell of three characters around 期 or 束 (天期性, 宙期伟, 砚期性; or 预期性 with a speck before it, 有预期性) is the attribute 预期性 or 约束性 misread: a cell no column knows loses the row\'s targets',
    pattern: /(?<= )(?:[^ \n\d](?:预期性|預期性|约束性|約束性)|[^ \n\d预預约約长長短中周定近远遠初末同][期束][^ \n\d]|[预預约約][期束][^ \n\d性])$/gm,
    fix: (cell) => /(?:预期性|預期性|约束性|約束性)$/.exec(cell)?.[0] ?? (cell.includes('束') ? '约束性' : '预期性'),
    line: /^(?=[^\n]*\d)(?:[^ \n]+ ){3,}[^ \n]+$/,
    examples: {
      valid: [
        { input: '5||文化云平台注册用户||万人||12.3||20||宙期伟', output: '5 文化云平台注册用户 万人 12.3 20 预期性' },
        { input: '3||培训后就业率(%)||68.5||75||所期性', output: '3 培训后就业率(%) 68.5 75 预期性' },
        { input: '规模效益||制造业增加值占地区生产总值比重||%||29.8||30左右||31||有预期性', output: '规模效益 制造业增加值占地区生产总值比重 % 29.8 30左右 31 预期性' },
        { input: '1||耕地保有量||万亩||66.5||≥66.5||的束性', output: '1 耕地保有量 万亩 66.5 ≥66.5 约束性' },
      ],
      invalid: ['5||文化云平台注册用户||万人||12.3||20||预期性', '1||耕地保有量||万亩||66.5||≥66.5||約束性', '1||某指标||万元||12||20||长期性', '开展||中长期||规划||评估||天期性', '达到95%，近期目标'],
    },
  },
  {
    id: 'ocr/row-value-cell',
    description: 'in a numbered table\'s row (its index first, its attribute last), a value read against the name before it (死亡率下降33% 约束性: a long name cell printed close to its value) is the value\'s cell (not after 一: an empty cell, ocr/empty-cell-sign)',
    pattern: /(?<=^\d{1,2} ?[^ \n]*(?:(?!一)[\u4e00-\u9fff]|[）)]))(?=[<>≤≥＜＞]?\d+(?:\.\d+)?[%‰]?(?:左右|以上|以下)? (?:约束|预期|約束|預期)性$)/gm,
    replace: ' ',
    examples: {
      valid: [
        { input: '2亿元地区生产总值安全事故死亡率下降33%||约束性', output: '2亿元地区生产总值安全事故死亡率下降 33% 约束性' },
        { input: '5||年均自然灾害直接经济损失占地区生产总值比例<1%||预期性', output: '5 年均自然灾害直接经济损失占地区生产总值比例 ≤1% 预期性' },
        { input: '6城市人均避难场所面积(平方米)≥2||預期性', output: '6城市人均避难场所面积(平方米) ≥2 預期性' },
      ],
      invalid: ['5岁以下儿童死亡率||%||6.8||≤6||预期性', '到2025年全市达到95%||预期性', '1||生产安全事故死亡人数下降||15%||约束性', '新增就业5万人||预期性'],
    },
  },
  {
    id: 'ocr/unit-before-number',
    description: 'in a table\'s row, a unit read against the indicator before it and the first value after it (指导中心个3 12) is the unit\'s cell',
    pattern: /(?<=[\u4e00-\u9fff）)])([个张人名所家次项岁年户座处件天元倍])(?=\d+(?:\.\d+)? )/g,
    replace: ' $1 ',
    line: TABLE_ROW,
    examples: {
      valid: [
        { input: '4乡镇(街道)婴幼儿照护服务指导中心个3¦12||预期性', output: '4乡镇(街道)婴幼儿照护服务指导中心 个 3 12 预期性' },
        { input: '每千人拥有社会体育指导员数名2.0¦2.3||预期性', output: '每千人拥有社会体育指导员数 名 2.0 2.3 预期性' },
      ],
      invalid: ['人均受教育年限||年||10.8||11.5', '2020年||2025年||属性||备注', '新增就业人数||5000||6000||预期性'],
    },
  },
  {
    id: 'ocr/row-marks',
    description: 'in a table\'s row, ， 。 ； read from specks are dropped (cells hold no sentences; but between two Chinese characters they may end one, kept), a 、 next to a gap or another mark, and a _ before a number',
    pattern: /(?<![\u4e00-\u9fff])[，。；;]|[，。；;](?![\u4e00-\u9fff])|(?<!\d),|,(?!\d)|(?<=[ ，。；;,]|^)、|、(?=[ ，。；;,]|$)|(?<= |^)_+(?=[<>≤≥＜＞\d])/g,
    replace: '',
    line: TABLE_ROW,
    examples: {
      valid: [
        { input: '每千人口注册护士数，、，人||2.9||3.6||预期性', output: '每千人口注册护士数人 2.9 3.6 预期性' },
        { input: '健康服务。7||每千人口执业医师数||人||2.6||3.1', output: '健康服务7 每千人口执业医师数 人 2.6 3.1' },
        { input: '嬰兒死亡率(‰)||3.2||_<4。預期性', output: '嬰兒死亡率(‰) 3.2 ≤4 預期性' },
      ],
      invalid: ['乡镇(街道、社区)||个||1,200||1,500', '到2025年，全市达到95%。', '孕产妇、婴儿死亡率||‰||4||3', '课程。确保小学生每天睡眠||10||个小时、初中生||9||个小时'],
    },
  },
  {
    id: 'ocr/row-sign',
    description: 'in a table\'s row, a comparator read against the number before it (80>85) starts a cell of its own',
    pattern: /(?<=\d[%‰]?)(?=[<>≤≥＜＞]\d)/g,
    replace: ' ',
    line: TABLE_ROW,
    examples: {
      valid: [
        { input: '基本康复服务覆盖率(%)||80>85||约束性', output: '基本康复服务覆盖率(%) 80 ≥85 约束性' },
        { input: '康复服务1有需求的持证残疾人基本康复服务覆盖率(%)¦80|>|85约\n束性', output: '康复服务1有需求的持证残疾人基本康复服务覆盖率(%) 80 ≥85 约束性' },
      ],
      invalid: ['若x>5则', '占比||80||≥85||预期性'],
    },
  },
  {
    id: 'ocr/row-sign-two',
    description: 'in a table\'s row of percentages, a cell 2 and two digits after a figure cell (90 295: a percentage over 100) is ≥ read as 2 (≥95): a guess, flagged',
    pattern: /(?<= \d{1,3}(?:\.\d+)? )2(?=[1-9]\d(?:\.\d+)?(?: |$))/gm,
    replace: '≥',
    line: /^(?=[^\n]*[%％])(?:[^ \n]+ ){2,}[^ \n]+$/,
    confidence: 0.5,
    examples: {
      valid: [
        { input: '政务服务事项全程网办率(%)||78||85||90||295', output: '政务服务事项全程网办率(%) 78 85 90 ≥95' },
        { input: '合格率(%)||91.6||292||预期性', output: '合格率(%) 91.6 ≥92 预期性' },
      ],
      invalid: ['合格率(%)||91.6||92||预期性', '市场主体(万户)||9.6||212', '达到95%，2025年||250', '增长率(%)||150||2100'],
    },
  },
  {
    id: 'ocr/row-sign-two-decimal',
    description: 'in a table\'s row, a cell 2 and a figure under 1 after a figure cell under 1 (0.28 20.35: seventy times its base) is ≥ read as 2 (≥0.35): a guess, flagged',
    pattern: /(?<= 0\.\d+ )2(?=0\.\d+(?: |$))/gm,
    replace: '≥',
    line: TABLE_ROW,
    confidence: 0.5,
    examples: {
      valid: [{ input: '1||人均公共文化设施面积||平方米||0.28||20.35||约束性', output: '1 人均公共文化设施面积 平方米 0.28 ≥0.35 约束性' }],
      invalid: ['1||人均公共文化设施面积||平方米||0.28||≥0.35||约束性', '1||某指标||万元||10.28||20.35||预期性', '1||某指标||万元||0.28||20||预期性'],
    },
  },
  {
    id: 'ocr/row-bracket-gap',
    description: 'in a table\'s row, a gap inside a short bracket (主题服务( 项): the cell\'s unit) is no column\'s: the bracket is one cell\'s',
    pattern: /(?<=[(（]) +(?=[^ ()（）\n]{1,6}[)）])|(?<=[(（][^ ()（）\n]{1,6}) +(?=[)）])/g,
    replace: '',
    line: TABLE_ROW,
    examples: {
      valid: [{ input: '一件事一次办||主题服务(||项)||26||40||50||60', output: '一件事一次办 主题服务(项) 26 40 50 60' }],
      invalid: ['主题服务(项)||26||40||50||60', '到2025年(||全市)达到95%'],
    },
  },
  {
    id: 'ocr/unit-bracket-nine',
    description: 'in a table\'s row, a unit bracket holding 9% (覆盖率(9%)) is (%): the % sign\'s first circle read as 9, as in 959%',
    pattern: /(?<=[\u4e00-\u9fff][(（])9(?=[%％][)）])/g,
    replace: '',
    line: TABLE_ROW,
    examples: {
      valid: [{ input: '气象预警信息公众覆盖率(9%)||92||≥97', output: '气象预警信息公众覆盖率(%) 92 ≥97' }],
      invalid: ['气象预警信息公众覆盖率(%)||92||≥97', '增长(9%)，达到'],
    },
  },
  {
    id: 'ocr/row-name-figure',
    description: 'in a table\'s row, a figure read against the unit bracket closing the name\'s cell (预警提前量(分钟)32 ≥45: the gap too narrow for Tesseract) starts a cell of its own',
    pattern: /(?<=[\u4e00-\u9fff][(（][^()（）\d\s]{1,8}[)）])(?=[≤≥<>＜＞]?\d[\d.]*[%‰]? )/g,
    replace: ' ',
    line: /^[^ \n]*[\u4e00-\u9fff][(（][^()（）\d\s]{1,8}[)）][≤≥<>＜＞]?\d[\d.]*[%‰]?(?: [^ \n]+)+$/,
    examples: {
      valid: [
        { input: '强对流天气预警提前量(分钟)32||≥45', output: '强对流天气预警提前量(分钟) 32 ≥45' },
        { input: '区域自动气象站(个)248||320', output: '区域自动气象站(个) 248 320' },
        { input: '效率煤电机组平均供电煤耗（克标准煤/千瓦时）305||300||一', output: '效率煤电机组平均供电煤耗（克标准煤/千瓦时） 305 300 —' },
      ],
      invalid: ['区域自动气象站(个) 248 320', '细颗粒物(PM2.5)年均浓度||36||≤32', '达到(个)32个以上', '每万人口(人)5G基站||20'],
    },
  },
  {
    id: 'ocr/unit-cell-double',
    description: 'in a table\'s row, a unit cell whose last character is read twice (万人人 3 4: a stroke read as another character) is that unit',
    pattern: /(?<=(?:^| )[万亿千]?([人元户个项名家所次]))\1(?= [≤≥<>＜＞]?\d)/g,
    replace: '',
    line: TABLE_ROW,
    examples: {
      valid: [{ input: '2||专业技术人才总量||万人人||3||4', output: '2 专业技术人才总量 万人 3 4' }],
      invalid: ['2||专业技术人才总量||万人||3||4', '人人||享有||3||4', '3||人人持证||万人||3||4'],
    },
  },
  {
    id: 'ocr/row-bracket-cell',
    description: 'in a table\'s row, a figure read against a bracketed cell before it (【8.7】7.5左右: a cumulative or base cell, the gap too narrow for Tesseract) starts a cell of its own',
    pattern: /(?<=[〔【[]\d[\d.]*[%‰]?[〕】\]])(?=[≤≥<>＜＞]?\d)/g,
    replace: ' ',
    line: TABLE_ROW,
    examples: {
      valid: [{ input: '生活富裕||农村居民人均可支配收入年均增长(%)||【8.7】7.5左右||预期性', output: '生活富裕 农村居民人均可支配收入年均增长(%) 【8.7】 7.5左右 预期性' }],
      invalid: ['生活富裕||年均增长(%)||【8.7】||7.5左右||预期性', '依据【2021】3号文件'],
    },
  },
  {
    id: 'ocr/heading-comma',
    description: 'a heading\'s number followed by ， , or . instead of 、 (一，主要目标) on a short line of its own',
    pattern: /(?<=^|\n)([一二三四五六七八九十]{1,3})[，,.．](?=[\u4e00-\u9fff]{2,12}(?:\n|$))/g,
    replace: '$1、',
    examples: {
      valid: [{ input: '一，主要目标\n到2025年', output: '一、主要目标\n到2025年' }],
      invalid: ['一、主要目标', '一，是加强妇幼健康服务体系建设，提高服务能力', '十，'],
    },
  },
  {
    id: 'ocr/empty-cell-sign',
    description: 'an empty cell\'s 一 read against the comparator of the next cell (时间(小时)一<2: after a bracket or a column gap; the row may have lost its other gaps) is a cell of its own',
    pattern: /(?:([)）]) ?| )[一_](?=[<>≤≥＜＞]\d)/g,
    replace: '$1 — ',
    examples: {
      valid: [
        { input: '6卫生应急处置平均到达现场时间(小时)一<2||预期性', output: '6卫生应急处置平均到达现场时间(小时) — ≤2 预期性' },
        { input: '6||卫生应急处置平均到达现场时间(小时)||一<2||预期性', output: '6 卫生应急处置平均到达现场时间(小时) — ≤2 预期性' },
      ],
      invalid: ['比例一<2', '第一<2'],
    },
  },
  {
    id: 'ocr/cell-point-end',
    description: 'in a table\'s row, a number cell ending in a point (93. for 93.1: its decimals lost) is that number without them: a guess, flagged',
    pattern: /(?<=(?:^| ))(\d+(?:\.\d+)?)[.．](?= |$)/g,
    replace: '$1',
    line: TABLE_ROW,
    confidence: 0.3,
    examples: {
      valid: [
        { input: '4||高中阶段毛入学率(%)||93.||≥95||预期性', output: '4 高中阶段毛入学率(%) 93 ≥95 预期性' },
        { input: '市场环境||市场主体总量(万户)||58.6.||≥75||预期性', output: '市场环境 市场主体总量(万户) 58.6 ≥75 预期性' },
      ],
      invalid: ['1.||新生儿', '4||毛入学率(%)||93.1||≥95'],
    },
  },
  {
    id: 'ocr/less-equal',
    description: '≤ or ≥ read as < or > (its bar lost, or read as s, z or *) before a number in a table cell',
    pattern: /(?<=^|[ \n])(?:<[sz*]?|＜)(?=\d)|(?<=^|[ \n])(?:>[sz*]?|＞)(?=\d)/g,
    chars: { '<': '≤', '＜': '≤', '>': '≥', '＞': '≥', s: '', z: '', '*': '' },
    examples: {
      valid: [
        { input: '10.2||<10||预期性', output: '10.2 ≤10 预期性' },
        { input: '16.8||<s15.5', output: '16.8 ≤15.5' },
        { input: '21.3||>28', output: '21.3 ≥28' },
        { input: '—||>z412||约束性', output: '— ≥412 约束性' },
        { input: '92||>*98||100', output: '92 ≥98 100' },
      ],
      invalid: ['a<b', 'x>5', 'x>z5'],
    },
  },
  {
    id: 'ocr/empty-cell',
    description: 'in a table\'s row, a cell of one 一 or _ is an empty cell\'s dash (a number would be digits)',
    pattern: /(?<= )[一_](?= |$)/gm,
    replace: '—',
    line: TABLE_ROW,
    examples: {
      valid: [
        { input: '就业||4||城乡新增残疾人就业人数(人)||一||1500||预期性', output: '就业 4 城乡新增残疾人就业人数(人) — 1500 预期性' },
        { input: '结构||非化石能源消费比重(%)||19.6||25||一\n结构||煤炭消费比重(%)||52.3||≤45||一', output: '结构 非化石能源消费比重(%) 19.6 25 —\n结构 煤炭消费比重(%) 52.3 ≤45 —' },
      ],
      invalid: ['到2025年 一 是'],
    },
  },
  {
    id: 'ocr/row-end-dash',
    description: 'in a table\'s row, a 一 read against the number ending the row (300一: the last column\'s empty cell, its gap too narrow for Tesseract) is that cell\'s dash',
    pattern: /(?<= [≤≥<>]?\d+(?:\.\d+)?[%‰]?)一$/gm,
    replace: ' —',
    line: TABLE_ROW,
    examples: {
      valid: [{ input: '效率||煤电机组平均供电煤耗(克)||305||300一', output: '效率 煤电机组平均供电煤耗(克) 305 300 —' }],
      invalid: ['总量||能源消费总量||1.28||1.45||一', '到2025年 达到 30 一'],
    },
  },
  {
    id: 'ocr/unit-cell',
    description: 'in a table\'s row, a % or ‰ read against the indicator before it (比重% 28.9) is the unit\'s cell',
    pattern: /(?<=[\u4e00-\u9fff])(?=[%‰](?: |$))/g,
    replace: ' ',
    line: TABLE_ROW,
    examples: {
      valid: [{ input: '10||个人卫生支出占卫生总费用的比重%||28.9||≤27', output: '10 个人卫生支出占卫生总费用的比重 % 28.9 ≤27' }],
      invalid: ['比重%||28.9', '占比(%)||38||≥55||约束性', '达到95%'],
    },
  },
  {
    id: 'ocr/unit-split',
    description: 'in a table\'s row, a unit cell read as two (万 人, 亿 元, 万 个, 万人 次, 人 年: a speck or a wide letter gap between) is one',
    pattern: /(?<=(?:^| )[万亿]) (?=(?:人次|人|元|件|个|户|家|吨|亩|辆|台)(?: |$))|(?<=(?:^| )万人) (?=次(?: |$))|(?<=(?:^| )人) (?=年(?: |$))/g,
    replace: '',
    line: TABLE_ROW,
    examples: {
      valid: [
        { input: '6||高技能人才总量||万||人||9.8||12.8||预期性', output: '6 高技能人才总量 万人 9.8 12.8 预期性' },
        { input: '4||补贴性职业技能培训||万人||次||48.7||≥40', output: '4 补贴性职业技能培训 万人次 48.7 ≥40' },
        { input: '5||每万名劳动力中研发人员||人||年||42||60', output: '5 每万名劳动力中研发人员 人年 42 60' },
        { input: '3||快递业务收入||亿||元||29.5||52||12.0||预期性', output: '3 快递业务收入 亿元 29.5 52 12.0 预期性' },
        { input: '2||快递业务量||亿||件||4.86||10||15.5', output: '2 快递业务量 亿件 4.86 10 15.5' },
      ],
      invalid: ['6||高技能人才总量||万人||9.8||12.8', '新增||万||人口||9.8||12.8', '新增||亿||件事||9.8||12.8'],
    },
  },
  {
    id: 'ocr/counter-against-name',
    description: 'in a table\'s row, a name cell ending in 个 before a figure (二级节点个 9 14: the unit cell\'s gap lost) is the name and the unit cell 个: no indicator\'s name ends in 个',
    pattern: /(?<=[\u4e00-\u9fff]{3})(?<![一二两三四五六七八九十百千万几各每整这那])个(?= [\d〔[(（≥≤—-])/g,
    replace: ' 个',
    line: TABLE_ROW,
    examples: {
      valid: [{ input: '数字转型||工业互联网标识解析二级节点个||9||14||18||预期性', output: '数字转型 工业互联网标识解析二级节点 个 9 14 18 预期性' }],
      invalid: ['数字转型||工业互联网标识解析二级节点||个||9||14', '建成示范区两个||9||14', '新增5个||12||14'],
    },
  },
  {
    id: 'ocr/unit-split-name',
    description: 'in a table\'s row, a unit cell of 万 or 亿 and a unit (亿元, 万人) read with its gap inside it (总额亿 元: the 亿 against the name) is the unit\'s cell',
    pattern: /(?<=[\u4e00-\u9fff]{2})([万亿]) (?=(?:元|人|人次|户|吨|亩|千瓦|平方米|立方米|公顷|辆|台)(?: |$))/g,
    replace: ' $1',
    line: TABLE_ROW,
    examples: {
      valid: [{ input: '社会消费品零售总额亿||元||1865||2000||2140||2300', output: '社会消费品零售总额 亿元 1865 2000 2140 2300' }],
      invalid: ['社会消费品零售总额||亿元||1865||2000', '6||高技能人才总量||万||人||9.8||12.8', '新增||万||人口||9.8||12.8'],
    },
  },
  {
    id: 'ocr/cell-bracket-speck',
    description: 'in a table\'s row, a 《 or 〈 opening a cell with no closing one in it (《万人) is a speck of the gap',
    pattern: /(?<=^| )[《〈](?=[^ 》〉\n]*(?: |$))/g,
    replace: '',
    line: TABLE_ROW,
    examples: {
      valid: [{ input: '3||农村劳动力转移就业总量||《万人||142||140左右||预期性', output: '3 农村劳动力转移就业总量 万人 142 140左右 预期性' }],
      invalid: ['依据||《纲要》||要求||2025', '依据 《纲要》 要求 2025'],
    },
  },
  {
    id: 'ocr/break-before-sign',
    description: 'a line break between a number and its % or ‰ is dropped',
    pattern: /(?<=\d)[ \t]*\r?\n[ \t]*(?=[%‰])/g,
    replace: '',
    examples: {
      valid: [{ input: '达到95\n%以上', output: '达到95%以上' }],
      invalid: ['达到95%\n以上'],
    },
  },
  {
    id: 'ocr/permille-circles',
    description: 'a ‰ read as its circles (960, 060, %60, 9%60: 2.5‰ → 2.5960) after a small number, in a clause (to its comma) of ‰ figures or mortality rates, before a list mark or a bound (after the rules that put a number together): a guess, flagged',
    pattern: /(?<=(?:‰|死亡率)[^。；;，,\n]{0,40}(?<![\d.])\d{1,2}(?:\.\d)?)(?:9?%6[0o]|[09]60)(?=[、和及，,。；;\n]|以[下内]|$)/g,
    replace: '‰',
    confidence: 0.5,
    examples: {
      valid: [
        { input: '死亡率分別控制在2.5960、3.5‰和5060以下', output: '死亡率分別控制在2.5‰、3.5‰和5‰以下' },
        { input: '嬰兒死亡率分別降至39%60、5960和6960', output: '嬰兒死亡率分別降至3‰、5‰和6‰' },
        { input: '新生儿死亡率控制在3%60以下', output: '新生儿死亡率控制在3‰以下' },
      ],
      invalid: ['死亡率控制在5.960‰以下', '全县常住人口5960人', '死亡率分別為4.2‰，新增1960、', '死亡率为3‰，全年出生2060人'],
    },
  },
];

// ---- Lines: how Tesseract's words of a line are joined (pipeline/stages/ocr-text.ts; examples in
// LAYOUT_EXAMPLES, where `|` is a word's end, `||` a column's gap, `¦` a narrow gap).

/** A gap between two words of a line wider than this many line heights is a column's: kept as a space. */
export const COLUMN_GAP = 1.2;
/** Marks in a gap between two words wider than this many line heights are specks of the gap: dropped (a real mark takes about one). */
export const MARKED_GAP = 1.6;
/** Marks at either end of an OCR word: apart from the rest of it, as they may be specks of a gap. */
export const EDGE_MARK = /^[“”"'‘’，,、。.．:：;；·]$/;
/** Marks that take a full character in running text: dropped from a gap only in a table's row (two clean column gaps or more). */
export const FULL_WIDTH_MARK = /[，、。；：]/;
/** chi_tra reads a ， as `,` (also ；：): between two Chinese characters in running text it is kept as a full-width mark is (a clause's end: dropping it runs two clauses into one name). */
export const HALF_WIDTH_MARK = /^[,;:]$/;
/** An OCR word of marks only that may be a speck of a gap. */
export const GAP_MARK = /^[“”"'‘’，,、。.．:：;；·]{1,3}$/;
/**
 * Two numbers read as words apart by more than this many line heights are kept apart by a space
 * (`66 70`: a table row's cells printed close; Tesseract keeps a number's own digits in one word).
 */
export const NUMBERS_GAP = 0.25;
/** …and a number after a `%`, `‰` or closing bracket (`(%)  80`), by more than this many. */
export const SIGN_NUMBER_GAP = 0.35;
/** A point dropped before a number at a column's gap (`96 .97`) may have been the number's own: the number is flagged. */
export const POINT_AT_GAP_CONFIDENCE = 0.6;

/** How words become a line, as examples: input in the notation above, the line it gives. */
export const LAYOUT_EXAMPLES: { input: string; output: string; why: string }[] = [
  { input: '序号||指标||2020年||2025年', output: '序号 指标 2020年 2025年', why: 'a column gap is a space' },
  { input: '达到|95%|以上', output: '达到95%以上', why: 'words of running text are joined' },
  { input: '2020年||”2025年”||属性', output: '2020年 2025年 属性', why: 'quotes read into column gaps are dropped' },
  { input: '类别||康复服务||，.2020年||2025年', output: '类别 康复服务 2020年 2025年', why: 'marks at a word\'s start in a gap of a row are dropped' },
  { input: '健康管理率(%)¦66¦70¦预期性', output: '健康管理率(%) 66 70预期性', why: 'numbers apart, and a number after (%), are kept apart' },
  { input: '2020年，|全市', output: '2020年，全市', why: 'a comma in running text is kept' },
  { input: '目标||，||到2025年', output: '目标 ， 到2025年', why: 'a full-width mark in a gap of running text is kept (its gaps vary)' },
  { input: '篩查和評估|,||篩查率達到70%以上', output: '篩查和評估, 篩查率達到70%以上', why: 'so is a half-width one between Chinese characters (chi_tra\'s ，)' },
  { input: '序号||指标||，||单位||2020年', output: '序号 指标 单位 2020年', why: 'a full-width mark in a gap of a table row is dropped' },
  { input: '“十三五”|以来', output: '“十三五”以来', why: 'a quote inside running text is kept' },
  { input: '1.|新生儿', output: '1.新生儿', why: 'a point after a list number is kept' },
  { input: '2021|一|2025年', output: '2021一2025年', why: 'no space where the gap is narrow' },
  { input: '主要指標|。|2020年||2025年||屬性', output: '主要指標 2020年 2025年 屬性', why: 'in a row, a mark in a narrower column gap is dropped too' },
  { input: '乡镇(街道|、|社区)||个||1.2||2.0', output: '乡镇(街道、社区) 个 1.2 2.0', why: 'but not a 、 of a list' },
  {
    input: '主要指標||。||2020年||“2025年”||屬性\n人均預期壽命(歲)||79.3||80.0||預期性',
    output: '主要指標 2020年 2025年 屬性\n人均預期壽命(歲) 79.3 80.0 預期性',
    why: 'a line whose every gap holds a speck is a row next to a row: its marks go, quotes paired or not',
  },
  { input: '类别|.||序号||”指标||，|2020年，||2025年||”属性', output: '类别 序号 指标 2020年 2025年 属性', why: 'three column gaps, specks in them or not, make a row by themselves' },
  { input: '推进||“健康中国”||建设', output: '推进 “健康中国” 建设', why: 'in running text a paired quote in a gap stays' },
  { input: '2.||妇女人均预期寿命提高至||81.|3||岁左右', output: '2. 妇女人均预期寿命提高至 81.3 岁左右', why: 'a point after a digit of its word stays, even in a row' },
  { input: '课程|。|确保小学生每天睡眠||10||个小时||初中生||9||个小时', output: '课程。确保小学生每天睡眠 10 个小时 初中生 9 个小时', why: 'in a row, a ， 。 … between Chinese characters is judged as in running text' },
  { input: '主要指標||2020年||2025年¦”¦屬性\n人均預期壽命(歲)||79.3||80.0||預期性', output: '主要指標 2020年 2025年 屬性\n人均預期壽命(歲) 79.3 80.0 預期性', why: 'but a quote there is a speck of the gap' },
];

// ---- Script: a scan in traditional script is read with chi_tra where it is installed (chi_sim
// reads it as simplified, misreading many characters: 歲 → 套, 鞏 → 便).

/** The first pages of a scan (this many at most) are read in both scripts until one has enough Chinese words to tell. */
export const SCRIPT_PROBE_PAGES = 3;
/** Chinese words a page needs (in both readings) to tell its script. */
export const SCRIPT_MIN_WORDS = 20;
/** Traditional wins where its mean word confidence is above simplified's by more than this (0–100). */
export const SCRIPT_MARGIN = 3;

/** A line that is only a page number (— 12 —, 第3页, or what OCR makes of the dashes). */
export const PAGE_NUMBER_LINE = /^[\s\-—－–_~～一二·.。]*(?:第\s*\d{1,4}\s*页|\d{1,4})?[\s\-—－–_~～一二·.。]*$/;
/** Page number lines are looked for among this many lines at the top and bottom of a page. */
export const EDGE_LINES = 2;
/** A line repeated at the top or bottom of at least this many pages (digits aside) is a running header or footer. */
export const REPEATED_LINE_MIN_PAGES = 3;

/**
 * A paragraph's first line is indented by this many line heights or more (plans indent by two
 * characters): where the line before it ends with no mark (its paragraph's last line, or a full line),
 * the full stop there was lost (printed at the margin or on a line of its own Tesseract did not read),
 * and one is put back, or the next paragraph's words run into the last sentence's indicator name
 * (…医疗保障实现全覆盖 / 每个设区市至少建有1所光荣院).
 */
export const PARAGRAPH_INDENT = 1.5;
/** The line before is its paragraph's continuation when indented less than this (line heights). */
export const CONTINUATION_INDENT = 0.5;
/** …or a full line when it ends within this (line heights) of the page's right edge of text. */
export const FULL_LINE_SLACK = 1;
/** Lines either side whose left and right edges give the page's text edges there (a turned page's edges drift). */
export const EDGE_WINDOW = 8;

// ---- What OCR cannot fix: flagged (a low confidence), never guessed.

/** Tesseract's word confidence (0–100) under which a value is flagged. */
export const LOW_WORD_CONFIDENCE = 60;
/**
 * Under this a word is unreadable: a character after a value (its bound may be lost), the
 * characters of an indicator name (UNREADABLE_NAME_SHARE), a word in the quote of a record without
 * a value (refused). A value's own word is never refused for
 * its score alone, only flagged: with the other checks run first (a lost point, a ‰ read as %, a
 * unit not its indicator's), values Tesseract scored under 30 were right 27 times of 28 on the
 * tuning and fresh scans (table cells led by ≥ or ≤ score low: 14 for `≥40`).
 */
export const UNREADABLE_WORD_CONFIDENCE = 30;
/**
 * An indicator name with no catalogue id (none even by likeness) of which at least this share of the
 * characters Tesseract scored under UNREADABLE_WORD_CONFIDENCE (two at least) is garbled (筛查 →
 * 家查, 婴儿死亡率 → 风儿死亡宰): what the record is about is unknown, the record is refused.
 */
export const UNREADABLE_NAME_SHARE = 0.5;
/** A level this many times the national figure (same unit) or more is a misreading (a point lost: 2.5% → 25%), refused. */
export const IMPLAUSIBLE_FACTOR = 10;
/** Characters that may follow 以 after a value (以上, 以下, 以内, 以前 …): any other is a bound OCR could not read. */
export const BOUND_AFTER_YI = '上下内前后来及';
/**
 * A table cell read as an integer this many times (from, to) another number cell of its row has
 * likely lost its decimal point (783 beside 79.3, 1086 beside 107: a point is ten times), flagged.
 */
export const POINT_LOST_RATIO: [number, number] = [7, 15];

/**
 * A table row's indicator that is a share or rate, never over 100% (a growth rate may be): a cell over
 * 100% for it is refused (`4100` for 100, a speck read as a digit).
 */
export const SHARE_NAME = /^(?!.*(?:增长|增速|增幅|提高|下降))[^\n]*(?:率|比重|占比|比例)(?:[(（][%％][)）])?$/;
/**
 * A table header's cell of a yearly growth column (年均增长(%), 年均增速): such a column counts as one
 * of the row's figure cells (a row short of it lost a cell, its dash: which figure is which cannot be told).
 * Wider than rules/tables.ts GROWTH_COLUMN (which makes per-year changes of a column): here any growth
 * header counts as a cell, 增长率 too, and a header that lost its 年均 still does.
 */
export const OCR_GROWTH_HEADER = /^(?:年均)?增[长速幅]|^年均/;
export const OCR_GROWTH_HEADER_EXAMPLES: { valid: string[]; invalid: string[] } = {
  valid: ['年均增长(%)', '年均增长（%）', '年均增速', '增长率'],
  invalid: ['2025年', '属性', '指标', '单位'],
};
/** A yearly growth cell (年均增长) read in % as an integer this high or more lost its point (12.6 read 126, 5.5 read 55): refused. */
export const GROWTH_POINT_LOST = 30;
export const SHARE_NAME_EXAMPLES: { valid: string[]; invalid: string[] } = {
  valid: ['生产建设项目水土保持方案申报率', '非化石能源消费比重(%)', '新能源汽车零售量占比'],
  invalid: ['社会消费品零售总额年均增长率', '研发投入增长率(%)', '城镇人口'],
};
/**
 * Counters plans use one for another for institutions and sites (7所 or 7个 示范性托育机构): a unit
 * Tesseract was unsure of among these, where the indicator's is one of them too, is not refused.
 * (岁 read as 家 still is: 岁 is no counter.)
 */
export const INSTITUTION_COUNTERS = ['个', '所', '家', '座', '处'];
/** The OCR confidence of a flagged value. */
export const FLAGGED_CONFIDENCE = 0.3;
/**
 * A value that ends its line, followed by a line this short (the end of a paragraph, which Tesseract
 * reads worst: `以下。` → `人992`), may have lost its bound: a record there without one is flagged.
 */
export const SHORT_LINE = 4;
/**
 * Indicators measured in ‰ (these and any the catalogue gives in ‰): a level read in % is a misread
 * ‰, put right under 10 as a guess at most PERMILLE_AS_PERCENT_CONFIDENCE (the ‰ sign's last circle
 * lost, often in a table's unit cell), refused from 10 up (a point lost too).
 */
export const PERMILLE_INDICATORS = ['infant_mortality_rate', 'under5_mortality_rate', 'neonatal_mortality_rate'];
export const PERMILLE_AS_PERCENT_CONFIDENCE = 0.5;
/**
 * An indicator name that found no catalogue id is compared with the catalogue's names: one misread
 * character (孚产妇死亡率, 宫颈癌蔓查率; two in a name of 7 or more) in a name of at least this many characters is read as that
 * name, and the record keeps at most SIMILAR_NAME_CONFIDENCE (the id is a likeness, not a reading).
 */
export const SIMILAR_NAME_MIN_LENGTH = 4;
/** …but a character Tesseract scored this or more (0–100) is no misreading to put right (精神科床位 is no misread 儿科床位: 神 was 93; 巩国率 for 巩固率 was 90). */
export const SURE_CHARACTER = 92;
/**
 * A table cell Tesseract was unsure of (flagged for its word's score) is refused where a sure reading of
 * the same catalogue indicator, year and unit gives another figure (全县新增水土流失治理面积60平方千米以上 beside
 * the cell's `860`): the names must be this alike (bigram similarity, model/text.ts), as ids join unlike
 * names (新建5G基站 3860 is no 5G基站总数 ≥6000: 0.6).
 */
export const SAME_NAME_SIMILARITY = 0.75;
/** A table record's year cell is looked for in this many lines above its row: where Tesseract scored its digits under UNREADABLE_WORD_CONFIDENCE (2021年 read as 2031年 at 0), the record is refused. */
export const UNREADABLE_YEAR_LOOKBACK = 20;
/**
 * A table record's column year more than this many years past the end of every period of the
 * document's plans, one digit off one period's end (2055年 in a 十四五 plan's header, its 2 read 5),
 * is that end, flagged (a guess: ocr/column-year in pipeline/stages/ocr-ground.ts). A vision column
 * (2035年 in a plan to 2025) is within the margin and stands.
 */
export const COLUMN_YEAR_MARGIN = 10;
/** Examples of ocr/column-year: a column's year, the periods of the plans, the year it is taken for (null: stands). */
export const COLUMN_YEAR_EXAMPLES: { year: number; periods: [number, number][]; want: number | null }[] = [
  { year: 2055, periods: [[2021, 2025]], want: 2025 },
  { year: 2085, periods: [[2021, 2025]], want: 2025 },
  { year: 2090, periods: [[2021, 2030]], want: 2030 },
  { year: 2035, periods: [[2021, 2025]], want: null },
  { year: 2025, periods: [[2021, 2025]], want: null },
  { year: 2060, periods: [[2021, 2025]], want: null },
  { year: 2050, periods: [[2021, 2035]], want: null },
  { year: 2055, periods: [], want: null },
];
export const SIMILAR_NAME_CONFIDENCE = 0.7;
/**
 * A table record whose indicator name holds a figure ran its row's cells together where OCR lost
 * their gaps: a number ending the name is the row's base cell (浓度（微克/立方米）36 ≤32), a decimal
 * inside it another row's cell (床位数(张)0.85每千人口…): which figure is the target cannot be told
 * (and a digit read from a speck, 强度%避2, is no figure either). Refused. A number of the name's own
 * words (PM2.5, PM10, 12岁, 每10万人口) stands.
 */
export const FIGURE_IN_NAME = /(?<![A-Za-z\d.])\d+(?:\.\d+)?$|(?<!PM|[\d.])\d+\.\d+/i;
export const FIGURE_IN_NAME_EXAMPLES: { valid: string[]; invalid: string[] } = {
  valid: ['细颗粒物(PM2.5)年均浓度（微克/立方米）36', '人均公园绿地面积(平方米)14', '研发经费投入强度%避2', '每千人口床位数(张)QU0.85每千人口执业医师数', '城镇化率%61.2'],
  invalid: ['细颗粒物（PM2.5）年均浓度', 'PM10年均浓度', '65岁以上老年人健康管理率', '5岁以下儿童死亡率', '每10万人口火灾死亡率', '12岁儿童龋患率', '“十四五”新增5G基站'],
};

/** A rising verb with an upper bound (提高至91%以下): 以上 misread as 以下 on scans, where no plan sets a ceiling by raising; flagged. */
export const RISE_UNDER_VERB = /^(?:提高|提升|增加|增长|扩大)/;
export const RISE_UNDER_VERB_EXAMPLES: { valid: string[]; invalid: string[] } = {
  valid: ['提高至', '提升到', '增加到'],
  invalid: ['下降到', '控制在', '降至', '达到', '稳定在'],
};

/** A figure at the end of a running-text record's name (艾滋病母婴传播率下降到2 from 2，5%: a point read as a comma): the value
 *  may be a part of the figure; flagged. */
export const FIGURE_ENDS_NAME = /(?<![A-Za-z\d.])\d+$/;
export const FIGURE_ENDS_NAME_EXAMPLES: { valid: string[]; invalid: string[] } = {
  valid: ['艾滋病母婴传播率下降到2', '农村自来水普及率达到8'],
  invalid: ['PM2.5', '5岁以下儿童死亡率', '细颗粒物（PM2.5）平均浓度'],
};
