// Records of a scan: the page and box of each value on the page image, and a confidence that
// counts what OCR was unsure of. The one place where OCR touches `confidence`.
import {
  BOUND_AFTER_YI,
  COLUMN_YEAR_MARGIN,
  FIGURE_IN_NAME,
  FLAGGED_CONFIDENCE,
  OCR_GROWTH_HEADER,
  GROWTH_POINT_LOST,
  IMPLAUSIBLE_FACTOR,
  INSTITUTION_COUNTERS,
  LOW_WORD_CONFIDENCE,
  PERMILLE_AS_PERCENT_CONFIDENCE,
  POINT_LOST_RATIO,
  PERMILLE_INDICATORS,
  SHARE_NAME,
  RISE_UNDER_VERB,
  FIGURE_ENDS_NAME,
  SAME_NAME_SIMILARITY,
  SHORT_LINE,
  SIMILAR_NAME_CONFIDENCE,
  SIMILAR_NAME_MIN_LENGTH,
  SURE_CHARACTER,
  UNREADABLE_YEAR_LOOKBACK,
  UNREADABLE_NAME_SHARE,
  UNREADABLE_WORD_CONFIDENCE,
} from '../../rules/ocr.ts';
import { catalogue } from '../../rules/indicators.ts';
import { SAME_UNIT } from '../../rules/units.ts';
import { similarity } from '../../model/text.ts';
import { OCR_REVIEW_BELOW } from '../../rules/confidence.ts';
import { matchIndicator, normalizeValue } from '../../extractors/indicators.ts';
import { toSimplified } from '../../extractors/script.ts';
import type { Target } from '../../model/schema.ts';
import type { OcrLayer } from './ingest.ts';
import type { Prov } from './ocr-text.ts';

/** A number as written, from its first character: digits, points, signs, a range dash, its unit sign. */
const VALUE_CHARS = /[0-9０-９.．%％‰/／万～~—\-]/;
/** …or in Chinese numerals (五项制度) */
const CHINESE_VALUE_CHARS = /[〇零一二两三四五六七八九十百千万]/;
const MAX_VALUE_CHARS = 16;

/** Start of each line (0-based offsets), to turn line:column into an offset. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** The characters a record rests on: the value's for numbers, the quote's otherwise. */
function span(t: Target, text: string, starts: number[]): [number, number] {
  const { line, column, start, end } = t.source;
  if (t.value === null) return [start, end];
  const from = (starts[line - 1] ?? 0) + column - 1;
  let to = from;
  const chars = CHINESE_VALUE_CHARS.test(text[from] ?? '') ? CHINESE_VALUE_CHARS : VALUE_CHARS;
  while (to < text.length && to - from < MAX_VALUE_CHARS && chars.test(text[to]!)) to++;
  return to > from ? [from, to] : [start, end];
}

/** What OCR makes of a record: its doubt (0–1), or why the record is not given at all. */
export interface OcrVerdict {
  doubt: number;
  /** the value as read is wrong whatever the print said: the record is refused, not guessed */
  refused: string | null;
  /** the unit OCR misread, put right (a ‰ indicator's ‰ read as %): a guess, within the doubt */
  unit?: string;
  /**
   * Flagged only for Tesseract's score of the value's word: the doubt were that word read surely.
   * Another reading of the same figure that OCR was sure of settles it (groundScanned).
   */
  asRead?: number;
}

/**
 * OCR's doubt about a record, 0–1: Tesseract's lowest word confidence over the value's characters
 * and the indicator's (the latter counted down to LOW_WORD_CONFIDENCE only), capped by any guessing
 * cleanup rule that changed them; FLAGGED_CONFIDENCE for what OCR cannot settle: a value word under
 * LOW_WORD_CONFIDENCE, a percentage over 100, a name without catalogue id with a character Tesseract
 * scored under UNREADABLE_WORD_CONFIDENCE (the name may be misread: 森林履盖率; about half of
 * such names on the tuning scans were); a ‰ indicator read in % under 10 is put right to ‰
 * (a guess). Refused: a ‰ indicator read in % from 10 up (a point lost too) or without a unit (a ‰
 * merged into the digits), a unit OCR was unsure of that is not its indicator's, a fall of over 100%, a character a cleanup
 * rule could not settle (confidence 0), an indicator name mostly unreadable, a level of
 * IMPLAUSIBLE_FACTOR times the national figure or more (a lost decimal point), a value without the
 * unit its indicator has, a figure in a table row's indicator name (FIGURE_IN_NAME: cells run together),
 * a word unit Tesseract could read no character of that its indicator's unit does not confirm: such a record is wrong as read (or cannot be told
 * right), and a wrong value is worse than a missing one.
 */
