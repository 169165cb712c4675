// A cleaned character stream of the document: no white space, no list markers or page numbers,
// half-width digits and signs, with a map back to the original offsets.
// One pass over character codes: lines are found by their bounds, and only a line whose first
// (or last) character may start (or end) a marker is sliced and matched against its rule.
import {
  ARABIC_MARKER,
  ARABIC_MARKER_FIRST,
  CUT_VALUE_OPENERS,
  CUT_VALUE_REST,
  HEADING_WORDS,
  HEADING_WORDS_FIRST,
  MARKDOWN,
  MARKDOWN_FIRST,
  OTHER_MARKER,
  OTHER_MARKER_FIRST,
  PAGE_NUMBER,
  PAGE_NUMBER_FIRST,
  PAGE_NUMBER_LAST,
  TOC_LINE,
  TOC_LINE_LAST,
} from '../rules/noise.ts';
import { FULL_WIDTH } from '../rules/numerals.ts';
import { Buffer } from 'node:buffer';
import { SPACE_CODES } from '../model/text.ts';

/** Sentence boundary inserted in the stream (headings, list items, skipped lines). */
export const BREAK = '\n';

export interface Clean {
  /** normalized characters; BREAK marks a synthetic boundary */
  s: string;
  /** map[i] = offset in the original text of s[i] */
  map: Int32Array;
}

/** flags by UTF-16 code (lookups instead of a regex per character) */
const SPACE = 1; // white space, as String.prototype.trim and \s see it
const DROP = 2; // white space and the markdown marks * `
const DIGIT = 4; // 0-9
const WIDE_DIGIT = 8; // ０-９
const SENTENCE_END = 16; // 。；;！？!?：: ends the line before: a marker after it is an item
const OPEN_VERB = 32; // 至到在为达于 leaves a value open: a number after it is that value
const FLAGS = new Uint8Array(65536);
for (const c of SPACE_CODES) FLAGS[c]! |= SPACE | DROP;
FLAGS[0x2a]! |= DROP;
FLAGS[0x60]! |= DROP;
for (let c = 0x30; c <= 0x39; c++) FLAGS[c]! |= DIGIT;
for (let c = 0xff10; c <= 0xff19; c++) FLAGS[c]! |= WIDE_DIGIT;
for (const c of '。；;！？!?：:') FLAGS[c.charCodeAt(0)]! |= SENTENCE_END;
for (const c of '至到在为达于') FLAGS[c.charCodeAt(0)]! |= OPEN_VERB;
/** half-width code of a full-width form, 0 when none */
const FW_CODE = new Uint16Array(65536);
for (const [k, v] of Object.entries(FULL_WIDTH)) FW_CODE[k.charCodeAt(0)] = v.charCodeAt(0);
/**
 * The stream code of a text code when copying it needs no decision: itself or its half-width form.
 * 0 for the rest, taken the slow way: dropped marks, a table border, a colon, a surrogate.
 */
const STREAM_CODE = new Uint16Array(65536);
for (let code = 0; code < 65536; code++) {
  const c = FW_CODE[code] || code;
  const decide = FLAGS[code]! & DROP || code === 0x7c || c === 0xff1a || c === 0x3a || (c & 0xf800) === 0xd800;
  STREAM_CODE[code] = decide ? 0 : c;
}

function charTable(chars: string): Uint8Array {
  const t = new Uint8Array(65536);
  for (const c of chars) t[c.charCodeAt(0)] = 1;
  return t;
}
const MAY_PAGE_FIRST = charTable(PAGE_NUMBER_FIRST);
const MAY_PAGE_LAST = charTable(PAGE_NUMBER_LAST);
const MAY_TOC_LAST = charTable(TOC_LINE_LAST);
const MAY_MARKDOWN = charTable(MARKDOWN_FIRST);
const MAY_HEADING_WORD = charTable(HEADING_WORDS_FIRST);
const MAY_ARABIC = charTable(ARABIC_MARKER_FIRST);
const MAY_OTHER = charTable(OTHER_MARKER_FIRST);
/** `5. 3‰` after `…降至3.2‰、`: a rate or per-10万 value right after the marker */
const RATE_AFTER = /^[\d０-９]+\s*([%‰％]|[／/]\s*10)/;
const SENTENCE_MARKS = /[。，]/;
const MAY_OPEN_VALUE = charTable(CUT_VALUE_OPENERS);
/** how far past an item-like `N.` the rest of a cut value is looked for */
const CUT_REST_WINDOW = 40;

