// Numeric targets and baselines: value tokens grouped into lists, each list tied to a verb,
// bound words and an indicator; past figures become baselines.
import type { Change, Comparator, Extracted } from '../model/schema.ts';
import { baseYear } from './change.ts';
import { BASE_YEAR_AFTER, BASE_YEAR_BEFORE, TARGET_YEAR_LEAD } from '../rules/baseline.ts';
import { PRE_BOUNDS, SHARE_BOUND } from '../rules/bounds.ts';
import { COVERED_CIRCLE_AFTER, PROJECTED_BOUND, PROJECTION_BEFORE, REFERENCE_AFTER, REFERENCE_SOURCE } from '../rules/exclusions.ts';
import { ALL_VERBS, LEVEL_VERB_SET, NOUN_AFTER_VERB, NOUN_LIKE_AFTER, NOUN_LIKE_VERBS, OBJECT_VERBS } from '../rules/verbs.ts';
import {
  FULL_STOP,
  SENTENCE,
  clauseEnd,
  clauseStart,
  contextAt,
  makeRecord,
  originalText,
  planPeriod,
  type Doc,
} from './doc.ts';
import { asWritten, endsWithIndicatorNoun, groupSubject, resolveList, trimIndicator } from './indicator.ts';
import {
  AT_LEAST,
  PART_OPENER,
  QUALIFIED_REACH,
  REACH_AFTER,
  BORROW_VERBS,
  COUNT_UNITS,
  EVENT_VERBS,
  FLOW_VERBS,
  FREQUENCY_ONLY,
  GLUE_BEFORE_VALUE,
  PER_CAPITA_GLUE,
  GROUP_NOUNS,
  INNER_JUNK,
  PER_CAPITA_SCOPE,
  TIMED_UNITS,
} from '../rules/phrasings.ts';
import type { TensePhrasing, ValueForm, ValueSite } from './phrasing.ts';
import { INDICATOR_PHRASINGS, TENSE_PHRASINGS, VALUE_PHRASINGS } from './phrasings/index.ts';
import { level } from './phrasings/level.ts';
import { MAX_SHARED_HEAD, bareMeasure, sharedSubject } from './phrasings/shared-subject.ts';
import { clauseTail } from './phrasings/parallel-groups.ts';
import { fromTo } from './phrasings/baseline-from-to.ts';
import { innerPeriodEnd, pastPeriod, pastPeriodEnd } from './phrasings/baseline-past-period.ts';
import { fromCurrent } from './phrasings/baseline-from-current.ts';
import { RATIO_BEFORE, RATIO_REACH } from '../rules/units.ts';
import { BASE_ONLY } from '../rules/change.ts';
import { BARE_RATE_END, BARE_RATE_NOUN, LIST_SEP, NOUN_AFTER_RELATION, RELATIVE_WORDS } from '../rules/phrasings.ts';
import { bareRate } from './phrasings/bare-rate.ts';
import { scanValues, type ValueToken } from './values.ts';
import { leadYear } from './lead-year.ts';

/** longer runs of values are split: keeps every record's span local */
const MAX_LIST = 12;
/** verbs by the code of their first character, longest first: one lookup per position */
const VERBS_BY_FIRST = new Map<number, string[]>();
for (const v of ALL_VERBS) VERBS_BY_FIRST.set(v.charCodeAt(0), [...(VERBS_BY_FIRST.get(v.charCodeAt(0)) ?? []), v]);
const SHORT_VERBS = new Set(ALL_VERBS.filter((v) => v.length === 1));

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
  // the end of the last verb matched: a level verb inside it is part of it (改造提升, not 提升)
  let inside = -1;
  for (let i = from; i < pos; i++) {
    const cands = VERBS_BY_FIRST.get(s.charCodeAt(i));
    if (!cands) continue;
    for (const v of cands) {
      if (!s.startsWith(v, i) || i + v.length > pos) continue;
      const end = i + v.length;
      if (i < inside && end <= inside && LEVEL_VERB_SET.has(v)) continue;
      if (end < pos && NOUN_AFTER_VERB.includes(s[end]!)) continue;
      if (NOUN_LIKE_VERBS.has(v) && (end === pos || NOUN_LIKE_AFTER.includes(s[end]!))) continue;
      // 不低于 is a bound, never the verb 低于
      if (i > 0 && s[i - 1] === '不' && PRE_BOUNDS.some((b) => b.form.length === v.length + 1 && s.startsWith(b.form, i - 1))) continue;
      // one-character verbs (有, 设, 占) only right before the value or opening the clause
      // …except 有 after 共 (全市共有精神卫生专业机构7家)
      if (SHORT_VERBS.has(v) && i !== from && !(v === '有' && s[i - 1] === '共')) {
        const gap = s.slice(end, pos);
        if (gap.length > 0 && !PRE_BOUNDS.some((b) => b.form === gap)) continue;
      }
      // 完成中小河流治理河长: after another verb, a verb of treatment names the object
      if (best && OBJECT_VERBS.has(v)) break;
      const hit = { verb: v, start: i, end };
      inside = Math.max(inside, end);
      if (!best || end > best.end || (end === best.end && v.length > best.verb.length)) best = hit;
      if (LEVEL_VERB_SET.has(v) && (!bestLevel || end > bestLevel.end || (end === bestLevel.end && v.length > bestLevel.verb.length)))
        bestLevel = hit;
      break;
    }
  }
  return bestLevel ?? best;
}

