// A cleaned character stream of the document: no white space, no list markers or page numbers,
// half-width digits and signs, with a map back to the original offsets.
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
const PAGE_NUMBER = /^[\s\-—－–]*(第\s*\d+\s*页|\d{1,3})[\s\-—－–]*$/;
const TOC_LINE = /(\.{4,}|…{2,}|·{4,}|-{6,})\s*\d+\s*$/;
const MARKDOWN = /^(#{1,6}\s*|[-*+]\s+|>\s*)/;
const ARABIC_MARKER = /^(\d{1,2}|[０-９]{1,2})\s*[.．、]\s*/;
const OTHER_MARKER = /^([（(]\s*[\d一二三四五六七八九十]{1,3}\s*[）)]|[一二三四五六七八九十]{1,3}\s*、|第[一二三四五六七八九十]{1,3}[章节部分条]|[①-⑳])\s*/;
const HEADING_WORDS = /^(主要目标|策略措施|总体目标|发展现状|前言|序言)/;
const SENTENCE_END = /[。；;！？!?：:]$/;

export function buildClean(text: string): Clean {
  const chars: string[] = [];
  const map: number[] = [];
  let lastArabic = 0;
  let prevTail = '。';
  let lineStart = 0;
  const n = text.length;
  const pushBreak = (at: number) => {
    if (chars.length > 0 && chars[chars.length - 1] !== BREAK) {
      chars.push(BREAK);
      map.push(at);
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
    if (PAGE_NUMBER.test(trimmed) || (trimmed.length < 200 && TOC_LINE.test(trimmed))) {
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
      const continues = !SENTENCE_END.test(prevTail) && /[、和及与至到\d.%‰]$/.test(prevTail);
      if (!(beforeDigit && continues && num !== lastArabic + 1)) {
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
      let c: string;
      const fw = FW_BY_CODE[code];
      if (fw !== undefined) c = fw;
      else if (code === 0xff1a || code === 0x3a) {
        // a ratio colon (2：3) stays inside the sentence
        const prev = chars[chars.length - 1];
        const next = nextNonSpace(text, i + 1, lineEnd);
        c = prev !== undefined && /\d/.test(prev) && next !== undefined && /[\d０-９]/.test(next) ? ':' : '：';
      } else c = text[i]!;
      chars.push(c);
      map.push(i);
    }
    const tail = trimmed[trimmed.length - 1]!;
    prevTail = FULL_WIDTH[tail] ?? tail;
    if (heading) pushBreak(lineEnd);
    lineStart = lineEnd + 1;
  }
  return { s: chars.join(''), map: Int32Array.from(map) };
}

function nextNonSpace(text: string, from: number, end: number): string | undefined {
  for (let i = from; i < end && i < from + 4; i++) if (!IS_SPACE[text.charCodeAt(i)]) return text[i];
  return undefined;
}
