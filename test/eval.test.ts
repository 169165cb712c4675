// Accuracy floors on the gold (GROBID-style): the figures may rise, never fall below these.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { predictFor, readGold, score, type EvalReport } from '../pipeline/eval.ts';
import { expandGold } from '../pipeline/evalfiles.ts';

const ROOT = join(import.meta.dirname, '..');

describe('extractor against the gold of corpus/', () => {
  let r: EvalReport;
  beforeAll(async () => {
    const gold = expandGold([join(ROOT, 'test', 'gold')]).flatMap(readGold);
    r = score(gold, await predictFor([...new Set(gold.map((g) => g.doc))].sort(), join(ROOT, 'corpus')));
  });

  it('numeric: precision ≥ 0.98, recall ≥ 0.97', () => {
    expect(r.kinds.numeric.precision).toBeGreaterThanOrEqual(0.98);
    expect(r.kinds.numeric.recall).toBeGreaterThanOrEqual(0.97);
  });
  it('full_coverage and baseline: F1 ≥ 0.9', () => {
    expect(r.kinds.full_coverage.f1).toBeGreaterThanOrEqual(0.9);
    expect(r.kinds.baseline.f1).toBeGreaterThanOrEqual(0.9);
  });
  it('qualitative: F1 ≥ 0.8', () => {
    expect(r.kinds.qualitative.f1).toBeGreaterThanOrEqual(0.8);
  });
  it('comparator, unit and year ≥ 0.98 on matched records', () => {
    for (const f of ['comparator', 'unit', 'year'] as const) expect(r.fields[f].accuracy, f).toBeGreaterThanOrEqual(0.98);
  });
  it('part, domain and section ≥ 0.97 on matched records', () => {
    for (const f of ['part', 'domain', 'section'] as const) expect(r.fields[f].accuracy, f).toBeGreaterThanOrEqual(0.97);
  });
});

describe('scoring', () => {
  const g = { doc: 'a.txt', line: 10, part: 'women', domain: 'd', section: '主要目标', kind: 'numeric', indicator: '孕产妇死亡率',
    verb: '下降到', comparator: '<=', value: 12, unit: '1/10万', year: 2025, quote: '孕产妇死亡率下降到12/10万以下' } as const;
  it('matches on document, kind, value and unit with the line within ±1', () => {
    const near = { ...g, line: 11 };
    const far = { ...g, line: 13 };
    expect(score([g], [near]).kinds.numeric.matched).toBe(1);
    expect(score([g], [far]).kinds.numeric.matched).toBe(0);
    expect(score([g], [{ ...g, value: 13 }]).kinds.numeric.matched).toBe(0);
    expect(score([g], [{ ...g, doc: 'b.txt' }]).kinds.numeric.matched).toBe(0);
  });
  it('counts a wrong comparator against the field, not the match', () => {
    const r = score([g], [{ ...g, comparator: '>=' }]);
    expect(r.kinds.numeric.f1).toBe(1);
    expect(r.fields.comparator.accuracy).toBe(0);
    expect(r.fields.unit.accuracy).toBe(1);
  });
});
