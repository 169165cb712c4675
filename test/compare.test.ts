// Comparison across jurisdictions: columns, verdicts by better direction, coverage, outputs, diff.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { diffJurisdictions, formatDiff } from '../pipeline/compare/diff.ts';
import { loadInput, writeComparison } from '../pipeline/compare/index.ts';
import { buildColumns, buildTable, type TableInput } from '../pipeline/compare/table.ts';
import type { CompareTable, Row, StoredDoc } from '../pipeline/compare/types.ts';
import { valueText, verdictOf } from '../pipeline/compare/values.ts';
import { fixZipDates } from '../pipeline/compare/xlsx.ts';
import { contextOf } from '../pipeline/compare/context.ts';
import { LineIndex } from '../model/text.ts';
import { buildStore, catalogue, normalize } from './fixtures/compare-store.ts';
import { main } from '../pipeline/cli.ts';

let dir: string;
let db: string;
let input: TableInput;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'plan-targets-compare-'));
  db = buildStore(dir);
  input = await loadInput(db, { catalogue, normalize });
});

const row = (t: CompareTable, id: string): Row => t.rows.find((r) => r.id === id)!;
const cell = (t: CompareTable, id: string, label: string) => row(t, id).cells[t.columns.findIndex((c) => c.label === label)] ?? null;

describe('values as people write them', () => {
  it('writes bound, value and unit, and the year only where it is not the plan end', () => {
    const s = { kind: 'numeric' as const, comparator: '<=' as const, value: 12, unit: '1/10万', direction: null, year: 2025 };
    expect(valueText(s, 2025)).toBe('≤12/10万');
    expect(valueText({ ...s, comparator: '>=', value: 70, unit: '%', year: 2023 }, 2025)).toBe('≥70% (2023)');
    expect(valueText({ ...s, comparator: '~', value: 45, unit: '%' }, 2025)).toBe('≈45%');
    expect(valueText({ ...s, kind: 'full_coverage', value: 100, unit: '%' }, 2025)).toBe('全覆盖');
    expect(valueText({ ...s, kind: 'qualitative', comparator: null, value: null, unit: null, direction: 'up' }, 2025)).toBe('↑');
  });

  it('judges stricter and looser by the better direction, in equal units only', () => {
    const v = (value: number, unit = '‰') => ({ kind: 'numeric' as const, comparator: '<=' as const, value, unit, direction: null, year: 2025, normalized: { value, unit }, text: '' });
    expect(verdictOf(v(3), v(5), 'lower')).toBe('stricter');
    expect(verdictOf(v(5), v(3), 'lower')).toBe('looser');
    expect(verdictOf(v(80, '%'), v(70, '%'), 'higher')).toBe('stricter');
    expect(verdictOf(v(60, '%'), v(70, '%'), 'higher')).toBe('looser');
    expect(verdictOf(v(0.1 + 0.2, '%'), v(0.3, '%'), 'higher')).toBe('equal');
    expect(verdictOf(v(3), v(3, '%'), 'lower')).toBe('incomparable');
    expect(verdictOf(v(3), v(5), null)).toBe('incomparable');
  });
});

