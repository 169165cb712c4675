// One decision into a review file: the workbench's only way of changing one. The new file is
// checked against its schema and against the text before it may be written.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as z from 'zod';
import { REVIEW_FIELDS, ReviewFile, reviewFields, type ReviewEntry, type Target } from '../../model/schema.ts';
import { applyReview } from './apply.ts';
import { jsonPath, SCHEMA_FILE, type ReviewProblem } from './file.ts';
import { reviewedOn } from './init.ts';
import type { ReviewState } from './workbench.ts';

/** Fields a reviewer sets, as the page sends them. */
export const DecisionFields = z.object(reviewFields).strict();

/** PUT …/entries/:id: a decision on one target (`pending` takes a decision back). */
export const Decision = z
  .object({
    action: z.enum(['accept', 'reject', 'correct', 'pending']),
    fields: DecisionFields.optional(),
    note: z.string().max(2000).optional(),
  })
  .strict();
export type Decision = z.infer<typeof Decision>;

/** POST …/entries: a target the extractor missed. */
export const Addition = z
  .object({ fields: DecisionFields, note: z.string().max(2000).optional() })
  .strict();
export type Addition = z.infer<typeof Addition>;

export class EditError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly problem?: ReviewProblem,
  ) {
    super(message);
  }
}

/** The file to start from: the one on disk, or a new one for the document. */
function baseFile(state: ReviewState): ReviewFile {
  if (state.problem) throw new EditError(409, `the review file cannot be changed until it is fixed: ${state.problem.path}: ${state.problem.problem}`);
  if (state.review) return structuredClone(state.review);
  if (state.error || state.sha256 === null) throw new EditError(409, `the plan cannot be read: ${state.error ?? 'unknown'}`);
  const schemaHere = existsSync(join(dirname(state.file.file), SCHEMA_FILE));
  return {
    ...(schemaHere ? { $schema: `./${SCHEMA_FILE}` } : {}),
    document: { file: state.doc.file, sha256: state.sha256 },
    entries: [],
  };
}

/** Only the fields that differ from the target: what a correction says. */
function changedFields(t: Target, fields: z.infer<typeof DecisionFields>): Partial<ReviewEntry> {
  const was: Record<string, unknown> = { ...reviewedOn(t), upper: t.upper, change: t.change };
  const out: Record<string, unknown> = {};
  for (const k of REVIEW_FIELDS) {
    const v = fields[k];
    if (v === undefined) continue;
    if (JSON.stringify(v) !== JSON.stringify(was[k] ?? null)) out[k] = v;
  }
  if (out.line !== undefined || out.quote !== undefined) {
    out.line = fields.line ?? t.source.line;
    out.quote = fields.quote ?? t.source.quote;
  }
  return out as Partial<ReviewEntry>;
}

/** An entry's keys in the order reviewers read them: id, action, who, note, fields, was. */
function ordered(e: ReviewEntry): ReviewEntry {
  const out: Record<string, unknown> = {};
  for (const k of ['id', 'action', 'reviewer', 'note', ...REVIEW_FIELDS, 'was'] as const) {
    if (e[k as keyof ReviewEntry] !== undefined) out[k] = e[k as keyof ReviewEntry];
  }
  return out as ReviewEntry;
}

/** Which entry already speaks of a target (machine or added), or -1. */
function entryOf(state: ReviewState, id: string): number {
  const hit = state.entries.find((r) => r.before?.id === id || (r.entry.action === 'add' && r.after?.id === id));
  if (hit) return hit.index;
  return state.review?.entries.findIndex((e) => e.id === id) ?? -1;
}

export function decide(state: ReviewState, id: string, d: Decision, reviewer?: string): ReviewFile {
  const review = baseFile(state);
  const target = state.targets.find((t) => t.id === id);
  const at = entryOf(state, id);
  const old = at >= 0 ? review.entries[at] : undefined;
  const who = reviewer && reviewer !== review.reviewer ? { reviewer } : {};
  const note = d.note !== undefined ? (d.note ? { note: d.note } : {}) : old?.note !== undefined ? { note: old.note } : {};
  if (!target) {
    // an added record: reject takes the addition back, correct changes it
    if (!old || old.action !== 'add') throw new EditError(404, `no target ${id} in this document`);
    if (d.action === 'reject' || d.action === 'pending') review.entries.splice(at, 1);
    else if (d.action === 'correct') review.entries[at] = ordered({ ...old, ...who, ...note, ...(d.fields ?? {}), action: 'add' });
    else throw new EditError(400, 'an added target is kept as it is: accept has nothing to do');
    return review;
  }
  let fields: Partial<ReviewEntry> = {};
  if (d.action === 'correct') {
    // a source span corrected before stays unless this correction gives one
    const keepSource = old?.action === 'correct' && old.line !== undefined && d.fields?.line === undefined ? { line: old.line, quote: old.quote } : {};
    fields = changedFields(target, { ...keepSource, ...(d.fields ?? {}) });
    if (Object.keys(fields).length === 0) throw new EditError(400, 'the correction changes nothing: accept the target instead');
  } else if (d.fields && Object.keys(d.fields).length) {
    throw new EditError(400, `only a correction sets fields; this is ${d.action}`);
  }
  const entry = ordered({ id: target.id, action: d.action, ...who, ...note, ...fields, was: reviewedOn(target) });
  if (old) review.entries[at] = entry;
  else review.entries.push(entry);
  return review;
}

export function add(state: ReviewState, a: Addition, reviewer?: string): ReviewFile {
  const review = baseFile(state);
  const who = reviewer && reviewer !== review.reviewer ? { reviewer } : {};
  review.entries.push(ordered({ action: 'add', ...who, ...(a.note ? { note: a.note } : {}), ...a.fields }));
  return review;
}

/** The new file must be what `run` accepts: its schema, then every entry against the text. */
export function validate(state: ReviewState, review: ReviewFile): void {
  const parsed = ReviewFile.safeParse(review);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new EditError(400, `${jsonPath(issue.path)}: ${issue.message}`, { path: jsonPath(issue.path), problem: issue.message });
  }
  const r = applyReview({
    file: state.file.file,
    review: parsed.data,
    text: state.text!,
    targets: [...state.targets],
    sha256: state.sha256 ?? undefined,
    doc: state.doc.path,
    now: '',
  });
  if (!r.ok) throw new EditError(400, `${r.problem.path}: ${r.problem.problem}`, r.problem);
}