export function ocrVerdict(target: Target, provs: Prov[], indicator: Prov[] = [], unit: Prov[] = []): OcrVerdict {
  let t = target;
  const entry = t.indicator.id === null ? undefined : byId().get(t.indicator.id);
  const permille = t.indicator.id !== null && (PERMILLE_INDICATORS.includes(t.indicator.id) || entry?.unit === '‰');
  // a ‰ read as % (its last circle lost): under 10 the ‰ figure it was, a guess; 10% or more (100‰)
  // no such rate reaches: a point lost too
  let cap = 1;
  if (permille && t.value !== null && t.unit === '%' && t.change === null) {
    if (t.value >= 10 || (t.upper ?? 0) >= 10) return { doubt: 0, refused: 'a ‰ indicator in % from 10 up: a ‰ read as % and a point lost' };
    t = { ...t, unit: '‰' };
    cap = PERMILLE_AS_PERCENT_CONFIDENCE;
  }
  if (permille && t.value !== null && t.unit === null) return { doubt: 0, refused: 'a ‰ indicator without a unit: a ‰ merged into the digits' };
  if (t.change !== null && t.direction === 'down' && t.unit === '%' && (t.value ?? 0) > 100) return { doubt: 0, refused: 'a fall of over 100%' };
  // a change from a named base year (以2020年为基数下降20%) is relative, in %: in ‰ a % was misread
  if ((t.change?.base_year ?? null) !== null && t.unit === '‰') return { doubt: 0, refused: 'a change from a base year in ‰: a % read as ‰' };
  if (provs.some((p) => p.guess === 0)) return { doubt: 0, refused: 'a character a cleanup rule could not settle' };
  if ((t.rule ?? '').startsWith('table/') && FIGURE_IN_NAME.test(t.indicator.text)) return { doubt: 0, refused: 'a figure in a table row\'s indicator name: its cells ran together' };
  // a name ends in no 的, and a unit cell holds no figure: a cell misread into the name (路率的 for 路率 %, 率(9%))
  if ((t.rule ?? '').startsWith('table/') && (/的$/.test(t.indicator.text) || (t.unit === null && /[(（][^()（）]*\d[^()（）]*[)）]$/.test(t.indicator.text)))) return { doubt: 0, refused: 'a table row\'s name ending in a misread cell' };
  const low = Math.min(...provs.map((p) => p.conf));
  // a record without a value rests on its whole quote: a word there Tesseract could not read garbles it
  if (t.value === null && low < UNREADABLE_WORD_CONFIDENCE) return { doubt: 0, refused: `a word of the quote unreadable (Tesseract ${Math.round(low)})` };
  const garbled = indicator.filter((p) => p.conf < UNREADABLE_WORD_CONFIDENCE).length;
  if (t.indicator.id === null && garbled >= 2 && garbled >= UNREADABLE_NAME_SHARE * indicator.length) return { doubt: 0, refused: 'the indicator\'s name unreadable' };
  const national = entry?.national;
  // a point lost makes ten times the figure, and plans often set the national figure itself
  // (a count matched to a per-head indicator, 新增普惠性托位 to 每千人口…托位数, is no such level)
  const perHead = entry !== undefined && /每[十百千万]/.test(entry.name) && !t.indicator.text.includes('每');
  if (t.change === null && !perHead && national && national.unit === t.unit && national.value > 0 && (t.value ?? 0) >= IMPLAUSIBLE_FACTOR * national.value) {
    return { doubt: 0, refused: `${IMPLAUSIBLE_FACTOR} times the national figure or more` };
  }
  if (t.value !== null && t.unit === null && entry?.unit) return { doubt: 0, refused: `no unit where the indicator has one (${entry.unit}): read into the name or lost` };
  // a unit Tesseract was unsure of that is not its indicator's (a table's unit cell: 岁 read as 家); an
  // unsure unit that is the indicator's is right whatever Tesseract scored it
  const unitLow = Math.min(100, ...unit.map((p) => p.conf));
  // 万人次 is 人次 counted in ten thousands: the same unit; 所 counts what 个 does (示范性托育机构 7所)
  // 平方千米 is 平方公里 written another way
  const own = t.unit !== null && entry?.unit !== undefined && SAME_UNIT[t.unit] === entry.unit ? entry.unit : t.unit?.replace(/^[万亿千]/, '');
  const counters = own !== undefined && entry?.unit !== undefined && INSTITUTION_COUNTERS.includes(own) && INSTITUTION_COUNTERS.includes(entry.unit);
  if (entry?.unit && t.unit !== entry.unit && own !== entry.unit && !counters && unitLow < LOW_WORD_CONFIDENCE) return { doubt: 0, refused: `an unsure unit (Tesseract ${Math.round(unitLow)}) not its indicator's (${entry.unit})` };
  // a word unit none of whose characters Tesseract could read (a table's unit cell: % read as 人 at
  // 0), that its indicator's unit does not confirm, is a guess at the unit: refused
  const unitUnread = unit.length > 0 && unit.every((p) => p.conf < UNREADABLE_WORD_CONFIDENCE);
  if (unitUnread && t.unit !== entry?.unit && own !== entry?.unit) return { doubt: 0, refused: `a unit Tesseract could not read (${Math.round(unitLow)}), not its indicator's` };
  const given = (doubt: number): OcrVerdict => ({ doubt: Math.min(doubt, cap), refused: null, ...(t.unit !== target.unit && t.unit !== null ? { unit: t.unit } : {}) });
  // the indicator's words count too, but never below the flag: Tesseract scores many right Chinese
  // characters under 60, so flagging on them would flag a third of a scan
  const named = Math.max(LOW_WORD_CONFIDENCE, Math.min(100, ...indicator.map((p) => p.conf)));
  const guessed = Math.min(...provs.map((p) => p.guess ?? 1));
  // a table's share or rate (率, 比重, 占比) over 100% is misread (4100 for 100: a speck read as a digit), unless a growth rate
  if ((t.rule ?? '').startsWith('table/') && t.change === null && t.unit === '%' && ((t.value ?? 0) > 100 || (t.upper ?? 0) > 100) && SHARE_NAME.test(t.indicator.text)) {
    return { doubt: 0, refused: 'a table\'s share over 100%' };
  }
  if (t.unit === '%' && ((t.value ?? 0) > 100 || (t.upper ?? 0) > 100)) return given(FLAGGED_CONFIDENCE);
  // a figure ending the name: the figure was split (rules/ocr.ts FIGURE_ENDS_NAME)
  if (FIGURE_ENDS_NAME.test(t.indicator.text)) return given(FLAGGED_CONFIDENCE);
  // a rising verb with 以下: 以上 misread (rules/ocr.ts RISE_UNDER_VERB)
  if (t.comparator === '<=' && t.verb !== null && RISE_UNDER_VERB.test(t.verb)) return given(FLAGGED_CONFIDENCE);
  if (low < LOW_WORD_CONFIDENCE) return { ...given(FLAGGED_CONFIDENCE), asRead: Math.min(named / 100, guessed, cap) };
  // a name without a catalogue id with a character Tesseract could not read: what the value is of is unsure
  if (t.indicator.id === null && garbled > 0) return given(FLAGGED_CONFIDENCE);
  return given(Math.min(low / 100, named / 100, guessed));
}

