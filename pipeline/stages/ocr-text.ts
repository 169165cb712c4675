// OCR words → the text the extractor reads, each character keeping where it came from (page, box
// on the page image, Tesseract's confidence), through the cleanup rules of rules/ocr.ts. Running
// headers, footers and page numbers are dropped.
import { EDGE_LINES, OCR_RULES, PAGE_NUMBER_LINE, REPEATED_LINE_MIN_PAGES, type OcrRule } from '../../rules/ocr.ts';
import type { OcrPage, OcrWord } from './ocr.ts';

/** Where one character of OCR text came from. */
export interface Prov {
  /** 1-based page */
  page: number;
  /** [left, top, right, bottom] in pixels of the page image */
  box: [number, number, number, number];
  /** Tesseract's confidence of the word, 0–100 */
  conf: number;
  /** the OCR word (unique in the document) */
  word: number;
  /** the lowest cap of a guessing cleanup rule that changed the character */
  guess?: number;
}

/** Text with a provenance per UTF-16 unit (null where it came from a text layer or a line break). */
export interface OcrText {
  text: string;
  prov: (Prov | null)[];
}

const LATIN = /[A-Za-z]/;
/** A gap between two words of a line wider than this many line heights is kept as a space. */
const COLUMN_GAP = 1.2;
/** …and, with a mark read into it, wider than this many (a real mark takes about one). */
const MARKED_GAP = 1.6;
/** half-width characters take about half the width of a Chinese one on the page */
const weight = (c: string) => (c.charCodeAt(0) < 0x2e80 ? 0.55 : 1);

let wordCounter = 0;

/** Marks Tesseract reads into an empty stretch of a line (a table's column gap): “ ” ， , ' " */
const GAP_MARK = /^[“”"'，,、]{1,2}$/;

/** One OCR line as characters: words joined (a space only between two Latin words, or at a column's gap), boxes split by character widths. */
function lineText(words: OcrWord[], page: number): OcrText {
  let text = '';
  const prov: (Prov | null)[] = [];
  let right: number | null = null;
  // the line's height: the median word's (Tesseract gives some words a box of a stroke or a speck)
  const heights = words.map((w) => w.box[3] - w.box[1]).sort((a, b) => a - b);
  const height = Math.max(1, heights[Math.floor(heights.length / 2)] ?? 1);
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const word = wordCounter++;
    // a mark alone in a gap wider than a character and a half (a real ， takes one) is the gap's
    if (GAP_MARK.test(w.text) && right !== null) {
      const next = words.slice(i + 1).find((x) => !GAP_MARK.test(x.text));
      if (next && next.box[0] - right > MARKED_GAP * height) continue;
    }
    // a gap wider than a character is a column's or a spaced word's: kept as one space (a table's
    // cells stay apart); narrower gaps are the spacing of print
    const wide = right !== null && w.box[0] - right > COLUMN_GAP * height;
    if (text && (wide || (LATIN.test(text[text.length - 1]!) && LATIN.test(w.text[0]!)))) {
      text += ' ';
      prov.push(null);
    }
    right = right === null ? w.box[2] : Math.max(right, w.box[2]);
    const chars = [...w.text];
    const total = chars.reduce((s, c) => s + weight(c), 0);
    const [l, t, r, b] = w.box;
    let x = 0;
    for (const c of chars) {
      const x0 = l + Math.round(((r - l) * x) / total);
      x += weight(c);
      const x1 = l + Math.round(((r - l) * x) / total);
      const p: Prov = { page, box: [x0, t, x1, b], conf: w.conf, word };
      text += c;
      for (let k = 0; k < c.length; k++) prov.push(p);
    }
  }
  return { text, prov };
}

/** A running header or footer compares equal across pages with its digits aside. */
const shape = (s: string) => s.replace(/\s+/g, '').replace(/[0-9０-９]+/g, '#');

/** Lines of each page with page numbers and running headers/footers taken out. */
export function bodyLines(pages: OcrPage[]): OcrText[][] {
  const lines = pages.map((p) => p.lines.map((words) => lineText(words, p.page)));
  const edge = (n: number, i: number) => i < EDGE_LINES || i >= n - EDGE_LINES;
  // how many pages show each line shape at their top or bottom
  const seen = new Map<string, number>();
  for (const page of lines) {
    const shapes = new Set(page.filter((_, i) => edge(page.length, i)).map((l) => shape(l.text)));
    for (const s of shapes) seen.set(s, (seen.get(s) ?? 0) + 1);
  }
  const repeated = (s: string) => (seen.get(s) ?? 0) >= Math.max(REPEATED_LINE_MIN_PAGES, Math.ceil(pages.length / 2));
  return lines.map((page) =>
    page.filter((l, i) => {
      if (l.text.trim() === '') return false;
      if (!edge(page.length, i)) return true;
      return !PAGE_NUMBER_LINE.test(l.text) && !(pages.length >= REPEATED_LINE_MIN_PAGES && repeated(shape(l.text)));
    }),
  );
}

