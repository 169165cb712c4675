// Focused behaviour of the target extractor: lists, numbers, noise, non-targets, grounding, speed.
import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractTargets } from '../extractors/index.ts';
import { stripSpace } from '../model/text.ts';
import { extract, flatStructure, mismatch } from './extract-helpers.ts';

const only = (text: string, section = '主要目标') => extract(text, section);
const values = (text: string, section = '主要目标') =>
  only(text, section)
    .filter((r) => r.kind === 'numeric' || r.kind === 'baseline')
    .map((r) => [r.value, r.unit, r.comparator]);

describe('lists', () => {
  it('分别 gives one indicator per value, the trailing bound covering all', () => {
    const rs = only('新生儿、婴儿和5岁以下儿童死亡率分别降至3.0‰、4．0‰和6.0‰以下，地区和城乡差距逐步缩小。');
    expect(mismatch(rs, [
      { indicator: '新生儿死亡率', value: 3, unit: '‰', comparator: '<=', verb: '降至' },
      { indicator: '婴儿死亡率', value: 4, unit: '‰', comparator: '<=' },
      { indicator: '5岁以下儿童死亡率', value: 6, unit: '‰', comparator: '<=' },
    ])).toBeNull();
  });

  it('shares the subject of the first measured part with the later ones', () => {
    const rs = only('5岁以下儿童贫血率、生长迟缓率、低体重率分别控制在5%、1%和1%以下。');
    expect(rs.map((r) => r.indicator.text)).toEqual(['5岁以下儿童贫血率', '5岁以下儿童生长迟缓率', '5岁以下儿童低体重率']);
  });

  it('均 over two measured indicators gives two records with one value', () => {
    const rs = only('城乡妇女参加基本养老保险参保率和基本医疗保险参保率均达到95%。');
    expect(rs).toHaveLength(2);
    expect(rs.every((r) => r.value === 95 && r.comparator === '=')).toBe(true);
  });

  it('one indicator word shared by groups stays one record', () => {
    expect(only('孕产妇艾滋病、梅毒和乙肝检测率达到95％以上。', '策略措施')).toHaveLength(1);
  });

  it('one verb over several values in one clause', () => {
    expect(values('确保小学生每天睡眠10个小时、初中生9个小时、高中生8个小时。', '策略措施')).toEqual([
      [10, '小时', '='],
      [9, '小时', '='],
      [8, '小时', '='],
    ]);
    expect(values('每年至少组织2次家庭教育指导和2次家庭教育实践活动。')).toEqual([
      [2, '次', '>='],
      [2, '次', '>='],
    ]);
  });

  it('several targets in one sentence', () => {
    const rs = only('中小学生国家学生体质健康标准达标率稳定在90％以上、达标优良率达到30％以上。');
    expect(mismatch(rs, [
      { value: 90, verb: '稳定在', comparator: '>=' },
      { value: 30, verb: '达到', comparator: '>=', indicator: '中小学生国家学生体质健康标准达标优良率' },
    ])).toBeNull();
  });
});

describe('numbers and units', () => {
  it('reads Chinese numerals, 百分之N and 一半', () => {
    expect(values('每年至少开展两次家庭教育讲座。')).toEqual([[2, '次', '>=']]);
    expect(values('参保率达到百分之九十以上。')).toEqual([[90, '%', '>=']]);
    expect(values('一半以上的社区建立儿童之家。', '策略措施')).toEqual([[50, '%', '>=']]);
  });

  it('records a range by its lower end', () => {
    expect(values('每个县建设3-5家儿童友好医院。', '策略措施')).toEqual([[3, '家', '=']]);
    expect(values('每个县建设3至5家儿童友好医院。', '策略措施')).toEqual([[3, '家', '=']]);
  });

  it('个百分点 is a change and keeps its unit', () => {
    expect(values('儿童总体近视率每年降低0．5个百分点以上。')).toEqual([[0.5, '个百分点', '>=']]);
  });

  it('per-100k rates, full-width signs', () => {
    expect(values('孕产妇死亡率下降到１４／１０万以下。')).toEqual([[14, '1/10万', '<=']]);
    expect(values('孕产妇死亡率控制在15/10万活产数以内。')).toEqual([[15, '1/10万', '<=']]);
  });

  it('deadlines and periods', () => {
    expect(values('规划颁布后1个月内报送市妇儿工委办公室。', 'other')).toEqual([[1, '个月', '<=']]);
    expect(values('每五年对纲要进行评估检查。', 'other')).toEqual([[5, '年', '=']]);
  });

  it('takes the explicit year of the sentence, else the plan end year', () => {
    const rs = only('到2025年，农村卫生厕所普及率达到85%左右，到2030年达到95%。');
    expect(rs.map((r) => [r.value, r.year])).toEqual([
      [85, 2025],
      [95, 2030],
    ]);
    expect(only('农村自来水普及率达到94％。')[0]!.year).toBe(2025);
    expect(only('儿童伤害死亡率以2020年为基数下降20%。').map((r) => [r.value, r.unit, r.year])).toEqual([[20, '%', 2025]]);
  });
});

