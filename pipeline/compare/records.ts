// One record per target, as a researcher loads it into pandas or R: targets.csv and the
// `targets` sheet of compare.xlsx. Numbers stay numbers; every record names its source.
import { csvField, csvLine } from './csv-text.ts';
import { MAIN_SECTION, placeTargets, targetsByColumn, type Placed, type PlacedIndex, type TableInput } from './table.ts';
import { INCOMPARABLE_TEXT, verdictGiven, whyIncomparable } from './values.ts';
import type { CatalogueEntry, Column, CompareOptions, CompareTable, Shown } from './types.ts';

export { placeTargets, type Placed } from './table.ts';

export const RECORD_FIELDS = [
  'jurisdiction', 'jurisdiction_code', 'level', 'parents', 'plan', 'period_start', 'period_end', 'part', 'domain',
  'indicator_id', 'indicator', 'kind', 'comparator', 'value', 'upper', 'unit', 'change_base_year', 'per_year', 'year',
  'status', 'reference', 'reference_value', 'reference_year', 'verdict', 'file', 'line', 'quote',
  // beyond the list a paper needs: why no verdict, the parent plan's figure, and where to find the rest
  'why_not_compared', 'direction', 'indicator_text', 'parent_codes', 'parent', 'parent_value', 'parent_year', 'parent_verdict',
  'column', 'target_id', 'source_column', 'start', 'end',
] as const;
export type RecordField = (typeof RECORD_FIELDS)[number];
/** `doc`: the store path of its document, `text` the value as shown (for the report; not written to CSV). */
export type TargetRecord = Record<RecordField, string | number | boolean | null> & { doc: string; text: string };

export type { PlacedIndex } from './table.ts';

/** Of a column's targets for an indicator, the one for `year`: a main target first. */
export function sameYear(index: PlacedIndex, col: Column, id: string, year: number | null): Placed | null {
  let first: Placed | null = null;
  for (const p of index.get(col)?.get(id) ?? []) {
    if (p.shown.year !== year || p.st.target.kind === 'baseline') continue;
    if (p.st.target.section === MAIN_SECTION) return p;
    first ??= p;
  }
  return first;
}


/** why_not_compared of a target read from a scan that waits for a reviewer */
export const AWAITS_REVIEW_TEXT = 'read from a scan with OCR unsure of the value: awaits review';


/** recordPlan's answer: the targets in order, which of them are records, and how to make a record. */
export interface RecordPlan {
  placed: Placed[];
  /** whether a target of `placed` is a record (all are, unless recordPlan was given `also`) */
  keep: (p: Placed) => boolean;
  record: (p: Placed) => TargetRecord;
}

/**
 * The records in their order (by column as the table shows them, then file, then place in the file)
 * and how to make each: the writers take them one at a time, so a 2,000-plan store's ~270,000 are
 * never all held at once. `also`: placed targets to list in that order too, record or not (the
 * progress rows, which follow the same order, are made in the same pass).
 */
export function recordPlan(
  input: TableInput, table: CompareTable, opts: CompareOptions = {}, placedTargets = placeTargets(input), also?: (p: Placed) => boolean,
): RecordPlan {
  const { parentOf } = placedTargets;
  const all = placedTargets.placed;
  const shownCols = new Set(table.columns.map((c) => c.key));
  const refCol = table.reference.kind === 'jurisdiction' ? all.find((p) => p.col.label === table.reference.label)?.col ?? null : null;
  const index = targetsByColumn(placedTargets);
  const colRank = new Map(table.columns.map((c, i) => [c.key, i]));
  const keep = (p: Placed) => (shownCols.has(p.col.key) || p.col === refCol) && (opts.year === undefined || p.shown.year === opts.year);
  // targets waiting for a reviewer are listed in their place, without a verdict
  const kept = [...all.filter(also ? (p) => keep(p) || also(p) : keep), ...placedTargets.awaiting.filter(keep)];
  // by the column's place in the table (the reference column first), then file, then place in the file;
  // a stable sort: targets at one place keep their order in the store
  const rankOf = new Map<Column, number>();
  const rank = kept.map((p) => {
    let r = rankOf.get(p.col);
    if (r === undefined) rankOf.set(p.col, (r = colRank.get(p.col.key) ?? -1));
    return r;
  });
  const placed = inTableOrder(kept, rank);
  const record = recordMaker(input, refCol, parentOf, (col, id, year) => sameYear(index, col, id, year));
  return { placed, keep, record };
}

/**
 * How to make a record of a placed target: `sameYear(col, id, year)` is the target (not a baseline)
 * of column `col` for indicator `id` and `year` a record compares with (see sameYear), `parentOf`
 * each column's nearest parent (by key), `refCol` the reference column (null: the national outline).
 */
