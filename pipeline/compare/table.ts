// Store rows → the comparison table: columns per jurisdiction and period, a row per indicator.
import { InputError } from '../errors.ts';
import type { Part } from '../../model/schema.ts';
import { valueText, verdictGiven, whyIncomparable } from './values.ts';
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
  SourceRef,
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
 * Each document's place. Documents with a division code are one place per code. Others of one
 * name are one place unless their parents disagree (a document without parents joins the first
 * place of its name, a coded one where the names fit); places that share a name are told apart
 * by their nearest parent.
 */
export function placesOf(docs: StoredDoc[]): Map<string, { place: string; name: string }> {
  const byName = new Map<string, StoredDoc[]>();
  for (const d of docs) {
    const name = d.jurisdiction ?? d.file;
    byName.set(name, [...(byName.get(name) ?? []), d]);
  }
  const out = new Map<string, { place: string; name: string }>();
  const names = (d: StoredDoc) => d.parents.map((p) => p.name);
  for (const [name, group] of byName) {
    const compatible = (a: string[], b: string[]) => a.every((x) => b.includes(x)) || b.every((x) => a.includes(x));
    // coded places first, then the fullest parent lists, so a partial list joins the place it is part of
    const places: { code: string | null; parents: string[] }[] = [];
    for (const d of [...group].sort((a, b) => byText(a.code ?? '~', b.code ?? '~'))) {
      if (d.code && !places.some((p) => p.code === d.code)) places.push({ code: d.code, parents: names(d) });
    }
    const lists = [...new Set(group.filter((d) => !d.code).map((d) => JSON.stringify(names(d))))]
      .map((s) => JSON.parse(s) as string[])
      .sort((a, b) => b.length - a.length || byText(a.join('/'), b.join('/')));
    for (const l of lists) if (l.length > 0 && !places.some((p) => compatible(p.parents, l))) places.push({ code: null, parents: l });
    for (const d of group) {
      const p = d.code ? places.find((x) => x.code === d.code) : places.find((x) => compatible(x.parents, names(d)));
      const nearest = p?.parents[p.parents.length - 1];
      const place = places.length > 1 && nearest ? `${nearest}${name}` : name;
      out.set(d.path, { place, name });
    }
  }
  return out;
}

/**
 * Columns: one per jurisdiction and period; a plan of unknown period joins its jurisdiction's only
 * period. The women's and children's plans of a place merge; a second file with a plan of the same
 * part (a draft and the final, or two plans) gets a column of its own, named by its file.
 * Monitoring reports give no column.
 */