describe('noise', () => {
  it('joins lines broken mid-phrase and mid-number, with blank lines between', () => {
    const rs = only('7. 儿童新发近视率明显下降，总体近视率每年降低 0．5\n\n个百分点以上。小学生近视率控制在 38％以下。');
    expect(rs.filter((r) => r.kind === 'numeric').map((r) => [r.value, r.unit, r.source.line])).toEqual([
      [0.5, '个百分点', 1],
      [38, '%', 3],
    ]);
  });

  it('tells a glued list number from a broken number', () => {
    expect(values('4. 孕产妇死亡率下降到12/10万以下。\n5. 5岁以下儿童贫血率控制在10%以下。').map((v) => v[0])).toEqual([12, 10]);
    expect(values('3. 新生儿、婴儿和5岁以下儿童死亡率分别降至3.2‰、\n5. 3‰和6.5‰以下。').map((v) => v[0])).toEqual([3.2, 5.3, 6.5]);
    expect(values('6. 高中阶段毛入学率达到95%。\n7. 5 岁以下儿童贫血率控制在 10%以下。').map((v) => v[0])).toEqual([95, 10]);
    // the broken number looks like the next item (2 → 3.) but a rate cannot open an item
    expect(values('2. 新生儿、婴儿和5岁以下儿童死亡率分别降至\n3.0‰、4．0‰\n和 6.0‰以下。').map((v) => v[0])).toEqual([3, 4, 6]);
    // a value cut between its digits, its tail like the next item: only a unit, a bound and the clause end follow
    expect(values('1. 妇女人均预期寿命达到8\n2.5岁。').map((v) => v[0])).toEqual([82.5]);
    expect(values('1. 孕产妇死亡率下降到1\n2.5岁以下儿童死亡率下降到6‰以下。').map((v) => v[0])).toEqual([6]);
  });

  it('ignores page numbers, table-of-contents lines and markdown marks', () => {
    const text = '一、总体目标……………………3\n- 12 -\n## 主要目标\n- **孕产妇死亡率**下降到12/10万以下。';
    expect(values(text)).toEqual([[12, '1/10万', '<=']]);
  });

  it('reads through a page number that falls inside a sentence', () => {
    const rs = only('孕产妇死亡率下降到\n\n— 5 —\n\n12/10万以下。');
    expect(mismatch(rs, [{ indicator: '孕产妇死亡率', value: 12, unit: '1/10万', comparator: '<=', verb: '下降到' }])).toBeNull();
    expect(rs[0]!.source.line).toBe(5);
  });

  it('strips stray spaces inside words from indicators and quotes', () => {
    const [r] = only('妇女健 康素养水平提高到 27％。');
    expect(r!.indicator.text).toBe('妇女健康素养水平');
    expect(r!.source.quote).toBe('妇女健康素养水平提高到27％');
  });
});

