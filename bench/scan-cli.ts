// `node bench/scan-main.mjs <plan>`: draws a plan as a scan, reads it back by OCR and scores its
// numeric targets against the text's (the README's scan accuracy table). `--set tuning|heldout`:
// every scan of a set of bench/scan-sets.ts, a row each and the total.
import { Command } from 'commander';
import { writeFileSync } from 'node:fs';
import { basename, isAbsolute, join } from 'node:path';
import { loadavg } from 'node:os';
import { positiveInt } from '../pipeline/commands/io.ts';
import type { Target } from '../model/schema.ts';
import { ROOT } from '../pipeline/version.ts';
import { measurePlanScan, type ScanRun } from './ocr.ts';
import { SCAN_SETS } from './scan-sets.ts';

const show = (t: Target) =>
  `${t.source.line}: ${t.indicator.text} ${t.comparator} ${t.value}${t.upper !== null ? `—${t.upper}` : ''} ${t.unit} ${t.year ?? ''} (confidence ${t.confidence}) | ${t.source.quote}`;

const ratio = (a: number, b: number) => (b ? (a / b).toFixed(3) : '—');

function print(label: string, r: ScanRun, list: boolean, held = false): void {
  const s = r.score;
  console.log(
    `${label}: ${r.pages} pages in ${r.seconds.toFixed(1)} s; numeric targets of the text ${s.expected}, found ${s.found}, matched ${s.matched}: ` +
      `recall ${ratio(s.matched, s.expected)}, precision ${ratio(s.matched, s.found)}; ` +
      `not flagged (compared, not awaiting review): ${s.compared.matched}/${s.compared.found}, recall ${ratio(s.compared.matched, s.expected)}, precision ${ratio(s.compared.matched, s.compared.found)}`,
  );
  if (r.failed) console.log(`  failed: ${r.failed}`);
  if (!list) return;
  for (const t of s.misses) console.log(`  missed ${show(t)}`);
  for (const t of s.extras) console.log(`  wrong  ${show(t)}`);
  if (held) for (const t of s.held) console.log(`  held   ${show(t)}`);
}

export async function main(argv: string[]): Promise<number> {
  const program = new Command('scan-accuracy')
    .argument('[plan]', 'a plan file (text, Markdown, HTML …)')
    .option('--set <name>', `a set of scans: ${Object.keys(SCAN_SETS).join(', ')}`)
    .option('--pages <n>', 'at most this many pages', positiveInt)
    .option('--seed <n>', 'noise seed', Number, 1)
    .option('--rotate <deg>', 'degrees the page is turned', Number, 0.5)
    .option('--noise <sd>', 'grey noise (0–255)', Number, 14)
    .option('--variant <seed>', 'draw a variant of the plan (names and values moved)', Number)
    .option('--cache <dir>', 'OCR page cache (a second run reads it)')
    .option('--text <file>', 'write the OCR text here')
    .option('--text-dir <dir>', 'with --set: write each scan\'s OCR text here (<plan>.<seed>.txt)')
    .option('--no-list', 'figures only, not what was missed and what was wrong')
    .option('--held', 'also list right records that wait for review (what compared recall loses)')
    .action(async (plan: string | undefined, o) => {
      const cacheDir = o.cache ?? null;
      if (o.set) {
        const set = SCAN_SETS[o.set];
        if (!set) throw new Error(`no scan set ${o.set}`);
        const total = { expected: 0, found: 0, matched: 0, cfound: 0, cmatched: 0, pages: 0, seconds: 0 };
        for (const c of set) {
          for (const scan of c.scans) {
            const path = isAbsolute(c.plan) ? c.plan : join(ROOT, c.plan);
            const r = await measurePlanScan(path, { ...scan, maxPages: o.pages, cacheDir });
            if (o.textDir) writeFileSync(join(o.textDir, `${basename(c.plan)}${scan.variant !== undefined ? `.v${scan.variant}` : ''}.${scan.seed}.txt`), r.text);
            print(`${basename(c.plan)}${scan.variant !== undefined ? ` variant ${scan.variant}` : ''} seed ${scan.seed} noise ${scan.noise} rotate ${scan.rotate}`, r, o.list, o.held);
            const s = r.score;
            total.expected += s.expected;
            total.found += s.found;
            total.matched += s.matched;
            total.cfound += s.compared.found;
            total.cmatched += s.compared.matched;
            total.pages += r.pages;
            total.seconds += r.seconds;
          }
        }
        console.log(
          `total ${o.set}: ${total.pages} pages, ${total.seconds.toFixed(0)} s; expected ${total.expected}, found ${total.found}, matched ${total.matched}: ` +
            `recall ${ratio(total.matched, total.expected)}, precision ${ratio(total.matched, total.found)}; ` +
            `not flagged (compared) ${total.cmatched}/${total.cfound}, recall ${ratio(total.cmatched, total.expected)}, precision ${ratio(total.cmatched, total.cfound)}; ` +
            `bar (recall ≥ 0.9, both precisions ≥ 0.98) ${total.matched >= 0.9 * total.expected && total.matched >= 0.98 * total.found && total.cmatched >= 0.98 * total.cfound ? 'met' : 'not met'}; load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`,
        );
        return;
      }
      if (!plan) throw new Error('give a plan file or --set');
      const r = await measurePlanScan(plan, { maxPages: o.pages, seed: o.seed, rotate: o.rotate, noise: o.noise, variant: o.variant, cacheDir });
      print(basename(plan), r, o.list, o.held);
      if (o.text) writeFileSync(o.text, r.text);
    });
  await program.parseAsync(argv);
  return 0;
}
