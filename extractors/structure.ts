// Structure of a plan file: which plans it holds, and for every line the plan,
// part, domain and section it belongs to; the jurisdiction and notice header.
// One pass over the lines keeps an outline stack (chapter > 一、 > （一） > labels):
// a heading pops what is at its depth or deeper, and a line's domain and section are
// those of the deepest entries that name one. Plans start at a title line, a lone period
// line (title missing), or an outline that restarts after the domains. Rules (patterns,
// names) live in rules/structure.ts. Lines share context objects: treat them as read-only.

import { TARGET_YEAR_LEAD } from '../rules/baseline.ts';
import { SPACE_CODES, stripSpace } from '../model/text.ts';
import { toSimplified } from './script.ts';
import { divisionsNamed, levelNamed } from '../rules/divisions.ts';
import type { DocStructure, JurisdictionCue as Jurisdiction, JurisdictionLevel, LineContext, Part, Plan } from '../model/schema.ts';
import {
  BARE_DOMAIN_RULE,
  BOTH_PARTS_RE,
  CITED_PLACE_RULE,
  CITY_EVIDENCE_RE,
  CN_DIGITS,
  DOC_NUMBER_RULE,
  DOMAIN_PART,
  CONTINUATION_RULE,
  TARGETS_LEAD_RULE,
  DOMAIN_RULE,
  FIVE_YEAR_RULE,
  JOINED_DOMAIN_RULE,
  HEADING_NUMBERS,
  ISSUER_RULE,
  LEVEL_SUFFIXES,
  NESTED_PLACE_RULE,
  NATIONAL_NAMES,
  NOTICE_MARK_RULE,
  OWN_PERIOD_RULE,
  PART_KEYWORDS,
  PERIOD_LINE_RULE,
  PERIOD_RULE,
  PROVINCES,
  SECTION_RULES,
  TITLE_BLOCK_LINES,
  TITLE_BLOCK_PERIOD_RULE,
  TITLE_RULE,
  TITLE_SUBJECT_PART,
  NAMED_PLAN_RULE,
  GENRE_TITLE_RULE,
  HEALTH_OUTLINE_RULE,
  CITED_PLAN_RULE,
  CITED_SUBJECT_PART,
  MONITORING_RULE,
  MONITORING_TITLE_LINES,
  ANNUAL_WORK_TITLE_RULE,
  TITLE_PLACE_RULE,
  ISSUER_PLACE_RULE,
  REPORT_PLACE_RULE,
  REVIEW_YEAR_LEAD_RULE,
  PAST_LEAD_RULE,
  GENERAL_REQUIREMENTS_RULE,
  REPORT_DATE_RULE,
  ANNUAL_REPORT_RULE,
  TOC_ENTRY_RULE,
  TOC_HEAD_RULE,
  fiveYearPeriod,
  type SectionName,
} from '../rules/structure.ts';

/** Longest prefix of a line looked at for headings and titles: keeps the pass linear. */
const HEAD_PREFIX = 80;
const MAX_TITLE = 60;
const MAX_HEADING_NAME = 30;
const MAX_BARE_HEADING = 15;
/** Lines looked ahead for one that goes on with a bare heading (blank lines may sit between). */
const CONTINUATION_LOOKAHEAD = 4;

/** Flags by UTF-16 code, looked up instead of a regex per line. */
const CHAR = new Uint8Array(65536);
const SPACE = 1; // white space, as \s and String.prototype.trim see it
const WIDE = 2; // full-width ASCII (！…～)
const EMPHASIS = 4; // * and _, markdown emphasis when doubled
const HEAD_START = 8; // may start a numbered heading: 第 一…十 ( 〔 0…9
const CLOSES_LINE = 16; // 。:;；!?！？”"’)）》： ends a line that is not cut mid-sentence
const NAME_TAIL = 32; // ,，、.。 trailing a heading name
const BRACKET_OPEN = 64; // 【 [ 〖 around a label
{
  for (const c of SPACE_CODES) CHAR[c]! |= SPACE;
  for (let c = 0xff01; c <= 0xff5e; c++) CHAR[c]! |= WIDE;
  const mark = (chars: string, flag: number) => {
    for (const ch of chars) CHAR[ch.charCodeAt(0)]! |= flag;
  };
  mark('*_', EMPHASIS);
  mark('第一二三四五六七八九十(〔0123456789', HEAD_START);
  mark('。:;；!?！？”"’)）》：', CLOSES_LINE);
  mark(',，、.。', NAME_TAIL);
  mark('【[〖', BRACKET_OPEN);
}
const flagAt = (s: string, i: number): number => CHAR[s.charCodeAt(i)]!;
/**
 * scratch for normalizeLine: codes gather in a typed array, then go to a packed plain array of their
 * exact length, kept per length (String.fromCharCode.apply is slow on typed arrays)
 */
const lineCodes = new Uint16Array(HEAD_PREFIX);
const codesOfLength: number[][] = [];

