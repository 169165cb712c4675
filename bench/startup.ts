// Start-up: the CLI on one small plan, as a user runs it (`node bin/plan-targets.mjs run <plan>
// --out <dir> --force`), whole process from spawn to exit; without and with the comparison tables.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLI, ROOT, median, timeNode, usesBuild } from './process-time.ts';

/** The plan timed: some 700 bytes, 5 targets. */
export const SMALL_PLAN = join(ROOT, 'test', 'plans', 'tuning', 'childcare-pdf.txt');

export interface Startup {
  /** median wall seconds, --no-compare: the goal is < 0.5 on an idle machine */
  startup_s: number;
  startup_cpu_s: number;
  /** the same run writing the comparison tables */
  startup_compare_s: number;
  startup_compare_cpu_s: number;
  /** the CLI ran the build in dist/ (false: the sources through tsx) */
  build: boolean;
}

/** `cli`: another checkout's bin/plan-targets.mjs, to time a version beside this one. */
export async function measureStartup(opts: { runs?: number; plan?: string; cli?: string } = {}): Promise<Startup> {
  const runs = Math.max(1, opts.runs ?? 7);
  const out = mkdtempSync(join(tmpdir(), 'plan-targets-startup-'));
  try {
    const run = (compare: boolean) =>
      timeNode([opts.cli ?? CLI, 'run', opts.plan ?? SMALL_PLAN, '--out', out, '--force', '--reviews', join(out, 'no-reviews'), ...(compare ? [] : ['--no-compare'])]);
    // not counted: the files into the page cache, the store made
    run(true);
    const plain = { wall: [] as number[], cpu: [] as number[] };
    const compare = { wall: [] as number[], cpu: [] as number[] };
    for (let i = 0; i < runs; i++) {
      for (const [t, c] of [[plain, false], [compare, true]] as const) {
        const r = run(c);
        t.wall.push(r.wall);
        t.cpu.push(r.cpu);
      }
    }
    const r3 = (n: number) => Math.round(n * 1000) / 1000;
    return {
      startup_s: r3(median(plain.wall)),
      startup_cpu_s: r3(median(plain.cpu)),
      startup_compare_s: r3(median(compare.wall)),
      startup_compare_cpu_s: r3(median(compare.cpu)),
      build: await usesBuild(),
    };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
