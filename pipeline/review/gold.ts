// Reviews are gold too: what reviewers accepted, corrected and added is gold; what they rejected is known false.
import { existsSync, readdirSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { describeError, InputError } from '../errors.ts';
import { predictedOf, type Predicted } from '../eval.ts';
import { analyze, readPlanFile, type Analysis } from '../processor.ts';
import type { GoldRecord, ReviewEntry, Target } from '../../model/schema.ts';
import { applyReview, indicatorClose } from './apply.ts';
import { formatProblem, readReviewFile } from './file.ts';

export interface ReviewGold {
  gold: GoldRecord[];
  /** the fresh extraction, only where reviewers decided: unreviewed targets are neither right nor wrong */
  pred: Predicted[];
  documents: string[];
  /** review files that could not be used, one line each */
  problems: string[];
  /** decisions that could no longer be placed on the text */
  stale: string[];
}


/**
 * What the reviewer saw and let stand: the `was` snapshot over the target it is placed on now
 * (a changed extraction must not make itself right), then the reviewer's corrections.
 */
function decided(doc: string, e: ReviewEntry, now: Target, moved: boolean): GoldRecord {
  const g = predictedOf(doc, now);
  const w = e.was;
  if (w) {
    for (const k of ['kind', 'part', 'domain', 'section', 'verb', 'comparator', 'value', 'unit', 'direction', 'year'] as const) {
      if (w[k] !== undefined) (g as Record<string, unknown>)[k] = w[k];
    }
    g.indicator = w.indicator;
    if (!moved) (g.line = w.line), (g.quote = w.quote);
  }
  if (e.action === 'correct') {
    for (const k of ['kind', 'part', 'domain', 'section', 'verb', 'comparator', 'value', 'unit', 'direction', 'year', 'indicator', 'line', 'quote'] as const) {
      if (e[k] !== undefined) (g as Record<string, unknown>)[k] = e[k];
    }
  }
  return g;
}

/** Which plan a review file is about: its `document.file`, else the corpus file with the same stem. */
function planFor(corpus: string, name: string, file: string | undefined): string | null {
  if (file && existsSync(join(corpus, file))) return file;
  if (!existsSync(corpus)) return null;
  return readdirSync(corpus).find((f) => basename(f, extname(f)) === name) ?? null;
}

export async function reviewsAsGold(reviewsDir: string, corpus: string): Promise<ReviewGold> {
  if (!existsSync(reviewsDir)) throw new InputError(reviewsDir, 'no such reviews folder');
  const out: ReviewGold = { gold: [], pred: [], documents: [], problems: [], stale: [] };
  const files = readdirSync(reviewsDir).filter((f) => f.endsWith('.review.json')).sort();
  for (const f of files) {
    const path = join(reviewsDir, f);
    const read = readReviewFile(path)!;
    if (!read.ok) {
      out.problems.push(formatProblem(path, read.problem));
      continue;
    }
    const name = f.slice(0, -'.review.json'.length);
    const doc = planFor(corpus, name, read.review.document?.file);
    if (!doc) {
      out.problems.push(`${path}: $.document: no plan ${read.review.document?.file ?? name} in ${corpus}/`);
      continue;
    }
    let a: Analysis;
    try {
      a = await analyze(readPlanFile(join(corpus, doc)), { path: join(corpus, doc), file: doc });
    } catch (err) {
      out.problems.push(describeError(err, doc));
      continue;
    }
    if (!a.ok) {
      out.problems.push(a.message);
      continue;
    }
    const targets = a.targets;
    const r = applyReview({ file: path, review: read.review, text: a.ingested.text, targets, sha256: a.ingested.sha256, doc, now: '' });
    if (!r.ok) {
      out.problems.push(formatProblem(path, r.problem));
      continue;
    }
    const moved = Boolean(read.review.document && read.review.document.sha256 !== a.ingested.sha256);
    out.documents.push(doc);
    out.stale.push(...r.stale);
    const seen = new Set<Target>();
    const added: Target[] = [];
    for (const er of r.entries) {
      const a = er.entry.action;
      if (er.stale || a === 'pending') continue;
      if (er.before) seen.add(er.before);
      if (a === 'accept' || a === 'correct') out.gold.push(decided(doc, er.entry, er.before!, moved));
      if (a === 'add' && er.after) {
        out.gold.push(predictedOf(doc, er.after));
        added.push(er.after);
      }
    }
    // the extractor may find a reviewer's addition now: that prediction is judged too
    for (const t of targets) {
      if (added.some((a) => t.source.start < a.source.end && a.source.start < t.source.end && indicatorClose(t.indicator.text, a.indicator.text))) seen.add(t);
    }
    out.pred.push(...targets.filter((t) => seen.has(t)).map((t) => predictedOf(doc, t)));
  }
  return out;
}
