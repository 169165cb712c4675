// A fixed number of document worker threads, started on first need; one document per worker
// at a time, the rest waiting in order. A worker that dies fails only its document.
import { Worker } from 'node:worker_threads';
import type { Stage } from '../machine.ts';
import type { DocumentTask, Prepared } from './document.ts';
import type { WorkerMessage, WorkerTask } from './protocol.ts';

const ENTRY = new URL('./entry.mjs', import.meta.url);

/**
 * Old-generation heap of one worker, MB. Left alone, V8 lets a busy worker's heap grow with
 * the documents it has seen (RSS +30 MB per 100 plans); capped, it collects instead, at the
 * same speed. A single 12 MB plan still fits; a larger one fails alone, naming its stage.
 */
export const WORKER_HEAP_MB = 256;

interface Job {
  task: WorkerTask;
  resolve: (a: Prepared) => void;
  stage: Stage;
}

interface Slot {
  worker: Worker;
  job: Job | null;
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
    for (const job of this.waiting.splice(0)) job.resolve({ ok: false, stage: job.stage, message: `${job.task.file}: not analysed: the run was stopped` });
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }

  private dispatch(): void {
    while (this.waiting.length > 0) {
      let slot = this.slots.find((s) => s.job === null);
      if (!slot) {
        if (this.slots.length >= this.size) return;
        slot = this.spawn();
      }
      const job = this.waiting.shift()!;
      slot.job = job;
      slot.worker.postMessage(job.task, job.task.data ? [job.task.data.buffer as ArrayBuffer] : []);
    }
  }

  private spawn(): Slot {
    const slot: Slot = { worker: new Worker(this.entry, { resourceLimits: { maxOldGenerationSizeMb: this.heapMb } }), job: null };
    slot.worker.on('message', (m: WorkerMessage) => {
      const job = slot.job;
      if (!job || m.id !== job.task.id) return;
      if (m.type === 'stage') {
        job.stage = m.stage;
        return;
      }
      slot.job = null;
      job.resolve(m.result);
      this.dispatch();
    });
    const die = (why: string) => {
      const i = this.slots.indexOf(slot);
      if (i === -1) return;
      this.slots.splice(i, 1);
      const job = slot.job;
      slot.job = null;
      if (job) job.resolve({ ok: false, stage: job.stage, message: `${job.task.file}: the analysis worker stopped: ${why}` });
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
