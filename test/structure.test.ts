import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeStructure, matchTitle, normalizeLine, parseHeading, classifyHeading, periodOf } from '../extractors/structure.ts';
import { GoldRecord, type DocStructure } from '../model/schema.ts';
import * as rules from '../rules/structure.ts';
import * as noise from '../rules/noise.ts';
import { allDivisions, division } from '../rules/divisions.ts';

const ROOT = join(import.meta.dirname, '..');

/** Rules whose examples are normalized lines; TOC entries are matched on the raw line. */
const patternRules: rules.PatternRule[] = [
  ...rules.HEADING_NUMBERS,
  ...rules.SECTION_RULES,
  rules.DOMAIN_RULE,
  rules.JOINED_DOMAIN_RULE,
  rules.BARE_DOMAIN_RULE,
  rules.CONTINUATION_RULE,
  rules.TARGETS_LEAD_RULE,
  rules.TITLE_RULE,
  rules.PERIOD_RULE,
  rules.PERIOD_LINE_RULE,
  rules.FIVE_YEAR_RULE,
  rules.OWN_PERIOD_RULE,
  rules.TITLE_BLOCK_PERIOD_RULE,
  rules.TOC_ENTRY_RULE,
  rules.TOC_HEAD_RULE,
  rules.ISSUER_RULE,
  rules.DOC_NUMBER_RULE,
  rules.NOTICE_MARK_RULE,
  rules.CITED_PLACE_RULE,
  rules.NESTED_PLACE_RULE,
  rules.NAMED_PLAN_RULE,
  rules.GENRE_TITLE_RULE,
  rules.TITLE_PLACE_RULE,
  rules.ISSUER_PLACE_RULE,
  rules.REPORT_PLACE_RULE,
  rules.HEALTH_OUTLINE_RULE,
  rules.CITED_PLAN_RULE,
  rules.MONITORING_RULE,
  rules.ANNUAL_REPORT_RULE,
  rules.REPORT_DATE_RULE,
  rules.ANNUAL_WORK_TITLE_RULE,
  rules.REVIEW_YEAR_LEAD_RULE,
  rules.PAST_LEAD_RULE,
  rules.GENERAL_REQUIREMENTS_RULE,
];

describe('structure rules: examples', () => {
  for (const rule of patternRules) {
    const re = new RegExp(rule.pattern.source, rule.pattern.flags.replace('g', ''));
    it(`${rule.id} matches its positives and none of its negatives`, () => {
      expect(rule.positive.length).toBeGreaterThan(0);
      expect(rule.negative.length).toBeGreaterThan(0);
      for (const p of rule.positive) expect(re.test(p), `${rule.id} should match ${p}`).toBe(true);
      for (const n of rule.negative) expect(re.test(n), `${rule.id} should not match ${n}`).toBe(false);
    });
  }

  for (const rule of [rules.TITLE_PLACE_RULE, rules.ISSUER_PLACE_RULE, rules.REPORT_PLACE_RULE, rules.NESTED_PLACE_RULE]) {
    const group = rule === rules.NESTED_PLACE_RULE ? 3 : 1;
    it(`${rule.id} reads each example's place`, () => {
      for (const ex of rule.places) expect(rule.pattern.exec(ex.text)?.[group] ?? null, `${rule.id}: ${ex.text}`).toBe(ex.place);
    });
  }

  it('jurisdiction.level-suffixes gives each example its level (first match)', () => {
    for (const ex of rules.LEVEL_EXAMPLES) expect(rules.LEVEL_SUFFIXES.find((s) => s.pattern.test(ex.name))?.level ?? null, ex.name).toBe(ex.level);
  });

  const layout = rules.BARE_DOMAIN_LAYOUT;
  it(`${layout.id}: ${layout.description}`, () => {
    const lastDomain = (text: string) => analyzeStructure(text).lines.at(-1)!.domain;
    expect(layout.positive.length).toBeGreaterThan(0);
    expect(layout.negative.length).toBeGreaterThan(0);
    for (const ex of layout.positive) expect(lastDomain(ex.text), ex.text).toBe(ex.domain);
    for (const ex of layout.negative) expect(lastDomain(ex.text), ex.text).not.toBe(ex.domain);
  });

  it('section rules classify only their own names', () => {
    for (const rule of rules.SECTION_RULES) {
      for (const p of rule.positive) {
        const c = classifyHeading(p);
        expect(c && c.kind !== 'domain' ? c.section : null, p).toBe(rule.section);
      }
    }
  });

  it('level suffixes give the level of a name', () => {
    const level = (name: string) => rules.LEVEL_SUFFIXES.find((s) => s.pattern.test(name))?.level ?? null;
    expect(level('贵州省')).toBe('province');
    expect(level('广西壮族自治区')).toBe('province');
    expect(level('上海市')).toBe('province');
    expect(level('六盘水市')).toBe('city');
    expect(level('黔东南苗族侗族自治州')).toBe('city');
    expect(level('锡林郭勒盟')).toBe('city');
    expect(level('渠县')).toBe('county');
    expect(level('科尔沁右翼前旗')).toBe('county');
    expect(level('钟山区')).toBe('district');
    expect(level('达州')).toBe(null); // a bare city name, not a 州
    expect(level('钟山')).toBe(null);
  });

  it('five-year labels map to their years', () => {
    expect(periodOf('朔州市妇女发展“十四五”规划')).toEqual([2021, 2025]);
    expect(periodOf('十三五')).toEqual([2016, 2020]);
    expect(periodOf('十五五')).toEqual([2026, 2030]);
    expect(periodOf('(2021-2030年)')).toEqual([2021, 2030]);
    expect(periodOf('2023年5月6日')).toBe(null);
  });
});

