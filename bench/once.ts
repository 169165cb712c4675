// One timed pipeline run in this process: wall time, CPU of every thread, peak RSS.
import { readFileSync } from 'node:fs';
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
  return {
    wall,
    cpu: (c.user + c.system) / 1e6,
    mainCpu: main0 === null ? null : mainThreadCpu()! - main0,
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    documents: s.documents.length,
    failures: s.failures,
    skipped: s.skipped,
    targets: s.targets,
    baselines: s.baselines,
    firstFailure: s.documents.find((d) => d.status === 'failed')?.message ?? null,
  };
}

/** CPU seconds of this process's main thread alone (Linux: /proc/self/task/<pid>/stat). */
function mainThreadCpu(): number | null {
  try {
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
    // fields after the command's closing parenthesis; utime and stime are the 12th and 13th
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(f[11]) + Number(f[12])) / 100;
  } catch {
    return null;
  }
}
