// The post-OCR cleanup rules of rules/ocr.ts: every example through the real cleanup.
import { describe, expect, it } from 'vitest';
import { FIGURE_ENDS_NAME_EXAMPLES, RISE_UNDER_VERB_EXAMPLES, COLUMN_YEAR_EXAMPLES, FIGURE_IN_NAME_EXAMPLES, FLAGGED_CONFIDENCE, OCR_GROWTH_HEADER, OCR_GROWTH_HEADER_EXAMPLES, SHARE_NAME_EXAMPLES, SCRIPT_MARGIN, SCRIPT_MIN_WORDS, LAYOUT_EXAMPLES, OCR_RULES, SITUATION_NAMES, PAGE_NUMBER_LINE, PERMILLE_AS_PERCENT_CONFIDENCE, PERMILLE_INDICATORS, POINT_AT_GAP_CONFIDENCE } from '../rules/ocr.ts';
import { catalogue } from '../rules/indicators.ts';
import { bodyLines, cleanup, cleanupExample, exampleLayer, paragraphStops, type OcrText } from '../pipeline/stages/ocr-text.ts';
import { scriptOf, tiffPages, type OcrPage } from '../pipeline/stages/ocr.ts';
import { groundScanned, growthPointLost, misreadColumnYear, ocrDoubt, ocrVerdict, pointLostInRow, rowShortOfYears, similarIndicator, unitCellLost, unclosedBracket } from '../pipeline/stages/ocr-ground.ts';
import type { Target } from '../model/schema.ts';
import { matchIndicator } from '../extractors/indicators.ts';
import { classifyHeading } from '../extractors/structure.ts';
import { simplifiedChars } from '../extractors/script.ts';

describe('OCR cleanup rules', () => {
  for (const rule of OCR_RULES) {
    describe(rule.id, () => {
      for (const ex of rule.examples.valid) {
        it(`${JSON.stringify(ex.input)} → ${JSON.stringify(ex.output)}`, () => {
          expect(cleanupExample(ex.input)).toBe(ex.output);
        });
      }
      for (const input of rule.examples.invalid) {
        it(`leaves ${JSON.stringify(input)} alone`, () => {
          expect(cleanupExample(input, [rule])).toBe(exampleLayer(input).text);
          if (rule.keep) expect(cleanup(exampleLayer(input), [rule]).prov.some((p) => p?.guess !== undefined)).toBe(false);
        });
      }
      if (rule.keep) {
        it('marks, and only marks, what it matches', () => {
          for (const ex of rule.examples.valid) {
            const out = cleanup(exampleLayer(ex.input), [rule]);
            expect(out.text).toBe(exampleLayer(ex.input).text);
            expect(out.prov.some((p) => p?.guess === rule.confidence)).toBe(true);
          }
        });
      }
    });
  }

  it('SITUATION_NAMES are all situation sections to the structure rules', () => {
    for (const n of SITUATION_NAMES) expect(classifyHeading(simplifiedChars(n), true), n).toEqual({ kind: 'section', section: '发展现状' });
  });

  it('has unique ids and global patterns', () => {
    expect(new Set(OCR_RULES.map((r) => r.id)).size).toBe(OCR_RULES.length);
    for (const r of OCR_RULES) expect(r.pattern.flags).toContain('g');
  });

  it('names indicators of the catalogue', () => {
    const ids = new Set(catalogue.map((i) => i.id));
    for (const id of PERMILLE_INDICATORS) expect(ids.has(id), id).toBe(true);
  });
});

describe('OCR words joined into lines', () => {
  it.each(LAYOUT_EXAMPLES)('$why: $input → $output', ({ input, output }) => {
    expect(exampleLayer(input).text).toBe(output);
  });

  it('flags a number whose point before it was dropped at a column gap', () => {
    const out = exampleLayer('96||.97');
    expect(out.text).toBe('96 97');
    expect(out.prov[3]?.guess).toBe(POINT_AT_GAP_CONFIDENCE);
    expect(out.prov[0]?.guess).toBeUndefined();
  });

  it('keeps each kept character on its own box', () => {
    const out = exampleLayer('2020年||”2025年');
    expect(out.prov).toHaveLength(out.text.length);
    const two = out.text.indexOf('2025');
    // the mark took a part of its word's box: the number starts right of it
    expect(out.prov[two]!.box[0]).toBeGreaterThan(out.prov[two - 2]!.box[2] + 100);
  });
});

describe('provenance through cleanup', () => {
  it('keeps each character on its word, and a merged replacement on the union of its boxes', () => {
    const p = (x: number, word: number, conf = 90) => ({ page: 2, box: [x, 0, x + 10, 20] as [number, number, number, number], conf, word });
    const text = '控制在5%o以下';
    const prov = [p(0, 0), p(10, 1), p(20, 2), p(30, 3), p(40, 3, 50), p(50, 3, 50), p(60, 4), p(70, 5)];
    const out = cleanup({ text, prov });
    expect(out.text).toBe('控制在5‰以下');
    expect(out.prov).toHaveLength(out.text.length);
    expect(out.prov[4]).toMatchObject({ page: 2, box: [40, 0, 60, 20], conf: 50 });
    expect(out.prov[5]).toBe(prov[6]);
  });

  it('marks characters a guessing rule changed', () => {
    const text = '达到9O%';
    const prov = [...text].map((_, i) => ({ page: 1, box: [i * 10, 0, i * 10 + 10, 20] as [number, number, number, number], conf: 95, word: i }));
    const out = cleanup({ text, prov });
    expect(out.text).toBe('达到90%');
    expect(out.prov[3]?.guess).toBe(0.6);
    expect(out.prov[2]?.guess).toBeUndefined();
  });
});