describe('line normalization and headings', () => {
  it('normalizes width, spaces and markdown marks', () => {
    expect(normalizeLine('## （一）妇女与 健康')).toBe('(一)妇女与健康');
    expect(normalizeLine('**主要目标：**')).toBe('主要目标:');
    expect(normalizeLine('- 1．妇女人均预期寿命')).toBe('1.妇女人均预期寿命');
    expect(normalizeLine('  ８１．３％ ')).toBe('81.3%');
  });

  it('parses numbered, inline and bare headings', () => {
    expect(parseHeading('(一)妇女与健康')).toMatchObject({ rank: 2, number: 1, name: '妇女与健康', inline: false });
    expect(parseHeading('十二、附则')).toMatchObject({ rank: 1, number: 12, name: '附则' });
    expect(parseHeading('(一)发展成效。过去十年，妇女发展')).toMatchObject({ rank: 2, name: '发展成效', inline: true });
    expect(parseHeading('主要目标:')).toMatchObject({ rank: null, name: '主要目标', inline: false });
    expect(parseHeading('主要目标:1.妇女人均预期寿命')).toMatchObject({ rank: null, name: '主要目标', inline: true });
    expect(parseHeading('妇女是推动社会文明、促进家庭和谐的重要力量，是建设社')).toBe(null);
    expect(parseHeading('3.5岁以下儿童死亡率')).toMatchObject({ rank: null });
  });
});

/** The context of 1-based line `n` of a synthetic document. */
function ctx(s: DocStructure, n: number) {
  const c = s.lines[n - 1]!;
  return [c.part, c.domain, c.section];
}

const TWO_PLANS = [
  '某市人民政府文件', // 1
  '某政发〔2023〕7号', // 2
  '某市人民政府关于印发某市妇女发展规划和某市儿童发展规划的通知', // 3
  '现将《某市妇女发展规划（2021—2025年）》《某市儿童发展规划（2021—2025年）》印发给你们。', // 4
  '某市妇女发展规划', // 5
  '（2021—2025年）', // 6
  '按照《中国妇女发展纲要（2021—2030年）》《某某省妇女发展规划（2021—2025年）》，制定本规划。', // 7
  '一、发展现状', // 8
  '2020年，孕产妇死亡率为15/10万。', // 9
  '二、指导思想和总体目标', // 10
  '（一）指导思想', // 11
  '坚持男女平等基本国策。', // 12
  '（二）总体目标', // 13
  '到2025年，妇女全面发展。', // 14
  '三、发展领域、主要目标和策略措施', // 15
  '（一）妇女与健康', // 16
  '主要目标：', // 17
  '1.孕产妇死亡率下降到12/10万以下。', // 18
  '策略措施：', // 19
  '1.完善制度。', // 20
  '(二) 妇女参与决策和管理', // 21
  '主要目标:', // 22
  '1.村委会成员中女性比例达到30%以上。', // 23
  '四、组织实施', // 24
  '各部门规划颁布后1个月内报送。', // 25
  '某市儿童发展规划', // 26
  '（2021—2025年）', // 27
  '儿童是国家的未来。', // 28
  '一、发展现状', // 29
  '二、发展领域、主要目标和策略措施', // 30
  '（一）儿童与健康', // 31
  '主要目标：', // 32
  '1.婴儿死亡率控制在5‰以下。', // 33
  '五、监测评估', // 34
  '每年至少开展1次监测。', // 35
].join('\n');