/** 不低于符合条件教师总数的10%: the bound before the whole a share is taken of */
function shareBound(s: string, from: number, pos: number): ReturnType<typeof preBound> {
  if (s[pos - 1] !== '的') return null;
  const m = SHARE_BOUND.exec(s.slice(Math.max(from, pos - 24), pos));
  if (!m) return null;
  const b = PRE_BOUNDS.find((x) => x.form === m[1]);
  if (!b) return null;
  return { comparator: b.comparator, form: b.form, start: pos - m[0].length, verb: b.verb, glue: null };
}

function preBound(
  s: string,
  pos: number,
): { comparator: Comparator; form: string; start: number; verb: boolean; glue: string | null } | null {
  let end = pos;
  let glue: string | null = null;
  // 不低于每人每年6000元: a per-capita scope between the bound and the value
  const scope = PER_CAPITA_GLUE.exec(s.slice(Math.max(0, pos - 6), pos));
  if (scope && PRE_BOUNDS.some((b) => b.verb && s.startsWith(b.form, pos - scope[0].length - b.form.length))) end -= scope[0].length;
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
    if (BASE_YEAR_AFTER.some((w) => after.startsWith(w)) || BASE_YEAR_BEFORE.includes(before)) continue;
    found = { year: Number(m[0]), at: from + m.index };
  }
  // 到2025年，A达到…；B达到…: a target year opening the sentence holds for its items after a semicolon
  if (found === null && from > 0 && (s[from - 1] === '；' || s[from - 1] === ';')) {
    const start = clauseStart(s, from, FULL_STOP);
    const lead = TARGET_YEAR_LEAD.exec(s.slice(start, start + 12));
    if (lead) found = { year: Number(lead[1]), at: start + lead.index };
  }
  return found;
}

function groupLists(s: string, tokens: ValueToken[]): ValueToken[][] {
  const lists: ValueToken[][] = [];
  for (const t of tokens) {
    const cur = lists[lists.length - 1];
    const prev = cur?.[cur.length - 1];
    // values of different units are one list only after 分别 (死亡率分别控制在10/10万和5‰以下)
    const unitsFit = !(prev?.unit && t.unit && prev.unit !== t.unit) || (cur !== undefined && s.slice(clauseStart(s, cur[0]!.start), cur[0]!.start).includes('分别'));
    if (cur && prev && cur.length < MAX_LIST && t.start - prev.end === 1 && LIST_SEP.test(s[prev.end]!) && unitsFit) cur.push(t);
    else lists.push([t]);
  }
  return lists;
}

/**
 * Numeric targets and baselines; marks in `valueAt` the clean positions of values used.
 * `starts`: where numbers may start in the stream (numberStarts), when the caller has them already.
 */