describe('page numbers and running headers', () => {
  const word = (text: string, y: number) => ({ text, box: [100, y, 100 + text.length * 30, y + 30] as [number, number, number, number], conf: 90 });
  const page = (n: number, body: string[]): OcrPage => ({
    page: n,
    width: 1654,
    height: 2339,
    lines: [[word('某某市人民政府文件', 50)], ...body.map((b, i) => [word(b, 200 + i * 50)]), [word(`— ${n} —`, 2200)]],
  });

  it('drops them, keeps the body', () => {
    const body = ['正文一', '正文二', '正文三', '正文四', '正文五'];
    const pages = [1, 2, 3, 4].map((n) => page(n, body.map((b) => `${b}之${'甲乙丙丁'[n - 1]}`)));
    const lines = bodyLines(pages).map((p) => p.map((l) => l.text));
    expect(lines[0]).toEqual(body.map((b) => `${b}之甲`));
    expect(lines[3]).toEqual(body.map((b) => `${b}之丁`));
  });

  it('recognises page-number lines as OCR reads them', () => {
    for (const l of ['— 12 —', '一 12 一', '二23', '-3-', '第3页', '12', '— —']) expect(PAGE_NUMBER_LINE.test(l), l).toBe(true);
    for (const l of ['达到95%', '一、总体目标', '12/10万']) expect(PAGE_NUMBER_LINE.test(l), l).toBe(false);
  });
});

describe('a paragraph\'s lost full stop', () => {
  // a line as OCR text from x to right (30 px high); the page's text runs from 100 to 1000, a
  // paragraph's first line indented to 160
  const line = (text: string, x: number, right: number, y: number): OcrText => {
    const n = [...text].length;
    const w = (right - x) / n;
    return { text, prov: [...text].map((_, k) => ({ page: 1, box: [Math.round(x + k * w), y, Math.round(x + (k + 1) * w), y + 30] as [number, number, number, number], conf: 90, word: y })) };
  };
  const page = (rows: [string, number, number][]) => paragraphStops(rows.map(([t, x, r], i) => line(t, x, r, i * 50))).map((l) => l.text);
  const prose: [string, number, number] = ['按照全省统一部署，全面推进各项工作落实落地见效', 100, 1000];

  it('is put back where the next line starts a paragraph (indented) and this one ends its own', () => {
    expect(page([
      ['落实抚恤标准自然增长机制，重点优抚对象医疗保障实现全', 160, 1000],
      ['覆盖', 100, 160],
      ['每个设区市至少建有1所光荣院。', 160, 700],
      prose,
    ])).toEqual(['落实抚恤标准自然增长机制，重点优抚对象医疗保障实现全', '覆盖。', '每个设区市至少建有1所光荣院。', prose[0]]);
  });

  it('is put back after a full line whose paragraph ends there', () => {
    expect(page([
      ['落实抚恤标准自然增长机制，重点优抚对象医疗保障实现全覆盖', 160, 1000],
      ['每个设区市至少建有1所光荣院，新建县级光荣院16所。', 160, 900],
      prose,
    ])[0]).toBe('落实抚恤标准自然增长机制，重点优抚对象医疗保障实现全覆盖。');
  });

  it('is not put after a heading, a title, a table\'s cells or before a speck', () => {
    // a heading: a short line of its own paragraph
    expect(page([['二、健全优待抚恤制度', 160, 460], ['落实优抚对象抚恤和生活补助标准，重点优抚', 160, 1000], prose])[0]).toBe('二、健全优待抚恤制度');
    // a title over two lines: no sentence mark in it
    expect(page([['某某市促进消费扩容提质三年行动方案暨专项工作实施', 160, 1000], ['细则', 100, 160], ['某某市商务局编制印发', 160, 460], prose])[1]).toBe('细则');
    // a table's cells a line each: the line before is no full line
    expect(page([['农村自来水普及率，', 160, 430], ['88', 100, 130], ['约束性', 100, 190], ['农村卫生厕所普及率', 160, 430], prose])[2]).toBe('约束性');
    // the next line a speck read as 人
    expect(page([['每个县至少建有1家康复机构，在册患者居家康复参与率达', 160, 1000], ['到60%', 100, 200], ['人', 180, 210], prose])[1]).toBe('到60%');
  });
});

describe('indicator names with a misread character', () => {
  const women = { part: 'women' as const, domain: '妇女与健康' };
  it.each([
    ['孚产妇死亡率', 'maternal_mortality_ratio'],
    ['12寡儿童齿患率', 'child_dental_caries_rate'],
    ['适龄妇女宫颈癌蔓查率', 'cervical_cancer_screening_rate'],
  ])('%s is matched to the catalogue by likeness', (text, id) => {
    expect(matchIndicator(text, women)).toBeNull();
    expect(similarIndicator(text, women)).toBe(id);
  });
  it.each(['城乡居民收入比', '孕产妇'])('%s stays without an id', (text) => {
    expect(similarIndicator(text, women)).toBeNull();
  });
  it('but not where Tesseract was sure of the character to put right (精神科床位 is no misread 儿科床位)', () => {
    expect(similarIndicator('孚产妇死亡率', women, [40, 93, 93, 93, 93, 93])).toBe('maternal_mortality_ratio');
    expect(similarIndicator('孚产妇死亡率', women, [93, 93, 93, 93, 93, 93])).toBeNull();
  });
});