describe('analyzeStructure on a synthetic notice with two plans', () => {
  const s = analyzeStructure(TWO_PLANS);

  it('finds the two plans of the file, not the plans it cites', () => {
    expect(s.plans).toEqual([
      { part: 'women', title: '某市妇女发展规划', period: [2021, 2025], issuer: '某市人民政府', docNumber: '某政发〔2023〕7号', lines: [5, 25] },
      { part: 'children', title: '某市儿童发展规划', period: [2021, 2025], issuer: '某市人民政府', docNumber: '某政发〔2023〕7号', lines: [26, 35] },
    ]);
  });

  it('gives every line its part, domain and section', () => {
    expect(s.lines).toHaveLength(35);
    expect(s.lines[0]).toEqual({ part: 'other', domain: 'other', section: 'other', plan: null });
    expect(ctx(s, 7)).toEqual(['women', 'other', '发展现状']);
    expect(ctx(s, 9)).toEqual(['women', 'other', '发展现状']);
    expect(ctx(s, 12)).toEqual(['women', 'other', 'other']);
    expect(ctx(s, 14)).toEqual(['women', '总体目标', '总体目标']);
    expect(ctx(s, 15)).toEqual(['women', 'other', 'other']);
    expect(ctx(s, 18)).toEqual(['women', '妇女与健康', '主要目标']);
    expect(ctx(s, 20)).toEqual(['women', '妇女与健康', '策略措施']);
    expect(ctx(s, 23)).toEqual(['women', '妇女参与决策和管理', '主要目标']);
    expect(ctx(s, 25)).toEqual(['women', 'other', 'other']);
    expect(ctx(s, 28)).toEqual(['children', 'other', '发展现状']);
    expect(ctx(s, 33)).toEqual(['children', '儿童与健康', '主要目标']);
    expect(ctx(s, 35)).toEqual(['children', 'other', 'other']);
    expect(s.lines[32]!.plan).toBe(1);
  });

  it('names the jurisdiction and its cited parent', () => {
    expect(s.jurisdiction).toEqual({ name: '某市', level: 'city', parents: ['某某省'] });
  });

  it('is the same with CRLF, markdown marks, stray spaces and full-width text', () => {
    const noisy = TWO_PLANS.split('\n')
      .map((l) => (/^[一二三四五（(]/.test(l) ? '## ' + l : l))
      .map((l) => (l.length < 12 ? l.split('').join(' ') : l))
      .join('\r\n');
    const t = analyzeStructure(noisy);
    expect(t.lines.map((c) => [c.part, c.domain, c.section, c.plan])).toEqual(s.lines.map((c) => [c.part, c.domain, c.section, c.plan]));
    expect(t.plans.map((p) => [p.part, p.period, p.lines])).toEqual(s.plans.map((p) => [p.part, p.period, p.lines]));
  });

  it('is deterministic', () => {
    expect(JSON.stringify(analyzeStructure(TWO_PLANS))).toBe(JSON.stringify(s));
  });
});

describe('analyzeStructure on noisy layouts', () => {
  it('does not open sections from a table of contents', () => {
    const text = [
      '目录',
      '一、发展现状……………1',
      '二、总体目标……………3',
      '（一）妇女与健康………5',
      '三、组织实施……………9',
      '某县妇女发展规划（2021—2025年）',
      '一、发展现状',
      '妇女发展取得成效。',
      '二、总体目标',
      '（一）妇女与健康',
      '主要目标：',
      '1.孕产妇死亡率下降到12/10万以下。',
    ].join('\n');
    const s = analyzeStructure(text);
    for (let n = 1; n <= 5; n++) expect(ctx(s, n)).toEqual(['other', 'other', 'other']);
    expect(s.plans).toHaveLength(1);
    expect(s.plans[0]!.lines[0]).toBe(6);
    expect(ctx(s, 12)).toEqual(['women', '妇女与健康', '主要目标']);
  });

  it('finds plans and parts when title lines are missing', () => {
    const text = [
      '（2021—2025年）',
      '前言',
      '妇女是推动社会文明的重要力量，妇女发展取得成效。',
      '一、总体目标',
      '二、发展领域',
      '（一）妇女与健康',
      '主要目标：',
      '1.孕产妇死亡率下降到14/10万以下。',
      '三、组织实施',
      '（2021—2025年）',
      '前言',
      '儿童是国家的未来。',
      '二、发展领域',
      '（一）儿童与健康',
      '主要目标：',
      '1.婴儿死亡率控制在5‰以下。',
    ].join('\n');
    const s = analyzeStructure(text);
    expect(s.plans.map((p) => [p.part, p.title, p.period, p.lines])).toEqual([
      ['women', null, [2021, 2025], [1, 9]],
      ['children', null, [2021, 2025], [10, 16]],
    ]);
    expect(ctx(s, 3)).toEqual(['women', 'other', '发展现状']);
    expect(ctx(s, 16)).toEqual(['children', '儿童与健康', '主要目标']);
  });

  it('starts a new plan when the outline restarts after the domains', () => {
    const text = ['一、发展现状', '二、发展领域', '（一）妇女与健康', '主要目标：', '1.甲。', '一、发展现状', '二、发展领域', '（一）儿童与健康', '主要目标：', '1.乙。'].join('\n');
    const s = analyzeStructure(text);
    expect(s.plans.map((p) => [p.part, p.lines])).toEqual([
      ['women', [1, 5]],
      ['children', [6, 10]],
    ]);
    // the untitled preface before the restart goes with the new plan
    const withPreface = ['一、发展现状', '二、发展领域', '（一）妇女与健康', '主要目标：', '1.甲。', '三、监测评估', '定期评估妇女发展状况。', '', '儿童是国家的未来，', '儿童发展关系全局。', '一、发展现状', '二、发展领域', '（一）儿童与健康'].join('\n');
    const t = analyzeStructure(withPreface);
    expect(t.plans.map((p) => [p.part, p.lines])).toEqual([
      ['women', [1, 8]],
      ['children', [9, 13]],
    ]);
    expect(ctx(t, 7)).toEqual(['women', 'other', 'other']);
    expect(ctx(t, 10)).toEqual(['children', 'other', '发展现状']);
  });

  it('does not take a wrapped body line for a bare heading', () => {
    const text = ['（七）儿童与法律保护', '主要目标：', '7. 禁止使用童工，禁止对儿童的经济剥削，严格监管安排', '儿童参与商业活动的行为', '8. 降低未成年人犯罪人数占比。'].join('\n');
    const s = analyzeStructure(text);
    expect(ctx(s, 5)).toEqual(['children', '儿童与法律保护', '主要目标']);
  });

  it('keeps measure items numbered like headings inside a domain', () => {
    const text = ['一、妇女与健康', '主要目标', '1.甲达到90%。', '策略措施', '（一）完善制度。加强管理。', '（二）提高水平。', '二、妇女与教育'].join('\n');
    const s = analyzeStructure(text);
    expect(ctx(s, 6)).toEqual(['women', '妇女与健康', '策略措施']);
    expect(ctx(s, 7)).toEqual(['women', '妇女与教育', 'other']);
  });

  it('lets a top-level 主要目标 hold the domains, and reads bracketed labels and 领域 names', () => {
    const text = ['三、主要目标', '（一）妇女与健康领域', '1.甲达到90%。', '四、策略措施', '（一）妇女与健康领域', '【主要目标】', '1.乙达到80%。', '【策略措施】', '1.丙。'].join('\n');
    const s = analyzeStructure(text);
    expect(ctx(s, 3)).toEqual(['women', '妇女与健康', '主要目标']);
    expect(ctx(s, 5)).toEqual(['women', '妇女与健康', '策略措施']);
    expect(ctx(s, 7)).toEqual(['women', '妇女与健康', '主要目标']);
    expect(ctx(s, 9)).toEqual(['women', '妇女与健康', '策略措施']);
  });

  it('ignores running page headers that repeat the title, and page numbers', () => {
    const text = ['某市妇女发展规划', '前言', '甲。', '（一）妇女与健康', '主要目标：', '1.甲', '- 2 -', '某市妇女发展规划', '2.乙达到90%。'].join('\n');
    const s = analyzeStructure(text);
    expect(s.plans).toHaveLength(1);
    expect(ctx(s, 3)).toEqual(['women', 'other', '发展现状']);
    expect(ctx(s, 9)).toEqual(['women', '妇女与健康', '主要目标']);
  });

  it('gives the parts of a plan holding both by its outline', () => {
    const text = ['某县妇女儿童发展规划（2021—2025年）', '第一部分 妇女发展', '一、总体目标', '到2025年，甲。', '二、妇女与健康', '第二部分 儿童发展', '一、总体目标', '到2025年，乙。', '二、儿童与健康'].join('\n');
    const s = analyzeStructure(text);
    expect(s.plans.map((p) => p.part)).toEqual(['other']);
    expect(ctx(s, 4)).toEqual(['women', '总体目标', '总体目标']);
    expect(ctx(s, 5)).toEqual(['women', '妇女与健康', 'other']);
    expect(ctx(s, 8)).toEqual(['children', '总体目标', '总体目标']);
    expect(ctx(s, 9)).toEqual(['children', '儿童与健康', 'other']);
  });

  it('takes a part from a chapter or first-level heading only, not from a topic below (（三）促进儿童健康)', () => {
    const text = ['某区妇幼健康发展规划（2021—2025年）', '一、发展现状', '甲。', '二、主要目标', '1.乙达到90%。', '三、重点任务', '（一）促进儿童健康', '丙达到90%。', '（二）提升妇女健康水平', '丁达到90%。'].join('\n');
    const s = analyzeStructure(text);
    expect(ctx(s, 8)[0]).toBe('other');
    expect(ctx(s, 10)[0]).toBe('other');
  });

  it('reads a lead 主要目标如下： ending a 总体目标 paragraph as the label of the list after it', () => {
    const text = ['某区妇幼健康发展规划（2021—2025年）', '一、发展现状', '甲。', '二、总体目标', '到2025年，服务体系更加完善。主要目标如下：', '1.乙达到90%。', '三、重点任务', '丙。'].join('\n');
    const s = analyzeStructure(text);
    expect(ctx(s, 5)).toEqual(['other', '总体目标', '总体目标']);
    expect(ctx(s, 6)).toEqual(['other', 'other', '主要目标']);
    expect(ctx(s, 8)[2]).not.toBe('主要目标');
  });

  it('reads domains written without 与 or without subject, but not inside 发展现状', () => {
    const text = ['某县儿童发展规划', '一、发展现状', '（一）儿童与健康', '婴儿死亡率为5‰。', '二、发展领域', '（一）健康', '主要目标：', '1.甲。', '（二）儿童福利领域', '主要目标：', '1.乙。'].join('\n');
    const s = analyzeStructure(text);
    expect(ctx(s, 4)).toEqual(['children', 'other', '发展现状']);
    expect(ctx(s, 8)).toEqual(['children', '健康', '主要目标']);
    expect(ctx(s, 11)).toEqual(['children', '儿童福利', '主要目标']);
  });

  it('reads the period from 十四五, from the plan itself, or from the notice', () => {
    expect(analyzeStructure('某市妇女发展“十四五”规划\n（一）妇女与健康').plans[0]!.period).toEqual([2021, 2025]);
    expect(analyzeStructure('某县妇女发展纲要\n（一）妇女与健康\n本纲要期限为 2021 年至 2030 年。').plans[0]!.period).toEqual([2021, 2030]);
    const notice = '关于印发某县儿童发展纲要（2021—2030年）的通知\n（此件公开发布）\n前言\n儿童是国家的未来，儿童发展，儿童优先。\n（一）儿童与健康';
    expect(analyzeStructure(notice).plans[0]!.period).toEqual([2021, 2030]);
  });

  it('reads the period from a title block no title rule reads (a scan\'s lost bracket), not from a plan it cites', () => {
    const body = '一、发展基础\n《某县儿童发展规划（2011—2020年）》实施十年来，成效显著。\n二、主要目标\n1.学前教育毛入园率达到95%以上。';
    expect(analyzeStructure(`某县儿童发展规划（2021—2030年\n某县人民政府\n${body}`).plans[0]!.period).toEqual([2021, 2030]);
    // the period of the plan it cites is no period of its own
    expect(analyzeStructure(`某县人民政府\n${body}`).plans[0]!.period).not.toEqual([2011, 2020]);
  });

  it('splits nested place names and maps bare province names', () => {
    const a = analyzeStructure('长春市九台区人民政府\n长春市九台区儿童发展规划\n（2021-2030年）\n按照《吉林省儿童发展规划（2021—2030年）》。');
    expect(a.jurisdiction).toEqual({ name: '九台区', level: 'district', parents: ['吉林省', '长春市'] });
    const b = analyzeStructure('渠县人民政府\n渠县妇女发展纲要（2021—2030年）\n为落实《四川妇女发展纲要（2021—2030年）》和《达州妇女发展纲要（2021—2030年）》，市第五次党代会。');
    expect(b.jurisdiction).toEqual({ name: '渠县', level: 'county', parents: ['四川省', '达州市'] });
  });

  it('prefers the government among several issuers', () => {
    const s = analyzeStructure('中共某县委办公室\n某县人民政府办公室\n某办发〔2022〕5号\n关于印发某县妇女发展规划的通知\n某县妇女发展规划（2021—2025年）\n（一）妇女与健康');
    expect(s.plans[0]!.issuer).toBe('某县人民政府办公室');
    expect(s.plans[0]!.docNumber).toBe('某办发〔2022〕5号');
    expect(s.jurisdiction).toEqual({ name: '某县', level: 'county', parents: [] });
  });

  it('handles empty and plan-less text', () => {
    expect(analyzeStructure('')).toEqual({ jurisdiction: { name: null, level: null, parents: [] }, plans: [], lines: [{ part: 'other', domain: 'other', section: 'other', plan: null }] });
    const s = analyzeStructure('天气很好。\n我们去公园。');
    expect(s.plans).toEqual([]);
    expect(s.lines).toHaveLength(2);
    // an outline alone makes no plan
    const t = analyzeStructure('一、会议议程\n（一）开幕\n大家好。\n二、闭幕');
    expect(t.plans).toEqual([]);
    expect(t.lines.every((c) => c.plan === null)).toBe(true);
  });

  it('runs in linear time: a million lines well within two seconds of CPU', () => {
    const corpus = readdirSync(join(ROOT, 'corpus'))
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => readFileSync(join(ROOT, 'corpus', f), 'utf8'))
      .join('\n');
    const perCopy = corpus.split('\n').length;
    const big = Array(Math.ceil(1_000_000 / perCopy)).fill(corpus).join('\n');
    // CPU time, not wall time: the machine is shared
    const before = process.cpuUsage();
    const s = analyzeStructure(big);
    const used = process.cpuUsage(before);
    expect(s.lines.length).toBeGreaterThanOrEqual(1_000_000);
    expect((used.user + used.system) / 1000).toBeLessThan(2500);
  });

  it('stays linear on a file made of headings', () => {
    const block = TWO_PLANS.replace(/\n/g, '\n\n') + '\n';
    const small = block.repeat(300);
    const big = block.repeat(3000);
    const cpu = (t: string) => {
      const before = process.cpuUsage();
      analyzeStructure(t);
      const u = process.cpuUsage(before);
      return u.user + u.system;
    };
    cpu(small);
    expect(cpu(big)).toBeLessThan(10 * cpu(small) * 3);
  });
});

