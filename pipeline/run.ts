// `plan-targets run`: every document through the staged machine. Worker threads do the work of
// ingest → review and render the store rows and outputs; this thread is the store's single
// writer (batched commits) and then puts the outputs in place. Documents stream through a
// bounded window; unchanged ones are only hashed.
import { createHash } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { existsSync, lstatSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { basename, extname, join, relative, resolve, sep } from 'node:path';
import pLimit from 'p-limit';
import { InputError, describeError } from './errors.ts';
import type { Outcome, Stage } from './machine.ts';
import { staleLines } from './review/stage.ts';
import { BatchWriter, Store } from './stages/store.ts';
import { discardDocument, publishDocument, writeSchemas } from './stages/write.ts';
import { removeStaleTemps, writeFileAtomic, toJson } from './fsutil.ts';
import { acquireLock } from './lock.ts';
import { chooseRoot, documentKey, keyPath } from './identity.ts';
import { forgetDocuments, forgottenLine, type Forgotten } from './forget.ts';
import { VERSION, getRulesVersion } from './version.ts';
import { readPlanFile, type AnalysisStages } from './processor.ts';
import { prepareDocument, type DocumentTask, type Prepared, type RunSettings } from './workers/document.ts';
import type { OcrMode } from './stages/ocr.ts';
import { createOcrProgress, watchOcrProgress } from './stages/ocr-progress.ts';
import { WORKER_QUEUE, WorkerPool } from './workers/pool.ts';
import { busyCores, mayUseMoreWorkers, workerCount } from './concurrency.ts';

export { analysisStages } from './processor.ts';

/** Documents committed to the store in one transaction, at most. */
const BATCH_DOCS = 16;

export interface RunOptions {
  /** analysis stages that replace the default ones (tests: other rules); the run stays in this thread */
  stages?: Partial<AnalysisStages>;
  /** also write the comparison tables (compare.md/csv/xlsx, report.html) */
  compare?: boolean;
  inputs: string[];
  out: string;
  db: string;
  /** analysis worker threads; default: chosen from the documents, cores and their load (concurrency.ts) */
  concurrency?: number;
  /** analyse on this thread instead of in workers (same output); default: only for a few documents */
  inThread?: boolean;
  reviews: string;
  reviewer?: string;
  /** re-extract even when nothing changed */
  force?: boolean;
  /** forget store documents whose files are gone from the corpus */
  prune?: boolean;
  maxBytes?: number;
  /** what results depend on besides the input (default: hash of rules, extractors, stages) */
  rulesVersion?: string;
  /** where summary lines go (and document lines, unless `report` is given) */
  log?: (line: string) => void;
  /** each document's result, in input order, as soon as it and those before it are done */
  report?: (doc: DocReport) => void;
  /** problems that are not a document's (the comparison tables could not be written); default: log */
  warn?: (line: string) => void;
  /** progress text, e.g. `[3/120] plan.txt` (for a terminal display that redraws one line) */
  progress?: (text: string) => void;
  /** OCR of scans: auto (pages without text, images), always, never; default auto */
  ocr?: OcrMode;
  /** pages one document may OCR (default 300) */
  ocrMaxPages?: number;
  /** the OCR page cache (default <out>/.ocr-cache) */
  ocrCache?: string;
}

export interface DocContext {
  /** identity in the store */
  path: string;
  /** the file on disk */
  source: string;
  file: string;
  name: string;
  data?: Buffer;
  /** the worker's (or this thread's) result: store rows, outputs under temp names, run-line facts */
  prepared?: Prepared;
}

export interface DocReport {
  /** the document's identity in the store: its path relative to the corpus root */
  path: string;
  file: string;
  name: string;
  status: 'ok' | 'failed' | 'unchanged';
  format?: string;
  jurisdiction?: string | null;
  parts?: string[];
  reviewed?: number;
  stage?: Stage;
  message?: string;
  targets: number;
  baselines: number;
  reviewError?: string | null;
  stale?: string[];
  line: string;
}

export interface RunSummary {
  /** the comparison tables could not be written */
  compareError?: string;
  documents: DocReport[];
  failures: number;
  skipped: number;
  targets: number;
  baselines: number;
  stale: number;
  seconds: number;
  /** the corpus root identities are relative to */
  root: string;
  /** documents forgotten by --prune */
  forgotten: Forgotten[];
  /** worker threads the run would start (0: it analysed in this thread) */
  workers: number;
}

/** Files in a folder that are ours or a reviewer's, never plans. */
const NOT_PLANS = /\.(text\.txt|json|jsonl|sqlite|sqlite-wal|sqlite-shm|tmp-\d+-\d+)$/i;

/** Files under the inputs, sorted; reviews and our own outputs are not plans. */
export function discover(inputs: string[], skipDirs: string[]): { path: string; error?: string }[] {
  const skip = new Set(skipDirs.map((d) => resolve(d)));
  const found: { path: string; error?: string }[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      if (name.startsWith('.')) continue;
      const p = join(dir, name);
      const st = statSync(p, { throwIfNoEntry: false });
      if (!st) continue;
      if (st.isDirectory()) {
        if (!skip.has(resolve(p))) walk(p);
      } else if (!NOT_PLANS.test(name)) {
        found.push({ path: p });
      }
    }
  };
  for (const input of inputs) {
    const st = statSync(input, { throwIfNoEntry: false });
    if (!st) found.push({ path: input, error: 'cannot read: no such file or folder' });
    else if (st.isDirectory()) walk(input);
    else found.push({ path: input });
  }
  const seen = new Set<string>();
  return found.filter((f) => (seen.has(resolve(f.path)) ? false : (seen.add(resolve(f.path)), true)));
}

