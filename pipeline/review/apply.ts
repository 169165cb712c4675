// Applying a checked review file to a document's targets: place each entry, then decide.
import { createHash } from 'node:crypto';
import { similarity, stripSpace } from '../../model/text.ts';
import { makeId, targetKey, toTarget } from '../stages/normalize.ts';
import { getIndicator, normalizeValue } from '../../extractors/indicators.ts';
import { REVIEW_FIELDS, type Extracted, type ReviewEntry, type ReviewFile, type StoreStatus, type Target } from '../../model/schema.ts';
import type { ReviewLogEntry } from '../stages/rows.ts';
import type { ReviewProblem } from './file.ts';
import { QuoteFinder, type Occurrence } from './locate.ts';

export interface ApplyInput {
  /** the review file's path, for messages */
  file: string;
  review: ReviewFile;
  text: string;
  targets: Target[];
  /** the document's sha256: when it differs from the file's, quotes may have moved */
  sha256?: string;
  /** document path as stored */
  doc: string;
  reviewer?: string;
  now: string;
}

/** What happened to one entry. */
export interface EntryResult {
  index: number;
  entry: ReviewEntry;
  who: string | null;
  /** the current target the entry was placed on */
  before?: Target;
  /** the target after the decision (absent for reject and pending) */
  after?: Target;
  stale?: string;
}

export type ApplyResult =
  | {
      ok: true;
      targets: { target: Target; storeStatus: StoreStatus }[];
      log: ReviewLogEntry[];
      stale: string[];
      entries: EntryResult[];
    }
  | { ok: false; problem: ReviewProblem };

const DECIDED = new Set(['accept', 'reject', 'correct']);

function setFields(e: ReviewEntry): string[] {
  return REVIEW_FIELDS.filter((f) => e[f] !== undefined);
}

/** Checks that need no targets: which fields each action may carry. */
function checkEntry(e: ReviewEntry, at: string): ReviewProblem | null {
  const fields = setFields(e);
  if (typeof e.indicator_id === 'string' && !getIndicator(e.indicator_id)) {
    return { path: `${at}.indicator_id`, problem: `"${e.indicator_id}" is not in the indicator catalogue (plan-targets indicators lists it)` };
  }
  if (e.action === 'add') {
    if (e.id !== undefined) return { path: `${at}.id`, problem: 'an add entry gets its id from the run: leave id out' };
    for (const f of ['kind', 'indicator', 'line', 'quote'] as const) {
      if (e[f] === undefined) return { path: `${at}.${f}`, problem: `an add entry needs ${f}` };
    }
    if ((e.kind === 'numeric' || e.kind === 'baseline') && (e.value === undefined || e.value === null)) {
      return { path: `${at}.value`, problem: `a ${e.kind} target needs a number as value` };
    }
    return null;
  }
  if (e.id === undefined) return { path: `${at}.id`, problem: `a ${e.action} entry needs the id of its target` };
  if (e.action === 'correct') {
    if (fields.length === 0) return { path: at, problem: 'a correct entry sets at least one field (e.g. "value": 12.5)' };
  } else if (fields.length > 0) {
    return { path: `${at}.${fields[0]}`, problem: `only a correct or add entry sets fields; this one is ${e.action}` };
  }
  if ((e.line === undefined) !== (e.quote === undefined)) {
    return { path: `${at}.${e.line === undefined ? 'line' : 'quote'}`, problem: 'give line and quote together' };
  }
  return null;
}

/** Same indicator, allowing the extractor to have widened or narrowed the phrase. */
export function indicatorClose(a: string, b: string): boolean {
  return a.includes(b) || b.includes(a) || similarity(a, b) >= 0.5;
}

const sameNumber = (a: number | null | undefined, b: number | null | undefined) =>
  a === undefined || b === undefined ? false : a === null || b === null ? a === b : Math.abs(a - b) < 1e-9;

const overlaps = (t: Target, o: Occurrence) => t.source.start < o.end && o.start < t.source.end;

/** A decision is logged once: its hash covers what it decides, not who wrote it or why. */
export function entrySha(e: ReviewEntry): string {
  const decided: Record<string, unknown> = { id: e.id ?? null, action: e.action };
  for (const f of REVIEW_FIELDS) if (e[f] !== undefined) decided[f] = e[f];
  return createHash('sha256').update(JSON.stringify(decided)).digest('hex').slice(0, 16);
}

