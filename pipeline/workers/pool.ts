// A fixed number of document worker threads, started on first need. Each works on one document
// and holds the next few (so it does not wait for a main thread busy committing), the rest wait
// in order. A worker that dies fails only the document it was working on.
import { Worker } from 'node:worker_threads';
import type { Stage } from '../machine.ts';
import type { DocumentTask, Prepared } from './document.ts';
import { PROGRESS_STAGES, type WorkerMessage, type WorkerTask } from './protocol.ts';

const ENTRY = new URL('./entry.mjs', import.meta.url);

/**
 * Old-generation heap of one worker, MB. Left alone, V8 lets a busy worker's heap grow with
 * the documents it has seen (RSS +30 MB per 100 plans); capped, it collects instead, at the
 * same speed. A single 12 MB plan still fits; a larger one fails alone, naming its stage.
 */
export const WORKER_HEAP_MB = 256;

/**
 * Documents handed to one worker at a time: the one it works on and the next few, enough to keep
 * it busy while the main thread commits a batch. They are paths (a worker reads the file itself)
 * unless the run had read the bytes already.
 */
export const WORKER_QUEUE = 4;

interface Job {
  task: WorkerTask;
  resolve: (a: Prepared) => void;
  stage: Stage;
}

interface Slot {
  worker: Worker;
  /** in the worker's hands, in order: the first is the one it works on */
  jobs: Job[];
  /** the task the worker works on and its stage (protocol.ts) */
  progress: Int32Array;
}

export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly waiting: Job[] = [];
  private nextId = 1;
  private closed = false;

  /** `entry` is for tests: a worker module speaking the same protocol. */
  constructor(
    readonly size: number,
    private readonly entry: URL = ENTRY,
    private readonly heapMb: number = WORKER_HEAP_MB,
  ) {
    if (!Number.isInteger(size) || size < 1) throw new Error(`worker pool size must be a whole number ≥ 1, not ${size}`);
  }

  /** Prepares one document in a worker. The bytes' buffer is transferred: `data` is unusable afterwards. */
  prepare(input: DocumentTask): Promise<Prepared> {
    if (this.closed) return Promise.reject(new Error('worker pool is closed'));
    const task: WorkerTask = { ...input, id: this.nextId++, data: input.data && transferable(input.data) };
    return new Promise((resolve) => {
      this.waiting.push({ task, resolve, stage: 'ingest' });
      this.dispatch();
    });
  }

  /** Stops every worker; waiting documents are not analysed. */
  async close(): Promise<void> {
    this.closed = true;
    const slots = this.slots.splice(0);
    for (const job of [...slots.flatMap((s) => s.jobs.splice(0)), ...this.waiting.splice(0)]) job.resolve({ ok: false, stage: job.stage, message: `${job.task.file}: not analysed: the run was stopped` });
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }

  private dispatch(): void {
    while (this.waiting.length > 0) {
      // an idle worker first; then a new one; then one with room for its next document
      let slot = this.slots.find((s) => s.jobs.length === 0);
      if (!slot && this.slots.length < this.size) slot = this.spawn();
      slot ??= this.slots.find((s) => s.jobs.length < WORKER_QUEUE);
      if (!slot) return;
      const job = this.waiting.shift()!;
      slot.jobs.push(job);
      slot.worker.postMessage(job.task, job.task.data ? [job.task.data.buffer as ArrayBuffer] : []);
    }
  }

  private spawn(): Slot {
    const progress = new Int32Array(new SharedArrayBuffer(8));
    const slot: Slot = {
      worker: new Worker(this.entry, { workerData: { progress: progress.buffer }, resourceLimits: { maxOldGenerationSizeMb: this.heapMb } }),
      jobs: [],
      progress,
    };
    slot.worker.on('message', (m: WorkerMessage) => {
      const i = slot.jobs.findIndex((j) => j.task.id === m.id);
      if (i === -1) return;
      const job = slot.jobs[i]!;
      if (m.type === 'stage') {
        job.stage = m.stage;
        return;
      }
      slot.jobs.splice(i, 1);
      job.resolve(m.result);
      this.dispatch();
    });
    const die = (why: string) => {
      const i = this.slots.indexOf(slot);
      if (i === -1) return;
      this.slots.splice(i, 1);
      const [job, ...next] = slot.jobs.splice(0);
      if (job && Atomics.load(slot.progress, 0) === job.task.id) job.stage = PROGRESS_STAGES[Atomics.load(slot.progress, 1)] ?? job.stage;
      if (job) job.resolve({ ok: false, stage: job.stage, message: `${job.task.file}: the analysis worker stopped: ${why}` });
      // the ones it held but had not begun go to another worker; bytes handed over are gone with
      // it, so that worker reads the file itself
      for (const j of next) if (j.task.data?.byteLength === 0) j.task.data = undefined;
      this.waiting.unshift(...next);
      if (!this.closed) this.dispatch();
    };
    slot.worker.on('error', (err) =>
      die(
        (err as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? `the document needs more memory than a worker may use (${this.heapMb} MB)`
          : firstLine(err),
      ),
    );
    slot.worker.on('exit', (code) => die(`exit code ${code}`));
    this.slots.push(slot);
    return slot;
  }
}

/** Transfer needs a buffer of its own: small Buffers share Node's pool, which must not be detached. */
function transferable(data: Uint8Array): Uint8Array {
  const own = data.byteOffset === 0 && data.byteLength === data.buffer.byteLength;
  return own ? new Uint8Array(data.buffer, 0, data.byteLength) : new Uint8Array(data);
}

function firstLine(err: unknown): string {
  const msg = err instanceof Error ? err.message : String(err);
  return (msg.split('\n')[0] ?? msg).trim() || 'unknown error';
}
