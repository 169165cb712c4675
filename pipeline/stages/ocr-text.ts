// OCR words → the text the extractor reads, each character keeping where it came from (page, box
// on the page image, Tesseract's confidence), through the cleanup rules of rules/ocr.ts. Running
// headers, footers and page numbers are dropped.
import {
  COLUMN_GAP,
  CONTINUATION_INDENT,
  EDGE_LINES,
  EDGE_WINDOW,
  FULL_LINE_SLACK,
  EDGE_MARK,
  FULL_WIDTH_MARK,
  GAP_MARK,
  HALF_WIDTH_MARK,
  MARKED_GAP,
  NUMBERS_GAP,
  OCR_RULES,
  PAGE_NUMBER_LINE,
  PARAGRAPH_INDENT,
  POINT_AT_GAP_CONFIDENCE,
  REPEATED_LINE_MIN_PAGES,
  SIGN_NUMBER_GAP,
  type OcrRule,
} from '../../rules/ocr.ts';
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
/** half-width characters take about half the width of a Chinese one on the page */
const weight = (c: string) => (c.charCodeAt(0) < 0x2e80 ? 0.55 : 1);

let wordCounter = 0;

/** A part of an OCR word: its marks at either end are apart from the rest, as they may be specks of a gap. */
interface Piece {
  text: string;
  box: [number, number, number, number];
  conf: number;
  word: number;
  mark: boolean;
}

/**
 * A word cut into its leading marks, the rest and its trailing marks. Where the word's box is wider
 * than its characters take at this line height (`h`: a Chinese character about h wide, others half),
 * the marks took the extra (a speck of a gap read as a mark stretches the box over the gap); else the
 * box is shared by character widths.
 */
function pieces(w: OcrWord, word: number, h: number): Piece[] {
  const chars = [...w.text];
  let a = 0;
  while (a < chars.length && EDGE_MARK.test(chars[a]!)) a++;
  let b = chars.length;
  while (b > a && EDGE_MARK.test(chars[b - 1]!)) b--;
  // a word of marks only is one piece, a mark if it is one of those a gap shows
  if (a === b) return [{ text: w.text, box: w.box, conf: w.conf, word, mark: GAP_MARK.test(w.text) }];
  if (a === 0 && b === chars.length) return [{ text: w.text, box: w.box, conf: w.conf, word, mark: false }];
  const [l, t, r, bottom] = w.box;
  const sum = (from: number, to: number) => chars.slice(from, to).reduce((s, c) => s + weight(c), 0);
  const total = sum(0, chars.length);
  const core = sum(a, b);
  // where the rest starts and ends on the page
  let x0 = l + Math.round(((r - l) * sum(0, a)) / total);
  let x1 = l + Math.round(((r - l) * sum(0, b)) / total);
  if (r - l > total * h) {
    const width = Math.round(core * h);
    const lead = sum(0, a);
    const trail = sum(b, chars.length);
    x0 = trail === 0 ? r - width : lead === 0 ? l : Math.round(l + ((r - l - width) * lead) / (lead + trail));
    x1 = x0 + width;
  }
  const out: Piece[] = [];
  if (a > 0) out.push({ text: chars.slice(0, a).join(''), box: [l, t, x0, bottom], conf: w.conf, word, mark: true });
  out.push({ text: chars.slice(a, b).join(''), box: [x0, t, x1, bottom], conf: w.conf, word, mark: false });
  if (b < chars.length) out.push({ text: chars.slice(b).join(''), box: [x1, t, r, bottom], conf: w.conf, word, mark: true });
  return out;
}

/** A quote mark of the piece that closes one opened before it on the line, or opens one closed after it. */
function paired(parts: Piece[], i: number): boolean {
  const text = parts[i]!.text;
  if (text.includes('”')) {
    const before = parts.slice(0, i).map((p) => p.text).join('');
    if (before.lastIndexOf('“') > before.lastIndexOf('”')) return true;
  }
  if (text.includes('“')) {
    const after = parts.slice(i + 1).map((p) => p.text).join('');
    const close = after.indexOf('”');
    return close !== -1 && (after.indexOf('“') === -1 || close < after.indexOf('“'));
  }
  return false;
}

const DIGIT_END = /[0-9][%‰]?$|[%‰)）]$/;
const DIGIT_START = /^[<>≤≥＜＞]?[0-9]/;

