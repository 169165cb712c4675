// The jurisdiction the text names → its GB/T 2260 code and parents. A name that several divisions
// carry (朝阳区: Beijing and Changchun) is told apart by the parents the text cites, then by which
// candidate's province or city the text mentions; failing both it stays ambiguous, never guessed.
import { allNames, divisionsNamed, parentsOf, placeOf, shortNames, type Division } from '../../rules/divisions.ts';
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
/**
 * The jurisdiction a title line names when the structure stage found none (乐昌市妇女儿童发展规划统计
 * 监测报告): the deepest division named there, with the others it names as its cited parents.
 */
export function cueFromTitle(text: string): JurisdictionCue | null {
  const line = firstLine(text);
  if (!line) return null;
  const found: { name: string; at: number }[] = [];
  let rest = line;
  for (const name of allNames) {
    const at = rest.indexOf(name);
    if (at < 0) continue;
    found.push({ name, at });
    // a longer name found first hides the shorter names inside it
    rest = rest.slice(0, at) + '\u0000'.repeat(name.length) + rest.slice(at + name.length);
  }
  if (found.length === 0) return null;
  found.sort((a, b) => a.at - b.at);
  const self = found[found.length - 1]!;
  return { name: self.name, level: null, parents: found.slice(0, -1).map((f) => f.name) };
}

function firstLine(text: string): string {
  for (const l of text.slice(0, 2000).split('\n')) {
    const t = l.replace(/\s+/g, '');
    if (t) return t;
  }
  return '';
}


export function resolveJurisdiction(cue: JurisdictionCue, text = ''): Jurisdiction {
  if (cue.name === null) cue = cueFromTitle(text) ?? cue;
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
