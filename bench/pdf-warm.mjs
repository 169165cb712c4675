// One side of the PDF yardstick with start-up left out: `node bench/pdf-warm.mjs pipeline|pdf-parse
// <warm-up PDF> <PDFs…>` loads its modules and reads the warm-up PDF, then reads the PDFs and prints
// one JSON line: pages and the CPU seconds (user + system, every thread) of that part alone.
// The pipeline side is the CLI's main() in this process, under the CLI's V8 flags: the build in
// dist/ when it is current.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const [mode, warm, ...files] = process.argv.slice(2);
const cpu = () => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1e6;
};
let pages = 0;
let seconds;
if (mode === 'pdf-parse') {
  const { PDFParse } = await import('pdf-parse');
  const read = async (file) => {
    const parser = new PDFParse({ data: readFileSync(file) });
    try {
      return (await parser.getText()).pages.length;
    } finally {
      await parser.destroy();
    }
  };
  await read(warm);
  const c0 = cpu();
  for (const f of files) pages += await read(f);
  seconds = cpu() - c0;
} else {
  // the V8 settings the CLI's process runs with (bin/plan-targets.mjs)
  const { applyV8Flags } = await import('../bin/v8-flags.mjs');
  applyV8Flags();
  const root = fileURLToPath(new URL('..', import.meta.url));
  const { buildIsCurrent } = await import('../bin/sources.mjs');
  let main;
  if (process.env.PLAN_TARGETS_SOURCES !== '1' && buildIsCurrent(root)) ({ main } = await import('../dist/cli.js'));
  else {
    const { register } = await import('tsx/esm/api');
    register();
    ({ main } = await import('../pipeline/cli.ts'));
  }
  const scratch = mkdtempSync(join(tmpdir(), 'plan-targets-pdf-warm-'));
  const io = { out: () => {}, err: (s) => process.stderr.write(s), tty: false };
  const run = (inputs, out) => main(['node', 'plan-targets', 'run', ...inputs, '--out', join(scratch, out), '--force', '--no-compare', '--quiet'], io);
  try {
    if ((await run([warm], 'warm')) !== 0) throw new Error(`the warm-up run on ${warm} failed`);
    const c0 = cpu();
    if ((await run(files, 'out')) !== 0) throw new Error('the run failed');
    seconds = cpu() - c0;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
process.stdout.write(JSON.stringify({ pages, seconds }) + '\n');
