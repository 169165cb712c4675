// Entry point of target extraction: numeric targets, baselines, full coverage and qualitative targets.
import type { DocStructure, Extracted } from '../model/schema.ts';
import { makeDoc } from './doc.ts';
import { scanStream } from './clause.ts';
import { CUE_FLAGS, extractClauses } from './clauses.ts';
import { extractNumeric } from './numeric.ts';
import { NUM_FIRST } from './values.ts';
import { extractTables, outsideTables } from './tables.ts';
import { asAchievements } from './genre.ts';
import { toSimplified } from './script.ts';
import { stripSpace } from '../model/text.ts';

/** how far (in characters of the text) a numeric target may stand from a direction-only statement it subsumes */
const SUBSUME_REACH = 120;
/** 水平 closing a numeric target's indicator (居民心理健康素养水平 measures the 心理健康素养 of a lead-in) */
const LEVEL_NOUN_END = /水平$/;

/**
 * 提升妇女健康素养。妇女健康素养水平提高到27％: a direction-only statement next to a numeric
 * target of the same indicator (up to a two-character group or 水平) is that target's lead-in.
 */
function dropSubsumed(records: Extracted[], numeric: Extracted[]): Extracted[] {
  // by start, with the longest span: a statement looks only at the targets within its reach, not at all of them
  const targets = numeric.filter((n) => n.kind === 'numeric').sort((a, b) => a.source.start - b.source.start);
  let longest = 0;
  for (const n of targets) longest = Math.max(longest, n.source.end - n.source.start);
  return records.filter((q) => {
    if (q.kind !== 'qualitative') return true;
    const qi = q.indicator.text;
    // targets starting by q's end + reach, back to those that could still end within reach of its start
    const from = q.source.start - SUBSUME_REACH - longest;
    for (let k = startsUpTo(targets, q.source.end + SUBSUME_REACH) - 1; k >= 0 && targets[k]!.source.start >= from; k--) {
      const n = targets[k]!;
      const ni = n.indicator.text.replace(LEVEL_NOUN_END, '');
      if (n.source.end >= q.source.start - SUBSUME_REACH && Math.abs(ni.length - qi.length) <= 2 && (ni.includes(qi) || qi.includes(ni))) return false;
    }
    return true;
  });
}

/** How many of `sorted` (by start) start at or before `limit`. */
function startsUpTo(sorted: Extracted[], limit: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.source.start <= limit) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const KIND_ORDER = ['numeric', 'full_coverage', 'qualitative', 'baseline'];

/** One scan of the stream serves both readers: the clause readers' flags, and a bit where a number may start. */
const NUMBER = 0x80;
const STREAM_FLAGS = new Uint8Array(CUE_FLAGS);
for (let c = 0; c < 65536; c++) if (NUM_FIRST[c]) STREAM_FLAGS[c]! |= NUMBER;
if (CUE_FLAGS.some((f) => (f & NUMBER) !== 0)) throw new Error('clause flags overlap the number bit');

/** scratch for the positions of used values, reused across calls (each worker thread has its own); large ones are not kept */
let scratchValueAt = new Uint8Array(0);
const KEEP_VALUE_AT = 1 << 20;

/** A zeroed array of `size` flags: a view of the scratch, which is not used again before the caller is done. */
function zeroedFlags(size: number): Uint8Array {
  if (size > KEEP_VALUE_AT) return new Uint8Array(size);
  if (scratchValueAt.length < size) scratchValueAt = new Uint8Array(Math.min(KEEP_VALUE_AT, Math.max(size, 2 * scratchValueAt.length)));
  scratchValueAt.fill(0, 0, size);
  return scratchValueAt.subarray(0, size);
}

export function extractTargets(original: string, structure: DocStructure): Extracted[] {
  if (typeof original !== 'string' || original.length === 0) return [];
  // traditional characters are matched as simplified: same length, so offsets and lines hold; quotes are the original's
  const text = toSimplified(original);
  const out = extractFrom(text, structure, original);
  if (text !== original) for (const r of out) r.source.quote = stripSpace(original.slice(r.source.start, r.source.end));
  return out;
}

/** Reads `text`; indicators and quotes are sliced from `original` (the same length). */
function extractFrom(text: string, structure: DocStructure, original: string): Extracted[] {
  const doc = makeDoc(original, structure, text);
  const valueAt = zeroedFlags(doc.clean.s.length + 1);
  const scan = scanStream(doc.clean.s, STREAM_FLAGS, NUMBER);
  const numeric = extractNumeric(doc, valueAt, scan.marked);
  let out = [...numeric, ...dropSubsumed(extractClauses(doc, valueAt, scan.clauses), numeric)];
  // indicator tables: their rows are read by column, not as sentences
  const tables = extractTables(text, doc.index, structure, original);
  if (tables.ranges.length > 0 || tables.labels.size > 0) out = [...outsideTables(out, tables), ...tables.records];
  if (structure.genre === 'monitoring_report') out = asAchievements(out, text, structure);
  goalsAsTargets(out, structure);
  out.sort(
    (a, b) =>
      a.source.start - b.source.start ||
      KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
      a.source.line - b.source.line ||
      a.source.column - b.source.column ||
      a.indicator.text.localeCompare(b.indicator.text),
  );
  return out;
}

/**
 * A plan with no domains whose 总体目标 states its targets (二、总体目标 到2025年，…达到85%): its records there are of
 * its main targets, outside any domain. Plans with domains keep 总体目标 for the general goals before them.
 */
function goalsAsTargets(out: Extracted[], structure: DocStructure): void {
  let any = false;
  for (const r of out) if (r.section === '总体目标') any = true;
  if (!any) return;
  const withDomains = new Set<number>();
  for (const c of structure.lines) if (c.plan !== null && c.domain !== 'other' && c.domain !== '总体目标') withDomains.add(c.plan);
  for (const r of out) {
    if (r.section !== '总体目标') continue;
    const plan = structure.lines[r.source.line - 1]?.plan ?? null;
    if (plan === null || withDomains.has(plan)) continue;
    r.section = '主要目标';
    r.domain = 'other';
  }
}
