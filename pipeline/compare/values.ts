// A target's value as people write it, and how two values compare by an indicator's better direction:
// only targets of one year, levels with levels, changes with changes of the same base.
import type { Comparator, Direction } from '../../model/schema.ts';
import type { Incomparable, Shown, Verdict } from './types.ts';

export type { Incomparable } from './types.ts';

const COMPARATOR_SIGN: Record<Comparator, string> = { '>=': '≥', '<=': '≤', '~': '≈', '=': '=' };
const DIRECTION_SIGN: Record<Direction, string> = { up: '↑', down: '↓', keep: '→' };
/** Display words of the table (data, so Chinese). */
export const FULL_COVERAGE_TEXT = '全覆盖';

/** `1/10万` reads `/10万` after a number; other units as written. */
export function unitText(unit: string | null): string {
  if (!unit) return '';
  return unit.startsWith('1/') ? unit.slice(1) : unit;
}

const numberTexts = new Map<number, string>();

/** Shortest decimal that round-trips, without float noise such as 0.30000000000000004. */
export function numberText(v: number): string {
  // a store's values repeat (95, 100, 12…): each written once, a few thousand kept
  let s = numberTexts.get(v);
  if (s === undefined) {
    s = String(Number(v.toPrecision(12)));
    if (numberTexts.size >= 4096) numberTexts.clear();
    numberTexts.set(v, s);
  }
  return s;
}

type ValueFields = Pick<Shown, 'kind' | 'comparator' | 'value' | 'upper' | 'unit' | 'direction' | 'change' | 'year'>;

/** The value alone: `≤12/10万`, `85%—90%`, `↓15% vs 2020`, `↑0.5个百分点/年`, `全覆盖`, `↑`. */
export function bareValueText(s: Omit<ValueFields, 'year'>): string {
  if (s.kind === 'full_coverage') return FULL_COVERAGE_TEXT;
  if (s.kind === 'qualitative') return s.direction ? DIRECTION_SIGN[s.direction] : '?';
  const amount = s.value === null ? '?' : numberText(s.value);
  const range = s.upper !== null && s.upper !== undefined ? `${amount}—${numberText(s.upper)}` : amount;
  if (s.change) {
    const sign = s.direction ? DIRECTION_SIGN[s.direction] : '±';
    const bound = s.comparator && s.comparator !== '=' ? COMPARATOR_SIGN[s.comparator] : '';
    const tail = s.change.per_year ? '/年' : s.change.base_year !== null ? ` vs ${s.change.base_year}` : '';
    return `${sign}${bound}${range}${unitText(s.unit)}${tail}`;
  }
  return `${s.comparator && s.upper == null ? COMPARATOR_SIGN[s.comparator] : ''}${range}${unitText(s.unit)}`;
}

/** The value with its year, always: `≤12/10万 (2025)`; `(?)` where neither target nor plan gives one. */
export function valueText(s: ValueFields): string {
  return `${bareValueText(s)} (${s.year ?? '?'})`;
}


/** Why two values get no verdict, in a few words. */
export const INCOMPARABLE_TEXT: Record<Incomparable, string> = {
  year: 'different years',
  change_vs_level: 'a change and a level',
  base: 'changes from different bases',
  unit: 'different units',
  kind: 'a direction and a number',
  better: 'no better direction known',
  value: 'no value',
};

/**
 * The number a value commits to, by the better direction: the floor of a range when higher is
 * better, its ceiling when lower is; a change's amount signed by its direction.
 */
function bound(s: Shown, better: 'lower' | 'higher'): { value: number; unit: string } | null {
  if (s.change) {
    if (s.value === null || s.unit === null || !s.direction || s.direction === 'keep') return null;
    const end = better === 'lower' && s.upper !== null ? s.upper : s.value;
    return { value: s.direction === 'down' ? -end : end, unit: s.unit };
  }
  const n = s.normalized;
  if (!n) return null;
  if (s.upper !== null && s.value !== null && s.value !== 0 && better === 'lower') {
    return { value: n.value * (s.upper / s.value), unit: n.unit };
  }
  return n;
}

/** Why `a` and `b` cannot be compared, or null when they can. */
export function whyIncomparable(a: Shown, b: Shown, better: 'lower' | 'higher' | null): Incomparable | null {
  if (a.year === null || b.year === null || a.year !== b.year) return 'year';
  if (a.kind === 'qualitative' || b.kind === 'qualitative') {
    return a.kind === 'qualitative' && b.kind === 'qualitative' && a.direction === b.direction ? null : 'kind';
  }
  if (!a.change !== !b.change) return 'change_vs_level';
  if (a.change && b.change && (a.change.base_year !== b.change.base_year || a.change.per_year !== b.change.per_year)) return 'base';
  if (!better) return 'better';
  const x = bound(a, better);
  const y = bound(b, better);
  if (!x || !y) return 'value';
  if (x.unit !== y.unit) return 'unit';
  return null;
}

/**
 * How `a` stands against `b`: stricter, equal or looser by the indicator's better direction,
 * between values of one year, in equal units; anything else is incomparable.
 */
export function verdictOf(a: Shown, b: Shown, better: 'lower' | 'higher' | null): Verdict {
  return verdictGiven(a, b, better, whyIncomparable(a, b, better));
}

/** verdictOf, when whyIncomparable(a, b, better) is known already (`why`): a table cell needs both. */
export function verdictGiven(a: Shown, b: Shown, better: 'lower' | 'higher' | null, why: Incomparable | null): Verdict {
  if (why) return 'incomparable';
  if (a.kind === 'qualitative') return 'equal';
  const x = bound(a, better!)!;
  const y = bound(b, better!)!;
  // 12 significant digits: values normalized by different factors still compare equal
  const d = Number(x.value.toPrecision(12)) - Number(y.value.toPrecision(12));
  if (d === 0) return 'equal';
  if (better === 'lower') return d < 0 ? 'stricter' : 'looser';
  return d > 0 ? 'stricter' : 'looser';
}

export const VERDICT_SIGN: Record<Verdict, string> = { stricter: '▲', equal: '=', looser: '▽', incomparable: '?' };
export const REVIEWED_SIGN = '✓';

/** The cell text with its review mark: `≤12/10万 (2025) ✓`. */
export function markedText(text: string, reviewed: boolean): string {
  return reviewed ? `${text} ${REVIEWED_SIGN}` : text;
}
