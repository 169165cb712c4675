// Value tokens in the cleaned stream: number + unit + bound word, with the exclusions
// (years, ordinals, qualifiers such as 5岁以下, quoted names) applied locally.
import type { Comparator } from '../model/schema.ts';
import { POST_BOUNDS, PRE_BOUNDS } from '../rules/bounds.ts';
import { COMPILATION_BEFORE, NAMED_SET_AFTER, ORDINAL_BEFORE, PAGE_COUNTER_BEFORE, PLACES_ALL_AFTER, QUALIFIER_BOUNDS, SET_OF_RATE_AFTER, QUOTED_NAME_AFTER, YEAR_RE } from '../rules/exclusions.ts';
import { CHANGE_IDIOMS, CN_NUMERAL_CHARS, FRACTION_RE, TENTHS_RE, parseChineseNumeral } from '../rules/numerals.ts';
import { QUALIFIER_LIST_ITEM, RANGE_SEP, SUPPLY_AFTER, TIME_UNITS, UNIT_ALTERNATE, UNIT_BLOCKERS, UNIT_FORMS, type UnitDef } from '../rules/units.ts';
import { CAPACITY_VERBS, LEVEL_VERBS } from '../rules/verbs.ts';

export interface ValueToken {
  /** clean index of the first character of the number */
  start: number;
  /** clean index just past the number */
  numEnd: number;
  /** clean index just past unit and bound word */
  end: number;
  value: number;
  unit: string | null;
  unitDef: UnitDef | null;
  /** comparator of a bound word after the value */
  post: Comparator | null;
  chinese: boolean;
  /** rule id that recognised the number */
  rule: string;
  /** the upper end of a range (3-5家, 85%—90%) */
  upper: number | null;
  /** a word that is a change by itself (翻一番, 减半): its sign */
  idiom: 'up' | 'down' | null;
}

/** a number at a position (sticky): tried only where NUM_FIRST says one may start */
const NUM_RE = new RegExp(
  `百分之[零〇一二两三四五六七八九十百]+|一半|${CHANGE_IDIOMS.map((i) => i.form).join('|')}|\\d+(?:\\.\\d+)?(?:[-—~至到](?=\\d)\\d+(?:\\.\\d+)?)?|[${CN_NUMERAL_CHARS}]+`,
  'y',
);
/** the characters NUM_RE's alternatives start with */
export const NUM_FIRST = new Uint8Array(65536);
for (const c of `百一0123456789${CN_NUMERAL_CHARS}`) NUM_FIRST[c.charCodeAt(0)] = 1;
for (const i of CHANGE_IDIOMS) NUM_FIRST[i.form.charCodeAt(0)] = 1;
const CJK = /[\u4e00-\u9fff]/;
/** bound words that, right before a qualifier-looking value, make it a value (至少有1人承担) */
const QUALIFIER_OVERRIDE = [...PRE_BOUNDS.flatMap((b) => [b.form, b.form + '有', b.form + '为']), ...CAPACITY_VERBS];

/** Forms by the code of their first character, in list order: a position is compared only with forms that may start there. */
function byFirstCode<T extends { form: string }>(list: readonly T[]): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const x of list) {
    if (x.form === '') throw new Error('empty form in a word list');
    const c = x.form.charCodeAt(0);
    out.set(c, [...(out.get(c) ?? []), x]);
  }
  return out;
}
const UNITS_BY_FIRST = byFirstCode(UNIT_FORMS);
const POST_BOUNDS_BY_FIRST = byFirstCode(POST_BOUNDS);
const NONE: never[] = [];

function matchUnit(s: string, at: number): { form: string; def: UnitDef } | null {
  for (const u of UNITS_BY_FIRST.get(s.charCodeAt(at)) ?? NONE) {
    if (s.startsWith(u.form, at)) {
      // 1.5级 is a magnitude, 4级 a grade
      if (u.def.decimal && !isDecimalBefore(s, at)) return null;
      const after = at + u.form.length;
      if (u.def.endOnly && after < s.length && /[\u4e00-\u9fff\dA-Za-z]/.test(s[after]!) && !matchPostBound(s, after)) return null;
      const next = s[after];
      // 38所以上 is 38 所 + 以上, not 所以
      if (next !== undefined && UNIT_BLOCKERS[u.form]?.includes(next) && !matchPostBound(s, after)) return null;
      return u;
    }
  }
  return null;
}

/** the number right before `at` has a decimal point (1.5, not 4) */
function isDecimalBefore(s: string, at: number): boolean {
  let k = at - 1;
  while (k >= 0 && s.charCodeAt(k) >= 48 && s.charCodeAt(k) <= 57) k--;
  return k < at - 1 && s[k] === '.' && k > 0 && s.charCodeAt(k - 1) >= 48 && s.charCodeAt(k - 1) <= 57;
}

function matchPostBound(s: string, at: number): { form: string; comparator: Comparator } | null {
  for (const b of POST_BOUNDS_BY_FIRST.get(s.charCodeAt(at)) ?? NONE) if (s.startsWith(b.form, at)) return b;
  return null;
}

