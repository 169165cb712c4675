// Indicator phrases: trimming what is not part of the indicator, and resolving lists
// (分别, shared heads, 均) into one indicator per value.
import { FREQUENCY_AT_END, GROUP_NOUNS, HEAD_OPENERS, INDICATOR_NOUNS, LEADING_JUNK, PLACE_NOUNS, TRAILING_JUNK } from '../rules/phrasings.ts';

const TRAILING_KEEP_FREQUENCY = TRAILING_JUNK.filter((re) => re !== FREQUENCY_AT_END);

/**
 * One regex that matches where any of `rules` does (they are anchored alternatives, so a search
 * for their union finds a match exactly when one of them has one): a phrase with no junk, the
 * usual case, costs one search instead of one per rule. Which rule trims, and by how much, is
 * still decided by the rules in their order.
 */
function anyOf(rules: RegExp[]): { test(s: string): boolean } {
  if (rules.some((re) => re.flags !== '')) throw new Error('junk rules carry no flags: their union would change what they match');
  // a rule opening with a lookbehind (?<=^…) is tried apart: in the union, it is tried at every position of every phrase
  const apart = rules.filter((re) => re.source.startsWith('(?<'));
  const rest = rules.filter((re) => !apart.includes(re));
  const union = rest.length > 0 ? new RegExp(rest.map((re) => `(?:${re.source})`).join('|')) : null;
  if (apart.length === 0 && union) return union;
  return {
    test: (s) => {
      if (union?.test(s)) return true;
      for (const re of apart) if (re.test(s)) return true;
      return false;
    },
  };
}
const ANY_LEADING = anyOf(LEADING_JUNK);
const ANY_TRAILING = anyOf(TRAILING_JUNK);
const ANY_TRAILING_KEEP_FREQUENCY = anyOf(TRAILING_KEEP_FREQUENCY);

/**
 * Offsets [a, b) within `s` of the indicator after trimming leading and trailing junk;
 * `keepFrequency` keeps a closing 每年/每天 (站点每年 + 组织 + 家庭教育指导).
 */
export function trimIndicator(s: string, a: number, b: number, keepFrequency = false): [number, number] {
  const trailing = keepFrequency ? TRAILING_KEEP_FREQUENCY : TRAILING_JUNK;
  const anyTrailing = keepFrequency ? ANY_TRAILING_KEEP_FREQUENCY : ANY_TRAILING;
  let changed = true;
  let guard = 0;
  while (changed && a < b && guard++ < 20) {
    changed = false;
    const rest = s.slice(a, b);
    if (!ANY_LEADING.test(rest)) break;
    for (const re of LEADING_JUNK) {
      const m = re.exec(rest);
      if (m && m[0].length > 0) {
        a += m[0].length;
        changed = true;
        break;
      }
    }
  }
  changed = true;
  guard = 0;
  while (changed && a < b && guard++ < 20) {
    changed = false;
    const rest = s.slice(a, b);
    if (!anyTrailing.test(rest)) break;
    for (const re of trailing) {
      const m = re.exec(rest);
      if (m && m[0].length > 0 && m[0].length < rest.length) {
        b -= m[0].length;
        changed = true;
        break;
      }
    }
  }
  return [a, b];
}

const SEPARATORS = '、和及与';
const OPEN = '（(“《';
const CLOSE = '）)”》';
/** the three sets by UTF-16 code (a lookup, not three string searches per character) */
const SEPARATOR = 1;
const OPENS = 2;
const CLOSES = 3;
const CONJUNCT_CHAR = new Uint8Array(65536);
for (const [chars, kind] of [[SEPARATORS, SEPARATOR], [CLOSE, CLOSES], [OPEN, OPENS]] as const) {
  for (const c of chars) CONJUNCT_CHAR[c.charCodeAt(0)] = kind;
}

/** Parts of a conjoined phrase, ignoring separators inside brackets and quotes. */
export function splitConjuncts(phrase: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < phrase.length; i++) {
    const kind = CONJUNCT_CHAR[phrase.charCodeAt(i)]!;
    if (kind === 0) continue;
    if (kind === OPENS) depth++;
    else if (kind === CLOSES) depth = Math.max(0, depth - 1);
    else if (depth === 0) {
      if (i > from) parts.push(phrase.slice(from, i));
      from = i + 1;
    }
  }
  if (phrase.length > from) parts.push(phrase.slice(from));
  return parts;
}

export function endsWithIndicatorNoun(p: string): boolean {
  return INDICATOR_NOUNS.some((n) => p.endsWith(n));
}

const AGE_ONLY = /^\d+(?:[-—~]\d+)?(?:周岁|岁)(?:以下|以上|及以上)?$/;

