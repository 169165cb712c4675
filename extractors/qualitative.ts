// Direction-only targets of 主要目标 lists: 乳腺癌筛查率逐步提高, 提高…比例, 保持合理比例.
import { qualitativeBoundFigure, qualitativeControlBelow, qualitativeKeep, qualitativePostfix, qualitativePrefix } from './phrasings/qualitative.ts';
import type { Direction } from '../model/schema.ts';
import {
  AGAINST,
  BARE_GAP,
  KEEP_RATIO,
  POSTFIX_DIRECTIONS,
  PREFIX_DIRECTIONS,
  QUALITATIVE_NOUNS,
  QUOTA_FROM_ABOVE,
  QUALITATIVE_TRAILERS,
  type DirectionWord,
} from '../rules/qualitative.ts';
import type { Clause, Found } from './clause.ts';
import { COV_VERBS } from './coverage.ts';
import { trimIndicator } from './indicator.ts';

const POSTFIX = [...POSTFIX_DIRECTIONS].sort((a, b) => b.form.length - a.form.length);
const PREFIX = [...PREFIX_DIRECTIONS].sort((a, b) => b.form.length - a.form.length);
/** forms by their last (or first) character, in list order: a clause is compared only with forms it may end (or start) with */
function byCharAt(words: DirectionWord[], at: (form: string) => number): Map<number, DirectionWord[]> {
  const out = new Map<number, DirectionWord[]>();
  for (const d of words) {
    const c = d.form.charCodeAt(at(d.form));
    out.set(c, [...(out.get(c) ?? []), d]);
  }
  return out;
}
const POSTFIX_BY_LAST = byCharAt(POSTFIX, (f) => f.length - 1);
const PREFIX_BY_FIRST = byCharAt(PREFIX, () => 0);

/** the nouns by the code of their last character: a phrase is compared only with those it may end with */
const NOUNS_BY_LAST = new Map<number, string[]>();
for (const n of QUALITATIVE_NOUNS) {
  if (n.length === 0) throw new Error('qualitative nouns: an empty noun would end every phrase');
  const c = n.charCodeAt(n.length - 1);
  NOUNS_BY_LAST.set(c, [...(NOUNS_BY_LAST.get(c) ?? []), n]);
}

function hasNoun(s: string): boolean {
  const nouns = NOUNS_BY_LAST.get(s.charCodeAt(s.length - 1));
  if (nouns === undefined) return false;
  for (const n of nouns) if (s.endsWith(n)) return true;
  return false;
}

function stripTrailers(s: string, a: number, b: number): number {
  for (const t of QUALITATIVE_TRAILERS) if (b - a > t.length && s.startsWith(t, b - t.length)) return b - t.length;
  return b;
}

export interface Qual extends Found {
  direction: Direction;
  suffix: string;
}

/** The direction-only targets of a clause. */
export function qualitative(s: string, c: Clause): Qual[] {
  const [a, b] = trimIndicator(s, c.a, c.b);
  if (b - a < 3) return [];
  const text = s.slice(a, b);
  const keep = KEEP_RATIO.exec(text);
  if (keep) {
    const [ia, ib] = trimIndicator(s, a, a + keep.index);
    if (ib - ia >= 2)
      return [{ ia, ib, pa: ia, pb: a + keep.index + keep[0].length, verb: '保持', direction: 'keep', suffix: keep[2]! + keep[3]!, rule: qualitativeKeep.meta.id }];
  }
  for (const d of POSTFIX_BY_LAST.get(s.charCodeAt(b - 1)) ?? []) {
    if (!text.endsWith(d.form)) continue;
    const end = b - d.form.length;
    const ib0 = stripTrailers(s, a, end);
    const [ia, ib] = trimIndicator(s, a, ib0);
    if (ib - ia >= 2 && hasNoun(s.slice(ia, ib)) && !BARE_GAP.test(s.slice(ia, ib)) && !AGAINST.test(s.slice(ia, ib)))
      return [{ ia, ib, pa: ia, pb: b, verb: d.form.replace(/^上升趋势/, ''), direction: d.direction, suffix: '', rule: qualitativePostfix.meta.id }];
    break;
  }
  for (const d of PREFIX_BY_FIRST.get(s.charCodeAt(a)) ?? []) {
    if (!text.startsWith(d.form)) continue;
    if (AGAINST.test(s.slice(a + d.form.length, a + d.form.length + 1))) break;
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
      return [{ ia, ib, pa: a, pb: b, verb: d.form, direction: d.direction, suffix: '', rule: qualitativePrefix.meta.id }];
    break;
  }
  // 女代表比例一般不少于本地区女党员比例: a bound against another figure, no number
  const bound = /(不少于|不低于)/.exec(text);
  if (bound && !QUOTA_FROM_ABOVE.test(text.slice(bound.index))) {
    const [ia, ib] = trimIndicator(s, a, a + bound.index);
    if (ib - ia >= 2 && hasNoun(s.slice(ia, ib)))
      return [{ ia, ib, pa: ia, pb: b, verb: bound[1]!, direction: 'up', suffix: '', rule: qualitativeBoundFigure.meta.id }];
  }
  // 儿童伤害死亡率控制在2020年基数以下
  const ctrl = /控制在.{0,12}(以下|以内)$/.exec(text);
  if (ctrl) {
    const [ia, ib] = trimIndicator(s, a, a + ctrl.index);
    if (ib - ia >= 2 && hasNoun(s.slice(ia, ib)))
      return [{ ia, ib, pa: ia, pb: b, verb: '控制在', direction: 'down', suffix: '', rule: qualitativeControlBelow.meta.id }];
  }
  return [];
}

export /** The object of a clause: after its leading verb, after an enumeration's 等. */
function borrowedObject(s: string, c: Clause): [number, number] {
  let [a, b] = trimIndicator(s, c.a, c.b);
  const v = PREFIX.find((d) => s.startsWith(d.form, a)) ?? COV_VERBS.map((x) => ({ form: x })).find((d) => s.startsWith(d.form, a));
  if (v) a += v.form.length;
  const etc = s.lastIndexOf('等', b - 1);
  if (etc >= a) a = etc + 1;
  return [a, b];
}