describe('what is wrong as read is refused, not guessed', () => {
  const prov = { page: 1, box: [0, 0, 10, 10] as [number, number, number, number], conf: 95, word: 0 };
  const t = (value: number, unit: string | null) =>
    ({ value, upper: null, unit, change: null, direction: null, indicator: { text: '婴儿死亡率', id: 'infant_mortality_rate' } }) as unknown as Target;
  const fall = (value: number) => ({ ...t(value, '%'), indicator: { text: '儿童伤害死亡率', id: null }, change: { base_year: 2020, per_year: false }, direction: 'down' }) as Target;
  it.each([
    ['infant mortality without a unit (a ‰ merged into the digits)', t(3.95, null), prov],
    ['a fall of over 100% (下降209%: 20% with a 9 read into it)', fall(209), prov],
    ['a character a cleanup rule could not settle (6.09%o)', t(6.09, '‰'), { ...prov, guess: 0 }],
  ])('%s', (_what, target, p) => {
    expect(ocrVerdict(target, [p]).refused).not.toBeNull();
  });
  it('flags a value word Tesseract scored under 60, however low (a table cell led by ≥ scores 14), never refuses it for that alone', () => {
    expect(ocrVerdict(t(4.5, '‰'), [{ ...prov, conf: 14 }])).toEqual({ doubt: FLAGGED_CONFIDENCE, refused: null, asRead: 1 });
    expect(ocrVerdict(t(4.5, '‰'), [{ ...prov, conf: 45 }])).toMatchObject({ doubt: FLAGGED_CONFIDENCE, refused: null });
  });
  it('refuses a level over ten times the national figure (2.5% read as 25%), keeps one near it', () => {
    const mtct = (value: number) => ({ ...t(value, '%'), indicator: { text: '艾滋病母婴传播率', id: 'hiv_mother_to_child_transmission_rate' } }) as Target;
    expect(ocrVerdict(mtct(25), [prov]).refused).not.toBeNull();
    expect(ocrVerdict(mtct(2.5), [prov]).refused).toBeNull();
    // a point lost in 4.5 (the national figure): 45
    const places = (value: number) => ({ ...t(value, '个'), indicator: { text: '每千人口拥有3岁以下婴幼儿托位数', id: 'childcare_slots_per_1000' } }) as Target;
    expect(ocrVerdict(places(45), [prov]).refused).not.toBeNull();
    expect(ocrVerdict(places(4.5), [prov]).refused).toBeNull();
  });
  it('refuses a value without the unit its indicator has (the unit read into the name)', () => {
    const life = { ...t(79.2, null), indicator: { text: '人均预期寿命岁', id: 'life_expectancy' } } as Target;
    expect(ocrVerdict(life, [prov]).refused).not.toBeNull();
    expect(ocrVerdict({ ...life, unit: '岁' }, [prov]).refused).toBeNull();
  });
  it('keeps a fall of up to 100%', () => {
    expect(ocrVerdict(fall(20), [prov]).refused).toBeNull();
  });
  it('puts a ‰ indicator read in % under 10 right as a guess (the ‰ sign\'s last circle lost)', () => {
    expect(ocrVerdict(t(5, '%'), [prov])).toEqual({ doubt: PERMILLE_AS_PERCENT_CONFIDENCE, refused: null, unit: '‰' });
    // any indicator the catalogue gives in ‰
    const growth = { ...t(2, '%'), upper: 3, indicator: { text: '人口自然增长率', id: 'natural_population_growth_rate' } } as Target;
    expect(ocrVerdict(growth, [prov]).unit).toBe('‰');
  });
  it('refuses a change from a base year in ‰ (以2020年為基數下降20% read as 20‰), keeps one from the plan\'s start', () => {
    const injury = (base: number | null) => ({ ...t(20, '‰'), indicator: { text: '兒童傷害死亡率', id: null }, change: { base_year: base, per_year: false }, direction: 'down' }) as Target;
    expect(ocrVerdict(injury(2020), [prov]).refused).not.toBeNull();
    expect(ocrVerdict(injury(null), [prov]).refused).toBeNull();
  });
  it('keeps infant mortality in ‰, and a fall of it in %; refuses a level in % from 10 up too (100‰: 4.5‰ read as 45%)', () => {
    expect(ocrVerdict(t(5, '‰'), [prov]).refused).toBeNull();
    expect(ocrVerdict({ ...t(12, '%'), change: { base_year: 2020, per_year: false }, direction: 'down' } as Target, [prov]).refused).toBeNull();
    expect(ocrVerdict(t(45, '%'), [prov]).refused).not.toBeNull();
  });
  it('refuses a unit Tesseract was unsure of that is not its indicator\'s (岁 read as 家), keeps its own unsure unit', () => {
    const life = (unit: string) => ({ ...t(79.3, unit), indicator: { text: '人均预期寿命', id: 'life_expectancy' } }) as Target;
    expect(ocrVerdict(life('家'), [prov], [], [{ ...prov, conf: 10 }]).refused).not.toBeNull();
    expect(ocrVerdict(life('岁'), [prov], [], [{ ...prov, conf: 10 }]).refused).toBeNull();
    expect(ocrVerdict(life('家'), [prov], [], [prov]).refused).toBeNull();
    // 万人次 is its indicator's 人次 in ten thousands
    const training = { ...t(40, '万人次'), indicator: { text: '补贴性职业技能培训', id: 'vocational_skill_training_count' } } as Target;
    expect(ocrVerdict(training, [prov], [], [{ ...prov, conf: 50 }]).refused).toBeNull();
    // 所 counts what its indicator's 个 does
    const nurseries = (unit: string) => ({ ...t(7, unit), indicator: { text: '示范性托育服务机构数', id: 'childcare_institutions' } }) as Target;
    expect(ocrVerdict(nurseries('所'), [prov], [], [{ ...prov, conf: 51 }]).refused).toBeNull();
    expect(ocrVerdict(nurseries('岁'), [prov], [], [{ ...prov, conf: 51 }]).refused).not.toBeNull();
    // 平方千米 is its indicator's 平方公里 written another way (SAME_UNIT)
    const erosion = (unit: string) => ({ ...t(60, unit), indicator: { text: '水土流失治理面积', id: 'soil_erosion_control_area' } }) as Target;
    expect(ocrVerdict(erosion('平方千米'), [prov], [], [{ ...prov, conf: 0 }, { ...prov, conf: 49 }]).refused).toBeNull();
    expect(ocrVerdict(erosion('平方米'), [prov], [], [{ ...prov, conf: 0 }, { ...prov, conf: 49 }]).refused).not.toBeNull();
  });
  it('refuses a record whose indicator name, with no catalogue id, Tesseract could mostly not read', () => {
    const garbled = { ...t(5500, '人'), indicator: { text: '乳腺癌和家查', id: null } } as Target;
    const name = (confs: number[]) => confs.map((conf) => ({ ...prov, conf }));
    expect(ocrVerdict(garbled, [prov], name([56, 92, 20, 0, 0, 0])).refused).not.toBeNull();
    expect(ocrVerdict(garbled, [prov], name([56, 92, 20, 90, 90, 90])).refused).toBeNull();
    expect(ocrVerdict({ ...garbled, indicator: { text: '婴儿死亡率', id: 'infant_mortality_rate' } } as Target, [prov], name([0, 0, 0, 90, 90])).refused).not.toBe('the indicator\'s name unreadable');
  });
});

