// Entry point of target extraction: numeric targets, baselines, full coverage and qualitative targets.
import type { DocStructure, Extracted } from '../pipeline/schema.ts';
import { makeDoc } from './doc.ts';
import { extractClauses } from './clauses.ts';
import { extractNumeric } from './numeric.ts';

const KIND_ORDER = ['numeric', 'full_coverage', 'qualitative', 'baseline'];

export function extractTargets(text: string, structure: DocStructure): Extracted[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const doc = makeDoc(text, structure);
  const valueAt = new Uint8Array(doc.clean.s.length + 1);
  const out = [...extractNumeric(doc, valueAt), ...extractClauses(doc, valueAt)];
  out.sort(
    (a, b) =>
      a.source.start - b.source.start ||
      KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
      a.source.line - b.source.line ||
      a.source.column - b.source.column ||
      a.indicator.text.localeCompare(b.indicator.text),
  );
  return out;
}