/** OCR's doubt alone (0 for a refused record). */
export function ocrDoubt(t: Target, provs: Prov[], indicator: Prov[] = []): number {
  return ocrVerdict(t, provs, indicator).doubt;
}

/** The value ends its line and the next line is a short end of paragraph: its 以上/以下 may be misread. */
function boundMayBeLost(text: string, end: number): boolean {
  const valueEnd = text[end] === '以' ? end + 1 : end;
  if (text[valueEnd] !== '\n') return false;
  const next = text.indexOf('\n', valueEnd + 1);
  const line = text.slice(valueEnd + 1, next === -1 ? text.length : next).trim();
  return line.length > 0 && line.length <= SHORT_LINE;
}

/** The characters of a record's word unit (岁, 万人, 个百分点) in its quote, the occurrence nearest the value. */
function unitProvs(t: Target, simplified: string, prov: (Prov | null)[], value: number): Prov[] {
  const u = t.unit;
  if (u === null || t.value === null || !/^[\u4e00-\u9fff]+$/.test(u)) return [];
  let best = -1;
  for (let i = simplified.indexOf(u, t.source.start); i !== -1 && i + u.length <= t.source.end; i = simplified.indexOf(u, i + 1)) {
    if (best === -1 || Math.abs(i - value) < Math.abs(best - value)) best = i;
  }
  if (best === -1) return [];
  return prov.slice(best, best + u.length).filter((p): p is Prov => p !== null);
}

