// `review log` and `review status`: the history and the progress of reviewing, from the store.
import { readdirSync, existsSync } from 'node:fs';
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

export interface DocumentReviewStatus {
  path: string;
  name: string;
  targets: number;
  reviewed: number;
  accepted: number;
  corrected: number;
  rejected: number;
  added: number;
  stale: number;
  reviewError: string | null;
}

export function reviewStatus(store: Store): DocumentReviewStatus[] {
  const counts = new Map<string, Record<string, number>>();
  for (const t of store.targets({ includeRejected: true })) {
    const c = counts.get(t.doc) ?? {};
    c[t.storeStatus] = (c[t.storeStatus] ?? 0) + 1;
    counts.set(t.doc, c);
  }
  return store
    .documents()
    .filter((d) => d.status === 'ok')
    .map((d) => {
      const c = counts.get(d.path) ?? {};
      const n = (k: string) => c[k] ?? 0;
      return {
        path: d.path,
        name: d.name,
        targets: n('extracted') + n('accepted') + n('corrected') + n('rejected') + n('added'),
        reviewed: n('accepted') + n('corrected') + n('rejected') + n('added'),
        accepted: n('accepted'),
        corrected: n('corrected'),
        rejected: n('rejected'),
        added: n('added'),
        stale: d.stale.length,
        reviewError: d.reviewError,
      };
    });
}

/** Review files that name no document in the store (a renamed plan, a typo in the name). */
export function orphanReviewFiles(store: Store, reviewsDir: string): string[] {
  if (!existsSync(reviewsDir)) return [];
  const names = new Set(store.documents().map((d) => d.name));
  return readdirSync(reviewsDir)
    .filter((f) => f.endsWith('.review.json') && !names.has(f.slice(0, -'.review.json'.length)))
    .sort();
}

export function formatStatus(rows: DocumentReviewStatus[], orphans: string[]): string[] {
  const head = ['document', 'targets', 'reviewed', 'accepted', 'corrected', 'rejected', 'added', 'stale'];
  const table = rows.map((r) => [r.path, r.targets, `${r.reviewed} (${r.targets ? Math.round((100 * r.reviewed) / r.targets) : 0}%)`, r.accepted, r.corrected, r.rejected, r.added, r.stale].map(String));
  const widths = head.map((h, i) => Math.max(h.length, ...table.map((row) => row[i]!.length)));
  const fmt = (row: string[]) => row.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  const lines = [fmt(head), ...table.map(fmt)];
  for (const r of rows) if (r.reviewError) lines.push(`review error: ${r.reviewError}`);
  for (const o of orphans) lines.push(`review file without a document in the store: ${o}`);
  const sum = (k: keyof DocumentReviewStatus) => rows.reduce((s, r) => s + (r[k] as number), 0);
  lines.push(
    `${rows.length} document${rows.length === 1 ? '' : 's'}: ${sum('reviewed')} of ${sum('targets')} targets reviewed, ` +
      `${sum('stale')} stale, ${rows.filter((r) => r.reviewError).length} review error${rows.filter((r) => r.reviewError).length === 1 ? '' : 's'}`,
  );
  return lines;
}
