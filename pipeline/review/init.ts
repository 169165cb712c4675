// `review init`: a review file listing every current target as pending, for the reviewer to mark.
import { existsSync } from 'node:fs';
import { InputError } from '../errors.ts';
import { writeFileAtomic } from '../fsutil.ts';
import type { ReviewEntry, ReviewFile, ReviewedOn, Target } from '../../model/schema.ts';
import { currentDocument } from './documents.ts';
import { SCHEMA_FILE, formatProblem, readReviewFile, reviewFilePath, reviewJson, writeSchemaCopy } from './file.ts';

export interface InitOptions {
  out: string;
  reviews: string;
  db: string;
  /** add pending entries for targets the existing file does not mention yet */
  merge?: boolean;
  reviewer?: string;
}

export interface InitResult {
  file: string;
  /** entries written as pending */
  added: number;
  /** entries already in the file (merge) */
  kept: number;
}

/** What the decision is made on: every field the reviewer checks, and where it stands. */
export function reviewedOn(t: Target): ReviewedOn {
  return {
    kind: t.kind,
    part: t.part,
    domain: t.domain,
    section: t.section,
    indicator: t.indicator.text,
    indicator_id: t.indicator.id,
    verb: t.verb,
    comparator: t.comparator,
    value: t.value,
    unit: t.unit,
    direction: t.direction,
    year: t.year,
    line: t.source.line,
    quote: t.source.quote,
  };
}

function pendingEntry(t: Target): ReviewEntry {
  return { id: t.id, action: 'pending', was: reviewedOn(t) };
}

/** An existing entry already speaks of this target (same id, or same place and indicator). */
function mentioned(entries: ReviewEntry[], t: Target): boolean {
  return entries.some(
    (e) => e.id === t.id || (e.was !== undefined && e.was.quote === t.source.quote && e.was.indicator === t.indicator.text),
  );
}

export function initReview(document: string, opts: InitOptions): InitResult {
  const doc = currentDocument(document, opts);
  const file = reviewFilePath(opts.reviews, doc.name);
  // Only targets as the machine made them are listed: reviewed ones are in the file already.
  const machine = doc.targets.filter((t) => t.storeStatus === 'extracted').map((t) => t.target);
  let review: ReviewFile;
  let kept = 0;
  if (existsSync(file)) {
    if (!opts.merge) {
      throw new InputError(file, 'already exists: it is never overwritten (add --merge to append the targets it does not mention as pending)');
    }
    const read = readReviewFile(file)!;
    if (!read.ok) throw new InputError(file, `cannot merge into an invalid review file: ${formatProblem(file, read.problem)}`);
    const old = read.review;
    kept = old.entries.length;
    const fresh = machine.filter((t) => !mentioned(old.entries, t)).map(pendingEntry);
    review = { ...old, entries: [...old.entries, ...fresh] };
    if (fresh.length === 0) return { file, added: 0, kept };
    writeSchemaCopy(opts.reviews);
    writeFileAtomic(file, reviewJson(review));
    return { file, added: fresh.length, kept };
  }
  review = {
    $schema: `./${SCHEMA_FILE}`,
    ...(doc.sha256 ? { document: { file: doc.file, sha256: doc.sha256 } } : {}),
    ...(opts.reviewer ? { reviewer: opts.reviewer } : {}),
    entries: machine.map(pendingEntry),
  };
  writeSchemaCopy(opts.reviews);
  writeFileAtomic(file, reviewJson(review));
  return { file, added: review.entries.length, kept: 0 };
}