/** Full-width ASCII to half-width, white space and markdown marks removed. */
export function normalizeLine(line: string): string {
  if (line.length === 0) return line; // blank lines are common: no out-of-bounds read below
  let s = line.length > HEAD_PREFIX ? line.slice(0, HEAD_PREFIX) : line;
  const c0 = s.charCodeAt(0);
  if (c0 === 0x23 || c0 === 0x3e || c0 === 0x2d || c0 === 0x2a || c0 === 0x2b || c0 <= 0x20 || c0 === 0x3000) {
    s = s.trim().replace(/^(?:#{1,6}\s*|>\s*|[-*+]\s+)+/, '');
  }
  // one pass reads the flags and the normalized codes; a line needing nothing is returned as it is
  let seen = 0;
  let k = 0;
  for (let j = 0; j < s.length; j++) {
    const c = s.charCodeAt(j);
    const f = CHAR[c]!;
    seen |= f;
    if (f & SPACE) continue;
    lineCodes[k++] = f & WIDE ? c - 0xfee0 : c;
  }
  if (!(seen & (SPACE | WIDE | EMPHASIS))) return s;
  if (seen & EMPHASIS && (s.includes('**') || s.includes('__'))) k = halfWidthCodes(s.replace(/\*\*|__/g, ''));
  // an array of the exact length: setting .length of a shared one costs more
  const codes = (codesOfLength[k] ??= Array.from({ length: k }, () => 0));
  for (let j = 0; j < k; j++) codes[j] = lineCodes[j]!;
  return String.fromCharCode.apply(null, codes);
}

/** Writes the codes of s into lineCodes as normalizeLine does (full-width made half-width, no white space); returns their count. */
function halfWidthCodes(s: string): number {
  let k = 0;
  for (let j = 0; j < s.length; j++) {
    const c = s.charCodeAt(j);
    const f = CHAR[c]!;
    if (f & SPACE) continue;
    lineCodes[k++] = f & WIDE ? c - 0xfee0 : c;
  }
  return k;
}

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * A long line opening with an ideograph that starts no heading and has no label colon:
 * body text, whose prefix needs no normalizing (the hot path on real plans).
 */
function isPlainBody(line: string): boolean {
  if (line.length <= HEAD_PREFIX) return false;
  const c = line.charCodeAt(0);
  if (c < 0x4e00 || c > 0x9fff || CHAR[c]! & HEAD_START) return false;
  for (let i = 1; i < 16; i++) {
    const d = line.charCodeAt(i);
    if (d === 0xff1a || d === 0x3a) return false;
  }
  return true;
}

/** Cheap test before parsing: numbered, short, or a label with a colon near the start. */
function mayBeHeading(norm: string): boolean {
  if (norm.length <= MAX_BARE_HEADING + 3) return true;
  if (flagAt(norm, 0) & HEAD_START) return true;
  const colon = norm.indexOf(':');
  return colon > 0 && colon <= 8;
}

export interface Heading {
  /** outline depth from the number (0 chapter … 4 (1)); null when unnumbered */
  rank: number | null;
  /** the number as an integer, when it has one */
  number: number | null;
  name: string;
  /** true when text follows the name on the same line (（一）发展成效。过去十年…) */
  inline: boolean;
}

function cnNumber(s: string): number | null {
  const c = s.charCodeAt(0);
  if (c >= 48 && c <= 57) return Number(s);
  if (s.length === 1) return s === '十' ? 10 : (CN_DIGITS[s] ?? null);
  const ten = s.indexOf('十');
  if (ten === -1) return null;
  const tens = ten === 0 ? 1 : (CN_DIGITS[s.slice(0, ten)] ?? null);
  const ones = ten === s.length - 1 ? 0 : (CN_DIGITS[s.slice(ten + 1)] ?? null);
  return tens === null || ones === null ? null : tens * 10 + ones;
}

const NAME_END_RE = /[。:;；!?！？]/;
const INLINE_TEXT_RE = /[^。:;；.]/;

/** The heading number and name of a normalized line, or null for body text. */
export function parseHeading(norm: string): Heading | null {
  let rank: number | null = null;
  let number: number | null = null;
  let rest = norm;
  if (flagAt(norm, 0) & HEAD_START) {
    for (const rule of HEADING_NUMBERS) {
      const m = rule.pattern.exec(norm);
      if (m) {
        rank = rule.rank;
        number = cnNumber(m[1]!);
        rest = norm.slice(m[0].length);
        break;
      }
    }
  }
  const cut = rest.search(NAME_END_RE);
  let name = cut === -1 ? rest : rest.slice(0, cut);
  if (rank === null ? name.length > MAX_BARE_HEADING + 3 : name.length > MAX_HEADING_NAME + 3) return null;
  let end = name.length;
  while (end > 0 && flagAt(name, end - 1) & NAME_TAIL) end--;
  if (end < name.length) name = name.slice(0, end);
  // before the bracket test: an empty name has no first character (an out-of-bounds read)
  if (!name) return null;
  if (flagAt(name, 0) & BRACKET_OPEN) name = name.replace(/^[【\[〖]([^】\]〗]+)[】\]〗]$/, '$1');
  const inline = cut !== -1 && INLINE_TEXT_RE.test(rest.slice(cut + 1));
  if (rank === null) {
    if (name.length > MAX_BARE_HEADING) return null;
    // a bare line is a heading only if nothing else is on it, or it is a label "主要目标：…"
    if (inline && rest[cut] !== ':') return null;
  } else if (name.length > MAX_HEADING_NAME) return null;
  return { rank, number, name, inline };
}

/** 妇女与健康领域 is the domain 妇女与健康. */
const DOMAIN_SUFFIX_RE = /领域$/;

export type HeadingClass =
  | { kind: 'domain'; name: string }
  | { kind: 'label'; section: SectionName }
  | { kind: 'section'; section: SectionName }
  | null;

/**
 * What a heading name opens: a domain, a list label, a section, or nothing known. `alone`: the line
 * shows it is a heading (numbered, bracketed, or standing apart from the text around it); without
 * that, only a known domain joined by 与 (妇女与健康) is one, not 儿童健康 (also the tail of a wrapped line).
 */
export function classifyHeading(name: string, numbered = false, alone = true): HeadingClass {
  if (DOMAIN_RULE.pattern.test(name)) {
    return numbered || alone || JOINED_DOMAIN_RULE.pattern.test(name) ? { kind: 'domain', name: name.replace(DOMAIN_SUFFIX_RE, '') } : null;
  }
  if (numbered && BARE_DOMAIN_RULE.pattern.test(name)) return { kind: 'domain', name: name.replace(DOMAIN_SUFFIX_RE, '') };
  for (const rule of SECTION_RULES) {
    if (rule.pattern.test(name)) {
      return rule.role === 'label' ? { kind: 'label', section: rule.section } : { kind: 'section', section: rule.section };
    }
  }
  return null;
}

/** A line opening with a period that ended before the plan's began (PAST_LEAD_RULE; 过去五年 is past whatever the plan). */
function opensWithPast(norm: string, plan: [number, number] | null): boolean {
  const m = PAST_LEAD_RULE.pattern.exec(norm);
  if (!m) return false;
  if (m[1] === undefined && m[2] === undefined) return true;
  if (plan === null) return false;
  const end = m[1] !== undefined ? fiveYearPeriod(CN_DIGITS[m[1]]!)[1] : Number(m[2]);
  return end < plan[0];
}

/** The period written in a string (two years, or 十四五). */
export function periodOf(s: string): [number, number] | null {
  const m = PERIOD_RULE.pattern.exec(s);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    if (b >= a && b - a <= 20) return [a, b];
  }
  const f = FIVE_YEAR_RULE.pattern.exec(s);
  if (f) return fiveYearPeriod(CN_DIGITS[f[1]!]!);
  return null;
}

/** Chinese-numeral years (二〇三五年) → Arabic, for period patterns. */
function arabicYears(s: string): string {
  return s.replace(/[〇零○Ｏ一二三四五六七八九]{4}(?=年)/g, (y) => [...y].map((c) => CN_DIGITS[c] ?? 0).join(''));
}

const TITLE_WORD_RE = /规划|纲要|计划|方案|行动|意见/;

export interface TitleMatch {
  title: string;
  place: string;
  part: Part;
  period: [number, number] | null;
  /** an annual work plan (工作要点): no situation section before its first heading */
  annual?: boolean;
}

