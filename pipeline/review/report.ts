// `review log`: the history of reviewing, from the store.
import type { Store, ReviewLogEntry } from '../stages/store.ts';
import type { Target } from '../../model/schema.ts';
import { findStoredDocument } from './documents.ts';

type Shown = keyof Target | 'indicator_id';
const SHOWN: Shown[] = ['kind', 'part', 'domain', 'section', 'indicator', 'indicator_id', 'verb', 'comparator', 'value', 'unit', 'direction', 'year', 'source'];

const show = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v));

function fieldOf(t: Target, k: Shown): unknown {
  if (k === 'indicator') return t.indicator.text;
  if (k === 'indicator_id') return t.indicator.id;
  if (k === 'source') return `line ${t.source.line} «${t.source.quote}»`;
  return t[k];
}

/** What a decision changed, as `value 12 → 12.5; unit % → ‰`. */
export function changes(before: Target | null, after: Target | null): string {
  if (!before && after) return `${after.kind} ${after.indicator.text} ${after.value ?? ''}${after.unit ?? ''} line ${after.source.line} «${after.source.quote}»`;
  if (!before) return '';
  if (!after) return `line ${before.source.line} «${before.source.quote}»`;
  const diff = SHOWN.filter((k) => JSON.stringify(fieldOf(before, k)) !== JSON.stringify(fieldOf(after, k))).map(
    (k) => `${k} ${show(fieldOf(before, k))} → ${show(fieldOf(after, k))}`,
  );
  return `${diff.join('; ')}${diff.length ? '  ' : ''}«${before.source.quote}»`;
}

export function formatLog(entries: ReviewLogEntry[]): string[] {
  return entries.map(
    (e) =>
      `${e.at}  ${(e.reviewer ?? '-').padEnd(10)} ${e.action.padEnd(7)} ${e.targetId}  ${changes(e.before as Target | null, e.after as Target | null)}`,
  );
}

export function reviewLog(store: Store, document: string): string[] {
  const d = findStoredDocument(store, document);
  const entries = store.reviewLog(d.path);
  return [`${d.path}: ${entries.length} decision${entries.length === 1 ? '' : 's'}`, ...formatLog(entries)];
}
