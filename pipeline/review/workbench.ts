// A document as a reviewer sees it now: the text and targets of a fresh extraction, its review
// file as it is on disk, and where each entry lands (what the next run would apply).
import { createHash } from 'node:crypto';
import { lstatSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describeError } from '../errors.ts';
import { analyze, readPlanFile } from '../processor.ts';
import type { ReviewFile, Target } from '../../model/schema.ts';
import { applyReview, type EntryResult } from './apply.ts';
import { readReviewFile, reviewFilePath, type ReviewProblem } from './file.ts';
import { lineOfPath } from './jsonpos.ts';
import { Store } from '../stages/store.ts';
import { DEFAULT_OCR_MAX_PAGES } from '../stages/ocr.ts';

/** A document the last run stored: the only ones the review tools read or write for. */
export interface KnownDocument {
  /** output stem: the review file is <reviews>/<name>.review.json */
  name: string;
  file: string;
  /** the plan's identity in the store: its path under the corpus root */
  path: string;
  /** where the plan file is on disk (the store's corpus root + path); default: path */
  source?: string;
  /** targets and baselines of the last run */
  targets: number;
}

export function knownDocuments(db: string): KnownDocument[] {
  const store = new Store(db, { readonly: true });
  try {
    return store
      .documents()
      .filter((d) => d.status === 'ok')
      .map((d) => ({ name: d.name, file: d.file, path: d.path, source: d.source, targets: d.targets + d.baselines }));
  } finally {
    store.close();
  }
}

/** A problem in a review file, with the line of its JSON path where it can be found. */
export interface LocatedProblem extends ReviewProblem {
  line: number | null;
}

export function locate(text: string | null, p: ReviewProblem): LocatedProblem {
  const m = /at line (\d+), column/.exec(p.problem);
  if (m) return { ...p, line: Number(m[1]) };
  return { ...p, line: text === null ? null : lineOfPath(text, p.path) };
}

export interface FileOnDisk {
  file: string;
  exists: boolean;
  /** sha256 of the bytes, or "none" when there is no file: what a write must still find */
  etag: string;
  /** the bytes as text, or null */
  text: string | null;
}

export const NO_FILE = 'none';

/** The review file's bytes now; a symbolic link is refused when `regularOnly`. */
export function readOnDisk(file: string, regularOnly: boolean): FileOnDisk & { refused?: string } {
  let st;
  try {
    st = lstatSync(file);
  } catch {
    return { file, exists: false, etag: NO_FILE, text: null };
  }
  if (regularOnly && !st.isFile()) {
    const what = st.isSymbolicLink() ? 'a symbolic link' : 'not a regular file';
    return { file, exists: true, etag: 'refused', text: null, refused: `${what}: the workbench reads and writes only regular files in the reviews folder` };
  }
  const data = readFileSync(file);
  return { file, exists: true, etag: createHash('sha256').update(data).digest('hex'), text: data.toString('utf8') };
}

export interface ReviewState {
  doc: KnownDocument;
  file: FileOnDisk;
  /** the review file's content, when it is valid (also when the entries do not fit the text) */
  review: ReviewFile | null;
  /** why the review file cannot be used (or written), with JSON path and line */
  problem: LocatedProblem | null;
  /** the text the extractor read, or null when the plan could not be analysed */
  text: string | null;
  sha256: string | null;
  /** the machine's targets and baselines, in text order */
  targets: Target[];
  /** per entry: what it lands on and what it makes */
  entries: EntryResult[];
  stale: string[];
  /** the plan could not be read or analysed */
  error: string | null;
}

export interface Analysed {
  sha256: string;
  text: string;
  targets: Target[];
}

/** Analyses a plan afresh, or reuses `cache` while the bytes are the same. */
export async function analysePlan(doc: KnownDocument, cache?: Map<string, Analysed>, ocrCache: string | null = null): Promise<Analysed> {
  const data = readPlanFile(resolve(doc.source ?? doc.path));
  const sha = createHash('sha256').update(data).digest('hex');
  const hit = cache?.get(doc.path);
  if (hit && hit.sha256 === sha) return hit;
  const a = await analyze(data, { path: doc.path, file: doc.file, ...(ocrCache ? { ocr: { mode: 'auto', cacheDir: ocrCache, maxPages: DEFAULT_OCR_MAX_PAGES } } : {}) });
  if (!a.ok) throw new Error(a.message);
  const out = { sha256: a.ingested.sha256, text: a.ingested.text, targets: a.targets };
  cache?.set(doc.path, out);
  return out;
}

export async function reviewState(
  doc: KnownDocument,
  reviewsDir: string,
  opts: { regularOnly?: boolean; cache?: Map<string, Analysed>; ocrCache?: string | null } = {},
): Promise<ReviewState> {
  const path = reviewFilePath(reviewsDir, doc.name);
  const disk = readOnDisk(path, Boolean(opts.regularOnly));
  const state: ReviewState = { doc, file: disk, review: null, problem: null, text: null, sha256: null, targets: [], entries: [], stale: [], error: null };
  let analysed: Analysed;
  try {
    analysed = await analysePlan(doc, opts.cache, opts.ocrCache ?? null);
  } catch (err) {
    state.error = describeError(err, doc.path);
    return state;
  }
  state.text = analysed.text;
  state.sha256 = analysed.sha256;
  // a copy: apply may reorder nothing, but callers keep these
  state.targets = [...analysed.targets];
  if (disk.refused) {
    state.problem = { path: '$', problem: disk.refused, line: null };
    return state;
  }
  if (!disk.exists) return state;
  const read = readReviewFile(path)!;
  if (!read.ok) {
    state.problem = locate(disk.text, read.problem);
    return state;
  }
  state.review = read.review;
  const r = applyReview({ file: path, review: read.review, text: analysed.text, targets: [...analysed.targets], sha256: analysed.sha256, doc: doc.path, now: '' });
  if (!r.ok) {
    state.problem = locate(disk.text, r.problem);
    return state;
  }
  state.entries = r.entries;
  state.stale = r.stale;
  return state;
}

/** Counts of a review state, as `review status` and the document list show them. */
export interface ReviewCounts {
  targets: number;
  reviewed: number;
  accepted: number;
  corrected: number;
  rejected: number;
  added: number;
  stale: number;
}

export function countsOf(s: ReviewState): ReviewCounts {
  const c: ReviewCounts = { targets: s.targets.length, reviewed: 0, accepted: 0, corrected: 0, rejected: 0, added: 0, stale: s.stale.length };
  for (const r of s.entries) {
    if (r.stale) continue;
    const a = r.entry.action;
    if (a === 'accept' && r.before) c.accepted++;
    else if (a === 'correct' && r.before) c.corrected++;
    else if (a === 'reject' && r.before) c.rejected++;
    else if (a === 'add' && r.after) c.added++;
  }
  c.targets += c.added;
  c.reviewed = c.accepted + c.corrected + c.rejected + c.added;
  return c;
}
