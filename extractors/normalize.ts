// A cleaned character stream of the document: no white space, no list markers or page numbers,
// half-width digits and signs, with a map back to the original offsets.
import { ARABIC_MARKER, HEADING_WORDS, MARKDOWN, OTHER_MARKER, PAGE_NUMBER, TOC_LINE } from '../rules/noise.ts';
import { FULL_WIDTH } from '../rules/numerals.ts';

/** Sentence boundary inserted in the stream (headings, list items, skipped lines). */
export const BREAK = '\n';

export interface Clean {
  /** normalized characters; BREAK marks a synthetic boundary */
  s: string;
  /** map[i] = offset in the original text of s[i] */
  map: Int32Array;
}

const SPACE = /[\s\u3000\u00a0\ufeff]/;
/** lookup tables by UTF-16 code: white space, full-width forms */
const IS_SPACE = new Uint8Array(65536);
for (let c = 0; c < 65536; c++) if (SPACE.test(String.fromCharCode(c))) IS_SPACE[c] = 1;
const FW_BY_CODE: (string | undefined)[] = new Array(65536);
for (const [k, v] of Object.entries(FULL_WIDTH)) FW_BY_CODE[k.charCodeAt(0)] = v;
const SENTENCE_END = /[。；;！？!?：:]$/;

const BREAK_CODE = BREAK.charCodeAt(0);
const UTF16 = new TextDecoder('utf-16le');

export function buildClean(text: string): Clean {
  const n = text.length;
  // every kept character maps to one of the text; breaks collapse, at most two per line
  const codes = new Uint16Array(2 * n + 16);
  const map = new Int32Array(2 * n + 16);
  let len = 0;
  let lastArabic = 0;
  let prevTail = '。';
  let lineStart = 0;
  const pushBreak = (at: number) => {
    if (len > 0 && codes[len - 1] !== BREAK_CODE) {
      codes[len] = BREAK_CODE;
      map[len++] = at;
    }
  };
  while (lineStart <= n) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = n;
    const line = text.slice(lineStart, lineEnd);
    const trimmed = line.trim();
    if (trimmed.length === 0) {
      lineStart = lineEnd + 1;
      continue;
    }
    // a page number may fall inside a sentence broken across pages: skip it without a break
    if (PAGE_NUMBER.test(trimmed)) {
      lineStart = lineEnd + 1;
      continue;
    }
    if (trimmed.length < 200 && TOC_LINE.test(trimmed)) {
      pushBreak(lineStart);
      lineStart = lineEnd + 1;
      continue;
    }
    let pos = lineStart + (line.length - line.trimStart().length);
    let rest = text.slice(pos, lineEnd);
    const md = MARKDOWN.exec(rest);
    if (md) {
      pos += md[0].length;
      rest = rest.slice(md[0].length);
    }
    let heading = HEADING_WORDS.test(rest);
    const am = ARABIC_MARKER.exec(rest);
    if (am) {
      const num = Number(am[1]!.replace(/[０-９]/g, (c) => String(c.charCodeAt(0) - 0xff10)));
      const beforeDigit = /^[\d０-９]/.test(rest.slice(am[0].length));
      // `5. 3‰` after `…降至3.2‰、` is the tail of a broken number, not item 5
      const after = rest.slice(am[0].length);
      // …分别降至 / 3.0‰、4.0‰: a decimal rate right after an open sentence is a number, even if it looks like the next item
      const continues =
        !SENTENCE_END.test(prevTail) &&
        (num !== lastArabic + 1 || /[至到在为达于]$/.test(prevTail) || /^[\d０-９]+\s*([%‰％]|[／/]\s*10)/.test(after));
      if (!(beforeDigit && continues)) {
        lastArabic = num;
        pushBreak(pos);
        pos += am[0].length;
      }
    } else {
      const om = OTHER_MARKER.exec(rest);
      if (om) {
        pushBreak(pos);
        pos += om[0].length;
        if (rest.length < 40 && !/[。，]/.test(rest)) heading = true;
        // a new chapter or section restarts the item numbering
        lastArabic = 0;
      }
    }
    if (heading) {
      pushBreak(pos);
      lastArabic = 0;
    }
    for (let i = pos; i < lineEnd; i++) {
      const code = text.charCodeAt(i);
      if (IS_SPACE[code] || code === 0x2a || code === 0x60) continue; // white space, markdown * and `
      if (code === 0x7c) {
        // a markdown table cell border ends the clause
        pushBreak(i);
        continue;
      }
      let c = code;
      const fw = FW_BY_CODE[code];
      if (fw !== undefined) c = fw.charCodeAt(0);
      else if (code === 0xff1a || code === 0x3a) {
        // a ratio colon (2：3) stays inside the sentence
        const prev = len > 0 ? codes[len - 1]! : 0;
        const next = nextNonSpace(text, i + 1, lineEnd);
        c = prev >= 0x30 && prev <= 0x39 && next !== undefined && /[\d０-９]/.test(next) ? 0x3a : 0xff1a;
      }
      codes[len] = c;
      map[len++] = i;
    }
    const tail = trimmed[trimmed.length - 1]!;
    prevTail = FULL_WIDTH[tail] ?? tail;
    if (heading) pushBreak(lineEnd);
    lineStart = lineEnd + 1;
  }
  return { s: UTF16.decode(codes.subarray(0, len)), map: map.slice(0, len) };
}

function nextNonSpace(text: string, from: number, end: number): string | undefined {
  for (let i = from; i < end && i < from + 4; i++) if (!IS_SPACE[text.charCodeAt(i)]) return text[i];
  return undefined;
}