export function extractNumeric(doc: Doc, valueAt?: Uint8Array, starts?: Int32Array): Extracted[] {
  const s = doc.clean.s;
  const out: Extracted[] = [];
  const lists = groupLists(s, scanValues(s, starts));
  let prevEnd = 0;
  // the verb and bound of the last list, shared by later values of the same clause (小学生10小时、初中生9小时)
  let prevList: { cs: number; sentence: number; names: string[]; own: string; objectEnd: number; prefix: string | null; subject: string } | null = null;
  let shared: { clause: number; verb: string | null; pre: ReturnType<typeof preBound>; atLeast: boolean; names: string[] } | null = null;
  for (let li = 0; li < lists.length; li++) {
    const list = spreadList(lists[li]!);
    const toks = withUnits(s, list);
    if (toks.length === 0) continue;
    const first = toks[0]!;
    const last = toks[toks.length - 1]!;
    const listEnd = list[list.length - 1]!.end;

    // another plan's figure quoted for comparison
    const cs = clauseStart(s, first.start);
    if (startsWithAny(s, listEnd, REFERENCE_AFTER) && REFERENCE_SOURCE.test(s.slice(cs, first.start))) continue;
    // a projected figure (预计…将突破110万人) is neither committed nor achieved
    if (isProjected(s, first.start)) continue;
    // 实现15分钟生活圈全覆盖: the time names the circle the coverage target is about
    if (first.unit === '分钟' && toks.length === 1 && COVERED_CIRCLE_AFTER.test(s.slice(listEnd, listEnd + 14))) continue;
    // 营业收入超10亿元的数字经济企业10—15家, 24小时晴雨预报准确率为87.2%: a figure inside the name of the clause's next figure qualifies it
    if (toks.length === 1 && qualifiesNext(s, first, listEnd, lists[li + 1], cs)) continue;

    // what the previous list of the clause counted (1个A、1所B) is no subject of this one
    const segStart = Math.max(cs, prevEnd, prevList && prevList.cs === cs ? prevList.objectEnd : 0);
    prevEnd = listEnd;
    const ctx = contextAt(doc, first.start);
    const period = planPeriod(doc, ctx.plan);
    let pre = preBound(s, first.start) ?? shareBound(s, segStart, first.start);
    let verbHit = findVerb(s, segStart, pre ? pre.start : first.start);
    // 社会组织不少于1家, 社区党组织书记中女性比例不少于30%: before a verb-like bound, an action verb is part of the noun
    if (pre?.verb && verbHit && !LEVEL_VERB_SET.has(verbHit.verb)) verbHit = null;
    // 城乡居民达到…合格以上的人数比例超过92%: a measured noun right before a verb-like bound is the indicator, the verb before it part of it
    if (pre?.verb && verbHit && verbHit.end < pre.start && endsWithIndicatorNoun(s.slice(verbHit.end, pre.start))) verbHit = null;
    let verb: string | null = verbHit?.verb ?? null;
    const segText = s.slice(segStart, first.start);
    let atLeast = includesAny(segText, AT_LEAST);
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
    const site: ValueSite = {
      s,
      tok: first,
      first,
      clause: cs,
      sentence: clauseStart(s, first.start, SENTENCE),
      segment: segStart,
      verb: verbHit && { form: verbHit.verb, start: verbHit.start, end: verbHit.end },
      pre: pre && { form: pre.form, start: pre.start, end: pre.start + pre.form.length, comparator: pre.comparator },
      context: ctx,
      period,
      year: yearHit?.year ?? null,
    };
    const tenseOfList = firstTense(site);
    const past = tenseOfList !== undefined;
    const periodic = s[first.start - 1] === '每' && first.unit === '年';
    // 每五年接受不少于360学时的培训: the period of a value after it in the clause is no value itself
    if (periodic && li + 1 < lists.length && clauseStart(s, lists[li + 1]![0]!.start) === cs && !isOnce(lists[li + 1]![0]!)) continue;
    // 每两年开展一次评估, 每五年一个周期: the once of a period is no value
    if (isOnce(first) && li > 0 && isPeriodic(s, lists[li - 1]![0]!) && clauseStart(s, lists[li - 1]![0]!.start) === cs) continue;
    // 视频监控覆盖率100%，: a rate and its percentage, no verb, in a target text
    const bare =
      !past && !pre && !verbHit && !afterVerb && !inherited && toks.length === 1 && first.unit === '%' &&
      BARE_RATE_NOUN.test(s.slice(segStart, first.start)) && BARE_RATE_END.test(s.slice(listEnd, listEnd + 1));
    // 完成营造林45万亩，其中人工造林8万亩: parts of the total counted before them in the sentence
    const partOf = !verbHit && !pre && !inherited && prevList !== null && prevList.sentence === site.sentence && prevList.cs < cs && s.startsWith(PART_OPENER, cs);
    // 县城30分钟上高速: a time and the reach it allows
    const reach = !past && !verbHit && !pre && toks.length === 1 && first.unit !== null && TIMED_UNITS.has(first.unit) && REACH_AFTER.test(s.slice(listEnd, listEnd + 4));
    const explicit = anyPostBound(toks) || pre !== null || verbHit !== null || afterVerb !== null || inherited || periodic || atLeast || first.idiom !== null || bare || partOf || reach;
    if (!(explicit || past)) continue;
    // a Chinese numeral in a past statement needs a verb of its own (衡量一个国家 is no figure)
    if (!explicit && first.chinese && !findVerb(s, listEnd, clauseEnd(s, listEnd))) continue;
    const prevShared = shared;
    shared = { clause: cs, verb, pre, atLeast, names: [] };
    // the phrasings that shaped the indicator; the first of INDICATOR_PHRASINGS among them names the records
    const shapes = new Set<string>();
    if (bare) shapes.add(bareRate.meta.id);

    // indicator: before the verb, else that of the previous list of the clause (由A下降到B),
    // else between verb and value, else after the value
    const verbStart = verbHit?.start ?? pre?.start ?? first.start;
    const count = isCount(first.unit);
    let rawSpan: [number, number] = [segStart, Math.min(verbStart, pre?.start ?? verbStart)];
    let [ia, ib] = trimIndicator(s, rawSpan[0], rawSpan[1]);
    // 至少建有1个A、1所B; 每年组织2次A和2次B: a later count of the clause shares the words before the first object
    const chain: string | null = ib - ia < 2 && count && toks.length === 1 && prevList !== null && prevList.cs === cs && prevList.prefix !== null ? prevList.prefix : null;
    const share = s[listEnd] === '的' && last.unit === '%';
    const reuse =
      chain === null && !share && ib - ia < 2 && prevShared !== null && prevShared.clause === cs && prevShared.names.length === toks.length ? prevShared.names : null;
    if (chain !== null) shapes.add('numeric/counted-chain');
    if (reuse) shapes.add('numeric/reused-names');
    // 新改扩建普惠性幼儿园200所: a verb that defines what is counted stays with it
    const flow = verbHit !== null && !reuse && chain === null && count && FLOW_VERBS.includes(verbHit.verb);
    if (ib - ia < 2 && verbHit && !reuse && chain === null) {
      rawSpan = [flow ? verbHit.start : verbHit.end, pre?.start ?? first.start];
      [ia, ib] = trimIndicator(s, rawSpan[0], rawSpan[1]);
      if (flow && ib - ia > verbHit.verb.length) shapes.add('numeric/counted-verb');
    }
    // 全县建成儿童之家156个: a place before the verb, the counted thing between verb and value
    let between = '';
    if (ib - ia >= 1 && verbHit && ib <= verbHit.start && !reuse && (ib - ia <= 3 || (count && !LEVEL_VERB_SET.has(verbHit.verb)))) {
      const [ba, bb] = trimIndicator(s, verbHit.end, pre?.start ?? first.start);
      if (bb - ba >= 2) {
        between = (flow ? originalText(doc, verbHit.start, verbHit.end) : '') + originalText(doc, ba, bb);
        if (flow) shapes.add('numeric/counted-verb');
      }
    }
    let shareOf = '';
    let objectEnd = 0;
    let shareTail = '';
    if (ib - ia < 2 && !reuse && chain === null) {
      const from = s[listEnd] === '的' ? listEnd + 1 : listEnd;
      const to = afterVerb ? afterVerb.start : clauseEnd(s, from);
      [ia, ib] = trimIndicator(s, from, nextValueStart(s, lists[li + 1], from, Math.min(to, from + 40)));
      objectEnd = ib;
      if (share) shapes.add('numeric/share-of');
      if (share && afterVerb && ib - ia >= 2) {
        // 95%的城市社区和85%的农村社区建立家长学校: the share does what follows the last noun
        const [pa, pb] = trimIndicator(s, afterVerb.start, Math.min(clauseEnd(s, afterVerb.start), afterVerb.start + 40));
        if (pb - pa >= 2) shareTail = originalText(doc, pa, pb);
      }
    } else if (!reuse && chain === null && share) {
      // the tail of an earlier share (95%的城市社区和85%的…) is no subject of this one
      if (s[segStart] === '的') ia = ib;
      // 全省80%以上的县通过国家评估认定: the share is of the noun after 的, doing what follows
      const from = listEnd + 1;
      const [oa, ob] = trimIndicator(s, from, nextValueStart(s, lists[li + 1], from, Math.min(clauseEnd(s, from), from + 40)));
      if (ob - oa >= 2) {
        shareOf = originalText(doc, oa, ob);
        objectEnd = ob;
        shapes.add('numeric/share-of');
      }
    }
    let borrowed: string | null = null;
    if (ib - ia < 2 && !reuse && chain === null && cs > 1 && (s[cs - 1] === '，' || s[cs - 1] === ',')) {
      // 提高农村卫生厕所普及率，2025年达到85%左右: the indicator sits in the previous clause
      const pcs = clauseStart(s, cs - 1);
      // …that clause had a figure of its own (建成儿童之家156个，到2025年达到200个): take its indicator
      if (prevList && prevList.cs === pcs && prevList.names.length === 1) borrowed = prevList.names[0]!;
      [ia, ib] = trimIndicator(s, pcs, cs - 1);
      shapes.add('numeric/borrowed');
      // strip a direction verb the borrowed clause starts with (提高X率，2025年达到85%)
      const dv = BORROW_VERBS.find((v) => s.startsWith(v, ia));
      if (dv) ia += dv.length;
      // that clause is now part of this target, not a qualitative one
      if (valueAt) valueAt[Math.max(pcs, ia - 1)] = 1;
    }
    // a counted object after the value: 每个县至少建设1所标准化妇幼保健机构; a time spent on it: 每天1小时体育活动时间
    let object = '';
    if (!reuse && (ia < first.start || chain !== null) && toks.length === 1 && (count || TIMED_UNITS.has(first.unit ?? ''))) {
      const from = s[listEnd] === '的' ? listEnd + 1 : listEnd;
      const to = Math.min(clauseEnd(s, from), from + 30);
      let [oa, ob] = trimIndicator(s, from, nextValueStart(s, lists[li + 1], from, to));
      // a verb ends the object, unless it opens a relative clause closed by 的 (提供基本医疗服务的全科医生)
      for (let v = findVerb(s, oa, ob); v !== null; v = findVerb(s, oa, v.start)) {
        if (s.slice(v.end, ob).includes('的') || NOUN_LIKE_VERBS.has(v.verb)) continue;
        ob = v.start;
        // 托位规划、建设设施: a two-character verb joined to it by 、 goes with it
        if (s[ob - 1] === '、' && ob - 3 - oa >= 2) ob -= 3;
      }
      [oa, ob] = trimIndicator(s, oa, ob);
      const startsNoun = /[\u4e00-\u9fff“]/.test(s[from] ?? '') && !'、和及与或并'.includes(s[from]!);
      if (startsNoun && ob - oa >= 2) {
        object = originalText(doc, oa, ob);
        objectEnd = ob;
        shapes.add('numeric/counted-object');
      }
    }
    // what stands before a counted object: the subject with its frequency (学校和社区每年), and the verb where
    // it defines what is counted (新建、改扩建40所幼儿园) or ties an organiser to its events (县级每年举办2期培训班)
    const sentenceStart = clauseStart(s, first.start, SENTENCE);
    let prefix: string | null = null;
    let subject = '';
    const counted = object !== '' || (count && ia >= listEnd && chain === null && !reuse);
    if (chain !== null) prefix = chain;
    else if (counted && toks.length === 1 && !reuse && !borrowed) {
      const keep = verbHit && (FLOW_VERBS.includes(verbHit.verb) || EVENT_VERBS.includes(verbHit.verb)) ? verbHit : null;
      const [sa, sb] = keep ? trimIndicator(s, segStart, keep.start, true) : ia < first.start ? trimIndicator(s, rawSpan[0], rawSpan[1], true) : [0, 0];
      const written = originalText(doc, sa, sb);
      const onlyFrequency = sb - sa < 2 || FREQUENCY_ONLY.test(s.slice(sa, sb));
      subject = onlyFrequency ? '' : written;
      // 每所卫生院至少配备1名全科医生，至少配备2名保健医生: a later clause without subject keeps the distributive one
      if (subject === '' && !keep && prevList && prevList.sentence === sentenceStart && prevList.cs !== cs && prevList.subject.startsWith('每')) {
        subject = prevList.subject;
        shapes.add('numeric/counted-chain');
      }
      if (keep) shapes.add('numeric/counted-verb');
      if (keep && FLOW_VERBS.includes(keep.verb)) prefix = written + originalText(doc, keep.start, keep.end);
      else if (keep && !onlyFrequency) prefix = subject + originalText(doc, keep.start, keep.end);
      else prefix = subject + between;
    }
    let indicatorClean = s.slice(ia, ib);
    let indicatorOrig = originalText(doc, ia, ib);
    let indicator: string = borrowed ?? indicatorOrig + between + object + shareOf;
    if (chain !== null) indicator = chain + object;
    else if (prefix !== null) indicator = object ? prefix + object : prefix + indicatorOrig;
    if (share && (shareOf !== '' || shareTail !== '' || ia > first.start)) {
      indicator += shareTail;
      // a share of places or people doing something is the proportion of them (…的比例)
      if (!endsWithIndicatorNoun(indicator)) indicator += '的比例';
      shapes.add('numeric/share-of');
    }
    // 规划颁布后1个月内报送: a deadline names what is due after it
    if (verbAfter && verbAfter.start === listEnd && ib - ia >= 2 && ib <= first.start && !object && tenseOfList !== fromCurrent && tenseOfList !== fromTo) {
      const [da, db] = trimIndicator(s, verbAfter.start, Math.min(clauseEnd(s, listEnd), listEnd + 24));
      if (db - da >= 2) {
        indicator += originalText(doc, da, db);
        shapes.add('numeric/deadline');
      }
    }
    // 保证每天小学生10小时、初中生9小时睡眠时间: group and frequency before, what is measured after the last value
    const lone = /^(每天|每周|每月|每年|每学期|每学年)?(.+)$/.exec(indicatorClean);
    if (!reuse && !inherited && chain === null && toks.length === 1 && lone && GROUP_NOUNS.includes(lone[2]!) && ib <= first.start) {
      const tail = clauseTail(s, lists, li, listEnd);
      if (tail) {
        indicator = lone[2] + (lone[1] ?? '') + originalText(doc, tail[0], tail[1]);
        indicatorClean = indicator;
        indicatorOrig = indicator;
        shapes.add('numeric/parallel-groups');
      }
    }
    // 初中生9个小时 after 小学生每天睡眠10个小时: a bare group takes the rest of the sentence's indicator before it
    if (!reuse && toks.length === 1 && GROUP_NOUNS.includes(indicatorClean) && prevList && prevList.sentence === sentenceStart && prevList.names.length === 1) {
      const prevName = prevList.names[0]!;
      const g = GROUP_NOUNS.filter((x) => prevName.startsWith(x)).sort((x, y) => y.length - x.length)[0];
      if (g && prevName.length > g.length) {
        indicator = indicatorOrig + prevName.slice(g.length);
        shapes.add('numeric/parallel-groups');
      }
    }
    const samePrev = prevList && prevList.sentence === sentenceStart && prevList.names.length === 1 ? prevList : null;
    // 孕产妇死亡率为6.2/10万，比上年下降1.1个十万分点: a change named only by its base is that of the figure before
    if (samePrev && samePrev.own !== '' && toks.length === 1 && !reuse && BASE_ONLY.test(indicator)) indicator = samePrev.own;
    const ownIndicator: string = indicator;
    // 女性参保人数42.56万人，占参保总人数46%; 覆盖率85.51%，高于全省0.68个百分点: a figure relative to the one before
    const relation = segStart === cs ? RELATIVE_WORDS.find((w) => s.startsWith(w, cs) && !NOUN_AFTER_RELATION.includes(s[cs + w.length]!)) : undefined;
    if (relation && samePrev && samePrev.own !== '' && !reuse && chain === null && toks.length === 1) {
      // …占地区生产总值的比重为2.11%: the reference ends at the verb
      const refEnd = verbHit && verbHit.start > cs + relation.length ? verbHit.start : pre && pre.start > cs ? pre.start : first.start;
      const [ra, rb] = trimIndicator(s, cs + relation.length, refEnd);
      const ref = rb > ra ? originalText(doc, ra, rb) : '';
      if (ref !== '') {
        indicator = samePrev.own + relation + ref + (relation === '占' && last.unit === '%' && !/(比例|比重)$/.test(ref) ? '比例' : '');
        shapes.add('numeric/relative-figure');
      }
    } else if (!reuse && chain === null && !borrowed && toks.length === 1 && !object && samePrev && indicator === indicatorOrig) {
      // 达标率稳定在90%以上、达标优良率达到30%以上; 每千名儿童拥有医生1.12名、床位增至3.17张:
      // a short measured noun later in the sentence shares the subject of the one before it; 其中 marks a part of it
      const scoped = sharedSubject(samePrev.names[0]!, indicator, s.startsWith('其中', cs));
      if (scoped) {
        indicator = scoped;
        shapes.add('numeric/shared-subject');
      }
    } else if (!reuse && chain === null && !borrowed && toks.length === 1 && !object && indicator === indicatorOrig && bareMeasure(indicator, MAX_SHARED_HEAD + 2) && cs > 1 && (s[cs - 1] === '，' || s[cs - 1] === ',')) {
      // 儿童新发近视率明显下降，总体近视率每年降低0.5个百分点: the group of the clause before
      let [pa, pb] = trimIndicator(s, clauseStart(s, cs - 1), cs - 1);
      const dv = BORROW_VERBS.find((v) => s.startsWith(v, pa));
      if (dv) [pa, pb] = trimIndicator(s, pa + dv.length, pb);
      const group = groupSubject(s.slice(pa, pb));
      // …only for the same kind of measure (近视率 after 新发近视率), not another one (体育人口占比 after 锻炼人数)
      const sameMeasure = s.slice(pa, pb).includes(indicatorClean.slice(-3));
      if (group && sameMeasure && group.length <= MAX_SHARED_HEAD + 2 && !/\d/.test(group)) {
        indicator = asWritten(group, s.slice(pa, pb), originalText(doc, pa, pb)) + indicator;
        shapes.add('numeric/shared-subject');
      }
    }

    let names: string[] = reuse ?? toks.map(() => indicator);
    if (toks.length > 1 && !reuse) {
      const r = resolveList(indicatorClean, toks.length);
      if (r) {
        names = r.map((x) => asWritten(x, indicatorClean, indicatorOrig));
        shapes.add('numeric/list');
      }
    }
    let expanded: { tok: ValueToken; name: string }[] = toks.map((tok, i) => ({ tok, name: names[i]! }));
    if (toks.length === 1 && !reuse && !object && chain === null && indicator === indicatorOrig) {
      const r = resolveList(indicatorClean, 0);
      if (r) {
        expanded = r.map((name) => ({ tok: first, name: asWritten(name, indicatorClean, indicatorOrig) }));
        shapes.add('numeric/jun');
      }
    }
    shared.names = expanded.length === toks.length ? expanded.map((e) => e.name) : [];
    for (let k = 0; k < expanded.length; k++) expanded[k]!.name = dropInnerJunk(expanded[k]!.name);
    prevList = { cs, sentence: sentenceStart, names: expanded.map((e) => e.name), own: expanded.length === 1 ? dropInnerJunk(ownIndicator) : '', objectEnd, prefix, subject };

    const kind = past ? 'baseline' : 'numeric';
    const spanA = Math.min(ia, verbHit?.start ?? first.start, pre?.start ?? first.start, first.start);
    const spanB = Math.max(last.end, afterVerb ? Math.max(ib, afterVerb.end) : ib, listEnd, verbAfter?.end ?? 0, objectEnd);
    if (valueAt) for (let k = 0; k < toks.length; k++) valueAt[toks[k]!.start] = 1;
    const shape = shapeOf(shapes);
    for (let k = 0; k < expanded.length; k++) {
      const { tok, name } = expanded[k]!;
      const tokSite: ValueSite = tok === first ? site : { ...site, tok };
      const { form, rule: formRule } = readForm(tokSite);
      const tense = kind === 'baseline' ? firstTense(tokSite) : undefined;
      const comparator: Comparator = pre?.comparator ?? (atLeast ? '>=' : null) ?? tok.post ?? '=';
      let year: number | null;
      if (kind === 'baseline') {
        year = yearHit && (!period || yearHit.year <= period[1]) ? yearHit.year : period ? period[0] - 1 : null;
        if (period && tense === fromTo && s.slice(Math.max(0, tok.start - 1), tok.start) === '由') year = period[0] - 1 - (period[1] - period[0] + 1);
        // “十三五”期间…: the figure is of that period's last year
        if (!yearHit && tense === pastPeriod) year = pastPeriodEnd(tokSite) ?? year;
      } else {
        year = yearHit && (!period || yearHit.year >= period[0]) ? yearHit.year : null;
        // “十四五”期间新增… in a plan to 2035: the target is of that period's end
        if (year === null && period !== null && period[1] - period[0] > 5) year = innerPeriodEnd(tokSite, period);
        if (year === null) {
          const lead = leadYear(s, site.sentence);
          year = lead !== null && (!period || (lead >= period[0] && lead <= period[1])) ? lead : period ? period[1] : null;
        }
      }
      // 公告时间由45天压缩至20天: in a target the figure it starts from is no record, the one it reaches is
      if (kind === 'numeric' && s[tok.start - 1] === '由' && li + 1 < lists.length && clauseStart(s, lists[li + 1]![0]!.start) === cs) continue;
      const tokVerb = kind === 'baseline' && s[tok.start - 1] === '由' ? '由' : verb;
      out.push(
        makeRecord(doc, {
          kind,
          indicator: name,
          verb: tokVerb,
          comparator: kind === 'baseline' && comparator !== '=' && tok.post === null && pre?.form === '高于' ? '=' : comparator,
          value: tok.value,
          upper: form.upper ?? null,
          unit: form.unit === undefined ? tok.unit : form.unit,
          direction: form.direction ?? null,
          change: previousYearBase(form.change ?? null, year, tokSite),
          year,
          span: { a: spanA, b: spanB },
          anchor: tok.start,
          rule: formRule ?? tense?.meta.id ?? shape,
        }),
      );
    }
  }
  return out;
}