describe('ocr/column-year: a table column\'s year misread past the plan\'s period', () => {
  it.each(COLUMN_YEAR_EXAMPLES)('$year under $periods → $want', ({ year, periods, want }) => {
    expect(misreadColumnYear(year, 'table/row', periods)).toBe(want);
  });
  it('leaves a sentence\'s year alone', () => {
    expect(misreadColumnYear(2055, 'sentence/reach', [[2021, 2025]])).toBeNull();
  });
});

describe('a table\'s share over 100% is refused', () => {
  const prov = { page: 1, box: [0, 0, 10, 10] as [number, number, number, number], conf: 95, word: 0 };
  const cell = (name: string, value = 4100, rule = 'table/row') =>
    ({ value, upper: null, unit: '%', change: null, direction: null, rule, indicator: { text: name, id: null } }) as unknown as Target;
  it.each(SHARE_NAME_EXAMPLES.valid)('refuses 4100%% for %s', (name) => {
    expect(ocrVerdict(cell(name), [prov]).refused).not.toBeNull();
    expect(ocrVerdict(cell(name, 100), [prov]).refused).toBeNull();
  });
  it.each(SHARE_NAME_EXAMPLES.invalid)('keeps it for %s (flagged)', (name) => {
    expect(ocrVerdict(cell(name), [prov]).refused).toBeNull();
  });
  it('only in a table\'s record', () => {
    expect(ocrVerdict(cell(SHARE_NAME_EXAMPLES.valid[0]!, 4100, 'numeric/level'), [prov]).refused).toBeNull();
  });
});

describe('a figure ending a name is flagged (a split figure)', () => {
  const prov = { page: 1, box: [0, 0, 10, 10] as [number, number, number, number], conf: 95, word: 0 };
  const rec = (name: string) =>
    ({ value: 5, upper: null, unit: '%', change: null, direction: null, rule: 'numeric/level', verb: '达到', comparator: '>=', indicator: { text: name, id: null } }) as unknown as Target;
  it.each(FIGURE_ENDS_NAME_EXAMPLES.valid)('flags %s', (name) => {
    expect(ocrVerdict(rec(name), [prov]).doubt).toBe(FLAGGED_CONFIDENCE);
  });
  it.each(FIGURE_ENDS_NAME_EXAMPLES.invalid)('keeps %s', (name) => {
    expect(ocrVerdict(rec(name), [prov]).doubt).toBeGreaterThan(FLAGGED_CONFIDENCE);
  });
});

describe('a rising verb with 以下 is flagged (以上 misread)', () => {
  const prov = { page: 1, box: [0, 0, 10, 10] as [number, number, number, number], conf: 95, word: 0 };
  const rec = (verb: string, comparator = '<=') =>
    ({ value: 91, upper: null, unit: '%', change: null, direction: null, rule: 'numeric/level', verb, comparator, indicator: { text: '残疾儿童康复服务覆盖率', id: null } }) as unknown as Target;
  it.each(RISE_UNDER_VERB_EXAMPLES.valid)('flags %s…以下', (verb) => {
    expect(ocrVerdict(rec(verb), [prov]).doubt).toBe(FLAGGED_CONFIDENCE);
    expect(ocrVerdict(rec(verb, '>='), [prov]).doubt).toBeGreaterThan(FLAGGED_CONFIDENCE);
  });
  it.each(RISE_UNDER_VERB_EXAMPLES.invalid)('keeps %s…以下', (verb) => {
    expect(ocrVerdict(rec(verb), [prov]).doubt).toBeGreaterThan(FLAGGED_CONFIDENCE);
  });
});

describe('a table row whose cells ran together is refused', () => {
  const prov = { page: 1, box: [0, 0, 10, 10] as [number, number, number, number], conf: 95, word: 0 };
  const row = (name: string, rule = 'table/row') =>
    ({ value: 32, upper: null, unit: '%', change: null, direction: null, rule, indicator: { text: name, id: null } }) as unknown as Target;
  it.each(FIGURE_IN_NAME_EXAMPLES.valid)('refuses a figure in the name %s', (name) => {
    expect(ocrVerdict(row(name), [prov]).refused).not.toBeNull();
  });
  it.each(FIGURE_IN_NAME_EXAMPLES.invalid)('keeps the name %s', (name) => {
    expect(ocrVerdict(row(name), [prov]).refused).toBeNull();
  });
  it('only in a table\'s record (a sentence may name a figure before its target)', () => {
    expect(ocrVerdict(row(FIGURE_IN_NAME_EXAMPLES.valid[0]!, 'numeric/level'), [prov]).refused).toBeNull();
  });
});

describe('a unit Tesseract could read no character of', () => {
  const prov = { page: 1, box: [0, 0, 10, 10] as [number, number, number, number], conf: 95, word: 0 };
  const t = (unit: string, id: string | null) => ({ value: 2.6, upper: null, unit, change: null, direction: null, rule: 'table/row', indicator: { text: '研发经费投入强度', id } }) as unknown as Target;
  it('is refused where no catalogue unit confirms it (% read as 人 at 0)', () => {
    expect(ocrVerdict(t('人', null), [prov], [], [{ ...prov, conf: 0 }]).refused).not.toBeNull();
    // nor a counter of another counter's indicator (家 at 19 for 个)
    const slots = { ...t('家', 'childcare_slots_per_1000'), value: 3 } as Target;
    expect(ocrVerdict(slots, [prov], [], [{ ...prov, conf: 19 }]).refused).not.toBeNull();
  });
  it('stands where one of its characters was read (万人次 with 人 at 97), or where it is its indicator\'s', () => {
    expect(ocrVerdict(t('万人次', null), [prov], [], [{ ...prov, conf: 4 }, { ...prov, conf: 97 }, { ...prov, conf: 2 }]).refused).toBeNull();
    expect(ocrVerdict(t('人', null), [prov], [], [{ ...prov, conf: 45 }]).refused).toBeNull();
    const life = { ...t('岁', 'life_expectancy'), value: 79.3 } as Target;
    expect(ocrVerdict(life, [prov], [], [{ ...prov, conf: 3 }]).refused).toBeNull();
  });
});