function endsWithAny(s: string, end: number, forms: readonly string[]): string | null {
  for (const f of forms) if (end - f.length >= 0 && s.startsWith(f, end - f.length)) return f;
  return null;
}

/** Inside “…” (a quoted name) — look back a short way for an unclosed opening quote. */
function insideQuote(s: string, at: number): boolean {
  for (let i = at - 1; i >= 0 && i >= at - 12; i--) {
    const c = s[i];
    if (c === '”' || c === '。' || c === '\n') return false;
    if (c === '“' || c === '"' || c === '「') return true;
  }
  return false;
}

/** Positions of the characters a number may start with (NUM_FIRST), in order. */
export function numberStarts(s: string): Int32Array {
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) if (NUM_FIRST[s.charCodeAt(i)]) out.push(i);
  return Int32Array.from(out);
}

/**
 * All value tokens of the stream, in order. Linear: each match is examined in a bounded window.
 * `starts`: the stream's numberStarts, when the caller has them already.
 */
export function scanValues(s: string, starts: Int32Array = numberStarts(s)): ValueToken[] {
  const out: ValueToken[] = [];
  // the leftmost match at or after `from`, as a global exec finds it: the regex is tried only where a number may start
  let from = 0;
  for (const start of starts) {
    if (start < from) continue;
    NUM_RE.lastIndex = start;
    const m = NUM_RE.exec(s);
    if (m === null) continue;
    const raw = m[0];
    const numEnd = start + raw.length;
    const tok = readToken(s, start, raw, numEnd);
    from = numEnd;
    if (tok) {
      const prev = out[out.length - 1];
      // 85%—90%: the second value closes a range opened by the first
      if (prev && prev.upper === null && prev.post === null && tok.start - prev.end === 1 && RANGE_SEP.includes(s[prev.end]!) && prev.unit !== null && prev.unit === tok.unit && tok.upper === null && tok.value > prev.value) {
        prev.upper = tok.value;
        prev.end = tok.end;
        prev.post = tok.post;
      } else out.push(tok);
      from = Math.max(from, tok.end);
    }
  }
  return out;
}

/** 三分之一 → 33.3, 八成 → 80 (percent), with the length of the words; null for other numerals */
function chineseShare(raw: string, s: string, start: number): { value: number; length: number } | null {
  if (!/^[一二两三四五六七八九十百]/.test(raw)) return null;
  const at = s.slice(start, start + 6);
  const f = FRACTION_RE.exec(at);
  if (f) {
    const whole = f[1] === '百' ? 100 : parseChineseNumeral(f[1]!);
    const part = parseChineseNumeral(f[2]!);
    if (whole && part && part < whole) return { value: Math.round((part / whole) * 1000) / 10, length: f[0].length };
  }
  const t = TENTHS_RE.exec(at);
  if (t && raw.length === 1) return { value: parseChineseNumeral(t[1]!)! * 10, length: t[0].length };
  return null;
}

/** level verbs of two characters or more (增加到, 提高到): after a value, a verb and not the noun a qualifier qualifies */
const LEVEL_VERB_OPENINGS = LEVEL_VERBS.filter((v) => v.length >= 2);
const LEVEL_VERB_FIRSTS = new Set(LEVEL_VERB_OPENINGS.map((v) => v[0]!));