describe('a plan\'s place and level', () => {
  const body = '\n一、主要目标\n1.森林覆盖率达到45%。\n二、保障措施\n加强组织领导。';
  const place = (head: string) => {
    const s = analyzeStructure(head + body);
    return { name: s.jurisdiction.name, level: s.jurisdiction.level, parents: s.jurisdiction.parents };
  };

  it('reads a suffix where the name ends: 枫林区 is a district, 林区 closes a county only in the division list', () => {
    expect(place('枫林区“十四五”文化和旅游发展规划')).toEqual({ name: '枫林区', level: 'district', parents: [] });
    expect(place('神农架林区“十四五”文化和旅游发展规划')).toMatchObject({ name: '神农架林区', level: 'county' });
    expect(place('万柏林区“十四五”文化和旅游发展规划')).toMatchObject({ name: '万柏林区', level: 'district' });
    expect(place('某某自治县“十四五”水利发展规划')).toMatchObject({ name: '某某自治县', level: 'county' });
    expect(place('青山新区“十四五”产业发展规划')).toMatchObject({ name: '青山新区', level: 'other' });
  });

  it('keeps a name whole that a bare 州 would cut (梧州湾市), and still splits 某某省梧州湾市', () => {
    expect(place('梧州湾市“十四五”住房保障规划')).toEqual({ name: '梧州湾市', level: 'city', parents: [] });
    expect(place('某某省梧州湾市“十四五”住房保障规划')).toEqual({ name: '梧州湾市', level: 'city', parents: ['某某省'] });
    expect(place('黔某南州凯里市“十四五”住房保障规划')).toMatchObject({ name: '凯里市', parents: ['黔某南州'] });
    // a 市 nested under a city is a county-level city
    expect(place('某某市梧桐市“十四五”住房保障规划')).toEqual({ name: '梧桐市', level: 'county', parents: ['某某市'] });
  });

  it('ends an issuer\'s place at its suffix: the body after it is no place', () => {
    const notice = '石湾县爱国卫生运动委员会\n关于印发《石湾县2024年爱国卫生工作要点》的通知\n石爱卫〔2024〕2号\n石湾县2024年爱国卫生工作要点';
    expect(place(notice)).toEqual({ name: '石湾县', level: 'county', parents: [] });
    expect(place('中共某县委办公室\n关于印发某县水利发展规划的通知\n某县“十四五”水利发展规划')).toMatchObject({ name: '某县', level: 'county' });
  });

  it('reads a title a GB/T name opens with a head word (将乐县), but not a measure headed by 将', () => {
    expect(place('将乐县“十四五”水利发展规划')).toEqual({ name: '将乐县', level: 'county', parents: [] });
    expect(matchTitle(normalizeLine('将城乡供水一体化纳入发展规划'))).toBeNull();
  });

  it('leaves a campaign\'s name out of the place, and keeps a GB/T name that starts like one (平安区)', () => {
    expect(place('健康某市行动计划(2021—2030年)')).toEqual({ name: '某市', level: 'city', parents: [] });
    expect(place('平安梧州湾市建设规划(2021—2025年)')).toMatchObject({ name: '梧州湾市', level: 'city' });
    expect(place('平安区“十四五”水利发展规划')).toMatchObject({ name: '平安区', level: 'district' });
  });

  it('reads every GB/T 2260 name whole at a title\'s head, and under its city (城区 and the like, common words there, aside)', () => {
    const head = (t: string) => rules.TITLE_PLACE_RULE.pattern.exec(t)?.[1];
    const misread: string[] = [];
    for (const d of allDivisions()) {
      if (d.name !== '城区' && head(`${d.name}“十四五”水利发展规划`) !== d.name) misread.push(d.name);
      const city = d.level === 'county' || d.level === 'district' ? division(d.code.slice(0, 4) + '00') : null;
      if (city && !/^.区$/.test(d.name) && head(`${city.name}${d.name}“十四五”水利发展规划`) !== city.name + d.name) misread.push(city.name + d.name);
    }
    expect(misread).toEqual([]);
  });

  it('takes a monitoring report\'s place from its title, on one line or two', () => {
    const report = (title: string) => analyzeStructure(`${title}\n某市统计局\n2023年5月\n一、妇女与健康\n孕产妇死亡率为8.2/10万。`);
    expect(report('某市2022年妇女儿童发展规划统计监测报告').jurisdiction).toEqual({ name: '某市', level: 'city', parents: [] });
    expect(report('枫林区“十四五”食品安全规划2022年度实施情况监测报告').jurisdiction).toMatchObject({ name: '枫林区', level: 'district' });
    expect(report('《梧州湾市知识产权保护和运用“十四五”规划》\n实施情况中期评估报告').jurisdiction).toMatchObject({ name: '梧州湾市', level: 'city' });
    // a report naming no place names none
    expect(report('2022年全市妇女儿童发展规划统计监测报告').jurisdiction.name).toBeNull();
  });
});