describe('a source in context', () => {
  it('marks the quote across a line break and the value as written, full-width digits included', () => {
    const text = ['一、妇女与健康', '主要目标：', '1. 妇女人均预期寿命提高', '至８１．３岁左右。', '2. 其他', '3. 其他', '4. 其他', '5. 其他'].join('\n');
    const start = text.indexOf('妇女人均');
    const end = text.indexOf('左右') + 2;
    const at = text.indexOf('８');
    const src = { doc: 'x', file: 'x.txt', name: 'x', line: 4, column: at - text.indexOf('至') + 1, start, end, quote: '妇女人均预期寿命提高至８１．３岁左右', section: '主要目标', indicatorText: '妇女人均预期寿命' };
    const ctx = contextOf(text, new LineIndex(text), src, true, 2);
    expect(ctx.lines.map((l) => l.n)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(ctx.lines[2]!.segs).toEqual([['1. ', 0, 0], ['妇女人均预期寿命提高', 1, 0]]);
    expect(ctx.lines[3]!.segs).toEqual([['至', 1, 0], ['８１．３', 1, 1], ['岁左右', 1, 0], ['。', 0, 0]]);
  });
});

describe('the table against the national outline', () => {
  let t: CompareTable;
  beforeAll(() => {
    t = buildTable(input);
  });

  it('has a column per jurisdiction and period: women and children plans merge, periods stay apart', () => {
    expect(t.columns.map((c) => c.label)).toEqual(['甲市 2016—2020', '甲市 2021—2025', '乙县']);
    const jia = t.columns[1]!;
    expect(jia.docs.map((d) => d.split('/').pop())).toEqual(['jia-children-2021.txt', 'jia-women-2021.txt']);
    // the children's plan of 甲市 fills the same column as its women's plan
    expect(cell(t, 'neonatal_mortality', '甲市 2021—2025')?.text).toBe('≤5‰');
    expect(cell(t, 'maternal_mortality', '甲市 2016—2020')?.text).toBe('≤18/10万');
    expect(cell(t, 'neonatal_mortality', '甲市 2016—2020')).toBeNull();
  });

  it('has a row per indicator, grouped by part and domain, in catalogue order', () => {
    expect(t.rows.map((r) => r.id)).toEqual(['life_expectancy', 'maternal_mortality', 'cervical_screening', 'breast_screening', 'neonatal_mortality']);
    expect(t.rows.map((r) => `${r.part}/${r.domain}`)).toEqual([
      'women/妇女与健康', 'women/妇女与健康', 'women/妇女与健康', 'women/妇女与健康', 'children/儿童与健康',
    ]);
    expect(row(t, 'maternal_mortality').reference?.text).toBe('≤12/10万 (2030)');
  });

  it('a lower-is-better indicator: a lower ceiling is stricter, a higher one looser', () => {
    const m = cell(t, 'maternal_mortality', '甲市 2021—2025')!;
    // the main target (主要目标) wins over the earlier one in 策略措施
    expect(m.text).toBe('≤10/10万');
    expect(m.others).toBe(1);
    expect(m.verdict).toBe('stricter');
    expect(cell(t, 'maternal_mortality', '甲市 2016—2020')!.verdict).toBe('looser');
    expect(cell(t, 'maternal_mortality', '乙县')!.verdict).toBe('equal');
    expect(cell(t, 'neonatal_mortality', '甲市 2021—2025')!.verdict).toBe('looser');
    expect(cell(t, 'neonatal_mortality', '乙县')!.verdict).toBe('equal');
  });

  it('a higher-is-better indicator: a higher floor is stricter, a lower one looser', () => {
    expect(cell(t, 'cervical_screening', '甲市 2021—2025')!.verdict).toBe('stricter');
    expect(cell(t, 'cervical_screening', '乙县')!.verdict).toBe('looser');
  });

  it('marks reviewed values, leaves out rejected targets and baselines, shows a differing year', () => {
    expect(cell(t, 'cervical_screening', '甲市 2021—2025')!.reviewed).toBe(true);
    expect(cell(t, 'maternal_mortality', '乙县')!.reviewed).toBe(true);
    expect(cell(t, 'maternal_mortality', '乙县')!.text).toBe('≤12/10万');
    expect(cell(t, 'cervical_screening', '乙县')!.reviewed).toBe(false);
    expect(cell(t, 'breast_screening', '乙县')).toBeNull();
    expect(cell(t, 'breast_screening', '甲市 2021—2025')!.text).toBe('=75% (2023)');
    expect(cell(t, 'life_expectancy', '甲市 2021—2025')!.text).toBe('↑');
  });

  it('counts per jurisdiction the reference indicators set with a number, only qualitatively, or not at all', () => {
    expect(t.referenceCount).toBe(4);
    const cov = Object.fromEntries(t.coverage.map((c) => [c.column, c]));
    expect(cov['甲市 2021—2025']).toMatchObject({ numeric: 3, qualitative: 1, missing: 0, stricter: 2, equal: 0, looser: 1 });
    expect(cov['乙县']).toMatchObject({ numeric: 3, qualitative: 0, missing: 1, stricter: 0, equal: 2, looser: 1 });
    expect(cov['甲市 2016—2020']).toMatchObject({ numeric: 1, qualitative: 0, missing: 3, looser: 1 });
  });
});

describe('places', () => {
  const doc = (path: string, name: string, parents: string[], level: StoredDoc['level'] = 'district'): StoredDoc => ({
    path, file: path, name: path, jurisdiction: name, level, parents, sha256: null, format: 'text',
    plans: [{ part: 'women', title: null, period: [2021, 2025], lines: [1, 10] }],
  });

  it('levels compare alike; two places of one name are told apart by their parent, a partial parent list joins its place', () => {
    const { columns } = buildColumns([
      doc('a', '朝阳区', ['北京市']),
      doc('b', '朝阳区', ['吉林省', '长春市']),
      doc('c', '朝阳区', ['长春市']),
      doc('d', '长春市', ['吉林省'], 'city'),
      doc('e', '吉林省', [], 'province'),
    ]);
    expect(columns.map((c) => [c.label, c.docs.join('+')])).toEqual([
      ['吉林省', 'e'],
      ['长春市', 'd'],
      ['北京市朝阳区', 'a'],
      ['长春市朝阳区', 'b+c'],
    ]);
  });
});

describe('options', () => {
  it('--reference: another jurisdiction is the reference column', () => {
    const t = buildTable(input, { reference: '乙县' });
    expect(t.reference).toEqual({ kind: 'jurisdiction', label: '乙县' });
    expect(t.columns.map((c) => c.label)).toEqual(['甲市 2016—2020', '甲市 2021—2025']);
    expect(row(t, 'maternal_mortality').reference?.text).toBe('≤12/10万');
    expect(cell(t, 'maternal_mortality', '甲市 2021—2025')!.verdict).toBe('stricter');
    expect(cell(t, 'cervical_screening', '甲市 2021—2025')!.verdict).toBe('stricter');
    expect(t.referenceCount).toBe(3);
    expect(t.coverage[1]).toMatchObject({ numeric: 3, qualitative: 0, missing: 0 });
  });

  it('--year keeps the plans in force that year; --jurisdictions picks and orders columns', () => {
    expect(buildTable(input, { year: 2018 }).columns.map((c) => c.label)).toEqual(['甲市 2016—2020']);
    expect(buildTable(input, { jurisdictions: ['乙县', '甲市 2021—2025'] }).columns.map((c) => c.label)).toEqual(['乙县', '甲市 2021—2025']);
    expect(buildTable(input, { jurisdictions: ['甲市'] }).columns.map((c) => c.label)).toEqual(['甲市 2016—2020', '甲市 2021—2025']);
    expect(() => buildTable(input, { jurisdictions: ['丙镇'] })).toThrow(/no plan of "丙镇"/);
    expect(() => buildTable(input, { reference: '甲市' })).toThrow(/several periods/);
  });
});

describe('diff', () => {
  it('tells per indicator which side is stricter, with both quotes', () => {
    const d = diffJurisdictions(input, '甲市 2021—2025', '乙县');
    const outcome = Object.fromEntries(d.rows.map((r) => [r.id, r.outcome]));
    expect(outcome).toEqual({
      life_expectancy: 'only_a',
      maternal_mortality: 'a_stricter',
      cervical_screening: 'a_stricter',
      breast_screening: 'only_a',
      neonatal_mortality: 'b_stricter',
    });
    const m = d.rows.find((r) => r.id === 'maternal_mortality')!;
    expect(m.a).toEqual({ text: '≤10/10万', file: 'jia-women-2021.txt', line: 5, quote: '孕产妇死亡率控制在10/10万以下' });
    expect(m.b).toEqual({ text: '≤12/10万 ✓', file: 'yi-county.txt', line: 5, quote: '孕产妇死亡率控制在12/10万以下' });
    const text = formatDiff(d);
    expect(text).toContain('A = 甲市 2021—2025, B = 乙县');
    expect(text).toContain('  孕产妇死亡率: A stricter\n    A ≤10/10万  jia-women-2021.txt:5  孕产妇死亡率控制在10/10万以下\n    B ≤12/10万 ✓  yi-county.txt:5');
    expect(diffJurisdictions(input, '乙县', '甲市 2016—2020').rows.find((r) => r.id === 'maternal_mortality')!.outcome).toBe('a_stricter');
    expect(() => diffJurisdictions(input, '甲市', '乙县')).toThrow(/several periods/);
  });
});

describe('written outputs', () => {
  let out: string;
  let files: string[];
  beforeAll(async () => {
    out = join(dir, 'out');
    files = (await writeComparison(db, out, { catalogue, normalize })).files;
  });

  it('writes md, csv with a BOM, xlsx and html', () => {
    expect(files.map((f) => f.split('/').pop())).toEqual(['compare.md', 'compare.csv', 'compare.xlsx', 'report.html']);
    const csv = readFileSync(join(out, 'compare.csv'));
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = csv.toString('utf8').slice(1).split('\r\n');
    expect(lines[0]).toBe('part,domain,indicator_id,indicator,unit,better,reference,reference_from,甲市 2016—2020,甲市 2016—2020 vs reference,甲市 2021—2025,甲市 2021—2025 vs reference,乙县,乙县 vs reference');
    expect(lines).toContain('women,妇女与健康,maternal_mortality,孕产妇死亡率,1/10万,lower,≤12/10万 (2030),中国妇女发展纲要（2021—2030年）,≤18/10万,looser,≤10/10万,stricter,≤12/10万 ✓,equal');
    const md = readFileSync(join(out, 'compare.md'), 'utf8');
    expect(md).toContain('| 孕产妇死亡率 | ≤12/10万 (2030) | ≤18/10万 ▽ | ≤10/10万 ▲ | ≤12/10万 ✓ = |');
    expect(md).toContain('| 甲市 2021—2025 | 3 | 1 | 0 | 2 | 0 | 1 |');
    expect(md).toContain('## Children · 儿童与健康');
  });

  it('is byte-identical when written again, xlsx included', async () => {
    const again = join(dir, 'again');
    await writeComparison(db, again, { catalogue, normalize });
    for (const f of ['compare.md', 'compare.csv', 'compare.xlsx', 'report.html']) {
      expect(readFileSync(join(again, f)).equals(readFileSync(join(out, f))), f).toBe(true);
    }
    const xlsx = readFileSync(join(out, 'compare.xlsx'));
    // every zip entry has the fixed date (2000-01-01), not the time of writing
    expect(xlsx.readUInt32LE(0)).toBe(0x04034b50);
    expect(xlsx.readUInt16LE(12)).toBe(((2000 - 1980) << 9) | (1 << 5) | 1);
    expect(fixZipDates(Buffer.from(xlsx)).equals(xlsx)).toBe(true);
  });

  it('escapes the text in report.html', () => {
    const html = readFileSync(join(out, 'report.html'), 'utf8');
    expect(html).not.toContain('<script>alert(1)');
    expect(html).toContain('\\u003cscript>alert(1)');
    expect(html).not.toMatch(/https?:\/\//);
  });
});

describe('the CLI', () => {
  const cli = async (...args: string[]) => {
    let out = '';
    let err = '';
    const write = process.stdout.write.bind(process.stdout);
    const writeErr = process.stderr.write.bind(process.stderr);
    process.stdout.write = ((s: string) => ((out += s), true)) as never;
    process.stderr.write = ((s: string) => ((err += s), true)) as never;
    try {
      const code = await main(['node', 'plan-targets', ...args]);
      return { code, out, err };
    } finally {
      process.stdout.write = write;
      process.stderr.write = writeErr;
    }
  };

  it('diff prints the outcomes; a missing store or name is one line', async () => {
    // the CLI reads the real catalogue, which does not know the fixture's ids: only the layout is checked
    const r = await cli('diff', '乙县', '甲市 2016—2020', '--db', db);
    expect(r.code).toBe(0);
    expect(r.out).toContain('A = 乙县, B = 甲市 2016—2020\n');
    expect(r.out).toContain('    A ≤12/10万 ✓  yi-county.txt:5  孕产妇死亡率控制在12/10万以下\n    B ≤18/10万  jia-women-2016.txt:4');
    const missing = await cli('compare', '--db', join(dir, 'nothing.sqlite'), '--out', join(dir, 'x'));
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/^plan-targets: .*nothing\.sqlite: no store here/);
    const unknown = await cli('diff', '丙镇', '乙县', '--db', db);
    expect(unknown.code).toBe(2);
    expect(unknown.err.trim().split('\n')).toHaveLength(1);
  });
});

describe('the real catalogue as the national reference', () => {
  it('every national figure normalizes into its indicator’s unit, so it compares with local targets', async () => {
    const { catalogue: real } = await import('../rules/indicators.ts');
    const { normalizeValue } = await import('../extractors/indicators.ts');
    const withNational = real.filter((e) => e.national);
    expect(withNational.length).toBeGreaterThan(10);
    for (const e of withNational) {
      const n = normalizeValue(e.id, e.national!.value, e.national!.unit);
      expect(n?.unit, e.id).toBe(normalizeValue(e.id, 1, e.unit)?.unit);
      expect(e.better, e.id).not.toBeNull();
    }
  });
});
