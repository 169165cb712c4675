// Every example of every phrasing rule, run through the real extractor.
import { describe, expect, it } from 'vitest';
import { PHRASE_RULES } from '../rules/all.ts';
import { extract, mismatch } from './extract-helpers.ts';

describe('phrasing rules', () => {
  const ids = new Set<string>();
  for (const rule of PHRASE_RULES) {
    it(`${rule.id} has a unique id and examples`, () => {
      expect(ids.has(rule.id)).toBe(false);
      ids.add(rule.id);
      expect(rule.examples.length).toBeGreaterThan(0);
    });
    rule.examples.forEach((ex, i) => {
      it(`${rule.id} #${i + 1}${ex.notSupported ? ' (not supported yet)' : ''}: ${ex.text.slice(0, 30)}`, () => {
        const problem = mismatch(extract(ex.text, ex.section ?? '主要目标'), ex.expect);
        if (ex.notSupported) expect(problem, 'now passes: drop notSupported').not.toBeNull();
        else expect(problem).toBeNull();
      });
    });
  }
});

describe('white space table', () => {
  it('SPACE_CODES are exactly the codes SPACE_RE matches (the tables built from them at load need no regex)', async () => {
    const { SPACE_CODES, SPACE_RE } = await import('../model/text.ts');
    const one = new RegExp(`^${SPACE_RE.source}$`);
    const matched: number[] = [];
    for (let c = 0; c < 65536; c++) if (one.test(String.fromCharCode(c))) matched.push(c);
    expect([...SPACE_CODES]).toEqual(matched);
  });
});