const CELL_NUMBER = /^[≤≥<>＜＞=]?(\d+(?:\.\d+)?)[%‰]?(?:左右|以上|以下)?$/;

/**
 * In a table's row (cells apart), the value is an integer about ten times another figure of the
 * row (783 beside 79.3 and 80, 1086 beside 107): its decimal point was likely lost.
 */
export function pointLostInRow(text: string, from: number, to: number): boolean {
  const start = text.lastIndexOf('\n', from - 1) + 1;
  const end = text.indexOf('\n', to);
  const line = text.slice(start, end === -1 ? text.length : end);
  const cells = line.split(' ');
  if (cells.length < 3) return false;
  let at = 0;
  let own: number | null = null;
  const others: number[] = [];
  // number cells before the indicator's (a row's index: 6 before 65) are no figures
  let named = false;
  for (const cell of cells) {
    const m = CELL_NUMBER.exec(cell);
    const mine = from >= start + at && from < start + at + cell.length;
    at += cell.length + 1;
    if (!m) named = true;
    if (!m || !named) continue;
    if (mine) own = m[1]!.includes('.') ? null : Number(m[1]);
    else others.push(Number(m[1]));
  }
  if (own === null || own < 10) return false;
  return others.some((o) => o > 0 && own! / o >= POINT_LOST_RATIO[0] && own! / o <= POINT_LOST_RATIO[1]);
}

/** The value opens a bracket its cell does not close (〔2.5〕 read `[2`): its digits after are lost. */
export function unclosedBracket(text: string, from: number, to: number): boolean {
  if (!/[[〔【(（]/.test(text[from - 1] ?? '')) return false;
  let at = to;
  while (at < text.length && text[at] !== ' ' && text[at] !== '\n') {
    if (/[\]〕】)）]/.test(text[at]!)) return false;
    at++;
  }
  return true;
}

/** A number cut by a character Tesseract could hardly read (11.3 wrapped as `1` and `站3`): the value after it is a piece of it. */
function cutByUnreadable(text: string, prov: (Prov | null)[], from: number): boolean {
  let at = from - 1;
  while (text[at] === '\n') at--;
  const p = prov[at];
  if (!/[\u4e00-\u9fff]/.test(text[at] ?? '') || !p || p.conf >= UNREADABLE_WORD_CONFIDENCE) return false;
  at--;
  while (text[at] === '\n') at--;
  return /[0-9]/.test(text[at] ?? '');
}

const YEAR_CELL = /(?:^| )((?:19|20)\d{2})年/g;

/**
 * ocr/column-year: the end of the plan's period a table record's column year was misread from, where
 * that year lies more than COLUMN_YEAR_MARGIN years past every period of the document's plans and
 * differs from one period's end in one digit (2055年 in a 十四五 plan's header); else null.
 */
export function misreadColumnYear(year: number | null, rule: string | undefined, periods: [number, number][]): number | null {
  if (year === null || !(rule ?? '').startsWith('table/') || periods.length === 0) return null;
  if (periods.some(([, end]) => year <= end + COLUMN_YEAR_MARGIN)) return null;
  const read = String(year);
  const near = [...new Set(periods.map(([, end]) => end))].filter((end) => [...String(end)].filter((c, i) => c !== read[i]).length === 1);
  return near.length === 1 ? near[0]! : null;
}

/**
 * Tesseract's score of the year cell of a table's header a record's year comes from (the nearest
 * line above the record's with two year cells or more, one of them the record's year), where the
 * header's years do not rise from left to right (a plan's table goes from base year to target: a
 * year out of order is misread, or the one beside it), else null.
 */
