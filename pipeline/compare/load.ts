// Reads what `compare` needs out of the SQLite store.
import { existsSync } from 'node:fs';
import { InputError } from '../errors.ts';
import { Store, type TargetColumn } from '../stages/store.ts';
import type { CompareTarget, StoredDoc, StoredTarget } from './types.ts';
import { MONITORING_RULE } from '../../rules/structure.ts';
import { awaitsReview } from '../../rules/confidence.ts';

/** 统计监测报告 and the like: the genre the structure stage stored, or a plan title that says so. */
function monitoring(genre: string | null, doc: StoredDoc): boolean {
  return genre === 'monitoring_report' || doc.plans.some((p) => p.title !== null && MONITORING_RULE.pattern.test(p.title));
}

/** The target columns compare reads, in the order targetOf takes them. */
export const COLUMNS = [
  'doc', 'status', 'id', 'kind', 'part', 'domain', 'section', 'indicator_text', 'indicator_id', 'comparator', 'value', 'upper', 'unit',
  'direction', 'change_base_year', 'change_per_year', 'year', 'norm_value', 'norm_unit', 'line', 'col', 'start', 'end', 'quote',
  'rule', 'confidence', 'page',
] as const satisfies readonly TargetColumn[];

/**
 * One string object per distinct value of a column (SQLite gives each row its own): a 2,000-plan
 * store repeats a few hundred domains, units and indicator ids over ~270,000 rows; indicator texts
 * and quotes repeat too (an indicator table's baseline and target share their row's quote).
 */
function interner(): (s: unknown) => never {
  const seen = new Map<string, string>();
  return (s) => {
    if (typeof s !== 'string') return s as never;
    let v = seen.get(s);
    if (v === undefined) seen.set(s, (v = s));
    return v as never;
  };
}

/** A row of COLUMNS as the fields of its target compare reads, keys in the schema's order. */
function targetReader(quotes = true, words = true): (r: unknown[]) => CompareTarget {
  const same = (s: unknown) => s as never;
  const [kind, part, domain, section, indicator, comparator, unit, direction, indicatorText] = Array.from({ length: 9 }, words ? interner : () => same);
  // quotes interned only where every target is held (the map would grow with the store)
  const quote = quotes ? interner() : same;
  return (r) => ({
    id: r[2] as string,
    kind: kind!(r[3]),
    part: part!(r[4]),
    domain: domain!(r[5]),
    section: section!(r[6]),
    indicator: { text: indicatorText!(r[7]), id: indicator!(r[8]) },
    comparator: comparator!(r[9]),
    value: r[10] as number | null,
    upper: r[11] as number | null,
    unit: unit!(r[12]),
    direction: direction!(r[13]),
    change: r[15] === null ? null : { base_year: r[14] as number | null, per_year: r[15] === 1 },
    year: r[16] as number | null,
    normalized: r[18] === null || r[17] === null ? null : { value: r[17] as number, unit: r[18] as string },
    source: { line: r[19] as number, column: r[20] as number, start: r[21] as number, end: r[22] as number, quote: quote!(r[23]) },
  });
}

/** The documents compare reads (status ok), by path. */
export function loadDocs(store: Store): StoredDoc[] {
  const docs: StoredDoc[] = [];
  for (const d of store.documents()) {
    if (d.status !== 'ok') continue;
    const doc: StoredDoc = {
      path: d.path,
      source: d.source,
      file: d.file,
      name: d.name,
      jurisdiction: d.jurisdiction,
      level: d.level,
      code: d.code,
      parents: d.parents,
      candidates: d.candidates,
      monitoring: false,
      sha256: d.sha256,
      format: d.format,
      plans: d.plans as StoredDoc['plans'],
    };
    doc.monitoring = monitoring(d.genre, doc);
    docs.push(doc);
  }
  return docs;
}

/**
 * A row of COLUMNS as a StoredTarget, its doc the document's own path string. `quotes`: quotes
 * share one string per distinct value (for a reader that holds every target); `words`: so do the
 * columns of fewer values (kinds, units, domains, indicator texts…), for a reader that holds many.
 */
export function rowReader(docs: Map<string, StoredDoc>, quotes = true, words = true): (r: unknown[]) => StoredTarget {
  const targetOf = targetReader(quotes, words);
  const status = interner();
  return (r) => {
    const st: StoredTarget = { doc: docs.get(r[0] as string)?.path ?? (r[0] as string), storeStatus: status(r[1]), target: targetOf(r) };
    if (awaitsReview(r[1] as string, r[24] as string, r[25] as number, r[26] !== null)) st.awaitsReview = true;
    return st;
  };
}

/** Opens the store compare reads, or one line saying there is none. */
export function openStore(db: string): Store {
  if (!existsSync(db)) throw new InputError(db, 'no store here: run `plan-targets run` first, or name one with --db');
  // read-write so an older store is migrated first; compare itself writes nothing
  return new Store(db);
}

export function loadStore(db: string): { docs: StoredDoc[]; targets: StoredTarget[] } {
  const store = openStore(db);
  try {
    const docs = loadDocs(store);
    const read = rowReader(new Map(docs.map((d) => [d.path, d])));
    const targets: StoredTarget[] = [];
    for (const r of store.iterateTargets(COLUMNS, { okOnly: true })) targets.push(read(r));
    return { docs, targets };
  } finally {
    store.close();
  }
}
