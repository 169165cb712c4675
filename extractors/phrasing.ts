// What the engine offers a phrasing module, and what a module is. One phrasing, one module (phrasings/),
// shaped like an ESLint rule: meta, what it reads, examples that run as tests.
import type { Change, Comparator, Direction } from '../model/schema.ts';
import type { PhrasingExamples, PhrasingMeta } from '../model/examples.ts';
import type { LineContext } from '../model/schema.ts';
import type { ValueToken } from './values.ts';

export type { PhrasingExamples, PhrasingMeta } from '../model/examples.ts';

export interface Phrasing {
  meta: PhrasingMeta;
  examples: PhrasingExamples;
}

export interface WordHit {
  form: string;
  start: number;
  end: number;
}

/** One value of a clause, with what the engine read around it once. */
export interface ValueSite {
  /** the clean text */
  s: string;
  tok: ValueToken;
  /** the first value of the list `tok` belongs to (分别增长6%和7.5%) */
  first: ValueToken;
  /** start of the clause and of its sentence */
  clause: number;
  sentence: number;
  /** where the words that belong to this value begin (after an earlier value of the clause) */
  segment: number;
  verb: WordHit | null;
  /** a bound word right before the value (不低于, 超过, ≥) */
  pre: (WordHit & { comparator: Comparator }) | null;
  context: LineContext;
  period: [number, number] | null;
  /** an explicit year before the value in the sentence (到2025年), base years skipped */
  year: number | null;
}

/** how far back in its sentence a phrasing looks for words about a value (十三五期间, 目前, 2022年, 以2020年为基数) */
const SENTENCE_REACH = 160;
/** the last sentence read: the phrasings of one value ask for it in a row (a WeakMap by site cost more than the slices) */
let memoS = '';
let memoFrom = -1;
let memoEnd = -1;
let memoText = '';

/** The sentence before `end` (the value, by default), at most SENTENCE_REACH characters: read once per value. */
export function sentenceBefore(site: ValueSite, end: number = site.tok.start): string {
  const from = Math.max(site.sentence, end - SENTENCE_REACH);
  if (from === memoFrom && end === memoEnd && site.s === memoS) return memoText;
  memoS = site.s;
  memoFrom = from;
  memoEnd = end;
  memoText = site.s.slice(from, end);
  return memoText;
}

/** How a value reads: a level (nothing), or a change, a range, a rate per case. */
export interface ValueForm {
  unit?: string | null;
  upper?: number | null;
  change?: Change | null;
  direction?: Direction | null;
}

/** A phrasing of the value itself; the first module that reads a value decides its form. */
export interface ValuePhrasing extends Phrasing {
  read(site: ValueSite): ValueForm | null;
}

/** A phrasing that makes a figure a past one (a baseline); the first that holds names the record. */
export interface TensePhrasing extends Phrasing {
  holds(site: ValueSite): boolean;
}
