// The review stage: applies a reviewer's decisions (<reviews>/<name>.review.json) to a
// document's targets. Never writes the review file; an invalid one leaves the document unreviewed.
import type { ReviewLogEntry } from '../stages/rows.ts';
import type { StoreStatus, Target } from '../../model/schema.ts';
import { applyReview, type EntryResult } from './apply.ts';
import { formatProblem, readReviewFile, reviewFilePath } from './file.ts';

export interface ReviewInput {
  /** document path as stored */
  path: string;
  file: string;
  /** output stem; the review file is <reviewsDir>/<name>.review.json */
  name: string;
  text: string;
  targets: Target[];
  reviewsDir: string;
  reviewer?: string;
  /** ISO time of this run, for the log */
  now: string;
  /** the document's sha256; tells a moved text (entries may be stale) from a reviewer's typo (an error) */
  sha256?: string;
}

export interface ReviewOutcome {
  targets: { target: Target; storeStatus: StoreStatus }[];
  log: ReviewLogEntry[];
  /** hash of the review file applied, null when there is none */
  reviewsSha: string | null;
  /** one line naming the file, JSON path and problem; results are then unreviewed */
  reviewError: string | null;
  /** entries that could no longer be placed: file, entry and why */
  stale: string[];
  /** the review file read, or null when there is none */
  reviewFile: string | null;
  /** per entry: what it was placed on and what it made (empty when unreviewed) */
  entries: EntryResult[];
}

export function applyReviews(input: ReviewInput): ReviewOutcome {
  const unreviewed = input.targets.map((target) => ({ target, storeStatus: target.status as StoreStatus }));
  const file = reviewFilePath(input.reviewsDir, input.name);
  const read = readReviewFile(file);
  if (!read) return { targets: unreviewed, log: [], reviewsSha: null, reviewError: null, stale: [], reviewFile: null, entries: [] };
  const invalid = (problem: string): ReviewOutcome => ({
    targets: unreviewed,
    log: [],
    reviewsSha: read.sha256,
    reviewError: problem,
    stale: [],
    reviewFile: file,
    entries: [],
  });
  if (!read.ok) return invalid(formatProblem(file, read.problem));
  const r = applyReview({
    file,
    review: read.review,
    text: input.text,
    targets: input.targets,
    sha256: input.sha256,
    doc: input.path,
    reviewer: input.reviewer,
    now: input.now,
  });
  if (!r.ok) return invalid(formatProblem(file, r.problem));
  return { targets: r.targets, log: r.log, reviewsSha: read.sha256, reviewError: null, stale: r.stale, reviewFile: file, entries: r.entries };
}

/** Stale entries under a document's run line: never dropped in silence. */
export function staleLines(stale: string[] | undefined): string {
  return (stale ?? []).map((s) => `\n    stale: ${s}`).join('');
}