export function buildColumns(docs: StoredDoc[]): { columns: Column[]; slotColumn: Map<string, string>; duplicates: { label: string; files: string[] }[] } {
  const slots: PlanSlot[] = [];
  const planDocs = docs.filter((d) => !d.monitoring);
  const places = placesOf(planDocs);
  for (const doc of planDocs) {
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
  const periodOf = (s: PlanSlot): [number, number] | null => {
    const known = periods.get(s.jurisdiction);
    return s.period ?? (known && known.size === 1 ? [...known.values()][0]! : null);
  };
  // files that give plans of one part for one place and period: each keeps a column of its own
  const filesOfPart = new Map<string, Set<string>>();
  for (const s of slots) {
    const k = `${s.jurisdiction}|${periodKey(periodOf(s))}|${s.plan === null ? 'none' : s.doc.plans[s.plan]!.part}`;
    filesOfPart.set(k, (filesOfPart.get(k) ?? new Set()).add(s.doc.path));
  }
  const split = new Map<string, string>();
  const dupFiles = new Map<string, Set<string>>();
  const fileOf = new Map(docs.map((d) => [d.path, d.file]));
  for (const [k, paths] of filesOfPart) {
    if (paths.size < 2) continue;
    const base = k.slice(0, k.lastIndexOf('|'));
    for (const p of paths) {
      split.set(p, base);
      dupFiles.set(base, (dupFiles.get(base) ?? new Set()).add(fileOf.get(p)!));
    }
  }
  const byKey = new Map<string, Column>();
  const slotColumn = new Map<string, string>();
  for (const s of slots) {
    const period = periodOf(s);
    const base = `${s.jurisdiction}|${periodKey(period)}`;
    const duplicate = split.get(s.doc.path) === base;
    const key = duplicate ? `${base}|${s.doc.path}` : base;
    let col = byKey.get(key);
    if (!col) {
      col = {
        key, label: s.jurisdiction, jurisdiction: s.jurisdiction, name: places.get(s.doc.path)!.name, level: s.doc.level,
        code: s.doc.code, parents: s.doc.parents, candidates: s.doc.candidates, period, docs: [], duplicateOf: duplicate ? s.doc.file : null,
      };
      byKey.set(key, col);
    }
    if (!col.docs.includes(s.doc.path)) col.docs.push(s.doc.path);
    if (col.level === null) col.level = s.doc.level;
    if (col.code === null && s.doc.code) Object.assign(col, { code: s.doc.code, parents: s.doc.parents });
    slotColumn.set(`${s.doc.path}#${s.plan ?? ''}`, key);
  }
  const columns = [...byKey.values()];
  for (const c of columns) {
    c.docs.sort(byText);
    c.label = `${c.jurisdiction} ${periodText(c.period)}${c.duplicateOf ? ` · ${c.duplicateOf}` : ''}`;
  }
  columns.sort(
    (a, b) =>
      (LEVEL_RANK[a.level ?? 'other'] ?? 4) - (LEVEL_RANK[b.level ?? 'other'] ?? 4) ||
      byText(a.jurisdiction, b.jurisdiction) ||
      (a.period?.[0] ?? 9999) - (b.period?.[0] ?? 9999) ||
      (a.period?.[1] ?? 9999) - (b.period?.[1] ?? 9999) ||
      byText(a.duplicateOf ?? '', b.duplicateOf ?? ''),
  );
  const duplicates = [...dupFiles].map(([base, files]) => ({
    label: `${base.split('|')[0]} ${base.split('|')[1]!.replace('-', '—')}`,
    files: [...files].sort(byText),
  }));
  return { columns, slotColumn, duplicates };
}

/**
 * The nearest parent of each column among the others: by division code (city, then province),
 * else by parent name; of a period that holds the column's period end, the closest end first.
 */
export function parentColumns(columns: Column[]): number[] {
  // columns by code and by name: a 2,000-plan store must not scan every column for each
  const byCode = new Map<string, number[]>();
  const byName = new Map<string, number[]>();
  columns.forEach((x, i) => {
    if (x.code) byCode.set(x.code, [...(byCode.get(x.code) ?? []), i]);
    byName.set(x.name, [...(byName.get(x.name) ?? []), i]);
  });
  return columns.map((c) => {
    const end = c.period?.[1] ?? 0;
    for (const up of [...c.parents].reverse()) {
      const found = ((up.code ? byCode.get(up.code) : byName.get(up.name)) ?? [])
        .filter((i) => {
          const x = columns[i]!;
          return x !== c && (!c.period || !x.period || (x.period[0] <= c.period[1] && c.period[1] <= x.period[1]));
        })
        .sort(
          (a, b) =>
            Math.abs((columns[a]!.period?.[1] ?? 0) - end) - Math.abs((columns[b]!.period?.[1] ?? 0) - end) ||
            Number(!!columns[a]!.duplicateOf) - Number(!!columns[b]!.duplicateOf) ||
            a - b,
        );
      if (found.length) return found[0]!;
    }
    return -1;
  });
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

export function shownOfTarget(t: StoredTarget['target'], endYear: number | null): Shown {
  const s: Shown = {
    kind: t.kind === 'baseline' ? 'numeric' : t.kind, comparator: t.comparator, value: t.value, upper: t.upper ?? null, unit: t.unit,
    direction: t.direction, change: t.change ?? null, year: t.year ?? endYear, normalized: t.normalized, text: '',
  };
  s.text = valueText(s);
  return s;
}

export interface TableInput {
  docs: StoredDoc[];
  targets: StoredTarget[];
  catalogue: CatalogueEntry[];
  normalize: NormalizeFn;
}

/** A target placed in its column, with its value as the table shows it. */
export interface Placed {
  st: StoredTarget;
  doc: StoredDoc;
  col: Column;
  plan: number | null;
  shown: Shown;
  /** its source, made once (sourceOf) and shared by the cells and progress rows that cite it */
  source: SourceRef | null;
}

/** Where a placed target is: made once per target, however many cells and rows cite it. */
export function sourceOf(p: Placed): SourceRef {
  if (p.source) return p.source;
  const t = p.st.target;
  return (p.source = {
    doc: p.doc.path, file: p.doc.file, name: p.doc.name, line: t.source.line, column: t.source.column,
    start: t.source.start, end: t.source.end, quote: t.source.quote, section: t.section, indicatorText: t.indicator.text,
  });
}

/** Targets (not baselines) with an indicator, by column and indicator, in store order. */
export type PlacedIndex = Map<Column, Map<string, Placed[]>>;

export interface PlacedTargets {
  columns: Column[];
  duplicates: { label: string; files: string[] }[];
  placed: Placed[];
  /** targets read from scans that wait for a reviewer (StoredTarget.awaitsReview): listed, never compared */
  awaiting: Placed[];
  parentOf: Map<string, Column | null>;
  /** targetsByColumn's answer, made once for the table and the records */
  byColumn?: PlacedIndex;
}

/** The placed targets (not baselines) with an indicator, by column and indicator: made once, kept on `placed`. */
export function targetsByColumn(placed: PlacedTargets): PlacedIndex {
  if (placed.byColumn) return placed.byColumn;
  const index: PlacedIndex = new Map();
  for (const p of placed.placed) {
    const t = p.st.target;
    const id = t.indicator.id;
    if (t.kind === 'baseline' || !id) continue;
    let byId = index.get(p.col);
    if (!byId) index.set(p.col, (byId = new Map()));
    const l = byId.get(id);
    if (l) l.push(p);
    else byId.set(id, [p]);
  }
  return (placed.byColumn = index);
}

/** A target's place: its plan and column, or null (monitoring reports, documents without a column). */
export type Placer = (doc: StoredDoc, line: number, part: Part) => { plan: number | null; col: Column } | null;

/** The documents' columns, each column's parent, and where a document's target goes. */
export function placer(docs: StoredDoc[]): { columns: Column[]; duplicates: CompareTable['duplicates']; parentOf: Map<string, Column | null>; place: Placer } {
  const { columns, slotColumn, duplicates } = buildColumns(docs);
  const byKey = new Map(columns.map((c) => [c.key, c]));
  // each document's plans' columns, looked up once
  const cache = new Map<StoredDoc, { plans: (Column | undefined)[]; none: Column | undefined }>();
  const place: Placer = (doc, line, part) => {
    if (doc.monitoring) return null;
    let c = cache.get(doc);
    if (!c) {
      c = { plans: doc.plans.map((_, i) => byKey.get(slotColumn.get(`${doc.path}#${i}`) ?? '')), none: byKey.get(slotColumn.get(`${doc.path}#`) ?? '') };
      cache.set(doc, c);
    }
    const plan = planOf(doc, line, part);
    const col = plan === null ? c.none : c.plans[plan];
    return col ? { plan, col } : null;
  };
  const ups = parentColumns(columns);
  const parentOf = new Map(columns.map((c, i) => [c.key, ups[i]! >= 0 ? columns[ups[i]!]! : null]));
  return { columns, duplicates, parentOf, place };
}

/** Every live target of the store in its column (monitoring reports and rejected targets left out). */
export function placeTargets(input: TableInput): PlacedTargets {
  const { columns, duplicates, parentOf, place } = placer(input.docs);
  const docs = new Map(input.docs.map((d) => [d.path, d]));
  const placed: Placed[] = [];
  const awaiting: Placed[] = [];
  // one string per distinct value text (`≥95% (2025)` recurs across plans): cells and records share it
  const texts = new Map<string, string>();
  for (const st of input.targets) {
    if (st.storeStatus === 'rejected') continue;
    const doc = docs.get(st.doc);
    if (!doc) continue;
    const at = place(doc, st.target.source.line, st.target.part);
    if (!at) continue;
    const { col, plan } = at;
    const shown = shownOfTarget(st.target, col.period?.[1] ?? null);
    const text = texts.get(shown.text);
    if (text === undefined) texts.set(shown.text, shown.text);
    else shown.text = text;
    (st.awaitsReview ? awaiting : placed).push({ st, doc, col, plan, shown, source: null });
  }
  return { columns, duplicates, placed, awaiting, parentOf };
}

/** How many targets of each file wait for a reviewer, by file. */
export function awaitingByFile(list: Iterable<{ file: string; count?: number }>): { file: string; count: number }[] {
  const n = new Map<string, number>();
  for (const p of list) n.set(p.file, (n.get(p.file) ?? 0) + (p.count ?? 1));
  return [...n].map(([file, count]) => ({ file, count })).sort((a, b) => byText(a.file, b.file));
}

const inPeriod = (year: number | undefined, p: [number, number] | null) => year === undefined || (p !== null && p[0] <= year && year <= p[1]);

/** The first target of an indicator seen in the pool: a row not in the catalogue takes its part and domain. */
export type FirstSeen = { part: Part; domain: string };

/**
 * The comparison table made one indicator at a time: the columns, reference and parents are set
 * from the store's columns alone; each row needs only its indicator's targets (row()), so a caller
 * streaming the store by indicator holds one indicator's targets at a time.
 */
export class TableBuilder {
  /** the columns shown */
  readonly columns: Column[];
  readonly refColumn: Column | null;
  /** the columns whose targets rows read (shown, reference, parents): of opts.year only, when given */
  readonly pool: Set<Column>;
  readonly year: number | undefined;
  private readonly parentOf: Map<Column, Column | null>;
  private readonly colParents: (Column | null)[];
  private readonly catIndex: Map<string, number>;
  private readonly domainRank = new Map<string, number>();
  private readonly domainPart = new Map<string, Part>();
  private readonly rows: (Row & { rank: number[] })[] = [];
  /** indicators given their row */
  private readonly done = new Set<string>();

  constructor(
    private readonly catalogue: CatalogueEntry[],
    private readonly normalize: NormalizeFn,
    placed: Pick<PlacedTargets, 'columns' | 'duplicates'>,
    private readonly opts: CompareOptions = {},
  ) {
    const all = placed.columns;
    const year = (this.year = opts.year);
    const inYear = (c: Column) => inPeriod(year, c.period);
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
    this.columns = columns;
    this.refColumn = refColumn;
    // parents are looked for among every plan in the store, shown or not
    const parentPool = all.filter(inYear);
    this.pool = new Set([...parentPool, ...(refColumn ? [refColumn] : [])]);
    this.catIndex = new Map(catalogue.map((e, i) => [e.id, i]));
    // domains in catalogue order, as their own part's entries list them (shared entries last)
    for (const e of [...catalogue.filter((x) => x.part), ...catalogue.filter((x) => !x.part)]) {
      if (e.domain && !this.domainRank.has(e.domain)) this.domainRank.set(e.domain, this.domainRank.size);
      if (e.domain && e.part && !this.domainPart.has(e.domain)) this.domainPart.set(e.domain, e.part);
    }
    const parentIdx = parentColumns(parentPool);
    this.parentOf = new Map(parentPool.map((c, i) => [c, parentIdx[i]! >= 0 ? parentPool[parentIdx[i]!]! : null]));
    this.colParents = columns.map((c) => this.parentOf.get(c) ?? null);
    this.duplicates = placed.duplicates;
  }
  private readonly duplicates: PlacedTargets['duplicates'];

  /** The target shown: of the wanted year if any, then a main target, then one for the plan's end, then the first. */
  private choose(col: Column, list: Placed[], wantYear: number | null): Placed {
    const end = col.period?.[1] ?? null;
    let best = list[0]!;
    let top = -1;
    for (const p of list) {
      const score = (wantYear !== null && p.shown.year === wantYear ? 4 : 0) + (p.st.target.section === MAIN_SECTION ? 2 : 0) + (p.shown.year === end ? 1 : 0);
      if (score > top) {
        best = p;
        top = score;
      }
    }
    return best;
  }

  /**
   * The row of indicator `id`: `picksOf(col)` gives its targets (not baselines) in a pool column, in
   * store order (of opts.year only, when given); `seen` the first of them in store order. Once per indicator.
   */
  row(id: string, picksOf: (col: Column) => Placed[] | undefined, seen: FirstSeen | undefined): void {
    this.done.add(id);
    const { catalogue, columns, refColumn, year, opts } = this;
    const entry = catalogue[this.catIndex.get(id) ?? -1];
    let reference: Reference | null = null;
    const refPicks = refColumn ? picksOf(refColumn) : undefined;
    if (refColumn) {
      if (refPicks) {
        const p = this.choose(refColumn, refPicks, year ?? null);
        const c = { ...p.shown, targetId: p.st.target.id, status: p.st.storeStatus, reviewed: REVIEWED.has(p.st.storeStatus), others: refPicks.length - 1, source: sourceOf(p) };
        reference = { ...c, from: refColumn.label, source: c.source };
      }
    } else if (entry?.national) {
      const n = entry.national;
      const s = { kind: 'numeric' as const, comparator: n.comparator, value: n.value, upper: null, unit: n.unit, direction: null, change: null, year: n.year };
      reference = { ...s, normalized: this.normalize(id, n.value, n.unit), text: valueText(s), from: n.source, source: null };
    }
    if (reference && year !== undefined && reference.year !== year) reference = null;
    const better = entry?.better ?? null;
    // diff: the latest year both columns have a target for, so the two compare where they can
    let want = reference?.year ?? null;
    if (opts.matchYears) {
      const years = columns.map((col) => new Set((picksOf(col) ?? []).map((p) => p.shown.year)));
      const common = [...(years[0] ?? [])].filter((y): y is number => y !== null && years.every((s) => s.has(y)));
      if (common.length) want = Math.max(...common);
    }
    const cells = columns.map((col, i): Cell | null => {
      const list = picksOf(col);
      if (!list) return null;
      const p = this.choose(col, list, want);
      const s = p.shown;
      let parent: Cell['parent'] = null;
      const up = this.colParents[i];
      const upList = up ? picksOf(up) : undefined;
      if (up && upList) {
        const q = this.choose(up, upList, s.year);
        const why = whyIncomparable(s, q.shown, better);
        parent = { column: up.label, text: q.shown.text, verdict: verdictGiven(s, q.shown, better, why), why, source: sourceOf(q) };
      }
      const why = reference ? whyIncomparable(s, reference, better) : null;
      // every field named: a spread here costs a slow copy per cell (400,000 in a 2,000-plan table)
      return {
        kind: s.kind, comparator: s.comparator, value: s.value, upper: s.upper, unit: s.unit, direction: s.direction, change: s.change,
        year: s.year, normalized: s.normalized, text: s.text,
        targetId: p.st.target.id,
        status: p.st.storeStatus,
        reviewed: REVIEWED.has(p.st.storeStatus),
        others: list.length - 1,
        source: sourceOf(p),
        verdict: reference ? verdictGiven(s, reference, better, why) : null,
        why,
        parent,
      };
    });
    if (!reference && cells.every((c) => c === null)) return;
    const domain = entry?.domain ?? seen?.domain ?? 'other';
    // an indicator of both plans takes the part its domain belongs to
    const part = entry?.part ?? this.domainPart.get(domain) ?? seen?.part ?? 'other';
    this.rows.push({
      id,
      name: entry?.name ?? id,
      part,
      domain,
      unit: entry?.unit ?? '',
      better,
      reference,
      cells,
      rank: [PART_RANK[part] ?? 2, this.domainRank.get(domain) ?? this.domainRank.size, this.catIndex.get(id) ?? catalogue.length],
    });
  }

  /** The table: the national indicators no target named get their rows; `awaiting` per file (see CompareTable). */
  finish(awaiting: { file: string; count: number }[]): CompareTable {
    const { columns, refColumn } = this;
    if (!refColumn) for (const e of this.catalogue) if (e.national && !this.done.has(e.id)) this.row(e.id, () => undefined, undefined);
    const rows = this.rows;
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
      parentColumn: columns.map((c) => {
        const up = this.parentOf.get(c);
        return up ? columns.indexOf(up) : -1;
      }),
      awaiting,
      // those of the plans shown
      duplicates: this.duplicates.filter((d) => columns.some((c) => c.duplicateOf && `${c.jurisdiction} ${periodText(c.period)}` === d.label)),
    };
  }
}

/** `placedTargets`: placeTargets(input), when the caller has it already. */
export function buildTable(input: TableInput, opts: CompareOptions = {}, placedTargets = placeTargets(input)): CompareTable {
  const b = new TableBuilder(input.catalogue, input.normalize, placedTargets, opts);
  const { year, pool } = b;
  // every target per column and indicator; the one shown is chosen per row. Without --year
  // every column is in the pool: the index the records use serves as it is
  const seenIds = new Map<string, FirstSeen>();
  const picks: PlacedIndex = year === undefined ? targetsByColumn(placedTargets) : new Map();
  for (const p of placedTargets.placed) {
    const t = p.st.target;
    if (t.kind === 'baseline' || !t.indicator.id || !pool.has(p.col)) continue;
    // --year: only targets for that year (the target's year, else its plan's end, as shown)
    if (year !== undefined && p.shown.year !== year) continue;
    if (!seenIds.has(t.indicator.id)) seenIds.set(t.indicator.id, { part: t.part, domain: t.domain });
    if (year === undefined) continue;
    let byId = picks.get(p.col);
    if (!byId) picks.set(p.col, (byId = new Map()));
    const list = byId.get(t.indicator.id);
    if (list) list.push(p);
    else byId.set(t.indicator.id, [p]);
  }
  for (const [id, seen] of seenIds) b.row(id, (col) => picks.get(col)?.get(id), seen);
  const columns = new Set(b.columns);
  return b.finish(awaitingByFile(placedTargets.awaiting.filter((p) => columns.has(p.col) && (year === undefined || p.shown.year === year)).map((p) => ({ file: p.doc.file }))));
}