// Plain loops, not closures or for…of: extractNumeric is too large to be optimized in a worker, and
// its baseline code would allocate a closure or an iterator on every list. What it does on every
// list or value, in small functions of their own, is optimized.

/** The list's values, copied (the scan's stay as read): units and bounds written once after the last value cover them all. */
function spreadList(raw: ValueToken[]): ValueToken[] {
  const list = raw.map((t) => ({ ...t }));
  for (let i = list.length - 2; i >= 0; i--) if (list[i]!.unit === null) list[i]!.unit = list[i + 1]!.unit;
  const lastPost = list[list.length - 1]!.post;
  for (let i = 0; i < list.length - 1; i++) if (list[i]!.post === null) list[i]!.post = lastPost;
  return list;
}

/** The values with a unit, and a ratio's bare number after its verb (出生人口性别比稳定在107以下), not one side of 2:3. */
function withUnits(s: string, list: ValueToken[]): ValueToken[] {
  return list.filter((t) => t.unit !== null || (!t.chinese && list.length === 1 && !RATIO_SIDE.includes(s[t.end] ?? '') && RATIO_BEFORE.test(s.slice(Math.max(0, t.start - RATIO_REACH), t.start))));
}
const RATIO_SIDE = ':：比';

function isCount(unit: string | null): boolean {
  return unit !== null && COUNT_UNITS.has(unit.replace(/^[万亿]/, ''));
}

