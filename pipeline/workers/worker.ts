// Worker thread: prepares one document at a time, as the main thread sends them.
import { parentPort } from 'node:worker_threads';
import { prepareDocument } from './document.ts';
import type { WorkerMessage, WorkerTask } from './protocol.ts';

const port = parentPort;
if (!port) throw new Error('pipeline/workers/worker.ts runs only as a worker thread');

port.on('message', async (task: WorkerTask) => {
  const post = (m: WorkerMessage) => port.postMessage(m);
  const result = await prepareDocument(task, (stage) => post({ id: task.id, type: 'stage', stage }));
  post({ id: task.id, type: 'done', result });
});
