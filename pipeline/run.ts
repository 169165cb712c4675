// `plan-targets run`: every document through the staged machine. Ingest → normalize run in
// worker threads; review, the single store writer and write stay on this thread. Documents
// stream through a bounded window; unchanged ones are only hashed.
import { createHash } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { existsSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { basename, extname, join, relative, resolve, sep } from 'node:path';
import pLimit from 'p-limit';
import { InputError, describeError } from './errors.ts';
import { runDocument, type Stage, type StageFn } from './machine.ts';
import type { DocStructure, DocumentInfo, Extracted, StoreStatus, Target } from './schema.ts';
import type { Ingested } from './stages/ingest.ts';
import { applyReviews, staleLines } from './stages/review.ts';
import { Store, type ReviewLogEntry } from './stages/store.ts';
import { targetsFileOf, writeDocument, writeSchemas } from './stages/write.ts';
import { removeStaleTemps, writeFileAtomic, toJson } from './fsutil.ts';
import { acquireLock } from './lock.ts';
import { VERSION, getRulesVersion } from './version.ts';
import { analysisStages, readPlanFile, type Analysis, type AnalysisStage } from './workers/analysis.ts';
import { WorkerPool } from './workers/pool.ts';

export { analysisStages } from './workers/analysis.ts';

export interface RunOptions {
  /** also write the comparison tables (compare.md/csv/xlsx, report.html) */
  compare?: boolean;
  inputs: string[];
  out: string;
  db: string;
  /** analysis worker threads (default: the machine's cores) */
  concurrency: number;
  /** analyse on this thread instead of in workers (same output); default: only for a few documents */
  inThread?: boolean;
  reviews: string;
  reviewer?: string;
  /** re-extract even when nothing changed */
  force?: boolean;
  maxBytes?: number;
  /** what results depend on besides the input (default: hash of rules, extractors, stages) */
  rulesVersion?: string;
  /** where summary lines go */
  log?: (line: string) => void;
  /** a progress display on stderr (terminals only) */
  progress?: boolean;
}

export interface DocContext {
  path: string;
  file: string;
  name: string;
  data?: Buffer;
  ingested?: Ingested;
  structure?: DocStructure;
  extracted?: Extracted[];
  targets?: Target[];
  reviewed?: { target: Target; storeStatus: StoreStatus }[];
  reviewLog?: ReviewLogEntry[];
  reviewsSha?: string | null;
  reviewError?: string | null;
  stale?: string[];
  /** a worker's analysis, from which structure → normalize complete */
  analysis?: Analysis;
}

export interface DocReport {
  path: string;
  name: string;
  status: 'ok' | 'failed' | 'unchanged';
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
}

/** Fewer documents than this are analysed in-thread unless asked otherwise. */
export const MIN_WORKER_DOCS = 8;

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

/** Output stems: the base name, disambiguated by extension or path hash when two collide. */
export function outputNames(paths: string[]): string[] {
  const stem = (p: string) => basename(p, extname(p));
  const count = new Map<string, number>();
  for (const p of paths) count.set(stem(p), (count.get(stem(p)) ?? 0) + 1);
  const named = paths.map((p) => (count.get(stem(p))! > 1 ? `${stem(p)}.${extname(p).slice(1) || 'noext'}` : stem(p)));
  const again = new Map<string, number>();
  for (const n of named) again.set(n, (again.get(n) ?? 0) + 1);
  return named.map((n, i) =>
    again.get(n)! > 1 ? `${n}-${createHash('sha1').update(storePath(paths[i]!)).digest('hex').slice(0, 8)}` : n,
  );
}

export function storePath(p: string): string {
  const rel = relative(process.cwd(), resolve(p));
  return (rel.startsWith('..') ? resolve(p) : rel).split(sep).join('/');
}

export function documentInfo(ingested: Ingested, structure: DocStructure): DocumentInfo {
  return {
    file: ingested.file,
    sha256: ingested.sha256,
    format: ingested.format,
    jurisdiction: structure.jurisdiction,
    plans: structure.plans,
  };
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
  const runId = store.beginRun(VERSION, rulesVersion, opts.inputs, now);
  const files = discover(opts.inputs, [opts.reviews, opts.out]);
  const names = outputNames(files.map((f) => f.path));
  const reports: (DocReport | undefined)[] = new Array(files.length);
  let printed = 0;
  let done = 0;
  const flush = () => {
    while (printed < reports.length && reports[printed]) log(reports[printed++]!.line);
  };
  const progress = (file: string) => {
    if (opts.progress) process.stderr.write(`\r\x1b[K[${done}/${files.length}] ${file}`);
  };

  // workers start on first need: a run with nothing to analyse starts none; for a handful of
  // documents their start-up (a second or two each) costs more than it saves
  const workers = Math.max(1, opts.concurrency || availableParallelism());
  const pool = (opts.inThread ?? files.length < MIN_WORKER_DOCS) ? null : new WorkerPool(workers);
  const analysis: Pick<Record<Stage, StageFn<DocContext>>, AnalysisStage> = pool
    ? workerStages(pool, opts.maxBytes)
    : {
        ingest: (c) => analysisStages.ingest(c, opts.maxBytes),
        structure: analysisStages.structure,
        extract: analysisStages.extract,
        normalize: analysisStages.normalize,
      };
  const stages = (): Record<Stage, StageFn<DocContext>> => ({
    ...analysis,
    review: (c) => {
      const r = applyReviews({
        path: c.path,
        file: c.file,
        name: c.name,
        text: c.ingested!.text,
        targets: c.targets!,
        reviewsDir: opts.reviews,
        reviewer: opts.reviewer,
        now,
        sha256: c.ingested!.sha256,
      });
      return { reviewed: r.targets, reviewLog: r.log, reviewsSha: r.reviewsSha, reviewError: r.reviewError, stale: r.stale };
    },
    store: (c) => {
      // an output left from before must not outlive this row: a run killed before
      // `write` leaves no targets file, so the next run does the document again
      rmSync(join(opts.out, `${c.name}.targets.json`), { force: true });
      store.saveDocument(
        {
          path: c.path,
          file: c.file,
          name: c.name,
          info: documentInfo(c.ingested!, c.structure!),
          bytes: c.ingested!.bytes,
          rulesVersion,
          reviewsSha: c.reviewsSha ?? null,
          status: 'ok',
          stage: null,
          error: null,
          reviewError: c.reviewError ?? null,
          stale: c.stale ?? [],
          targets: c.reviewed!,
          runId,
        },
        c.reviewLog,
      );
      return {};
    },
    write: (c) => {
      const live = c.reviewed!.filter((r) => r.storeStatus !== 'rejected').map((r) => r.target);
      const info = documentInfo(c.ingested!, c.structure!);
      try {
        writeDocument(opts.out, c.name, targetsFileOf(info, live), c.ingested!.derived ? c.ingested!.text : null);
      } catch (err) {
        throw new InputError(opts.out, `cannot write outputs: ${(err as Error).message}`);
      }
      return {};
    },
  });

  const reviewFileSha = (name: string): string | null => {
    const p = join(opts.reviews, `${name}.review.json`);
    return existsSync(p) ? sha256(readFileSync(p)) : null;
  };

  // what earlier runs recorded, read once: an unchanged document costs a hash, not a table scan
  const known = opts.force ? new Map<string, never>() : new Map(store.documents().map((d) => [d.path, d]));
  // a bounded window of documents in flight: each worker busy with one and one waiting
  const limit = pLimit(pool ? workers * 2 + 1 : Math.max(1, opts.concurrency));
  await Promise.all(
    files.map((f, i) =>
      limit(async () => {
        const path = storePath(f.path);
        const file = basename(f.path);
        const name = names[i]!;
        progress(file);
        let report: DocReport;
        if (f.error) {
          report = failedReport(store, { path, file, name, rulesVersion, runId }, 'ingest', `${file}: ${f.error}`);
        } else {
          let data: Buffer | undefined;
          try {
            data = readWithinLimit(f.path, file, opts.maxBytes ?? MAX_BYTES);
          } catch (err) {
            data = undefined;
            report = failedReport(store, { path, file, name, rulesVersion, runId }, 'ingest', describeError(err, file));
          }
          if (data) {
            const prev = known.has(path) ? store.fingerprint(path) : undefined;
            if (
              prev &&
              prev.status === 'ok' &&
              prev.sha256 === sha256(data) &&
              prev.rulesVersion === rulesVersion &&
              prev.reviewsSha === reviewFileSha(name) &&
              prev.name === name &&
              existsSync(join(opts.out, `${name}.targets.json`))
            ) {
              store.touch(path, runId);
              const row = known.get(path);
              const stale = row?.stale ?? [];
              report = {
                path,
                name,
                status: 'unchanged',
                targets: row?.targets ?? 0,
                baselines: row?.baselines ?? 0,
                reviewError: row?.reviewError ?? null,
                stale,
                line: `= ${file}  unchanged${stale.length ? `  (${stale.length} stale review entr${stale.length === 1 ? 'y' : 'ies'})` : ''}${row?.reviewError ? `  (review file invalid, unreviewed: ${row.reviewError})` : ''}${staleLines(stale)}`,
              };
            } else {
              const outcome = await runDocument(stages(), { path, file, name, data });
              if (outcome.failed) {
                report = failedReport(store, { path, file, name, rulesVersion, runId }, outcome.failed.stage, outcome.failed.message);
              } else {
                report = okReport(outcome.context);
              }
            }
          }
        }
        reports[i] = report!;
        done++;
        progress(file);
        flush();
      }),
    ),
  ).finally(() => pool?.close());
  if (opts.progress) process.stderr.write('\r\x1b[K');
  flush();

  const docs = reports as DocReport[];
  const summary: RunSummary = {
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
      const { files: written } = await writeComparison(opts.db, opts.out);
      log(`compare: ${written.map((f) => basename(f)).join(', ')}`);
    } catch (err) {
      summary.compareError = describeError(err);
      log(`✗ compare: ${summary.compareError}`);
    }
  }
  const ok = docs.length - summary.failures;
  log(
    `${docs.length} document${docs.length === 1 ? '' : 's'}: ${ok} ok${summary.skipped ? ` (${summary.skipped} unchanged)` : ''}, ` +
      `${summary.failures} failed; ${summary.targets} targets, ${summary.baselines} baselines` +
      `${summary.stale ? `; ${summary.stale} stale review entr${summary.stale === 1 ? 'y' : 'ies'}` : ''}` +
      ` in ${summary.seconds.toFixed(1)} s → ${opts.out}`,
  );
  return summary;
}

