// compare.csv: one row per indicator, a value and a verdict column per jurisdiction; BOM for Excel.
import { markedText } from './values.ts';
import { referenceText, verdictText } from './markdown.ts';
import { csvLine } from './csv-text.ts';
import type { CompareTable } from './types.ts';

export function toCsv(t: CompareTable): string {
  const header = ['part', 'domain', 'indicator_id', 'indicator', 'unit', 'better', 'reference', 'reference_from'];
  for (const c of t.columns) header.push(c.label, `${c.label} vs reference`);
  const lines: string[] = ['\ufeff', csvLine(header)];
  for (const r of t.rows) {
    const rec: string[] = [r.part, r.domain, r.id, r.name, r.unit, r.better ?? '', referenceText(r.reference), r.reference?.from ?? ''];
    for (const c of r.cells) rec.push(c ? markedText(c.text, c.reviewed) : '', verdictText(c));
    lines.push(csvLine(rec));
  }
  return lines.join('');
}
