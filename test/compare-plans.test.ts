// The plans written for the comparison cases (test/fixtures/plans): a province, its city and a
// county-level city under it; two periods of that county; a draft beside the final; a monitoring
// report; a district whose name two cities have. Run through the real pipeline, then compared.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { run } from '../pipeline/run.ts';
import { loadInput } from '../pipeline/compare/index.ts';
import { buildTable } from '../pipeline/compare/table.ts';
import { buildProgress } from '../pipeline/compare/progress.ts';
import type { CompareTable } from '../pipeline/compare/types.ts';

const PLANS = join(import.meta.dirname, 'fixtures', 'plans');
let out: string;
let log: string[];
let table: CompareTable;
let input: Awaited<ReturnType<typeof loadInput>>;

const csv = (file: string) => {
  const [head, ...rows] = readFileSync(join(out, file), 'utf8').slice(1).trim().split('\r\n').map((l) => l.split(','));
  return rows.map((r) => Object.fromEntries(head!.map((h, i) => [h, r[i]!])));
};

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'plan-targets-plans-'));
  log = [];
  await run({ inputs: [PLANS], out, db: join(out, 'plan-targets.sqlite'), concurrency: 1, reviews: join(out, 'no-reviews'), compare: true, log: (l: string) => log.push(l) });
  input = await loadInput(join(out, 'plan-targets.sqlite'), { out });
  table = buildTable(input);
}, 60_000);

describe('the hierarchy', () => {
  it('resolves every plan to its division code and parents', () => {
    const doc = JSON.parse(readFileSync(join(out, 'lechang-2021.targets.json'), 'utf8')).document;
    expect(doc.jurisdiction).toEqual({
      name: '乐昌市', level: 'county', code: '440281', candidates: [],
      parents: [{ name: '广东省', code: '440000', level: 'province' }, { name: '韶关市', code: '440200', level: 'city' }],
    });
    expect(table.columns.map((c) => [c.label, c.code])).toEqual([
      ['广东省 2021—2030', '440000'],
      ['韶关市 2021—2030', '440200'],
      ['乐昌市 2011—2020', '440281'],
      ['乐昌市 2021—2030 · lechang-2021-draft.txt', '440281'],
      ['乐昌市 2021—2030 · lechang-2021.txt', '440281'],
      ['朝阳区 2021—2030', null],
    ]);
  });

  it('reports a name that several divisions carry, which the text does not tell apart, as ambiguous', () => {
    const doc = JSON.parse(readFileSync(join(out, 'chaoyang-2021.targets.json'), 'utf8')).document;
    expect(doc.jurisdiction).toEqual({ name: '朝阳区', level: 'district', code: null, candidates: ['110105', '220104'], parents: [] });
    expect(table.columns.at(-1)!.candidates).toEqual(['110105', '220104']);
    expect(log).toContain('compare: 1 jurisdiction name is ambiguous (no division code given): 朝阳区 (110105 or 220104)');
    expect(readFileSync(join(out, 'compare.md'), 'utf8')).toContain('| 朝阳区 2021—2030 | ambiguous: 110105 / 220104 |');
  });

  it('compares each plan with its parent’s plan of the same year', () => {
    const labels = table.columns.map((c) => c.label);
    expect(table.parentColumn.map((i) => (i >= 0 ? labels[i] : null))).toEqual([null, '广东省 2021—2030', null, '韶关市 2021—2030', '韶关市 2021—2030', null]);
    const row = table.rows.find((r) => r.id === 'cervical_cancer_screening_rate')!;
    const county = row.cells[4]!;
    expect(county.parent).toMatchObject({ column: '韶关市 2021—2030', text: '≥85% (2030)', verdict: 'looser' });
    expect(county.parent!.source.file).toBe('shaoguan-2021.txt');
    expect(row.cells[1]!.parent).toMatchObject({ column: '广东省 2021—2030', verdict: 'stricter' });
  });

  it('sums up per indicator how targets tighten or loosen down the hierarchy', () => {
    const h = csv('hierarchy.csv');
    expect(h.filter((r) => r.indicator_id === 'cervical_cancer_screening_rate').map((r) => [r.step, r.pairs, r.trend])).toEqual([
      ['county → city', '2', 'loosens'],
      ['city → province', '1', 'tightens'],
    ]);
  });
});

describe('time', () => {
  it('sets a plan’s 2020 baselines against the previous plan’s 2020 targets', () => {
    const old = buildProgress(input, table).filter((p) => p.column === '乐昌市 2011—2020');
    expect(old.map((p) => [p.indicatorId, p.actual?.value, p.actual?.from, p.status])).toEqual([
      ['maternal_mortality_ratio', 13.2, 'baseline', 'achieved'],
      ['cervical_cancer_screening_rate', 65, 'baseline', 'not achieved'],
    ]);
  });

  it('gives each target a progress status from its baseline, the monitoring report’s actual and the target', () => {
    const rows = csv('progress.csv').filter((r) => r.column === '乐昌市 2021—2030 · lechang-2021.txt');
    expect(rows.map((r) => [r.indicator_id, r.baseline_value, r.actual_year, r.actual_value, r.actual_from, r.status])).toEqual([
      ['maternal_mortality_ratio', '13.2', '2023', '12', 'monitoring', 'on track'],
      ['cervical_cancer_screening_rate', '65', '2023', '67', 'monitoring', 'needs acceleration'],
      ['neonatal_mortality_rate', '', '2023', '2.4', 'monitoring', 'no data'],
      ['under5_mortality_rate', '', '', '', '', 'no data'],
    ]);
    expect(rows[1]!.actual_file).toBe('lechang-monitoring-2023.txt');
    // one row per target of every shown plan
    expect(csv('progress.csv')).toHaveLength(17);
  });

  it('keeps the monitoring report out of the columns', () => {
    expect(table.columns.some((c) => c.docs.some((d) => d.endsWith('lechang-monitoring-2023.txt')))).toBe(false);
  });
});

describe('two files for one jurisdiction and period', () => {
  it('keeps both as columns and says so in one line', () => {
    expect(table.duplicates).toEqual([{ label: '乐昌市 2021—2030', files: ['lechang-2021-draft.txt', 'lechang-2021.txt'] }]);
    const lines = log.filter((l) => l.includes('several files'));
    expect(lines).toEqual(['compare: 1 jurisdiction-period has several files, all kept as columns: 乐昌市 2021—2030 (lechang-2021-draft.txt, lechang-2021.txt)']);
  });
});