function headerYearConf(t: Target, text: string, starts: number[], prov: (Prov | null)[]): number | null {
  if (t.year === null) return null;
  const own = t.source.line - 1;
  const lineAt = (i: number) => text.slice(starts[i]!, i + 1 < starts.length ? starts[i + 1]! - 1 : text.length);
  if (!lineAt(own).includes(' ')) return null;
  for (let i = own - 1; i >= 0 && i >= own - UNREADABLE_YEAR_LOOKBACK; i--) {
    const cells = [...lineAt(i).matchAll(YEAR_CELL)];
    if (cells.length < 2) continue;
    const cell = cells.find((m) => Number(m[1]) === t.year);
    if (!cell) return null;
    const years = cells.map((m) => Number(m[1]));
    if (years.every((y, k) => k === 0 || y > years[k - 1]!)) return null;
    const at = starts[i]! + cell.index! + cell[0].indexOf(cell[1]!);
    const digits = prov.slice(at, at + 4).filter((p): p is Prov => p !== null);
    return digits.length ? Math.min(...digits.map((p) => p.conf)) : null;
  }
  return null;
}

/** A row's cell that holds a column's figure: a number (with its sign, unit or brackets) or an empty cell's dash. */
const FIGURE_CELL = /\d|^[—\-－–一]+$/;
/** A cell of a figure only (a row's index, a value with its sign, bound or brackets): no name. */
const FIGURE_ONLY_CELL = /^[\d.〔〕[\]()（）≤≥<>＜＞=~～—\-－–一%‰]+(?:左右|以上|以下|以内)?$/;

/**
 * A table record's row (its line, cells apart) and the nearest line above it, within
 * UNREADABLE_YEAR_LOOKBACK, with two or more year cells (its header); `name`: the row's first cell
 * that is not a figure only (-1: none). Null where the record is no table's or its row has one cell.
 */
function rowUnderHeader(t: Target, text: string, starts: number[]): { header: string; cells: string[]; name: number } | null {
  if (!(t.rule ?? '').startsWith('table/')) return null;
  const own = t.source.line - 1;
  const lineAt = (i: number) => text.slice(starts[i]!, i + 1 < starts.length ? starts[i + 1]! - 1 : text.length);
  const row = lineAt(own);
  if (!row.includes(' ')) return null;
  for (let i = own - 1; i >= 0 && i >= own - UNREADABLE_YEAR_LOOKBACK; i--) {
    const header = lineAt(i);
    if ([...header.matchAll(YEAR_CELL)].length < 2) continue;
    // number cells before the name (a row's index) are none of the figures
    const cells = row.split(' ');
    return { header, cells, name: cells.findIndex((c) => !FIGURE_ONLY_CELL.test(c)) };
  }
  return null;
}

/**
 * A table record whose row holds fewer figure cells after the indicator's name than the header
 * above it has year cells: cells were lost or run together (`2 1 1 0.5` read `2 05`), so which
 * figure is which year's cannot be told.
 */
export function rowShortOfYears(t: Target, text: string, starts: number[] = lineStarts(text)): boolean {
  if (t.year === null) return false;
  const r = rowUnderHeader(t, text, starts);
  if (!r || r.name === -1) return false;
  // a yearly growth column (年均增长(%)) holds a figure of the row too
  const years = [...r.header.matchAll(YEAR_CELL)].length + r.header.split(' ').filter((c) => OCR_GROWTH_HEADER.test(c)).length;
  // a figure read against the name's cell (浓度（微克/立方米）36) is one
  const merged = /[^\d.]\d+(?:\.\d+)?[%‰]?$/.test(r.cells[r.name]!) ? 1 : 0;
  return merged + r.cells.slice(r.name + 1).filter((c) => FIGURE_CELL.test(c)).length < years;
}

/** A header's unit column (单位, 计量单位). */
const UNIT_HEADER_CELL = /^(?:计量|計量)?(?:单位|單位)$/;
/** An empty cell's dash. */
const DASH_CELL = /^[—\-－–一]+$/;

/**
 * ocr/unit-cell-lost: a table record without a unit under a header with a unit column (单位), whose
 * row's unit cell is not an empty cell's dash: the unit cell was misread into the name (基层社数量企,
 * 电子商务销售额亿雹, 境内外上市公司数量，家), so what the figure counts is unknown: refused. An empty cell's
 * dash, apart or against the name, is a unit cell read right.
 */
