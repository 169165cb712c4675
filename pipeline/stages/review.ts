// The review stage: applies a reviewer's decisions to a document's targets.
// (First version: no review files yet; every target passes as extracted.)
import type { ReviewLogEntry } from './store.ts';
import type { StoreStatus, Target } from '../schema.ts';

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
}

export function applyReviews(input: ReviewInput): ReviewOutcome {
  return {
    targets: input.targets.map((target) => ({ target, storeStatus: target.status })),
    log: [],
    reviewsSha: null,
    reviewError: null,
    stale: [],
  };
}
