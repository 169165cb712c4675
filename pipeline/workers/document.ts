// Everything a run does to one document except storing it: analysis (ingest → normalize), review,
// the store rows and the outputs under temp names. Runs in a worker thread (or in-thread for a few
// documents), so the main thread, the store's single writer, only inserts rows and renames files.
import { InputError, describeError } from '../errors.ts';
import type { Stage } from '../machine.ts';
import type { Format } from '../../model/schema.ts';
import type { OcrOptions } from '../stages/ocr.ts';
import { applyReviews } from '../stages/review.ts';
import { documentRows, type DocumentRows } from '../stages/rows.ts';
import { renderDocument, targetsFileOf, type PendingOutputs } from '../stages/write.ts';
import { analyze } from './analysis.ts';

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
  path: string;
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

export async function prepareDocument(task: DocumentTask, onStage?: (stage: Stage) => void): Promise<Prepared> {
  const data = !task.data || Buffer.isBuffer(task.data) ? task.data : Buffer.from(task.data.buffer, task.data.byteOffset, task.data.byteLength);
  const a = await analyze({ path: task.path, file: task.file, data, maxBytes: task.maxBytes, ocr: task.run.ocr }, onStage);
  if (!a.ok) return a;
  const { run } = task;
  let stage: Stage = 'review';
  try {
    onStage?.(stage);
    const r = applyReviews({
      path: task.path,
      file: task.file,
      name: task.name,
      text: a.ingested.text,
      targets: a.targets,
      reviewsDir: run.reviews,
      reviewer: run.reviewer,
      now: run.now,
      sha256: a.ingested.sha256,
    });
    const info = { file: a.ingested.file, sha256: a.ingested.sha256, format: a.ingested.format, ...a.structure };
    stage = 'store';
    onStage?.(stage);
    const rows = documentRows(
      {
        path: task.path,
        file: task.file,
        name: task.name,
        info,
        bytes: a.ingested.bytes,
        rulesVersion: run.rulesVersion,
        reviewsSha: r.reviewsSha,
        status: 'ok',
        stage: null,
        error: null,
        reviewError: r.reviewError,
        stale: r.stale,
        targets: r.targets,
        runId: run.runId,
      },
      r.log,
    );
    stage = 'write';
    onStage?.(stage);
    const live = r.targets.filter((t) => t.storeStatus !== 'rejected').map((t) => t.target);
    let outputs: PendingOutputs;
    try {
      outputs = renderDocument(run.out, task.name, targetsFileOf(info, live), a.ingested.derived ? a.ingested.text : null);
    } catch (err) {
      throw new InputError(run.out, `cannot write outputs: ${(err as Error).message}`);
    }
    const baselines = live.filter((t) => t.kind === 'baseline').length;
    return {
      ok: true,
      summary: {
        format: a.ingested.format,
        jurisdiction: a.structure.jurisdiction.name,
        parts: [...new Set(a.structure.plans.map((p) => p.part))],
        targets: live.length - baselines,
        baselines,
        reviewed: r.targets.filter((t) => t.storeStatus !== 'extracted').length,
        reviewError: r.reviewError,
        stale: r.stale,
      },
      rows,
      outputs,
    };
  } catch (err) {
    return { ok: false, stage, message: describeError(err, task.file) };
  }
}
