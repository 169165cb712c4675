// Qualitative and full-coverage targets: both read one clause at a time.
import type { Direction, Extracted } from '../pipeline/schema.ts';
import {
  BASIC_UNIVERSAL,
  COVERAGE_VERBS,
  COVERAGE_WRAPPERS,
  COVERING_ALL,
  FULL_COVERAGE,
  SHOULD_ALL,
} from '../rules/coverage.ts';
import {
  KEEP_RATIO,
  POSTFIX_DIRECTIONS,
  PREFIX_DIRECTIONS,
  QUALITATIVE_NOUNS,
  QUALITATIVE_TRAILERS,
} from '../rules/qualitative.ts';
import { contextAt, makeRecord, originalText, planPeriod, type Doc } from './doc.ts';
import { resolveList, trimIndicator } from './indicator.ts';

const CLAUSE_CHARS = new Set(['，', ',', '。', '；', ';', '！', '？', '!', '?', '\n', '：']);
const POSTFIX = [...POSTFIX_DIRECTIONS].sort((a, b) => b.form.length - a.form.length);
const PREFIX = [...PREFIX_DIRECTIONS].sort((a, b) => b.form.length - a.form.length);
const COV_VERBS = [...COVERAGE_VERBS].sort((a, b) => b.length - a.length);
/** words stripped around a coverage idiom that are no verb */
const NOT_VERBS = ['对', '要', '并', '均', '基本', '力争', '争取'];
const MAX_CLAUSE = 120;
/** a clause without any of these characters holds no coverage idiom and no direction word */
const CUES = /[提升增扩降缩减控稳适均保覆尽普少低长加]/;
/** characters that make 全 the end of another word (健全, 安全, 完全, 齐全) */
const NOT_FULL_BEFORE = '健安完齐周保';
/** a gap between places only (城乡差距, 城乡、区域差距) names no measured indicator */
/** a gap against another figure (与全国平均水平的差距) is no indicator of the plan */
const AGAINST = /^(与|同|和)/;
const BARE_GAP = /^(城乡|区域|地区|群体|城市|农村|之间|和|、|及|与)+差距$/;

interface Clause {
  a: number;
  b: number;
}

/** Clauses of the stream, in order (linear scan). */
export function clausesOf(s: string): Clause[] {
  const out: Clause[] = [];
  let a = 0;
  for (let i = 0; i <= s.length; i++) {
    if (i === s.length || CLAUSE_CHARS.has(s[i]!)) {
      if (i > a) out.push({ a, b: i });
      a = i + 1;
    }
  }
  return out;
}

function hasNoun(s: string): boolean {
  return QUALITATIVE_NOUNS.some((n) => s.endsWith(n));
}

function stripTrailers(s: string, a: number, b: number): number {
  for (const t of QUALITATIVE_TRAILERS) if (b - a > t.length && s.startsWith(t, b - t.length)) return b - t.length;
  return b;
}

function hasValueIn(valueAt: Uint8Array, a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (valueAt[i]) return true;
  return false;
}

export function extractClauses(doc: Doc, valueAt: Uint8Array): Extracted[] {
  const s = doc.clean.s;
  const out: Extracted[] = [];
  const clauses = clausesOf(s);
  let prev: Clause | null = null;
  for (const c of clauses) {
    const before = prev;
    prev = c;
    if (c.b - c.a > MAX_CLAUSE || c.b - c.a < 3) continue;
    if (!CUES.test(s.slice(c.a, c.b))) continue;
    if (hasValueIn(valueAt, c.a, c.b)) continue;
    const ctx = contextAt(doc, c.a);
    if (ctx.section === '发展现状') continue;
    const period = planPeriod(doc, ctx.plan);
    const year = explicitYear(s, c.a, c.b) ?? (period ? period[1] : null);
    const cov = coverage(doc, c, before);
    if (cov) {
      out.push(
        makeRecord(doc, {
          kind: 'full_coverage',
          indicator: originalText(doc, cov.ia, cov.ib),
          verb: cov.verb,
          comparator: null,
          value: 100,
          unit: '%',
          direction: null,
          year,
          span: { a: Math.min(cov.ia, cov.pa), b: Math.max(cov.ib, cov.pb) },
          anchor: cov.ia,
          rule: cov.rule,
        }),
      );
      continue;
    }
    if (ctx.section !== '主要目标') continue;
    for (const q of qualitative(s, c)) {
      const text = originalText(doc, q.ia, q.ib) + q.suffix;
      const names = resolveList(s.slice(q.ia, q.ib) + q.suffix, 0) ?? [text];
      for (const name of names) {
        out.push(
          makeRecord(doc, {
            kind: 'qualitative',
            indicator: name,
            verb: q.verb,
            comparator: null,
            value: null,
            unit: null,
            direction: q.direction,
            year,
            span: { a: Math.min(q.ia, q.pa), b: Math.max(q.ib, q.pb) },
            anchor: q.ia,
            rule: q.rule,
          }),
        );
      }
    }
  }
  return out;
}

