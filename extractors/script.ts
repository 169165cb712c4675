// Traditional characters (repostings, Hong Kong and Taiwan sources) are read as simplified for matching.
// The conversion keeps every offset: each UTF-16 unit maps to exactly one, so positions, lines and
// quotes taken from the converted text point into the original. OpenCC's dictionaries (opencc-js,
// t2s: phrases first, then characters); entries whose two sides differ in length are left out.
import TSCharacters from 'opencc-js/dict/TSCharacters';
import TSPhrases from 'opencc-js/dict/TSPhrases';
import TWVariantsRev from 'opencc-js/dict/TWVariantsRev';
import HKVariantsRev from 'opencc-js/dict/HKVariantsRev';
import { Buffer } from 'node:buffer';

/** A text is converted when this share of its ideographs or more is traditional-only (simplified plans: near 0). */
const TRADITIONAL_SHARE = 0.02;
const MIN_TRADITIONAL = 8;

const CHAR = new Uint16Array(65536);
/**
 * Characters a variant entry must not move: the simplified forms themselves (台 → 臺 is Hong Kong use), and
 * 著, which Taiwan writes for 着 as well as in 显著.
 */
const KEEP = new Set<number>(['著'.charCodeAt(0)]);
/** phrases by their first code: [source, replacement], longest first */
const PHRASES = new Map<number, [string, string][]>();

function entries(dict: string): [string, string][] {
  return dict.split('|').map((e) => {
    const [a, b] = e.split(' ');
    return [a!, b!];
  });
}

/** A single BMP character, so a replacement keeps the length. */
const single = (s: string): boolean => s.length === 1 && (s.charCodeAt(0) & 0xf800) !== 0xd800;

function build(): void {
  for (const [a, b] of entries(TSCharacters)) {
    if (!single(a) || !single(b) || a === b) continue;
    CHAR[a.charCodeAt(0)] = b.charCodeAt(0);
    KEEP.add(b.charCodeAt(0));
  }
  // regional variants (HK 綫, TW 裡) go to OpenCC's traditional form, then to simplified, as tw2s / hk2s do
  for (const d of [TWVariantsRev, HKVariantsRev]) {
    for (const [a, b] of entries(d)) {
      if (!single(a) || !single(b) || CHAR[a.charCodeAt(0)] !== 0) continue;
      const to = CHAR[b.charCodeAt(0)] || b.charCodeAt(0);
      if (to !== a.charCodeAt(0) && !KEEP.has(a.charCodeAt(0))) CHAR[a.charCodeAt(0)] = to;
    }
  }
  for (const [a, b] of entries(TSPhrases)) {
    if (a.length !== b.length || a.length < 2) continue;
    // only phrases the characters alone would convert differently (乾淨 vs 乾坤, 顯著)
    if (charsOnly(a) === b) continue;
    const k = a.charCodeAt(0);
    const list = PHRASES.get(k) ?? [];
    list.push([a, b]);
    PHRASES.set(k, list);
  }
  for (const list of PHRASES.values()) list.sort((x, y) => y[0].length - x[0].length || (x[0] < y[0] ? -1 : 1));
}

function charsOnly(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out += String.fromCharCode(CHAR[c] || c);
  }
  return out;
}

build();

/** ideographs read to decide the script: a plan is written in one script throughout */
const SAMPLE_HAN = 4000;

/** How many of a text's first ideographs are traditional-only, and how many ideographs were read. */
function traditionalShare(text: string): { trad: number; han: number } {
  let trad = 0;
  let han = 0;
  for (let i = 0; i < text.length && han < SAMPLE_HAN; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x3400) continue;
    if (c <= 0x9fff) han++;
    if (CHAR[c] !== 0) trad++;
  }
  return { trad, han };
}

let lastIn = '';
let lastOut = '';

/**
 * The text with traditional characters made simplified, of the same length (offsets unchanged);
 * the text itself when it is not written in traditional characters.
 */
export function toSimplified(text: string): string {
  if (text === lastIn) return lastOut;
  const { trad, han } = traditionalShare(text);
  let out = text;
  if (trad >= MIN_TRADITIONAL && trad >= TRADITIONAL_SHARE * han) out = convert(text);
  lastIn = text;
  lastOut = out;
  return out;
}

let scratch = new Uint16Array(0);

/** A short phrase (an indicator) with its traditional characters made simplified, whatever their share. */
export function simplifiedChars(s: string): string {
  for (let i = 0; i < s.length; i++) if (CHAR[s.charCodeAt(i)] !== 0 || PHRASES.has(s.charCodeAt(i))) return convert(s);
  return s;
}

function convert(text: string): string {
  if (scratch.length < text.length) scratch = new Uint16Array(text.length);
  const out = scratch;
  for (let i = 0; i < text.length; ) {
    const c = text.charCodeAt(i);
    const phrases = PHRASES.get(c);
    if (phrases) {
      const hit = phrases.find(([a]) => text.startsWith(a, i));
      if (hit) {
        for (let k = 0; k < hit[1].length; k++) out[i + k] = hit[1].charCodeAt(k);
        i += hit[0].length;
        continue;
      }
    }
    out[i] = CHAR[c] || c;
    i++;
  }
  const units = out.subarray(0, text.length);
  const result = Buffer.from(units.buffer, units.byteOffset, 2 * text.length).toString('utf16le');
  if (scratch.length > 1 << 20) scratch = new Uint16Array(0);
  // the contract every caller relies on
  if (result.length !== text.length) throw new Error('traditional → simplified changed the text length');
  return result;
}