const BREAK_CODE = BREAK.charCodeAt(0);
const UTF16 = new TextDecoder('utf-16le');

/** Scratch buffers reused across calls (each worker thread has its own); large ones are not kept. */
const KEEP_SCRATCH = 1 << 20;
let scratchCodes = new Uint16Array(0);
let scratchMap = new Int32Array(0);

/** Append a break unless the stream is empty or already ends in one; returns the new length. */
function pushBreak(codes: Uint16Array, map: Int32Array, len: number, at: number): number {
  if (len === 0 || codes[len - 1] === BREAK_CODE) return len;
  codes[len] = BREAK_CODE;
  map[len] = at;
  return len + 1;
}

export function buildClean(text: string): Clean {
  // every kept character maps to one of the text; a break always follows a kept character
  const cap = 2 * text.length + 16;
  if (scratchCodes.length < cap) {
    scratchCodes = new Uint16Array(cap);
    scratchMap = new Int32Array(cap);
  }
  const len = fillStream(text, scratchCodes, scratchMap);
  // a Buffer view decodes UTF-16 faster than TextDecoder, which is kept for surrogates (a lone one becomes U+FFFD)
  const units = scratchCodes.subarray(0, len);
  const str = streamSurrogates ? UTF16.decode(units) : Buffer.from(units.buffer, units.byteOffset, 2 * len).toString('utf16le');
  const out = { s: str, map: scratchMap.slice(0, len) };
  if (cap > KEEP_SCRATCH) {
    scratchCodes = new Uint16Array(0);
    scratchMap = new Int32Array(0);
  }
  return out;
}

/** set by fillStream: the stream holds a surrogate code */
let streamSurrogates = false;

/**
 * Writes the stream's codes and their text offsets; returns its length. Its own function: the
 * loop is compiled on stack replacement in the first document, before code after it has run.
 */
