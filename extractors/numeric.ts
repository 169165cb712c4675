// Numeric targets and baselines: value tokens grouped into lists, each list tied to a verb,
// bound words and an indicator; past figures become baselines.
import type { Comparator, Extracted } from '../pipeline/schema.ts';
import { PAST_MARKERS, BASE_YEAR_AFTER } from '../rules/baseline.ts';
import { PRE_BOUNDS } from '../rules/bounds.ts';
import { REFERENCE_AFTER, REFERENCE_SOURCE } from '../rules/exclusions.ts';
import { ALL_VERBS, LEVEL_VERB_SET, NOUN_AFTER_VERB } from '../rules/verbs.ts';
import {
  SENTENCE,
  clauseEnd,
  clauseStart,
  contextAt,
  makeRecord,
  originalText,
  planPeriod,
  type Doc,
} from './doc.ts';
import { asWritten, resolveList, trimIndicator } from './indicator.ts';
import { scanValues, type ValueToken } from './values.ts';

/** longer runs of values are split: keeps every record's span local */
const MAX_LIST = 12;
const LIST_SEP = /^[、和及与或]$/;
/** verbs by first character, longest first: one lookup per position */
const VERBS_BY_FIRST = new Map<string, string[]>();
for (const v of ALL_VERBS) VERBS_BY_FIRST.set(v[0]!, [...(VERBS_BY_FIRST.get(v[0]!) ?? []), v]);
const SHORT_VERBS = new Set(ALL_VERBS.filter((v) => v.length === 1));
/** 至少 anywhere before the verb: 每年至少组织2次 */
const AT_LEAST = ['至少', '最少'];
const BORROW_VERBS = ['逐步提高', '不断提高', '进一步提高', '提高', '提升', '降低', '扩大', '增加'];
const GLUE_BEFORE_VALUE = ['有', '为', '是', '达到', '达', '在'];

interface VerbHit {
  verb: string;
  start: number;
  end: number;
}

/**
 * The verb before `pos` in [from, pos): the nearest level verb (达到, 降至) if any, else the nearest
 * action verb (新建, 组织); one-character verbs only right before the value or opening the clause.
 */
function findVerb(s: string, from: number, pos: number): VerbHit | null {
  let best: VerbHit | null = null;
  let bestLevel: VerbHit | null = null;
  for (let i = from; i < pos; i++) {
    const cands = VERBS_BY_FIRST.get(s[i]!);
    if (!cands) continue;
    for (const v of cands) {
      if (!s.startsWith(v, i) || i + v.length > pos) continue;
      const end = i + v.length;
      if (end < pos && NOUN_AFTER_VERB.includes(s[end]!)) continue;
      // one-character verbs (有, 设, 占) only right before the value or opening the clause
      if (SHORT_VERBS.has(v) && i !== from) {
        const gap = s.slice(end, pos);
        if (gap.length > 0 && !PRE_BOUNDS.some((b) => b.form === gap)) continue;
      }
      const hit = { verb: v, start: i, end };
      if (!best || end > best.end || (end === best.end && v.length > best.verb.length)) best = hit;
      if (LEVEL_VERB_SET.has(v) && (!bestLevel || end > bestLevel.end || (end === bestLevel.end && v.length > bestLevel.verb.length)))
        bestLevel = hit;
      break;
    }
  }
  return bestLevel ?? best;
}

function preBound(
  s: string,
  pos: number,
): { comparator: Comparator; form: string; start: number; verb: boolean; glue: string | null } | null {
  let end = pos;
  let glue: string | null = null;
  for (const g of GLUE_BEFORE_VALUE) {
    if (s.startsWith(g, end - g.length) && PRE_BOUNDS.some((b) => s.startsWith(b.form, end - g.length - b.form.length))) {
      end -= g.length;
      glue = g;
      break;
    }
  }
  for (const b of PRE_BOUNDS) {
    const st = end - b.form.length;
    if (st >= 0 && s.startsWith(b.form, st)) return { comparator: b.comparator, form: b.form, start: st, verb: b.verb, glue };
  }
  return null;
}