function describe(e: ReviewEntry): string {
  const quote = e.was?.quote ?? e.quote;
  const line = e.was?.line ?? e.line;
  return `${e.action}${e.id ? ` ${e.id}` : ''}${quote ? ` «${quote}»` : ''}${line ? ` line ${line}` : ''}`;
}

export function applyReview(input: ApplyInput): ApplyResult {
  const { review, targets } = input;
  const finder = new QuoteFinder(input.text);
  const moved = Boolean(review.document && input.sha256 && review.document.sha256 !== input.sha256);
  const ids = new Map(targets.map((t, i) => [t.id, i]));
  const entries = review.entries;
  const results: EntryResult[] = entries.map((entry, index) => ({
    index,
    entry,
    who: entry.reviewer ?? review.reviewer ?? input.reviewer ?? null,
  }));
  const fail = (problem: ReviewProblem): ApplyResult => ({ ok: false, problem });
  const shiftAt = moved ? lineShifts(finder, entries) : () => 0;
  /** where a quote written against `line` stands now */
  const locate = (quote: string, line: number) =>
    moved ? finder.nearest(quote, line + shiftAt(line)) : (finder.atLine(quote, line) ?? finder.nearest(quote, line));

  // 1. Checks: a bad entry makes the whole file invalid, so nothing is half-applied.
  const seen = new Map<string, number>();
  /** where a reviewer's own line + quote stands (add, or a corrected source) */
  const given = new Map<number, Occurrence>();
  for (const r of results) {
    const e = r.entry;
    const at = `$.entries[${r.index}]`;
    const p = checkEntry(e, at);
    if (p) return fail(p);
    if (e.id !== undefined) {
      if (seen.has(e.id)) return fail({ path: `${at}.id`, problem: `"${e.id}" is already decided in $.entries[${seen.get(e.id)}]` });
      seen.set(e.id, r.index);
      if (!e.was && !ids.has(e.id)) return fail({ path: `${at}.id`, problem: `unknown id "${e.id}": no such target in the extraction` });
    }
    if (e.quote !== undefined && e.line !== undefined) {
      const o = moved ? locate(e.quote, e.line) : finder.atLine(e.quote, e.line);
      if (o) given.set(r.index, o);
      else if (moved) r.stale = 'its quote is no longer in the text';
      else return fail({ path: `${at}.quote`, problem: `"${stripSpace(e.quote)}" is not found at line ${e.line}` });
    }
  }

  // 2. Placement: by id, and by where the decided-on quote stands now with its indicator.
  const placedOn = new Map<number, number>(); // entry index → target index
  const taken = new Set<number>();
  const place = (rs: EntryResult[]) => {
    const cands: { e: number; t: number; score: number }[] = [];
    for (const r of rs) {
      if (r.stale) continue;
      const w = r.entry.was;
      const all = w ? finder.occurrences(w.quote) : [];
      const expected = w ? locate(w.quote, w.line) : undefined;
      targets.forEach((t, ti) => {
        if (taken.has(ti)) return;
        const byId = t.id === r.entry.id;
        const here = w !== undefined && all.some((o) => overlaps(t, o)) && indicatorClose(t.indicator.text, w.indicator);
        if (!byId && !here) return;
        // a rejection is not carried over to a record that now says something else: it goes stale instead
        if (!byId && r.entry.action === 'reject' && !sameRecord(t, w!)) return;
        let score = (byId ? 3 : 0) + (here ? 4 : 0) + (here && expected && overlaps(t, expected) ? 1 : 0);
        if (w) {
          if (t.indicator.text === w.indicator) score += 2;
          if (sameNumber(t.value, w.value)) score += 1;
          if (t.kind === w.kind) score += 1;
          if (w.unit !== undefined && t.unit === w.unit) score += 0.5;
        }
        cands.push({ e: r.index, t: ti, score });
      });
    }
    cands.sort((a, b) => b.score - a.score || a.e - b.e || a.t - b.t);
    for (const c of cands) {
      if (placedOn.has(c.e) || taken.has(c.t)) continue;
      placedOn.set(c.e, c.t);
      taken.add(c.t);
    }
  };
  place(results.filter((r) => DECIDED.has(r.entry.action)));
  place(results.filter((r) => r.entry.action === 'pending'));

  // 3. Decisions.
  const out: { target: Target; storeStatus: StoreStatus }[] = targets.map((target) => ({ target, storeStatus: 'extracted' }));
  for (const r of results) {
    if (r.entry.action === 'add') continue;
    const ti = placedOn.get(r.index);
    if (ti === undefined) {
      if (DECIDED.has(r.entry.action) && !r.stale) {
        const w = r.entry.was;
        const occ = w ? finder.occurrences(w.quote) : [];
        const changed = w && targets.find((t) => occ.some((o) => overlaps(t, o)) && indicatorClose(t.indicator.text, w.indicator));
        r.stale = !w
          ? `target ${r.entry.id} is gone`
          : occ.length === 0
            ? 'its quote is no longer in the text'
            : changed
              ? `the record there changed to ${changed.kind} ${changed.value ?? ''}${changed.unit ?? ''} (${changed.id})`
              : `the extraction has no "${w.indicator}" there any more`;
      }
      continue;
    }
    const t = targets[ti]!;
    r.before = t;
    const rule = `review:${r.who ?? 'unknown'}`;
    // The reviewer judged the record as it was: when rules have changed it since, that version stands.
    const w = r.entry.was;
    const judged = w && differs(t, w) ? withFields(t, { action: 'accept', ...wasFields(w) }, t.source, t.id, t.status, rule) : t;
    if (r.entry.action === 'accept') {
      r.after = { ...judged, status: 'accepted', confidence: 1 };
      out[ti] = { target: r.after, storeStatus: 'accepted' };
    } else if (r.entry.action === 'reject') {
      out[ti] = { target: t, storeStatus: 'rejected' };
    } else if (r.entry.action === 'correct') {
      const o = given.get(r.index);
      const source = o ? finder.sourceOf(o, r.entry.line! + shiftAt(r.entry.line!), r.entry.quote!) : t.source;
      r.after = withFields(judged, r.entry, source, t.id, 'corrected', rule);
      out[ti] = { target: r.after, storeStatus: 'corrected' };
    }
  }

  // Additions: a record the extractor now also finds is the same record, not a second one.
  const ranks = new Map<string, number>();
  const added: Target[] = [];
  const absorbed = new Set<number>();
  for (const r of results) {
    if (r.entry.action !== 'add' || r.stale) continue;
    const e = r.entry;
    const o = given.get(r.index)!;
    const source = finder.sourceOf(o, e.line! + shiftAt(e.line!), e.quote!);
    const base = baseFor(targets, source.start, e);
    const draft = withFields(base, e, source, 'pending', 'added', `review:${r.who ?? 'unknown'}`);
    const key = `review|${targetKey(draft)}`;
    const rank = ranks.get(key) ?? 0;
    ranks.set(key, rank + 1);
    r.after = { ...draft, id: makeId(key, rank) };
    added.push(r.after);
    targets.forEach((t, ti) => {
      if (absorbed.has(ti) || out[ti]!.storeStatus !== 'extracted') return;
      if (t.kind === draft.kind && t.indicator.text === draft.indicator.text && sameNumber(t.value, draft.value) && t.unit === draft.unit && overlaps(t, o)) {
        absorbed.add(ti);
      }
    });
  }
  const merged = out.filter((_, i) => !absorbed.has(i));
  for (const a of [...added].sort((x, y) => x.source.start - y.source.start)) {
    const at = merged.findIndex((x) => x.target.source.start > a.source.start);
    merged.splice(at === -1 ? merged.length : at, 0, { target: a, storeStatus: 'added' });
  }

  const log: ReviewLogEntry[] = results
    .filter((r) => r.entry.action !== 'pending' && (r.before || r.after) && !r.stale)
    .map((r) => ({
      doc: input.doc,
      targetId: r.entry.id ?? r.after!.id,
      action: r.entry.action,
      reviewer: r.who,
      at: input.now,
      before: r.before ?? null,
      after: r.after ?? null,
      entrySha: entrySha(r.entry),
    }));
  const stale = results.filter((r) => r.stale).map((r) => `${input.file}: $.entries[${r.index}]: ${describe(r.entry)}: ${r.stale}`);
  return { ok: true, targets: merged, log, stale, entries: results };
}

