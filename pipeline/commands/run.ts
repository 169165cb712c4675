// `plan-targets run`
import { join } from 'node:path';
import type { Command } from 'commander';
import { InvalidArgumentError } from 'commander';
import { Display } from './display.ts';
import { positiveInt, type CommandIO } from './io.ts';
import type { DocReport } from '../run.ts';

/** One JSON object a line per document (`--json`): what a script needs, no display text. */
export function reportJson(d: DocReport): string {
  return JSON.stringify({
    path: d.path,
    file: d.file,
    name: d.name,
    status: d.status,
    ...(d.stage ? { stage: d.stage } : {}),
    ...(d.message ? { message: d.message } : {}),
    ...(d.format ? { format: d.format } : {}),
    ...(d.jurisdiction !== undefined ? { jurisdiction: d.jurisdiction } : {}),
    ...(d.parts ? { parts: d.parts } : {}),
    targets: d.targets,
    baselines: d.baselines,
    ...(d.reviewed !== undefined ? { reviewed: d.reviewed } : {}),
    ...(d.reviewError ? { reviewError: d.reviewError } : {}),
    stale: d.stale ?? [],
  });
}

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
    .option('--concurrency <n>', 'worker threads analysing documents at once (default: chosen from the documents, cores and how busy they are)', positiveInt)
    .option('--reviews <dir>', 'review files folder', 'corpus/reviews')
    .option('--reviewer <name>', 'who made the review decisions')
    .option('--force', 'extract again even where nothing changed')
    .option('--no-compare', 'skip the comparison tables')
    .option('--prune', 'forget store documents whose files are gone from the corpus (rows and outputs; review log kept)')
    .option('--quiet', 'print only errors')
    .option('--json', 'print one JSON object per document on stdout (errors still on stderr)')
    .option('--ocr <mode>', 'OCR of scans: auto (PDF pages without text, images), always (every PDF page), never', ocrMode, 'auto')
    .option('--ocr-max-pages <n>', 'pages one document may OCR; a larger scan is refused in one line', positiveInt, 300)
    .action(async (inputs: string[], o) => {
      const { run } = await import('../run.ts');
      const quiet = Boolean(o.quiet);
      const json = Boolean(o.json);
      const display = new Display(io, Boolean(io.tty) && !quiet && !json);
      try {
        const summary = await run({
          inputs,
          out: o.out,
          db: o.db ?? join(o.out, 'plan-targets.sqlite'),
          concurrency: o.concurrency,
          reviews: o.reviews,
          reviewer: o.reviewer,
          force: Boolean(o.force),
          prune: Boolean(o.prune),
          compare: o.compare !== false,
          // the summary and the tables written: on stdout, or with --json on stderr (stdout stays JSON)
          log: (l) => (quiet ? undefined : json ? display.err(l) : display.out(l)),
          report: (d) => {
            if (json) display.out(reportJson(d));
            if (d.status === 'failed') display.err(d.line);
            else if (!quiet && !json) display.out(d.line);
            // the document is stored unreviewed: the reviewer's file needs mending
            if (d.reviewError) display.err(`✗ ${d.reviewError}`);
          },
          warn: (l) => display.err(l),
          progress: (t) => display.progress(t),
          ocr: o.ocr,
          ocrMaxPages: o.ocrMaxPages,
        });
        if (summary.failures > 0 || summary.compareError || summary.documents.some((d) => d.reviewError)) exit.code = 1;
      } finally {
        display.done();
      }
    });
}
