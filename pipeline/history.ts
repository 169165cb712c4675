// A document's versions and what changed between them: targets added, removed, and those whose
// values changed (the same indicator, kind, part and year, a different value).
import type { Target } from '../model/schema.ts';
import type { Store, VersionInfo } from './stages/store.ts';

export interface ValueChange {
  from: Target;
  to: Target;
}

export interface VersionChanges {
  added: Target[];
  removed: Target[];
  changed: ValueChange[];
}

export interface DocumentHistory {
  path: string;
  versions: (VersionInfo & { changes: VersionChanges | null })[];
}

/** What a target is about: a different value for the same key is a changed value. */
const about = (t: Target) => JSON.stringify([t.kind, t.part, t.indicator.id ?? t.indicator.text, t.year]);
/** What a target says (ids hash it, but a review may correct a target and keep its id). */
const says = (t: Target) => JSON.stringify([t.comparator, t.value, t.upper, t.unit, t.direction, t.change]);

export function diffVersions(before: Target[], after: Target[]): VersionChanges {
  const oldIds = new Map(before.map((t) => [t.id, t]));
  const newIds = new Map(after.map((t) => [t.id, t]));
  let removed = before.filter((t) => !newIds.has(t.id));
  let added = after.filter((t) => !oldIds.has(t.id));
  const changed: ValueChange[] = [];
  // a corrected target keeps its id: its value changed in place
  for (const t of after) {
    const o = oldIds.get(t.id);
    if (o && says(o) !== says(t)) changed.push({ from: o, to: t });
  }
  // the rest pair up by what they are about, in document order
  const pool = new Map<string, Target[]>();
  for (const t of removed) pool.set(about(t), [...(pool.get(about(t)) ?? []), t]);
  const paired = new Set<Target>();
  const stillAdded: Target[] = [];
  for (const t of added) {
    const candidates = pool.get(about(t));
    const from = candidates?.shift();
    if (from && says(from) !== says(t)) {
      changed.push({ from, to: t });
      paired.add(from);
    } else if (from) {
      paired.add(from); // says the same, only moved or re-worded: not a change of value
    } else stillAdded.push(t);
  }
  removed = removed.filter((t) => !paired.has(t));
  added = stillAdded;
  return { added, removed, changed };
}

export function documentHistory(store: Store, path: string): DocumentHistory {
  const versions = store.versions(path);
  let before: Target[] | null = null;
  const out: DocumentHistory['versions'] = [];
  for (const v of versions) {
    const targets = store.versionTargets(path, v.version).map((t) => t.target);
    out.push({ ...v, changes: before ? diffVersions(before, targets) : null });
    before = targets;
  }
  return { path, versions: out };
}

/** `≤12 (1/10万) by 2025`: value and unit kept apart where the unit starts with a digit. */
export function describeValue(t: Target): string {
  const cmp = (({ '<=': '≤', '>=': '≥', '<': '<', '>': '>', '=': '=', '~': '~' }) as Record<string, string>)[t.comparator ?? ''] ?? '';
  const value = t.value === null ? (t.direction ?? t.kind) : `${t.value}${t.upper !== null ? `–${t.upper}` : ''}`;
  const unit = t.unit ? (/^[0-9.]/.test(t.unit) ? ` (${t.unit})` : t.unit) : '';
  return `${cmp}${value}${unit}${t.year ? ` by ${t.year}` : ''}`;
}

const label = (t: Target) => `${t.indicator.text} ${describeValue(t)}  line ${t.source.line}`;

export function formatHistory(h: DocumentHistory, opts: { limit?: number } = {}): string[] {
  const limit = opts.limit ?? 20;
  const lines = [`${h.path}: ${h.versions.length} version${h.versions.length === 1 ? '' : 's'}`];
  if (!h.versions.some((v) => v.current)) lines[0] += ' (forgotten: no current version)';
  for (const v of h.versions) {
    const when = (s: string | null) => (s ? s.replace(/\.\d+Z$/, 'Z') : '?');
    const state = v.current ? (v.status === 'ok' ? 'current' : `current, failed`) : `superseded ${when(v.supersededAt)}`;
    lines.push(
      `v${v.version}  ${v.sha256 ? v.sha256.slice(0, 12) : 'no content'}  stored ${when(v.storedAt)}  ${state}  ` +
        `${v.targets} targets, ${v.baselines} baselines${v.jurisdiction ? `  ${v.jurisdiction}` : ''}`,
    );
    const c = v.changes;
    if (!c) continue;
    lines.push(`    since v${v.version - 1}: ${c.added.length} added, ${c.removed.length} removed, ${c.changed.length} changed`);
    const items = [
      ...c.changed.map((x) => `    ~ ${x.to.indicator.text} ${describeValue(x.from)} → ${describeValue(x.to)}  line ${x.to.source.line}`),
      ...c.added.map((t) => `    + ${label(t)}`),
      ...c.removed.map((t) => `    - ${label(t)}`),
    ];
    lines.push(...items.slice(0, limit));
    if (items.length > limit) lines.push(`    … ${items.length - limit} more (--all)`);
  }
  return lines;
}
