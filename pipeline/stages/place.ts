// The jurisdiction the text names → its GB/T 2260 code and parents. A name that several divisions
// carry (朝阳区: Beijing and Changchun) is told apart by the parents the text cites, then by which
// candidate's province or city the text mentions; failing both it stays ambiguous, never guessed.
import { divisionsNamed, parentsOf, placeOf, shortNames, type Division } from '../../rules/divisions.ts';
import type { Jurisdiction, JurisdictionCue, Place } from '../../model/schema.ts';

/** A cited place that is not resolved: its own code only if the name is unique. */
function citedPlace(name: string): Place {
  const found = divisionsNamed(name);
  return found.length === 1 ? placeOf(found[0]!) : { name, code: null, level: null };
}

const mentions = (text: string, names: string[]): boolean => names.some((n) => text.includes(n));

/**
 * `text`: the document's text (or the part of it that names issuer and titles), searched for the
 * candidates' parents when the cited parents do not decide.
 */
export function resolveJurisdiction(cue: JurisdictionCue, text = ''): Jurisdiction {
  const unresolved = (candidates: string[] = []): Jurisdiction => ({
    name: cue.name,
    level: cue.level,
    code: null,
    parents: cue.parents.map(citedPlace),
    candidates,
  });
  if (cue.name === null || cue.level === 'other') return unresolved();
  let found: Division[] = divisionsNamed(cue.name);
  if (found.length === 0) return unresolved();
  if (found.length > 1 && cue.parents.length > 0) {
    const cited = found.filter((d) => parentsOf(d.code).some((p) => cue.parents.includes(p.name)));
    if (cited.length > 0) found = cited;
  }
  if (found.length > 1) {
    const named = found.filter((d) => parentsOf(d.code).some((p) => mentions(text, shortNames(p.name))));
    if (named.length === 1) found = named;
  }
  if (found.length > 1) return unresolved(found.map((d) => d.code).sort());
  const d = found[0]!;
  return { name: d.name, level: d.level, code: d.code, parents: parentsOf(d.code).map(placeOf), candidates: [] };
}

/** Parents as older stores kept them (names only) or as now (places). */
export function readParents(json: unknown): Place[] {
  if (!Array.isArray(json)) return [];
  return json.map((p) => (typeof p === 'string' ? { name: p, code: null, level: null } : (p as Place)));
}