/** Explicit year of the sentence before `pos` (到2025年), skipping base years (以2020年为基数). */
function explicitYear(s: string, pos: number): { year: number; at: number } | null {
  const from = clauseStart(s, pos, SENTENCE);
  const seg = s.slice(from, pos);
  const re = /(19|20)\d\d(?=年)/g;
  let found: { year: number; at: number } | null = null;
  let m: RegExpExecArray | null;
  while ((m = re.exec(seg)) !== null) {
    const after = seg.slice(m.index + 5, m.index + 10);
    const before = seg.slice(Math.max(0, m.index - 1), m.index);
    if (BASE_YEAR_AFTER.some((w) => after.startsWith(w)) || before === '比' || before === '以') continue;
    found = { year: Number(m[0]), at: from + m.index };
  }
  return found;
}

function groupLists(s: string, tokens: ValueToken[]): ValueToken[][] {
  const lists: ValueToken[][] = [];
  for (const t of tokens) {
    const cur = lists[lists.length - 1];
    const prev = cur?.[cur.length - 1];
    if (cur && prev && cur.length < MAX_LIST && t.start - prev.end === 1 && LIST_SEP.test(s[prev.end]!) && !(prev.unit && t.unit && prev.unit !== t.unit)) cur.push(t);
    else lists.push([t]);
  }
  return lists;
}

