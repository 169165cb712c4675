// Maps an indicator phrase to a catalogue id, and a value to the indicator's canonical unit.
import { SCOPE_PREFIXES } from '../rules/phrasings.ts';
import { CLASSIFIERS, YEAR_UNITS as YEARS } from '../rules/units.ts';
import type { Normalized, Part } from '../model/schema.ts';
import { catalogue, type IndicatorEntry } from '../rules/indicators.ts';
import { stripSpace } from '../model/text.ts';
import { simplifiedChars } from './script.ts';

/** A `*` in a synonym spans at most this many characters. */
const MAX_GAP = 16;

/** Leading words that scope a whole plan, not the indicator (全市孕产妇死亡率 = 孕产妇死亡率). */
const SCOPE_RE = new RegExp(`^(?:(?:到|至)?20\\d\\d年(?:底|末)?|${SCOPE_PREFIXES.join('|')}|[、，,；;：:。.\\-])+`);

/** A trailing parenthesis holding only a unit: （1/10万）, (%), （‰）, （岁）. */
const UNIT_PAREN_RE = /\((?:1?\/10万|\/万|1\/1000|%|‰|岁|年|个|名|张|所|人|万人|次|小时|分钟|平方米|个百分点|倍)\)$/;

/** White space, quote and title marks, and 的: none of them tells indicators apart. */
const DROP_RE = /[\s\u3000\u00a0\ufeff“”"'‘’《》〈〉「」『』的]/g;
const DASH_RE = /[—–―－~～〜]+/g;

/** Character-level normalization: half-width, no spaces, quotes or 的, one dash, simplified. */
function normalizeForm(text: string): string {
  return simplifiedChars(text.normalize('NFKC').replace(DROP_RE, '').replace(DASH_RE, '-'));
}

/** Normalizes an indicator phrase (or a catalogue phrase) for matching. */
export function normalizeIndicatorText(text: string): string {
  let s = normalizeForm(text);
  s = s.replace(/[。.;；,，、:：]+$/, '');
  for (let prev = ''; prev !== s; ) {
    prev = s;
    s = s.replace(UNIT_PAREN_RE, '');
    const stripped = s.replace(SCOPE_RE, '');
    if (stripped.length > 0) s = stripped;
  }
  return s;
}

interface Pattern {
  pieces: string[];
  /** literal characters matched: how specific the pattern is */
  weight: number;
  entry: number;
}

interface Compiled {
  exact: Map<string, number[]>;
  /** patterns indexed by the first two characters of their longest piece (one if it has one) */
  byKey: Map<string, Pattern[]>;
  require: string[][][];
  exclude: string[][];
  byId: Map<string, IndicatorEntry>;
}

let compiled: Compiled | null = null;

function compile(): Compiled {
  const exact = new Map<string, number[]>();
  const byKey = new Map<string, Pattern[]>();
  catalogue.forEach((entry, index) => {
    const seen = new Set<string>();
    for (const phrase of [entry.name, ...entry.synonyms]) {
      const pieces = phrase.split('*').map(normalizeIndicatorText).filter((p) => p.length > 0);
      const key = pieces.join('*');
      if (pieces.length === 0 || seen.has(key)) continue;
      seen.add(key);
      if (pieces.length === 1) {
        const list = exact.get(pieces[0]!) ?? [];
        if (!list.includes(index)) list.push(index);
        exact.set(pieces[0]!, list);
      }
      const pattern: Pattern = { pieces, weight: pieces.reduce((n, p) => n + p.length, 0), entry: index };
      const longest = pieces.reduce((a, b) => (b.length > a.length ? b : a));
      const head = longest.slice(0, 2);
      const list = byKey.get(head) ?? [];
      list.push(pattern);
      byKey.set(head, list);
    }
  });
  return {
    exact,
    byKey,
    require: catalogue.map((e) => (e.require ?? []).map((g) => g.map(normalizeForm))),
    exclude: catalogue.map((e) => (e.exclude ?? []).map(normalizeForm)),
    byId: new Map(catalogue.map((e) => [e.id, e])),
  };
}

function getCompiled(): Compiled {
  return (compiled ??= compile());
}

/** Whether pieces[k..] match in order, pieces[k] starting in [from, maxStart], later gaps at most MAX_GAP. */
function matchFrom(text: string, pieces: string[], k: number, from: number, maxStart: number): boolean {
  const piece = pieces[k]!;
  for (let at = text.indexOf(piece, from); at !== -1 && at <= maxStart; at = text.indexOf(piece, at + 1)) {
    const end = at + piece.length;
    if (k + 1 === pieces.length || matchFrom(text, pieces, k + 1, end, end + MAX_GAP)) return true;
  }
  return false;
}

/** Start of the first piece of a match, or -1. */
function matchStart(text: string, pieces: string[]): number {
  const first = pieces[0]!;
  for (let at = text.indexOf(first); at !== -1; at = text.indexOf(first, at + 1)) {
    const end = at + first.length;
    if (pieces.length === 1 || matchFrom(text, pieces, 1, end, end + MAX_GAP)) return at;
  }
  return -1;
}

/** Weight of the qualifiers found, or -1 when the entry is ruled out. */
function qualifierWeight(c: Compiled, entry: number, text: string): number {
  for (const word of c.exclude[entry]!) if (text.includes(word)) return -1;
  let weight = 0;
  for (const group of c.require[entry]!) {
    const hit = group.find((w) => text.includes(w));
    if (hit === undefined) return -1;
    weight += hit.length;
  }
  return weight;
}

interface Candidate {
  entry: number;
  score: number;
  /** where the first piece of the best pattern starts and ends */
  start: number;
  firstEnd: number;
  partHit: boolean;
}

/** Between two items of a list (A、B中女性比例; A（B）中…): the first item names the indicator. */
const LIST_SEP_RE = /[、和及与或(]/;

/** An entry for everyone (人均预期寿命), not for one part (妇女人均预期寿命). */
function isGeneral(entry: number): boolean {
  const part = catalogue[entry]!.part;
  return part === null || part === 'other';
}

/** On equal scores: the entry of the plan's part, else the general one, else the first. */
function better(a: Candidate, b: Candidate): boolean {
  if (a.score !== b.score) return a.score > b.score;
  if (a.partHit !== b.partHit) return a.partHit;
  const general = isGeneral(a.entry);
  if (general !== isGeneral(b.entry)) return general;
  return a.entry < b.entry;
}

function bestMatch(text: string, part: Part | undefined): number | null {
  const c = getCompiled();
  if (text.length === 0) return null;

  let exactBest: Candidate | null = null;
  for (const entry of c.exact.get(text) ?? []) {
    const q = qualifierWeight(c, entry, text);
    if (q < 0) continue;
    const cand = { entry, score: q, start: 0, firstEnd: text.length, partHit: part !== undefined && catalogue[entry]!.part === part };
    if (exactBest === null || better(cand, exactBest)) exactBest = cand;
  }
  if (exactBest !== null) return exactBest.entry;

  const byEntry = new Map<number, Candidate>();
  const seenKeys = new Set<string>();
  for (let i = 0; i < text.length; i++) {
    for (let len = 1; len <= 2 && i + len <= text.length; len++) {
      const key = text.slice(i, i + len);
      if (seenKeys.has(key)) continue;
      seenKeys.add(key);
      for (const p of c.byKey.get(key) ?? []) {
        const start = matchStart(text, p.pieces);
        if (start < 0) continue;
        const q = qualifierWeight(c, p.entry, text);
        if (q < 0) continue;
        const cand = { entry: p.entry, score: p.weight + q, start, firstEnd: start + p.pieces[0]!.length, partHit: part !== undefined && catalogue[p.entry]!.part === part };
        const prev = byEntry.get(p.entry);
        if (prev === undefined || cand.score > prev.score || (cand.score === prev.score && cand.start < prev.start)) byEntry.set(p.entry, cand);
      }
    }
  }
  let best: Candidate | null = null;
  for (const cand of byEntry.values()) if (best === null || better(cand, best)) best = cand;
  if (best === null) return null;

  // An earlier list item, separated from the best match by 、/和/及, names a combined indicator.
  let first = best;
  for (const cand of byEntry.values()) {
    if (cand.firstEnd > best.start || !LIST_SEP_RE.test(text.slice(cand.firstEnd, best.start))) continue;
    if (cand.start < first.start || (cand.start === first.start && better(cand, first))) first = cand;
  }
  return first.entry;
}

const memo = new Map<string, string | null>();
const MEMO_LIMIT = 200_000;

/**
 * The catalogue id of an indicator phrase, or null when no entry matches. `ctx.part` only
 * breaks ties between equally specific entries; `ctx.domain` is accepted but not used yet.
 */
export function matchIndicator(text: string, ctx?: { part?: Part; domain?: string }): string | null {
  const key = `${ctx?.part ?? ''}\u0001${text}`;
  const hit = memo.get(key);
  if (hit !== undefined) return hit;
  const index = bestMatch(normalizeIndicatorText(text), ctx?.part);
  const id = index === null ? null : catalogue[index]!.id;
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(key, id);
  return id;
}

export function getIndicator(id: string): IndicatorEntry | undefined {
  return getCompiled().byId.get(id);
}

// ─── units ───

type Family = IndicatorEntry['unitFamily'];

/** Spellings of units, to their half-width canonical form. */
const UNIT_ALIASES: Record<string, string> = {
  '/10万': '1/10万',
  '1/10万': '1/10万',
  '/十万': '1/10万',
  '1/100000': '1/10万',
  '/100000': '1/10万',
  '每10万': '1/10万',
  '1/1000': '‰',
  '/1000': '‰',
  '‰': '‰',
  '%': '%',
  '周岁': '岁',
  '个小时': '小时',
};

/** How many of the unit make one whole, for proportions. */
const PROPORTION: Record<string, number> = { '%': 100, '‰': 1000, '1/10万': 100000 };
/**
 * Proportion units accepted for each canonical one. A % against a 1/10万 indicator is a
 * relative change (下降20%), not a level, so it stays as given.
 */
const PROPORTION_FROM: Record<string, string[]> = { '%': ['‰'], '‰': ['%', '1/10万'], '1/10万': ['‰'] };
/** Minutes in one of the unit, for durations. */
const MINUTES: Record<string, number> = { 分钟: 1, 小时: 60 };
/** Classifiers that only count things: interchangeable for one indicator (托位 4.5张 = 4.5个). */

export function normalizeUnit(unit: string): string {
  const u = unit.normalize('NFKC').replace(/[\s\u3000]/g, '');
  return UNIT_ALIASES[u] ?? u;
}

function round(v: number): number {
  return Number.parseFloat(v.toPrecision(12));
}

function convert(value: number, from: string, to: string, family: Family): number | null {
  if (from === to) return value;
  if (PROPORTION_FROM[to]?.includes(from) && (family === 'percent' || family === 'per_mille' || family === 'per_100k' || family === 'rate'))
    return round((value / PROPORTION[from]!) * PROPORTION[to]!);
  if (from in MINUTES && to in MINUTES) return round((value * MINUTES[from]!) / MINUTES[to]!);
  if (family === 'count' && CLASSIFIERS.has(from) && CLASSIFIERS.has(to)) return value;
  if (family === 'years' && YEARS.has(from) && YEARS.has(to)) return value;
  return null;
}

/**
 * The value in the indicator's canonical unit when the units are comparable
 * (% ↔ ‰ ↔ 1/10万, 分钟 ↔ 小时, count classifiers, 岁 ↔ 年); otherwise the value
 * as given with its unit half-width. Null when there is no value.
 */
export function normalizeValue(indicatorId: string | null, value: number | null, unit: string | null): Normalized | null {
  if (value === null) return null;
  const given = unit === null ? '' : normalizeUnit(unit);
  const entry = indicatorId === null ? undefined : getIndicator(indicatorId);
  if (entry !== undefined && given !== '' && entry.unit !== '') {
    const converted = convert(value, given, entry.unit, entry.unitFamily);
    if (converted !== null) return { value: converted, unit: entry.unit };
  }
  return { value, unit: given };
}

/** Indicator texts that found no id, counted, most frequent first, then by text. */
export function unmatchedReport(texts: string[]): { text: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const t of texts) {
    if (matchIndicator(t) !== null) continue;
    const key = stripSpace(t);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts.entries()]
    .map(([text, count]) => ({ text, count }))
    .sort((a, b) => b.count - a.count || (a.text < b.text ? -1 : a.text > b.text ? 1 : 0));
}
