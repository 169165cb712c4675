// Extracted records → targets: stable ids, catalogue ids, comparable values.
import { confidenceOf } from '../../rules/confidence.ts';
import { hash } from 'node:crypto';
import { matchIndicator, normalizeValue } from '../../extractors/indicators.ts';
import type { Extracted, Target } from '../../model/schema.ts';

/**
 * An id survives re-runs and line shifts: it hashes what the target says, not
 * where it stands, plus its rank among records that say the same thing.
 */
export function targetKey(t: Pick<Extracted, 'kind' | 'part' | 'section' | 'indicator' | 'value' | 'unit'>): string {
  return `${t.kind}|${t.part}|${t.section}|${t.indicator.text}|${t.value ?? ''}|${t.unit ?? ''}`;
}

export function makeId(key: string, rank: number): string {
  // one-shot hash: a Hash object per target costs more than the hashing
  return 't' + hash('sha1', `${key}#${rank}`, 'hex').slice(0, 11);
}

/** Builds a Target with keys in schema order, so JSON output is byte-stable. */
export function toTarget(e: Extracted, id: string, status: Target['status'] = 'extracted'): Target {
  const indicatorId = e.indicator.id ?? matchIndicator(e.indicator.text, { part: e.part, domain: e.domain });
  return {
    id,
    kind: e.kind,
    part: e.part,
    domain: e.domain,
    section: e.section,
    indicator: { text: e.indicator.text, id: indicatorId },
    verb: e.verb,
    comparator: e.comparator,
    value: e.value,
    upper: e.upper,
    unit: e.unit,
    direction: e.direction,
    change: e.change,
    year: e.year,
    // an amount of change is no level in the indicator's unit
    normalized: e.change ? null : normalizeValue(indicatorId, e.value, e.unit),
    source: { line: e.source.line, column: e.source.column, start: e.source.start, end: e.source.end, quote: e.source.quote },
    status,
    rule: e.rule,
    confidence: confidenceOf(e.rule, status),
    // only table rows carry an attribute: other records keep their bytes
    ...(e.attribute ? { attribute: e.attribute } : {}),
  };
}

export function normalizeTargets(extracted: Extracted[]): Target[] {
  const ranks = new Map<string, number>();
  return extracted.map((e) => {
    const key = targetKey(e);
    const rank = ranks.get(key) ?? 0;
    ranks.set(key, rank + 1);
    return toTarget(e, makeId(key, rank));
  });
}
