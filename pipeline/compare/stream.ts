// The comparison read from the store in two passes, never every target at once: the table and the
// figures of past years by indicator (one indicator's targets at a time), then the records column by column,
// document by document (one document's targets at a time). What stays is what the outputs need whole:
// the table, per indicator and year the target of a parent (or reference) column, the figures of past
// years, and the report's packed targets. The outputs are byte for byte those of the in-memory path.
import { placer, shownOfTarget, MAIN_SECTION, TableBuilder, awaitingByFile, type FirstSeen, type Placed } from './table.ts';
import { COLUMNS, loadDocs, openStore, rowReader } from './load.ts';
import { ObservationBook, type Observation } from './progress.ts';
import type { Store } from '../stages/store.ts';
import type { CatalogueEntry, Column, CompareOptions, CompareTable, NormalizeFn, StoredDoc, StoredTarget } from './types.ts';

export interface StreamOptions {
  /** documents read per query when the records are made (default 16) */
  docs?: number;
}

/** The columns rowReader reads, then the target's order in its document. */
const READ_WITH_SEQ = [...COLUMNS, 'seq'] as const;
const SEQ = COLUMNS.length;

/** What the streamed comparison hands its writer. */
export interface StreamedComparison {
  table: CompareTable;
  columns: Column[];
  refCol: Column | null;
  parentOf: Map<string, Column | null>;
  docs: StoredDoc[];
  /** per column and indicator, by year: the target a record of another column compares with (sameYear) */
  sameYear: (col: Column, id: string, year: number | null) => Placed | null;
  observations: Map<string, Observation[]>;
  /** how many records there are, and the documents of those the report shows, in the order they first appear */
  count: number;
  reportDocs: { doc: string; file: string }[];
  /** the placed targets, record or not, in the records' order, a document at a time */
  placed: (also: (p: Placed) => boolean) => Generator<{ p: Placed; keep: boolean }>;
  close: () => void;
}

/**
 * Reads the store at `db` for the comparison: one pass by indicator (targets naming none first)
 * makes the table, the figures of past years and the targets records compare with, and counts what
 * the report needs up front; placed() then gives the targets in the records' order, one document's
 * at a time.
 */
export function streamComparison(
  db: string, opts: CompareOptions & { catalogue: CatalogueEntry[]; normalize: NormalizeFn; stream?: StreamOptions },
): StreamedComparison {
  const store = openStore(db);
  try {
    return read(store, opts);
  } catch (err) {
    store.close();
    throw err;
  }
}