describe('what OCR cannot fix is flagged, not guessed', () => {
  const prov = (conf: number, guess?: number) => ({ page: 1, box: [0, 0, 10, 10] as [number, number, number, number], conf, word: 0, ...(guess ? { guess } : {}) });
  const t = (value: number, unit: string | null, id: string | null = null) =>
    ({ value, upper: null, unit, indicator: { text: 'x', id } }) as unknown as Target;
  it.each([
    ['a word Tesseract scored under 60', t(95, '%'), [prov(96), prov(55)], FLAGGED_CONFIDENCE],
    ['a percentage over 100', t(950, '%'), [prov(95)], FLAGGED_CONFIDENCE],
    ['a value a guessing rule changed', t(90, '%'), [prov(95, 0.6)], 0.6],
    ['a clear reading: its lowest word confidence', t(90, '%'), [prov(96), prov(91)], 0.91],
    ['infant mortality in ‰', t(5, '‰', 'infant_mortality_rate'), [prov(95)], 0.95],
  ])('%s', (_what, target, provs, doubt) => {
    expect(ocrDoubt(target, provs)).toBeCloseTo(doubt, 5);
  });
  it('a name without catalogue id with a character Tesseract could not read (森林履盖率, 履 at 0)', () => {
    const name = [prov(93), prov(93), prov(0), prov(88), prov(91)];
    expect(ocrDoubt(t(1.5, '个百分点'), [prov(93)], name)).toBeCloseTo(FLAGGED_CONFIDENCE, 5);
    // read at 60 or more: the name's words count down to the flag only
    expect(ocrDoubt(t(1.5, '个百分点'), [prov(93)], name.map((p) => ({ ...p, conf: Math.max(p.conf, 45) })))).toBeCloseTo(0.6, 5);
    // with an id the catalogue says what the value is of
    expect(ocrDoubt(t(5, '‰', 'infant_mortality_rate'), [prov(95)], name)).toBeCloseTo(0.6, 5);
  });
});

describe('TIFF pages are counted before any is read', () => {
  it('follows the chain of image directories, and stops on a loop or a cut', () => {
    // little-endian header, three directories of one entry each, the last pointing nowhere
    const data = Buffer.alloc(8 + 3 * 18);
    data.write('II', 0, 'latin1');
    data.writeUInt16LE(42, 2);
    data.writeUInt32LE(8, 4);
    for (let i = 0; i < 3; i++) {
      const at = 8 + i * 18;
      data.writeUInt16LE(1, at);
      data.writeUInt32LE(i < 2 ? at + 18 : 0, at + 14);
    }
    expect(tiffPages(data)).toBe(3);
    data.writeUInt32LE(8, 8 + 2 * 18 + 14); // the last points back at the first
    expect(tiffPages(data)).toBe(3);
    expect(tiffPages(data.subarray(0, 20))).toBe(1);
  });
});

describe('a bound OCR may have lost is flagged', () => {
  const layerOf = (text: string) => ({ pages: 1, prov: [...text].map((c, i) => (c === '\n' ? null : { page: 1, box: [i, 0, i + 1, 10] as [number, number, number, number], conf: 95, word: i })) });
  const record = (text: string, comparator: Target['comparator']) => {
    const at = text.indexOf('95');
    return {
      kind: 'numeric', value: 95, upper: null, unit: '%', comparator, indicator: { text: '毛入学率', id: 'some_id' }, part: 'women', domain: 'x', confidence: 0.5,
      source: { line: 1, column: at + 1, start: 0, end: at + 3, quote: text.slice(0, at + 3) },
    } as unknown as Target;
  };
  it('a value ending its line before a short last line, read without a bound', () => {
    const text = '毛入学率达到并保持在95%\n人992\n下一段落的文字很长很长';
    const [t] = groundScanned([record(text, '=')], text, layerOf(text));
    expect(t!.confidence).toBeCloseTo(0.5 * FLAGGED_CONFIDENCE, 5);
  });
  it('refused when 以 is read and what follows starts no bound (以\n人, 以由), unless the comparator came from elsewhere', () => {
    for (const text of ['毛入学率达到并保持在95%以\n人992\n下一段落的文字很长很长', '毛入学率达到并保持在95%以由下一段落的文字', '巩固率达到95% 以\n于:', '巩固率达到95% 区下', '巩固率达到95%左\n句。']) {
      expect(groundScanned([record(text, '=')], text, layerOf(text))).toEqual([]);
      expect(groundScanned([record(text, '>=')], text, layerOf(text))).toHaveLength(1);
    }
    // the character after the value unreadable (左右 read as 堪 at conf 0)
    const murky = '毛入学率达到并保持在95%堪\n石。';
    const layer = layerOf(murky);
    layer.prov[murky.indexOf('堪')] = { ...layer.prov[murky.indexOf('堪')]!, conf: 0 };
    expect(groundScanned([record(murky, '=')], murky, layer)).toEqual([]);
    expect(groundScanned([record(murky, '=')], murky, layerOf(murky))).toHaveLength(1);
    const read = '毛入学率达到并保持在95%以\n上。';
    expect(groundScanned([record(read, '=')], read, layerOf(read))).toHaveLength(1);
  });
  it('not when the bound was read, nor in the middle of a line', () => {
    const text = '毛入学率达到并保持在95%以\n人992\n下一段落';
    expect(groundScanned([record(text, '>=')], text, layerOf(text))[0]!.confidence).toBeCloseTo(0.475, 5);
    const mid = '毛入学率达到95%，下一句';
    expect(groundScanned([record(mid, '=')], mid, layerOf(mid))[0]!.confidence).toBeCloseTo(0.475, 5);
  });
});

