// `plan-targets eval`
import { ROOT } from '../version.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { expandGold } from '../evalfiles.ts';
import { writeFileAtomic, toJson } from '../fsutil.ts';
import { InputError } from '../errors.ts';
import type { CommandIO } from './io.ts';

export function register(program: Command, { io }: CommandIO): void {
  program
    .command('eval')
    .description('score the extractor against gold records (JSON Lines per TARGETS.md)')
    .option('--gold <files...>', 'gold .jsonl files or folders of them')
    .option('--reviews <dir>', "score against reviewers' decisions: accepted, corrected, added are gold; rejected are false")
    .option('--corpus <dir>', 'where the gold documents are', 'corpus')
    .option('--out <dir>', 'also write <dir>/eval.json')
    .option('--verbose', 'list misses, extras and wrong fields')
    .option('--write-confidence', "with --gold: write each rule's precision into rules/confidence.ts (what records' confidence says)")
    .action(async (o) => {
      const { formatReport, predictionsFor, readGold, rulePrecision, score, withConfidenceTable } = await import('../eval.ts');
      if (!o.gold && !o.reviews) throw new InputError('eval', 'give --gold <files...> or --reviews <dir>');
      if (o.writeConfidence && !o.gold) throw new InputError('eval', '--write-confidence measures on the gold: give --gold <files...>');
      const figuresOf = (r: ReturnType<typeof score>) => {
        const { misses, extras, wrong, ...figures } = r;
        return { ...figures, misses: misses.length, extras: extras.length, wrong: wrong.length };
      };
      let written: Record<string, unknown> = {};
      if (o.gold) {
        const gold = expandGold(o.gold as string[]).flatMap(readGold);
        const docs = [...new Set(gold.map((g) => g.doc))].sort();
        const { pred, ruleOf } = await predictionsFor(docs, o.corpus);
        const report = score(gold, pred);
        io.out(formatReport(report, Boolean(o.verbose)) + '\n');
        written = figuresOf(report);
        if (o.writeConfidence) {
          // from the project root: the compiled CLI's modules sit in dist/, not beside the sources
          const file = join(ROOT, 'rules', 'confidence.ts');
          const rules = rulePrecision(gold, pred, ruleOf);
          writeFileAtomic(file, withConfidenceTable(readFileSync(file, 'utf8'), rules, { documents: docs.length, records: gold.length }));
          io.out(`${file}: precision of ${Object.keys(rules).length} rules written\n`);
        }
      }
      if (o.reviews) {
        const { reviewsAsGold } = await import('../review/gold.ts');
        const r = await reviewsAsGold(o.reviews, o.corpus);
        const report = score(r.gold, r.pred);
        io.out(`${o.gold ? '\n' : ''}against reviews in ${o.reviews} (${r.gold.length} gold, ${r.pred.length} reviewed predictions):\n`);
        io.out(formatReport(report, Boolean(o.verbose)) + '\n');
        for (const p of r.problems) io.out(`skipped: ${p}\n`);
        for (const s of r.stale) io.out(`stale: ${s}\n`);
        written = { ...written, reviews: { ...figuresOf(report), problems: r.problems, stale: r.stale.length } };
      }
      if (o.out) writeFileAtomic(join(o.out, 'eval.json'), toJson(written));
    });
}
