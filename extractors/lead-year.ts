// The year a list's lead sentence gives its items (到2025年，实现以下目标：——甲…。——乙…。).
import { LEAD_YEAR, LEAD_YEAR_REACH } from '../rules/phrasings.ts';

/** The year of the lead sentence whose list holds clean position `pos`, or null: the nearest colon before it closes a lead. */
export function leadYear(s: string, pos: number): number | null {
  const from = Math.max(0, pos - LEAD_YEAR_REACH);
  let colon = -1;
  for (let i = pos - 1; i >= from; i--) {
    const c = s[i];
    if (c === '：' || c === ':') {
      colon = i;
      break;
    }
  }
  if (colon < 0) return null;
  const m = LEAD_YEAR.exec(s.slice(Math.max(0, colon - 40), colon + 1));
  return m ? Number(m[1]) : null;
}
