// `plan-targets history <document>`: a document's versions in the store and what changed.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { InputError } from '../errors.ts';
import type { CommandIO } from './io.ts';

export function register(program: Command, { io }: CommandIO): void {
  program
    .command('history')
    .description('the versions of a document in the store (its file changed between runs), with target counts and what changed')
    .argument('<document>', 'the plan file, its path in the corpus, its file name or its output name')
    .option('--out <dir>', 'output folder of `run`', 'out')
    .option('--db <file>', 'SQLite store (default <out>/plan-targets.sqlite)')
    .option('--all', 'list every added, removed and changed target (default: the first 20 per version)')
    .option('--json', 'print JSON instead of text')
    .action(async (document: string, o) => {
      const db: string = o.db ?? join(o.out, 'plan-targets.sqlite');
      if (!existsSync(db)) throw new InputError(db, 'no store here; run `plan-targets run` first (or give --db)');
      const { Store } = await import('../stages/store.ts');
      const { documentHistory, formatHistory } = await import('../history.ts');
      const store = new Store(db, { readonly: true });
      try {
        if (!store.hasVersions()) throw new InputError(db, 'the store was made by an earlier version of plan-targets; `plan-targets run` once brings it up to date');
        const doc = store.findDocument(document, { history: true });
        const h = documentHistory(store, doc.path);
        io.out(o.json ? JSON.stringify(h, null, 2) + '\n' : formatHistory(h, { limit: o.all ? Infinity : 20 }).join('\n') + '\n');
      } finally {
        store.close();
      }
    });
}
