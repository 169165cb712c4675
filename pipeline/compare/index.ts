// The comparison outputs: compare.md, compare.csv, compare.xlsx and report.html from the store.
import { join } from 'node:path';
import { writeFileAtomic } from '../fsutil.ts';
import { ContextReader } from './context.ts';
import { toCsv } from './csv.ts';
import { toHtml } from './html.ts';
import { loadStore } from './load.ts';
import { toMarkdown } from './markdown.ts';
import { buildTable, type TableInput } from './table.ts';
import { toXlsx } from './xlsx.ts';
import { buildRecords, placeTargets, recordsCsv } from './records.ts';
import { buildProgress, progressCsv } from './progress.ts';
import { hierarchyCsv, hierarchySummary } from './hierarchy.ts';
import type { CatalogueEntry, CompareOptions, CompareTable, NormalizeFn } from './types.ts';

export interface WriteComparisonOptions extends CompareOptions {
  /** defaults: rules/indicators.ts and extractors/indicators.ts */
  catalogue?: CatalogueEntry[];
  normalize?: NormalizeFn;
}

async function defaultCatalogue(): Promise<CatalogueEntry[]> {
  return (await import('../../rules/indicators.ts')).catalogue as CatalogueEntry[];
}

async function defaultNormalize(): Promise<NormalizeFn> {
  return (await import('../../extractors/indicators.ts')).normalizeValue as NormalizeFn;
}

/** The store and catalogue as buildTable takes them. */
export async function loadInput(db: string, opts: WriteComparisonOptions & { out?: string } = {}): Promise<TableInput> {
  const { docs, targets } = loadStore(db);
  return {
    docs,
    targets,
    catalogue: opts.catalogue ?? (await defaultCatalogue()),
    normalize: opts.normalize ?? (await defaultNormalize()),
  };
}

/**
 * Reads the store at `db`, writes compare.md, compare.csv, compare.xlsx and report.html into `out`
 * (document texts for the report are read from the inputs or `<out>/<name>.text.txt`).
 * Returns the table and the files written.
 */
export async function writeComparison(db: string, out: string, opts: WriteComparisonOptions = {}): Promise<{ table: CompareTable; files: string[] }> {
  const input = await loadInput(db, { ...opts, out });
  const table = buildTable(input, opts);
  const placed = placeTargets(input);
  const records = buildRecords(input, table, opts, placed);
  const labels = new Map(placed.columns.map((c) => [c.label, c.level]));
  const hierarchy = hierarchySummary(records, (label) => labels.get(label) ?? null);
  const progress = buildProgress(input, table, placed);
  const reader = new ContextReader(new Map(input.docs.map((d) => [d.path, d])), out);
  const files: [string, string | Buffer][] = [
    ['compare.md', toMarkdown(table, { hierarchy, progress })],
    ['compare.csv', toCsv(table)],
    ['targets.csv', recordsCsv(records)],
    ['progress.csv', progressCsv(progress)],
    ['hierarchy.csv', hierarchyCsv(hierarchy)],
    ['compare.xlsx', await toXlsx(table, records)],
    ['report.html', toHtml(table, reader, { records, progress, hierarchy })],
  ];
  for (const [name, data] of files) writeFileAtomic(join(out, name), data);
  return { table, files: files.map(([name]) => join(out, name)) };
}

export { buildTable } from './table.ts';

/** One line naming the jurisdictions whose name several divisions carry and the text did not tell apart, or null. */
export function ambiguousLine(t: CompareTable): string | null {
  const seen = new Map<string, string[]>();
  for (const c of t.columns) if (c.candidates.length && !seen.has(c.jurisdiction)) seen.set(c.jurisdiction, c.candidates);
  if (seen.size === 0) return null;
  return `compare: ${seen.size} jurisdiction name${seen.size === 1 ? ' is' : 's are'} ambiguous (no division code given): ${[...seen].map(([n, c]) => `${n} (${c.join(' or ')})`).join('; ')}`;
}

/** One line for every jurisdiction and period that several files give plans of one part for. */
export function duplicatesLine(d: CompareTable['duplicates']): string {
  return `compare: ${d.length} jurisdiction-period${d.length === 1 ? ' has' : 's have'} several files, all kept as columns: ${d.map((x) => `${x.label} (${x.files.join(', ')})`).join('; ')}`;
}
export { diffJurisdictions, formatDiff } from './diff.ts';
export type * from './types.ts';
