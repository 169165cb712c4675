// Progress of each target: from a baseline, an actual value and the target, a status with Open
// SDG's thresholds (the ratio of the actual to the required annual growth: 0.95 and 0.6). Actuals
// come from monitoring reports (统计监测报告) and from later plans' baselines; a target whose year
// has an actual is achieved or not (a plan's 2020 baseline against the previous plan's 2020 target).
import { csvLine } from './csv-text.ts';
import { placesOf, sourceOf } from './table.ts';
import { inTableOrder, placeTargets, type Placed } from './records.ts';
import type { TableInput } from './table.ts';
import type { CatalogueEntry, CompareTable, SourceRef, StoredDoc } from './types.ts';

export type ProgressStatus = 'achieved' | 'not achieved' | 'on track' | 'needs acceleration' | 'limited progress' | 'deterioration' | 'no data';

/** Open SDG: ratio of actual to required growth at or above ON_TRACK is on track, above ACCELERATE needs acceleration. */
export const ON_TRACK = 0.95;
export const ACCELERATE = 0.6;

export interface Observation {
  year: number;
  value: number;
  unit: string;
  /** a monitoring report, or a plan's baseline */
  from: 'monitoring' | 'baseline';
  source: SourceRef;
}

export interface Progress {
  column: string;
  jurisdiction: string;
  code: string | null;
  indicatorId: string;
  indicator: string;
  targetYear: number | null;
  /** the level the target asks for (a change resolved from its baseline) */
  required: number | null;
  unit: string | null;
  text: string;
  baseline: Observation | null;
  actual: Observation | null;
  ratio: number | null;
  status: ProgressStatus;
  source: SourceRef;
  /** the target's id in its document */
  targetId: string;
}

const placeKey = (code: string | null, name: string) => code ?? `name:${name}`;

function sourceRef(p: { doc: StoredDoc; st: Placed['st'] }): SourceRef {
  const t = p.st.target;
  return {
    doc: p.doc.path, file: p.doc.file, name: p.doc.name, line: t.source.line, column: t.source.column, start: t.source.start,
    end: t.source.end, quote: t.source.quote, section: t.section, indicatorText: t.indicator.text,
  };
}

/**
 * Figures of past years per place and indicator, added as they come: a plan's baseline (baseline()),
 * a monitoring report's dated figure (monitoring()); settle() keeps one figure a year for every key
 * added to since it last ran (call it once a key has all its figures: a caller streaming the store
 * by indicator settles after each indicator).
 */
export class ObservationBook {
  readonly byKey = new Map<string, Observation[]>();
  private readonly open = new Set<string>();
  /** each monitoring report's place, by path */
  private readonly places: Map<string, { place: string }>;

  /** `docs`: the documents of the comparison (the monitoring reports among them are placed here) */
  constructor(docs: StoredDoc[]) {
    this.places = placesOf(docs.filter((d) => d.monitoring));
  }

  private add(key: string, o: Observation): void {
    const l = this.byKey.get(key);
    if (l) l.push(o);
    else this.byKey.set(key, [o]);
    this.open.add(key);
  }

  /** A placed target, if it is a baseline with a dated value of an indicator. */
  baseline(p: Placed): void {
    const t = p.st.target;
    if (t.kind !== 'baseline' || !t.indicator.id || t.value === null || !t.unit || t.year === null || t.change) return;
    this.add(`${placeKey(p.col.code, p.col.jurisdiction)}\u0000${t.indicator.id}`, { year: t.year, value: t.value, unit: t.unit, from: 'baseline', source: sourceOf(p) });
  }

  /** A target of monitoring report `doc`, if it is a dated figure of an indicator. */
  monitoring(doc: StoredDoc, st: Placed['st']): void {
    const place = this.places.get(doc.path)!.place;
    const t = st.target;
    if (st.storeStatus === 'rejected' || !t.indicator.id || t.value === null || !t.unit || t.year === null || t.change || t.upper !== null) return;
    if (t.kind === 'qualitative' || t.kind === 'full_coverage') return;
    this.add(`${placeKey(doc.code, place)}\u0000${t.indicator.id}`, { year: t.year, value: t.value, unit: t.unit, from: 'monitoring', source: sourceRef({ doc, st }) });
  }

