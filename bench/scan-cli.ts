// `node bench/scan-main.mjs <plan.txt>`: draws a plan as a scan, reads it back by OCR and scores its
// numeric targets against the text's (the README's scan accuracy table).
import { Command } from 'commander';
import { readFileSync, writeFileSync } from 'node:fs';
import { positiveInt } from '../pipeline/commands/io.ts';
import type { Target } from '../model/schema.ts';
import { measureScan } from './ocr.ts';

const show = (t: Target) =>
  `${t.source.line}: ${t.indicator.text} ${t.comparator} ${t.value}${t.upper !== null ? `—${t.upper}` : ''} ${t.unit} ${t.year ?? ''} (confidence ${t.confidence}) | ${t.source.quote}`;

export async function main(argv: string[]): Promise<number> {
  const program = new Command('scan-accuracy')
    .argument('<plan>', 'a plan as text')
    .option('--pages <n>', 'at most this many pages', positiveInt)
    .option('--seed <n>', 'noise seed', Number, 1)
    .option('--rotate <deg>', 'degrees the page is turned', Number, 0.5)
    .option('--noise <sd>', 'grey noise (0–255)', Number, 14)
    .option('--cache <dir>', 'OCR page cache (a second run reads it)')
    .option('--text <file>', 'write the OCR text here')
    .action(async (plan: string, o) => {
      const r = await measureScan('scan', readFileSync(plan, 'utf8'), { maxPages: o.pages, seed: o.seed, rotate: o.rotate, noise: o.noise, cacheDir: o.cache ?? null });
      const s = r.score;
      console.log(
        `${r.pages} pages in ${r.seconds.toFixed(1)} s; numeric targets of the text ${s.expected}, found ${s.found}, matched ${s.matched}: ` +
          `recall ${s.recall.toFixed(3)}, precision ${s.precision.toFixed(3)}; not flagged: ${s.unflagged.matched}/${s.unflagged.found}, precision ${s.unflagged.precision.toFixed(3)}`,
      );
      for (const t of s.misses) console.log(`  missed ${show(t)}`);
      for (const t of s.extras) console.log(`  wrong  ${show(t)}`);
      if (o.text) writeFileSync(o.text, r.text);
    });
  await program.parseAsync(argv);
  return 0;
}
