// Down the hierarchy: per indicator, how often a plan's target is stricter, equal or looser than its
// parent jurisdiction's target for the same year (county vs city, city vs province).
import { csvText } from './csv-text.ts';
import type { TargetRecord } from './records.ts';

export interface HierarchyRow {
  indicatorId: string;
  indicator: string;
  /** `county → city` */
  step: string;
  pairs: number;
  stricter: number;
  equal: number;
  looser: number;
  incomparable: number;
}

const LEVEL_ORDER = ['province', 'city', 'county', 'district', 'other'];

/** Counts the records' verdicts against their parent's plan, one record at a time. */
export class HierarchyCounter {
  private readonly counts = new Map<string, HierarchyRow>();
  constructor(private readonly parentLevel: (label: string) => string | null) {}

  add(r: TargetRecord): void {
    if (!r.parent || !r.parent_verdict || !r.indicator_id) return;
    const child = String(r.level ?? 'other');
    const up = this.parentLevel(String(r.parent)) ?? 'other';
    const step = `${child} → ${up}`;
    const key = `${r.indicator_id}\u0000${step}`;
    let row = this.counts.get(key);
    if (!row) {
      row = { indicatorId: String(r.indicator_id), indicator: String(r.indicator ?? r.indicator_id), step, pairs: 0, stricter: 0, equal: 0, looser: 0, incomparable: 0 };
      this.counts.set(key, row);
    }
    row.pairs++;
    row[r.parent_verdict as 'stricter' | 'equal' | 'looser' | 'incomparable']++;
  }

  rows(): HierarchyRow[] {
    const rank = (s: string) => LEVEL_ORDER.indexOf(s.split(' → ')[0]!);
    return [...this.counts.values()].sort((a, b) => (a.indicatorId < b.indicatorId ? -1 : a.indicatorId > b.indicatorId ? 1 : 0) || rank(b.step) - rank(a.step) || (a.step < b.step ? -1 : 1));
  }
}

/** `tightens`, `loosens`, `mixed`, `keeps` or `—`: what a step does to an indicator's targets. */
export function trend(r: HierarchyRow): string {
  if (r.stricter + r.looser + r.equal === 0) return '—';
  if (r.stricter > 0 && r.looser === 0) return 'tightens';
  if (r.looser > 0 && r.stricter === 0) return 'loosens';
  if (r.looser === 0 && r.stricter === 0) return 'keeps';
  return 'mixed';
}

export function hierarchyCsv(rows: HierarchyRow[]): string {
  const recs: (string | number)[][] = [['indicator_id', 'indicator', 'step', 'pairs', 'stricter', 'equal', 'looser', 'not_comparable', 'trend']];
  for (const r of rows) recs.push([r.indicatorId, r.indicator, r.step, r.pairs, r.stricter, r.equal, r.looser, r.incomparable, trend(r)]);
  return csvText(recs);
}
