// Comparison across jurisdictions: columns, verdicts by better direction, coverage, outputs, diff.
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { diffJurisdictions, formatDiff } from '../pipeline/compare/diff.ts';
import { loadInput, writeComparison } from '../pipeline/compare/index.ts';
import { buildColumns, buildTable, type TableInput } from '../pipeline/compare/table.ts';
import type { CompareTable, Row, Shown, StoredDoc } from '../pipeline/compare/types.ts';
import { valueText, verdictOf, whyIncomparable } from '../pipeline/compare/values.ts';
import { fixZipDates, toXlsx } from '../pipeline/compare/xlsx.ts';
import { buildRecords } from '../pipeline/compare/records.ts';
import { Outputs } from '../pipeline/compare/output.ts';
import { TEMP_RE } from '../pipeline/fsutil.ts';
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
  const s = { kind: 'numeric' as const, comparator: '<=' as const, value: 12, upper: null, unit: '1/10万', direction: null, change: null, year: 2025 };
  it('writes bound, value, unit and always the year', () => {
    expect(valueText(s)).toBe('≤12/10万 (2025)');
    expect(valueText({ ...s, comparator: '>=', value: 70, unit: '%', year: 2023 })).toBe('≥70% (2023)');
    expect(valueText({ ...s, comparator: '~', value: 45, unit: '%' })).toBe('≈45% (2025)');
    expect(valueText({ ...s, kind: 'full_coverage', value: 100, unit: '%' })).toBe('全覆盖 (2025)');
    expect(valueText({ ...s, kind: 'qualitative', comparator: null, value: null, unit: null, direction: 'up' })).toBe('↑ (2025)');
    expect(valueText({ ...s, year: null })).toBe('≤12/10万 (?)');
  });

  it('shows a change as a change and a range as a range', () => {
    const change = { ...s, comparator: null, value: 15, unit: '%', direction: 'down' as const, change: { base_year: 2020, per_year: false } };
    expect(valueText(change)).toBe('↓15% vs 2020 (2025)');
    expect(valueText({ ...change, comparator: '>=', value: 0.5, unit: '个百分点', change: { base_year: null, per_year: true } })).toBe('↓≥0.5个百分点/年 (2025)');
    expect(valueText({ ...change, direction: 'up', value: 8, change: { base_year: null, per_year: false } })).toBe('↑8% (2025)');
    expect(valueText({ ...s, comparator: '>=', value: 85, upper: 90, unit: '%' })).toBe('85—90% (2025)');
  });

  const v = (value: number, unit = '‰', more: Partial<Shown> = {}): Shown => ({
    kind: 'numeric', comparator: '<=', value, upper: null, unit, direction: null, change: null, year: 2025, normalized: { value, unit }, text: '', ...more,
  });
  it('judges stricter and looser by the better direction, in equal units only', () => {
    expect(verdictOf(v(3), v(5), 'lower')).toBe('stricter');
    expect(verdictOf(v(5), v(3), 'lower')).toBe('looser');
    expect(verdictOf(v(80, '%'), v(70, '%'), 'higher')).toBe('stricter');
    expect(verdictOf(v(60, '%'), v(70, '%'), 'higher')).toBe('looser');
    expect(verdictOf(v(0.1 + 0.2, '%'), v(0.3, '%'), 'higher')).toBe('equal');
    expect(verdictOf(v(3), v(3, '%'), 'lower')).toBe('incomparable');
    expect(verdictOf(v(3), v(5), null)).toBe('incomparable');
  });

  it('gives no verdict across years, between a change and a level, or between changes of different bases', () => {
    expect(whyIncomparable(v(3), v(5, '‰', { year: 2030 }), 'lower')).toBe('year');
    expect(verdictOf(v(3), v(5, '‰', { year: 2030 }), 'lower')).toBe('incomparable');
    const cut = (value: number, base: number | null, per_year = false) =>
      v(value, '%', { comparator: null, direction: 'down', change: { base_year: base, per_year }, normalized: null });
    // 以2020年为基数下降15% against 下降到40%以下: a wrong published conclusion if compared
    expect(whyIncomparable(cut(15, 2020), v(40, '%'), 'lower')).toBe('change_vs_level');
    expect(verdictOf(cut(15, 2020), v(40, '%'), 'lower')).toBe('incomparable');
    expect(whyIncomparable(cut(15, 2020), cut(10, 2015), 'lower')).toBe('base');
    expect(whyIncomparable(cut(15, 2020), cut(1, 2020, true), 'lower')).toBe('base');
    // same base: a larger cut of a lower-is-better rate is stricter
    expect(verdictOf(cut(15, 2020), cut(10, 2020), 'lower')).toBe('stricter');
    expect(verdictOf(cut(10, 2020), cut(10, 2020), 'lower')).toBe('equal');
  });

  it('takes a range by the end that binds: its floor when higher is better, its ceiling when lower is', () => {
    const range = v(85, '%', { comparator: null, upper: 90 });
    expect(verdictOf(range, v(85, '%'), 'higher')).toBe('equal');
    expect(verdictOf(range, v(88, '%'), 'lower')).toBe('looser');
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

  it('has a column per jurisdiction and period, each labelled with its period: women and children plans merge, periods stay apart', () => {
    expect(t.columns.map((c) => c.label)).toEqual(['甲市 2016—2020', '甲市 2021—2025', '乙县 2021—2030']);
    const jia = t.columns[1]!;
    expect(jia.docs.map((d) => d.split('/').pop())).toEqual(['jia-children-2021.txt', 'jia-women-2021.txt']);
    // the children's plan of 甲市 fills the same column as its women's plan
    expect(cell(t, 'neonatal_mortality', '甲市 2021—2025')?.text).toBe('≤5‰ (2030)');
    expect(cell(t, 'maternal_mortality', '甲市 2016—2020')?.text).toBe('≤18/10万 (2020)');
    expect(cell(t, 'neonatal_mortality', '甲市 2016—2020')).toBeNull();
  });

  it('has a row per indicator, grouped by part and domain, in catalogue order', () => {
    expect(t.rows.map((r) => r.id)).toEqual(['life_expectancy', 'maternal_mortality', 'cervical_screening', 'breast_screening', 'neonatal_mortality', 'myopia_rate']);
    expect(row(t, 'maternal_mortality').reference?.text).toBe('≤12/10万 (2030)');
  });

  it('judges a plan by its target for the reference year: 甲市’s 2030 figure, not its 2025 one', () => {
    const m = cell(t, 'maternal_mortality', '甲市 2021—2025')!;
    expect(m.text).toBe('≤9/10万 (2030)');
    expect(m.others).toBe(2);
    expect(m.verdict).toBe('stricter');
    expect(cell(t, 'maternal_mortality', '乙县 2021—2030')!.verdict).toBe('equal');
    expect(cell(t, 'neonatal_mortality', '甲市 2021—2025')!.verdict).toBe('looser');
    expect(cell(t, 'neonatal_mortality', '乙县 2021—2030')!.verdict).toBe('equal');
    expect(cell(t, 'cervical_screening', '甲市 2021—2025')!.verdict).toBe('stricter');
    expect(cell(t, 'cervical_screening', '乙县 2021—2030')!.verdict).toBe('looser');
  });

  it('gives no verdict between a 2020 (or 2025) target and the 2030 reference', () => {
    const old = cell(t, 'maternal_mortality', '甲市 2016—2020')!;
    expect([old.verdict, old.why]).toEqual(['incomparable', 'year']);
    const life = cell(t, 'life_expectancy', '甲市 2021—2025')!;
    expect([life.text, life.verdict, life.why]).toEqual(['↑ (2025)', 'incomparable', 'year']);
  });

  it('marks reviewed values, leaves out rejected targets and baselines, shows changes as changes', () => {
    expect(cell(t, 'cervical_screening', '甲市 2021—2025')!.reviewed).toBe(true);
    expect(cell(t, 'maternal_mortality', '乙县 2021—2030')!.reviewed).toBe(true);
    expect(cell(t, 'maternal_mortality', '乙县 2021—2030')!.text).toBe('≤12/10万 (2030)');
    expect(cell(t, 'cervical_screening', '乙县 2021—2030')!.reviewed).toBe(false);
    expect(cell(t, 'breast_screening', '乙县 2021—2030')).toBeNull();
    expect(cell(t, 'breast_screening', '甲市 2021—2025')!.text).toBe('=75% (2023)');
    expect(cell(t, 'myopia_rate', '甲市 2021—2025')!.text).toBe('↓15% vs 2020 (2025)');
  });

  it('counts per jurisdiction the reference indicators set with a number, only qualitatively, or not at all', () => {
    expect(t.referenceCount).toBe(4);
    const cov = Object.fromEntries(t.coverage.map((c) => [c.column, c]));
    expect(cov['甲市 2021—2025']).toMatchObject({ numeric: 3, qualitative: 1, missing: 0, stricter: 2, equal: 0, looser: 1 });
    expect(cov['乙县 2021—2030']).toMatchObject({ numeric: 3, qualitative: 0, missing: 1, stricter: 0, equal: 2, looser: 1 });
    expect(cov['甲市 2016—2020']).toMatchObject({ numeric: 1, qualitative: 0, missing: 3, stricter: 0, equal: 0, looser: 0 });
  });
});

