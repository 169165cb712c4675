// `plan-targets forget <document…>`: remove documents' current rows and outputs; keep their review log.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { InputError } from '../errors.ts';
import type { CommandIO } from './io.ts';

export function register(program: Command, { io }: CommandIO): void {
  program
    .command('forget')
    .description("remove documents from the store (current rows) and their outputs, in one transaction; their review log and earlier versions stay")
    .argument('<documents...>', 'plan files, their paths in the corpus, file names or output names')
    .option('--out <dir>', 'output folder of `run`', 'out')
    .option('--db <file>', 'SQLite store (default <out>/plan-targets.sqlite)')
    .action(async (documents: string[], o) => {
      const db: string = o.db ?? join(o.out, 'plan-targets.sqlite');
      if (!existsSync(db)) throw new InputError(db, 'no store here; run `plan-targets run` first (or give --db)');
      const { acquireLock } = await import('../lock.ts');
      const { Store } = await import('../stages/store.ts');
      const { forgetDocuments, forgottenLine } = await import('../forget.ts');
      const lock = acquireLock(db);
      const store = new Store(db);
      try {
        // every name is checked before anything is removed: a typo removes nothing
        const paths = [...new Set(documents.map((d) => store.findDocument(d).path))];
        const forgotten = forgetDocuments(store, o.out, paths);
        for (const f of forgotten) io.out(forgottenLine(f) + '\n');
        if (existsSync(join(o.out, 'compare.md'))) {
          const { writeComparison } = await import('../compare/index.ts');
          store.close();
          const { files } = await writeComparison(db, o.out);
          io.out(`compare: ${files.map((f) => f.split(/[\\/]/).pop()).join(', ')}\n`);
        }
      } finally {
        if (store.db.open) store.close();
        lock.release();
      }
    });
}
