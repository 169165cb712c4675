// Preloaded (`node --import`) into a timed child process: at exit it writes the process's CPU
// (user + system, every thread, process start-up included) to the file PLAN_TARGETS_CPU_FILE names.
import { writeFileSync } from 'node:fs';

const file = process.env.PLAN_TARGETS_CPU_FILE;
if (file) {
  process.on('exit', () => {
    const c = process.cpuUsage();
    writeFileSync(file, JSON.stringify({ user: c.user / 1e6, system: c.system / 1e6 }));
  });
}