describe('places', () => {
  const doc = (path: string, name: string, parents: string[], level: StoredDoc['level'] = 'district', part: 'women' | 'children' = 'women'): StoredDoc => ({
    path, file: path, name: path, jurisdiction: name, level, code: null, candidates: [], monitoring: false,
    parents: parents.map((p) => ({ name: p, code: null, level: null })), sha256: null, format: 'text',
    plans: [{ part, title: null, period: [2021, 2025], lines: [1, 10] }],
  });

  it('levels compare alike; two places of one name are told apart by their parent, a partial parent list joins its place', () => {
    const { columns } = buildColumns([
      doc('a', '朝阳区', ['北京市']),
      doc('b', '朝阳区', ['吉林省', '长春市']),
      doc('c', '朝阳区', ['长春市'], 'district', 'children'),
      doc('d', '长春市', ['吉林省'], 'city'),
      doc('e', '吉林省', [], 'province'),
    ]);
    expect(columns.map((c) => [c.label, c.docs.join('+')])).toEqual([
      ['吉林省 2021—2025', 'e'],
      ['长春市 2021—2025', 'd'],
      ['北京市朝阳区 2021—2025', 'a'],
      ['长春市朝阳区 2021—2025', 'b+c'],
    ]);
  });

  it('keeps two files of one jurisdiction, part and period as two columns, and says so', () => {
    const { columns, duplicates } = buildColumns([doc('x/final.txt', '钟山区', []), doc('x/draft.txt', '钟山区', [])]);
    expect(columns.map((c) => c.label)).toEqual(['钟山区 2021—2025 · x/draft.txt', '钟山区 2021—2025 · x/final.txt']);
    expect(duplicates).toEqual([{ label: '钟山区 2021—2025', files: ['x/draft.txt', 'x/final.txt'] }]);
  });
});