/** The text of OCR'd pages (page after page, a line each), cleaned up, with provenance. */
export function ocrPagesText(pages: OcrPage[], rules: OcrRule[] = OCR_RULES): OcrText[] {
  return bodyLines(pages).map((lines) => cleanup(joinLines(lines), rules));
}

export function joinLines(lines: OcrText[]): OcrText {
  let text = '';
  const prov: (Prov | null)[] = [];
  lines.forEach((l, i) => {
    if (i > 0) {
      text += '\n';
      prov.push(null);
    }
    text += l.text;
    for (const p of l.prov) prov.push(p);
  });
  return { text, prov };
}

/** `$1`-style replacement of one match. */
function expand(replace: string, groups: (string | undefined)[]): string {
  return replace.replace(/\$(\d)/g, (_, d: string) => groups[Number(d) - 1] ?? '');
}

/** Applies the cleanup rules in order; replaced characters inherit the provenance of what they replace. */
export function cleanup(input: OcrText, rules: OcrRule[] = OCR_RULES): OcrText {
  let { text, prov } = input;
  for (const rule of rules) {
    const out: (Prov | null)[] = [];
    let last = 0;
    let changed = false;
    const next = text.replace(rule.pattern, (...args: unknown[]) => {
      const match = args[0] as string;
      // arguments: match, groups…, offset, whole string (no named groups in these rules)
      const at = args[args.length - 2] as number;
      const groups = args.slice(1, -2) as (string | undefined)[];
      const span = prov.slice(at, at + match.length);
      if (rule.sameWord) {
        const w = span[0]?.word;
        if (w === undefined || span.some((p) => p?.word !== w)) return match;
      }
      const repl = rule.keep ? match : rule.chars ? [...match].map((c) => rule.chars![c] ?? c).join('') : expand(rule.replace ?? '', groups);
      if (repl === match && !rule.keep) return match;
      changed = true;
      for (let k = last; k < at; k++) out.push(prov[k]!);
      out.push(...replacedProv(span, repl.length, rule.confidence));
      last = at + match.length;
      return repl;
    });
    if (!changed) continue;
    for (let k = last; k < prov.length; k++) out.push(prov[k]!);
    text = next;
    prov = out;
  }
  return { text, prov };
}

function replacedProv(span: (Prov | null)[], n: number, cap: number | undefined): (Prov | null)[] {
  const mark = (p: Prov | null): Prov | null => (p && cap !== undefined ? { ...p, guess: Math.min(p.guess ?? 1, cap) } : p);
  if (span.length === n) return span.map(mark);
  const known = span.filter((p): p is Prov => p !== null);
  if (known.length === 0 || n === 0) return new Array<Prov | null>(n).fill(null);
  const onPage = known.filter((p) => p.page === known[0]!.page);
  const merged: Prov = {
    page: onPage[0]!.page,
    box: [
      Math.min(...onPage.map((p) => p.box[0])),
      Math.min(...onPage.map((p) => p.box[1])),
      Math.max(...onPage.map((p) => p.box[2])),
      Math.max(...onPage.map((p) => p.box[3])),
    ],
    conf: Math.min(...known.map((p) => p.conf)),
    word: known[0]!.word,
    ...(known.some((p) => p.guess !== undefined) ? { guess: Math.min(...known.map((p) => p.guess ?? 1)) } : {}),
  };
  return new Array<Prov | null>(n).fill(mark(merged));
}

/** For rule examples: `|`-separated words as one OCR line (each word conf 90; `||` a column's gap), before cleanup. */
export function exampleLayer(input: string): OcrText {
  const lines = input.split('\n').map((line, y) => {
    let x = 0;
    const words: OcrWord[] = [];
    for (const w of line.split('|')) {
      if (w === '') {
        x += 100;
        continue;
      }
      words.push({ text: w, box: [x, y * 40, x + w.length * 30, y * 40 + 30], conf: 90 });
      x += w.length * 30 + 5;
    }
    return lineText(words, 1);
  });
  return joinLines(lines);
}

/** For rule examples: `|`-separated words as one OCR line (each word conf 90), cleaned up. */
export function cleanupExample(input: string, rules: OcrRule[] = OCR_RULES): string {
  return cleanup(exampleLayer(input), rules).text;
}
