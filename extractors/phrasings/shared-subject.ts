// a short measured noun later in a sentence shares the subject before it.
// The engine (extractors/numeric.ts) calls sharedSubject while it resolves a list's indicator.
import { GROUP_NOUNS, PER_CAPITA_SCOPE } from '../../rules/phrasings.ts';
import { endsWithIndicatorNoun, groupSubject } from '../indicator.ts';
import type { Phrasing } from '../phrasing.ts';

export const sharedSubjectPhrasing: Phrasing = {
  meta: {
    id: 'numeric/shared-subject',
    kind: 'numeric',
    description: 'a short measured noun later in a sentence shares the subject of the indicator before it (per-capita scope, shared words, the group of the clause before)',
  },
  examples: {
    valid: [

      {
        text: '每千名儿童拥有儿科执业（助理）医生达1.12名、床位增至3.17张。',
        section: '策略措施',
        expect: [
          { value: 1.12, indicator: '每千名儿童拥有儿科执业（助理）医生' },
          { value: 3.17, indicator: '每千名儿童拥有床位' },
        ],
      },
      {
        text: '中小学生对《国家学生体质健康标准》达标率提高到98%以上，优良达标率达到60%以上。',
        expect: [
          { value: 98, indicator: '中小学生对《国家学生体质健康标准》达标率' },
          { value: 60, indicator: '中小学生对《国家学生体质健康标准》优良达标率' },
        ],
      },
      {
        text: '5岁以下儿童生长迟缓率控制在5%以下，低体重率降低到3%以下。',
        expect: [
          { value: 5, indicator: '5岁以下儿童生长迟缓率' },
          { value: 3, indicator: '5岁以下儿童低体重率' },
        ],
      },
      {
        text: '全县建成标准化儿童之家120个，覆盖率达到95%。',
        section: '策略措施',
        expect: [
          { value: 120, indicator: '全县标准化儿童之家' },
          { value: 95, indicator: '全县标准化儿童之家覆盖率' },
        ],
      },
      // …not from a clause about another measure
      // separate indicators of one sentence stay apart
    ],
    invalid: [
      {
        text: '妇女经常参加体育锻炼的人数持续增加，体育人口占比达到50%以上。',
        expect: [{ kind: 'qualitative' }, { kind: 'numeric', value: 50, indicator: '体育人口占比' }],
      },
      {
        text: '婴儿死亡率下降到5‰，孕产妇死亡率控制在12/10万以下。',
        expect: [
          { value: 5, indicator: '婴儿死亡率' },
          { value: 12, indicator: '孕产妇死亡率' },
        ],
      },
      {
        text: '学前三年毛入园率达到96％，普惠性幼儿园覆盖率达到85％。',
        expect: [
          { value: 96, indicator: '学前三年毛入园率' },
          { value: 85, indicator: '普惠性幼儿园覆盖率' },
        ],
      },
    ],
  },
};

/** The longest suffix of `name` that is at most this long may be replaced by a later short measured noun. */
export const MAX_SHARED_HEAD = 6;

/** A short measured noun with no group and no scope of its own (达标优良率, 总体近视率, 床位). */
export function bareMeasure(cur: string, max = MAX_SHARED_HEAD): boolean {
  return cur.length <= max && !cur.startsWith('每') && !GROUP_NOUNS.some((g) => cur.includes(g));
}

/**
 * `cur` (a short measured noun) with the subject of `prev`, when they share words: 达标优良率 after
 * …健康标准达标率, 优良达标率 after …》达标率, 床位 after 每千名儿童拥有…医生. Null otherwise.
 */
export function sharedSubject(prev: string, cur: string, part = false): string | null {
  if (!(part ? cur.length <= MAX_SHARED_HEAD : bareMeasure(cur)) || prev.length <= cur.length) return null;
  const scope = PER_CAPITA_SCOPE.exec(prev);
  if (scope && !cur.includes('拥有')) return scope[0] + cur;
  if (!endsWithIndicatorNoun(cur)) return null;
  // 儿童之家120个，覆盖率达到95%: a bare measured noun after a count is that count's
  if (cur.length <= 3 && !endsWithIndicatorNoun(prev)) return prev + cur;
  // cur opens with words of prev's head: 达标|优良率 after …达标率
  const p = prev.lastIndexOf(cur.slice(0, 2));
  if (p > 0 && prev.length - p <= MAX_SHARED_HEAD) return prev.slice(0, p) + cur;
  // prev's head closes cur: 优良|达标率 after …达标率
  for (let k = Math.min(MAX_SHARED_HEAD, cur.length - 1); k >= 2; k--) {
    if (cur.endsWith(prev.slice(prev.length - k))) return prev.slice(0, prev.length - k) + cur;
  }
  // 女性就业人数10万人，占比45%: a bare share is of the figure before
  if (/^(占比|比例|比重)$/.test(cur)) return prev + cur;
  // 5岁以下儿童生长迟缓率…，低体重率…: the group prev is measured on
  const group = groupSubject(prev);
  if (group && endsWithIndicatorNoun(prev)) return group + cur;
  return null;
}