describe('options', () => {
  it('--reference: another jurisdiction is the reference column', () => {
    const t = buildTable(input, { reference: '乙县' });
    expect(t.reference).toEqual({ kind: 'jurisdiction', label: '乙县 2021—2030' });
    expect(t.columns.map((c) => c.label)).toEqual(['甲市 2016—2020', '甲市 2021—2025']);
    expect(row(t, 'maternal_mortality').reference?.text).toBe('≤12/10万 (2030) ✓'.slice(0, -2));
    expect(cell(t, 'maternal_mortality', '甲市 2021—2025')!.verdict).toBe('stricter');
    expect(cell(t, 'cervical_screening', '甲市 2021—2025')!.verdict).toBe('stricter');
    // a change against a level: no verdict
    expect(cell(t, 'myopia_rate', '甲市 2021—2025')).toMatchObject({ verdict: 'incomparable', why: 'change_vs_level' });
  });

  it('--year keeps the plans in force that year and only their targets for that year', () => {
    expect(buildTable(input, { year: 2018 }).columns.map((c) => c.label)).toEqual(['甲市 2016—2020']);
    const t = buildTable(input, { year: 2025 });
    expect(t.columns.map((c) => c.label)).toEqual(['甲市 2021—2025', '乙县 2021—2030']);
    // 甲市's 2030 figure and the national 2030 reference are out; its 2025 figure stays
    expect(cell(t, 'maternal_mortality', '甲市 2021—2025')!.text).toBe('≤10/10万 (2025)');
    expect(row(t, 'maternal_mortality').reference).toBeNull();
    expect(cell(t, 'maternal_mortality', '乙县 2021—2030')).toBeNull();
    expect(t.rows.flatMap((r) => r.cells).every((c) => c === null || c.year === 2025)).toBe(true);
    expect(buildTable(input, { jurisdictions: ['乙县', '甲市 2021—2025'] }).columns.map((c) => c.label)).toEqual(['乙县 2021—2030', '甲市 2021—2025']);
    expect(buildTable(input, { jurisdictions: ['甲市'] }).columns.map((c) => c.label)).toEqual(['甲市 2016—2020', '甲市 2021—2025']);
    expect(() => buildTable(input, { jurisdictions: ['丙镇'] })).toThrow(/no plan of "丙镇"/);
    expect(() => buildTable(input, { reference: '甲市' })).toThrow(/several periods/);
  });
});