function explicitYear(s: string, a: number, b: number): number | null {
  const m = /(?:到|至)(20\d\d)年/.exec(s.slice(Math.max(0, a - 12), b));
  return m ? Number(m[1]) : null;
}

interface Found {
  ia: number;
  ib: number;
  pa: number;
  pb: number;
  verb: string | null;
  rule: string;
}

function stripCoverageVerbs(s: string, a: number, b: number): [number, number, string | null] {
  let verb: string | null = null;
  while (a < b && '“”"'.includes(s[a]!)) a++;
  while (b > a && '“”"'.includes(s[b - 1]!)) b--;
  for (let guard = 0; guard < 4 && a < b; guard++) {
    const v = COV_VERBS.find((x) => s.startsWith(x, a));
    if (!v) break;
    verb ??= v;
    a += v.length;
  }
  for (let guard = 0; guard < 4 && a < b; guard++) {
    const v = COV_VERBS.find((x) => b - x.length > a && s.startsWith(x, b - x.length));
    if (!v) break;
    verb = v;
    b -= v.length;
  }
  while (a < b && '“”"'.includes(s[a]!)) a++;
  while (b > a && '“”"'.includes(s[b - 1]!)) b--;
  return [a, b, verb];
}

/** The verb of a coverage idiom: right before it (X实现全覆盖), else opening the clause (推进X全覆盖). */
function coverageVerb(s: string, c: Clause, at: number): { verb: string; at: number } | null {
  let end = at;
  while (end > c.a && '“"'.includes(s[end - 1]!)) end--;
  const before = COV_VERBS.find((v) => end - v.length >= c.a && s.startsWith(v, end - v.length));
  if (before && !NOT_VERBS.includes(before)) return { verb: before, at: end - before.length };
  let a = c.a;
  for (let guard = 0; guard < 4; guard++) {
    const v = COV_VERBS.find((x) => s.startsWith(x, a));
    if (!v) return null;
    if (!NOT_VERBS.includes(v)) return { verb: v, at: a };
    a += v.length;
  }
  return null;
}

function coverage(doc: Doc, c: Clause, before: Clause | null): Found | null {
  const found = coverageSpan(doc, c, before);
  if (!found) return null;
  const v = coverageVerb(doc.clean.s, c, found.idiom);
  if (v) {
    found.verb = v.verb;
    found.pa = Math.min(found.pa, v.at);
  }
  return found;
}

function coverageSpan(doc: Doc, c: Clause, before: Clause | null): (Found & { idiom: number }) | null {
  const s = doc.clean.s;
  const text = s.slice(c.a, c.b);
  let k = text.indexOf(FULL_COVERAGE);
  // 健全覆盖…: 全 closes another word
  if (k > 0 && NOT_FULL_BEFORE.includes(text[k - 1]!)) k = -1;
  if (k >= 0) {
    k += c.a;
    const pb = k + FULL_COVERAGE.length;
    if (s[pb] === '的') {
      const [ia, ib] = trimIndicator(s, pb + 1, c.b);
      const [, , verb] = stripCoverageVerbs(s, c.a, k);
      if (ib - ia >= 2) return { ia, ib, pa: c.a, pb: ib, verb, rule: 'coverage/full', idiom: k };
    }
    const [ta, tb] = trimIndicator(s, c.a, k);
    const [ia, ib, verb] = stripCoverageVerbs(s, ta, tb);
    if (ib - ia >= 2) return { ia, ib, pa: ia, pb, verb: null, rule: 'coverage/full', idiom: k };
    return null;
  }
  const m = SHOULD_ALL.exec(text);
  if (m) {
    const k2 = c.a + m.index;
    const pb = k2 + m[0].length + (s[k2 + m[0].length] === '”' ? 1 : 0);
    const [ta, tb] = trimIndicator(s, c.a, k2);
    let [ia, ib, verb] = stripCoverageVerbs(s, ta, tb);
    if (ib - ia < 2 && before && before.b === c.a - 1 && s[before.b] !== '\n') {
      [ia, ib] = wrapped(s, before.a, before.b);
    }
    if (ib - ia >= 2) return { ia, ib, pa: Math.min(ia, k2), pb, verb: m[0], rule: 'coverage/should-all', idiom: k2 };
    return null;
  }
  const cov = COVERING_ALL.exec(text);
  if (cov) {
    const from = c.a + cov.index + cov[0].length;
    const [ia, ib] = trimIndicator(s, from, c.b);
    const [, , verb] = stripCoverageVerbs(s, c.a, c.a + cov.index);
    if (ib - ia >= 2) return { ia, ib, pa: c.a + cov.index, pb: ib, verb, rule: 'coverage/covering-all', idiom: c.a + cov.index };
  }
  const u = text.indexOf(BASIC_UNIVERSAL);
  if (u >= 0) {
    const k3 = c.a + u;
    const after = trimIndicator(s, k3 + BASIC_UNIVERSAL.length, c.b);
    if (after[1] - after[0] >= 2) return { ia: after[0], ib: after[1], pa: k3, pb: after[1], verb: '普及', rule: 'coverage/basic-universal', idiom: k3 };
    const [ta, tb] = trimIndicator(s, c.a, k3);
    const [ia, ib] = stripCoverageVerbs(s, ta, tb);
    if (ib - ia >= 2) return { ia, ib, pa: ia, pb: k3 + BASIC_UNIVERSAL.length, verb: '基本普及', rule: 'coverage/basic-universal', idiom: k3 + 2 };
  }
  return null;
}