function fillStream(text: string, codes: Uint16Array, map: Int32Array): number {
  const n = text.length;
  let len = 0;
  let lastArabic = 0;
  let prevTail = 0x3002; // 。
  let lineStart = 0;
  let surrogates = false;
  while (lineStart <= n) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = n;
    let first = lineStart;
    while (first < lineEnd && FLAGS[text.charCodeAt(first)]! & SPACE) first++;
    if (first === lineEnd) {
      lineStart = lineEnd + 1;
      continue;
    }
    let last = lineEnd - 1;
    while (FLAGS[text.charCodeAt(last)]! & SPACE) last--;
    const firstCode = text.charCodeAt(first);
    const lastCode = text.charCodeAt(last);
    // a page number may fall inside a sentence broken across pages: skip it without a break
    if (MAY_PAGE_FIRST[firstCode] && MAY_PAGE_LAST[lastCode] && PAGE_NUMBER.test(text.slice(first, last + 1))) {
      lineStart = lineEnd + 1;
      continue;
    }
    if (MAY_TOC_LAST[lastCode] && last + 1 - first < 200 && TOC_LINE.test(text.slice(first, last + 1))) {
      len = pushBreak(codes, map, len, lineStart);
      lineStart = lineEnd + 1;
      continue;
    }
    let pos = first;
    if (MAY_MARKDOWN[firstCode]) {
      const md = MARKDOWN.exec(text.slice(pos, lineEnd));
      if (md) pos += md[0].length;
    }
    const c0 = pos < lineEnd ? text.charCodeAt(pos) : 0;
    let heading = MAY_HEADING_WORD[c0] === 1 && HEADING_WORDS.test(text.slice(pos, lineEnd));
    const am = MAY_ARABIC[c0] ? ARABIC_MARKER.exec(text.slice(pos, lineEnd)) : null;
    if (am) {
      const num = digitsValue(am[1]!);
      const afterAt = pos + am[0].length;
      const beforeDigit = afterAt < lineEnd && (FLAGS[text.charCodeAt(afterAt)]! & (DIGIT | WIDE_DIGIT)) !== 0;
      // …分别降至 / 3.0‰、4.0‰: a decimal rate right after an open sentence is a number, even if it looks like the next item
      const continues =
        !(FLAGS[prevTail]! & SENTENCE_END) &&
        (num !== lastArabic + 1 ||
          (FLAGS[prevTail]! & OPEN_VERB) !== 0 ||
          RATE_AFTER.test(text.slice(afterAt, lineEnd)) ||
          cutValue(codes, len, text, afterAt, lineEnd));
      if (!(beforeDigit && continues)) {
        lastArabic = num;
        len = pushBreak(codes, map, len, pos);
        pos = afterAt;
      }
    } else if (MAY_OTHER[c0]) {
      const rest = text.slice(pos, lineEnd);
      const om = OTHER_MARKER.exec(rest);
      if (om) {
        len = pushBreak(codes, map, len, pos);
        pos += om[0].length;
        if (rest.length < 40 && !SENTENCE_MARKS.test(rest)) heading = true;
        // a new chapter or section restarts the item numbering
        lastArabic = 0;
      }
    }
    if (heading) {
      len = pushBreak(codes, map, len, pos);
      lastArabic = 0;
    }
    for (let i = pos; i < lineEnd; i++) {
      const code = text.charCodeAt(i);
      const fast = STREAM_CODE[code]!;
      if (fast !== 0) {
        codes[len] = fast;
        map[len++] = i;
        continue;
      }
      if (FLAGS[code]! & DROP) continue; // white space, markdown * and `
      if (code === 0x7c) {
        // a markdown table cell border ends the clause
        len = pushBreak(codes, map, len, i);
        continue;
      }
      let c = FW_CODE[code]!;
      if (c === 0) {
        c = code;
        // a ratio colon (2：3) stays inside the sentence
        if (code === 0xff1a || code === 0x3a) c = len > 0 && FLAGS[codes[len - 1]!]! & DIGIT && digitFollows(text, i + 1, lineEnd) ? 0x3a : 0xff1a;
      }
      if ((c & 0xf800) === 0xd800) surrogates = true;
      codes[len] = c;
      map[len++] = i;
    }
    prevTail = FW_CODE[lastCode] || lastCode;
    if (heading) len = pushBreak(codes, map, len, lineEnd);
    lineStart = lineEnd + 1;
  }
  streamSurrogates = surrogates;
  return len;
}

/**
 * `达到9` / `2.1岁。`: the stream ends in digits right after a verb or bound that leaves a value open,
 * and the line goes on with only the rest of the number, a unit, a bound and the clause end.
 */
function cutValue(codes: Uint16Array, len: number, text: string, from: number, end: number): boolean {
  let k = len - 1;
  while (k >= 0 && len - k <= 3 && FLAGS[codes[k]!]! & DIGIT) k--;
  if (k === len - 1 || k < 0 || !MAY_OPEN_VALUE[codes[k]!]) return false;
  let rest = '';
  const stop = Math.min(end, from + CUT_REST_WINDOW);
  for (let i = from; i < stop; i++) {
    const code = text.charCodeAt(i);
    if (!(FLAGS[code]! & SPACE)) rest += String.fromCharCode(FW_CODE[code] || code);
  }
  // a window that stops short of the line end must not read as the clause end
  if (stop < end) rest += '\u0000';
  return CUT_VALUE_REST.test(rest);
}

/** Value of a run of digits of either width (a list number). */
function digitsValue(digits: string): number {
  let v = 0;
  for (let i = 0; i < digits.length; i++) {
    const c = digits.charCodeAt(i);
    v = 10 * v + (c >= 0xff10 ? c - 0xff10 : c - 0x30);
  }
  return v;
}

/** The next non-space character within four is a digit (of either width). */
function digitFollows(text: string, from: number, end: number): boolean {
  for (let i = from; i < end && i < from + 4; i++) {
    const f = FLAGS[text.charCodeAt(i)]!;
    if (!(f & SPACE)) return (f & (DIGIT | WIDE_DIGIT)) !== 0;
  }
  return false;
}