describe('what a record of a scan rests on', () => {
  const layerOf = (text: string) => ({ pages: 1, prov: [...text].map((c, i) => (c === '\n' ? null : { page: 1, box: [i, 0, i + 1, 10] as [number, number, number, number], conf: 95, word: i })) });
  it('a value in Chinese numerals rests on its numerals, not on the whole quote', () => {
    const text = '全面落实母婴安全五项制度';
    const layer = layerOf(text);
    layer.prov[0] = { ...layer.prov[0]!, conf: 0 };
    const at = text.indexOf('五');
    const record = {
      kind: 'numeric', value: 5, upper: null, unit: '项', comparator: '=', change: null, indicator: { text: '全面母婴安全制度', id: null }, part: 'other', domain: 'x', confidence: 1,
      source: { line: 1, column: at + 1, start: 0, end: text.length, quote: text },
    } as unknown as Target;
    expect(groundScanned([record], text, layer)).toHaveLength(1);
  });
  it('a count matched to a per-head indicator is not held against its national figure', () => {
    const prov = { page: 1, box: [0, 0, 10, 10] as [number, number, number, number], conf: 95, word: 0 };
    const slots = (text: string) => ({ value: 200, upper: null, unit: '个', change: null, direction: null, indicator: { text, id: 'childcare_slots_per_1000' } }) as unknown as Target;
    expect(ocrVerdict(slots('新增普惠性托位'), [prov]).refused).toBeNull();
    expect(ocrVerdict(slots('每千人口拥有3岁以下婴幼儿托位数'), [prov]).refused).not.toBeNull();
  });
});

describe('a value whose number, column or bound OCR could not read is refused', () => {
  const layerOf = (text: string) => ({ pages: 1, prov: [...text].map((c, i) => (c === '\n' ? null : { page: 1, box: [i, 0, i + 1, 10] as [number, number, number, number], conf: 95, word: i })) });
  const lineOf = (text: string, at: number) => text.slice(0, at).split('\n').length;
  const record = (text: string, value: string, o: { unit?: string; year?: number; comparator?: Target['comparator']; name?: string } = {}) => {
    const at = text.lastIndexOf(value);
    const line = lineOf(text, at);
    const lineStart = text.lastIndexOf('\n', at - 1) + 1;
    return {
      kind: 'numeric', value: Number(value), upper: null, unit: o.unit ?? '%', comparator: o.comparator ?? '=', change: null, year: o.year ?? 2025,
      indicator: { text: o.name ?? '毛入学率', id: null }, part: 'other', domain: 'x', confidence: 0.5,
      source: { line, column: at - lineStart + 1, start: lineStart, end: at + value.length, quote: text.slice(lineStart, at + value.length) },
    } as unknown as Target;
  };
  it('a number cut by a character Tesseract could hardly read (11.3 read as 1 and 站3)', () => {
    const text = '受教育年限达到1\n站3年。';
    const layer = layerOf(text);
    layer.prov[text.indexOf('站')] = { ...layer.prov[text.indexOf('站')]!, conf: 8 };
    expect(groundScanned([record(text, '3', { unit: '年' })], text, layer)).toEqual([]);
    expect(groundScanned([record(text, '3', { unit: '年' })], text, layerOf(text))).toHaveLength(1);
  });
  it('a table cell whose column year Tesseract could not read, in a header whose years do not rise', () => {
    const text = '序号 指标 单位 2031年 2025年 属性\n1 托位总数 个 1320 2900 预期性';
    const layer = layerOf(text);
    const year = text.indexOf('2031');
    for (let k = 0; k < 4; k++) layer.prov[year + k] = { ...layer.prov[year + k]!, conf: 0 };
    expect(groundScanned([record(text, '1320', { unit: '个', year: 2031, name: '托位总数' })], text, layer)).toEqual([]);
    // the target column, and a header read surely, stand
    expect(groundScanned([record(text, '2900', { unit: '个', year: 2025, name: '托位总数' })], text, layer)).toHaveLength(1);
    expect(groundScanned([record(text, '1320', { unit: '个', year: 2031, name: '托位总数' })], text, layerOf(text))).toHaveLength(1);
    // years rising: a low score alone says nothing
    const rising = text.replace('2031年 2025年', '2021年 2025年');
    const low = layerOf(rising);
    const at = rising.indexOf('2025年');
    for (let k = 0; k < 4; k++) low.prov[at + k] = { ...low.prov[at + k]!, conf: 0 };
    expect(groundScanned([record(rising, '2900', { unit: '个', year: 2025, name: '托位总数' })], rising, low)).toHaveLength(1);
  });
  it('a value flagged for its word\'s score alone is as sure as the same figure read surely elsewhere (a table cell and its sentence)', () => {
    const text = '普惠性托位占比不低于60%。\n3 普惠性托位占比 % 35 ≥60 预期性';
    const layer = layerOf(text);
    const cell = text.lastIndexOf('≥60');
    for (let k = 0; k < 3; k++) layer.prov[cell + k] = { ...layer.prov[cell + k]!, conf: 20 };
    const sentence = { ...record(text.split('\n')[0]!, '60', { comparator: '>=', name: '普惠性托位占比' }), confidence: 1 } as Target;
    const row = record(text, '60', { comparator: '>=', name: '普惠性托位占比' });
    const rowAlone = groundScanned([row], text, layer);
    expect(rowAlone[0]!.confidence).toBeCloseTo(0.5 * FLAGGED_CONFIDENCE, 5);
    const both = groundScanned([sentence, row], text, layer);
    expect(both[1]!.confidence).toBeCloseTo(0.5 * 0.95, 5);
    // another figure settles nothing
    const other = { ...sentence, value: 55 } as Target;
    expect(groundScanned([other, row], text, layer)[1]!.confidence).toBeCloseTo(0.5 * FLAGGED_CONFIDENCE, 5);
  });
  it('a table cell read unsurely that a sure reading of the same indicator, year and unit contradicts is refused (60 in the sentence, 860 in the cell)', () => {
    const text = '全县新增水土流失治理面积60平方千米以上。\n新增水土流失治理面积 平方千米 — 860 130';
    const layer = layerOf(text);
    const cell = text.indexOf('860');
    for (let k = 0; k < 3; k++) layer.prov[cell + k] = { ...layer.prov[cell + k]!, conf: 20 };
    const id = 'soil_erosion_control_area';
    const sentence = { ...record(text.split('\n')[0]!, '60', { comparator: '>=', unit: '平方千米', name: '全县新增水土流失治理面积' }), indicator: { text: '全县新增水土流失治理面积', id }, confidence: 1 } as Target;
    const row = { ...record(text, '860', { unit: '平方千米', name: '新增水土流失治理面积' }), indicator: { text: '新增水土流失治理面积', id }, rule: 'table/row' } as Target;
    expect(groundScanned([sentence, row], text, layer)).toHaveLength(1);
    // alone, or beside a figure of an unlike name with the same id (新建 … is no 总数), it is only flagged
    expect(groundScanned([row], text, layer)).toHaveLength(1);
    const unlike = { ...sentence, indicator: { text: '累计治理水土流失', id } } as Target;
    expect(groundScanned([unlike, row], text, layer)).toHaveLength(2);
    // read surely, it stands
    expect(groundScanned([sentence, row], text, layerOf(text))).toHaveLength(2);
  });
  it('a table row\'s last cell is no sentence: a speck read on the next line is no lost bound', () => {
    const text = '1 人才资源总量 万人 86 11\n下\n2 专业技术人才总量 万人 3 4';
    const layer = layerOf(text);
    layer.prov[text.indexOf('下')] = { ...layer.prov[text.indexOf('下')]!, conf: 10 };
    const row = { ...record(text.slice(0, text.indexOf('\n')), '11', { unit: '万人', name: '人才资源总量' }), rule: 'table/row' } as Target;
    expect(groundScanned([row], text, layer)).toHaveLength(1);
    expect(groundScanned([{ ...row, rule: 'numeric/level' } as Target], text, layer)).toEqual([]);
  });
  it('a bound misread after the value\'s unit (50万人次以\n出)', () => {
    const text = '每年开展职业技能培训50万人次以\n出。';
    expect(groundScanned([record(text, '50', { unit: '万人次', name: '职业技能培训' })], text, layerOf(text))).toEqual([]);
    const read = '每年开展职业技能培训50万人次以\n上。';
    expect(groundScanned([record(read, '50', { unit: '万人次', name: '职业技能培训' })], read, layerOf(read))).toHaveLength(1);
  });
});

