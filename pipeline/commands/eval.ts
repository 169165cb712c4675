// `plan-targets eval`
import { join } from 'node:path';
import type { Command } from 'commander';
import { expandGold } from '../evalfiles.ts';
import { writeFileAtomic, toJson } from '../fsutil.ts';
import type { CommandIO } from './io.ts';

export function register(program: Command, { io }: CommandIO): void {
  program
    .command('eval')
    .description('score the extractor against gold records (JSON Lines per TARGETS.md)')
    .requiredOption('--gold <files...>', 'gold .jsonl files or folders of them')
    .option('--corpus <dir>', 'where the gold documents are', 'corpus')
    .option('--out <dir>', 'also write <dir>/eval.json')
    .option('--verbose', 'list misses, extras and wrong fields')
    .action(async (o) => {
      const { formatReport, predictFor, readGold, score } = await import('../eval.ts');
      const gold = expandGold(o.gold as string[]).flatMap(readGold);
      const docs = [...new Set(gold.map((g) => g.doc))].sort();
      const report = score(gold, await predictFor(docs, o.corpus));
      io.out(formatReport(report, Boolean(o.verbose)) + '\n');
      if (o.out) {
        const { misses, extras, wrong, ...figures } = report;
        writeFileAtomic(join(o.out, 'eval.json'), toJson({ ...figures, misses: misses.length, extras: extras.length, wrong: wrong.length }));
      }
    });
}
