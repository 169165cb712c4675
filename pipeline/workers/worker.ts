// Worker thread: analyses one document at a time, as the main thread sends them.
import { parentPort } from 'node:worker_threads';
import { analyze } from './analysis.ts';
import type { AnalysisTask, WorkerMessage } from './protocol.ts';

const port = parentPort;
if (!port) throw new Error('pipeline/workers/worker.ts runs only as a worker thread');

port.on('message', async (task: AnalysisTask) => {
  const post = (m: WorkerMessage) => port.postMessage(m);
  const data = Buffer.from(task.data.buffer, task.data.byteOffset, task.data.byteLength);
  const analysis = await analyze({ path: task.path, file: task.file, data, maxBytes: task.maxBytes }, (stage) =>
    post({ id: task.id, type: 'stage', stage }),
  );
  post({ id: task.id, type: 'done', analysis });
});