interface Layout {
  parts: Piece[];
  height: number;
  /** column gaps with no mark in them */
  clean: number;
  /** column gaps, marks in them or not (wider than MARKED_GAP where a mark is in) */
  gaps: number;
}

/** Column gaps (marks in them or not) that make a line a table's row by themselves. */
const ROW_GAPS = 3;

/** A line's words as pieces, its height and its column gaps. */
function layout(words: OcrWord[]): Layout {
  // the line's height: a Chinese word's (digits are shorter), the lower quartile (Tesseract stretches
  // some words' boxes over a stroke or a speck above or below)
  const chinese = words.filter((w) => /[\u4e00-\u9fff]/.test(w.text));
  const heights = (chinese.length > 0 ? chinese : words).map((w) => w.box[3] - w.box[1]).sort((a, b) => a - b);
  const height = Math.max(1, heights[Math.floor(heights.length / 4)] ?? 1);
  const parts = words.flatMap((w) => pieces(w, wordCounter++, height));
  let clean = 0;
  let gaps = 0;
  let last: Piece | null = null;
  let marked = false;
  for (const p of parts) {
    if (p.mark) {
      marked = true;
      continue;
    }
    if (last) {
      const gap = p.box[0] - last.box[2];
      if (!marked && gap > COLUMN_GAP * height) clean++;
      if (gap > (marked ? MARKED_GAP : COLUMN_GAP) * height) gaps++;
    }
    last = p;
    marked = false;
  }
  return { parts, height, clean, gaps };
}

/**
 * A table's row: two column gaps or more with no mark in them, three column gaps with marks in them
 * or not, or a column gap next to a line of two clean ones (a header whose gaps Tesseract filled with
 * specks). Full-width marks in a gap are dropped only
 * there: in running text, ， 、 。 take a character and their gaps vary.
 */
function rows(lines: Layout[]): boolean[] {
  const clean = lines.map((l) => l.clean >= 2);
  return lines.map((l, i) => clean[i]! || l.gaps >= ROW_GAPS || (l.gaps >= 1 && (clean[i - 1] === true || clean[i + 1] === true)));
}

/**
 * One OCR line as characters: words joined without spaces, except across a column's gap (a space),
 * and between two numbers Tesseract read as words apart (a space: `66 70`, cells of a table row
 * printed close); marks (“ ” ， . …) Tesseract read into a column's gap are dropped; boxes are
 * split by character widths.
 */
function lineText({ parts, height }: Layout, page: number, row: boolean): OcrText {
  let text = '';
  const prov: (Prov | null)[] = [];
  // right edge of what was written last, of the last piece that is no mark, and whether marks were dropped since
  let right: number | null = null;
  let coreRight: number | null = null;
  let dropped = false;
  let guess: number | undefined;
  for (let i = 0; i < parts.length; i++) {
    const w = parts[i]!;
    const next = parts.slice(i + 1).find((x) => !x.mark);
    // a mark between two pieces a column's gap apart is the gap's (a real ， takes about one
    // character), unless, in running text, it is a quote mark with its pair on the line; in a
    // table's row, where cells hold no sentences, a mark in any column's gap but a 、 of a list
    // (between two Chinese characters a ， 。 … may end a sentence even in a row: judged as in running
    // text); a point after a digit of its word is the number's or a list number's, never dropped
    const between = (FULL_WIDTH_MARK.test(w.text) || HALF_WIDTH_MARK.test(w.text)) && /[\u4e00-\u9fff]$/.test(text) && next !== undefined && /^[\u4e00-\u9fff]/.test(next.text);
    const limit = row && !w.text.includes('、') && !between ? COLUMN_GAP : MARKED_GAP;
    const point = /^[.．]/.test(w.text) && i > 0 && parts[i - 1]!.word === w.word && /[0-9]$/.test(parts[i - 1]!.text);
    if (w.mark && !point && coreRight !== null && next && next.box[0] - coreRight > limit * height && (row || (!paired(parts, i) && !FULL_WIDTH_MARK.test(w.text) && !between))) {
      dropped = true;
      // a point before a number there may be the number's own (its first digits lost): flagged
      if (/[.．]/.test(w.text) && DIGIT_START.test(next.text)) guess = POINT_AT_GAP_CONFIDENCE;
      continue;
    }
    const from = dropped ? coreRight : right;
    const gap = from === null ? 0 : w.box[0] - from;
    const wide = from !== null && gap > COLUMN_GAP * height;
    // two numbers as words apart: Tesseract keeps a number's digits in one word
    const numbers = from !== null && DIGIT_START.test(w.text) && DIGIT_END.test(text) && gap > (/[0-9]$/.test(text) ? NUMBERS_GAP : SIGN_NUMBER_GAP) * height;
    if (text && (wide || numbers || (LATIN.test(text[text.length - 1]!) && LATIN.test(w.text[0]!)))) {
      text += ' ';
      prov.push(null);
    }
    dropped = false;
    right = right === null ? w.box[2] : Math.max(right, w.box[2]);
    if (!w.mark) coreRight = coreRight === null ? w.box[2] : Math.max(coreRight, w.box[2]);
    const chars = [...w.text];
    const total = chars.reduce((s, c) => s + weight(c), 0);
    const [l, t, r, b] = w.box;
    let x = 0;
    for (const c of chars) {
      const x0 = l + Math.round(((r - l) * x) / total);
      x += weight(c);
      const x1 = l + Math.round(((r - l) * x) / total);
      const p: Prov = { page, box: [x0, t, x1, b], conf: w.conf, word: w.word, ...(guess !== undefined ? { guess } : {}) };
      text += c;
      for (let k = 0; k < c.length; k++) prov.push(p);
    }
    guess = undefined;
  }
  return { text, prov };
}