/** Position where the measured head of an indicator starts: after the last group noun (儿童, 妇女 …). */
function headStart(p: string): number {
  let best = -1;
  for (const g of GROUP_NOUNS) {
    const i = p.lastIndexOf(g);
    if (i >= 0 && i + g.length < p.length && i + g.length > best) best = i + g.length;
  }
  return best;
}

/** 5岁以下儿童 of 5岁以下儿童生长迟缓率: the words up to the last group noun, or null. */
export function groupSubject(p: string): string | null {
  const hs = headStart(p);
  return hs > 0 && p[hs] !== '之' ? p.slice(0, hs) : null;
}

/**
 * Resolve `新生儿、婴儿和5岁以下儿童死亡率` into one indicator per part, or null when the
 * phrase is not such a list. `want` is the number of values (for 分别) or 0 for "any".
 */
export function resolveList(phrase: string, want: number): string[] | null {
  return resolveShared(phrase, want) ?? (want > 0 ? resolvePlaces(phrase, want) : null);
}

function resolveShared(phrase: string, want: number): string[] | null {
  // A和B基本康复服务覆盖率、辅助器具适配率: measured items between 、, one of them holding a 和 of its own
  const items = phrase.split('、');
  if (items.length >= 2 && (want === 0 || items.length === want) && items.every((p) => p.length >= 3 && endsWithIndicatorNoun(p)) && items.some((p) => /[和及与]/.test(p)))
    return items;
  const parts = splitConjuncts(phrase);
  if (parts.length < 2) return null;
  if (want > 0 && parts.length !== want) {
    // a leading subject may hold a separator of its own (城乡社区和行政村家长学校): give up
    return null;
  }
  const last = parts[parts.length - 1]!;
  const first = parts[0]!;
  // all parts measured (X率、Y率和Z率): share the subject of the first with bare later parts
  if (parts.every(endsWithIndicatorNoun)) {
    const hs = headStart(first);
    const subject = hs > 0 ? first.slice(0, hs) : '';
    return parts.map((p, i) => (i > 0 && subject && headStart(p) < 0 && !p.startsWith(subject) ? subject + p : p));
  }
  if (!endsWithIndicatorNoun(last)) return null;
  // only the last is measured: the others are groups or age qualifiers sharing its head
  const earlier = parts.slice(0, -1);
  if (earlier.every((p) => AGE_ONLY.test(p))) {
    const m = /^\d+(?:[-—~]\d+)?(?:周岁|岁)(?:以下|以上|及以上)?/.exec(last);
    if (!m) return null;
    const head = last.slice(m[0].length);
    return [...earlier.map((p) => p + head), last];
  }
  if (want > 0) {
    const hs = headStart(last);
    // 化学需氧量、氨氮排放总量: things with no group noun share the head that an opener starts in the last
    if (hs <= 0) return sharedHead(earlier, last);
    // 儿童之家覆盖率: a group noun inside a compound opens no head
    if (last[hs] === '之') return null;
    const head = last.slice(hs);
    return [...earlier.map((p) => p + head), last];
  }
  return null;
}

/** The head an opener starts in the last item (氨氮|排放总量), given to the earlier items; the first item's group subject to the later ones. */
function sharedHead(earlier: string[], last: string): string[] | null {
  let at = -1;
  for (const o of HEAD_OPENERS) {
    const i = last.indexOf(o);
    if (i > 0 && (at < 0 || i < at)) at = i;
  }
  if (at < 0) return null;
  const head = last.slice(at);
  const subject = groupSubject(earlier[0]!);
  return [...earlier, last].map((p, i) => (i > 0 && subject && !p.startsWith(subject) ? subject : '') + (i < earlier.length ? p + head : p));
}

/**
 * 城市社区和行政村家长学校或家庭教育指导服务点 with 分别 over two values: places share the
 * head after the place that opens the last part. Null unless every earlier part is a place.
 */
export function resolvePlaces(phrase: string, want: number): string[] | null {
  const parts = splitConjuncts(phrase);
  if (parts.length < 2 || parts.length !== want) return null;
  const earlier = parts.slice(0, -1);
  if (!earlier.every((p) => PLACE_NOUNS.some((n) => p.endsWith(n)) && p.length <= 6)) return null;
  const last = parts[parts.length - 1]!;
  const place = PLACE_NOUNS.find((n) => last.startsWith(n));
  if (!place || last.length - place.length < 2) return null;
  const head = last.slice(place.length);
  return [...earlier.map((p) => p + head), last];
}

/**
 * A name resolved from the normalized indicator, written back with the characters of the text
 * (全角 digits and signs): the normalized and written indicators align character by character.
 */
export function asWritten(name: string, clean: string, written: string): string {
  if (clean.length !== written.length) return name;
  const back = new Map<string, string>();
  for (let i = 0; i < clean.length; i++) if (!back.has(clean[i]!)) back.set(clean[i]!, written[i]!);
  let out = '';
  for (const c of name) out += back.get(c) ?? c;
  return out;
}
