// How far a record of each rule can be trusted: the rule's precision on the gold, which `eval`
// measures and writes below (`plan-targets eval --gold test/gold --write-confidence`; a test fails
// while the table is not current). A rule without a measurement gets DEFAULT_CONFIDENCE; a
// reviewer's decision is certain.

export const DEFAULT_CONFIDENCE = 0.5;

// <measured by `plan-targets eval --gold test/gold --write-confidence`: do not edit by hand>
// on 3 gold documents, 414 records; per rule: records the gold holds, of those it made
export const RULE_PRECISION: Record<string, number> = {
  'baseline/from-to': 1, // 2 of 2
  'baseline/past-marker': 1, // 3 of 3
  'baseline/past-year': 1, // 8 of 8
  'baseline/situation': 1, // 16 of 16
  'change/base-year': 1, // 1 of 1
  'change/per-year': 1, // 1 of 1
  'coverage/basic-universal': 1, // 2 of 2
  'coverage/covering-all': 1, // 1 of 1
  'coverage/full': 1, // 16 of 16
  'coverage/should-all': 1, // 14 of 14
  'numeric/borrowed': 1, // 1 of 1
  'numeric/counted-chain': 1, // 3 of 3
  'numeric/counted-object': 1, // 19 of 19
  'numeric/counted-verb': 1, // 7 of 7
  'numeric/deadline': 1, // 4 of 4
  'numeric/jun': 1, // 6 of 6
  'numeric/level': 1, // 136 of 136
  'numeric/list': 1, // 18 of 18
  'numeric/parallel-groups': 1, // 8 of 8
  'numeric/share-of': 1, // 7 of 7
  'numeric/shared-subject': 1, // 4 of 4
  'qualitative/bound-figure': 0.333, // 1 of 3
  'qualitative/control-below': 1, // 1 of 1
  'qualitative/keep': 1, // 6 of 6
  'qualitative/postfix': 0.973, // 71 of 73
  'qualitative/prefix': 0.919, // 34 of 37
  'qualitative/prefix-borrowed': 1, // 3 of 3
};
// </measured>

export function confidenceOf(rule: string, status: 'extracted' | 'accepted' | 'corrected' | 'added'): number {
  if (status !== 'extracted') return 1;
  return RULE_PRECISION[rule] ?? DEFAULT_CONFIDENCE;
}

/**
 * A record read from a scan whose value OCR was unsure of (its doubt, the share of its rule's
 * confidence the OCR stage left, is under this: Tesseract's own line for an unsure word is 60)
 * waits for a reviewer before it is compared: a wrong digit in a verdict is worse than no verdict.
 */
export const OCR_REVIEW_BELOW = 0.6;

export function awaitsReview(status: string, rule: string, confidence: number, fromScan: boolean): boolean {
  if (status !== 'extracted' || !fromScan) return false;
  const full = RULE_PRECISION[rule] ?? DEFAULT_CONFIDENCE;
  return confidence < OCR_REVIEW_BELOW * full - 1e-9;
}