/** A running header or footer compares equal across pages with its digits aside. */
const shape = (s: string) => s.replace(/\s+/g, '').replace(/[0-9０-９]+/g, '#');

/** Lines of each page with page numbers and running headers/footers taken out. */
export function bodyLines(pages: OcrPage[]): OcrText[][] {
  const lines = pages.map((p) => {
    const laid = p.lines.map(layout);
    const row = rows(laid);
    return laid.map((l, i) => lineText(l, p.page, row[i]!));
  });
  const edge = (n: number, i: number) => i < EDGE_LINES || i >= n - EDGE_LINES;
  // how many pages show each line shape at their top or bottom
  const seen = new Map<string, number>();
  for (const page of lines) {
    const shapes = new Set(page.filter((_, i) => edge(page.length, i)).map((l) => shape(l.text)));
    for (const s of shapes) seen.set(s, (seen.get(s) ?? 0) + 1);
  }
  const repeated = (s: string) => (seen.get(s) ?? 0) >= Math.max(REPEATED_LINE_MIN_PAGES, Math.ceil(pages.length / 2));
  return lines.map((page) =>
    paragraphStops(
      page.filter((l, i) => {
        if (l.text.trim() === '') return false;
        if (!edge(page.length, i)) return true;
        return !PAGE_NUMBER_LINE.test(l.text) && !(pages.length >= REPEATED_LINE_MIN_PAGES && repeated(shape(l.text)));
      }),
    ),
  );
}

/** A paragraph's last line that ends with no mark before it: what a lost full stop leaves. */
const OPEN_END = /[\u4e00-\u9fffA-Za-z0-9%‰]$/;

/**
 * A page's lines with a full stop put back at the end of a paragraph whose stop was lost: the next
 * line is indented (a paragraph starts), the line ends with no mark, and it is its paragraph's
 * continuation or a full line (a heading's short line ends with no mark, its paragraph one line).
 * A sentence runs on (no mark at all) only in a line of one paragraph: a title, a heading, a table.
 */