  /** One figure a year: a monitoring report's over a plan's baseline, then the first. */
  settle(): void {
    for (const k of this.open) {
      const byYear = new Map<number, Observation>();
      for (const o of this.byKey.get(k)!) {
        const prev = byYear.get(o.year);
        if (!prev || (prev.from === 'baseline' && o.from === 'monitoring')) byYear.set(o.year, o);
      }
      this.byKey.set(k, [...byYear.values()].sort((a, b) => a.year - b.year));
    }
    this.open.clear();
  }
}

/** Figures of past years per place and indicator: baselines of plans, every dated figure of monitoring reports. */
export function observations(input: TableInput, placed: Placed[]): Map<string, Observation[]> {
  const book = new ObservationBook(input.docs);
  for (const p of placed) book.baseline(p);
  const monitors = new Map(input.docs.filter((d) => d.monitoring).map((d) => [d.path, d]));
  for (const st of input.targets) {
    const doc = monitors.get(st.doc);
    if (doc) book.monitoring(doc, st);
  }
  book.settle();
  return book.byKey;
}

/** Annual growth between two values: compound where both are positive, else linear. */
function growth(from: number, to: number, years: number): number {
  return from > 0 && to > 0 ? Math.pow(to / from, 1 / years) - 1 : (to - from) / years;
}

function meets(actual: number, required: number, better: 'lower' | 'higher'): boolean {
  const a = Number(actual.toPrecision(12));
  const r = Number(required.toPrecision(12));
  return better === 'lower' ? a <= r : a >= r;
}

/** The level a target asks for, in the unit of the observations, or null. */
function requiredLevel(p: Placed, base: Observation | null, unit: string): number | null {
  const t = p.st.target;
  if (t.value === null || !t.unit) return null;
  if (!t.change) return t.unit === unit ? t.value : null;
  if (!base || !t.direction || t.direction === 'keep' || t.year === null) return null;
  const sign = t.direction === 'down' ? -1 : 1;
  const years = t.change.per_year ? (t.year ?? 0) - base.year : 1;
  if (t.unit === unit || t.unit === '个百分点') return base.value + sign * t.value * years;
  if (t.unit === '%') return base.value * Math.pow(1 + (sign * t.value) / 100, years);
  return null;
}

/** The last observation that passes, or null. */
function lastOf(list: Observation[], pass: (o: Observation) => boolean): Observation | null {
  for (let i = list.length - 1; i >= 0; i--) if (pass(list[i]!)) return list[i]!;
  return null;
}

/** Whether a target of a shown column gets a progress row: a numeric target of a known indicator. */
export function hasProgress(p: Placed): boolean {
  return p.st.target.kind === 'numeric' && !!p.st.target.indicator.id;
}

/**
 * The progress of one target at a time (one that hasProgress), from the figures of all `placed`
 * targets: writeComparison makes each row as its record comes, never holding them all.
 */
export function progressMaker(input: TableInput, placed: Placed[]): (p: Placed) => Progress {
  return progressFrom(input.catalogue, observations(input, placed));
}

