// `plan-targets indicators`: the catalogue, and what the last run could not map to it.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { InputError } from '../errors.ts';
import type { CommandIO } from './io.ts';

export function register(program: Command, { io }: CommandIO): void {
  program
    .command('indicators')
    .description('list the indicator catalogue, and the indicator texts of the last run that found no id')
    .option('--out <dir>', 'output folder of the run', 'out')
    .option('--db <file>', 'SQLite store (default <out>/plan-targets.sqlite)')
    .option('--unmatched', 'only the texts that found no id')
    .option('--json', 'print JSON instead of a table')
    .action(async (o) => {
      const { catalogue } = await import('../../rules/indicators.ts');
      const { unmatchedReport } = await import('../../extractors/indicators.ts');
      const dbPath: string = o.db ?? join(o.out, 'plan-targets.sqlite');
      let unmatched: { text: string; count: number }[] | null = null;
      let coverage: { numeric: number; withId: number } | null = null;
      if (existsSync(dbPath)) {
        const { Store } = await import('../stages/store.ts');
        const store = new Store(dbPath, { readonly: true });
        const targets = store.targets().map((t) => t.target).filter((t) => t.kind !== 'baseline');
        store.close();
        unmatched = unmatchedReport(targets.filter((t) => t.indicator.id === null).map((t) => t.indicator.text));
        const numeric = targets.filter((t) => t.kind === 'numeric');
        coverage = { numeric: numeric.length, withId: numeric.filter((t) => t.indicator.id !== null).length };
      } else if (o.unmatched) {
        throw new InputError(dbPath, 'no store here: run `plan-targets run` first (or give --db)');
      }
      if (o.json) {
        io.out(JSON.stringify({ catalogue: o.unmatched ? undefined : catalogue, unmatched, coverage }, null, 2) + '\n');
        return;
      }
      if (!o.unmatched) {
        io.out(`catalogue: ${catalogue.length} indicators (rules/indicators.ts)\n`);
        for (const e of catalogue) {
          const nat = e.national ? `  national ${figure(e.national)}` : '';
          io.out(`  ${e.id.padEnd(44)} ${e.name}  [${e.unit}, ${e.better ?? 'n/a'} is better]${nat}\n`);
        }
      }
      if (unmatched && coverage) {
        const pct = coverage.numeric ? ((100 * coverage.withId) / coverage.numeric).toFixed(1) : '100.0';
        io.out(`\nlast run: ${coverage.withId}/${coverage.numeric} numeric targets carry an id (${pct}%)\n`);
        io.out(`indicator texts with no id (${unmatched.length}), most frequent first — what to add next:\n`);
        for (const u of unmatched) io.out(`  ${String(u.count).padStart(4)}  ${u.text}\n`);
      }
    });
}

/** `<=12 (1/10万)`: a unit that starts with a digit is set apart, so 12 and 1/10万 never read as 121/10万. */
export function figure(f: { comparator: string; value: number; unit: string }): string {
  return /^[0-9.]/.test(f.unit) ? `${f.comparator}${f.value} (${f.unit})` : `${f.comparator}${f.value}${f.unit}`;
}