/** The first tense phrasing that holds for the value, as TENSE_PHRASINGS.find would give it. */
function firstTense(site: ValueSite): TensePhrasing | undefined {
  for (let k = 0; k < TENSE_PHRASINGS.length; k++) if (TENSE_PHRASINGS[k]!.holds(site)) return TENSE_PHRASINGS[k];
  return undefined;
}

/** 比上年下降1.1个十万分点, 在上年基础上增加20项: a change from the year before the record's */
function previousYearBase(change: Change | null, year: number | null, site: ValueSite): Change | null {
  if (change === null || change.base_year !== null || year === null || baseYear(site) !== null) return change;
  return { ...change, base_year: year - 1 };
}

/** 预计到2025年，老年人口将突破110万人: the sentence before the value projects it (looked at only when it says 预计), or 将突破 right before it */
function isProjected(s: string, pos: number): boolean {
  if (s.startsWith(PROJECTED_BOUND, pos - PROJECTED_BOUND.length)) return true;
  const sentence = s.slice(clauseStart(s, pos, SENTENCE), pos);
  const at = sentence.indexOf('预计');
  return at !== -1 && PROJECTION_BEFORE.test(sentence.slice(at));
}

/**
 * The figure names part of the next figure's indicator, close after it in its clause: it is followed by 的 (not a share:
 * 95%的城市社区), or it is a time followed by a noun (24小时晴雨预报准确率) with a verb or bound of the next figure after it.
 */