/** Output stems: the base name, disambiguated by extension or identity hash when two collide. */
export function outputNames(paths: string[], keys: string[] = paths.map(storePath)): string[] {
  const stem = (p: string) => basename(p, extname(p));
  const count = new Map<string, number>();
  for (const p of paths) count.set(stem(p), (count.get(stem(p)) ?? 0) + 1);
  const named = paths.map((p) => (count.get(stem(p))! > 1 ? `${stem(p)}.${extname(p).slice(1) || 'noext'}` : stem(p)));
  const again = new Map<string, number>();
  for (const n of named) again.set(n, (again.get(n) ?? 0) + 1);
  return named.map((n, i) =>
    again.get(n)! > 1 ? `${n}-${createHash('sha1').update(keys[i]!).digest('hex').slice(0, 8)}` : n,
  );
}

/** A path relative to the working directory (the identity of stores made before corpus roots). */
export function storePath(p: string): string {
  const rel = relative(process.cwd(), resolve(p));
  return (rel.startsWith('..') ? resolve(p) : rel).split(sep).join('/');
}

function sha256(data: Buffer | string): string {
  return createHash('sha256').update(data).digest('hex');
}

/** One run at a time per store (a second one fails with one line); temp files of killed runs are swept first. */
export async function run(opts: RunOptions): Promise<RunSummary> {
  const lock = acquireLock(opts.db);
  try {
    removeStaleTemps(opts.out);
    return await runLocked(opts);
  } finally {
    lock.release();
  }
}

