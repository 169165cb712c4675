// Every phrasing module's examples, run through the real extractor, as ESLint's RuleTester runs a rule's cases:
// a valid text gives exactly the records expected and at least one carries the module's id; an invalid one gives
// none with that id.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractTargets } from '../extractors/index.ts';
import { analyzeStructure } from '../extractors/structure.ts';
import { ALL_PHRASINGS } from '../extractors/phrasings/index.ts';
import { describe as show, extract, mismatch } from './extract-helpers.ts';

const ids = ALL_PHRASINGS.map((p) => p.meta.id);

describe('phrasing modules', () => {
  it('have unique ids', () => {
    expect(new Set(ids).size).toBe(ids.length);
  });
  for (const p of ALL_PHRASINGS) {
    const { id } = p.meta;
    it(`${id} has valid examples`, () => {
      expect(p.examples.valid.filter((e) => !e.notSupported).length).toBeGreaterThan(0);
    });
    p.examples.valid.forEach((ex, i) => {
      it(`${id} valid #${i + 1}${ex.notSupported ? ' (not supported yet)' : ''}: ${ex.text.slice(0, 30)}`, () => {
        const records = extract(ex.text, ex.section ?? '主要目标');
        let problem = mismatch(records, ex.expect);
        if (problem === null && !records.some((r) => r.rule === id)) problem = `no record carries ${id}: ${show(records)}`;
        if (ex.notSupported) expect(problem, 'now passes: drop notSupported').not.toBeNull();
        else expect(problem).toBeNull();
      });
    });
    p.examples.invalid.forEach((ex, i) => {
      it(`${id} invalid #${i + 1}: ${ex.text.slice(0, 30)}`, () => {
        const records = extract(ex.text, ex.section ?? '主要目标');
        expect(records.filter((r) => r.rule === id), show(records)).toEqual([]);
        if (ex.expect) expect(mismatch(records, ex.expect)).toBeNull();
      });
    });
  }
  it('every record of every example names a module', () => {
    for (const p of ALL_PHRASINGS)
      for (const ex of [...p.examples.valid, ...p.examples.invalid])
        for (const r of extract(ex.text, ex.section ?? '主要目标')) expect(ids, `${ex.text}: ${r.rule}`).toContain(r.rule);
  });
  it('every record of the corpus and of our plans names a module', () => {
    const root = join(import.meta.dirname, '..');
    const texts = ['corpus', 'test/plans/tuning', 'test/plans/heldout'].flatMap((d) =>
      readdirSync(join(root, d))
        .filter((x) => /\.(txt|md)$/.test(x))
        .map((x) => join(root, d, x)),
    );
    expect(texts.length).toBeGreaterThan(10);
    for (const f of texts) {
      const text = readFileSync(f, 'utf8');
      const rules = new Set(extractTargets(text, analyzeStructure(text)).map((r) => r.rule));
      for (const r of rules) expect(ids, `${f}: ${r}`).toContain(r);
    }
  });
});