describe('noise markers: the first and last characters buildClean looks at before matching', () => {
  // buildClean matches a marker pattern only on lines whose first (or last) character may start
  // (or end) a match: any trimmed line the pattern matches must fit those characters
  const dashes = [' ', '-', '—', '－', '–', '\u3000'];
  const checks: [string, RegExp, string, 'first' | 'last', string[]][] = [
    ['PAGE_NUMBER', noise.PAGE_NUMBER, noise.PAGE_NUMBER_FIRST, 'first', [...dashes, '第', '页', '3', '12', '甲']],
    ['PAGE_NUMBER', noise.PAGE_NUMBER, noise.PAGE_NUMBER_LAST, 'last', [...dashes, '第', '页', '3', '12', '甲']],
    ['TOC_LINE', noise.TOC_LINE, noise.TOC_LINE_LAST, 'last', ['....', '……', '·····', '------', ' ', '3', '目录', '页', '-']],
    ['MARKDOWN', noise.MARKDOWN, noise.MARKDOWN_FIRST, 'first', ['#', '-', '*', '+', '>', ' ', '\t', '甲', '1']],
    ['ARABIC_MARKER', noise.ARABIC_MARKER, noise.ARABIC_MARKER_FIRST, 'first', ['1', '12', '３', '.', '．', '、', ' ', '甲', '-']],
    ['OTHER_MARKER', noise.OTHER_MARKER, noise.OTHER_MARKER_FIRST, 'first', ['（', '(', '）', ')', '一', '十', '3', '、', '第', '章', '部分', '条', '①', '⑳', ' ', '甲']],
    ['HEADING_WORDS', noise.HEADING_WORDS, noise.HEADING_WORDS_FIRST, 'first', ['主要目标', '策略措施', '总体目标', '发展现状', '前言', '序言', '甲', ' ', '一、']],
  ];
  for (const [name, re, chars, end, tokens] of checks) {
    it(`${name}: a match ${end === 'first' ? 'starts' : 'ends'} with one of its listed characters`, () => {
      const line = fc.array(fc.constantFrom(...tokens), { minLength: 1, maxLength: 8 }).map((a) => a.join('').trim());
      fc.assert(
        fc.property(line, (l) => {
          if (l.length === 0 || !re.test(l)) return;
          expect(chars).toContain(end === 'first' ? l[0]! : l[l.length - 1]!);
        }),
        { numRuns: 2000 },
      );
    });
  }
});