describe('diff', () => {
  it('tells per indicator which side is stricter, for the same year only, with both quotes', () => {
    const d = diffJurisdictions(input, '甲市 2021—2025', '乙县');
    const outcome = Object.fromEntries(d.rows.map((r) => [r.id, [r.outcome, r.why]]));
    expect(outcome).toEqual({
      life_expectancy: ['only_a', null],
      maternal_mortality: ['a_stricter', null],
      cervical_screening: ['a_stricter', null],
      breast_screening: ['only_a', null],
      neonatal_mortality: ['b_stricter', null],
      myopia_rate: ['not_comparable', 'a change and a level'],
    });
    const m = d.rows.find((r) => r.id === 'maternal_mortality')!;
    // 甲市's 2030 target meets 乙县's 2030 target, not its 2025 one
    expect(m.a).toEqual({ text: '≤9/10万 (2030)', year: 2030, file: 'jia-women-2021.txt', line: 5, quote: '到2030年控制在9/10万以下' });
    expect(m.b).toEqual({ text: '≤12/10万 (2030) ✓', year: 2030, file: 'yi-county.txt', line: 5, quote: '孕产妇死亡率控制在12/10万以下' });
    const text = formatDiff(d);
    expect(text).toContain('A = 甲市 2021—2025, B = 乙县 2021—2030');
    expect(text).toContain('  孕产妇死亡率: A stricter\n    A ≤9/10万 (2030)  jia-women-2021.txt:5  到2030年控制在9/10万以下\n    B ≤12/10万 (2030) ✓  yi-county.txt:5');
    expect(text).toContain('  儿童青少年总体近视率: not comparable (a change and a level)\n    A ↓15% vs 2020 (2025)');
    // a 2030 target is never called stricter than a 2020 one
    const old = diffJurisdictions(input, '乙县', '甲市 2016—2020').rows.find((r) => r.id === 'maternal_mortality')!;
    expect([old.outcome, old.why]).toEqual(['not_comparable', 'different years (2030, 2020)']);
    expect(() => diffJurisdictions(input, '甲市', '乙县')).toThrow(/several periods/);
  });

  it('--year compares only that year’s targets', () => {
    const d = diffJurisdictions(input, '甲市', '乙县', { year: 2025 });
    expect(d.a).toBe('甲市 2021—2025');
    const outcome = Object.fromEntries(d.rows.map((r) => [r.id, r.outcome]));
    expect(outcome.maternal_mortality).toBe('only_a');
    expect(outcome.myopia_rate).toBe('not_comparable');
    expect(d.rows.every((r) => [r.a, r.b].every((x) => x === null || x.year === 2025))).toBe(true);
  });
});