function qualifiesNext(s: string, t: ValueToken, end: number, next: ValueToken[] | undefined, cs: number): boolean {
  if (next === undefined || t.unit === null) return false;
  const c = s.charCodeAt(end);
  const n = next[0]!;
  if (clauseStart(s, n.start) !== cs || n.start - end > QUALIFIED_REACH) return false;
  if (c === 0x7684) return t.unit !== '%';
  if (!(TIMED_UNITS.has(t.unit) && c >= 0x4e00 && c <= 0x9fff && !VERBS_BY_FIRST.has(c))) return false;
  return preBound(s, n.start) !== null || findVerb(s, end + 1, n.start) !== null;
}

/** 一次, 一个 written in a numeral, or 1次: the once of a period (每两年开展一次, 每5年开展1次评估) */
function isOnce(t: ValueToken): boolean {
  return t.value === 1 && (t.chinese || t.unit === '次');
}

/** a 每N年 period */
function isPeriodic(s: string, t: ValueToken): boolean {
  return s[t.start - 1] === '每' && t.unit === '年';
}

/** The first of INDICATOR_PHRASINGS among the shapes, else the level phrasing: it names the records. */
function shapeOf(shapes: Set<string>): string {
  for (let k = 0; k < INDICATOR_PHRASINGS.length; k++) {
    const id = INDICATOR_PHRASINGS[k]!.meta.id;
    if (shapes.has(id)) return id;
  }
  return level.meta.id;
}