/**
 * When the text was edited, lines moved: quotes that occur once anchor the shift, and
 * each entry takes the shift of the anchor nearest to it, so a repeated quote is looked for where it moved to.
 */
function lineShifts(finder: QuoteFinder, entries: ReviewEntry[]): (line: number) => number {
  const anchors: { line: number; shift: number }[] = [];
  for (const e of entries) {
    const quote = e.was?.quote ?? e.quote;
    const line = e.was?.line ?? e.line;
    if (quote === undefined || line === undefined) continue;
    const occ = finder.occurrences(quote);
    if (occ.length === 1) anchors.push({ line, shift: Math.min(Math.max(line, occ[0]!.firstLine), occ[0]!.lastLine) - line });
  }
  anchors.sort((a, b) => a.line - b.line || a.shift - b.shift);
  return (line) => {
    let best: { line: number; shift: number } | undefined;
    for (const a of anchors) if (!best || Math.abs(a.line - line) < Math.abs(best.line - line)) best = a;
    return best?.shift ?? 0;
  };
}

const WAS_FIELDS = ['kind', 'part', 'domain', 'section', 'indicator', 'indicator_id', 'verb', 'comparator', 'value', 'upper', 'unit', 'direction', 'change', 'year'] as const;

function wasFields(w: NonNullable<ReviewEntry['was']>): Partial<ReviewEntry> {
  const f: Record<string, unknown> = {};
  for (const k of WAS_FIELDS) if (w[k] !== undefined) f[k] = w[k];
  return f as Partial<ReviewEntry>;
}

