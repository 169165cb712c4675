// The comparison table model: what every writer (md, csv, xlsx, html) and `diff` read.
import type { Change, Comparator, Kind, Normalized, Part, Place, StoreStatus, Target } from '../../model/schema.ts';

/** The part of a catalogue entry (rules/indicators.ts) the comparison needs. */
export interface CatalogueEntry {
  id: string;
  name: string;
  part: Part | null;
  domain: string | null;
  unit: string;
  better: 'lower' | 'higher' | null;
  national?: { comparator: Comparator; value: number; unit: string; year: number; source: string };
}

export type NormalizeFn = (id: string | null, value: number | null, unit: string | null) => Normalized | null;

/** A document as the store knows it, with its plans parsed. */
export interface StoredDoc {
  path: string;
  /** where the file is on disk (the store's corpus root + path); default: path */
  source?: string;
  file: string;
  name: string;
  jurisdiction: string | null;
  level: string | null;
  /** GB/T 2260 code, null when unknown or ambiguous */
  code: string | null;
  /** from the province down */
  parents: Place[];
  /** codes an ambiguous name could be */
  candidates: string[];
  /** a monitoring report (统计监测报告): its figures are actuals by year, not targets */
  monitoring: boolean;
  /** of the input file's bytes, to tell whether its text still matches the store */
  sha256: string | null;
  format: string | null;
  plans: { part: Part; title: string | null; period: [number, number] | null; lines: [number, number] }[];
}

/** The fields of a target compare reads (the store's reader fills no others). */
export type CompareTarget = Pick<
  Target,
  'id' | 'kind' | 'part' | 'domain' | 'section' | 'indicator' | 'comparator' | 'value' | 'upper' | 'unit' | 'direction' | 'change' | 'year' | 'normalized'
> & { source: Pick<Target['source'], 'line' | 'column' | 'start' | 'end' | 'quote'> };

export interface StoredTarget {
  doc: string;
  storeStatus: StoreStatus;
  target: CompareTarget;
  /** read from a scan with a value OCR was unsure of: listed, never compared, until a reviewer decides (rules/confidence.ts) */
  awaitsReview?: boolean;
}

/** One jurisdiction in one plan period: the women's and children's plans of it merge here. */
export interface Column {
  key: string;
  /** what headers show: the name, plus the period when the jurisdiction has plans for several */
  label: string;
  /** the place: its name, prefixed by its parent where two places share the name (北京市朝阳区) */
  jurisdiction: string;
  /** the name as the plan gives it */
  name: string;
  level: string | null;
  code: string | null;
  parents: Place[];
  /** codes an ambiguous name could be */
  candidates: string[];
  period: [number, number] | null;
  /** store paths of the documents that feed it */
  docs: string[];
  /** set when several files give plans of one part for this jurisdiction and period: this column's file (each has a column) */
  duplicateOf: string | null;
}

/** A value as people write it, and what it compares by. */
export interface Shown {
  kind: Exclude<Kind, 'baseline'>;
  comparator: Comparator | null;
  value: number | null;
  upper: number | null;
  unit: string | null;
  direction: Target['direction'];
  change: Change | null;
  /** the target's year, else its plan's end */
  year: number | null;
  normalized: Normalized | null;
  /** `≤12/10万 (2025)`, `↓15% vs 2020 (2025)`, `全覆盖 (2025)`, `↑ (2025)` */
  text: string;
}

export type Verdict = 'stricter' | 'equal' | 'looser' | 'incomparable';

/** Why two values get no verdict: different years, a change and a level, changes of different bases, … */
export type Incomparable = 'year' | 'change_vs_level' | 'base' | 'unit' | 'kind' | 'better' | 'value';

export interface SourceRef {
  doc: string;
  file: string;
  /** output stem of the document, for <out>/<name>.text.txt */
  name: string;
  line: number;
  column: number;
  start: number;
  end: number;
  quote: string;
  section: string;
  indicatorText: string;
}

export interface Cell extends Shown {
  targetId: string;
  status: StoreStatus;
  /** accepted, corrected or added by a reviewer */
  reviewed: boolean;
  source: SourceRef;
  /** other targets of the same indicator in the column, not shown */
  others: number;
  /** against the reference; null when there is no reference value */
  verdict: Verdict | null;
  /** why the verdict is incomparable */
  why: Incomparable | null;
  /** against the nearest parent jurisdiction's plan in the store, where there is one */
  parent: { column: string; text: string; verdict: Verdict; why: Incomparable | null; source: SourceRef } | null;
}

export interface Reference extends Shown {
  /** the outline's title, or the reference column's label */
  from: string;
  source: SourceRef | null;
  /** a reference column's value reviewed by a person */
  reviewed?: boolean;
}

export interface Row {
  id: string;
  name: string;
  part: Part | 'other';
  domain: string;
  unit: string;
  better: 'lower' | 'higher' | null;
  reference: Reference | null;
  /** cells[i] belongs to columns[i] */
  cells: (Cell | null)[];
}

export interface Coverage {
  column: string;
  /** reference indicators set with a number (numeric or full coverage) */
  numeric: number;
  /** set only with a direction */
  qualitative: number;
  missing: number;
  /** stricter / equal / looser than the reference, among the numeric ones */
  stricter: number;
  equal: number;
  looser: number;
}

export interface CompareTable {
  reference: { kind: 'national' | 'jurisdiction'; label: string };
  columns: Column[];
  rows: Row[];
  /** coverage[i] belongs to columns[i] */
  coverage: Coverage[];
  /** columns[i]'s nearest parent column (by division code), or -1 */
  parentColumn: number[];
  /** jurisdiction and period with plans of one part in several files: all are kept as columns */
  /** per file, its targets read from scans that wait for a reviewer and are not compared */
  awaiting: { file: string; count: number }[];
  duplicates: { label: string; files: string[] }[];
  /** how many reference indicators there are (rows with a reference value) */
  referenceCount: number;
}

export interface CompareOptions {
  /** only these jurisdictions (names or column labels), in this order */
  jurisdictions?: string[];
  /** a jurisdiction (name or column label) as the reference instead of the national outline */
  reference?: string;
  /** only plans whose period holds this year, and of them only targets for this year */
  year?: number;
  /** per indicator, show the targets of the latest year all columns have (diff) */
  matchYears?: boolean;
}