/** Numeric targets and baselines; marks in `valueAt` the clean positions of values used. */
export function extractNumeric(doc: Doc, valueAt?: Uint8Array): Extracted[] {
  const s = doc.clean.s;
  const out: Extracted[] = [];
  const lists = groupLists(s, scanValues(s));
  let prevEnd = 0;
  // the verb and bound of the last list, shared by later values of the same clause (小学生10小时、初中生9小时)
  let prevList: { cs: number; names: string[] } | null = null;
  let shared: { clause: number; verb: string | null; pre: ReturnType<typeof preBound>; atLeast: boolean; names: string[] } | null = null;
  for (const raw of lists) {
    // units and bounds written once after the last value cover the whole list
    const list = raw.map((t) => ({ ...t }));
    for (let i = list.length - 2; i >= 0; i--) if (list[i]!.unit === null) list[i]!.unit = list[i + 1]!.unit;
    const lastPost = list[list.length - 1]!.post;
    for (let i = 0; i < list.length - 1; i++) if (list[i]!.post === null) list[i]!.post = lastPost;
    const toks = list.filter((t) => t.unit !== null);
    if (toks.length === 0) continue;
    const first = toks[0]!;
    const last = toks[toks.length - 1]!;
    const listEnd = list[list.length - 1]!.end;

    // another plan's figure quoted for comparison
    const cs = clauseStart(s, first.start);
    if (REFERENCE_AFTER.some((w) => s.startsWith(w, listEnd)) && REFERENCE_SOURCE.test(s.slice(cs, first.start))) continue;

    const segStart = Math.max(cs, prevEnd);
    prevEnd = listEnd;
    const ctx = contextAt(doc, first.start);
    const period = planPeriod(doc, ctx.plan);
    let pre = preBound(s, first.start);
    let verbHit = findVerb(s, segStart, pre ? pre.start : first.start);
    // 社会组织不少于1家: an action verb glued to a verb-like bound is part of the noun
    if (pre?.verb && verbHit && verbHit.end === pre.start && !LEVEL_VERB_SET.has(verbHit.verb)) verbHit = null;
    let verb: string | null = verbHit?.verb ?? null;
    const segText = s.slice(segStart, first.start);
    let atLeast = AT_LEAST.some((w) => segText.includes(w));
    let inherited = false;
    if (!verbHit && !pre && shared && shared.clause === cs) {
      verb = shared.verb;
      pre = shared.pre;
      atLeast = shared.atLeast;
      inherited = true;
    }
    if (pre?.verb && (!verbHit || verbHit.end <= pre.start)) verb = pre.form;
    if (pre && !pre.verb && !verbHit) verb = pre.glue === '有' ? '有' : null;

    // a value before its noun: 95%的城市社区…建立; a share before its verb: 100%达到二级以上标准
    let afterVerb: VerbHit | null = null;
    if (!verbHit && !pre && s[listEnd] === '的') {
      afterVerb = findVerb(s, listEnd + 1, clauseEnd(s, listEnd + 1));
      if (afterVerb) verb = afterVerb.verb;
    } else if (!verbHit && !pre && last.unit === '%') {
      const v = findVerb(s, listEnd, Math.min(clauseEnd(s, listEnd), listEnd + 6));
      if (v && v.start === listEnd) {
        afterVerb = v;
        verb = v.verb;
      }
    }

    // no verb before the value: name the one after it (1个月内报送, 六县全部通过)
    let verbAfter: VerbHit | null = null;
    if (verb === null && !pre) {
      verbAfter = findVerb(s, listEnd, clauseEnd(s, listEnd));
      verb = verbAfter?.verb ?? null;
    }
    const yearHit = explicitYear(s, first.start);
    const past =
      ctx.section === '发展现状' ||
      (yearHit !== null && period !== null && yearHit.year < period[0]) ||
      PAST_MARKERS.test(segText);
    const periodic = s[first.start - 1] === '每' && first.unit === '年';
    const explicit = toks.some((t) => t.post !== null) || pre !== null || verbHit !== null || afterVerb !== null || inherited || periodic || atLeast;
    if (!(explicit || past)) continue;
    // a Chinese numeral in a past statement needs a verb of its own (衡量一个国家 is no figure)
    if (!explicit && first.chinese && !findVerb(s, listEnd, clauseEnd(s, listEnd))) continue;
    const prevShared = shared;
    shared = { clause: cs, verb, pre, atLeast, names: [] };

    // indicator: before the verb, else that of the previous list of the clause (由A下降到B),
    // else between verb and value, else after the value
    const verbStart = verbHit?.start ?? pre?.start ?? first.start;
    let [ia, ib] = trimIndicator(s, segStart, Math.min(verbStart, pre?.start ?? verbStart));
    const reuse =
      ib - ia < 2 && prevShared !== null && prevShared.clause === cs && prevShared.names.length === toks.length ? prevShared.names : null;
    if (ib - ia < 2 && verbHit && !reuse) [ia, ib] = trimIndicator(s, verbHit.end, pre?.start ?? first.start);
    // 全县建成儿童之家156个: a bare place before the verb, the counted thing between verb and value
    let between = '';
    if (ib - ia >= 1 && ib - ia <= 3 && verbHit && ib <= verbHit.start && !reuse) {
      const [ba, bb] = trimIndicator(s, verbHit.end, pre?.start ?? first.start);
      if (bb - ba >= 2) between = originalText(doc, ba, bb);
    }
    let shareOf = '';
    let objectEnd = 0;
    if (ib - ia < 2 && !reuse) {
      const from = s[listEnd] === '的' ? listEnd + 1 : listEnd;
      const to = afterVerb ? afterVerb.start : clauseEnd(s, from);
      [ia, ib] = trimIndicator(s, from, Math.min(to, from + 40));
    } else if (!reuse && s[listEnd] === '的' && last.unit === '%') {
      // the tail of an earlier share (95%的城市社区和85%的…) is no subject of this one
      if (s[segStart] === '的') ia = ib;
      // 全省80%以上的县通过国家评估认定: the share is of the noun after 的, doing what follows
      const from = listEnd + 1;
      const [oa, ob] = trimIndicator(s, from, nextValueStart(s, from, Math.min(clauseEnd(s, from), from + 40)));
      if (ob - oa >= 2) {
        shareOf = originalText(doc, oa, ob);
        objectEnd = ob;
      }
    }
    let borrowed: string | null = null;
    if (ib - ia < 2 && !reuse && cs > 1 && (s[cs - 1] === '，' || s[cs - 1] === ',')) {
      // 提高农村卫生厕所普及率，2025年达到85%左右: the indicator sits in the previous clause
      const pcs = clauseStart(s, cs - 1);
      // …that clause had a figure of its own (建成儿童之家156个，到2025年达到200个): take its indicator
      if (prevList && prevList.cs === pcs && prevList.names.length === 1) borrowed = prevList.names[0]!;
      [ia, ib] = trimIndicator(s, pcs, cs - 1);
      // strip a direction verb the borrowed clause starts with (提高X率，2025年达到85%)
      const dv = BORROW_VERBS.find((v) => s.startsWith(v, ia));
      if (dv) ia += dv.length;
      // that clause is now part of this target, not a qualitative one
      if (valueAt) valueAt[Math.max(pcs, ia - 1)] = 1;
    }
    // a counted object after the value: 每个县至少建设1所标准化妇幼保健机构
    let object = '';
    if (!reuse && ia < first.start && toks.length === 1 && first.unit !== null && COUNT_UNITS.has(first.unit.replace(/^[万亿]/, ''))) {
      const from = s[listEnd] === '的' ? listEnd + 1 : listEnd;
      const to = Math.min(clauseEnd(s, from), from + 30);
      let [oa, ob] = trimIndicator(s, from, nextValueStart(s, from, to));
      // a verb ends the object, unless it opens a relative clause (政府举办的机构)
      for (let v = findVerb(s, oa, ob); v !== null; v = findVerb(s, oa, v.start)) {
        if (s[v.end] !== '的') ob = v.start;
      }
      const startsNoun = /[\u4e00-\u9fff“]/.test(s[from] ?? '') && !'、和及与或并'.includes(s[from]!);
      if (startsNoun && ob - oa >= 2) {
        object = originalText(doc, oa, ob);
        objectEnd = ob;
      }
    }
    const indicatorClean = s.slice(ia, ib);
    const indicatorOrig = originalText(doc, ia, ib);
    const indicator = borrowed ?? originalText(doc, ia, ib) + between + object + shareOf;

    let names: string[] = reuse ?? toks.map(() => indicator);
    if (toks.length > 1 && !reuse) {
      const r = resolveList(indicatorClean, toks.length);
      if (r) names = r.map((x) => asWritten(x, indicatorClean, indicatorOrig));
    }
    let expanded: { tok: ValueToken; name: string }[] = toks.map((tok, i) => ({ tok, name: names[i]! }));
    if (toks.length === 1 && !reuse && !object) {
      const r = resolveList(indicatorClean, 0);
      if (r) expanded = r.map((name) => ({ tok: first, name: asWritten(name, indicatorClean, indicatorOrig) }));
    }
    shared.names = expanded.length === toks.length ? expanded.map((e) => e.name) : [];
    prevList = { cs, names: expanded.map((e) => e.name) };

    const kind = past ? 'baseline' : 'numeric';
    const spanA = Math.min(ia, verbHit?.start ?? first.start, pre?.start ?? first.start, first.start);
    const spanB = Math.max(last.end, afterVerb ? Math.max(ib, afterVerb.end) : ib, listEnd, verbAfter?.end ?? 0, objectEnd);
    if (valueAt) for (const t of toks) valueAt[t.start] = 1;
    for (const { tok, name } of expanded) {
      const comparator: Comparator = pre?.comparator ?? (atLeast ? '>=' : null) ?? tok.post ?? '=';
      let year: number | null;
      if (kind === 'baseline') {
        year = yearHit && (!period || yearHit.year < period[0]) ? yearHit.year : period ? period[0] - 1 : null;
        if (period && s.slice(Math.max(0, tok.start - 1), tok.start) === '由') year = period[0] - 1 - (period[1] - period[0] + 1);
      } else {
        year = yearHit && (!period || yearHit.year >= period[0]) ? yearHit.year : period ? period[1] : null;
      }
      const tokVerb = kind === 'baseline' && s[tok.start - 1] === '由' ? '由' : verb;
      out.push(
        makeRecord(doc, {
          kind,
          indicator: name,
          verb: tokVerb,
          comparator: kind === 'baseline' && comparator !== '=' && tok.post === null && pre?.form === '高于' ? '=' : comparator,
          value: tok.value,
          unit: tok.unit,
          direction: null,
          year,
          span: { a: spanA, b: spanB },
          anchor: tok.start,
          rule: `${kind === 'baseline' ? 'baseline' : 'numeric'}/${pre ? 'pre-bound' : tok.post ? 'verb-bound' : verbHit ? 'verb' : 'value'}`,
        }),
      );
    }
  }
  return out;
}

/** units that count things (名, 所, 个 …), whose object may follow the value */
const COUNT_UNITS = new Set(['个', '名', '人', '所', '家', '次', '张', '期', '处', '项', '座', '户', '场次', '人次', '县']);

/** Start of the next number in [from, to), or `to`: an object ends where the next value starts. */
function nextValueStart(s: string, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) return s[i - 1] === '和' || s[i - 1] === '、' ? i - 1 : i;
  }
  return to;
}