/** A title as written: white space and markdown marks removed, a trailing period dropped (it goes to `period`). */
export function displayTitle(line: string): string {
  return stripSpace(line.replace(/^\s*(?:#{1,6}|>)\s*/, '').replace(/\*\*|__/g, '')).replace(TRAILING_PERIOD_RE, '');
}
const TRAILING_PERIOD_RE = /[(（][^()（）]*\d{4}[^()（）]*[)）]$/;
/**
 * What a title's rules (TITLE_RULE, GENRE_TITLE_RULE, HEALTH_OUTLINE_RULE) can end with: their
 * plan word (…规划, 纲要, 计划, 方案, 行动, 意见) or a bracket after it. Any other last character: no
 * title, without running them (wrapped text makes most lines short enough to be one).
 */
const TITLE_ENDS = new Uint8Array(65536);
for (const c of '划要案动见)') TITLE_ENDS[c.charCodeAt(0)] = 1;

/** A plan title line (not a citation, not the notice heading); `line` as written, for the title text. */
export function matchTitle(norm: string, line: string = norm): TitleMatch | null {
  const lastCode = norm.charCodeAt(norm.length - 1);
  // 2024年全县卫生健康工作要点, 某市民政局2024年工作要点 (only lines ending in 点 or 排 are tried)
  if ((lastCode === 0x70b9 || lastCode === 0x6392) && norm.length <= MAX_TITLE) {
    const w = ANNUAL_WORK_TITLE_RULE.pattern.exec(norm);
    if (w) return { title: displayTitle(line), place: TITLE_PLACE_RULE.pattern.exec(norm)?.[1] ?? '', part: 'other', period: [Number(w[1]), Number(w[1])], annual: true };
  }
  if (norm.length > MAX_TITLE || !TITLE_ENDS[norm.charCodeAt(norm.length - 1)] || !TITLE_WORD_RE.test(norm) || /[《》]/.test(norm)) return null;
  if (NOTICE_MARK_RULE.pattern.test(norm)) return null;
  const m = TITLE_RULE.pattern.exec(norm);
  if (m) return { title: displayTitle(line), place: m[1]!, part: TITLE_SUBJECT_PART[m[2]!] ?? 'other', period: periodOf(norm) };
  const h = HEALTH_OUTLINE_RULE.pattern.exec(norm);
  if (h) return { title: displayTitle(line), place: h[1]!, part: 'other', period: periodOf(norm) };
  // plans of any other genre (卫生健康, 水利, 商务 …) are part other; a title without a place names none
  const g = GENRE_TITLE_RULE.pattern.exec(norm);
  if (g) return { title: displayTitle(line), place: g[1] ?? '', part: 'other', period: periodOf(norm) ?? annualPeriod(norm) };
  return null;
}

/** 某市2023年国民经济和社会发展计划: an annual plan's period is its year. */
function annualPeriod(norm: string): [number, number] | null {
  const m = /((?:19|20)\d{2})年(?:度)?国民经济/.exec(norm);
  return m ? [Number(m[1]), Number(m[1])] : null;
}

interface StackEntry {
  rank: number;
  section: SectionName | null;
  domain: string | null;
  /** a part named by an outline heading (第一部分 妇女发展), for plans holding both */
  part?: Part;
  /** the heading had a number (一、发展现状), not a bare 前言 */
  numbered?: boolean;
  preface?: boolean;
}

/** Stack entries all of one shape (optimized code stays monomorphic). */
function entryOf(rank: number, section: SectionName | null, domain: string | null, numbered = false, preface = false, part?: Part): StackEntry {
  return { rank, section, domain, part, numbered, preface };
}

interface PlanDraft {
  start: number; // 0-based line
  title: string | null;
  titlePlace: string | null;
  titlePart: Part | null;
  period: [number, number] | null;
  /** last line index of the title block (title, period line) */
  titleEnd: number;
  sawHeading: boolean;
  domainParts: Record<Part, number>;
  sawDomain: boolean;
  /** a domain or a 主要目标/策略措施 list was seen: this is a plan, even untitled */
  planLike: boolean;
  /** started by a restarted outline: the last heading line of the plan before */
  restartFloor?: number;
  /** the rank of the numbered heading that opened its 主要目标 (第一节 发展目标), when one did */
  targetsRank?: number;
}

const LABEL_RANK = 10;
const COLON = 0x3a;
const LEAD_LABEL: Heading = { rank: null, number: null, name: '主要目标', inline: false };
/** the deepest rank of an unknown heading after a plan's targets that opens measures (一、 and above) */
const UNKNOWN_MEASURES_RANK = 1;
/** Citations naming the jurisdiction sit in the header and prefaces: look no further. */
const JURISDICTION_LINES = 20_000;
/** Lines of a plan read to guess its part from keywords. */
const KEYWORD_LINES = 3_000;

// The phases are separate functions: each long loop is compiled (on stack replacement) on its own,
// not with code after it that has not run yet and would throw the optimized code away.
export function analyzeStructure(original: string): DocStructure {
  // traditional characters are read as simplified; the conversion keeps every offset and line
  const text = toSimplified(original);
  const raw = text.split('\n');
  const norms = normalizeLines(raw);
  const { plans, lines } = outlinePass(raw, norms);
  return finishStructure(text, raw, norms, plans, lines);
}

/** Strips \r from `raw` in place; returns each line's normalized prefix. */
function normalizeLines(raw: string[]): string[] {
  const n = raw.length;
  const norms: string[] = new Array(n);
  for (let i = 0; i < n; i++) {
    let l = raw[i]!;
    if (l.length > 0 && l.charCodeAt(l.length - 1) === 0x0d) l = l.slice(0, -1); // \r
    raw[i] = l;
    norms[i] = isPlainBody(l) ? l.slice(0, HEAD_PREFIX) : normalizeLine(l);
  }
  return norms;
}

/** One pass over the lines: the plans found, and each line's provisional context. */
function outlinePass(raw: string[], norms: string[]): { plans: PlanDraft[]; lines: LineContext[] } {
  const n = raw.length;
  const lines: LineContext[] = new Array(n);
  // only a line normalized whole can be a title: a long line's prefix may end in 规划
  const whole = (i: number): boolean => raw[i]!.length <= HEAD_PREFIX;

  const plans: PlanDraft[] = [];
  let stack: StackEntry[] = [];
  let cur: PlanDraft | null = null;
  let tocMode = false;
  let tocFirst: string | null = null;
  let lastNotice = -1;
  let lastNonBlank = -1;
  let lastHeadingLine = -1;
  /** last title, period line or heading that changed the outline */
  let lastOutlineLine = -1;
  /** the rank of a numbered 总体要求 heading the lines are under, no heading after it */
  let requirements: number | null = null;
  /** an unknown top-level heading before any targets (its line and entry): its first line may show a review of the past */
  let pastCheck: { line: number; entry: StackEntry } | null = null;

  const startPlan = (i: number, t: TitleMatch | null, period: [number, number] | null): void => {
    cur = {
      start: i,
      title: t?.title ?? null,
      titlePlace: t?.place || null,
      titlePart: t?.part ?? null,
      period: t?.period ?? period,
      titleEnd: i,
      sawHeading: false,
      domainParts: { women: 0, children: 0, other: 0 },
      sawDomain: false,
      planLike: false,
      restartFloor: undefined,
      targetsRank: undefined,
    };
    plans.push(cur);
    cached = null;
    stack = [entryOf(-1, t?.annual ? 'other' : '发展现状', null, false, true)];
  };

  let cached: LineContext | null = null;
  const context = (): LineContext => (cached ??= computeContext());
  const computeContext = (): LineContext => {
    let section: SectionName | null = null;
    let domain: string | null = null;
    let part: Part | null = null;
    for (let k = stack.length - 1; k >= 0; k--) {
      const e = stack[k]!;
      if (section === null && e.section !== null) section = e.section;
      if (domain === null && e.domain !== null) domain = e.domain;
      if (part === null && e.part) part = e.part;
    }
    const sec = section ?? 'other';
    return {
      // provisional: the part named by the outline; the plan's part decides below
      part: part ?? 'other',
      domain: domain ?? (sec === '总体目标' ? '总体目标' : 'other'),
      section: sec,
      plan: cur === null ? null : plans.length - 1,
    };
  };

  const continuesAt = (prev: number): boolean => prev >= 0 && isWrapped(norms[prev]!, raw[prev]!);
  /** the next non-blank line (a few lines on) goes on with line i */
  const continuedAfter = (i: number): boolean => {
    for (let k = i + 1; k < n && k <= i + CONTINUATION_LOOKAHEAD; k++) if (norms[k]) return CONTINUATION_RULE.pattern.test(norms[k]!);
    return false;
  };
  /** evidence that an unnumbered line i is a heading: bracketed, or the line before ended or was one */
  const standsAlone = (i: number, prev: number): boolean =>
    (flagAt(norms[i]!, 0) & BRACKET_OPEN) !== 0 || prev === -1 || prev === lastOutlineLine || endsClosed(raw[prev]!);

  for (let i = 0; i < n; i++) {
    const norm = norms[i]!;
    if (norm === '') {
      lines[i] = context();
      continue;
    }
    const prevNonBlank = lastNonBlank;
    lastNonBlank = i;
    if (cur === null && NOTICE_MARK_RULE.pattern.test(norm)) lastNotice = i;

    // table of contents: entries never open sections
    if (norm.length <= 4 && TOC_HEAD_RULE.pattern.test(norm)) {
      tocMode = true;
      tocFirst = null;
      lines[i] = context();
      continue;
    }
    let heading = mayBeHeading(norm) ? parseHeading(norm) : null;
    // a bare heading or a title never continues a wrapped body line
    // nor is it the head of a sentence the next line goes on with (a label 主要目标： ends itself)
    if (heading && heading.rank === null && (/。$/.test(norm) || continuesAt(prevNonBlank) || (!endsClosed(raw[i]!) && continuedAfter(i)))) heading = null;
    const isTocEntry = norm.length <= MAX_TITLE && isDigitCode(norm.charCodeAt(norm.length - 1)) && TOC_ENTRY_RULE.pattern.test(tocTail(raw[i]!));
    if (tocMode) {
      if (heading && !isTocEntry && tocFirst !== null && heading.name === tocFirst) tocMode = false;
      else if (isTocEntry || (heading && !(whole(i) && matchTitle(norm)) && !PERIOD_LINE_RULE.pattern.test(norm))) {
        if (heading && tocFirst === null) tocFirst = heading.name;
        lines[i] = context();
        continue;
      } else tocMode = false;
    }
    if (isTocEntry) {
      lines[i] = context();
      continue;
    }

    // plan titles and title blocks
    let title = whole(i) ? (matchTitle(norm, raw[i]) ?? joinedTitle(norms, raw, i)) : null;
    if (title && continuesAt(prevNonBlank)) title = null;
    // a running page header repeats a title: not a new plan
    if (title && plans.some((p) => p.title === title.title)) {
      lines[i] = context();
      continue;
    }
    if (title) {
      const c = cur as PlanDraft | null;
      if (c && !c.sawHeading) {
        if (c.title === null) {
          c.title = title.title;
          c.titlePlace = title.place || null;
          c.titlePart = title.part;
        }
        c.period ??= title.period;
        c.titleEnd = i;
      } else startPlan(i, title, null);
      lastOutlineLine = i;
      lines[i] = context();
      continue;
    }
    let pl = norm.length <= 20 ? PERIOD_LINE_RULE.pattern.exec(norm) : null;
    if (pl && continuesAt(prevNonBlank)) pl = null;
    if (pl) {
      const period: [number, number] = [Number(pl[1]), Number(pl[2])];
      const c = cur as PlanDraft | null;
      if (c && (!c.sawHeading || c.titleEnd === prevNonBlank)) {
        c.period ??= period;
        c.titleEnd = i;
      } else startPlan(i, null, period);
      lastOutlineLine = i;
      lines[i] = context();
      continue;
    }

    let firstCls: HeadingClass = null;
    if (heading) {
      firstCls = classifyHeading(heading.name, heading.rank !== null);
      // an unknown numbered heading right after a wrapped line is a wrap inside a paragraph
      if (firstCls === null && heading.rank !== null && heading.rank <= 2 && continuesAt(prevNonBlank)) heading = null;
    }
    if (heading) {
      const numbered = heading.rank !== null;
      // classified as standing alone above: the same answer when it does
      let cls = numbered || standsAlone(i, prevNonBlank) ? firstCls : classifyHeading(heading.name, false, false);
      // a domain name the next line goes on with is the head of a cut sentence (5. 儿童参与家庭、学校和社会事务 / 的权利…)
      if (cls?.kind === 'domain' && !endsClosed(raw[i]!) && continuedAfter(i)) cls = null;
      // a new outline (一、 or 前言 again) after domains: a plan whose title is missing
      const c0 = cur as PlanDraft | null;
      if (
        c0 &&
        c0.sawDomain &&
        ((heading.rank === 1 && heading.number === 1) ||
          (cls?.kind === 'section' && cls.section === '发展现状' && (heading.rank ?? 1) <= 1))
      ) {
        startPlan(i, null, null);
        (cur as PlanDraft | null)!.restartFloor = lastHeadingLine;
      }
      if (cur === null && (heading.rank !== null ? heading.rank <= 2 : cls !== null)) {
        // no title before the outline: the plan starts after the notice, its preface included
        const s = firstNonBlankAfter(norms, lastNotice + 1, i);
        startPlan(s, null, null);
        for (let k = s; k < i; k++) lines[k] = context();
      }
      if (applyHeading(heading, cls, cur as PlanDraft | null)) lastOutlineLine = i;
      requirements = heading.rank !== null && cls?.kind === 'section' && GENERAL_REQUIREMENTS_RULE.pattern.test(heading.name) ? heading.rank : null;
      if (heading.rank !== null || cls !== null) lastHeadingLine = i;
    }
    // 第二章 总体要求 with no 发展目标 heading under it: its paragraph 到2025年，… opens the plan's targets
    if (!heading && cur !== null && requirements !== null) {
      const c = cur as PlanDraft;
      const y = TARGET_YEAR_LEAD.exec(norm);
      if (y && (c.period === null || (Number(y[1]) >= c.period[0] && Number(y[1]) <= c.period[1]))) {
        applyHeading(LEAD_LABEL, { kind: 'label', section: '主要目标' }, c);
        c.targetsRank ??= requirements;
        requirements = null;
        cached = null;
      }
    }
    // an annual work plan's preface opened by the year before (2023年，全县…取得新成效): a review, not the year's targets
    if (!heading && cur !== null) {
      const c = cur as PlanDraft;
      const top = stack.length === 1 ? stack[0]! : null;
      if (top?.preface && top.section === 'other' && !c.sawHeading && c.period !== null && c.period[0] === c.period[1]) {
        const y = REVIEW_YEAR_LEAD_RULE.pattern.exec(norm);
        if (y && Number(y[1]) < c.period[0]) {
          stack[0] = entryOf(-1, '发展现状', null, false, true);
          cached = null;
        }
      }
    }
    // the first line under an unknown top-level heading before any targets opens with a past period (“十三五”期间，…):
    // a situation section whose heading no rule read (a scan's 第一部分，本三五，下作成效)
    // (set by applyHeading: a cast, as for cur, since the compiler does not see the closure assign it)
    const pc = pastCheck as { line: number; entry: StackEntry } | null;
    if (pc !== null && pc.line < i) {
      const k = stack.indexOf(pc.entry);
      if (!heading && cur !== null && k !== -1 && opensWithPast(norm, (cur as PlanDraft).period ?? titleBlockPeriod(norms, (cur as PlanDraft).start, i - 1))) {
        const e = pc.entry;
        stack[k] = entryOf(e.rank, '发展现状', null, true, false, e.part);
        cached = null;
      }
      pastCheck = null;
    }
    lines[i] = context();
    // …主要目标如下： closing a paragraph of 总体目标: the list after it is under that label
    if (cur !== null && lines[i]!.section === '总体目标' && norm.charCodeAt(norm.length - 1) === COLON && TARGETS_LEAD_RULE.pattern.test(norm))
      applyHeading(LEAD_LABEL, { kind: 'label', section: '主要目标' }, cur as PlanDraft | null);
  }

  function applyHeading(h: Heading, cls: HeadingClass, plan: PlanDraft | null): boolean {
    let rank: number;
    let entry: StackEntry;
    if (cls?.kind === 'label') {
      // 主要目标： inside a domain is deepest; 三、主要目标 may hold the domains
      rank = h.rank ?? LABEL_RANK;
      entry = entryOf(rank, cls.section, null);
      if (plan) plan.planLike = true;
      if (plan && h.rank !== null && cls.section === '主要目标' && !plan.sawDomain) plan.targetsRank ??= h.rank;
    } else if (cls?.kind === 'domain') {
      rank = h.rank ?? 2;
      // achievements by domain inside 发展现状 stay in 发展现状, domain other
      if (stack.some((e) => e.numbered && e.section === '发展现状' && e.rank < rank)) return false;
      entry = entryOf(rank, null, cls.name);
      if (plan) {
        plan.sawDomain = true;
        plan.planLike = true;
        for (const d of DOMAIN_PART) if (d.pattern.test(cls.name)) plan.domainParts[d.part]++;
      }
    } else if (cls?.kind === 'section') {
      rank = h.rank ?? (cls.section === '发展现状' ? 1 : 2);
      // a domain holds no preface nor general goals: such a name there is a measure item
      if (cls.section !== 'other' && stack.some((e) => e.domain !== null && e.rank < rank)) return false;
      entry = entryOf(rank, cls.section, null, h.rank !== null);
    } else {
      // unknown heading: structural only at the top two levels, and never inside a domain
      if (h.rank === null || h.rank > 2) return false;
      rank = h.rank;
      if (stack.some((e) => e.domain !== null && e.rank < rank)) return false;
      // a plan without domains: a chapter of its own after the targets' (第三章 提升农村公共服务水平) holds its measures
      // (not under a section named above it: 第10条 under 第四章 实施保障 stays there)
      const measures =
        plan?.targetsRank !== undefined && !plan.sawDomain && rank <= Math.max(plan.targetsRank, UNKNOWN_MEASURES_RANK) && !stack.some((e) => e.rank < rank && e.section !== null);
      // a part (妇女发展, 儿童发展) is named by a chapter or a first-level heading; below, a topic (促进儿童健康) is no part
      entry = entryOf(rank, measures ? '策略措施' : null, null, false, false, (rank <= 1 ? partNamed(h.name) : null) ?? undefined);
      if (plan && !measures && rank <= 1 && !plan.planLike && !plan.sawDomain && plan.targetsRank === undefined) pastCheck = { line: lastNonBlank, entry };
    }
    if (plan) {
      plan.sawHeading = true;
      // a chapter (第二部分) may restart the outline within the same plan
      if (rank === 0 && cls?.kind !== 'domain') plan.sawDomain = false;
    }
    while (stack.length > 0 && (stack[stack.length - 1]!.rank >= rank || stack[stack.length - 1]!.preface)) stack.pop();
    stack.push(entry);
    cached = null;
    return true;
  }

  return { plans, lines };
}

/** Header, plan parts, periods and extents, jurisdiction; final line contexts. */
function finishStructure(text: string, raw: string[], norms: string[], plans: PlanDraft[], lines: LineContext[]): DocStructure {
  const n = raw.length;
  // the header: lines before the first plan
  const headerEnd = plans.length > 0 ? plans[0]!.start : Math.min(n, 40);
  let issuer: string | null = null;
  let docNumber: string | null = null;
  for (let i = 0; i < headerEnd; i++) {
    const norm = norms[i]!;
    if (!norm) continue;
    if (docNumber === null) {
      const m = DOC_NUMBER_RULE.pattern.exec(norm);
      if (m) docNumber = m[0];
    }
    // several bodies may sign (中共某县委办公室, 某县人民政府办公室): the government first
    if (issuer === null || !issuer.includes('人民政府')) {
      const m = ISSUER_RULE.pattern.exec(norm);
      if (m && (issuer === null || m[1]!.includes('人民政府'))) issuer = m[1]!;
    }
  }

  // plan parts, periods and extents
  // white space (line breaks included) removed: the text itself when it is short enough, no join
  const compact = stripSpace(n <= JURISDICTION_LINES ? text : raw.slice(0, JURISDICTION_LINES).join(''));
  const headerPeriods = periodsNamed(stripSpace(raw.slice(0, headerEnd).join('')));
  const parts: Part[] = plans.map((p, k) =>
    planPart(p, raw, norms, p.start, k + 1 < plans.length ? plans[k + 1]!.start - 1 : lastContentLine(norms, p.start)),
  );
  // a plan found by its restarted outline: its untitled preface ended the plan before
  for (let k = 1; k < plans.length; k++) {
    const p = plans[k]!;
    if (p.restartFloor === undefined || parts[k] === 'other' || parts[k] === parts[k - 1]) continue;
    const from = prefaceStart(raw, norms, p.restartFloor, p.start, parts[k]!, parts[k - 1]!);
    if (from === p.start) continue;
    const c: LineContext = { part: 'other', domain: 'other', section: '发展现状', plan: k };
    for (let i = from; i < p.start; i++) lines[i] = c;
    p.start = from;
  }
  // an outline with no title, period, domain, list or subject is no plan (a file with no plan in it)
  const kept = plans.map((p, k) => p.title !== null || p.period !== null || p.planLike || parts[k] !== 'other');
  // -1 for a dropped plan: the array stays one of small integers
  const newIndex: number[] = [];
  let next = 0;
  for (const keep of kept) newIndex.push(keep ? next++ : -1);
  const out: Plan[] = [];
  for (let k = 0; k < plans.length; k++) {
    if (!kept[k]) continue;
    const p = plans[k]!;
    const last = k + 1 < plans.length ? plans[k + 1]!.start - 1 : lastContentLine(norms, p.start);
    const part = parts[k]!;
    out.push({
      part,
      title: p.title,
      period: p.period ?? ownPeriod(raw, p.start, last, p.title, compact) ?? headerPeriods[part] ?? titleBlockPeriod(norms, p.start, last),
      issuer,
      docNumber,
      lines: [p.start + 1, Math.max(p.start, last) + 1],
    });
  }
  const monitoring = monitoringTitle(raw, norms);
  // a monitoring report's outline (一、儿童与健康) makes untitled plans: they are the plan it cites
  if (monitoring && out.length > 0 && out.every((o) => o.title === null)) {
    const cited = citedPlan(compact, issuer, docNumber, norms);
    if (cited) for (const o of out) if (cited.part === 'other' || cited.part === o.part || o.part === 'other') {
      o.title = cited.title;
      o.period ??= cited.period;
    }
  }
  // a plan whose period is nowhere stated: its sibling's, else the year most often targeted
  const known = out.find((p) => p.period !== null)?.period ?? null;
  for (const o of out) o.period ??= known ?? targetedPeriod(raw, o.lines[0] - 1, o.lines[1] - 1);

  // blank lines after the last plan's text belong to no plan
  finalizeLines(lines, out.length > 0 ? out[out.length - 1]!.lines[1] : n, newIndex, parts);

  const keptDrafts = plans.filter((_, k) => kept[k]);
  // a file headed by a plan it cites (《…规划（2021—2025年）》政策解读, a news item): it is about that plan, whose
  // outline it does not follow: questions and paragraphs are no prefaces or target lists
  if (!monitoring && out.length > 0 && out.every((o) => o.title === null) && headedByCitation(norms)) {
    const cited = citedPlan(compact, issuer, docNumber, norms);
    if (cited) {
      out.length = 0;
      out.push(cited);
      const NO_PLAN: LineContext = { part: 'other', domain: 'other', section: 'other', plan: null };
      const contexts = new Map<string, LineContext>();
      for (let i = 0; i < n; i++) {
        if (i < cited.lines[0] - 1 || i >= cited.lines[1]) {
          lines[i] = NO_PLAN;
          continue;
        }
        const domain = lines[i]!.domain === '总体目标' ? 'other' : lines[i]!.domain;
        const part = cited.part === 'other' ? lines[i]!.part : cited.part;
        const key = `${part}|${domain}`;
        let c = contexts.get(key);
        if (!c) contexts.set(key, (c = { part, domain, section: 'other', plan: 0 }));
        lines[i] = c;
      }
    }
  }
  // a file with no plan of its own (news, 解读, a monitoring report) takes the plan it cites, or the annual plan it reports
  if (out.length === 0) {
    const cited = citedPlan(compact, issuer, docNumber, norms) ?? annualPlan(raw, norms, issuer, docNumber);
    if (cited) {
      out.push(cited);
      const c: LineContext = { part: cited.part, domain: 'other', section: 'other', plan: 0 };
      for (let i = cited.lines[0] - 1; i < cited.lines[1]; i++) if (lines[i]!.plan === null) lines[i] = c;
    }
  }
  const structure: DocStructure = { jurisdiction: findJurisdiction(compact, issuer, keptDrafts, monitoring?.place ?? null), plans: out, lines };
  if (monitoring) {
    structure.genre = 'monitoring_report';
    structure.reportYear = monitoring.year;
  }
  return structure;
}

/**
 * A monitoring report's title among the first lines, the year it reports on (2022年《…》统计监测报告) and the
 * place it names (REPORT_PLACE_RULE), in its line or, for a title on two lines (《…规划》 / 实施情况…报告), the line before.
 */
function monitoringTitle(raw: string[], norms: string[]): { year: number | null; place: string | null } | null {
  let seen = 0;
  let before = '';
  for (let i = 0; i < norms.length && seen < MONITORING_TITLE_LINES; i++) {
    if (!norms[i]) continue;
    seen++;
    const line = stripSpace(raw[i]!);
    if (line.length > 80 || !MONITORING_RULE.pattern.test(line)) {
      before = line;
      continue;
    }
    const bare = line.replace(/^[#*>\s]+/, '');
    const y = /^((?:19|20)\d{2})年/.exec(bare);
    const place = REPORT_PLACE_RULE.pattern.exec(bare)?.[1] ??
      (before.length <= 60 && !/[。，,；;：:]/.test(before) ? REPORT_PLACE_RULE.pattern.exec(before.replace(/^[#*>\s]+/, ''))?.[1] : undefined) ?? null;
    return { year: y ? Number(y[1]) : reportDateYear(norms, i + 1), place };
  }
  return null;
}

/** The year before the date line (2023年11月) among the few lines after a report's title, or null. */
function reportDateYear(norms: string[], from: number): number | null {
  let seen = 0;
  for (let i = from; i < norms.length && seen < MONITORING_TITLE_LINES; i++) {
    if (!norms[i]) continue;
    seen++;
    const m = REPORT_DATE_RULE.pattern.exec(norms[i]!);
    if (m) return Number(m[1]) - 1;
  }
  return null;
}

/** The report on an annual plan (…与2024年计划草案的报告) in the first lines: the plan of that year. */
function annualPlan(raw: string[], norms: string[], issuer: string | null, docNumber: string | null): Plan | null {
  let seen = 0;
  for (let i = 0; i < norms.length && seen < MONITORING_TITLE_LINES; i++) {
    if (!norms[i]) continue;
    seen++;
    const line = stripSpace(raw[i]!);
    const m = line.length <= 80 ? ANNUAL_REPORT_RULE.pattern.exec(line) : null;
    if (!m) continue;
    const year = Number(m[1]);
    const first = firstNonBlankAfter(norms, 0, norms.length);
    return { part: 'other', title: line, period: [year, year], issuer, docNumber, lines: [first + 1, lastContentLine(norms, first) + 1] };
  }
  return null;
}

/** The file's first line cites a plan in 《》 and is no notice (关于印发《…》的通知 heads the plan itself). */
function headedByCitation(norms: string[]): boolean {
  const first = norms.find((l) => l.length > 0);
  if (!first || !first.includes('《') || NOTICE_MARK_RULE.pattern.test(first)) return false;
  return new RegExp(CITED_PLAN_RULE.pattern.source).test(first);
}

/** The first plan cited in 《》 with a period, as the plan of a file that has none of its own. */
function citedPlan(compact: string, issuer: string | null, docNumber: string | null, norms: string[]): Plan | null {
  for (const m of compact.matchAll(CITED_PLAN_RULE.pattern)) {
    const title = m[1]!;
    const period = periodOf(arabicYears(title));
    if (!period) continue;
    const subject = CITED_SUBJECT_PART.find((s) => s.pattern.test(title));
    const first = firstNonBlankAfter(norms, 0, norms.length);
    return {
      part: subject?.part ?? 'other',
      title: title.replace(TRAILING_PERIOD_RE, ''),
      period,
      issuer,
      docNumber,
      lines: [Math.min(first, norms.length - 1) + 1, lastContentLine(norms, first) + 1],
    };
  }
  return null;
}

/**
 * Final contexts, in place: plans renumbered (`newIndex`, -1 for a dropped one), a plan's part where
 * the outline named none; lines from `tail` on in no plan. Lines share context objects, each finalized once.
 * Its own function: its loop is compiled alone, not with the rest of finishStructure.
 */
function finalizeLines(lines: LineContext[], tail: number, newIndex: number[], parts: Part[]): void {
  const n = lines.length;
  const NO_PLAN: LineContext = { part: 'other', domain: 'other', section: 'other', plan: null };
  const finals = new Map<LineContext, LineContext>();
  const finalize = (c: LineContext): LineContext => {
    if (c.plan === null) return c;
    const plan = newIndex[c.plan]!;
    if (plan === -1) return NO_PLAN;
    let part = parts[c.plan]!;
    if (part === 'other') {
      part = c.part;
      for (const d of DOMAIN_PART) if (d.pattern.test(c.domain)) part = d.part;
    }
    return { part, domain: c.domain, section: c.section, plan };
  };
  for (let i = tail; i < n; i++) lines[i] = NO_PLAN;
  // runs of lines share a context: the map is asked once per run
  let runContext: LineContext | null = null;
  let runFinal: LineContext | null = null;
  for (let i = 0; i < n; i++) {
    const c = lines[i]!;
    if (c !== runContext) {
      let f = finals.get(c);
      if (f === undefined) {
        f = finalize(c);
        finals.set(c, f);
      }
      runContext = c;
      runFinal = f;
    }
    lines[i] = runFinal!;
  }
}

/** The line ends a sentence, a label or a bracket (。 ： ） ”), white space aside. */
function endsClosed(line: string): boolean {
  let end = line.length - 1;
  while (end >= 0 && flagAt(line, end) & SPACE) end--;
  return end >= 0 && (flagAt(line, end) & CLOSES_LINE) !== 0;
}

/** A body line cut by the conversion: long, and not ending a sentence or a heading. */
function isWrapped(norm: string, line: string): boolean {
  // a table row (| … |) ends where it ends: the heading after a table stands alone
  return norm.length > MAX_BARE_HEADING && !endsClosed(line) && !mayBeNumbered(norm) && !TABLE_ROW_RE.test(norm);
}
const TABLE_ROW_RE = /^\|.*\|$/;
/** A numbered heading alone on its line ((四)妇女参与决策和管理): not wrapped body text. */
function mayBeNumbered(norm: string): boolean {
  const h = parseHeading(norm);
  return h !== null && h.rank !== null && !h.inline && !/[,，]/.test(h.name);
}

/** A title broken over two short lines (朔州市妇女发展 / “十四五”规划). */
function joinedTitle(norms: string[], raw: string[], i: number): TitleMatch | null {
  const a = norms[i]!;
  if (a.length > 24 || !SUBJECT_RE.test(a)) return null;
  for (let j = i + 1; j < norms.length && j <= i + 3; j++) {
    const b = norms[j]!;
    if (!b) continue;
    if (b.length > 24) return null;
    return matchTitle(a + b, raw[i]! + raw[j]!);
  }
  return null;
}

const SUBJECT_RE = /妇女|儿童/;

function firstNonBlankAfter(norms: string[], from: number, limit: number): number {
  for (let k = from; k < limit; k++) if (norms[k]) return k;
  return limit;
}

function lastContentLine(norms: string[], from: number): number {
  for (let k = norms.length - 1; k > from; k--) if (norms[k]) return k;
  return from;
}

/** PART_KEYWORDS without their g flag, for a test that keeps no lastIndex: made once, not per heading */
const PART_KEYWORD_TESTS = PART_KEYWORDS.map((k) => ({ part: k.part, pattern: new RegExp(k.pattern.source) }));

/** The one part a heading names (妇女发展篇, 第二部分儿童发展), if it names exactly one. */
function partNamed(name: string): Part | null {
  const s = name.replace(BOTH_PARTS_RE, '');
  const named = PART_KEYWORD_TESTS.filter((k) => k.pattern.test(s));
  return named.length === 1 ? named[0]!.part : null;
}

/**
 * Where the preface of a plan without title begins, before its restarted outline at `start`:
 * the earliest paragraph after the previous plan's last heading (and that heading's own
 * paragraph) from which the text speaks of the new part rather than the old one.
 */
function prefaceStart(raw: string[], norms: string[], floor: number, start: number, part: Part, before: Part): number {
  const ends = (i: number) => !norms[i] || /[。:：]$/.test(raw[i]!.trimEnd());
  let q = floor;
  while (q < start && !ends(q)) q++;
  const count = (i: number, k: Part) => {
    const s = stripSpace(raw[i]!).replace(BOTH_PARTS_RE, '');
    const re = PART_KEYWORDS.find((x) => x.part === k)!.pattern;
    return s.match(re)?.length ?? 0;
  };
  // paragraphs of the block, from the last: each must speak of the new part
  let best = start;
  let mine = 0;
  let theirs = 0;
  for (let i = start - 1; i > q; i--) {
    if (!norms[i]) continue;
    mine += count(i, part);
    theirs += count(i, before);
    if (ends(i - 1)) {
      // i opens a paragraph
      if (mine >= 1 && mine >= 2 * theirs) best = i;
      else break;
      mine = 0;
      theirs = 0;
    }
  }
  return best;
}

function planPart(p: PlanDraft, raw: string[], norms: string[], first: number, last: number): Part {
  if (p.titlePart) return p.titlePart;
  const d = p.domainParts;
  // domains of both parts in one outline (a monitoring report of both plans): each line takes its domain's part
  if (d.women > 0 && d.children > 0) return 'other';
  if (d.women !== d.children) return d.women > d.children ? 'women' : 'children';
  // a title no rule knows (某县国民营养计划实施方案（2023—2030年）) that names neither group: a plan of its own genre
  const title = titleBlockLine(norms, first, last);
  if (title !== null && !PART_KEYWORDS.some((k) => countMatches(k.pattern, title.replace(BOTH_PARTS_RE, '')) > 0)) return 'other';
  const counts: Record<Part, number> = { women: 0, children: 0, other: 0 };
  const end = Math.min(last, first + KEYWORD_LINES);
  for (let i = first; i <= end; i++) {
    const s = stripSpace(raw[i]!).replace(BOTH_PARTS_RE, '');
    for (const k of PART_KEYWORDS) counts[k.part] += countMatches(k.pattern, s);
  }
  if (counts.women >= 3 && counts.women >= 1.5 * counts.children) return 'women';
  if (counts.children >= 3 && counts.children >= 1.5 * counts.women) return 'children';
  return 'other';
}

/** s.match(re)?.length ?? 0 for a global `re` that matches no empty text, without the array of matches */
function countMatches(re: RegExp, s: string): number {
  re.lastIndex = 0;
  let count = 0;
  while (re.test(s)) count++;
  return count;
}
// countMatches would not end on an empty match
for (const k of PART_KEYWORDS) if (!k.pattern.global || k.pattern.test('')) throw new Error(`part keywords ${k.pattern}: global, never empty`);

const OWN_PLAN_RE = /本\s*(?:规|纲|计)/;

/** The period a plan states for itself: 本规划期限为…, or a citation of its own title. */
function ownPeriod(raw: string[], first: number, last: number, title: string | null, compact: string): [number, number] | null {
  for (let i = first; i <= last; i++) {
    if (!OWN_PLAN_RE.test(raw[i]!)) continue;
    // the sentence may run over the next lines
    const s = arabicYears(stripSpace(raw.slice(i, Math.min(i + 4, last + 1)).join('')));
    const own = OWN_PERIOD_RULE.pattern.exec(s);
    if (own) return [Number(own[1]), Number(own[2])];
  }
  if (title) {
    const i = compact.indexOf('《' + title);
    if (i !== -1) {
      const end = compact.indexOf('》', i);
      const per = end !== -1 ? periodOf(compact.slice(i, end)) : null;
      if (per) return per;
    }
  }
  return null;
}

/** The period on a line of a plan's title block whose title no rule read (TITLE_BLOCK_PERIOD_RULE). */
function titleBlockPeriod(norms: string[], first: number, last: number): [number, number] | null {
  const line = titleBlockLine(norms, first, last);
  return line === null ? null : periodOf(line);
}

/** The line of a plan's title block that TITLE_BLOCK_PERIOD_RULE reads, with a period in it, or null. */
function titleBlockLine(norms: string[], first: number, last: number): string | null {
  let seen = 0;
  for (let i = first; i <= last && seen < TITLE_BLOCK_LINES; i++) {
    const norm = norms[i]!;
    if (!norm) continue;
    seen++;
    if (mayBeNumbered(norm)) return null;
    if (TITLE_BLOCK_PERIOD_RULE.pattern.test(norm) && periodOf(norm)) return norm;
  }
  return null;
}

/** Periods of the plans a notice names (…妇女发展“十四五”规划和儿童发展纲要（2021—2030年）…), by part. */
function periodsNamed(header: string): Partial<Record<Part, [number, number]>> {
  const found: Partial<Record<Part, [number, number]>> = {};
  for (const m of header.matchAll(NAMED_PLAN_RULE.pattern)) {
    const part = TITLE_SUBJECT_PART[m[1]!];
    const per = periodOf(m[0]);
    if (part && per) found[part] ??= per;
  }
  return found;
}

/** Last resort: the year most often targeted (到2025年), latest on ties. */
function targetedPeriod(raw: string[], first: number, last: number): [number, number] | null {
  const years = new Map<number, number>();
  for (let i = first; i <= last; i++) {
    if (!raw[i]!.includes('到')) continue;
    for (const m of raw[i]!.matchAll(/到\s*(20\d{2})\s*年/g)) years.set(Number(m[1]), (years.get(Number(m[1])) ?? 0) + 1);
  }
  let best: number | null = null;
  for (const [y, c] of [...years].sort((a, b) => a[0] - b[0])) if (best === null || c >= years.get(best)!) best = y;
  if (best === null) return null;
  return [best % 10 === 0 ? best - 9 : best - 4, best];
}

const LEVEL_RANK: Record<JurisdictionLevel, number> = { province: 1, city: 2, county: 3, district: 4, other: 4 };

/** The GB/T 2260 list's level for a name it holds (神农架林区: county, 万柏林区: district), else the suffix's. */
function levelOf(name: string): { level: JurisdictionLevel; rank: number } | null {
  const listed = levelNamed(name);
  if (listed) return { level: listed, rank: LEVEL_RANK[listed] };
  for (const s of LEVEL_SUFFIXES) if (s.pattern.test(name)) return { level: s.level, rank: s.rank };
  return null;
}

/** Full name of a place cited without suffix, where the text gives the evidence. */
function fullName(name: string, compact: string, selfRank: number): string | null {
  if (levelOf(name)) return name;
  if (PROVINCES[name]) return PROVINCES[name]!;
  if (compact.includes(name + '市')) return name + '市';
  if (selfRank >= 3 && CITY_EVIDENCE_RE.test(compact)) return name + '市';
  return null;
}

function placeOfIssuer(issuer: string): string | null {
  if (/^国务院/.test(issuer)) return '中国';
  // the place ends at its suffix (石湾县爱国卫生运动委员会 → 石湾县); a body with no such place, as written
  const shaped = ISSUER_PLACE_RULE.pattern.exec(issuer)?.[1];
  if (shaped) return shaped;
  const s = issuer.replace(/^中共/, '').replace(/(?:人民政府.*|妇女儿童工作委员会.*|委员会.*|委?办公室|委?办公厅|委)$/, '');
  return s.length >= 2 ? s : null;
}

/** 长春市九台区 → 九台区 under 长春市; a single name stays whole. */
function splitPlace(name: string): { self: string; above: string[] } {
  // a GB/T 2260 name is one place (兰州新区, 西盟佤族自治县), whatever pieces it holds
  if (divisionsNamed(name).length > 0) return { self: name, above: [] };
  const m = NESTED_PLACE_RULE.pattern.exec(name);
  if (!m) return { self: name, above: [] };
  return { self: m[3]!, above: [m[1], m[2]].filter((x): x is string => !!x) };
}

function findJurisdiction(compact: string, issuer: string | null, plans: PlanDraft[], reportPlace: string | null): Jurisdiction {
  const cited: string[] = [];
  for (const m of compact.matchAll(CITED_PLACE_RULE.pattern)) {
    const name = m[1]!;
    if (!NATIONAL_NAMES.test(name) && !cited.includes(name)) cited.push(name);
  }
  let self: string | null = (issuer && placeOfIssuer(issuer)) || plans.find((p) => p.titlePlace)?.titlePlace || reportPlace;
  if (self === null) {
    // the deepest cited jurisdiction, then the most mentioned
    let bestRank = -1;
    let bestCount = -1;
    for (const c of cited) {
      const lv = levelOf(c);
      if (!lv) continue;
      const count = compact.split(c).length - 1;
      if (lv.rank > bestRank || (lv.rank === bestRank && count > bestCount)) {
        self = c;
        bestRank = lv.rank;
        bestCount = count;
      }
    }
  }
  if (self === null) return { name: null, level: null, parents: [] };
  if (NATIONAL_NAMES.test(self)) return { name: self, level: 'other', parents: [] };
  const split = splitPlace(self);
  self = split.self;
  let own = levelOf(self);
  // a 市 its name nests under a city (某某市梧桐市) is a county-level city: the city is its parent
  if (own?.level === 'city' && /市$/.test(self) && split.above.some((a) => levelOf(a)?.rank === 2)) own = { level: 'county', rank: 3 };
  const selfRank = own?.rank ?? 4;
  const parents: { name: string; rank: number }[] = [];
  for (const c of [...split.above, ...cited.flatMap((x) => { const sp = splitPlace(x); return [...sp.above, sp.self]; })]) {
    if (c === self) continue;
    const full = fullName(c, compact, selfRank);
    if (!full || full === self) continue;
    const lv = levelOf(full);
    if (!lv || lv.rank >= selfRank) continue;
    if (!parents.some((p) => p.name === full)) parents.push({ name: full, rank: lv.rank });
  }
  parents.sort((a, b) => a.rank - b.rank);
  return { name: self, level: own?.level ?? null, parents: parents.map((p) => p.name) };
}

/** The end of a line where a TOC leader and page number stand: bounded, so a padded line stays cheap. */
function tocTail(line: string): string {
  const t = line.trimEnd();
  return t.length > TOC_TAIL ? t.slice(-TOC_TAIL) : t;
}
const TOC_TAIL = 160;
