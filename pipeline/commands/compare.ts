// `plan-targets compare` and `plan-targets diff`: targets across jurisdictions, from the store.
import { join } from 'node:path';
import { InvalidArgumentError, type Command } from 'commander';
import type { CommandIO } from './io.ts';

const yearArg = (v: string): number => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1900 || n > 2100) throw new InvalidArgumentError('expects a year such as 2025');
  return n;
};

const listArg = (v: string): string[] =>
  v
    .split(/[,，]/)
    .map((s) => s.trim())
    .filter(Boolean);

export function register(program: Command, { io }: CommandIO): void {
  program
    .command('compare')
    .description('compare targets across jurisdictions: compare.md, compare.csv, compare.xlsx and report.html')
    .option('--out <dir>', 'output folder (also where the store is by default)', 'out')
    .option('--db <file>', 'SQLite store (default <out>/plan-targets.sqlite)')
    .option('--jurisdictions <names>', 'only these jurisdictions, in this order (comma-separated names or column labels)', listArg)
    .option('--reference <name>', 'compare against this jurisdiction instead of the national outline')
    .option('--year <year>', 'only plans whose period holds this year', yearArg)
    .action(async (o) => {
      const { writeComparison, duplicatesLine, ambiguousLine, awaitingLine } = await import('../compare/index.ts');
      const { table, files } = await writeComparison(o.db ?? join(o.out, 'plan-targets.sqlite'), o.out, {
        jurisdictions: o.jurisdictions,
        reference: o.reference,
        year: o.year,
      });
      io.out(
        `${table.rows.length} indicators × ${table.columns.length} jurisdictions (reference: ${table.reference.label}, ` +
          `${table.referenceCount} indicators) → ${files.join(', ')}\n`,
      );
      if (table.duplicates.length) io.out(duplicatesLine(table.duplicates) + '\n');
      for (const line of [ambiguousLine(table), awaitingLine(table)]) if (line) io.out(line + '\n');
    });

  program
    .command('diff')
    .description('per indicator: same, A stricter, B stricter, only in A, only in B, with both quotes')
    .argument('<a>', 'a jurisdiction (name, or label such as "朔州市 2021—2025")')
    .argument('<b>', 'another jurisdiction')
    .option('--out <dir>', 'output folder where the store is', 'out')
    .option('--db <file>', 'SQLite store (default <out>/plan-targets.sqlite)')
    .option('--year <year>', 'only plans whose period holds this year', yearArg)
    .option('--json', 'print JSON instead of text')
    .action(async (a: string, b: string, o) => {
      const { loadInput, diffJurisdictions, formatDiff } = await import('../compare/index.ts');
      const input = await loadInput(o.db ?? join(o.out, 'plan-targets.sqlite'), { out: o.out });
      const d = diffJurisdictions(input, a, b, { year: o.year });
      io.out(o.json ? JSON.stringify(d, null, 2) + '\n' : formatDiff(d));
    });
}