function readToken(s: string, start: number, raw: string, numEnd: number): ValueToken | null {
  const before = s[start - 1];
  let value: number | null;
  let chinese = false;
  let impliedUnit: string | null = null;
  let rule = 'numerals/arabic';
  let upper: number | null = null;
  let idiom: ValueToken['idiom'] = null;
  const change = CHANGE_IDIOMS.find((i) => i.form === raw);
  const fraction = raw.startsWith('百分之') ? null : chineseShare(raw, s, start);
  if (change) {
    value = change.value;
    impliedUnit = change.unit;
    idiom = change.direction;
    rule = 'numerals/chinese';
  } else if (fraction) {
    value = fraction.value;
    impliedUnit = '%';
    rule = 'numerals/chinese';
    numEnd = start + fraction.length;
  } else if (raw.startsWith('百分之')) {
    value = raw === '百分之百' ? 100 : parseChineseNumeral(raw.slice(3));
    impliedUnit = '%';
    rule = 'numerals/chinese';
  } else if (raw === '一半') {
    value = 50;
    impliedUnit = '%';
    rule = 'numerals/chinese';
  } else if (/^\d/.test(raw)) {
    if (before !== undefined && /[\d.\/:×xX*+]/.test(before)) return null; // part of 7×24, 1+N, 2.5
    if (before !== undefined && ORDINAL_BEFORE.includes(before) && !(before === '编' && COMPILATION_BEFORE.test(s.slice(Math.max(0, start - 2), start)))) return null;
    if ((before === '：' || before === ':') && PAGE_COUNTER_BEFORE.test(s.slice(Math.max(0, start - 5), start))) return null;
    if (YEAR_RE.test(s.slice(start, start + 5))) return null;
    if ((before === '“' || before === '「' || before === '"') && QUOTED_NAME_AFTER.test(s.slice(numEnd, numEnd + 14))) return null;
    if (raw.length > 20) return null;
    const lower = /^\d+(?:\.\d+)?/.exec(raw)![0];
    value = Number(lower);
    if (lower.length < raw.length) upper = Number(raw.slice(lower.length + 1));
    if (s[numEnd] === '.' && /\d/.test(s[numEnd + 1] ?? '')) return null;
  } else {
    chinese = true;
    rule = 'numerals/chinese';
    if (before !== undefined && (ORDINAL_BEFORE.includes(before) || CJK.test(before) && '几数'.includes(before))) return null;
    if (insideQuote(s, start)) return null;
    if (NAMED_SET_AFTER.test(s.slice(numEnd, numEnd + 4))) return null;
    value = parseChineseNumeral(raw);
  }
  if (value === null || !Number.isFinite(value)) return null;

  let at = numEnd;
  let unit: string | null = impliedUnit;
  let unitDef: UnitDef | null = null;
  // 1.2万个, 3.5亿元: the scale joins the unit
  let scale = '';
  if (!impliedUnit && !chinese && (s[at] === '万' || s[at] === '亿')) {
    // 3万余人: the scale, then 余 (read below)
    const u2 = matchUnit(s, at + (s[at + 1] === '余' ? 2 : 1));
    if (u2 && !u2.form.startsWith('万') && !u2.form.startsWith('/')) {
      scale = s[at]!;
      at += 1;
    }
  }
  // 2800余人: more than the figure
  let over = false;
  if (!impliedUnit && !chinese && s[at] === '余' && matchUnit(s, at + 1) !== null) {
    over = true;
    at += 1;
  }
  if (!impliedUnit) {
    const u = matchUnit(s, at);
    if (u) {
      if (chinese && !u.def.chineseNumeral) return null;
      // a Chinese numeral with 年 counts years only as a period: 每五年
      if (chinese && u.def.unit === '年' && before !== '每') return null;
      unit = scale + u.def.unit;
      unitDef = scale ? null : u.def;
      at += u.form.length;
      const alt = UNIT_ALTERNATE.exec(s.slice(at, at + 3));
      if (alt) at += alt[0].length;
      if (unit === '1/10万') {
        for (const tail of ['活产数', '活产']) if (s.startsWith(tail, at)) at += tail.length;
      }
    } else if (chinese) return null;
  }
  // 全区11个街道…全部建成: the scope of the clause
  if (unit === '个' && (PLACES_ALL_AFTER.test(s.slice(at, at + 20)) || SET_OF_RATE_AFTER.test(s.slice(at, at + 40)))) return null;
  // 每千人口 / 每千名儿童: a denominator, not a value (每五年 is a period and stays)
  if (before === '每' && unit !== '年' && unit !== '个月' && unit !== '天') return null;

  let post: Comparator | null = over ? '>=' : null;
  const b = over ? null : matchPostBound(s, at);
  let boundForm: string | null = null;
  if (b) {
    post = b.comparator;
    boundForm = b.form;
    at += b.form.length;
  } else if (unit !== null && TIME_UNITS.has(unit) && s[at] === '内') {
    post = '<=';
    boundForm = '内';
    at += 1;
  }

  // qualifiers: 5岁以下儿童, 35—45岁适龄妇女, 千人以上中小学校, 6个月内婴儿
  if (unitDef?.qualifier) {
    const bare = boundForm === null || QUALIFIER_BOUNDS.includes(boundForm);
    // 3岁以下和7岁以下儿童: look past the other qualifiers of the list to the noun they share
    let probe = at;
    for (let k = 0; k < 8; k++) {
      const mm = QUALIFIER_LIST_ITEM.exec(s.slice(probe, probe + 16));
      if (!mm) break;
      probe += mm[0].length;
    }
    const next = s[probe];
    // …not a level verb (由2020年的2.41人增加到2.78人: a value before its verb)
    const followedByNoun =
      next !== undefined && CJK.test(next) && !s.startsWith('左右', probe) && (probe === at || !'和及与或'.includes(next)) && !(LEVEL_VERB_FIRSTS.has(next) && LEVEL_VERB_OPENINGS.some((v) => s.startsWith(v, probe)));
    const deadline = (boundForm === '内' && s[start - 1] === '后') || before === '每' || (unit !== null && TIME_UNITS.has(unit) && SUPPLY_AFTER.test(s.slice(probe, probe + 8)));
    if (bare && followedByNoun && !deadline && !endsWithAny(s, start, QUALIFIER_OVERRIDE))
      return null;
    if (boundForm === null && /[—\-~至到]/.test(raw) && unit === '岁') return null;
  }
  if (upper !== null && !(upper > value)) upper = null;
  // 大班额（56人以上）: a bracket that holds only the value defines the noun before it
  if (unitDef?.qualifier && (before === '（' || before === '(') && (s[at] === '）' || s[at] === ')')) return null;
  return { start, numEnd, end: at, value, unit, unitDef, post, chinese, rule, upper, idiom };
}