async function runLocked(opts: RunOptions): Promise<RunSummary> {
  const t0 = performance.now();
  const log = opts.log ?? ((l: string) => console.log(l));
  const rulesVersion = opts.rulesVersion ?? getRulesVersion();
  const store = new Store(opts.db);
  try {
    writeSchemas(opts.out);
  } catch (err) {
    store.close();
    throw new InputError(opts.out, `cannot write the output folder: ${(err as Error).message}`);
  }
  const now = new Date().toISOString();
  const root = settleRoot(store, opts.inputs);
  const runId = store.beginRun(VERSION, rulesVersion, opts.inputs, now);
  const files = discover(opts.inputs, [opts.reviews, opts.out]);
  const keys = files.map((f) => documentKey(root, f.path));
  const names = outputNames(
    files.map((f) => f.path),
    keys,
  );
  const reports: (DocReport | undefined)[] = new Array(files.length);
  let printed = 0;
  let done = 0;
  const report = opts.report ?? ((d: DocReport) => log(d.line));
  const warn = opts.warn ?? log;
  const flush = () => {
    while (printed < reports.length && reports[printed]) report(reports[printed++]!);
  };
  const progress = (file: string) => opts.progress?.(`[${done}/${files.length}] ${file}`);
  // scans take seconds a page: the line counts their pages as they are read
  const ocrProgress = opts.progress ? createOcrProgress() : undefined;
  const stopOcrProgress = ocrProgress
    ? watchOcrProgress(ocrProgress, (p) => opts.progress?.(`[${done}/${files.length}] OCR page ${p.done}/${p.total} of ${p.file}`))
    : () => undefined;

  // workers start on first need: a run with nothing to analyse starts none; how many, and
  // whether any, is workerCount's rule (for a few documents their start costs more than it saves)
  const cores = availableParallelism();
  const workers = workerCount({
    documents: files.length,
    given: opts.concurrency,
    inThread: opts.stages ? true : opts.inThread,
    cores,
    busy: opts.concurrency === undefined && mayUseMoreWorkers(files.length, cores) ? await busyCores() : 0,
  });
  const pool = workers === 0 ? null : new WorkerPool(workers);
  const prepare = (t: DocumentTask): Promise<Prepared> => (pool ? pool.prepare(t) : prepareDocument(t, undefined, opts.stages));
  const settings: RunSettings = {
    out: opts.out,
    reviews: opts.reviews,
    reviewer: opts.reviewer,
    now,
    rulesVersion,
    runId,
    // = DEFAULT_OCR_MAX_PAGES of stages/ocr.ts; one pool of Tesseract slots for all workers
    ocr: { mode: opts.ocr ?? 'auto', cacheDir: opts.ocrCache ?? join(opts.out, '.ocr-cache'), maxPages: opts.ocrMaxPages ?? 300, slots: ocrSlots(availableParallelism()), progress: ocrProgress },
  };
  // a run that writes many documents, compared with what the store holds, builds the readers'
  // indexes once at its end; a small update keeps them
  const writer = new BatchWriter(store, BATCH_DOCS, 20, Math.max(200, store.documentCount() / 4));
  /**
   * The document machine ran where its stages ran (a worker, or this thread); here its rows are
   * committed (`store`) and its outputs published (`write`), each failing that stage alone.
   */
  const runOne = async (c: DocContext): Promise<Outcome<DocContext>> => {
    const prepared = await prepare({ path: c.source, key: c.path, file: c.file, name: c.name, data: c.data, maxBytes: opts.maxBytes, run: settings });
    const context = { ...c, data: undefined, prepared };
    if (!prepared.ok) return { context, failed: { stage: prepared.stage, message: prepared.message } };
    // an output left from before must not outlive this row: a run killed before
    // `write` leaves no targets file, so the next run does the document again (removed off
    // this thread: an unlink of a file just written can take milliseconds the writer needs;
    // a stat first, as most runs have none to remove and a trip through the thread pool costs more)
    try {
      const previous = join(opts.out, `${c.name}.targets.json`);
      if (lstatSync(previous, { throwIfNoEntry: false })) await rm(previous, { force: true });
      await writer.save(prepared.rows);
    } catch (err) {
      return { context, failed: { stage: 'store', message: describeError(err, c.file) } };
    }
    try {
      publishDocument(prepared.outputs);
    } catch (err) {
      return { context, failed: { stage: 'write', message: describeError(new InputError(opts.out, `cannot write outputs: ${(err as Error).message}`)) } };
    }
    return { context, failed: null };
  };

  const reviewFileSha = (name: string): string | null => {
    const p = join(opts.reviews, `${name}.review.json`);
    return existsSync(p) ? sha256(readFileSync(p)) : null;
  };

  // a bounded window of documents in flight: those in the workers' hands, one more each, and
  // those waiting for their batch to be committed
  const limit = pLimit(pool ? workers * (WORKER_QUEUE + 1) + BATCH_DOCS : Math.max(1, opts.concurrency ?? cores));
  await Promise.all(
    files.map((f, i) =>
      limit(async () => {
        const path = keys[i]!;
        const file = basename(f.path);
        const name = names[i]!;
        progress(file);
        let report: DocReport | undefined;
        if (f.error) {
          report = failedReport(store, { path, file, name, rulesVersion, runId }, 'ingest', `${file}: ${f.error}`);
        } else {
          let data: Buffer | undefined;
          try {
            checkSize(f.path, file, opts.maxBytes ?? MAX_BYTES);
            // only a document stored before is read here, to compare its hash; others are read by their worker
            const prev = opts.force ? undefined : store.fingerprint(path);
            if (
              prev &&
              prev.status === 'ok' &&
              prev.rulesVersion === rulesVersion &&
              prev.name === name &&
              prev.sha256 === sha256((data = readPlanFile(f.path))) &&
              prev.reviewsSha === reviewFileSha(name) &&
              existsSync(join(opts.out, `${name}.targets.json`))
            ) {
              writer.touch(path, runId);
              const stale = prev.stale;
              report = {
                path,
                file,
                name,
                status: 'unchanged',
                targets: prev.targets,
                baselines: prev.baselines,
                reviewError: prev.reviewError,
                stale,
                line: `= ${file}  unchanged${stale.length ? `  (${stale.length} stale review entr${stale.length === 1 ? 'y' : 'ies'})` : ''}${prev.reviewError ? `  (review file invalid, unreviewed: ${prev.reviewError})` : ''}${staleLines(stale)}`,
              };
            }
          } catch (err) {
            report = failedReport(store, { path, file, name, rulesVersion, runId }, 'ingest', describeError(err, file));
          }
          if (!report) {
            const outcome = await runOne({ path, source: f.path, file, name, data });
            if (outcome.failed) {
              const p = outcome.context.prepared;
              if (p?.ok) discardDocument(p.outputs);
              report = failedReport(store, { path, file, name, rulesVersion, runId }, outcome.failed.stage, outcome.failed.message);
            } else {
              report = okReport(outcome.context);
            }
          }
        }
        reports[i] = report!;
        done++;
        progress(file);
        flush();
      }),
    ),
  ).finally(() => {
    stopOcrProgress();
    return pool?.close();
  });
  try {
    writer.finish();
  } catch (err) {
    store.close();
    throw new InputError(opts.db, `cannot update the store: ${(err as Error).message}`);
  }
  flush();

  const docs = reports as DocReport[];
  let forgotten: Forgotten[] = [];
  if (opts.prune) {
    const gone = store
      .documents()
      .filter((d) => !existsSync(keyPath(root, d.path)))
      .map((d) => d.path);
    try {
      forgotten = forgetDocuments(store, opts.out, gone);
    } catch (err) {
      store.close();
      throw new InputError(opts.db, `cannot forget documents: ${(err as Error).message}`);
    }
    for (const f of forgotten) log(forgottenLine(f));
  }
  const summary: RunSummary = {
    root,
    forgotten,
    workers,
    documents: docs,
    failures: docs.filter((d) => d.status === 'failed').length,
    skipped: docs.filter((d) => d.status === 'unchanged').length,
    targets: docs.reduce((s, d) => s + d.targets, 0),
    baselines: docs.reduce((s, d) => s + d.baselines, 0),
    stale: docs.reduce((s, d) => s + (d.stale?.length ?? 0), 0),
    seconds: (performance.now() - t0) / 1000,
  };
  store.finishRun(
    runId,
    { documents: docs.length, skipped: summary.skipped, targets: summary.targets, failures: summary.failures },
    new Date().toISOString(),
  );
  store.close();
  writeFileAtomic(
    join(opts.out, 'run.json'),
    toJson({
      version: VERSION,
      rulesVersion,
      documents: docs.map((d) => ({
        path: d.path,
        name: d.name,
        status: d.status === 'unchanged' ? 'ok' : d.status,
        ...(d.stage ? { stage: d.stage } : {}),
        ...(d.message ? { message: d.message } : {}),
        targets: d.targets,
        baselines: d.baselines,
        ...(d.reviewError ? { reviewError: d.reviewError } : {}),
        ...(d.stale?.length ? { stale: d.stale } : {}),
      })),
    }),
  );
  if (opts.compare) {
    try {
      const { writeComparison } = await import('./compare/index.ts');
      const { files: written, table } = await writeComparison(opts.db, opts.out);
      log(`compare: ${written.map((f) => basename(f)).join(', ')}`);
      const { ambiguousLine, awaitingLine, duplicatesLine } = await import('./compare/index.ts');
      if (table.duplicates.length) log(duplicatesLine(table.duplicates));
      for (const line of [ambiguousLine(table), awaitingLine(table)]) if (line) log(line);
    } catch (err) {
      summary.compareError = describeError(err);
      warn(`✗ compare: ${summary.compareError}`);
    }
  }
  const ok = docs.length - summary.failures;
  log(
    `${docs.length} document${docs.length === 1 ? '' : 's'}: ${ok} ok${summary.skipped ? ` (${summary.skipped} unchanged)` : ''}, ` +
      `${summary.failures} failed; ${summary.targets} targets, ${summary.baselines} baselines` +
      `${summary.stale ? `; ${summary.stale} stale review entr${summary.stale === 1 ? 'y' : 'ies'}` : ''}` +
      `${forgotten.length ? `; ${forgotten.length} forgotten` : ''}` +
      ` in ${summary.seconds.toFixed(1)} s → ${opts.out}`,
  );
  return summary;
}

