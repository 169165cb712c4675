// One timed pipeline run in this process: wall time, CPU of every thread, peak RSS.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { run } from '../pipeline/run.ts';

export interface OnceInput {
  inputs: string[];
  out: string;
  workers: number;
  force: boolean;
  /** pinned by the benchmark: others may edit rules while it runs */
  rulesVersion?: string;
}

export interface OnceResult {
  wall: number;
  /** user + system seconds of every thread of the process */
  cpu: number;
  /** of those, the main thread's (the store's single writer); null where /proc is missing */
  mainCpu: number | null;
  /** threads the run started: the workers (and their module loaders); null where /proc is missing */
  workerCpu: number | null;
  /** the process's peak resident memory, MB (workers are threads: included) */
  peakRssMb: number;
  documents: number;
  failures: number;
  skipped: number;
  targets: number;
  baselines: number;
  /** one failure message, to show what went wrong */
  firstFailure: string | null;
}

export async function runOnce(o: OnceInput): Promise<OnceResult> {
  const cpu0 = process.cpuUsage();
  const main0 = mainThreadCpu();
  const threads = new ThreadWatch();
  const t0 = performance.now();
  const s = await run({
    inputs: o.inputs,
    out: o.out,
    db: join(o.out, 'plan-targets.sqlite'),
    concurrency: o.workers,
    reviews: join(o.out, 'no-reviews'),
    force: o.force,
    rulesVersion: o.rulesVersion,
    log: () => undefined,
  });
  const wall = (performance.now() - t0) / 1000;
  const c = process.cpuUsage(cpu0);
  const workerCpu = threads.stop();
  return {
    wall,
    cpu: (c.user + c.system) / 1e6,
    mainCpu: main0 === null ? null : mainThreadCpu()! - main0,
    workerCpu,
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    documents: s.documents.length,
    failures: s.failures,
    skipped: s.skipped,
    targets: s.targets,
    baselines: s.baselines,
    firstFailure: s.documents.find((d) => d.status === 'failed')?.message ?? null,
  };
}

/** CPU seconds of one thread of this process (Linux: /proc/self/task/<tid>/stat), null if unknown. */
function threadCpu(tid: string): number | null {
  try {
    const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
    // fields after the command's closing parenthesis; utime and stime are the 12th and 13th
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(f[11]) + Number(f[12])) / 100;
  } catch {
    return null;
  }
}

function mainThreadCpu(): number | null {
  return threadCpu(String(process.pid));
}

/**
 * CPU of the threads started after it: the run's workers. A thread's figure is lost when it
 * exits, so each is read every 50 ms; what the last interval missed counts as the helpers'.
 * The rest of the process's CPU that is not the main thread's is V8's and Node's helper threads
 * (garbage collection, the optimizing compiler), which exist from the start.
 */
class ThreadWatch {
  private readonly before: Set<string>;
  private readonly last = new Map<string, number>();
  private readonly timer: NodeJS.Timeout | null;

  constructor() {
    let tids: string[] = [];
    try {
      tids = readdirSync('/proc/self/task');
    } catch {
      // no /proc: nothing to watch
    }
    this.before = new Set(tids);
    this.timer = tids.length ? setInterval(() => this.sample(), 50) : null;
    this.timer?.unref();
  }

  private sample(): void {
    for (const tid of readdirSync('/proc/self/task')) {
      if (this.before.has(tid)) continue;
      const cpu = threadCpu(tid);
      if (cpu !== null) this.last.set(tid, cpu);
    }
  }

  stop(): number | null {
    if (!this.timer) return null;
    clearInterval(this.timer);
    this.sample();
    return [...this.last.values()].reduce((a, b) => a + b, 0);
  }
}
