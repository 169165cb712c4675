// Messages between the main thread and a document worker.
import type { Stage } from '../machine.ts';
import type { DocumentTask, Prepared } from './document.ts';

export type WorkerTask = DocumentTask & { id: number };

export type WorkerMessage =
  /** the worker entered a stage: names the stage if the worker dies in it */
  | { id: number; type: 'stage'; stage: Stage }
  | { id: number; type: 'done'; result: Prepared };