/** The value phrasings in their order: fields an earlier one set stand; the first names the record. */
function readForm(site: ValueSite): { form: ValueForm; rule: string | null } {
  const form: ValueForm = {};
  let rule: string | null = null;
  for (let k = 0; k < VALUE_PHRASINGS.length; k++) {
    const p = VALUE_PHRASINGS[k]!;
    const f = p.read(site);
    if (f === null) continue;
    rule ??= p.meta.id;
    for (const key of Object.keys(f) as (keyof ValueForm)[]) if (form[key] === undefined) (form as Record<string, unknown>)[key] = f[key];
  }
  return { form, rule };
}

function startsWithAny(s: string, at: number, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) if (s.startsWith(words[k]!, at)) return true;
  return false;
}

function includesAny(s: string, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) if (s.includes(words[k]!)) return true;
  return false;
}

function anyPostBound(toks: ValueToken[]): boolean {
  for (let k = 0; k < toks.length; k++) if (toks[k]!.post !== null) return true;
  return false;
}

/** the rules' union, without their global flag: only whether any of them matches */
const ANY_INNER_JUNK = new RegExp(INNER_JUNK.map((re) => `(?:${re.source})`).join('|'));

/** 中小学生每学年至少免费视力检查: words inside an indicator that bound its value, not name it */
function dropInnerJunk(name: string): string {
  // a name none of the rules matches stays as it is (the usual case): one search, not a replace per rule
  if (!ANY_INNER_JUNK.test(name)) return name;
  let out = name;
  for (const re of INNER_JUNK) out = out.replace(re, '');
  return out.length >= 2 ? out : name;
}




/** Where the next value (of list `next`) starts if before `to`, else `to`: an object ends there. */
function nextValueStart(s: string, next: ValueToken[] | undefined, from: number, to: number): number {
  const i = next?.[0]?.start;
  if (i === undefined || i < from || i >= to) return to;
  return s[i - 1] === '和' || s[i - 1] === '、' ? i - 1 : i;
}