function okReport(c: DocContext): DocReport {
  const live = c.reviewed!.filter((r) => r.storeStatus !== 'rejected');
  const targets = live.filter((r) => r.target.kind !== 'baseline').length;
  const baselines = live.length - targets;
  const s = c.structure!;
  const where = s.jurisdiction.name ?? 'jurisdiction unknown';
  const parts = [...new Set(s.plans.map((p) => p.part))].join('+') || 'no plan title';
  const reviewed = c.reviewed!.filter((r) => r.storeStatus !== 'extracted').length;
  const notes = [
    reviewed ? `${reviewed} reviewed` : '',
    c.reviewError ? `review file invalid, unreviewed: ${c.reviewError}` : '',
    c.stale?.length ? `${c.stale.length} stale review entr${c.stale.length === 1 ? 'y' : 'ies'}` : '',
  ].filter(Boolean);
  return {
    path: c.path,
    name: c.name,
    status: 'ok',
    targets,
    baselines,
    reviewError: c.reviewError,
    stale: c.stale,
    line: `✓ ${c.file}  ${c.ingested!.format}  ${where}  ${parts}  ${targets} targets, ${baselines} baselines${notes.length ? `  (${notes.join('; ')})` : ''}${staleLines(c.stale)}`,
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
  return { path: d.path, name: d.name, status: 'failed', stage, message, targets: 0, baselines: 0, line: `✗ ${message}` };
}

/** Fails a stage with a worker's message as it stands (it already names the file). */
class StageFailure extends InputError {
  constructor(message: string) {
    super('', message);
    this.message = message;
  }
}

/** Ingest → normalize on a worker: ingest sends the bytes, the next three complete from its answer. */
function workerStages(pool: WorkerPool, maxBytes?: number): Pick<Record<Stage, StageFn<DocContext>>, AnalysisStage> {
  const settle = (a: Analysis | undefined, stage: AnalysisStage): Extract<Analysis, { ok: true }> | undefined => {
    if (!a) throw new Error('no analysis from the worker');
    if (!a.ok && (a.stage === stage || stage === 'normalize')) throw new StageFailure(a.message);
    return a.ok ? a : undefined;
  };
  return {
    ingest: async (c) => {
      const analysis = await pool.analyze({ path: c.path, file: c.file, data: c.data ?? readPlanFile(c.path), maxBytes });
      const ok = settle(analysis, 'ingest');
      return { data: undefined, analysis, ...(ok ? { ingested: ok.ingested } : {}) };
    },
    // per-line contexts stay in the worker: nothing after extract reads them
    structure: (c) => {
      const ok = settle(c.analysis, 'structure');
      return ok ? { structure: { ...ok.structure, lines: [] } } : {};
    },
    extract: (c) => (settle(c.analysis, 'extract'), {}),
    normalize: (c) => ({ targets: settle(c.analysis, 'normalize')!.targets, analysis: undefined }),
  };
}

/** = DEFAULT_MAX_BYTES of stages/ingest.ts (a test holds them equal); not imported, so this thread loads no parser. */
export const MAX_BYTES = 64 * 1024 * 1024;

/** Size checked before reading: a file over the limit is never loaded into memory. */
function readWithinLimit(path: string, file: string, maxBytes: number): Buffer {
  const size = statSync(path, { throwIfNoEntry: false })?.size ?? 0;
  if (size > maxBytes) {
    // worded as ingest words it
    const fmt = (n: number) => (n >= 1024 * 1024 ? `${(n / (1024 * 1024)).toFixed(1)} MB` : n >= 1024 ? `${(n / 1024).toFixed(1)} KB` : `${n} bytes`);
    throw new InputError(file, `file is ${fmt(size)}, over the ${fmt(maxBytes).replace(/\.0 /, ' ')} limit`);
  }
  return readPlanFile(path);
}
