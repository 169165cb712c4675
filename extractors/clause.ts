// Clauses of the cleaned stream (split at ，。；： and breaks) and what the clause readers return.
const IS_CLAUSE_END = new Uint8Array(65536);
for (const c of '，,。；;！？!?\n：') IS_CLAUSE_END[c.charCodeAt(0)] = 1;

export interface Clause {
  a: number;
  b: number;
}

/** A target found in a clause: indicator [ia, ib), whole phrase [pa, pb). */
export interface Found {
  ia: number;
  ib: number;
  pa: number;
  pb: number;
  verb: string | null;
  rule: string;
}

/** A clause with the union of the flags of its characters. */
export interface CuedClause extends Clause {
  cues: number;
}

/** Clauses as flat triples a, b, cues (CLAUSE_FIELDS a clause): objects are made only for those a reader takes up. */
export const CLAUSE_FIELDS = 3;

export interface StreamScan {
  /** the clauses of the stream in order (the non-empty runs between clause ends), CLAUSE_FIELDS numbers each */
  clauses: Int32Array;
  /** positions of the characters whose flags have a bit of `mark`, in order */
  marked: Int32Array;
}

/** scratch for the marked positions and the clauses, reused across calls (each worker thread has its own) */
let scratchMarks = new Int32Array(1024);
let scratchClauses = new Int32Array(3 * 1024);

/**
 * One pass over the stream for all the readers: its clauses with the union of the flags `flags`
 * gives their characters, and where a character flagged `mark` stands.
 */
export function scanStream(s: string, flags: Uint8Array, mark: number): StreamScan {
  let clauses = scratchClauses;
  let marks = scratchMarks;
  let k = 0;
  let q = 0;
  let a = 0;
  let union = 0;
  const n = s.length;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (IS_CLAUSE_END[c]) {
      if (i > a) {
        clauses = putClause(clauses, q, a, i, union);
        q += CLAUSE_FIELDS;
      }
      a = i + 1;
      union = 0;
      continue;
    }
    const f = flags[c]!;
    if (f === 0) continue;
    union |= f;
    if (f & mark) {
      if (k === marks.length) marks = scratchMarks = grown(marks);
      marks[k++] = i;
    }
  }
  if (n > a) {
    clauses = putClause(clauses, q, a, n, union);
    q += CLAUSE_FIELDS;
  }
  return { clauses: clauses.slice(0, q), marked: marks.slice(0, k) };
}

/** Writes clause a..b at `q`, growing the scratch when full; returns the array written to. */
function putClause(clauses: Int32Array<ArrayBuffer>, q: number, a: number, b: number, union: number): Int32Array<ArrayBuffer> {
  if (q === clauses.length) clauses = scratchClauses = grown(clauses);
  clauses[q] = a;
  clauses[q + 1] = b;
  clauses[q + 2] = union;
  return clauses;
}

function grown(a: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const g = new Int32Array(2 * a.length);
  g.set(a);
  return g;
}

/** Clause `k` (0-based) of a scan's clauses, as an object. */
export function clauseAt(clauses: Int32Array, k: number): CuedClause {
  const i = k * CLAUSE_FIELDS;
  return { a: clauses[i]!, b: clauses[i + 1]!, cues: clauses[i + 2]! };
}

/** The clause right before `c` in the same sentence (joined by a comma), or null. */
export function commaBefore(s: string, c: Clause, before: Clause | null): Clause | null {
  return before && before.b === c.a - 1 && (s[before.b] === '，' || s[before.b] === ',') ? before : null;
}