export function paragraphStops(lines: OcrText[]): OcrText[] {
  const edges = lines.map((l) => {
    const boxes = l.prov.filter((p): p is Prov => p !== null);
    return boxes.length ? { left: boxes[0]!.box[0], right: Math.max(...boxes.map((p) => p.box[2])) } : null;
  });
  const heights = lines
    .flatMap((l) => l.prov.filter((p, k): p is Prov => p !== null && /[\u4e00-\u9fff]/.test(l.text[k]!)))
    .map((p) => p.box[3] - p.box[1])
    .sort((a, b) => a - b);
  if (heights.length === 0) return lines;
  const h = heights[Math.floor(heights.length / 2)]!;
  return lines.map((l, i) => {
    const next = edges[i + 1];
    const own = edges[i];
    if (!next || !own || l.text.includes(' ') || lines[i + 1]!.text.includes(' ') || !OPEN_END.test(l.text)) return l;
    // a sentence mark in the paragraph so far: a title or heading has none
    let first = i;
    while (first > 0 && edges[first] && edges[first - 1] && !indented(first)) first--;
    if (!/[，。；：、,;:]/.test(lines.slice(first, i + 1).map((x) => x.text).join(''))) return l;
    // the next line starts a paragraph: indented, and words (a speck's line, even read 人, is no paragraph)
    if (!indented(i + 1) || !/(?:[\u4e00-\u9fff][^\u4e00-\u9fff]*){3}/.test(lines[i + 1]!.text)) return l;
    // a paragraph's continuation follows a full line (a table's cells, a line each, do not)
    const continuation = i > 0 && own.left - leftEdge(i) < CONTINUATION_INDENT * h && full(i - 1);
    if (!continuation && !full(i)) return l;
    return { text: l.text + '。', prov: [...l.prov, null] };
  });

  function around(i: number): { left: number; right: number }[] {
    // a table's row (cells a gap apart) may run past the text's edges: prose lines only
    const from = Math.max(0, i - EDGE_WINDOW);
    return edges.slice(from, i + EDGE_WINDOW + 1).filter((e, k): e is { left: number; right: number } => e !== null && !lines[from + k]!.text.includes(' '));
  }
  function leftEdge(i: number): number {
    return Math.min(...around(i).map((e) => e.left));
  }
  function rightEdge(i: number): number {
    return Math.max(...around(i).map((e) => e.right));
  }
  function full(i: number): boolean {
    const e = edges[i];
    // a line is laid out by characters: each half-width one (digits, %) leaves about half a character short
    const half = [...lines[i]!.text].filter((c) => c.charCodeAt(0) < 0x2e80).length;
    return e !== null && e !== undefined && e.right >= rightEdge(i) - (FULL_LINE_SLACK + half / 2) * h;
  }
  function indented(i: number): boolean {
    const e = edges[i];
    return e !== null && e !== undefined && e.left - leftEdge(i) >= PARAGRAPH_INDENT * h;
  }
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
      if (rule.line) {
        const from = text.lastIndexOf('\n', at - 1) + 1;
        const to = text.indexOf('\n', at);
        if (!rule.line.test(text.slice(from, to === -1 ? text.length : to))) return match;
      }
      if (rule.underConf !== undefined && !span.some((p) => p !== null && p.conf < rule.underConf!)) return match;
      if (rule.sameWord) {
        const w = span[0]?.word;
        if (w === undefined || span.some((p) => p?.word !== w)) return match;
      }
      const repl = rule.keep ? match : rule.fix ? rule.fix(match) : rule.chars ? [...match].map((c) => rule.chars![c] ?? c).join('') : expand(rule.replace ?? '', groups);
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

/**
 * For rule examples: `|`-separated words as one OCR line (each word conf 90, or NN where it ends `@NN`;
 * 30 px a Chinese character and 16 px another, 30 px high, 5 px apart; `||` a column's gap of 100 px,
 * `¦` a narrow gap of 12 px), before cleanup.
 */
export function exampleLayer(input: string): OcrText {
  const laid = input.split('\n').map((line, y) => {
    let x = 0;
    const words: OcrWord[] = [];
    for (const token of line.split(/(\|\||\||¦)/)) {
      if (token === '||' || token === '|' || token === '¦') {
        x += token === '||' ? 100 : token === '¦' ? 12 : 5;
        continue;
      }
      if (token === '') continue;
      const scored = /^(.+)@(\d{1,3})$/.exec(token);
      const text = scored ? scored[1]! : token;
      const width = Math.round([...text].reduce((n, c) => n + weight(c), 0) * 30);
      words.push({ text, box: [x, y * 40, x + width, y * 40 + 30], conf: scored ? Number(scored[2]) : 90 });
      x += width;
    }
    return layout(words);
  });
  const row = rows(laid);
  return joinLines(laid.map((l, i) => lineText(l, 1, row[i]!)));
}

/** For rule examples: `|`-separated words as one OCR line (each word conf 90), cleaned up. */
export function cleanupExample(input: string, rules: OcrRule[] = OCR_RULES): string {
  return cleanup(exampleLayer(input), rules).text;
}
