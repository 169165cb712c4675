// One record per target, as a researcher loads it into pandas or R: targets.csv and the
// `targets` sheet of compare.xlsx. Numbers stay numbers; every record names its source.
import { stringify } from 'csv-stringify/sync';
import { MAIN_SECTION, buildColumns, parentColumns, planOf, shownOfTarget, type TableInput } from './table.ts';
import { INCOMPARABLE_TEXT, verdictOf, whyIncomparable } from './values.ts';
import type { Column, CompareOptions, CompareTable, Shown, StoredDoc, StoredTarget } from './types.ts';

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

/** A target placed in its column, with its value as the table shows it. */
export interface Placed {
  st: StoredTarget;
  doc: StoredDoc;
  col: Column;
  plan: number | null;
  shown: Shown;
}

/** Every live target of the store in its column (monitoring reports and rejected targets left out). */
export function placeTargets(input: TableInput): { columns: Column[]; placed: Placed[]; parentOf: Map<string, Column | null> } {
  const { columns, slotColumn } = buildColumns(input.docs);
  const byKey = new Map(columns.map((c) => [c.key, c]));
  const docs = new Map(input.docs.map((d) => [d.path, d]));
  const placed: Placed[] = [];
  for (const st of input.targets) {
    if (st.storeStatus === 'rejected') continue;
    const doc = docs.get(st.doc);
    if (!doc || doc.monitoring) continue;
    const plan = planOf(doc, st.target.source.line, st.target.part);
    const col = byKey.get(slotColumn.get(`${doc.path}#${plan ?? ''}`) ?? '');
    if (!col) continue;
    placed.push({ st, doc, col, plan, shown: shownOfTarget(st.target, col.period?.[1] ?? null) });
  }
  const ups = parentColumns(columns);
  const parentOf = new Map(columns.map((c, i) => [c.key, ups[i]! >= 0 ? columns[ups[i]!]! : null]));
  return { columns, placed, parentOf };
}

/** Of a column's targets for an indicator, the one for `year`: a main target first. */
export function sameYear(index: Map<string, Placed[]>, col: Column, id: string, year: number | null): Placed | null {
  const list = (index.get(`${col.key}\u0000${id}`) ?? []).filter((p) => p.shown.year === year && p.st.target.kind !== 'baseline');
  return list.find((p) => p.st.target.section === MAIN_SECTION) ?? list[0] ?? null;
}

export function indexPlaced(placed: Placed[]): Map<string, Placed[]> {
  const index = new Map<string, Placed[]>();
  for (const p of placed) {
    const id = p.st.target.indicator.id;
    if (!id) continue;
    const k = `${p.col.key}\u0000${id}`;
    const l = index.get(k);
    if (l) l.push(p);
    else index.set(k, [p]);
  }
  return index;
}

const why = (a: Shown, b: Shown, better: 'lower' | 'higher' | null) => {
  const w = whyIncomparable(a, b, better);
  return w ? INCOMPARABLE_TEXT[w] : null;
};

export function buildRecords(input: TableInput, table: CompareTable, opts: CompareOptions = {}, placedTargets = placeTargets(input)): TargetRecord[] {
  const { parentOf } = placedTargets;
  const placed = [...placedTargets.placed];
  const shownCols = new Set(table.columns.map((c) => c.key));
  const refCol = table.reference.kind === 'jurisdiction' ? placed.find((p) => p.col.label === table.reference.label)?.col ?? null : null;
  const index = indexPlaced(placed);
  const cat = new Map(input.catalogue.map((e) => [e.id, e]));
  const out: TargetRecord[] = [];
  const colRank = new Map(table.columns.map((c, i) => [c.key, i]));
  const rank = (p: Placed) => colRank.get(p.col.key) ?? -1;
  placed.sort((a, b) => rank(a) - rank(b) || (a.doc.path < b.doc.path ? -1 : a.doc.path > b.doc.path ? 1 : 0) || a.st.target.source.start - b.st.target.source.start);
  for (const p of placed) {
    if (!shownCols.has(p.col.key) && p.col !== refCol) continue;
    if (opts.year !== undefined && p.shown.year !== opts.year) continue;
    const t = p.st.target;
    const id = t.indicator.id;
    const entry = id ? cat.get(id) : undefined;
    const better = entry?.better ?? null;
    const isTarget = t.kind !== 'baseline';
    let ref: { label: string; shown: Shown } | null = null;
    if (isTarget && id && refCol) {
      const r = refCol === p.col ? null : sameYear(index, refCol, id, p.shown.year);
      if (r) ref = { label: refCol.label, shown: r.shown };
    } else if (isTarget && id && entry?.national) {
      const n = entry.national;
      const s = { kind: 'numeric' as const, comparator: n.comparator, value: n.value, upper: null, unit: n.unit, direction: null, change: null, year: n.year };
      ref = { label: n.source, shown: { ...s, normalized: input.normalize(id, n.value, n.unit), text: '' } };
    }
    const up = parentOf.get(p.col.key) ?? null;
    const par = isTarget && id && up ? sameYear(index, up, id, p.shown.year) : null;
    const plan = p.plan === null ? null : p.doc.plans[p.plan]!;
    out.push({
      doc: p.doc.path,
      text: p.shown.text,
      jurisdiction: p.col.jurisdiction,
      jurisdiction_code: p.col.code,
      level: p.col.level,
      parents: p.col.parents.map((x) => x.name).join('>') || null,
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
      verdict: ref ? verdictOf(p.shown, ref.shown, better) : null,
      file: p.doc.file,
      line: t.source.line,
      quote: t.source.quote,
      why_not_compared: ref ? why(p.shown, ref.shown, better) : null,
      direction: t.direction,
      indicator_text: t.indicator.text,
      parent_codes: p.col.parents.map((x) => x.code ?? '').join('>') || null,
      parent: par ? par.col.label : null,
      parent_value: par?.shown.value ?? null,
      parent_year: par?.shown.year ?? null,
      parent_verdict: par ? verdictOf(p.shown, par.shown, better) : null,
      column: p.col.label,
      target_id: t.id,
      source_column: t.source.column,
      start: t.source.start,
      end: t.source.end,
    });
  }
  return out;
}

/** targets.csv: UTF-8 with BOM, a header row, empty cells for null; numbers as written by JavaScript. */
export function recordsCsv(records: TargetRecord[]): string {
  const rows: (string | number | boolean | null)[][] = [RECORD_FIELDS as unknown as string[]];
  for (const r of records) rows.push(RECORD_FIELDS.map((f) => r[f]));
  return '\ufeff' + stringify(rows, { record_delimiter: 'windows', cast: { boolean: (b) => (b ? 'true' : 'false') } });
}
