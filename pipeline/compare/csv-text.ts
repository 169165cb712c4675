// CSV as every comparison file writes it, field by field as csv-stringify wrote them (its defaults,
// Windows line ends): a 2,000-plan store's targets.csv has ~270,000 rows, and csv-stringify took seconds.
// Its own module: the tables that write CSV (hierarchy, progress, records) and compare.csv all use it.

export type CsvValue = string | number | boolean | null | undefined;

const NEEDS_QUOTES = /[",\r\n]/;

/** A field: empty for null, booleans as true/false, quoted (quotes doubled) when it holds a comma, a quote or a line break. */
export function csvField(v: CsvValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return String(v);
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return NEEDS_QUOTES.test(v) ? `"${v.replaceAll('"', '""')}"` : v;
}

/** A record with its line end (joined, not appended: a flat string, written without copying again). */
export function csvLine(values: readonly CsvValue[]): string {
  if (values.length === 0) return '\r\n';
  const fields: string[] = new Array(values.length);
  for (let i = 0; i < values.length; i++) fields[i] = csvField(values[i]);
  fields[values.length - 1] += '\r\n';
  return fields.join(',');
}

/** A whole file: BOM, then one line per record. */
export function csvText(records: readonly (readonly CsvValue[])[]): string {
  const lines: string[] = ['\ufeff'];
  for (const r of records) lines.push(csvLine(r));
  return lines.join('');
}
