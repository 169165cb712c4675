// Worker thread: prepares the documents the main thread sends, one at a time, in order (it may
// hold the next while working on one).
import { parentPort } from 'node:worker_threads';
import { prepareDocument } from './document.ts';
import type { WorkerMessage, WorkerTask } from './protocol.ts';

const port = parentPort;
if (!port) throw new Error('pipeline/workers/worker.ts runs only as a worker thread');

const queue: WorkerTask[] = [];
let busy = false;

async function drain(): Promise<void> {
  busy = true;
  for (let task = queue.shift(); task; task = queue.shift()) {
    const id = task.id;
    const post = (m: WorkerMessage) => port!.postMessage(m);
    const result = await prepareDocument(task, (stage) => post({ id, type: 'stage', stage }));
    post({ id, type: 'done', result });
  }
  busy = false;
}

port.on('message', (task: WorkerTask) => {
  queue.push(task);
  if (!busy) void drain();
});
