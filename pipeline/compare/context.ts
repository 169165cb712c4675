// A cell's source in context: the quoted lines ± a few, the quote and the value marked.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { LineIndex } from '../../model/text.ts';
import type { SourceRef, StoredDoc } from './types.ts';

/** One piece of a line: text, and whether it is inside the quote (q) and the value (v). */
export type Segment = [text: string, quote: 0 | 1, value: 0 | 1];

export interface SourceContext {
  file: string;
  line: number;
  quote: string;
  lines: { n: number; segs: Segment[] }[];
  /** why there are no lines, when there are none */
  note?: string;
}

export const CONTEXT_LINES = 3;

/**
 * The text the extractor read: `<out>/<name>.text.txt` for derived text, else the input
 * file itself, provided its bytes are still those the store saw.
 */
export function loadText(doc: StoredDoc, out: string): { text: string } | { note: string } {
  const derived = join(out, `${doc.name}.text.txt`);
  if (existsSync(derived)) return { text: readFileSync(derived, 'utf8') };
  // PDF, Word and HTML are always read through a derived text
  if (doc.format !== null && doc.format !== 'text' && doc.format !== 'markdown') return { note: `${derived} is missing` };
  const p = resolve(doc.source ?? doc.path);
  if (!existsSync(p)) return { note: `${doc.path} is not there any more` };
  const data = readFileSync(p);
  if (doc.sha256 && createHash('sha256').update(data).digest('hex') !== doc.sha256) {
    return { note: `${doc.path} changed since the run: run again to see its lines` };
  }
  const text = data.toString('utf8');
  // a file in another encoding had a derived text, which is not in this folder
  if (text.includes('\ufffd')) return { note: `${derived} is missing` };
  return { text };
}

const VALUE_RE = /^(?:[0-9０-９]+(?:[.．][0-9０-９]+)?|[零〇一二两三四五六七八九十百千万]+)/;

export function contextOf(text: string, index: LineIndex, src: SourceRef, numeric: boolean, around = CONTEXT_LINES): SourceContext {
  const base = { file: src.file, line: src.line, quote: src.quote };
  if (src.end > text.length || src.line > index.lineCount) return { ...base, lines: [], note: 'the quote is past the end of the text' };
  const qs = src.start;
  const qe = src.end;
  let vs = -1;
  let ve = -1;
  if (numeric) {
    vs = index.starts[src.line - 1]! + src.column - 1;
    const m = VALUE_RE.exec(text.slice(vs, vs + 40));
    ve = m ? vs + m[0].length : -1;
    if (!m) vs = -1;
  }
  const first = Math.max(1, Math.min(index.lineOf(qs), src.line) - around);
  const last = Math.min(index.lineCount, Math.max(index.lineOf(Math.max(qs, qe - 1)), src.line) + around);
  const lines: SourceContext['lines'] = [];
  for (let n = first; n <= last; n++) {
    const s = index.starts[n - 1]!;
    const e = s + index.line(n).length;
    const cuts = [...new Set([s, e, qs, qe, vs, ve].filter((x) => x >= s && x <= e))].sort((a, b) => a - b);
    const segs: Segment[] = [];
    for (let i = 0; i + 1 < cuts.length; i++) {
      const a = cuts[i]!;
      const b = cuts[i + 1]!;
      segs.push([text.slice(a, b), a >= qs && b <= qe ? 1 : 0, vs >= 0 && a >= vs && b <= ve ? 1 : 0]);
    }
    lines.push({ n, segs });
  }
  return { ...base, lines };
}

/** Caches each document's text and line index while the contexts of a table are built. */
export class ContextReader {
  private cache = new Map<string, { text: string; index: LineIndex } | { note: string }>();
  constructor(
    private readonly docs: Map<string, StoredDoc>,
    private readonly out: string,
  ) {}

  /** A document's text and line index, or why there is none. */
  text(path: string): { text: string; index: LineIndex } | { note: string } {
    let entry = this.cache.get(path);
    if (!entry) {
      const doc = this.docs.get(path);
      const loaded = doc ? loadText(doc, this.out) : { note: `${path} is not in the store` };
      entry = 'text' in loaded ? { text: loaded.text, index: new LineIndex(loaded.text) } : loaded;
      this.cache.set(path, entry);
    }
    return entry;
  }

  get(src: SourceRef, numeric: boolean): SourceContext {
    const entry = this.text(src.doc);
    if ('note' in entry) return { file: src.file, line: src.line, quote: src.quote, lines: [], note: entry.note };
    return contextOf(entry.text, entry.index, src, numeric);
  }
}