/** progressMaker, from the figures (observations()) already gathered. */
export function progressFrom(catalogue: CatalogueEntry[], obs: Map<string, Observation[]>): (p: Placed) => Progress {
  const cat = new Map<string, CatalogueEntry>(catalogue.map((e) => [e.id, e]));
  return (p) => {
    const t = p.st.target;
    const id = t.indicator.id!;
    const entry = cat.get(id);
    const better = entry?.better ?? null;
    const yt = p.shown.year;
    const list = obs.get(`${placeKey(p.col.code, p.col.jurisdiction)}\u0000${id}`) ?? [];
    const start = p.col.period?.[0] ?? null;
    // the baseline: the change's base year, else the last figure before the plan began
    const baseline = t.change?.base_year
      ? (list.find((o) => o.year === t.change!.base_year) ?? null)
      : lastOf(list, (o) => start !== null && o.year < start);
    const actual = lastOf(list, (o) => yt !== null && o.year <= yt && (!baseline || o.year > baseline.year));
    const unit = actual?.unit ?? baseline?.unit ?? t.unit;
    const required = unit ? requiredLevel(p, baseline, unit) : null;
    let status: ProgressStatus = 'no data';
    let ratio: number | null = null;
    if (better && required !== null && actual && actual.unit === unit && yt !== null) {
      if (meets(actual.value, required, better)) status = 'achieved';
      else if (actual.year >= yt) status = 'not achieved';
      else if (baseline && baseline.unit === unit && actual.year > baseline.year && yt > baseline.year) {
        const need = growth(baseline.value, required, yt - baseline.year);
        const got = growth(baseline.value, actual.value, actual.year - baseline.year);
        ratio = need === 0 ? null : Number((got / need).toPrecision(6));
        status = ratio === null ? 'no data' : ratio >= ON_TRACK ? 'on track' : ratio >= ACCELERATE ? 'needs acceleration' : ratio >= 0 ? 'limited progress' : 'deterioration';
      }
    }
    return {
      column: p.col.label,
      jurisdiction: p.col.jurisdiction,
      code: p.col.code,
      indicatorId: id,
      indicator: entry?.name ?? id,
      targetYear: yt,
      required: required === null ? null : Number(required.toPrecision(12)),
      unit,
      text: p.shown.text,
      baseline,
      actual,
      ratio,
      status,
      source: sourceOf(p),
      targetId: p.st.target.id,
    };
  };
}

/** Every progress row, in table order (small stores and tests; writeComparison makes them one at a time). */
export function buildProgress(input: TableInput, table: CompareTable, placedTargets = placeTargets(input)): Progress[] {
  const placed = placedTargets.placed;
  const make = progressMaker(input, placed);
  const shown = new Set(table.columns.map((c) => c.key));
  const colRank = new Map(table.columns.map((c, i) => [c.key, i]));
  const kept = placed.filter((p) => shown.has(p.col.key) && hasProgress(p));
  // by the column's place in the table, then file, then place in the file (ranks looked up once, not per comparison)
  const rank = kept.map((p) => colRank.get(p.col.key)!);
  return inTableOrder(kept, rank).map(make);
}

export const PROGRESS_FIELDS = [
  'jurisdiction', 'jurisdiction_code', 'column', 'indicator_id', 'indicator', 'target', 'target_year', 'required_value', 'unit',
  'baseline_year', 'baseline_value', 'baseline_file', 'baseline_line', 'actual_year', 'actual_value', 'actual_from', 'actual_file',
  'actual_line', 'ratio', 'status', 'file', 'line', 'quote',
] as const;

/** progress.csv starts with a BOM and this header line. */
export const PROGRESS_CSV_HEAD = '\ufeff' + csvLine(PROGRESS_FIELDS);

/** A progress row's line of progress.csv. */
export function progressLine(r: Progress): string {
  return csvLine([
    r.jurisdiction, r.code, r.column, r.indicatorId, r.indicator, r.text, r.targetYear, r.required, r.unit,
    r.baseline?.year ?? null, r.baseline?.value ?? null, r.baseline?.source.file ?? null, r.baseline?.source.line ?? null,
    r.actual?.year ?? null, r.actual?.value ?? null, r.actual?.from ?? null, r.actual?.source.file ?? null, r.actual?.source.line ?? null,
    r.ratio, r.status, r.source.file, r.source.line, r.source.quote,
  ]);
}

export function progressCsv(rows: Progress[]): string {
  const lines: string[] = [PROGRESS_CSV_HEAD];
  for (const r of rows) lines.push(progressLine(r));
  return lines.join('');
}
