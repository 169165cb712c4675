// How many worker threads a run uses: given (`--concurrency N`), or chosen from the documents,
// the cores and how busy they are now. Measured on the project's 2-core machine (dist build,
// generated plans of ~160 KB, busy with other work, load 4–7; see README, run):
// - in this thread vs 1 worker: 24 documents 8% faster in-thread, 32 documents 8% faster with
//   a worker (the main thread then stores while the worker analyses);
// - each worker more costs ~0.8 s of CPU of its own (modules, its JIT warming up, compiling)
//   against ~10 ms a document: worth it only once it saves more than that;
// - on cores that are busy already, a second worker made every run of 8–512 documents 6–55%
//   slower in wall time than one: it only adds CPU;
// - the one store writer (main thread) spends ~3 ms a document to a worker's ~10: it feeds 3.
import { cpus } from 'node:os';

/** Fewer documents than this are analysed in this thread unless a worker count is given. */
export const IN_THREAD_BELOW = 28;
/** With a worker count given, fewer than this are still analysed in this thread. */
export const MIN_WORKER_DOCS = 8;
/** Documents one more worker must save the time of its own start (~0.8 s CPU / ~10 ms a document, rounded up). */
export const DOCS_PER_WORKER_START = 100;
/** Workers the single store writer keeps busy. */
export const WRITER_FEEDS = 3;

export interface WorkerChoice {
  /** documents in the run (an upper bound: unchanged ones are only hashed) */
  documents: number;
  /** `--concurrency`: worker threads asked for */
  given?: number;
  /** analyse in this thread (true), in workers (false), or as the rule says */
  inThread?: boolean;
  cores: number;
  /** cores busy with other work right now (0 on an idle machine) */
  busy: number;
}

/** Worker threads for a run; 0 = analyse in this thread. */
export function workerCount(c: WorkerChoice): number {
  if (c.inThread === true) return 0;
  if (c.given !== undefined) return c.inThread === false || c.documents >= MIN_WORKER_DOCS ? Math.max(1, c.given) : 0;
  if (c.inThread !== false && c.documents < IN_THREAD_BELOW) return 0;
  // k workers save the start of the k-th once each has DOCS_PER_WORKER_START × (k − 1) documents more to do than with k − 1
  let byDocs = 1;
  while (DOCS_PER_WORKER_START * (byDocs + 1) * byDocs <= c.documents) byDocs++;
  const idle = Math.max(1, Math.round(c.cores - c.busy));
  return Math.max(1, Math.min(c.cores, WRITER_FEEDS, byDocs, idle, c.documents));
}

/** Whether the rule could choose more than one worker: only then is it worth measuring how busy the cores are. */
export function mayUseMoreWorkers(documents: number, cores: number): boolean {
  return cores > 1 && documents >= DOCS_PER_WORKER_START * 2;
}

/** Cores busy with other work, measured over `ms` (the share of time the cores were not idle). */
export async function busyCores(ms = 100): Promise<number> {
  const sum = () => cpus().reduce((a, c) => ({ idle: a.idle + c.times.idle, all: a.all + c.times.user + c.times.nice + c.times.sys + c.times.idle + c.times.irq }), { idle: 0, all: 0 });
  const a = sum();
  await new Promise((resolve) => setTimeout(resolve, ms));
  const b = sum();
  const all = b.all - a.all;
  if (all <= 0) return 0;
  return (1 - (b.idle - a.idle) / all) * cpus().length;
}
