// `plan-targets bench`: throughput, memory, re-run time and speed-up on a generated corpus.
import { InvalidArgumentError, type Command } from 'commander';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { positiveInt, type CommandIO } from './io.ts';

const counts = (v: string): number[] => {
  const list = v.split(',').map((x) => Number(x.trim()));
  if (list.length === 0 || list.some((n) => !Number.isInteger(n) || n < 1)) {
    throw new InvalidArgumentError('expects worker counts ≥ 1 separated by commas, e.g. 1,2');
  }
  return list;
};

const wholeNumber = (v: string): number => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('expects a whole number ≥ 0');
  return n;
};

export function register(program: Command, { io }: CommandIO): void {
  program
    .command('bench')
    .description('benchmark the pipeline on a generated corpus; the last line is JSON')
    .option('--docs <n>', 'plans to generate (about 150 KB each)', positiveInt, 2000)
    .option('--workers <list>', 'worker counts to run, e.g. 1,2; the largest does the full run', counts, [1, 2])
    .option('--speedup-docs <n>', 'plans for the 1-vs-2-worker comparison (0: all, and the 2-worker run is the full run)', wholeNumber, 0)
    .option('--repeat <n>', 'runs of each worker count in the comparison; the fastest counts', positiveInt, 1)
    .option('--pdfs <n>', 'generated PDFs to time', positiveInt, 6)
    .option('--dir <dir>', 'scratch folder for corpus, outputs and stores', join(tmpdir(), 'plan-targets-bench'))
    .option('--seeds <dir>', 'real plans (*.txt) the corpus is varied from', 'corpus')
    .action(async (o) => {
      const { bench } = await import('../../bench/bench.ts');
      const figures = await bench({
        docs: o.docs,
        workers: o.workers,
        speedupDocs: o.speedupDocs,
        repeat: o.repeat,
        pdfs: o.pdfs,
        dir: o.dir,
        seeds: o.seeds,
        log: (l) => io.out(l + '\n'),
      });
      io.out(JSON.stringify(figures) + '\n');
    });
}
