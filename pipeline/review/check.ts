// `review check` and `review status`: review files as they are on disk now, not as the last run saw them.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { readReviewFile, schemaProblems } from './file.ts';
import { locate, reviewState, type KnownDocument, type LocatedProblem, type ReviewCounts, countsOf } from './workbench.ts';

const SUFFIX = '.review.json';

/** The review files named, folders walked one level; by default every one in the reviews folder. */
export function reviewFilesOf(args: string[], reviewsDir: string): string[] {
  const out: string[] = [];
  if (!args.length && !existsSync(reviewsDir)) return out;
  const from = args.length ? args : [reviewsDir];
  for (const a of from) {
    if (existsSync(a) && statSync(a).isDirectory()) {
      for (const f of readdirSync(a).sort()) if (f.endsWith(SUFFIX)) out.push(join(a, f));
    } else out.push(a);
  }
  return out;
}

export interface FileCheck {
  file: string;
  /** the document it belongs to, when the store knows one */
  document: string | null;
  problems: LocatedProblem[];
  /** entries that can no longer be placed on the text */
  stale: string[];
  /** what could not be checked, and why (not an error) */
  notes: string[];
}

/** Every problem of one review file: syntax, then every schema problem, then the entries against the text. */
export async function checkFile(file: string, documents: KnownDocument[]): Promise<FileCheck> {
  const out: FileCheck = { file, document: null, problems: [], stale: [], notes: [] };
  if (!existsSync(file)) {
    out.problems.push({ path: '$', problem: 'no such file', line: null });
    return out;
  }
  const read = readReviewFile(file)!;
  let text: string | null = null;
  try {
    text = readFileSync(file, 'utf8').replace(/^\ufeff/, '');
  } catch {
    // readReviewFile said why
  }
  if (!read.ok) {
    // not JSON: the first problem is all there is; else list every schema problem
    let json: unknown;
    try {
      json = JSON.parse(text ?? '');
    } catch {
      out.problems.push(locate(text, read.problem));
      return out;
    }
    out.problems.push(...schemaProblems(json).map((p) => locate(text, p)));
    return out;
  }
  const name = basename(file).endsWith(SUFFIX) ? basename(file).slice(0, -SUFFIX.length) : null;
  const doc = documents.find((d) => d.name === name);
  if (!doc) {
    out.notes.push(`no document "${name ?? basename(file)}" in the store: checked against the schema only`);
    return out;
  }
  out.document = doc.path;
  const state = await reviewState(doc, join(file, '..'));
  if (state.error) out.notes.push(`${state.error}: checked against the schema only`);
  if (state.problem) out.problems.push(state.problem);
  out.stale.push(...state.stale);
  return out;
}

export function formatCheck(c: FileCheck): string[] {
  return [
    ...c.problems.map((p) => `${c.file}${p.line ? `:${p.line}` : ''}: ${p.path}: ${p.problem}`),
    ...c.stale.map((s) => `stale: ${s}`),
    ...c.notes.map((n) => `${c.file}: note: ${n}`),
  ];
}

export interface DocumentStatus extends ReviewCounts {
  path: string;
  name: string;
  /** the review file, when there is one */
  reviewFile: string | null;
  /** one line naming the file, line, JSON path and problem: the run would leave the document unreviewed */
  reviewError: string | null;
  /** each stale entry: file, entry and why */
  staleEntries: string[];
}

/** Per stored document: its review file as it is now, applied to a fresh extraction, as the next run would. */
export async function reviewStatusNow(documents: KnownDocument[], reviewsDir: string): Promise<DocumentStatus[]> {
  const rows: DocumentStatus[] = [];
  for (const d of documents) {
    const file = join(reviewsDir, `${d.name}${SUFFIX}`);
    if (!existsSync(file)) {
      rows.push({ path: d.path, name: d.name, reviewFile: null, targets: d.targets, reviewed: 0, accepted: 0, corrected: 0, rejected: 0, added: 0, stale: 0, reviewError: null, staleEntries: [] });
      continue;
    }
    const s = await reviewState(d, reviewsDir);
    const c = countsOf(s);
    const err = s.error ?? (s.problem ? `${file}${s.problem.line ? `:${s.problem.line}` : ''}: ${s.problem.path}: ${s.problem.problem}` : null);
    rows.push({ path: d.path, name: d.name, reviewFile: file, ...(err ? { ...c, reviewed: 0, accepted: 0, corrected: 0, rejected: 0, added: 0, stale: 0, targets: s.targets.length || d.targets } : c), reviewError: err, staleEntries: s.stale });
  }
  return rows;
}

/** Review files that name no stored document (a renamed plan, a typo in the name). */
export function orphanFiles(documents: KnownDocument[], reviewsDir: string): string[] {
  if (!existsSync(reviewsDir)) return [];
  const names = new Set(documents.map((d) => d.name));
  return readdirSync(reviewsDir)
    .filter((f) => f.endsWith(SUFFIX) && !names.has(f.slice(0, -SUFFIX.length)))
    .sort();
}

export function formatStatusNow(rows: DocumentStatus[], orphans: string[]): string[] {
  const head = ['document', 'targets', 'reviewed', 'accepted', 'corrected', 'rejected', 'added', 'stale'];
  const table = rows.map((r) =>
    [r.path, r.targets, `${r.reviewed} (${r.targets ? Math.round((100 * r.reviewed) / r.targets) : 0}%)`, r.accepted, r.corrected, r.rejected, r.added, r.stale].map(String),
  );
  const widths = head.map((h, i) => Math.max(h.length, ...table.map((row) => row[i]!.length)));
  const fmt = (row: string[]) => row.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  const lines = [fmt(head), ...table.map(fmt)];
  // every problem counted below is listed here
  for (const r of rows) if (r.reviewError) lines.push(`review error: ${r.reviewError}`);
  for (const r of rows) for (const s of r.staleEntries) lines.push(`stale: ${s}`);
  for (const o of orphans) lines.push(`review file without a document in the store: ${o}`);
  const sum = (k: keyof ReviewCounts) => rows.reduce((s, r) => s + r[k], 0);
  const errors = rows.filter((r) => r.reviewError).length;
  lines.push(
    `${rows.length} document${rows.length === 1 ? '' : 's'}: ${sum('reviewed')} of ${sum('targets')} targets reviewed, ` +
      `${sum('stale')} stale, ${errors} review error${errors === 1 ? '' : 's'}, ${orphans.length} review file${orphans.length === 1 ? '' : 's'} without a document (read now from the review files)`,
  );
  return lines;
}