/** Same kind, value and unit as the reviewer saw (where the snapshot says). */
function sameRecord(t: Target, w: NonNullable<ReviewEntry['was']>): boolean {
  return (w.kind === undefined || t.kind === w.kind) && (w.value === undefined || sameNumber(t.value, w.value)) && (w.unit === undefined || t.unit === w.unit);
}

/** The target no longer says what the reviewer saw. */
function differs(t: Target, w: NonNullable<ReviewEntry['was']>): boolean {
  return WAS_FIELDS.some((k) => {
    if (w[k] === undefined) return false;
    const now = k === 'indicator' ? t.indicator.text : k === 'indicator_id' ? t.indicator.id : t[k];
    return k === 'value' ? !sameNumber(now as number | null, w.value) : now !== w[k];
  });
}

/** An addition takes part, domain and section from the target before it in the text. */
function baseFor(targets: Target[], start: number, e: ReviewEntry): Target {
  let near: Target | undefined;
  for (const t of targets) if (t.source.start <= start && (!near || t.source.start >= near.source.start)) near = t;
  near ??= targets[0];
  const kind = e.kind!;
  return {
    id: 'pending',
    kind,
    part: near?.part ?? 'other',
    domain: near?.domain ?? 'other',
    section: near?.section ?? 'other',
    indicator: { text: stripSpace(e.indicator!), id: null },
    verb: null,
    comparator: kind === 'numeric' || kind === 'baseline' ? '=' : null,
    value: kind === 'full_coverage' ? 100 : null,
    upper: null,
    unit: kind === 'full_coverage' ? '%' : null,
    direction: null,
    change: null,
    year: null,
    normalized: null,
    source: near?.source ?? { line: 1, column: 1, start: 0, end: 0, quote: '-' },
    status: 'added',
    rule: 'review',
    confidence: 1,
  };
}

/**
 * The base target with the entry's fields over it. The catalogue id is the reviewer's when given,
 * else recomputed from a changed indicator text; the normalized value follows it.
 */
function withFields(base: Target, e: ReviewEntry, source: Target['source'], id: string, status: Target['status'], rule: string): Target {
  const t = withTextFields(base, e, source, id, status, rule);
  if (e.indicator_id === undefined || e.indicator_id === t.indicator.id) return t;
  return { ...t, indicator: { text: t.indicator.text, id: e.indicator_id }, normalized: normalizeValue(e.indicator_id, t.value, t.unit) };
}

function withTextFields(base: Target, e: ReviewEntry, source: Target['source'], id: string, status: Target['status'], rule: string): Target {
  const pick = <K extends 'verb' | 'comparator' | 'value' | 'upper' | 'unit' | 'direction' | 'change' | 'year'>(k: K) =>
    (e[k] !== undefined ? e[k] : base[k]) as Target[K];
  const ex: Extracted = {
    kind: e.kind ?? base.kind,
    part: e.part ?? base.part,
    domain: e.domain ?? base.domain,
    section: e.section ?? base.section,
    indicator: e.indicator !== undefined ? { text: stripSpace(e.indicator), id: null } : base.indicator,
    verb: pick('verb'),
    comparator: pick('comparator'),
    value: pick('value'),
    upper: pick('upper'),
    unit: pick('unit'),
    direction: pick('direction'),
    change: pick('change'),
    year: pick('year'),
    source,
    rule,
    ...(base.attribute ? { attribute: base.attribute } : {}),
  };
  return toTarget(ex, id, status);
}