describe('a table cell that lost its decimal point', () => {
  const at = (line: string, cell: string) => [line.indexOf(cell), line.indexOf(cell) + cell.length] as const;
  it.each([
    ['人均预期寿命 岁 783 79.3 ≥80 预期性', '783'],
    ['出生人口性别比 — 1086 ≤107 ≤106 约束性', '1086'],
    ['健康服务 每千人口医疗卫生机构床位数 张 63 7.2 预期性', '63'],
  ])('is flagged where it is about ten times a figure of its row: %s', (line, cell) => {
    expect(pointLostInRow(line, ...at(line, cell))).toBe(true);
  });
  it.each([
    ['6 65岁及以上老年人健康管理服务率 % 58 65 预期性', '65'],
    ['人均预期寿命 岁 78.3 79.3 ≥80 预期性', '79.3'],
    ['培训人数 人次 200 1000 预期性', '1000'],
    ['人均预期寿命达到80岁以上', '80'],
  ])('not otherwise (a row index, a decimal, a growth, running text): %s', (line, cell) => {
    expect(pointLostInRow(line, ...at(line, cell))).toBe(false);
  });
});

describe('a table row short of its header\'s year cells', () => {
  const header = '指标名称 2022年 2023年 2024年 2025年';
  const rec = (line: number, year: number) => ({ year, rule: 'table/row', source: { line } }) as unknown as Target;
  it.each([
    ['企业开办时间(工作日) 2 05'],
    ['工程建设项目审批时间(工作日) 35000032 00030728'],
    ['2 审批时间(工作日) 35 39230 ≤25'],
  ])('is refused: cells lost or run together: %s', (row) => {
    expect(rowShortOfYears(rec(2, 2025), `${header}\n${row}`)).toBe(true);
  });
  it.each([
    ['企业开办时间(工作日) 2 1 1 0.5'],
    ['1 引进人才(名) — 〔300〕 — 400'],
    ['一件事一次办 主题服务(项) 26 40 50 60'],
    ['健康支撑65岁及以上老年人健康管理率(%) 66.5 72 66 70 预期性'],
    ['环境治理细颗粒物(PM2.5)年均浓度（微克/立方米）36 ≤32 30 ≤28 约束性'],
  ])('not where every year has its cell: %s', (row) => {
    expect(rowShortOfYears(rec(2, 2025), `${header}\n${row}`)).toBe(false);
  });
  it('not for running text or a record of a sentence', () => {
    expect(rowShortOfYears(rec(2, 2025), `${header}\n到2025年企业开办时间压缩至0.5个工作日`)).toBe(false);
    expect(rowShortOfYears({ ...rec(2, 2025), rule: 'numeric/level' } as Target, `${header}\n企业开办时间 2 05`)).toBe(false);
  });
});

describe('ocr/unit-cell-lost: a table record without a unit where its row\'s unit cell was misread', () => {
  const header = '序号 指标 单位 2020年 2025年 属性';
  const rec = (unit: string | null, rule = 'table/row') => ({ year: 2025, value: 1600, unit, rule, source: { line: 2 } }) as unknown as Target;
  it.each([['3 基层社数量 企 1418 1600 预期性'], ['7 电子商务销售额 亿雹 186 372 预期性'], ['6 普惠小微贷款余额亿元 410 820 预期性']])('is refused: %s', (row) => {
    expect(unitCellLost(rec(null), `${header}\n${row}`)).toBe(true);
  });
  it('not where the row has a unit, the unit cell is an empty cell\'s dash, the header has no unit column, or in a sentence', () => {
    expect(unitCellLost(rec('个'), `${header}\n3 基层社数量 个 1418 1600 预期性`)).toBe(false);
    expect(unitCellLost(rec(null), `${header}\n4 综合指数 — 85 90 预期性`)).toBe(false);
    expect(unitCellLost(rec(null), `${header}\n出生人口性别比一 1086 ≤107 约束性`)).toBe(false);
    expect(unitCellLost(rec(null), `序号 指标 2020年 2025年 属性\n4 综合指数 85 90 预期性`)).toBe(false);
    expect(unitCellLost(rec(null, 'numeric/level'), `${header}\n基层社数量达到1600`)).toBe(false);
  });
});

