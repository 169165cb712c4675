// Full coverage without a number: 全覆盖, 应保尽保 and its family, 覆盖全县…的, 基本普及.
import { coverageBasicUniversal, coverageCoveringAll, coverageFull, coverageShouldAll } from './phrasings/coverage.ts';
import {
  BASIC_UNIVERSAL,
  COVERAGE_VERBS,
  COVERAGE_WRAPPERS,
  COVERING_ALL,
  COVERING_EVERY,
  FULL_COVERAGE,
  NOT_FULL_BEFORE,
  NOT_VERBS,
  PRINCIPLE_BEFORE,
  SCOPE_BEFORE_FULL,
  SHOULD_ALL,
} from '../rules/coverage.ts';
import { commaBefore, type Clause, type Found } from './clause.ts';
import type { Doc } from './doc.ts';
import { trimIndicator } from './indicator.ts';

export const COV_VERBS = [...COVERAGE_VERBS].sort((a, b) => b.length - a.length);

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

/** The full-coverage target of a clause, if any. */
export function coverage(doc: Doc, c: Clause, before: Clause | null): Found | null {
  const found = coverageSpan(doc, c, before);
  if (!found) return null;
  const v = coverageVerb(doc.clean.s, c, found.idiom);
  if (v) {
    found.verb = v.verb;
    found.pa = Math.min(found.pa, v.at);
  }
  return found;
}

/** a character each idiom holds (全覆盖, 覆盖全…的: 覆; 应X尽X: 尽; 基本普及: 普): a clause without one has no idiom */
export const IDIOM_CHARS = new Uint8Array(65536);
for (const c of '覆尽普') IDIOM_CHARS[c.charCodeAt(0)] = 1;
for (const idiom of [FULL_COVERAGE, BASIC_UNIVERSAL, SHOULD_ALL.source, COVERING_ALL.source, COVERING_EVERY.source]) {
  if (![...idiom].some((c) => IDIOM_CHARS[c.charCodeAt(0)])) throw new Error(`coverage idiom ${idiom} holds none of the idiom characters`);
}

function mayHoldIdiom(s: string, a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (IDIOM_CHARS[s.charCodeAt(i)]) return true;
  return false;
}

function coverageSpan(doc: Doc, c: Clause, before: Clause | null): (Found & { idiom: number }) | null {
  const s = doc.clean.s;
  if (!mayHoldIdiom(s, c.a, c.b)) return null;
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
      if (ib - ia >= 2) return { ia, ib, pa: c.a, pb: ib, verb, rule: coverageFull.meta.id, idiom: k };
    }
    const [ta, tb] = trimIndicator(s, c.a, k);
    // X实现乡镇（街道）全覆盖: the places covered are no part of the indicator
    const scope = SCOPE_BEFORE_FULL.exec(s.slice(c.a, k));
    if (scope && scope[0] !== scope[1]) {
      const [ua, ub] = trimIndicator(s, c.a, c.a + scope.index);
      let [xa, xb] = ub - ua >= 2 ? stripCoverageVerbs(s, ua, ub) : [ua, ua];
      // 推进X，实现县域全覆盖: the indicator is the clause before
      const prev = xb - xa < 2 ? commaBefore(s, c, before) : null;
      if (prev) [xa, xb] = wrapped(s, prev.a, prev.b);
      if (xb - xa >= 2) return { ia: xa, ib: xb, pa: xa, pb, verb: scope[1]!, rule: coverageFull.meta.id, idiom: k };
    }
    let [ia, ib] = stripCoverageVerbs(s, ta, tb);
    // 推进儿童之家建设，实现全覆盖: the indicator is the clause before
    const prev = commaBefore(s, c, before);
    if (ib - ia < 2 && prev) [ia, ib] = wrapped(s, prev.a, prev.b);
    if (ib - ia >= 2) return { ia, ib, pa: ia, pb, verb: null, rule: coverageFull.meta.id, idiom: k };
    return null;
  }
  const m = SHOULD_ALL.exec(text);
  if (m && PRINCIPLE_BEFORE.test(text.slice(Math.max(0, m.index - 2), m.index))) return null;
  if (m) {
    const k2 = c.a + m.index;
    const pb = k2 + m[0].length + (s[k2 + m[0].length] === '”' ? 1 : 0);
    const [ta, tb] = trimIndicator(s, c.a, k2);
    let [ia, ib] = stripCoverageVerbs(s, ta, tb);
    const prev = commaBefore(s, c, before);
    if (ib - ia < 2 && prev) {
      [ia, ib] = wrapped(s, prev.a, prev.b);
    }
    if (ib - ia >= 2) return { ia, ib, pa: Math.min(ia, k2), pb, verb: m[0], rule: coverageShouldAll.meta.id, idiom: k2 };
    return null;
  }
  const cov = COVERING_ALL.exec(text);
  if (cov) {
    const from = c.a + cov.index + cov[0].length;
    const [ia, ib] = trimIndicator(s, from, c.b);
    const [, , verb] = stripCoverageVerbs(s, c.a, c.a + cov.index);
    if (ib - ia >= 2) return { ia, ib, pa: c.a + cov.index, pb: ib, verb, rule: coverageCoveringAll.meta.id, idiom: c.a + cov.index };
  }
  const every = COVERING_EVERY.exec(text);
  if (every) {
    const k4 = c.a + every.index;
    const [ta, tb] = trimIndicator(s, c.a, k4);
    const [ia, ib] = stripCoverageVerbs(s, ta, tb);
    if (ib - ia >= 2) return { ia, ib, pa: ia, pb: c.a + every.index + every[0].length, verb: '覆盖', rule: coverageCoveringAll.meta.id, idiom: k4 };
  }
  const u = text.indexOf(BASIC_UNIVERSAL);
  if (u >= 0) {
    const k3 = c.a + u;
    const after = trimIndicator(s, k3 + BASIC_UNIVERSAL.length, c.b);
    if (after[1] - after[0] >= 2) return { ia: after[0], ib: after[1], pa: k3, pb: after[1], verb: '普及', rule: coverageBasicUniversal.meta.id, idiom: k3 };
    const [ta, tb] = trimIndicator(s, c.a, k3);
    const [ia, ib] = stripCoverageVerbs(s, ta, tb);
    if (ib - ia >= 2) return { ia, ib, pa: ia, pb: k3 + BASIC_UNIVERSAL.length, verb: '基本普及', rule: coverageBasicUniversal.meta.id, idiom: k3 + 2 };
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

