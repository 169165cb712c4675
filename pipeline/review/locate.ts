// Finding a quote (white space removed) in a text where line breaks and stray spaces split it.
import { LineIndex } from '../../model/text.ts';

const SPACE = /[\s\u3000\u00a0\ufeff]/;

/** A quote's place in the text: offsets and the lines it spans. */
export interface Occurrence {
  start: number;
  end: number;
  firstLine: number;
  lastLine: number;
}

/** How far a given line may sit outside the quote's lines and still be "its line". */
export const LINE_SLACK = 1;

export class QuoteFinder {
  readonly lines: LineIndex;
  private readonly stripped: string;
  /** offsets[i]: where stripped character i stands in the text */
  private readonly offsets: number[];

  constructor(readonly text: string) {
    this.lines = new LineIndex(text);
    let s = '';
    const offsets: number[] = [];
    for (let i = 0; i < text.length; i++) {
      const ch = text[i]!;
      if (SPACE.test(ch)) continue;
      s += ch;
      offsets.push(i);
    }
    this.stripped = s;
    this.offsets = offsets;
  }

  /** Every place the quote stands, in text order. */
  occurrences(quote: string): Occurrence[] {
    const q = quote.replace(/[\s\u3000\u00a0\ufeff]+/g, '');
    const out: Occurrence[] = [];
    if (!q) return out;
    for (let i = this.stripped.indexOf(q); i !== -1; i = this.stripped.indexOf(q, i + 1)) {
      const start = this.offsets[i]!;
      const end = this.offsets[i + q.length - 1]! + 1;
      out.push({ start, end, firstLine: this.lines.lineOf(start), lastLine: this.lines.lineOf(end - 1) });
    }
    return out;
  }

  /** The occurrence that stands at a line (within LINE_SLACK), or undefined. */
  atLine(quote: string, line: number): Occurrence | undefined {
    return this.occurrences(quote).find((o) => o.firstLine - LINE_SLACK <= line && line <= o.lastLine + LINE_SLACK);
  }

  /** The occurrence nearest to a line, or undefined when the quote is nowhere. */
  nearest(quote: string, line: number): Occurrence | undefined {
    let best: Occurrence | undefined;
    let bestD = Infinity;
    for (const o of this.occurrences(quote)) {
      const d = line < o.firstLine ? o.firstLine - line : line > o.lastLine ? line - o.lastLine : 0;
      if (d < bestD) (best = o), (bestD = d);
    }
    return best;
  }

  /** Source fields for a target at `line` inside an occurrence. */
  sourceOf(o: Occurrence, line: number, quote: string): { line: number; column: number; start: number; end: number; quote: string } {
    const l = Math.min(Math.max(line, o.firstLine), o.lastLine);
    let at = Math.max(o.start, this.lines.starts[l - 1]!);
    while (at < o.end && SPACE.test(this.text[at]!)) at++;
    const pos = this.lines.position(at);
    return { line: pos.line, column: pos.column, start: o.start, end: o.end, quote: quote.replace(/[\s\u3000\u00a0\ufeff]+/g, '') };
  }
}
