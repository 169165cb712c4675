// Store rows → the comparison table: columns per jurisdiction and period, a row per indicator.
import { InputError } from '../errors.ts';
import type { Part } from '../../model/schema.ts';
import { valueText, verdictOf } from './values.ts';
import type {
  CatalogueEntry,
  Cell,
  Column,
  CompareOptions,
  CompareTable,
  Coverage,
  NormalizeFn,
  Reference,
  Row,
  Shown,
  StoredDoc,
  StoredTarget,
} from './types.ts';

const LEVEL_RANK: Record<string, number> = { province: 0, city: 1, county: 2, district: 3, other: 4 };
const PART_RANK: Record<string, number> = { women: 0, children: 1, other: 2 };
const REVIEWED = new Set(['accepted', 'corrected', 'added']);
export const MAIN_SECTION = '主要目标';

/** Code-point order: the same on every machine, unlike localeCompare. */
export const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const periodText = (p: [number, number] | null): string => (p ? `${p[0]}—${p[1]}` : '?');
const periodKey = (p: [number, number] | null): string => (p ? `${p[0]}-${p[1]}` : '?');

interface PlanSlot {
  doc: StoredDoc;
  /** index into doc.plans, or null for a document without plans */
  plan: number | null;
  jurisdiction: string;
  period: [number, number] | null;
}

/** Which plan of its document a target belongs to: by line, else by part. */
export function planOf(doc: StoredDoc, line: number, part: Part): number | null {
  const byLine = doc.plans.findIndex((p) => line >= p.lines[0] && line <= p.lines[1]);
  if (byLine >= 0) return byLine;
  const byPart = doc.plans.findIndex((p) => p.part === part);
  if (byPart >= 0) return byPart;
  return doc.plans.length > 0 ? 0 : null;
}

/**
 * Each document's place. Documents of one name are one place unless their parents disagree
 * (a document without parents joins the first place of its name); places that share a name
 * are told apart by their nearest parent.
 */
export function placesOf(docs: StoredDoc[]): Map<string, { place: string; name: string }> {
  const byName = new Map<string, StoredDoc[]>();
  for (const d of docs) {
    const name = d.jurisdiction ?? d.file;
    byName.set(name, [...(byName.get(name) ?? []), d]);
  }
  const out = new Map<string, { place: string; name: string }>();
  for (const [name, group] of byName) {
    const compatible = (a: string[], b: string[]) => a.every((x) => b.includes(x)) || b.every((x) => a.includes(x));
    // the fullest parent lists first, so a partial list joins the place it is part of
    const lists = [...new Set(group.map((d) => JSON.stringify(d.parents)))]
      .map((s) => JSON.parse(s) as string[])
      .sort((a, b) => b.length - a.length || byText(a.join('/'), b.join('/')));
    const places: string[][] = [];
    for (const l of lists) if (l.length > 0 && !places.some((p) => compatible(p, l))) places.push(l);
    for (const d of group) {
      const p = places.find((x) => compatible(x, d.parents));
      const place = places.length > 1 && p ? `${p[p.length - 1]}${name}` : name;
      out.set(d.path, { place, name });
    }
  }
  return out;
}

/** Columns: one per jurisdiction and period; a plan of unknown period joins its jurisdiction's only period. */
export function buildColumns(docs: StoredDoc[]): { columns: Column[]; slotColumn: Map<string, string> } {
  const slots: PlanSlot[] = [];
  const places = placesOf(docs);
  for (const doc of docs) {
    const jurisdiction = places.get(doc.path)!.place;
    if (doc.plans.length === 0) slots.push({ doc, plan: null, jurisdiction, period: null });
    doc.plans.forEach((p, i) => slots.push({ doc, plan: i, jurisdiction, period: p.period }));
  }
  const periods = new Map<string, Map<string, [number, number]>>();
  for (const s of slots) {
    if (!s.period) continue;
    const m = periods.get(s.jurisdiction) ?? new Map<string, [number, number]>();
    m.set(periodKey(s.period), s.period);
    periods.set(s.jurisdiction, m);
  }
  const byKey = new Map<string, Column>();
  const slotColumn = new Map<string, string>();
  for (const s of slots) {
    const known = periods.get(s.jurisdiction);
    const period = s.period ?? (known && known.size === 1 ? [...known.values()][0]! : null);
    const key = `${s.jurisdiction}|${periodKey(period)}`;
    let col = byKey.get(key);
    if (!col) {
      col = { key, label: s.jurisdiction, jurisdiction: s.jurisdiction, name: places.get(s.doc.path)!.name, level: s.doc.level, period, docs: [] };
      byKey.set(key, col);
    }
    if (!col.docs.includes(s.doc.path)) col.docs.push(s.doc.path);
    if (col.level === null) col.level = s.doc.level;
    slotColumn.set(`${s.doc.path}#${s.plan ?? ''}`, key);
  }
  const columns = [...byKey.values()];
  const count = new Map<string, number>();
  for (const c of columns) count.set(c.jurisdiction, (count.get(c.jurisdiction) ?? 0) + 1);
  for (const c of columns) {
    c.docs.sort(byText);
    if (count.get(c.jurisdiction)! > 1) c.label = `${c.jurisdiction} ${periodText(c.period)}`;
  }
  columns.sort(
    (a, b) =>
      (LEVEL_RANK[a.level ?? 'other'] ?? 4) - (LEVEL_RANK[b.level ?? 'other'] ?? 4) ||
      byText(a.jurisdiction, b.jurisdiction) ||
      (a.period?.[0] ?? 9999) - (b.period?.[0] ?? 9999) ||
      (a.period?.[1] ?? 9999) - (b.period?.[1] ?? 9999),
  );
  return { columns, slotColumn };
}

