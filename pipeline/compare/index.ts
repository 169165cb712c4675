// The comparison outputs: compare.md, compare.csv, compare.xlsx and report.html from the store.
import { join } from 'node:path';
import { ContextReader } from './context.ts';
import { toCsv } from './csv.ts';
import { ReportData, reportHtml } from './html.ts';
import { loadStore } from './load.ts';
import { toMarkdown } from './markdown.ts';
import { buildTable, type TableInput } from './table.ts';
import { XlsxWriter } from './xlsx.ts';
import { RECORDS_CSV_HEAD, placeTargets, recordLine, recordMaker, recordPlan, type Placed, type RecordPlan, type TargetRecord } from './records.ts';
import { PROGRESS_CSV_HEAD, hasProgress, progressFrom, progressLine, progressMaker, type Progress } from './progress.ts';
import { streamComparison, type StreamOptions } from './stream.ts';
import { progressKey } from './markdown.ts';
import { HierarchyCounter, hierarchyCsv } from './hierarchy.ts';
import { Outputs } from './output.ts';
import type { CatalogueEntry, Column, CompareOptions, CompareTable, NormalizeFn, StoredDoc } from './types.ts';

export interface WriteComparisonOptions extends CompareOptions {
  /** defaults: rules/indicators.ts and extractors/indicators.ts */
  catalogue?: CatalogueEntry[];
  normalize?: NormalizeFn;
  /**
   * Read the store in passes, never every target at once (the default; `docs`: documents read per
   * query), or `false`: every target at once, as earlier releases did. The outputs are the same.
   */
  stream?: boolean | StreamOptions;
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

/** How many records there are, and the documents of those the report shows, in the order they first appear. */
function reportDocs(plan: RecordPlan, shown: Set<string>): { count: number; docs: { doc: string; file: string }[] } {
  const seen = new Set<string>();
  const docs: { doc: string; file: string }[] = [];
  let count = 0;
  for (const p of plan.placed) {
    if (!plan.keep(p)) continue;
    count++;
    if (seen.has(p.doc.path) || !shown.has(p.col.label)) continue;
    seen.add(p.doc.path);
    docs.push({ doc: p.doc.path, file: p.doc.file });
  }
  return { count, docs };
}

/** The files, in the order they are listed. */
const FILES = ['compare.md', 'compare.csv', 'targets.csv', 'progress.csv', 'hierarchy.csv', 'compare.xlsx', 'report.html'] as const;

/** What the writers take, however the store was read. */
interface Comparison {
  table: CompareTable;
  /** every column of the store (shown or not) */
  columns: Column[];
  docs: StoredDoc[];
  /** the placed targets in the records' order (each a record when `keep`); progress rows for those `also` takes */
  placed: (also: (p: Placed) => boolean) => Iterable<{ p: Placed; keep: boolean }>;
  record: (p: Placed) => TargetRecord;
  progressOf: (p: Placed) => Progress;
  count: number;
  reportDocs: { doc: string; file: string }[];
  close: () => void;
}

/** Every target at once: loadStore, then the table and the records from the whole list. */
function inMemory(input: TableInput, opts: CompareOptions): Comparison {
  const placed = placeTargets(input);
  const table = buildTable(input, opts, placed);
  const shownKeys = new Set(table.columns.map((c) => c.key));
  // the records and the progress rows of the shown columns, in one order (writeFiles's `also`)
  const plan = recordPlan(input, table, opts, placed, (p) => shownKeys.has(p.col.key) && hasProgress(p));
  const listed = reportDocs(plan, new Set(table.columns.map((c) => c.label)));
  return {
    table,
    columns: placed.columns,
    docs: input.docs,
    placed: function* () {
      for (const p of plan.placed) yield { p, keep: plan.keep(p) };
    },
    record: plan.record,
    progressOf: progressMaker(input, placed.placed),
    count: listed.count,
    reportDocs: listed.docs,
    close: () => {},
  };
}

/** The store read in passes (stream.ts). */
function streamed(db: string, opts: CompareOptions, catalogue: CatalogueEntry[], normalize: NormalizeFn, stream: StreamOptions): Comparison {
  const s = streamComparison(db, { ...opts, catalogue, normalize, stream });
  return {
    table: s.table,
    columns: s.columns,
    docs: s.docs,
    placed: s.placed,
    record: recordMaker({ catalogue, normalize }, s.refCol, s.parentOf, s.sameYear),
    progressOf: progressFrom(catalogue, s.observations),
    count: s.count,
    reportDocs: s.reportDocs,
    close: s.close,
  };
}

/**
 * Reads the store at `db`, writes compare.md, compare.csv, targets.csv, progress.csv, hierarchy.csv,
 * compare.xlsx and report.html into `out` (document texts for the report are read from the inputs
 * or `<out>/<name>.text.txt`). Returns the table and the files written. The records (one per
 * target) and the progress rows (one per numeric target of a shown column, in the same order) are
 * made one at a time and go to every file that takes them as they come: targets.csv and
 * progress.csv in pieces, the xlsx sheet its first rows, the report their JSON, the hierarchy and
 * compare.md their counts. The files appear together, once all are written.
 */
export async function writeComparison(db: string, out: string, opts: WriteComparisonOptions = {}): Promise<{ table: CompareTable; files: string[] }> {
  const catalogue = opts.catalogue ?? (await defaultCatalogue());
  const normalize = opts.normalize ?? (await defaultNormalize());
  const cmp =
    opts.stream === false
      ? inMemory({ ...loadStore(db), catalogue, normalize }, opts)
      : streamed(db, opts, catalogue, normalize, opts.stream === true || opts.stream === undefined ? {} : opts.stream);
  try {
    await writeFiles(cmp, out);
  } finally {
    cmp.close();
  }
  return { table: cmp.table, files: FILES.map((name) => join(out, name)) };
}

async function writeFiles(cmp: Comparison, out: string): Promise<void> {
  const { table, record, progressOf } = cmp;
  const labels = new Map(cmp.columns.map((c) => [c.label, c.level]));
  const hierarchy = new HierarchyCounter((label) => labels.get(label) ?? null);
  const reader = new ContextReader(new Map(cmp.docs.map((d) => [d.path, d])), out);
  const shownKeys = new Set(table.columns.map((c) => c.key));
  const withProgress = (p: Parameters<typeof hasProgress>[0]) => shownKeys.has(p.col.key) && hasProgress(p);
  const report = new ReportData(table, reader, cmp.count, cmp.reportDocs);
  // the targets sheet takes the first records' rows as they come
  const xlsx = await XlsxWriter.start(table, cmp.count);
  let sheetOpen = true;
  const progressCounts = new Map<string, number>();
  const files = new Outputs(out);
  try {
    const csv = files.stream('targets.csv');
    csv.write(RECORDS_CSV_HEAD);
    const progressFile = files.stream('progress.csv');
    progressFile.write(PROGRESS_CSV_HEAD);
    for (const { p, keep } of cmp.placed(withProgress)) {
      const pr = withProgress(p) ? progressOf(p) : null;
      if (pr) {
        progressFile.write(progressLine(pr));
        const k = progressKey(pr.column, pr.status);
        progressCounts.set(k, (progressCounts.get(k) ?? 0) + 1);
      }
      if (!keep) continue;
      const r = record(p);
      csv.write(recordLine(r));
      if (sheetOpen) sheetOpen = xlsx.add(r);
      hierarchy.add(r);
      if (!report.add(r, pr)) await report.drain();
    }
    csv.close();
    progressFile.close();
    const hierarchyRows = hierarchy.rows();
    files.write('compare.md', toMarkdown(table, { hierarchy: hierarchyRows, progress: progressCounts }));
    files.write('compare.csv', toCsv(table));
    files.write('hierarchy.csv', hierarchyCsv(hierarchyRows));
    files.write('compare.xlsx', await xlsx.finish());
    files.write('report.html', reportHtml(table, await report.finish(hierarchyRows)));
    files.commit();
  } catch (err) {
    files.abandon();
    throw err;
  }
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
/** One line counting the targets read from scans that wait for a reviewer before they are compared, or null. */
export function awaitingLine(t: CompareTable): string | null {
  const n = t.awaiting.reduce((a, w) => a + w.count, 0);
  if (n === 0) return null;
  return `compare: ${n} target${n === 1 ? '' : 's'} read from scans await${n === 1 ? 's' : ''} review (OCR unsure of the value), not compared: ${t.awaiting.map((w) => `${w.file} (${w.count})`).join(', ')}`;
}
export { diffJurisdictions, formatDiff } from './diff.ts';
export type * from './types.ts';
