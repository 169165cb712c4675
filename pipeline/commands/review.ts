// `plan-targets review init|serve|log|status|check|agree|schema`: review files, the workbench, the history (docs/REVIEWING.md).
import { join } from 'node:path';
import { InvalidArgumentError, type Command } from 'commander';
import type { CommandIO } from './io.ts';

const portNumber = (v: string): number => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError('expects a port number, 0 to 65535');
  return n;
};

const dbOf = (o: { db?: string; out: string }) => o.db ?? join(o.out, 'plan-targets.sqlite');

export function register(program: Command, { io, exit }: CommandIO): void {
  const review = program.command('review').description("reviewers' decisions: write a review file, show the history and progress");
  review
    .command('init')
    .description('write <reviews>/<name>.review.json listing every target of a document as pending (never overwrites)')
    .argument('<document>', 'the plan file, its file name or its output name')
    .option('--out <dir>', 'output folder of `run`', 'out')
    .option('--db <file>', 'SQLite store (default <out>/plan-targets.sqlite)')
    .option('--reviews <dir>', 'review files folder', 'corpus/reviews')
    .option('--reviewer <name>', 'written as the default reviewer of the file')
    .option('--merge', 'the file exists: append the targets it does not mention yet as pending')
    .action(async (document: string, o) => {
      const { initReview } = await import('../review/init.ts');
      const r = initReview(document, { out: o.out, db: dbOf(o), reviews: o.reviews, merge: Boolean(o.merge), reviewer: o.reviewer });
      io.out(
        r.kept
          ? `${r.file}: ${r.added} new target${r.added === 1 ? '' : 's'} appended as pending, ${r.kept} entries kept\n`
          : `${r.file}: ${r.added} target${r.added === 1 ? '' : 's'} to review (action "pending")\n`,
      );
    });
  review
    .command('log')
    .description('every review decision on a document: when, who, what changed')
    .argument('<document>', 'the plan file, its file name or its output name')
    .option('--out <dir>', 'output folder of `run`', 'out')
    .option('--db <file>', 'SQLite store (default <out>/plan-targets.sqlite)')
    .action(async (document: string, o) => {
      const { reviewLog } = await import('../review/report.ts');
      const store = await openOrFail(dbOf(o));
      try {
        io.out(reviewLog(store, document).join('\n') + '\n');
      } finally {
        store.close();
      }
    });
  review
    .command('status')
    .description('per document, from the review files as they are now: targets, reviewed, accepted / corrected / rejected / added, stale entries, errors (each listed)')
    .option('--out <dir>', 'output folder of `run`', 'out')
    .option('--db <file>', 'SQLite store (default <out>/plan-targets.sqlite)')
    .option('--reviews <dir>', 'review files folder', 'corpus/reviews')
    .action(async (o) => {
      const { formatStatusNow, orphanFiles, reviewStatusNow } = await import('../review/check.ts');
      const { knownDocuments } = await import('../review/workbench.ts');
      (await openOrFail(dbOf(o))).close();
      const docs = knownDocuments(dbOf(o));
      const rows = await reviewStatusNow(docs, o.reviews);
      io.out(formatStatusNow(rows, orphanFiles(docs, o.reviews)).join('\n') + '\n');
      if (rows.some((r) => r.reviewError || r.stale)) exit.code = 1;
    });
  review
    .command('check')
    .description('validate review files now: every problem with its line and JSON path; exit 1 on any')
    .argument('[files...]', 'review files or folders of them (default: the reviews folder)')
    .option('--out <dir>', 'output folder of `run`', 'out')
    .option('--db <file>', 'SQLite store (default <out>/plan-targets.sqlite): to check entries against their plan')
    .option('--reviews <dir>', 'review files folder', 'corpus/reviews')
    .action(async (files: string[], o) => {
      const { checkFile, formatCheck, reviewFilesOf } = await import('../review/check.ts');
      const { knownDocuments } = await import('../review/workbench.ts');
      const { existsSync } = await import('node:fs');
      const docs = existsSync(dbOf(o)) ? knownDocuments(dbOf(o)) : [];
      if (!docs.length) io.err(`no documents in ${dbOf(o)}: review files are checked against the schema only (run \`plan-targets run\` first)\n`);
      const list = reviewFilesOf(files, o.reviews);
      let bad = 0;
      for (const f of list) {
        const c = await checkFile(f, docs);
        const lines = formatCheck(c);
        if (c.problems.length || c.stale.length) bad++;
        io.out(lines.length ? lines.join('\n') + '\n' : `${f}: ok\n`);
      }
      io.out(`${list.length} review file${list.length === 1 ? '' : 's'} checked: ${list.length - bad} valid, ${bad} with problems\n`);
      if (bad) exit.code = 1;
    });
  review
    .command('agree')
    .description("two reviewers: agreement per field and Cohen's kappa on accept/reject, and every conflict")
    .argument('<a>', "reviewer A's review file, or folder of them")
    .argument('<b>', "reviewer B's review file, or folder of them (paired by file name)")
    .action(async (a: string, b: string) => {
      const { agree, formatAgreement } = await import('../review/agree.ts');
      io.out(formatAgreement(agree(a, b), a, b).join('\n') + '\n');
    });
  review
    .command('schema')
    .description('write <reviews>/review.schema.json, the JSON Schema review files point to with "$schema"')
    .option('--reviews <dir>', 'review files folder', 'corpus/reviews')
    .action(async (o) => {
      const { writeSchemaCopy } = await import('../review/file.ts');
      io.out(`${writeSchemaCopy(o.reviews)}\n`);
    });
  review
    .command('serve')
    .description('the review workbench: a local page to accept, reject, correct and add targets, saved into the review files at once')
    .option('--port <n>', 'port to listen on (0: any free port)', portNumber, 8765)
    .option('--out <dir>', 'output folder of `run`', 'out')
    .option('--db <file>', 'SQLite store (default <out>/plan-targets.sqlite): the documents to review')
    .option('--reviews <dir>', 'review files folder', 'corpus/reviews')
    .option('--reviewer <name>', 'recorded on each decision (unless it is the file\'s reviewer)')
    .action(async (o) => {
      const { startWorkbench } = await import('../review/server.ts');
      const { InputError } = await import('../errors.ts');
      const db = dbOf(o);
      (await openOrFail(db)).close();
      let wb;
      try {
        wb = await startWorkbench({ port: o.port, db, reviews: o.reviews, reviewer: o.reviewer });
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code;
        if (code === 'EADDRINUSE') throw new InputError(`port ${o.port}`, 'is in use; give another with --port (0: any free port)');
        throw err;
      }
      io.out(`review workbench: ${wb.url}  (decisions are saved into ${o.reviews}/; Ctrl-C stops)\n`);
      await new Promise<void>((resolve) => {
        process.once('SIGINT', resolve);
        process.once('SIGTERM', resolve);
      });
      await wb.close();
    });
  for (const c of review.commands) c.exitOverride();
}

async function openOrFail(db: string) {
  const { openStore } = await import('../review/documents.ts');
  const { InputError } = await import('../errors.ts');
  const store = openStore(db);
  if (!store) throw new InputError(db, 'no store here; run `plan-targets run` first (or give --db)');
  return store;
}
