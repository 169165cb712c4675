// Everything a run does to one document except storing it: analysis (ingest → normalize), review,
// the store rows and the outputs under temp names. Runs in a worker thread (or in-thread for a few
// documents), so the main thread, the store's single writer, only inserts rows and renames files.
import { InputError } from '../errors.ts';
import { STAGES, documentRunner, type Stage, type StageFn } from '../machine.ts';
import type { DocumentInfo, Format } from '../../model/schema.ts';
import type { OcrOptions } from '../stages/ocr.ts';
import { applyReviews } from '../review/stage.ts';
import { documentRows, type DocumentRows } from '../stages/rows.ts';
import { renderDocument, targetsFileOf, type PendingOutputs } from '../stages/write.ts';
import { resolveJurisdiction } from '../stages/place.ts';
import { analysisStageFns, announced, type AnalysisContext, type AnalysisStage, type AnalysisStages } from '../processor.ts';

/** What the run tells every document. */
export interface RunSettings {
  out: string;
  reviews: string;
  reviewer?: string;
  /** ISO time of the run, for the review log */
  now: string;
  rulesVersion: string;
  runId: number;
  /** OCR of scans (mode, page cache, slots shared by the run's threads) */
  ocr?: OcrOptions;
}

export interface DocumentTask {
  /** where the file is read from */
  path: string;
  /** its identity in the store (relative to the corpus root); default: `path` */
  key?: string;
  file: string;
  name: string;
  /** the file's bytes if the run has read them (across threads the buffer is transferred, not
   * copied); otherwise the document is read from `path` where it is prepared */
  data?: Uint8Array;
  maxBytes?: number;
  run: RunSettings;
}

/** What the run line and the summary need. */
export interface DocumentSummary {
  format: Format;
  jurisdiction: string | null;
  parts: string[];
  targets: number;
  baselines: number;
  /** targets a reviewer decided on (rejected ones included) */
  reviewed: number;
  reviewError: string | null;
  stale: string[];
}

export type Prepared =
  | { ok: true; summary: DocumentSummary; rows: DocumentRows; outputs: PendingOutputs }
  | { ok: false; stage: Stage; message: string };

/** A document in the machine: the analysis context and what review, store and write add. */
interface DocumentContext extends AnalysisContext {
  task: DocumentTask;
  reviewed?: ReturnType<typeof applyReviews>;
  info?: DocumentInfo;
  rows?: DocumentRows;
  outputs?: PendingOutputs;
}

/** The document's facts: the jurisdiction resolved against the division codes. */
const infoOf = (c: DocumentContext): DocumentInfo => ({
  file: c.ingested!.file,
  sha256: c.ingested!.sha256,
  format: c.ingested!.format,
  jurisdiction: resolveJurisdiction(c.structure!.jurisdiction, c.ingested!.text),
  plans: c.structure!.plans,
  // only a monitoring report says so: plans' outputs keep their bytes
  ...(c.structure!.genre ? { genre: c.structure!.genre } : {}),
});

/** review → store rows → outputs under temp names: the stages after analysis, in the same thread. */
const afterAnalysis = {
  review: announced<DocumentContext>('review', (c) => {
    const { task } = c;
    const { run } = task;
    return {
      reviewed: applyReviews({
        path: task.key ?? task.path,
        file: task.file,
        name: task.name,
        text: c.ingested!.text,
        targets: c.targets!,
        reviewsDir: run.reviews,
        reviewer: run.reviewer,
        now: run.now,
        sha256: c.ingested!.sha256,
      }),
    };
  }),
  store: announced<DocumentContext>('store', (c) => {
    const { task } = c;
    const r = c.reviewed!;
    const info = infoOf(c);
    const rows = documentRows(
      {
        path: task.key ?? task.path,
        file: task.file,
        name: task.name,
        info,
        bytes: c.ingested!.bytes,
        rulesVersion: task.run.rulesVersion,
        reviewsSha: r.reviewsSha,
        status: 'ok',
        stage: null,
        error: null,
        reviewError: r.reviewError,
        stale: r.stale,
        targets: r.targets,
        runId: task.run.runId,
      },
      r.log,
    );
    return { info, rows };
  }),
  write: announced<DocumentContext>('write', (c) => {
    const live = c.reviewed!.targets.filter((t) => t.storeStatus !== 'rejected').map((t) => t.target);
    try {
      return { outputs: renderDocument(c.task.run.out, c.task.name, targetsFileOf(c.info!, live), c.ingested!.derived ? c.ingested!.text : null) };
    } catch (err) {
      throw new InputError(c.task.run.out, `cannot write outputs: ${(err as Error).message}`);
    }
  }),
};

function documentStages(stages?: Partial<AnalysisStages>): Record<Stage, StageFn<DocumentContext>> {
  return { ...(analysisStageFns(stages) as Record<AnalysisStage, StageFn<DocumentContext>>), ...afterAnalysis };
}

const defaultRunner = documentRunner(documentStages(), STAGES);

/**
 * A document from its bytes to its store rows and rendered outputs, on the document machine, in this
 * thread; the run's writer commits the rows and publishes the outputs. `stages` replace analysis
 * stages (tests), in-thread only.
 */
export async function prepareDocument(task: DocumentTask, onStage?: (stage: Stage) => void, stages?: Partial<AnalysisStages>): Promise<Prepared> {
  const data = !task.data || Buffer.isBuffer(task.data) ? task.data : Buffer.from(task.data.buffer, task.data.byteOffset, task.data.byteLength);
  const runner = stages ? documentRunner(documentStages(stages), STAGES) : defaultRunner;
  const out = await runner({ path: task.path, file: task.file, data, maxBytes: task.maxBytes, ocr: task.run.ocr, onStage, task: { ...task, data: undefined } });
  if (out.failed) return { ok: false, ...out.failed };
  const c = out.context;
  const r = c.reviewed!;
  const live = r.targets.filter((t) => t.storeStatus !== 'rejected');
  const baselines = live.filter((t) => t.target.kind === 'baseline').length;
  return {
    ok: true,
    summary: {
      format: c.ingested!.format,
      jurisdiction: c.info!.jurisdiction.name,
      parts: [...new Set(c.structure!.plans.map((p) => p.part))],
      targets: live.length - baselines,
      baselines,
      reviewed: r.targets.filter((t) => t.storeStatus !== 'extracted').length,
      reviewError: r.reviewError,
      stale: r.stale,
    },
    rows: c.rows!,
    outputs: c.outputs!,
  };
}