/** Columns named by the user: a jurisdiction's name (all its periods) or a column label. */
export function pickColumns(columns: Column[], names: string[], what: string): Column[] {
  const picked: Column[] = [];
  for (const name of names) {
    const exact = columns.filter((c) => c.label === name);
    const place = columns.filter((c) => c.jurisdiction === name);
    const found = exact.length ? exact : place.length ? place : columns.filter((c) => c.name === name);
    if (found.length === 0) {
      throw new InputError(what, `no plan of "${name}" in the store; known: ${columns.map((c) => c.label).join(', ') || 'none'}`);
    }
    for (const c of found) if (!picked.includes(c)) picked.push(c);
  }
  return picked;
}

function shownOfTarget(t: StoredTarget['target'], endYear: number | null): Shown {
  const kind = t.kind === 'baseline' ? 'numeric' : t.kind;
  const s = { kind, comparator: t.comparator, value: t.value, unit: t.unit, direction: t.direction, year: t.year };
  return { ...s, normalized: t.normalized, text: valueText(s, endYear) };
}

export interface TableInput {
  docs: StoredDoc[];
  targets: StoredTarget[];
  catalogue: CatalogueEntry[];
  normalize: NormalizeFn;
}

export function buildTable(input: TableInput, opts: CompareOptions = {}): CompareTable {
  const { columns: all, slotColumn } = buildColumns(input.docs);
  const year = opts.year;
  const inYear = (c: Column) => year === undefined || (c.period !== null && c.period[0] <= year && year <= c.period[1]);
  let columns = all.filter(inYear);
  if (opts.year !== undefined && columns.length === 0) {
    throw new InputError('--year', `no plan in the store covers ${opts.year}`);
  }
  if (opts.jurisdictions?.length) columns = pickColumns(columns, opts.jurisdictions, '--jurisdictions');
  let refColumn: Column | null = null;
  if (opts.reference) {
    const found = pickColumns(all.filter(inYear), [opts.reference], '--reference');
    if (found.length > 1) {
      throw new InputError('--reference', `"${opts.reference}" has plans for several periods; name one of: ${found.map((c) => c.label).join(', ')}`);
    }
    refColumn = found[0]!;
    columns = columns.filter((c) => c !== refColumn);
  }

  const docByPath = new Map(input.docs.map((d) => [d.path, d]));
  const catIndex = new Map(input.catalogue.map((e, i) => [e.id, i]));
  const domainRank = new Map<string, number>();
  const domainPart = new Map<string, Part>();
  // domains in catalogue order, as their own part's entries list them (shared entries last)
  for (const e of [...input.catalogue.filter((x) => x.part), ...input.catalogue.filter((x) => !x.part)]) {
    if (e.domain && !domainRank.has(e.domain)) domainRank.set(e.domain, domainRank.size);
    if (e.domain && e.part && !domainPart.has(e.domain)) domainPart.set(e.domain, e.part);
  }

  // chosen target per (column, indicator): the main-target one, else the first
  type Pick = { st: StoredTarget; doc: StoredDoc; col: Column; count: number };
  const picks = new Map<string, Pick>();
  const colByKey = new Map([...columns, ...(refColumn ? [refColumn] : [])].map((c) => [c.key, c]));
  const seenIds = new Map<string, { part: Part; domain: string }>();
  for (const st of input.targets) {
    const t = st.target;
    if (st.storeStatus === 'rejected' || t.kind === 'baseline' || !t.indicator.id) continue;
    const doc = docByPath.get(st.doc);
    if (!doc) continue;
    const col = colByKey.get(slotColumn.get(`${doc.path}#${planOf(doc, t.source.line, t.part) ?? ''}`) ?? '');
    if (!col) continue;
    if (!seenIds.has(t.indicator.id)) seenIds.set(t.indicator.id, { part: t.part, domain: t.domain });
    const key = `${col.key}\u0000${t.indicator.id}`;
    const prev = picks.get(key);
    if (!prev) picks.set(key, { st, doc, col, count: 1 });
    else {
      prev.count++;
      if (prev.st.target.section !== MAIN_SECTION && t.section === MAIN_SECTION) Object.assign(prev, { st, doc });
    }
  }

  const ids = new Set<string>(seenIds.keys());
  if (!refColumn) for (const e of input.catalogue) if (e.national) ids.add(e.id);

  const cellOf = (p: Pick | undefined): Omit<Cell, 'verdict'> | null => {
    if (!p) return null;
    const t = p.st.target;
    return {
      ...shownOfTarget(t, p.col.period?.[1] ?? null),
      targetId: t.id,
      status: p.st.storeStatus,
      reviewed: REVIEWED.has(p.st.storeStatus),
      others: p.count - 1,
      source: {
        doc: p.doc.path,
        file: p.doc.file,
        name: p.doc.name,
        line: t.source.line,
        column: t.source.column,
        start: t.source.start,
        end: t.source.end,
        quote: t.source.quote,
        section: t.section,
        indicatorText: t.indicator.text,
      },
    };
  };

  const rows: (Row & { rank: number[] })[] = [];
  for (const id of ids) {
    const entry = input.catalogue[catIndex.get(id) ?? -1];
    const seen = seenIds.get(id);
    let reference: Reference | null = null;
    if (refColumn) {
      const c = cellOf(picks.get(`${refColumn.key}\u0000${id}`));
      if (c) reference = { ...c, from: refColumn.label, source: c.source };
    } else if (entry?.national) {
      const n = entry.national;
      const s = { kind: 'numeric' as const, comparator: n.comparator, value: n.value, unit: n.unit, direction: null, year: n.year };
      reference = { ...s, normalized: input.normalize(id, n.value, n.unit), text: valueText(s, null), from: n.source, source: null };
    }
    const better = entry?.better ?? null;
    const cells = columns.map((col) => {
      const c = cellOf(picks.get(`${col.key}\u0000${id}`));
      return c ? { ...c, verdict: reference ? verdictOf(c, reference, better) : null } : null;
    });
    if (!reference && cells.every((c) => c === null)) continue;
    const domain = entry?.domain ?? seen?.domain ?? 'other';
    // an indicator of both plans takes the part its domain belongs to
    const part = entry?.part ?? domainPart.get(domain) ?? seen?.part ?? 'other';
    rows.push({
      id,
      name: entry?.name ?? id,
      part,
      domain,
      unit: entry?.unit ?? '',
      better,
      reference,
      cells,
      rank: [PART_RANK[part] ?? 2, domainRank.get(domain) ?? domainRank.size, catIndex.get(id) ?? input.catalogue.length],
    });
  }
  rows.sort((a, b) => a.rank[0]! - b.rank[0]! || a.rank[1]! - b.rank[1]! || byText(a.domain, b.domain) || a.rank[2]! - b.rank[2]! || byText(a.id, b.id));

  const refRows = rows.filter((r) => r.reference);
  const coverage: Coverage[] = columns.map((col, i) => {
    const cov: Coverage = { column: col.label, numeric: 0, qualitative: 0, missing: 0, stricter: 0, equal: 0, looser: 0 };
    for (const r of refRows) {
      const c = r.cells[i];
      if (!c) cov.missing++;
      else if (c.kind === 'qualitative') cov.qualitative++;
      else {
        cov.numeric++;
        if (c.verdict === 'stricter' || c.verdict === 'equal' || c.verdict === 'looser') cov[c.verdict]++;
      }
    }
    return cov;
  });

  return {
    reference: refColumn ? { kind: 'jurisdiction', label: refColumn.label } : { kind: 'national', label: 'national outline' },
    columns,
    rows: rows.map(({ rank: _rank, ...r }) => r),
    coverage,
    referenceCount: refRows.length,
  };
}
