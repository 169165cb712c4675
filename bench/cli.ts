// `npm run bench`: throughput, memory, re-run time and speed-up on a generated corpus.
// Its own program: the CLI never loads the benchmark.
import { Command, InvalidArgumentError } from 'commander';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { positiveInt } from '../pipeline/commands/io.ts';
import { bench } from './bench.ts';
import { benchPdf } from './pdf-speed.ts';
import { writeSpeedTable } from './readme.ts';

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

export async function main(argv: string[]): Promise<number> {
  const out = (l: string) => process.stdout.write(l);
  const program = new Command('bench')
    .description('benchmark the pipeline on a generated corpus; the last line is JSON')
    .option('--docs <n>', 'plans to generate (about 150 KB each)', positiveInt, 2000)
    .option('--workers <list>', 'worker counts to run, e.g. 1,2; the largest does the full run', counts, [1, 2])
    .option('--speedup-docs <n>', 'plans for the 1-vs-2-worker comparison (0: all, and the 2-worker run is the full run)', wholeNumber, 0)
    .option('--repeat <n>', 'runs of each worker count in the comparison; the fastest counts', positiveInt, 1)
    .option('--pdfs <n>', 'generated PDFs to time', positiveInt, 6)
    .option('--scan-pages <n>', 'pages of a generated scan to OCR (0: none)', wholeNumber, 4)
    .option('--dir <dir>', 'scratch folder for corpus, outputs and stores', join(tmpdir(), 'plan-targets-bench'))
    .option('--seeds <dir>', 'real plans (*.txt) the corpus is varied from', 'corpus')
    .option('--readme [file]', "write the figures into the README's speed table (between its bench markers)")
    .option('--only <part>', 'time one part alone: pdf (the generated PDFs beside pdf-parse, medians of --repeat runs, at least 3; --docs is ignored)')
    .action(async (o) => {
      if (o.only !== undefined) {
        if (o.only !== 'pdf') throw new InvalidArgumentError(`--only: unknown part ${o.only} (pdf)`);
        const figures = await benchPdf({ pdfs: o.pdfs, runs: Math.max(3, o.repeat), dir: o.dir, seeds: o.seeds });
        out(JSON.stringify(figures) + '\n');
        return;
      }
      const figures = await bench({
        docs: o.docs,
        workers: o.workers,
        speedupDocs: o.speedupDocs,
        repeat: o.repeat,
        pdfs: o.pdfs,
        scanPages: o.scanPages,
        dir: o.dir,
        seeds: o.seeds,
        log: (l) => out(l + '\n'),
      });
      if (o.readme) {
        const file = o.readme === true ? 'README.md' : String(o.readme);
        writeSpeedTable(file, figures);
        out(`speed table written into ${file}\n`);
      }
      out(JSON.stringify(figures) + '\n');
    });
  await program.parseAsync(argv);
  return 0;
}