describe('not targets', () => {
  it.each([
    ['age qualifiers', '加强5岁以下儿童营养改善。'],
    ['age ranges', '开展35—64岁妇女宫颈癌筛查。'],
    ['size qualifiers', '千人以上中小学校配备心理健康教育教师。'],
    ['hotlines', '加强“12338”妇女维权公益服务热线建设。'],
    ['grades', '区妇幼保健院达到二级甲等专科医院标准，建立三级预防体系。'],
    ['years', '按照《中国妇女发展纲要（2021—2030年）》要求，制定2035年远景目标。'],
    ['ordinals', '经第23次常务会议审议通过。'],
    ['slogans', '统筹推进“五位一体”总体布局和“四个全面”战略布局。'],
    ['denominators', '提高每千人口执业医师数。'],
    ['document numbers', '朔政发〔2023〕15号'],
    ['other plans quoted', '婴儿死亡率明显低于省儿童纲要7‰、5‰的控制目标。'],
  ])('%s', (_, text) => {
    expect(values(text, '策略措施')).toEqual([]);
  });

  it('a bound word inside the indicator is not the bound of the value', () => {
    const rs = only('妇女体质测定标准合格以上的比例达到 88．6％。');
    expect(mismatch(rs, [{ value: 88.6, comparator: '=', indicator: '妇女体质测定标准合格以上的比例' }])).toBeNull();
  });

  it('qualitative only inside 主要目标, with a measured noun', () => {
    expect(only('乳腺癌筛查率逐步提高。', '策略措施')).toEqual([]);
    expect(only('妇女健康水平不断提高。')).toEqual([]);
    expect(only('城乡差距明显缩小。')).toEqual([]);
  });
});

describe('baselines', () => {
  it('past figures of the situation section, with the year before the plan', () => {
    const rs = only('到2020年末，3岁以下儿童系统管理率达到92.11%，高于全省2.76个百分点。', '发展现状');
    expect(mismatch(rs, [
      { kind: 'baseline', value: 92.11, unit: '%', year: 2020, comparator: '=' },
      { kind: 'baseline', value: 2.76, unit: '个百分点', year: 2020, comparator: '=' },
    ])).toBeNull();
  });
  // a target's year: 十X五 named before it inside a longer plan's period is that period's end
  it('“十四五”期间 in a plan to 2035: a target of 2025', () => {
    const text = '“十四五”期间新增农业转移人口落户3万人以上。';
    expect(mismatch(extract(text, '策略措施', [2021, 2035]), [{ kind: 'numeric', value: 3, unit: '万人', year: 2025 }])).toBeNull();
    expect(mismatch(extract(text, '策略措施', [2021, 2025]), [{ kind: 'numeric', value: 3, unit: '万人', year: 2025 }])).toBeNull();
    expect(mismatch(extract('到2035年，新增农业转移人口落户8万人以上。', '策略措施', [2021, 2035]), [{ kind: 'numeric', value: 8, year: 2035 }])).toBeNull();
    expect(mismatch(extract('人均可支配收入较“十四五”时期增长20%以上。', '主要目标', [2021, 2035]), [{ kind: 'numeric', value: 20, year: 2035 }])).toBeNull();
  });
  // baseline/past-marker: 比上年 is past, but an annual plan's own year sets its change on the year before as a target
  it('比上年 in an annual plan: a target of its year, outside its review', () => {
    const text = '农村厕所粪污无害化处理率比上年提高5个百分点。';
    expect(mismatch(extract(text, '主要目标', [2024, 2024]), [{ kind: 'numeric', value: 5, unit: '个百分点', year: 2024, rule: 'change/amount' }])).toBeNull();
    expect(mismatch(extract(text, '发展现状', [2024, 2024]), [{ kind: 'baseline', value: 5, unit: '个百分点' }])).toBeNull();
    expect(mismatch(extract(text, '主要目标'), [{ kind: 'baseline', value: 5, unit: '个百分点' }])).toBeNull();
    expect(mismatch(extract('2023年，' + text, '主要目标', [2024, 2024]), [{ kind: 'baseline', value: 5, unit: '个百分点', year: 2023 }])).toBeNull();
  });
});

