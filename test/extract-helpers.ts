// Helpers shared by the extractor tests: a one-plan structure and record matching.
import { extractTargets } from '../extractors/index.ts';
import type { DocStructure, Extracted } from '../model/schema.ts';
import type { ExpectedRecord } from '../model/examples.ts';

/** Every line in one women's plan (2021–2025), in the given section. */
export function flatStructure(text: string, section = '主要目标', period: [number, number] = [2021, 2025]): DocStructure {
  const n = text.split('\n').length;
  return {
    jurisdiction: { name: null, level: null, parents: [] },
    plans: [{ part: 'women', title: null, period, issuer: null, docNumber: null, lines: [1, n] }],
    lines: Array.from({ length: n }, () => ({ part: 'women' as const, domain: '妇女与健康', section, plan: 0 })),
  };
}

export function extract(text: string, section = '主要目标', period: [number, number] = [2021, 2025]): Extracted[] {
  return extractTargets(text, flatStructure(text, section, period));
}

function fits(r: Extracted, e: ExpectedRecord): boolean {
  for (const [k, v] of Object.entries(e)) {
    const got = k === 'indicator' ? r.indicator.text : (r as unknown as Record<string, unknown>)[k];
    if (v !== null && typeof v === 'object') {
      if (JSON.stringify(got) !== JSON.stringify(v)) return false;
    } else if (typeof v === 'number' && typeof got === 'number' ? Math.abs(v - got) > 1e-9 : got !== v) return false;
  }
  return true;
}

/** null when the records are exactly the expected ones (any order), else what went wrong. */
export function mismatch(records: Extracted[], expect: ExpectedRecord[]): string | null {
  const left = [...records];
  for (const e of expect) {
    const i = left.findIndex((r) => fits(r, e));
    if (i < 0) return `missing ${JSON.stringify(e)} in ${describe(records)}`;
    left.splice(i, 1);
  }
  if (left.length > 0) return `unexpected ${describe(left)}`;
  return null;
}

export function describe(records: Extracted[]): string {
  return JSON.stringify(
    records.map((r) => ({
      kind: r.kind, indicator: r.indicator.text, verb: r.verb, comparator: r.comparator, value: r.value, upper: r.upper, unit: r.unit,
      direction: r.direction, change: r.change, year: r.year, rule: r.rule,
    })),
  );
}
