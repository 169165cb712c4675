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

/** Clauses of the stream, in order (linear scan). */
export function clausesOf(s: string): Clause[] {
  const out: Clause[] = [];
  let a = 0;
  for (let i = 0; i <= s.length; i++) {
    if (i === s.length || IS_CLAUSE_END[s.charCodeAt(i)]) {
      if (i > a) out.push({ a, b: i });
      a = i + 1;
    }
  }
  return out;
}

/** The clause right before `c` in the same sentence (joined by a comma), or null. */
export function commaBefore(s: string, c: Clause, before: Clause | null): Clause | null {
  return before && before.b === c.a - 1 && (s[before.b] === '，' || s[before.b] === ',') ? before : null;
}
