// What the change phrasings share: the change verb right before a value, the base it is measured from.
import type { Change, Direction } from '../model/schema.ts';
import { BASE_PREVIOUS, BASE_YEAR, CHANGE_GLUE, CHANGE_VERBS, PER_YEAR, PER_YEAR_OPENING } from '../rules/change.ts';
import { sentenceBefore, type ValueSite } from './phrasing.ts';

/** The sign of a change verb that stands right before the value (下降20%), or null (下降到20%, 提升…占比85%). */
export function changeVerb(site: ValueSite): Exclude<Direction, 'keep'> | null {
  const v = site.verb;
  if (!v) return null;
  const direction = CHANGE_VERBS[v.form];
  if (!direction) return null;
  const gap = site.s.slice(v.end, site.pre ? site.pre.start : site.first.start);
  return CHANGE_GLUE.test(gap) ? direction : null;
}

/** The base year of a change named in the sentence before the verb (以2020年为基数, 较2020年), or undefined. */
export function baseYear(site: ValueSite): number | null | undefined {
  const end = site.verb?.start ?? site.tok.start;
  const before = sentenceBefore(site, end);
  const m = BASE_YEAR.exec(before);
  if (m) return Number(m[1] ?? m[2] ?? m[3] ?? m[4]);
  if (BASE_PREVIOUS.test(before)) return null;
  return undefined;
}

export function perYear(site: ValueSite): boolean {
  const end = site.verb?.start ?? site.tok.start;
  // 每年降低, and 每年市级就业补助资金投入增长5%: the frequency may open the clause
  return PER_YEAR.test(site.s.slice(Math.max(site.segment, end - 6), end)) || PER_YEAR_OPENING.test(site.s.slice(site.segment, end));
}

export function changeOf(site: ValueSite): Change {
  return { base_year: baseYear(site) ?? null, per_year: perYear(site) };
}