/**
 * The corpus root of this run, recorded in the store. A store made before roots has its
 * documents re-keyed relative to it (they were keyed by the path given, from this folder).
 */
function settleRoot(store: Store, inputs: string[]): string {
  const recorded = store.corpusRoot();
  const { root, prefix } = chooseRoot(inputs, recorded);
  if (recorded === null) store.setCorpusRoot(root, { legacy: { cwd: process.cwd() } });
  else if (root !== recorded) store.setCorpusRoot(root, { prefix });
  return root;
}

function okReport(c: DocContext): DocReport {
  const p = c.prepared as Extract<Prepared, { ok: true }>;
  const s = p.summary;
  const where = s.jurisdiction ?? 'jurisdiction unknown';
  const parts = s.parts.join('+') || 'no plan title';
  const notes = [
    s.reviewed ? `${s.reviewed} reviewed` : '',
    s.reviewError ? `review file invalid, unreviewed: ${s.reviewError}` : '',
    s.stale.length ? `${s.stale.length} stale review entr${s.stale.length === 1 ? 'y' : 'ies'}` : '',
  ].filter(Boolean);
  return {
    path: c.path,
    file: c.file,
    name: c.name,
    status: 'ok',
    format: s.format,
    jurisdiction: s.jurisdiction,
    parts: s.parts,
    reviewed: s.reviewed,
    targets: s.targets,
    baselines: s.baselines,
    reviewError: s.reviewError,
    stale: s.stale,
    line: `✓ ${c.file}  ${s.format}  ${where}  ${parts}  ${s.targets} targets, ${s.baselines} baselines${notes.length ? `  (${notes.join('; ')})` : ''}${staleLines(s.stale)}`,
  };
}

