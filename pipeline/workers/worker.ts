// Worker thread: prepares the documents the main thread sends, one at a time, in order (it may
// hold the next while working on one).
import { parentPort, workerData } from 'node:worker_threads';
import { prepareDocument } from './document.ts';
import { PROGRESS_STAGES, type WorkerMessage, type WorkerTask } from './protocol.ts';
import type { Stage } from '../machine.ts';

const port = parentPort;
if (!port) throw new Error('pipeline/workers/worker.ts runs only as a worker thread');

const shared = (workerData as { progress?: unknown } | null)?.progress;
const progress = shared instanceof SharedArrayBuffer ? new Int32Array(shared) : null;

const queue: WorkerTask[] = [];
let busy = false;

async function drain(): Promise<void> {
  busy = true;
  for (let task = queue.shift(); task; task = queue.shift()) {
    const id = task.id;
    const post = (m: WorkerMessage) => port!.postMessage(m);
    const onStage = (stage: Stage) => {
      const code = (PROGRESS_STAGES as readonly Stage[]).indexOf(stage);
      if (progress && code >= 0) {
        Atomics.store(progress, 1, code);
        Atomics.store(progress, 0, id);
      } else post({ id, type: 'stage', stage });
    };
    const result = await prepareDocument(task, onStage);
    post({ id, type: 'done', result });
  }
  busy = false;
}

port.on('message', (task: WorkerTask) => {
  queue.push(task);
  if (!busy) void drain();
});
