// One timed pipeline run in this process: wall time, CPU of every thread, peak RSS.
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
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    documents: s.documents.length,
    failures: s.failures,
    skipped: s.skipped,
    targets: s.targets,
    baselines: s.baselines,
    firstFailure: s.documents.find((d) => d.status === 'failed')?.message ?? null,
  };
}