function failedReport(
  store: Store,
  d: { path: string; file: string; name: string; rulesVersion: string; runId: number },
  stage: Stage,
  message: string,
): DocReport {
  store.saveDocument({
    ...d,
    info: null,
    bytes: null,
    reviewsSha: null,
    status: 'failed',
    stage,
    error: message,
    reviewError: null,
    targets: [],
  });
  return { path: d.path, file: d.file, name: d.name, status: 'failed', stage, message, targets: 0, baselines: 0, line: `✗ ${message}` };
}

/** A counting semaphore in shared memory (see OcrSlots in stages/ocr.ts, not imported here). */
function ocrSlots(n: number): SharedArrayBuffer {
  const shared = new SharedArrayBuffer(4);
  new Int32Array(shared)[0] = Math.max(1, n);
  return shared;
}

/** = DEFAULT_MAX_BYTES of stages/ingest.ts (a test holds them equal); not imported, so this thread loads no parser. */
export const MAX_BYTES = 64 * 1024 * 1024;

/** Size checked before reading: a file over the limit is never loaded into memory. */
function checkSize(path: string, file: string, maxBytes: number): void {
  const size = statSync(path, { throwIfNoEntry: false })?.size ?? 0;
  if (size > maxBytes) {
    // worded as ingest words it
    const fmt = (n: number) => (n >= 1024 * 1024 ? `${(n / (1024 * 1024)).toFixed(1)} MB` : n >= 1024 ? `${(n / 1024).toFixed(1)} KB` : `${n} bytes`);
    throw new InputError(file, `file is ${fmt(size)}, over the ${fmt(maxBytes).replace(/\.0 /, ' ')} limit`);
  }
}
