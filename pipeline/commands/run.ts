// `plan-targets run`
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import type { Command } from 'commander';
import { InvalidArgumentError } from 'commander';
import { positiveInt, type CommandIO } from './io.ts';

function ocrMode(v: string): 'auto' | 'always' | 'never' {
  if (v === 'auto' || v === 'always' || v === 'never') return v;
  throw new InvalidArgumentError('must be auto, always or never');
}

export function register(program: Command, { io, exit }: CommandIO): void {
  program
    .command('run')
    .description('extract targets from plan files (text, Markdown, HTML, PDF, Word, scans by OCR) into JSON and the SQLite store')
    .argument('<inputs...>', 'plan files or folders')
    .option('--out <dir>', 'output folder', 'out')
    .option('--db <file>', 'SQLite store (default <out>/plan-targets.sqlite)')
    .option('--concurrency <n>', 'worker threads analysing documents at once', positiveInt, availableParallelism())
    .option('--reviews <dir>', 'review files folder', 'corpus/reviews')
    .option('--reviewer <name>', 'who made the review decisions')
    .option('--force', 'extract again even where nothing changed')
    .option('--no-compare', 'skip the comparison tables')
    .option('--ocr <mode>', 'OCR of scans: auto (PDF pages without text, images), always (every PDF page), never', ocrMode, 'auto')
    .option('--ocr-max-pages <n>', 'pages one document may OCR; a larger scan is refused in one line', positiveInt, 300)
    .action(async (inputs: string[], o) => {
      const { run } = await import('../run.ts');
      const summary = await run({
        inputs,
        out: o.out,
        db: o.db ?? join(o.out, 'plan-targets.sqlite'),
        concurrency: o.concurrency,
        reviews: o.reviews,
        reviewer: o.reviewer,
        force: Boolean(o.force),
        compare: o.compare !== false,
        log: (l) => io.out(l + '\n'),
        progress: Boolean(process.stderr.isTTY),
        ocr: o.ocr,
        ocrMaxPages: o.ocrMaxPages,
      });
      if (summary.failures > 0 || summary.compareError) exit.code = 1;
    });
}