describe('domains in re-wrapped plans', () => {
  // a converter may cut lines anywhere: a fragment left alone on a line (儿童健康) is no domain heading
  const dir = join(ROOT, 'corpus');
  const docs = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  const domains = (text: string) => [...new Set(analyzeStructure(text).lines.map((c) => c.domain))].sort();
  const rewrap = (text: string, width: number) =>
    text
      .split('\n')
      .flatMap((l) => {
        const t = l.trim();
        const out: string[] = [];
        for (let i = 0; i < t.length; i += width) out.push(t.slice(i, i + width));
        return t ? out : [''];
      })
      .join('\n');
  for (const doc of docs) {
    it(`${doc}: the same domains at 13, 17, 23 and 31 characters a line`, () => {
      const text = readFileSync(join(dir, doc), 'utf8');
      const before = domains(text);
      for (const width of [13, 17, 23, 31]) expect(domains(rewrap(text, width)), `width ${width}`).toEqual(before);
    });
  }

  it('000 at 23 characters a line: 儿童健康 after a cut item is no heading', () => {
    const text = rewrap(readFileSync(join(dir, '000_8bed7d9551db38ad.txt'), 'utf8'), 23);
    const lines = text.split('\n');
    const s = analyzeStructure(text);
    const at = lines.indexOf('儿童健康');
    expect(at).toBeGreaterThan(0);
    expect(s.lines[at]!.domain).toBe('儿童与健康');
    expect(s.lines[at + 2]!.section).toBe('主要目标');
  });
});

