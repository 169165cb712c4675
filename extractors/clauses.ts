// Qualitative and full-coverage targets: both read one clause at a time.
import { qualitativePrefix, qualitativePrefixBorrowed } from './phrasings/qualitative.ts';
import type { Extracted } from '../model/schema.ts';
import { CLAUSE_FIELDS, clauseAt, commaBefore, scanStream, type Clause } from './clause.ts';
import { IDIOM_CHARS, coverage } from './coverage.ts';
import { contextCursor, makeRecord, originalText, planPeriod, type Doc } from './doc.ts';
import { asWritten, resolveList } from './indicator.ts';
import { borrowedObject, qualitative, type Qual } from './qualitative.ts';
import { leadYear } from './lead-year.ts';
import { AGGREGATE_LEAD, LEAD_FIGURE, LEAD_MARK, LEAD_OPEN, NUMBERED_LEAD_MARK } from '../rules/qualitative.ts';

const MAX_CLAUSE = 120;
/** a clause without any of these characters holds no coverage idiom and no direction word */
const CUES = '提升增扩降缩减控稳适均保覆尽普少低长加趋遏';
/** flags by UTF-16 code, found while splitting clauses: a cue, a character of a coverage idiom */
const CUE = 1;
const IDIOM = 2;
export const CUE_FLAGS = new Uint8Array(65536);
for (const c of CUES) CUE_FLAGS[c.charCodeAt(0)] = CUE;
for (let c = 0; c < 65536; c++) if (IDIOM_CHARS[c]) CUE_FLAGS[c]! |= IDIOM;

/** `valueAt`: 1 where a value was used (extractNumeric); `clauses`: those of a scanStream with CUE_FLAGS (other bits aside), when the caller has scanned the stream already */
export function extractClauses(doc: Doc, valueAt: Uint8Array, clauses: Int32Array = scanStream(doc.clean.s, CUE_FLAGS, 0).clauses): Extracted[] {
  const s = doc.clean.s;
  const out: Extracted[] = [];
  const contextAt = contextCursor(doc);
  // the first used value at or after the clause: clauses come in order, so it is looked for again
  // only once a clause starts past it (not by reading every clause's flags)
  let nextValue = -1;
  // most clauses are passed over on their numbers alone: objects only for the others (and the clause before)
  for (let k = 0, i = 0; i < clauses.length; k++, i += CLAUSE_FIELDS) {
    const ca = clauses[i]!;
    const cb = clauses[i + 1]!;
    if (cb - ca > MAX_CLAUSE || cb - ca < 3) continue;
    if (!(clauses[i + 2]! & CUE)) continue;
    if (nextValue < ca) {
      nextValue = valueAt.indexOf(1, ca);
      if (nextValue === -1) nextValue = valueAt.length;
    }
    if (nextValue < cb) continue;
    const ctx = contextAt(ca);
    if (ctx.section === '发展现状') continue;
    // only a coverage idiom is read outside the lists of main targets
    if (!(clauses[i + 2]! & IDIOM) && ctx.section !== '主要目标') continue;
    const c = clauseAt(clauses, k);
    const before = k > 0 ? clauseAt(clauses, k - 1) : null;
    const period = planPeriod(doc, ctx.plan);
    const cov = c.cues & IDIOM ? coverage(doc, c, before) : null;
    if (cov) {
      const year = clauseYear(s, c, period);
      out.push(
        makeRecord(doc, {
          kind: 'full_coverage',
          indicator: originalText(doc, cov.ia, cov.ib),
          verb: cov.verb,
          comparator: null,
          value: 100,
          unit: '%',
          direction: null,
          year,
          span: { a: Math.min(cov.ia, cov.pa), b: Math.max(cov.ib, cov.pb) },
          anchor: cov.ia,
          rule: cov.rule,
        }),
      );
      continue;
    }
    if (ctx.section !== '主要目标') continue;
    if (isLeadPhrase(doc, c)) continue;
    const quals = qualitative(s, c);
    // the year is looked for only in a clause that holds a target
    const year = quals.length > 0 ? clauseYear(s, c, period) : null;
    for (const q of quals) {
      // 增加…等校外活动场所，提高利用率: a bare measured noun belongs to the object of the clause before
      const prevClause = commaBefore(s, c, before);
      if (q.rule === qualitativePrefix.meta.id && q.ib - q.ia <= 4 && prevClause) {
        const [pa, pb] = borrowedObject(s, prevClause);
        if (pb - pa >= 2) {
          const indicator = originalText(doc, pa, pb) + originalText(doc, q.ia, q.ib);
          const span = { a: prevClause.a, b: q.pb };
          out.push(qualitativeRecord(doc, q, indicator, year, span, prevClause.a, qualitativePrefixBorrowed.meta.id));
          continue;
        }
      }
      const text = originalText(doc, q.ia, q.ib) + q.suffix;
      const clean = s.slice(q.ia, q.ib) + q.suffix;
      // no array for the usual single name: arrays of two origins (map, literal) made the loop polymorphic
      const names = resolveList(clean, 0);
      if (names === null) out.push(qualitativeRecord(doc, q, text, year));
      else for (let k = 0; k < names.length; k++) out.push(qualitativeRecord(doc, q, asWritten(names[k]!, clean, text), year));
    }
  }
  return out;
}

function qualitativeRecord(
  doc: Doc,
  q: Qual,
  indicator: string,
  year: number | null,
  span = { a: Math.min(q.ia, q.pa), b: Math.max(q.ib, q.pb) },
  anchor = q.ia,
  rule = q.rule,
): Extracted {
  return makeRecord(doc, { kind: 'qualitative', indicator, verb: q.verb, comparator: null, value: null, unit: null, direction: q.direction, year, span, anchor, rule });
}

/** A list item's lead phrase (——就业规模稳步扩大。 and figures after it on the line): it heads them, no target itself. */
function isLeadPhrase(doc: Doc, c: Clause): boolean {
  const s = doc.clean.s;
  if (s[c.b] !== '。') return false;
  // the item's mark may open the clause itself (——就业规模…)
  const own = LEAD_OPEN.exec(s.slice(c.a, c.a + 6));
  const a = doc.clean.map[c.a + (own ? own[0].length : 0)] ?? 0;
  const b = doc.clean.map[c.b] ?? 0;
  const line = doc.index.lineOf(a);
  const start = doc.index.starts[line - 1]!;
  const mark = doc.text.slice(start, a);
  if (!LEAD_MARK.test(mark) && !(NUMBERED_LEAD_MARK.test(mark) && AGGREGATE_LEAD.test(s.slice(c.a, c.b)))) return false;
  const end = doc.text.indexOf('\n', b);
  return LEAD_FIGURE.test(doc.text.slice(b + 1, end === -1 ? doc.text.length : end));
}

/** The year a clause's target is for: its own 到2025年, else the end of the plan's period. */
function clauseYear(s: string, c: Clause, period: [number, number] | null): number | null {
  const own = explicitYear(s, c.a, c.b);
  if (own !== null) return own;
  const lead = leadYear(s, c.a);
  return lead !== null && (!period || (lead >= period[0] && lead <= period[1])) ? lead : period ? period[1] : null;
}

function explicitYear(s: string, a: number, b: number): number | null {
  const m = /(?:到|至)(20\d\d)年/.exec(s.slice(Math.max(0, a - 12), b));
  return m ? Number(m[1]) : null;
}

