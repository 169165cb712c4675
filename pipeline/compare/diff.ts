// `diff A B`: per indicator, which of two jurisdictions commits to more, with both quotes.
import { InputError } from '../errors.ts';
import { groupRows, partTitle } from './markdown.ts';
import { buildColumns, buildTable, pickColumns, type TableInput } from './table.ts';
import { INCOMPARABLE_TEXT, markedText, verdictOf, whyIncomparable } from './values.ts';
import type { Cell, CompareOptions } from './types.ts';

export type DiffOutcome = 'same' | 'a_stricter' | 'b_stricter' | 'only_a' | 'only_b' | 'not_comparable';

export const OUTCOME_TEXT: Record<DiffOutcome, string> = {
  same: 'same',
  a_stricter: 'A stricter',
  b_stricter: 'B stricter',
  only_a: 'only in A',
  only_b: 'only in B',
  not_comparable: 'not comparable',
};

export interface DiffSide {
  /** the value with its year: `≤12/10万 (2025)` */
  text: string;
  year: number | null;
  file: string;
  line: number;
  quote: string;
}

export interface DiffRow {
  id: string;
  name: string;
  part: string;
  domain: string;
  outcome: DiffOutcome;
  /** why not comparable: different years, a change and a level, … */
  why: string | null;
  a: DiffSide | null;
  b: DiffSide | null;
}

export interface DiffResult {
  a: string;
  b: string;
  rows: DiffRow[];
  counts: Record<DiffOutcome, number>;
}

function side(c: Cell | null): DiffSide | null {
  return c ? { text: markedText(c.text, c.reviewed), year: c.year, file: c.source.file, line: c.source.line, quote: c.source.quote } : null;
}

/** One column for a name: a jurisdiction with plans for several periods must be named by its label. */
function one(input: TableInput, name: string, what: string, year?: number): string {
  const cols = buildColumns(input.docs).columns.filter((c) => year === undefined || (c.period && c.period[0] <= year && year <= c.period[1]));
  if (year !== undefined && cols.length === 0) throw new InputError('--year', `no plan in the store covers ${year}`);
  const found = pickColumns(cols, [name], what);
  if (found.length > 1) throw new InputError(what, `"${name}" has plans for several periods; name one of: ${found.map((c) => c.label).join(', ')}`);
  return found[0]!.label;
}

export function diffJurisdictions(input: TableInput, a: string, b: string, opts: Pick<CompareOptions, 'year'> = {}): DiffResult {
  const la = one(input, a, 'A', opts.year);
  const lb = one(input, b, 'B', opts.year);
  if (la === lb) throw new InputError('diff', `A and B are the same plan: ${la}`);
  const table = buildTable(input, { jurisdictions: [la, lb], year: opts.year, matchYears: true });
  const rows: DiffRow[] = [];
  for (const r of table.rows) {
    const [ca, cb] = [r.cells[0] ?? null, r.cells[1] ?? null];
    if (!ca && !cb) continue;
    let outcome: DiffOutcome;
    let why: string | null = null;
    if (!cb) outcome = 'only_a';
    else if (!ca) outcome = 'only_b';
    else {
      const v = verdictOf(ca, cb, r.better);
      outcome = v === 'equal' ? 'same' : v === 'stricter' ? 'a_stricter' : v === 'looser' ? 'b_stricter' : 'not_comparable';
      const w = whyIncomparable(ca, cb, r.better);
      if (w) why = w === 'year' ? `${INCOMPARABLE_TEXT.year} (${ca.year ?? '?'}, ${cb.year ?? '?'})` : INCOMPARABLE_TEXT[w];
    }
    rows.push({ id: r.id, name: r.name, part: r.part, domain: r.domain, outcome, why, a: side(ca), b: side(cb) });
  }
  const counts = Object.fromEntries(Object.keys(OUTCOME_TEXT).map((k) => [k, 0])) as Record<DiffOutcome, number>;
  for (const r of rows) counts[r.outcome]++;
  return { a: la, b: lb, rows, counts };
}

export function formatDiff(d: DiffResult): string {
  const out: string[] = [`A = ${d.a}, B = ${d.b}`];
  out.push(
    (Object.keys(OUTCOME_TEXT) as DiffOutcome[])
      .filter((k) => d.counts[k] > 0 || k !== 'not_comparable')
      .map((k) => `${d.counts[k]} ${OUTCOME_TEXT[k]}`)
      .join(', '),
  );
  for (const g of groupRows(d.rows)) {
    out.push('', `${partTitle(g.part)} · ${g.domain}`);
    for (const r of g.rows) {
      out.push(`  ${r.name}: ${OUTCOME_TEXT[r.outcome]}${r.why ? ` (${r.why})` : ''}`);
      for (const [k, s] of [['A', r.a], ['B', r.b]] as const) {
        if (s) out.push(`    ${k} ${s.text}  ${s.file}:${s.line}  ${s.quote}`);
      }
    }
  }
  return out.join('\n') + '\n';
}
