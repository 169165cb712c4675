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

export interface StreamScan {
  /** the clauses of the stream in order: the non-empty runs between clause ends */
  clauses: CuedClause[];
  /** positions of the characters whose flags have a bit of `mark`, in order */
  marked: Int32Array;
}

/** scratch for the marked positions, reused across calls (each worker thread has its own) */
let scratchMarks = new Int32Array(1024);

/**
 * One pass over the stream for all the readers: its clauses with the union of the flags `flags`
 * gives their characters, and where a character flagged `mark` stands.
 */
export function scanStream(s: string, flags: Uint8Array, mark: number): StreamScan {
  const clauses: CuedClause[] = [];
  let marks = scratchMarks;
  let k = 0;
  let a = 0;
  let union = 0;
  const n = s.length;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (IS_CLAUSE_END[c]) {
      if (i > a) clauses.push({ a, b: i, cues: union });
      a = i + 1;
      union = 0;
      continue;
    }
    const f = flags[c]!;
    if (f === 0) continue;
    union |= f;
    if (f & mark) {
      if (k === marks.length) {
        const grown = new Int32Array(2 * marks.length);
        grown.set(marks);
        marks = scratchMarks = grown;
      }
      marks[k++] = i;
    }
  }
  if (n > a) clauses.push({ a, b: n, cues: union });
  return { clauses, marked: marks.slice(0, k) };
}

/** The clause right before `c` in the same sentence (joined by a comma), or null. */
export function commaBefore(s: string, c: Clause, before: Clause | null): Clause | null {
  return before && before.b === c.a - 1 && (s[before.b] === '，' || s[before.b] === ',') ? before : null;
}
