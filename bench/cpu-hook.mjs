// Preloaded (`node --import`) into a timed child process: at exit it writes the process's CPU
// (user + system, every thread, process start-up included) to the file PLAN_TARGETS_CPU_FILE names.
// Worker threads inherit the preload; only the main thread writes.
import { writeFileSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';

const file = process.env.PLAN_TARGETS_CPU_FILE;
if (file && isMainThread) {
  process.on('exit', () => {
    const c = process.cpuUsage();
    writeFileSync(file, JSON.stringify({ user: c.user / 1e6, system: c.system / 1e6 }));
  });
}