export function recordMaker(
  input: Pick<TableInput, 'catalogue' | 'normalize'>, refCol: Column | null, parentOf: Map<string, Column | null>,
  sameYear: (col: Column, id: string, year: number | null) => Placed | null,
): (p: Placed) => TargetRecord {
  const cat = new Map(input.catalogue.map((e) => [e.id, e]));
  // the national figure of an indicator as a value, once per indicator
  const nationals = new Map<string, Shown>();
  const national = (id: string, n: NonNullable<CatalogueEntry['national']>): Shown => {
    let shown = nationals.get(id);
    if (!shown) {
      const s = { kind: 'numeric' as const, comparator: n.comparator, value: n.value, upper: null, unit: n.unit, direction: null, change: null, year: n.year };
      shown = { ...s, normalized: input.normalize(id, n.value, n.unit), text: '' };
      nationals.set(id, shown);
    }
    return shown;
  };
  // a column's parents as the records write them, joined once per column
  const parentsOf = new Map<Column, { names: string | null; codes: string | null }>();
  const parentsText = (c: Column) => {
    let v = parentsOf.get(c);
    if (!v) {
      v = { names: c.parents.map((x) => x.name).join('>') || null, codes: c.parents.map((x) => x.code ?? '').join('>') || null };
      parentsOf.set(c, v);
    }
    return v;
  };
  return (p: Placed): TargetRecord => {
    const t = p.st.target;
    const id = t.indicator.id;
    const entry = id ? cat.get(id) : undefined;
    const better = entry?.better ?? null;
    const waits = p.st.awaitsReview === true;
    const isTarget = t.kind !== 'baseline' && !waits;
    let ref: { label: string; shown: Shown } | null = null;
    if (isTarget && id && refCol) {
      const r = refCol === p.col ? null : sameYear(refCol, id, p.shown.year);
      if (r) ref = { label: refCol.label, shown: r.shown };
    } else if (isTarget && id && entry?.national) {
      ref = { label: entry.national.source, shown: national(id, entry.national) };
    }
    const up = parentOf.get(p.col.key) ?? null;
    const par = isTarget && id && up ? sameYear(up, id, p.shown.year) : null;
    const plan = p.plan === null ? null : p.doc.plans[p.plan]!;
    const refWhy = ref ? whyIncomparable(p.shown, ref.shown, better) : null;
    const parents = parentsText(p.col);
    return {
      doc: p.doc.path,
      text: p.shown.text,
      jurisdiction: p.col.jurisdiction,
      jurisdiction_code: p.col.code,
      level: p.col.level,
      parents: parents.names,
      plan: plan?.title ?? null,
      period_start: p.col.period?.[0] ?? null,
      period_end: p.col.period?.[1] ?? null,
      part: t.part,
      domain: t.domain,
      indicator_id: id,
      indicator: entry?.name ?? null,
      kind: t.kind,
      comparator: t.comparator,
      value: t.value,
      upper: t.upper ?? null,
      unit: t.unit,
      change_base_year: t.change?.base_year ?? null,
      per_year: t.change ? t.change.per_year : null,
      year: p.shown.year,
      status: p.st.storeStatus,
      reference: ref?.label ?? null,
      reference_value: ref?.shown.value ?? null,
      reference_year: ref?.shown.year ?? null,
      verdict: ref ? verdictGiven(p.shown, ref.shown, better, refWhy) : null,
      file: p.doc.file,
      line: t.source.line,
      quote: t.source.quote,
      why_not_compared: waits ? AWAITS_REVIEW_TEXT : refWhy ? INCOMPARABLE_TEXT[refWhy] : null,
      direction: t.direction,
      indicator_text: t.indicator.text,
      parent_codes: parents.codes,
      parent: par ? par.col.label : null,
      parent_value: par?.shown.value ?? null,
      parent_year: par?.shown.year ?? null,
      parent_verdict: par ? verdictGiven(p.shown, par.shown, better, whyIncomparable(p.shown, par.shown, better)) : null,
      column: p.col.label,
      target_id: t.id,
      source_column: t.source.column,
      start: t.source.start,
      end: t.source.end,
    };
  };
}

/**
 * `list` sorted by rank (the column's place in the table), then file path, then place in the file,
 * then place in `list`. Paths are ranked once, so the sort compares numbers only.
 */
export function inTableOrder(list: Placed[], rank: number[]): Placed[] {
  const docs = [...new Set(list.map((p) => p.doc))].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const docRank = new Map(docs.map((d, i) => [d, i]));
  const n = list.length;
  const byDoc = new Int32Array(n);
  const start = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    byDoc[i] = docRank.get(list[i]!.doc)!;
    start[i] = list[i]!.st.target.source.start;
  }
  const order = Array.from({ length: n }, (_, i) => i);
  order.sort((i, j) => rank[i]! - rank[j]! || byDoc[i]! - byDoc[j]! || start[i]! - start[j]! || i - j);
  return order.map((i) => list[i]!);
}

/** Every record, in order (small stores; writeComparison takes them one at a time). */
export function buildRecords(input: TableInput, table: CompareTable, opts: CompareOptions = {}, placedTargets = placeTargets(input)): TargetRecord[] {
  const { placed, record } = recordPlan(input, table, opts, placedTargets);
  return placed.map(record);
}

/** targets.csv starts with a BOM and this header line; empty cells for null, numbers as written by JavaScript. */
export const RECORDS_CSV_HEAD = '\ufeff' + csvLine(RECORD_FIELDS);

/** The leading fields that only change with the column and plan: written once for a run of records that share them. */
const PREFIX_FIELDS = 7;
let lastPrefix: { values: unknown[]; text: string } | null = null;

/** A record's line of targets.csv. */
export function recordLine(r: TargetRecord): string {
  const fields: string[] = new Array(RECORD_FIELDS.length - PREFIX_FIELDS + 1);
  let same = lastPrefix !== null;
  for (let i = 0; same && i < PREFIX_FIELDS; i++) same = lastPrefix!.values[i] === r[RECORD_FIELDS[i]!];
  if (!same) {
    const values = RECORD_FIELDS.slice(0, PREFIX_FIELDS).map((f) => r[f]);
    lastPrefix = { values, text: values.map(csvField).join(',') };
  }
  fields[0] = lastPrefix!.text;
  for (let i = PREFIX_FIELDS; i < RECORD_FIELDS.length; i++) fields[i - PREFIX_FIELDS + 1] = csvField(r[RECORD_FIELDS[i]!]);
  fields[fields.length - 1] += '\r\n';
  return fields.join(',');
}

