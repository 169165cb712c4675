// A target's value as people write it, and how two values compare by an indicator's better direction.
import type { Comparator, Direction } from '../../model/schema.ts';
import type { Shown, Verdict } from './types.ts';

const COMPARATOR_SIGN: Record<Comparator, string> = { '>=': '≥', '<=': '≤', '~': '≈', '=': '=' };
const DIRECTION_SIGN: Record<Direction, string> = { up: '↑', down: '↓', keep: '→' };
/** Display words of the table (data, so Chinese). */
export const FULL_COVERAGE_TEXT = '全覆盖';

/** `1/10万` reads `/10万` after a number; other units as written. */
export function unitText(unit: string | null): string {
  if (!unit) return '';
  return unit.startsWith('1/') ? unit.slice(1) : unit;
}

/** Shortest decimal that round-trips, without float noise such as 0.30000000000000004. */
export function numberText(v: number): string {
  return String(Number(v.toPrecision(12)));
}

export function valueText(s: Pick<Shown, 'kind' | 'comparator' | 'value' | 'unit' | 'direction' | 'year'>, endYear: number | null): string {
  let text: string;
  if (s.kind === 'full_coverage') text = FULL_COVERAGE_TEXT;
  else if (s.kind === 'qualitative') text = s.direction ? DIRECTION_SIGN[s.direction] : '?';
  else text = `${s.comparator ? COMPARATOR_SIGN[s.comparator] : ''}${s.value === null ? '?' : numberText(s.value)}${unitText(s.unit)}`;
  if (s.year !== null && s.year !== endYear) text += ` (${s.year})`;
  return text;
}

/**
 * How `a` stands against `b`: stricter, equal or looser by the indicator's better direction,
 * comparing normalized values in equal units; anything else is incomparable.
 */
export function verdictOf(a: Shown, b: Shown, better: 'lower' | 'higher' | null): Verdict {
  if (a.kind === 'qualitative' || b.kind === 'qualitative') {
    return a.kind === 'qualitative' && b.kind === 'qualitative' && a.direction === b.direction ? 'equal' : 'incomparable';
  }
  const x = a.normalized;
  const y = b.normalized;
  if (!x || !y || x.unit !== y.unit) return 'incomparable';
  // 12 significant digits: values normalized by different factors still compare equal
  const d = Number(x.value.toPrecision(12)) - Number(y.value.toPrecision(12));
  if (d === 0) return 'equal';
  if (better === 'lower') return d < 0 ? 'stricter' : 'looser';
  if (better === 'higher') return d > 0 ? 'stricter' : 'looser';
  return 'incomparable';
}

export const VERDICT_SIGN: Record<Verdict, string> = { stricter: '▲', equal: '=', looser: '▽', incomparable: '?' };
export const REVIEWED_SIGN = '✓';

/** The cell text with its review mark: `≤12/10万 ✓`. */
export function markedText(text: string, reviewed: boolean): string {
  return reviewed ? `${text} ${REVIEWED_SIGN}` : text;
}