/** 落实女干部选拔配备的目标任务 → 女干部选拔配备 */
function wrapped(s: string, a: number, b: number): [number, number] {
  let [ia, ib] = trimIndicator(s, a, b);
  for (const re of COVERAGE_WRAPPERS) {
    const m = re.exec(s.slice(ia, ib));
    if (!m) continue;
    if (m.index === 0) ia += m[0].length;
    else ib -= m[0].length;
  }
  return [ia, ib];
}

interface Qual extends Found {
  direction: Direction;
  suffix: string;
}

function qualitative(s: string, c: Clause): Qual[] {
  const [a, b] = trimIndicator(s, c.a, c.b);
  if (b - a < 3) return [];
  const text = s.slice(a, b);
  const keep = KEEP_RATIO.exec(text);
  if (keep) {
    const [ia, ib] = trimIndicator(s, a, a + keep.index);
    if (ib - ia >= 2)
      return [{ ia, ib, pa: ia, pb: a + keep.index + keep[0].length, verb: '保持', direction: 'keep', suffix: keep[2]! + keep[3]!, rule: 'qualitative/keep' }];
  }
  for (const d of POSTFIX) {
    if (!text.endsWith(d.form)) continue;
    const end = b - d.form.length;
    const ib0 = stripTrailers(s, a, end);
    const [ia, ib] = trimIndicator(s, a, ib0);
    if (ib - ia >= 2 && hasNoun(s.slice(ia, ib)) && !BARE_GAP.test(s.slice(ia, ib)) && !AGAINST.test(s.slice(ia, ib)))
      return [{ ia, ib, pa: ia, pb: b, verb: d.form.replace(/^上升趋势/, ''), direction: d.direction, suffix: '', rule: 'qualitative/postfix' }];
    break;
  }
  for (const d of PREFIX) {
    if (!text.startsWith(d.form)) continue;
    const ib0 = stripTrailers(s, a + d.form.length, b);
    let [ia, ib] = trimIndicator(s, a + d.form.length, ib0);
    // 提高利用率和服务质量: keep the first measured conjunct
    if (!hasNoun(s.slice(ia, ib))) {
      for (let j = ia + 2; j < ib; j++) {
        if ('和及与、'.includes(s[j]!) && hasNoun(s.slice(ia, j))) {
          ib = j;
          break;
        }
      }
    }
    if (ib - ia >= 2 && hasNoun(s.slice(ia, ib)) && !AGAINST.test(s.slice(ia, ib)))
      return [{ ia, ib, pa: a, pb: b, verb: d.form, direction: d.direction, suffix: '', rule: 'qualitative/prefix' }];
    break;
  }
  // 女代表比例一般不少于本地区女党员比例: a bound against another figure, no number
  const bound = /(不少于|不低于)/.exec(text);
  if (bound) {
    const [ia, ib] = trimIndicator(s, a, a + bound.index);
    if (ib - ia >= 2 && hasNoun(s.slice(ia, ib)))
      return [{ ia, ib, pa: ia, pb: b, verb: bound[1]!, direction: 'up', suffix: '', rule: 'qualitative/bound-figure' }];
  }
  // 儿童伤害死亡率控制在2020年基数以下
  const ctrl = /控制在.{0,12}(以下|以内)$/.exec(text);
  if (ctrl) {
    const [ia, ib] = trimIndicator(s, a, a + ctrl.index);
    if (ib - ia >= 2 && hasNoun(s.slice(ia, ib)))
      return [{ ia, ib, pa: ia, pb: b, verb: '控制在', direction: 'down', suffix: '', rule: 'qualitative/control-below' }];
  }
  return [];
}

