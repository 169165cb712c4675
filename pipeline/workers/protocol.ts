// Messages between the main thread and a document worker.
import type { Stage } from '../machine.ts';
import type { DocumentTask, Prepared } from './document.ts';

export type WorkerTask = DocumentTask & { id: number };

/**
 * Where a worker is, in shared memory (workerData.progress, two Int32): the id of the task it works
 * on and the index of its stage here. Read by the main thread only if the worker dies; a message per
 * stage cost both threads a message event, seven a document.
 */
export const PROGRESS_STAGES = ['ingest', 'structure', 'extract', 'normalize', 'review', 'store', 'write'] as const satisfies readonly Stage[];

export type WorkerMessage =
  /** the worker entered a stage: names the stage if the worker dies in it (workers without progress memory) */
  | { id: number; type: 'stage'; stage: Stage }
  | { id: number; type: 'done'; result: Prepared };