describe('plans of other genres: chapters and 节', () => {
  it('第一节 发展目标 under a chapter opens the targets; a chapter of its own after them holds measures, 保障措施 does not', () => {
    const text = [
      '某县“十四五”乡村振兴和农村社会事业发展规划',
      '第一章　工作基础',
      '甲为90%。',
      '第二章　总体要求',
      '第一节　发展目标',
      '乙达到90%。',
      '第三章　提升农村公共服务水平',
      '第一节　发展农村教育',
      '丙达到90%。',
      '第四章　保障措施',
      '丁不少于1亿元。',
    ].join('\n');
    const s = analyzeStructure(text);
    expect(s.plans[0]).toMatchObject({ part: 'other', period: [2021, 2025] });
    expect([2, 5, 8, 10].map((i) => s.lines[i]!.section)).toEqual(['发展现状', '主要目标', '策略措施', 'other']);
  });
  it('总体要求 with no 发展目标 under it: its 到2025年 paragraph opens the targets, the chapters after hold measures', () => {
    const text = [
      '某省“十四五”海洋经济发展规划',
      '第一章　发展基础',
      '甲达到80%。',
      '第二章　总体要求',
      '坚持陆海统筹。',
      '到2025年，海洋经济综合实力显著增强。',
      '乙达到90%。',
      '第三章　构建现代海洋产业体系',
      '丙达到90%。',
      '第四章　保障措施',
      '丁不少于1亿元。',
    ].join('\n');
    const s = analyzeStructure(text);
    expect([2, 4, 5, 6, 8, 10].map((i) => s.lines[i]!.section)).toEqual(['发展现状', 'other', '主要目标', '主要目标', '策略措施', 'other']);
  });
  it('a top-level heading no rule knows, before the targets, whose first line opens with a past period is a situation section (section.past-lead)', () => {
    const text = [
      '某县“十四五”防震减灾规划',
      '第一部分， 本三五，下作成效',
      '“十三五”期间，全县防震减灾工作取得新进展。',
      '建成地震监测台站7个。',
      '第二部分　主要目标',
      '应急避难场所达到50处。',
      '第三部分　重点工程',
      '“十三五”以来，全县建成台站7个。',
      '新建地震监测站点5个。',
    ].join('\n');
    const s = analyzeStructure(text);
    expect([2, 3, 5].map((i) => s.lines[i]!.section)).toEqual(['发展现状', '发展现状', '主要目标']);
    // after the targets a past lead opens no situation section
    expect(s.lines[8]!.section).not.toBe('发展现状');
  });
  it('a lead naming the plan\'s own period, or a past lead not on the heading\'s first line, opens no situation section', () => {
    const own = ['某县“十四五”防震减灾规划', '第一部分　重点领域', '“十四五”时期，全县将新建台站7个。', '第二部分　主要目标', '甲达到90%。'].join('\n');
    expect(analyzeStructure(own).lines[2]!.section).not.toBe('发展现状');
    const later = ['某县“十四五”防震减灾规划', '第一部分　重点领域', '新建台站7个。', '“十三五”期间，全县建成台站5个。', '第二部分　主要目标', '甲达到90%。'].join('\n');
    expect(analyzeStructure(later).lines[2]!.section).not.toBe('发展现状');
  });
  it('an outline with domains of both parts (a report on both plans): each line takes its domain part', () => {
    const text = ['2023年某区妇女儿童发展规划统计监测报告', '一、妇女发展规划实施情况', '（一）妇女与健康', '甲为90%。', '（二）妇女与经济', '乙为90%。', '二、儿童发展规划实施情况', '（一）儿童与健康', '丙为90%。', '（二）儿童与教育', '丁为90%。', '（三）儿童与福利', '戊为90%。'].join('\n');
    const s = analyzeStructure(text);
    expect([3, 5, 8, 10, 12].map((i) => s.lines[i]!.part)).toEqual(['women', 'women', 'children', 'children', 'children']);
  });
  it('a title no rule knows that names neither group is a plan of part other, however often its text says 儿童', () => {
    const text = ['某县城乡居民膳食改善促进方案（2023—2030年）', '一、主要目标', '儿童贫血率控制在10%以下，儿童生长迟缓率控制在5%以下，学龄儿童肥胖率上升趋势减缓，儿童营养状况改善。'].join('\n');
    const s = analyzeStructure(text);
    expect(s.plans[0]).toMatchObject({ part: 'other', period: [2023, 2030] });
  });
});

describe('analyzeStructure invariants', () => {
  const pieces = [
    '', '某市妇女发展规划', '某县儿童发展纲要（2021—2030年）', '（2021—2025年）', '前言', '目录', '一、发展现状', '二、总体目标',
    '三、发展领域、主要目标和策略措施', '（一）妇女与健康', '(二) 儿童与安全', '主要目标：', '策略措施：', '1.孕产妇死亡率下降到12/10万以下。',
    '四、组织实施', '五、监测评估', '第一部分 妇女发展', '按照《某省妇女发展规划（2021—2025年）》制定本规划。', '某市人民政府文件',
    '某政发〔2023〕7号', '关于印发某市妇女发展规划的通知', '一、发展现状……………1', '妇女是推动社会文明、促进家庭和谐的重要力量，是建设社',
    '  ', '\r', '# （三）妇女与经济', '**主要目标**', '健 全', '１２３', '本规划期限为2021年至2025年。',
  ];
  it('gives one valid context per line and ordered, disjoint plans, for any text', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 12 })), { maxLength: 60 }), (parts) => {
        const text = parts.join('\n');
        const s = analyzeStructure(text);
        expect(s.lines).toHaveLength(text.split('\n').length);
        let prevEnd = 0;
        for (const p of s.plans) {
          expect(p.lines[0]).toBeGreaterThan(prevEnd);
          expect(p.lines[1]).toBeGreaterThanOrEqual(p.lines[0]);
          expect(p.lines[1]).toBeLessThanOrEqual(s.lines.length);
          prevEnd = p.lines[1];
        }
        s.lines.forEach((c, i) => {
          expect(['women', 'children', 'other']).toContain(c.part);
          expect(['主要目标', '策略措施', '总体目标', '发展现状', 'other']).toContain(c.section);
          if (c.plan !== null) {
            const p = s.plans[c.plan]!;
            expect(i + 1).toBeGreaterThanOrEqual(p.lines[0]);
            expect(i + 1).toBeLessThanOrEqual(p.lines[1]);
          }
        });
        expect(JSON.stringify(analyzeStructure(text))).toBe(JSON.stringify(s));
      }),
      { numRuns: 300 },
    );
  });
});