describe('records', () => {
  const corpus = readdirSync('corpus').filter((f) => f.endsWith('.txt')).sort();

  it('are grounded: the quote is the source span without white space, the line that of the value', () => {
    for (const f of corpus) {
      const text = readFileSync(`corpus/${f}`, 'utf8');
      const lines = text.split('\n');
      for (const r of extractTargets(text, flatStructure(text))) {
        expect(stripSpace(text.slice(r.source.start, r.source.end))).toBe(r.source.quote);
        // the anchor (value or indicator) lies inside the quoted span
        const at = text.split('\n').slice(0, r.source.line - 1).reduce((n, l) => n + l.length + 1, 0) + r.source.column - 1;
        expect(at).toBeGreaterThanOrEqual(r.source.start);
        expect(at).toBeLessThan(r.source.end);
        const lineText = lines[r.source.line - 1]!;
        expect(lineText.length).toBeGreaterThanOrEqual(r.source.column);
        if (r.kind === 'numeric' || r.kind === 'baseline') expect(/[\d０-９一二两三四五六七八九十百千半]/.test(lineText[r.source.column - 1]!)).toBe(true);
      }
    }
  });

  it('are sorted by source start then kind, and identical across runs', () => {
    const text = readFileSync(`corpus/${corpus[0]}`, 'utf8');
    const a = extractTargets(text, flatStructure(text));
    const b = extractTargets(text, flatStructure(text));
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    for (let i = 1; i < a.length; i++) expect(a[i - 1]!.source.start).toBeLessThanOrEqual(a[i]!.source.start);
  });

  it('never throws, whatever the input', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'12.5%‰／以上下内左右、和，。\n 岁个名达到降至不低于“”全覆盖应保尽保逐步提高率比例每年—-'.split('')), maxLength: 300 }), (t) => {
        const rs = extractTargets(t, flatStructure(t));
        for (const r of rs) expect(stripSpace(t.slice(r.source.start, r.source.end))).toBe(r.source.quote);
      }),
      { numRuns: 300 },
    );
    expect(extractTargets('', flatStructure(''))).toEqual([]);
    expect(() => extractTargets('达到5%', { jurisdiction: { name: null, level: null, parents: [] }, plans: [], lines: [] })).not.toThrow();
  });

  it('runs in linear time on adversarial lines', () => {
    // four times the input must take far less than sixteen times as long (quadratic would)
    const shapes = ['1', '123以上、', '5岁以下、', '达到5%以上、', '……', '应保尽保全覆盖，'];
    for (const unit of shapes) {
      const time = (n: number) => {
        const t = unit.repeat(Math.ceil(n / unit.length));
        let best = Infinity;
        // CPU time of this process, not wall time: other test files run beside this one
        for (let k = 0; k < 3; k++) {
          const t0 = process.cpuUsage();
          extractTargets(t, flatStructure(t));
          const used = process.cpuUsage(t0);
          best = Math.min(best, (used.user + used.system) / 1000);
        }
        return best;
      };
      time(10_000); // warm up
      const small = time(40_000);
      const large = time(160_000);
      expect(large, `${unit}: ${small.toFixed(0)} ms → ${large.toFixed(0)} ms`).toBeLessThan(Math.max(9 * small, 150));
    }
    const mb = '1'.repeat(1_000_000) + '、以上'.repeat(100_000);
    const t0 = performance.now();
    extractTargets(mb, flatStructure(mb));
    expect(performance.now() - t0).toBeLessThan(3000);
  });
});

describe('general goals of a plan without domains', () => {
  const text = '到2025年，政务服务事项全程网办率达到95%以上。';
  const goals = (domain: string) => {
    const st = flatStructure(text, '总体目标');
    st.lines = st.lines.map((l) => ({ ...l, part: 'other' as const, domain }));
    return extractTargets(text, st).map((r) => [r.section, r.domain, r.value]);
  };
  it('are its main targets, outside any domain', () => expect(goals('总体目标')).toEqual([['主要目标', 'other', 95]]));
  it('stay general goals in a plan with domains', () => {
    const two = text + '\n妇女健康水平提高。';
    const st = flatStructure(two, '总体目标');
    st.lines = st.lines.map((l, i) => ({ ...l, domain: i === 0 ? '总体目标' : '妇女与健康' }));
    const numeric = extractTargets(two, st).filter((r) => r.kind === 'numeric');
    expect(numeric.map((r) => [r.section, r.domain])).toEqual([['总体目标', '总体目标']]);
  });
});