export function unitCellLost(t: Target, text: string, starts: number[] = lineStarts(text)): boolean {
  if (t.unit !== null || t.value === null) return false;
  const r = rowUnderHeader(t, text, starts);
  if (!r || !r.header.split(' ').some((c) => UNIT_HEADER_CELL.test(c)) || r.name === -1) return false;
  // an empty unit cell's dash read against the name (出生人口性别比一 1086) is no unit lost
  return !DASH_CELL.test(r.cells[r.name + 1] ?? '') && !/[—\-－–一]$/.test(r.cells[r.name]!);
}

/**
 * A table record of a yearly growth column (年均增长(%): a change per year) read in % as an integer
 * of GROWTH_POINT_LOST or more: plans print such rates with a point (12.6 read 126, 9.7 read 97,
 * 5.5 read 55), so the point was lost; or the row's cells shifted into the column (a dash lost).
 */
export function growthPointLost(t: Target, text: string, from: number, to: number): boolean {
  if (t.value === null || t.unit !== '%' || t.change?.per_year !== true || !(t.rule ?? '').startsWith('table/')) return false;
  return t.value >= GROWTH_POINT_LOST && !/[.．]/.test(text.slice(from, to));
}

/** Where the record's word unit (人次 of 50万人次) goes on after its value's characters: there its bound is. */
function afterUnit(t: Target, text: string, to: number): number {
  const unit = t.unit ?? '';
  let at = to;
  while (at < text.length && /[\u4e00-\u9fff]/.test(text[at]!) && unit.includes(text[at]!)) at++;
  return at;
}

let entries: Map<string, (typeof catalogue)[number]> | undefined;
const byId = () => (entries ??= new Map(catalogue.map((e) => [e.id, e])));

/**
 * The value is followed by 以 and a character no bound goes on with (以由, 以\n人), by 左 and
 * another than 右 (左\n石), or by another character and then 上 or 下 (区下): its bound was misread.
 */
function boundUnreadable(text: string, end: number): boolean {
  const skip = (at: number) => {
    while (text[at] === '\n' || text[at] === ' ') at++;
    return at;
  };
  const first = skip(end);
  const second = skip(first + 1);
  const a = text[first];
  const b = text[second];
  if (a === undefined || b === undefined || !/[\u4e00-\u9fff]/.test(b)) return false;
  if (a === '以') return !BOUND_AFTER_YI.includes(b);
  if (a === '左') return b !== '右';
  return /[\u4e00-\u9fff]/.test(a) && '上下'.includes(b);
}

/** The character after the value (past a line break) is one Tesseract could hardly read (40%左右 → 40%堪): a bound may be lost. */
function nextUnreadable(text: string, prov: (Prov | null)[], end: number, row = false): boolean {
  let at = end;
  // in a table's row a cell's bound is in the cell: past a column's gap or the row's end is another
  // cell (a speck read 下 there is no bound); `row` only for a value read surely (else the row is garbled)
  if (row && (text[at] === '\n' || text[at] === ' ')) return false;
  while (text[at] === '\n' || text[at] === ' ') at++;
  const c = text[at];
  const p = prov[at];
  return c !== undefined && /[\u4e00-\u9fff]/.test(c) && p !== null && p !== undefined && p.conf < UNREADABLE_WORD_CONFIDENCE;
}

let names: string[] | undefined;

/** The catalogue's plain names and synonyms (no `*` gaps), long enough to repair one character of. */
function catalogueNames(): string[] {
  names ??= [...new Set(catalogue.flatMap((e) => [e.name, ...e.synonyms]))].filter((n) => !n.includes('*') && [...n].length >= SIMILAR_NAME_MIN_LENGTH);
  return names;
}

/**
 * A catalogue id for an OCR'd indicator name that found none: where a catalogue name stands in the
 * text but for one character, the name with that character put right is matched as usual (its
 * qualifiers, require and exclude words still apply). Null when no single repair finds an id.
 */
export function similarIndicator(text: string, ctx: { part: Target['part']; domain: string }, conf: (number | null)[] = []): string | null {
  const found = new Set<string>();
  // one repair, else two (两个 misread characters in different names: 12岁 and 龋)
  const once = repairs(text, conf);
  for (const r of once) {
    const id = matchIndicator(r, ctx);
    if (id !== null) found.add(id);
  }
  if (found.size === 0) {
    for (const r of once) {
      for (const rr of repairs(r, conf)) {
        const id = matchIndicator(rr, ctx);
        if (id !== null) found.add(id);
      }
    }
  }
  return found.size === 1 ? [...found][0]! : null;
}