describe('analyzeStructure on the corpus', () => {
  const goldDir = join(ROOT, 'test/gold');
  const files = readdirSync(goldDir).filter((f) => f.endsWith('.jsonl')).sort();
  const gold = files.flatMap((f) =>
    readFileSync(join(goldDir, f), 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => GoldRecord.parse(JSON.parse(l))),
  );
  const cache = new Map<string, DocStructure>();
  const structureOf = (doc: string) => {
    if (!cache.has(doc)) cache.set(doc, analyzeStructure(readFileSync(join(ROOT, 'corpus', doc), 'utf8')));
    return cache.get(doc)!;
  };

  it('agrees with the gold on part, domain and section (≥ 0.97 each) and on the default year', () => {
    let part = 0;
    let domain = 0;
    let section = 0;
    let years = 0;
    let yearsOk = 0;
    for (const r of gold) {
      const s = structureOf(r.doc);
      const c = s.lines[r.line - 1]!;
      part += +(c.part === r.part);
      domain += +(c.domain === r.domain);
      section += +(c.section === r.section);
      if (r.kind !== 'baseline' && !/\d{4}年/.test(r.quote)) {
        years++;
        yearsOk += +(c.plan !== null && s.plans[c.plan]!.period?.[1] === r.year);
      }
    }
    expect(gold.length).toBeGreaterThan(100);
    expect(part / gold.length).toBeGreaterThanOrEqual(0.97);
    expect(domain / gold.length).toBeGreaterThanOrEqual(0.97);
    expect(section / gold.length).toBeGreaterThanOrEqual(0.97);
    expect(yearsOk / years).toBeGreaterThanOrEqual(0.97);
  });

  it('finds the plans and jurisdiction of 000 (no title lines, no notice)', () => {
    const s = structureOf('000_8bed7d9551db38ad.txt');
    expect(s.plans.map((p) => [p.part, p.title, p.period, p.issuer, p.docNumber])).toEqual([
      ['women', null, [2021, 2025], null, null],
      ['children', null, [2021, 2025], null, null],
    ]);
    expect(s.plans[0]!.lines[0]).toBe(2);
    expect(s.plans[1]!.lines[0]).toBe(2078);
    expect(s.jurisdiction).toEqual({ name: '钟山区', level: 'district', parents: ['贵州省', '六盘水市'] });
  });

  it('finds the plans and jurisdiction of 001 (十四五 titles, notice header)', () => {
    const s = structureOf('001_1a19cb00b77d39e6.txt');
    expect(s.plans.map((p) => [p.part, p.title, p.period, p.issuer, p.docNumber, p.lines])).toEqual([
      ['women', '朔州市妇女发展“十四五”规划', [2021, 2025], '朔州市人民政府', '朔政发〔2023〕15号', [18, 518]],
      ['children', '朔州市儿童发展“十四五”规划', [2021, 2025], '朔州市人民政府', '朔政发〔2023〕15号', [519, 983]],
    ]);
    expect(s.jurisdiction).toEqual({ name: '朔州市', level: 'city', parents: ['山西省'] });
  });

  it('finds the plans and jurisdiction of 002 (纲要 with periods in titles)', () => {
    const s = structureOf('002_dfb985888ef61168.txt');
    expect(s.plans.map((p) => [p.part, p.title, p.period, p.issuer, p.docNumber, p.lines])).toEqual([
      ['women', '渠县妇女发展纲要', [2021, 2030], '渠县人民政府', '渠府发〔2022〕34号', [16, 535]],
      ['children', '渠县儿童发展纲要', [2021, 2030], '渠县人民政府', '渠府发〔2022〕34号', [536, 1079]],
    ]);
    expect(s.jurisdiction).toEqual({ name: '渠县', level: 'county', parents: ['四川省', '达州市'] });
  });
});

describe('matchTitle and the title rules', () => {
  it('reads the place at the head of a title, nested or none, for a genre no list names', () => {
    const place = (t: string) => matchTitle(normalizeLine(t))?.place;
    expect(place('某县“十四五”水利发展规划')).toBe('某县');
    expect(place('某市青山区数字政府建设“十四五”规划')).toBe('某市青山区');
    expect(place('某县新型城镇化发展规划（2021—2035年）')).toBe('某县');
    expect(place('某市中心城区更新行动方案')).toBe('某市');
    expect(place('某州湾市住房保障规划')).toBe('某州湾市');
    expect(place('“十四五”现代物流发展规划')).toBe('');
    expect(place('某市民政局2024年工作要点')).toBe('某市');
    expect(place('2024年全县卫生健康工作要点')).toBe('');
    expect(matchTitle(normalizeLine('某县“十四五”水利发展规划'))?.period).toEqual([2021, 2025]);
  });

  it('takes every positive example of the title rules (its last-character shortcut included), in full-width brackets too', () => {
    for (const rule of [rules.TITLE_RULE, rules.GENRE_TITLE_RULE, rules.HEALTH_OUTLINE_RULE]) {
      for (const p of rule.positive) {
        expect(matchTitle(normalizeLine(p)), `${rule.id}: ${p}`).not.toBeNull();
        expect(matchTitle(normalizeLine(p.replace(/\(/g, '（').replace(/\)/g, '）'))), `${rule.id}: ${p}`).not.toBeNull();
      }
    }
  });
});