function read(store: Store, opts: CompareOptions & { catalogue: CatalogueEntry[]; normalize: NormalizeFn; stream?: StreamOptions }): StreamedComparison {
  const docs = loadDocs(store);
  const byPath = new Map(docs.map((d) => [d.path, d]));
  const { columns, duplicates, parentOf, place } = placer(docs);
  const builder = new TableBuilder(opts.catalogue, opts.normalize, { columns, duplicates }, opts);
  const year = opts.year;
  const shown = new Set(builder.columns);
  const refColumn = builder.refColumn;

  // per column, the documents with records; the records' count; the targets awaiting review
  const withRecords = new Map<Column, Set<string>>();
  const awaiting = new Map<string, number>();
  const placedCols = new Set<Column>();
  let count = 0;
  let refCount = 0;
  const counted = (doc: StoredDoc, col: Column, y: number | null, waits: boolean) => {
    if (!waits) placedCols.add(col);
    if (year !== undefined && y !== year) return;
    if (waits && shown.has(col)) awaiting.set(doc.file, (awaiting.get(doc.file) ?? 0) + 1);
    if (col === refColumn) refCount++;
    else if (shown.has(col)) {
      count++;
      let set = withRecords.get(col);
      if (!set) withRecords.set(col, (set = new Set()));
      set.add(doc.path);
    }
  };

  // one pass, by indicator (targets naming none first): the counts above; per indicator its row,
  // its figures of past years and, in parent and reference columns, the targets records compare with
  const lookup = new Set<Column>();
  for (const c of [...builder.columns, ...(refColumn ? [refColumn] : [])]) {
    const up = parentOf.get(c.key);
    if (up) lookup.add(up);
  }
  if (refColumn) lookup.add(refColumn);
  const years = new Map<Column, Map<string, Map<number | null, Placed>>>();
  const book = new ObservationBook(docs);
  const pool = builder.pool;
  let id: string | null = null;
  let picks = new Map<Column, Placed[]>();
  let seen: FirstSeen | undefined;
  const flush = () => {
    if (id !== null && seen) {
      const p = picks;
      builder.row(id, (col) => p.get(col), seen);
    }
    book.settle();
    picks = new Map();
    seen = undefined;
  };
  const readRow = rowReader(byPath, false);
  const texts = new Map<string, string>();
  for (const r of store.iterateTargets(COLUMNS, { okOnly: true, byIndicator: true })) {
    const st = readRow(r);
    const t = st.target;
    const doc = byPath.get(st.doc);
    if (!doc) continue;
    if (doc.monitoring) {
      if (t.indicator.id === null) continue;
      if (t.indicator.id !== id) {
        flush();
        id = t.indicator.id;
      }
      book.monitoring(doc, st);
      continue;
    }
    const at = place(doc, t.source.line, t.part);
    if (!at) continue;
    const endYear = at.col.period?.[1] ?? null;
    const waits = st.awaitsReview === true;
    counted(doc, at.col, t.year ?? endYear, waits);
    if (t.indicator.id === null || waits) continue;
    if (t.indicator.id !== id) {
      flush();
      id = t.indicator.id;
    }
    const p: Placed = { st, doc, col: at.col, plan: at.plan, shown: shownOfTarget(t, endYear), source: null };
    book.baseline(p);
    if (t.kind === 'baseline') continue;
    if (lookup.has(p.col)) {
      let byId = years.get(p.col);
      if (!byId) years.set(p.col, (byId = new Map()));
      let byYear = byId.get(id!);
      if (!byYear) byId.set(id!, (byYear = new Map()));
      const cur = byYear.get(p.shown.year);
      // a main target first, else the first (sameYear in records.ts)
      if (!cur || (cur.st.target.section !== MAIN_SECTION && t.section === MAIN_SECTION)) byYear.set(p.shown.year, p);
    }
    if (!pool.has(p.col) || (year !== undefined && p.shown.year !== year)) continue;
    seen ??= { part: t.part, domain: t.domain };
    // one string per distinct value text (`≥95% (2025)` recurs across plans): the cells share it
    const text = texts.get(p.shown.text);
    if (text === undefined) texts.set(p.shown.text, p.shown.text);
    else p.shown.text = text;
    const list = picks.get(p.col);
    if (list) list.push(p);
    else picks.set(p.col, [p]);
  }
  flush();
  // the reference column compares and lists records only when it has targets (not all awaiting review)
  const refCol = refColumn && placedCols.has(refColumn) ? refColumn : null;
  if (refCol) count += refCount;
  const table = builder.finish(awaitingByFile([...awaiting].map(([file, n]) => ({ file, count: n }))));

  // the report's documents: of the shown columns in table order, each column's in path order
  const reportDocs: { doc: string; file: string }[] = [];
  const listed = new Set<string>();
  for (const c of table.columns) {
    for (const path of c.docs) {
      if (listed.has(path) || !withRecords.get(c)?.has(path)) continue;
      listed.add(path);
      reportDocs.push({ doc: path, file: byPath.get(path)!.file });
    }
  }

  const batch = Math.max(1, opts.stream?.docs ?? 16);
  const keepCol = (c: Column) => shown.has(c) || c === refCol;
  // the records' targets are made and dropped as they go: no shared strings
  const read = rowReader(byPath, false, false);
  function* placed(also: (p: Placed) => boolean): Generator<{ p: Placed; keep: boolean }> {
    // the reference column's records first, then the table's columns in order
    for (const col of [...(refCol ? [refCol] : []), ...table.columns]) {
      for (let i = 0; i < col.docs.length; i += batch) {
        const paths = col.docs.slice(i, i + batch);
        // by document, yielded in the column's order of documents
        const lists = new Map<string, { p: Placed; keep: boolean; waits: boolean; seq: number }[]>(paths.map((d) => [d, []]));
        for (const r of store.iterateTargets(READ_WITH_SEQ, { docs: paths, unordered: true })) {
          const st: StoredTarget = read(r);
          const d = byPath.get(st.doc)!;
          const at = place(d, st.target.source.line, st.target.part);
          if (!at || at.col !== col) continue;
          const p: Placed = { st, doc: d, col, plan: at.plan, shown: shownOfTarget(st.target, col.period?.[1] ?? null), source: null };
          const keep = keepCol(col) && (year === undefined || p.shown.year === year);
          const waits = st.awaitsReview === true;
          if (keep || (!waits && also(p))) lists.get(d.path)!.push({ p, keep, waits, seq: r[SEQ] as number });
        }
        for (const path of paths) {
          const list = lists.get(path)!;
          // by place in the file; at one place targets before those awaiting review, then in store order
          list.sort((a, b) => a.p.st.target.source.start - b.p.st.target.source.start || Number(a.waits) - Number(b.waits) || a.seq - b.seq);
          for (const x of list) yield x;
          lists.delete(path);
        }
      }
    }
  }

  const sameYear = (col: Column, id: string, y: number | null): Placed | null => years.get(col)?.get(id)?.get(y) ?? null;
  return { table, columns, refCol, parentOf, docs, sameYear, observations: book.byKey, count, reportDocs, placed, close: () => store.close() };
}