/**
 * The text with one catalogue name put right where it stands but for one character (two in a long
 * name); `conf`: Tesseract's score of each character of the text, where known: a character it
 * scored SURE_CHARACTER or more is not put right (精神科床位 is no misread 儿科床位).
 */
function repairs(text: string, conf: (number | null)[]): string[] {
  const out: string[] = [];
  for (const name of catalogueNames()) {
    const n = name.length;
    // a long name may have two characters misread (12寡儿童齿患率)
    const most = n >= 7 ? 2 : 1;
    for (let at = 0; at + n <= text.length; at++) {
      let diff = 0;
      let sure = false;
      for (let k = 0; k < n && diff <= most; k++) {
        if (text.charCodeAt(at + k) === name.charCodeAt(k)) continue;
        diff++;
        if ((conf[at + k] ?? 0) >= SURE_CHARACTER) sure = true;
      }
      if (diff >= 1 && diff <= most && !sure) out.push(text.slice(0, at) + name + text.slice(at + n));
    }
  }
  return out;
}

/**
 * Adds `source.page` and `source.box` to records read by OCR, and lowers their confidence.
 * Confidence is the product of the rule's and OCR's: a record is right only if the page was read
 * right and the rule read that text right, two independent chances of error; a minimum would hide
 * OCR's doubt behind any rule less sure than it. Records on text-layer pages are left as they are.
 */