describe('a value whose bracket its cell does not close', () => {
  it('is cut off (〔2.5〕 read [2)', () => {
    const line = '5 补贴性职业技能培训(万人次) [4.11] [2 预期性';
    const from = line.lastIndexOf('[2') + 1;
    expect(unclosedBracket(line, from, from + 1)).toBe(true);
    expect(unclosedBracket(line, line.indexOf('4.11'), line.indexOf('4.11') + 4)).toBe(false);
  });
  it('not a value without a bracket or in a closed one', () => {
    const line = '引进高层次人才 名 — 〔300〕 20';
    expect(unclosedBracket(line, line.indexOf('300'), line.indexOf('300') + 3)).toBe(false);
    expect(unclosedBracket(line, line.indexOf('20'), line.indexOf('20') + 2)).toBe(false);
  });
});

describe('a table row\'s name ending in a misread cell', () => {
  const prov = { page: 1, box: [0, 0, 10, 10] as [number, number, number, number], conf: 95, word: 0 };
  const row = (text: string, unit: string | null) => ({ value: 35, upper: null, unit, change: null, direction: null, rule: 'table/row', indicator: { text, id: null } }) as unknown as Target;
  it('is refused: a name ends in no 的, a unit bracket holds no figure', () => {
    expect(ocrVerdict(row('农村公路优良中等路率的', null), [prov]).refused).not.toBeNull();
    expect(ocrVerdict(row('气象预警信息公众覆盖率(9%)', null), [prov]).refused).not.toBeNull();
  });
  it('not a name with a figure that has its unit, or a sentence\'s record', () => {
    expect(ocrVerdict(row('农村公路优良中等路率', '%'), [prov]).refused).toBeNull();
    expect(ocrVerdict(row('细颗粒物(PM2.5)', '微克/立方米'), [prov]).refused).toBeNull();
    expect(ocrVerdict({ ...row('目标的', null), rule: 'numeric/level' } as Target, [prov]).refused).toBeNull();
  });
});

describe('a yearly growth cell that lost its point', () => {
  const cell = (line: string, value: string, perYear = true) => {
    const from = line.lastIndexOf(value);
    const t = { value: Number(value), unit: '%', change: perYear ? { base_year: null, per_year: true } : null, rule: 'table/growth' } as unknown as Target;
    return growthPointLost(t, line, from, from + value.length);
  };
  it('is refused: an integer of 30% or more in a growth column (12.6 read 126, 5.5 read 55)', () => {
    expect(cell('1 邮政行业业务收入 亿元 387 70 126 预期性', '126')).toBe(true);
    expect(cell('9 行业从业人员 万人 1.38 1.8 55 预期性', '55')).toBe(true);
  });
  it('not a growth read with its point, a small one, or a cell of a year column', () => {
    expect(cell('2 快递业务量 亿件 4.86 10 15.5 预期性', '15.5')).toBe(false);
    expect(cell('3 快递业务收入 亿元 29.5 52 12 预期性', '12')).toBe(false);
    expect(cell('4 快递服务进村比例 % 68 95 — 约束性', '95', false)).toBe(false);
  });
  it('knows a growth column of a header', () => {
    for (const c of OCR_GROWTH_HEADER_EXAMPLES.valid) expect(OCR_GROWTH_HEADER.test(c)).toBe(true);
    for (const c of OCR_GROWTH_HEADER_EXAMPLES.invalid) expect(OCR_GROWTH_HEADER.test(c)).toBe(false);
  });
  it('counts a growth column among a row\'s figures: a row short of it lost a cell', () => {
    const text = '序号 指标 单位 2020年 2025年 年均增长(%) 属性\n7 电商快件不再二次包装比例 % 4 90 约束性';
    const at = text.lastIndexOf('90');
    const t = { value: 90, year: 2025, rule: 'table/row', source: { line: 2, column: at - text.indexOf('\n') } } as unknown as Target;
    expect(rowShortOfYears(t, text)).toBe(true);
    const full = '序号 指标 单位 2020年 2025年 年均增长(%) 属性\n7 电商快件不再二次包装比例 % 45 90 — 约束性';
    expect(rowShortOfYears(t, full)).toBe(false);
  });
});

describe('the script of a scan', () => {
  const page = (words: number, conf: number): OcrPage => ({
    page: 1,
    width: 1654,
    height: 2339,
    lines: [Array.from({ length: words }, (_, i) => ({ text: i % 2 ? '兒童' : '2025', box: [i * 40, 0, i * 40 + 30, 30] as [number, number, number, number], conf }))],
  });
  it('is traditional where chi_tra reads the page surer than chi_sim by the margin', () => {
    expect(scriptOf(page(60, 82), page(60, 91))).toBe('traditional');
    expect(scriptOf(page(60, 82), page(60, 82 + SCRIPT_MARGIN))).toBe('simplified');
    expect(scriptOf(page(60, 80), page(60, 75))).toBe('simplified');
  });
  it('cannot be told from a page with few Chinese words (a cover)', () => {
    // half the words are Chinese
    expect(scriptOf(page(2 * SCRIPT_MIN_WORDS - 2, 70), page(2 * SCRIPT_MIN_WORDS - 2, 95))).toBeNull();
    expect(scriptOf(page(2 * SCRIPT_MIN_WORDS, 70), page(2 * SCRIPT_MIN_WORDS, 95))).toBe('traditional');
  });
});
