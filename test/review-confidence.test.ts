// Confidence: each record carries its rule's precision on the gold, from rules/confidence.ts,
// which `eval --write-confidence` writes; the table must be current, so rule changes refresh it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CONFIDENCE_BEGIN, CONFIDENCE_END, predictionsFor, readGold, rulePrecision, withConfidenceTable, type RuleScore } from '../pipeline/eval.ts';
import { expandGold } from '../pipeline/evalfiles.ts';
import { analyze, readPlanFile } from '../pipeline/processor.ts';
import { DEFAULT_CONFIDENCE, RULE_PRECISION, confidenceOf } from '../rules/confidence.ts';
import { CORPUS, ROOT } from './support.ts';

const REFRESH = 'run `node bin/plan-targets.mjs eval --gold test/gold --write-confidence` and commit rules/confidence.ts';

describe('the per-rule confidence table', () => {
  let measured: Record<string, RuleScore>;
  let counts: { documents: number; records: number };
  beforeAll(async () => {
    const gold = expandGold([join(ROOT, 'test', 'gold')]).flatMap(readGold);
    const docs = [...new Set(gold.map((g) => g.doc))].sort();
    counts = { documents: docs.length, records: gold.length };
    const { pred, ruleOf } = await predictionsFor(docs, CORPUS);
    measured = rulePrecision(gold, pred, ruleOf);
  });

  it('is current: every rule the extractor uses on the gold, with its measured precision, and no other', () => {
    const now = Object.fromEntries(Object.entries(measured).map(([r, s]) => [r, s.precision]));
    expect(RULE_PRECISION, `rules/confidence.ts is out of date: ${REFRESH}`).toEqual(now);
  });

  it('gives records their rule’s precision, 1 once a reviewer decided, the default for an unmeasured rule', async () => {
    const file = join(CORPUS, '000_8bed7d9551db38ad.txt');
    const a = await analyze(readPlanFile(file), { path: file, file: '000_8bed7d9551db38ad.txt' });
    if (!a.ok) throw new Error(a.message);
    for (const t of a.targets) expect([t.rule, t.confidence]).toEqual([t.rule, RULE_PRECISION[t.rule] ?? DEFAULT_CONFIDENCE]);
    expect(confidenceOf('no/such-rule', 'extracted')).toBe(DEFAULT_CONFIDENCE);
    expect(confidenceOf(Object.keys(RULE_PRECISION)[0]!, 'corrected')).toBe(1);
  });

  it('eval rewrites only the table between its markers', () => {
    const source = readFileSync(join(ROOT, 'rules', 'confidence.ts'), 'utf8');
    const next = withConfidenceTable(source, { 'a/b': { predicted: 4, matched: 3, precision: 0.75 } }, { documents: 1, records: 9 });
    expect(next.slice(0, next.indexOf(CONFIDENCE_BEGIN))).toBe(source.slice(0, source.indexOf(CONFIDENCE_BEGIN)));
    expect(next.slice(next.indexOf(CONFIDENCE_END))).toBe(source.slice(source.indexOf(CONFIDENCE_END)));
    expect(next).toContain("  'a/b': 0.75, // 3 of 4\n");
    // the file as committed is what eval writes
    expect(withConfidenceTable(source, measured, counts), `rules/confidence.ts is out of date: ${REFRESH}`).toBe(source);
  });
});
