// Indicator tables: every example of rules/tables.ts through the real extractor, and the layouts converters give.
import { describe, expect, it } from 'vitest';
import { tableRules } from '../rules/tables.ts';
import { extract, mismatch } from './extract-helpers.ts';
import type { ExpectedRecord } from '../model/examples.ts';

describe('table rules', () => {
  for (const rule of tableRules) {
    rule.examples.forEach((ex, i) => {
      it(`${rule.id} #${i + 1}${ex.notSupported ? ' (not supported yet)' : ''}`, () => {
        const records = extract(ex.text, ex.section ?? '主要目标', ex.period ?? [2021, 2025]);
        const problem = mismatch(records, ex.expect as ExpectedRecord[]);
        if (ex.notSupported) expect(problem, 'now passes: drop notSupported').not.toBeNull();
        else expect(problem).toBeNull();
        for (const r of records) expect(ex.text.slice(r.source.start, r.source.end).replace(/\s+/g, '')).toBe(r.source.quote);
      });
    });
  }
});