describe('written outputs', () => {
  let out: string;
  let files: string[];
  beforeAll(async () => {
    out = join(dir, 'out');
    files = (await writeComparison(db, out, { catalogue, normalize })).files;
  });

  it('writes targets.csv: a record per target, numbers as numbers, its year, reference, verdict and source', () => {
    const text = readFileSync(join(out, 'targets.csv'), 'utf8').slice(1);
    const [head, ...rest] = text.trim().split('\r\n').map((l) => l.split(','));
    for (const f of ['jurisdiction', 'jurisdiction_code', 'level', 'parents', 'plan', 'period_start', 'period_end', 'part', 'domain', 'indicator_id', 'indicator', 'kind',
      'comparator', 'value', 'upper', 'unit', 'change_base_year', 'per_year', 'year', 'status', 'reference', 'reference_value', 'reference_year', 'verdict', 'file', 'line', 'quote']) {
      expect(head, f).toContain(f);
    }
    const recs = rest.map((r) => Object.fromEntries(head!.map((h, i) => [h, r[i]])));
    // every live target and baseline: 9 of 甲市, 5 of 乙县 (its rejected one is out)
    expect(recs).toHaveLength(14);
    const cut = recs.find((r) => r.indicator_id === 'myopia_rate' && r.jurisdiction === '甲市')!;
    expect(cut).toMatchObject({ value: '15', unit: '%', change_base_year: '2020', per_year: 'false', direction: 'down', year: '2025', verdict: '' });
    const old = recs.find((r) => r.file === 'jia-women-2016.txt')!;
    expect(old).toMatchObject({ year: '2020', reference_year: '2030', verdict: 'incomparable', why_not_compared: 'different years', period_start: '2016', period_end: '2020', line: '4' });
    expect(recs.find((r) => r.quote === '到2030年控制在9/10万以下')).toMatchObject({ verdict: 'stricter', reference_value: '12', value: '9' });
  });

  it('puts the records into a targets sheet whose numbers are numbers', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(join(out, 'compare.xlsx')) as never);
    const ws = wb.getWorksheet('targets')!;
    const head = (ws.getRow(1).values as unknown[]).slice(1);
    const row2 = (ws.getRow(2).values as unknown[]).slice(1);
    const get = (f: string) => row2[head.indexOf(f)];
    expect(ws.rowCount).toBe(15);
    expect(typeof get('value')).toBe('number');
    expect(typeof get('year')).toBe('number');
    expect(typeof get('line')).toBe('number');
  });

  it('writes md, csv with a BOM, xlsx and html', () => {
    expect(files.map((f) => f.split('/').pop())).toEqual(['compare.md', 'compare.csv', 'targets.csv', 'progress.csv', 'hierarchy.csv', 'compare.xlsx', 'report.html']);
    const csv = readFileSync(join(out, 'compare.csv'));
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = csv.toString('utf8').slice(1).split('\r\n');
    expect(lines[0]).toBe('part,domain,indicator_id,indicator,unit,better,reference,reference_from,甲市 2016—2020,甲市 2016—2020 vs reference,甲市 2021—2025,甲市 2021—2025 vs reference,乙县 2021—2030,乙县 2021—2030 vs reference');
    expect(lines).toContain('women,妇女与健康,maternal_mortality,孕产妇死亡率,1/10万,lower,≤12/10万 (2030),中国妇女发展纲要（2021—2030年）,≤18/10万 (2020),incomparable (different years),≤9/10万 (2030),stricter,≤12/10万 (2030) ✓,equal');
    const md = readFileSync(join(out, 'compare.md'), 'utf8');
    expect(md).toContain('| 孕产妇死亡率 | ≤12/10万 (2030) | ≤18/10万 (2020) ? | ≤9/10万 (2030) ▲ | ≤12/10万 (2030) ✓ = |');
    expect(md).toContain('| 儿童青少年总体近视率 |  |  | ↓15% vs 2020 (2025) | ≤40% (2025) |');
    expect(md).toContain('| 甲市 2021—2025 | 3 | 1 | 0 | 2 | 0 | 1 |');
    expect(md).toContain('## Children · 儿童与健康');
  });

  it('is byte-identical when written again, xlsx included', async () => {
    const again = join(dir, 'again');
    await writeComparison(db, again, { catalogue, normalize });
    for (const f of ['compare.md', 'compare.csv', 'targets.csv', 'compare.xlsx', 'report.html']) {
      expect(readFileSync(join(again, f)).equals(readFileSync(join(out, f))), f).toBe(true);
    }
    const xlsx = readFileSync(join(out, 'compare.xlsx'));
    // every zip entry has the fixed date (2000-01-01), not the time of writing
    expect(xlsx.readUInt32LE(0)).toBe(0x04034b50);
    expect(xlsx.readUInt16LE(12)).toBe(((2000 - 1980) << 9) | (1 << 5) | 1);
    expect(fixZipDates(Buffer.from(xlsx)).equals(xlsx)).toBe(true);
  });

  it('writes compare.xlsx byte for byte as ExcelJS writes every cell, records or none, odd text included', async () => {
    const t = buildTable(input);
    const records = buildRecords(input, t);
    const odd: CompareTable = {
      ...t,
      columns: t.columns.map((c, i) => (i === 0 ? { ...c, label: ' 甲&乙 <市> "x" \'y\' ' } : c)),
      rows: t.rows.map((r, i) => (i === 0 ? { ...r, domain: '两行\n文字', name: 'a\u0001b ' } : r)),
    };
    for (const [table, recs] of [[t, records], [t, []], [odd, records.slice(0, 3)]] as const) {
      const direct = await toXlsx(table, recs, { notes: false });
      const exceljs = await toXlsx(table, recs, { notes: false, exceljs: true });
      expect(direct.equals(exceljs)).toBe(true);
    }
  });

  it('makes the files appear only once all are written; a failure leaves no file and no temp file', () => {
    const folder = join(dir, 'outputs');
    const a = new Outputs(folder);
    a.write('one.txt', 'eins');
    const big = a.stream('two.csv');
    for (let i = 0; i < 50_000; i++) big.write(`${i},数\r\n`);
    expect(readdirSync(folder).filter((f) => !TEMP_RE.test(f))).toEqual([]);
    a.commit();
    expect(readdirSync(folder).sort()).toEqual(['one.txt', 'two.csv']);
    expect(readFileSync(join(folder, 'two.csv'), 'utf8').split('\r\n')[49_999]).toBe('49999,数');
    const b = new Outputs(folder);
    b.write('one.txt', 'zwei');
    b.stream('three.csv').write('x');
    b.abandon();
    expect(readdirSync(folder).sort()).toEqual(['one.txt', 'two.csv']);
    expect(readFileSync(join(folder, 'one.txt'), 'utf8')).toBe('eins');
  });

  it('escapes the text in report.html', () => {
    const html = readFileSync(join(out, 'report.html'), 'utf8');
    expect(html).not.toContain('<script>alert(1)');
    expect(html).toContain('\\u003cscript>alert(1)');
    // nothing is fetched: no src or href off the page (the inlined libraries name XML namespaces only)
    expect(html).not.toMatch(/(?:src|href)=["']?https?:/);
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
    expect(r.out).toContain('A = 乙县 2021—2030, B = 甲市 2016—2020\n');
    expect(r.out).toContain('    A ≤12/10万 (2030) ✓  yi-county.txt:5  孕产妇死亡率控制在12/10万以下\n    B ≤18/10万 (2020)  jia-women-2016.txt:4');
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
