// The document as the extractors see it: cleaned stream, positions, per-line context, helpers.
import type { DocStructure, Extracted, Kind, LineContext } from '../model/schema.ts';
import { BREAK, buildClean, type Clean } from './normalize.ts';
import { LineIndex, stripSpace } from '../model/text.ts';

/** how far back a clause or sentence is looked for; keeps every match local */
export const WINDOW = 160;

/** flags per UTF-16 code unit: 1 = clause break, 2 = sentence break (lookup instead of a regex per character) */
const BREAKS = new Uint8Array(65536);
for (const c of '，,。；;！？!?\n：') BREAKS[c.charCodeAt(0)]! |= 1;
for (const c of '。；;！？!?\n：') BREAKS[c.charCodeAt(0)]! |= 2;
for (const c of '。！？!?\n') BREAKS[c.charCodeAt(0)]! |= 4;
export const CLAUSE = 1;
export const SENTENCE = 2;
/** a full stop: the end of a sentence whose items 。 … ； … share a lead (到2025年，A；B。) */
export const FULL_STOP = 4;

export interface Doc {
  text: string;
  clean: Clean;
  index: LineIndex;
  structure: DocStructure;
}

/** `matchText`: the text the stream is read from where it differs (traditional made simplified, same length). */
export function makeDoc(text: string, structure: DocStructure, matchText: string = text): Doc {
  return { text, clean: buildClean(matchText), index: new LineIndex(text), structure };
}

const FALLBACK: LineContext = { part: 'other', domain: 'other', section: 'other', plan: null };

export function contextAt(doc: Doc, cleanPos: number): LineContext {
  const off = doc.clean.map[cleanPos] ?? 0;
  return doc.structure.lines[doc.index.lineOf(off) - 1] ?? FALLBACK;
}

/**
 * contextAt for positions read in order: the line is found by walking on from the previous one
 * (a reader of every clause would otherwise search the line starts once per clause).
 */
export function contextCursor(doc: Doc): (cleanPos: number) => LineContext {
  const { starts } = doc.index;
  const { map } = doc.clean;
  let line = 0;
  return (cleanPos) => {
    const off = map[cleanPos] ?? 0;
    // 0-based: starts[line] <= off < starts[line + 1], as lineOf finds it
    if (starts[line]! > off) line = doc.index.lineOf(off) - 1;
    else while (line + 1 < starts.length && starts[line + 1]! <= off) line++;
    return doc.structure.lines[line] ?? FALLBACK;
  };
}

export function planPeriod(doc: Doc, plan: number | null): [number, number] | null {
  if (plan === null) return null;
  return doc.structure.plans[plan]?.period ?? null;
}

/** Start of the clause (or sentence) holding `pos`, looked for within WINDOW characters. */
export function clauseStart(s: string, pos: number, flag: number = CLAUSE): number {
  const lo = Math.max(0, pos - WINDOW);
  for (let i = pos - 1; i >= lo; i--) if (BREAKS[s.charCodeAt(i)]! & flag) return i + 1;
  return lo;
}

export function clauseEnd(s: string, pos: number, flag: number = CLAUSE): number {
  const hi = Math.min(s.length, pos + WINDOW);
  for (let i = pos; i < hi; i++) if (BREAKS[s.charCodeAt(i)]! & flag) return i;
  return hi;
}

/** Clean text of [a, b) with original characters (full-width kept), white space removed. */
export function originalText(doc: Doc, a: number, b: number): string {
  if (b <= a) return '';
  const { map, s } = doc.clean;
  const text = doc.text;
  // one slice per run of adjacent characters, not one string per character
  let out = '';
  let runStart = -1;
  let runEnd = -1;
  for (let i = a; i < b; i++) {
    if (s.charCodeAt(i) === BREAK_CODE) continue;
    const at = map[i]!;
    if (at !== runEnd) {
      if (runStart !== -1) out += text.slice(runStart, runEnd);
      runStart = at;
    }
    runEnd = at + 1;
  }
  if (runStart !== -1) out += text.slice(runStart, runEnd);
  return stripSpace(out);
}
const BREAK_CODE = BREAK.charCodeAt(0);

export interface Span {
  a: number;
  b: number;
}

export function sourceOf(doc: Doc, span: Span, anchor: number): Extracted['source'] {
  const map = doc.clean.map;
  let a = span.a;
  let b = span.b;
  while (a < b && doc.clean.s[a] === '\n') a++;
  while (b > a && doc.clean.s[b - 1] === '\n') b--;
  const start = map[a]!;
  const end = map[b - 1]! + 1;
  const { line, column } = doc.index.position(map[anchor]!);
  return { line, column, start, end, quote: stripSpace(doc.text.slice(start, end)) };
}

export interface RecordInput {
  kind: Kind;
  indicator: string;
  verb: string | null;
  comparator: Extracted['comparator'];
  value: number | null;
  /** the upper end of a range */
  upper?: number | null;
  unit: string | null;
  direction: Extracted['direction'];
  change?: Extracted['change'];
  year: number | null;
  span: Span;
  anchor: number;
  rule: string;
}

export function makeRecord(doc: Doc, r: RecordInput): Extracted {
  const ctx = contextAt(doc, r.anchor);
  const source = sourceOf(doc, r.span, r.anchor);
  return {
    kind: r.kind,
    part: ctx.part,
    domain: ctx.domain,
    section: ctx.section,
    indicator: { text: r.indicator.length > 0 ? r.indicator : source.quote, id: null },
    verb: r.verb,
    comparator: r.comparator,
    value: r.value,
    upper: r.upper ?? null,
    unit: r.unit,
    direction: r.direction,
    change: r.change ?? null,
    year: r.year,
    source,
    rule: r.rule,
  };
}