export function groundScanned(targets: Target[], text: string, layer: OcrLayer | undefined, periods: [number, number][] = []): Target[] {
  if (!layer) return targets;
  const starts = lineStarts(text);
  // units are written simplified; the conversion keeps every offset
  const simplified = toSimplified(text);
  // doubt null: nothing of the record was read by OCR (a text page), it stays as it is
  const read = targets.flatMap((t): { target: Target; doubt: number | null; asRead?: number }[] => {
    const [from, to] = span(t, text, starts);
    const provs = layer.prov.slice(from, to).filter((p): p is Prov => p !== null);
    if (provs.length === 0) return [{ target: t, doubt: null }];
    const page = provs[0]!.page;
    const on = provs.filter((p) => p.page === page);
    const box: [number, number, number, number] = [
      Math.min(...on.map((p) => p.box[0])),
      Math.min(...on.map((p) => p.box[1])),
      Math.max(...on.map((p) => p.box[2])),
      Math.max(...on.map((p) => p.box[3])),
    ];
    // the indicator's characters in the quote (the indicator may be written in parts)
    const nameChars = new Set(t.indicator.text);
    const quote: Prov[] = [];
    for (let i = t.source.start; i < t.source.end; i++) {
      const p = layer.prov[i];
      if (p && nameChars.has(text[i]!)) quote.push(p);
    }
    // a number cut by an unreadable character; a column whose year Tesseract could not read (2021年
    // read as 2031年 at 0: the base year's column taken for a later target's)
    if (t.value !== null && unclosedBracket(text, from, to)) return [];
    if (t.value !== null && cutByUnreadable(text, layer.prov, from)) return [];
    const yearConf = headerYearConf(t, text, starts, layer.prov);
    if (yearConf !== null && yearConf < UNREADABLE_WORD_CONFIDENCE) return [];
    if (rowShortOfYears(t, text, starts)) return [];
    if (unitCellLost(t, text, starts)) return [];
    if (growthPointLost(t, text, from, to)) return [];
    // an indicator name with a misread character: its catalogue id first, so the checks know it
    const nameAt = text.indexOf(t.indicator.text, t.source.start);
    const nameConf = nameAt !== -1 && nameAt < t.source.end ? layer.prov.slice(nameAt, nameAt + t.indicator.text.length).map((p) => p?.conf ?? null) : [];
    const id = t.indicator.id === null ? similarIndicator(t.indicator.text, t, nameConf) : null;
    const named0 = id === null ? t : { ...t, indicator: { ...t.indicator, id }, normalized: normalizeValue(id, t.value, t.unit) };
    const verdict = ocrVerdict(named0, provs, quote, unitProvs(t, simplified, layer.prov, from));
    if (verdict.refused !== null) return [];
    const named = verdict.unit === undefined ? named0 : { ...named0, unit: verdict.unit, normalized: normalizeValue(named0.indicator.id, named0.value, verdict.unit) };
    // a column's year misread past the plan's period: the period's end, flagged for review
    const columnYear = misreadColumnYear(t.year, t.rule, periods);
    const dated = columnYear === null ? named : { ...named, year: columnYear };
    // the bound is what says ≥ or ≤ (or 左右): a record that took none from elsewhere is refused
    // in a table's row a cell's bound is in the cell: a value read surely that ends its cell (the
    // row's last: 2300 before the next row's 网上) looks for none past it
    const lowest = Math.min(...provs.map((p) => p.conf));
    const after = afterUnit(t, text, to);
    const sureCell = (t.rule ?? '').startsWith('table/') && lowest >= LOW_WORD_CONFIDENCE;
    const cellEnds = sureCell && (text[after] === '\n' || text[after] === ' ');
    if (t.value !== null && (t.comparator === '=' || t.comparator === null) && ((!cellEnds && (boundUnreadable(text, to) || boundUnreadable(text, after))) || nextUnreadable(text, layer.prov, after, sureCell))) return [];
    let doubt = verdict.doubt;
    // (a lost bound or point is settled too by a sure reading of the same figure with its comparator)
    if (t.kind === 'numeric' && t.comparator === '=' && boundMayBeLost(text, to)) doubt = Math.min(doubt, FLAGGED_CONFIDENCE);
    if (t.value !== null && pointLostInRow(text, from, to)) {
      // a lost point in a cell Tesseract was unsure of too (885 beside 86, at 30): refused, the row is garbled
      if (lowest < LOW_WORD_CONFIDENCE) return [];
      doubt = Math.min(doubt, FLAGGED_CONFIDENCE);
    }
    const cap = id !== null ? SIMILAR_NAME_CONFIDENCE : 1;
    if (columnYear !== null) doubt = Math.min(doubt, FLAGGED_CONFIDENCE);
    return [
      {
        target: { ...dated, source: { ...t.source, page, box } },
        doubt: Math.min(doubt, cap),
        // a guessed year is no reading another can confirm
        ...(verdict.asRead !== undefined && columnYear === null ? { asRead: Math.min(verdict.asRead, cap) } : {}),
      },
    ];
  });
  return read.flatMap(({ target, doubt, asRead }, i) => {
    if (doubt === null) return [target];
    // a value flagged only for Tesseract's score of its word, where the document gives the same
    // figure of the same indicator read surely elsewhere (a table's cell and its sentence): two
    // readings agree, so the cell is as sure as the surer one
    if (asRead !== undefined && doubt < OCR_REVIEW_BELOW && target.value !== null) {
      const sure = read.find((o, k) => k !== i && o.doubt !== null && o.doubt >= OCR_REVIEW_BELOW && sameFigure(o.target, target));
      if (sure) doubt = Math.min(asRead, sure.doubt!);
      // …and where a sure reading of the same indicator, year and unit gives another figure (the
      // sentence's 60 beside the cell's 860), the table cell read unsurely is the misread one: refused
      else if ((target.rule ?? '').startsWith('table/') && read.some((o, k) => k !== i && o.doubt !== null && o.doubt >= OCR_REVIEW_BELOW && contradicts(o.target, target))) return [];
    }
    return [{ ...target, confidence: Math.round(target.confidence * doubt * 1000) / 1000 }];
  });
}

/**
 * A figure of the same catalogue indicator (named alike: 新建5G基站 is no 5G基站总数), year, unit and kind,
 * without change, of another value.
 */
function contradicts(a: Target, b: Target): boolean {
  return (
    a.indicator.id !== null &&
    a.indicator.id === b.indicator.id &&
    similarity(a.indicator.text, b.indicator.text) >= SAME_NAME_SIMILARITY &&
    a.kind === b.kind &&
    a.year === b.year &&
    a.unit === b.unit &&
    a.change === null &&
    b.change === null &&
    a.value !== b.value
  );
}

/** Two records of the same figure: indicator (its catalogue id, else its text), value, range, unit, comparator, year, change. */
function sameFigure(a: Target, b: Target): boolean {
  const indicator = a.indicator.id !== null || b.indicator.id !== null ? a.indicator.id === b.indicator.id : a.indicator.text === b.indicator.text;
  return (
    indicator &&
    a.value === b.value &&
    a.upper === b.upper &&
    a.unit === b.unit &&
    a.comparator === b.comparator &&
    a.year === b.year &&
    JSON.stringify(a.change) === JSON.stringify(b.change)
  );
}
