// How far a record of each rule can be trusted: the rule's precision on the gold, which `eval`
// measures. A rule without a measurement gets DEFAULT_CONFIDENCE; a reviewer's decision is certain.

export const DEFAULT_CONFIDENCE = 0.5;

/** rule id → precision of its records on the gold */
export const RULE_PRECISION: Record<string, number> = {};

export function confidenceOf(rule: string, status: 'extracted' | 'accepted' | 'corrected' | 'added'): number {
  if (status !== 'extracted') return 1;
  return RULE_PRECISION[rule] ?? DEFAULT_CONFIDENCE;
}
