// Documents that are not plans: monitoring reports, news quoting a plan, genre titles.
import { describe, expect, it } from 'vitest';
import { analyzeStructure } from '../extractors/structure.ts';
import { extractTargets } from '../extractors/index.ts';
import { monitoringExamples } from '../rules/genre.ts';

describe('monitoring reports', () => {
  monitoringExamples.forEach((ex, i) => {
    it(`example ${i + 1}: figures are baselines of the report's year, quoted targets are no records`, () => {
      const s = analyzeStructure(ex.text);
      expect(s.genre).toBe('monitoring_report');
      const got = extractTargets(ex.text, s).map((r) => ({ kind: r.kind, value: r.value, year: r.year }));
      expect(got).toEqual(ex.expect);
    });
  });
});

describe('files without a plan title', () => {
  it('a news item citing a plan gives its targets with that plan\'s part and end year', () => {
    const text = '记者从市妇儿工委获悉，《某市儿童发展规划（2021—2030年）》明确了今后十年的目标。\n其中，婴儿死亡率控制在4‰以下。';
    const s = analyzeStructure(text);
    expect(s.plans).toHaveLength(1);
    expect(s.plans[0]).toMatchObject({ part: 'children', title: '某市儿童发展规划', period: [2021, 2030] });
    expect(s.genre).toBeUndefined();
    const r = extractTargets(text, s);
    expect(r.map((x) => [x.kind, x.part, x.value, x.year])).toEqual([['numeric', 'children', 4, 2030]]);
  });
  it('a 政策解读 headed by the plan it explains: its answers are targets of that plan, not a preface', () => {
    const text = ['《某县妇女发展规划（2021—2025年）》政策解读', '', '一、规划的主要目标是什么？', '答：规划提出，到2025年，妇女常见病筛查率达到85%以上。', '', '二、制定规划的背景是什么？', '答：2020年，全县女性就业人员的比例为44.6%。'].join('\n');
    const s = analyzeStructure(text);
    expect(s.plans).toHaveLength(1);
    expect(s.plans[0]).toMatchObject({ part: 'women', title: '某县妇女发展规划', period: [2021, 2025] });
    const r = extractTargets(text, s).map((x) => [x.kind, x.section, x.value, x.year]);
    expect(r).toEqual([['numeric', 'other', 85, 2025], ['baseline', 'other', 44.6, 2020]]);
  });
  it('a plan of another genre is found by its title', () => {
    const s = analyzeStructure('某县“十四五”托育服务发展规划\n\n一、发展基础\n');
    expect(s.plans[0]).toMatchObject({ part: 'other', title: '某县“十四五”托育服务发展规划', period: [2021, 2025] });
  });
});
