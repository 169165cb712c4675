// The benchmark: a generated corpus through the whole pipeline (ingest → store → JSON), against
// a bare regex pass over the same text as the yardstick. Figures, then one JSON line.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { run, type RunSummary } from '../pipeline/run.ts';
import { generateCorpus } from './generate.ts';
import { makePdf } from './pdf.ts';

export const YARDSTICK = /(下降到|降至|达到|控制在|保持在)(\d+(?:\.\d+)?)(%|‰|\/10万)?(以上|以下)?/g;

export interface BenchOptions {
  /** plans to generate */
  docs: number;
  /** worker counts to run; the largest does the full run, 1 and 2 give the speed-up */
  workers: number[];
  /** documents for the 1-vs-2-worker comparison (0: all) */
  speedupDocs: number;
  /** generated PDFs */
  pdfs: number;
  /** scratch folder: corpus, outputs, stores */
  dir: string;
  /** seed plans */
  seeds: string;
  log: (line: string) => void;
}

export interface BenchFigures {
  docs: number;
  mb: number;
  docs_per_s: number;
  mb_per_s: number;
  targets_per_s: number;
  /** MB per CPU-second (all threads): throughput per core, robust to a busy machine */
  mb_per_cpu_s: number;
  regex_mb_per_s: number;
  /** mb_per_cpu_s over the regex pass's MB per CPU-second: the goal is ≥ 0.5 */
  per_core_vs_regex: number;
  peak_rss_mb: number;
  rerun_s: number;
  /** wall time with 1 worker over wall time with 2, same documents */
  speedup_2_workers: number | null;
  pdf_pages_per_s: number;
  workers: number;
}

interface Timed {
  summary: RunSummary;
  wall: number;
  cpu: number;
  peakRss: number;
}

/** One pipeline run, timed: wall, CPU of every thread, highest RSS sampled. */
async function timedRun(inputs: string[], out: string, workers: number, force: boolean): Promise<Timed> {
  let peakRss = process.memoryUsage.rss();
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage.rss())), 100);
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  try {
    const summary = await run({
      inputs,
      out,
      db: join(out, 'plan-targets.sqlite'),
      concurrency: workers,
      reviews: join(out, 'no-reviews'),
      force,
      log: () => undefined,
    });
    const wall = (performance.now() - t0) / 1000;
    const c = process.cpuUsage(cpu0);
    return { summary, wall, cpu: (c.user + c.system) / 1e6, peakRss: Math.max(peakRss, process.memoryUsage.rss()) };
  } finally {
    clearInterval(sampler);
  }
}

/** One pass of the yardstick regex over every file's text; only the matching is timed. */
function regexPass(files: string[]): { mb: number; wall: number; cpu: number; matches: number } {
  let bytes = 0;
  let wall = 0;
  let cpu = 0;
  let matches = 0;
  for (const f of files) {
    const data = readFileSync(f);
    const text = data.toString('utf8');
    bytes += data.length;
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const re = new RegExp(YARDSTICK.source, 'g');
    while (re.exec(text) !== null) matches++;
    wall += performance.now() - t0;
    const c = process.cpuUsage(c0);
    cpu += (c.user + c.system) / 1000;
  }
  return { mb: bytes / 1e6, wall: wall / 1000, cpu: cpu / 1000, matches };
}

const MB = (n: number) => (n / 1024 / 1024).toFixed(0);
const r2 = (n: number) => Math.round(n * 100) / 100;

export async function bench(o: BenchOptions): Promise<BenchFigures> {
  const log = o.log;
  const workerCounts = [...new Set(o.workers)].sort((a, b) => a - b);
  const full = workerCounts.at(-1) ?? availableParallelism();
  mkdirSync(o.dir, { recursive: true });

  const t0 = performance.now();
  const corpus = generateCorpus({ seeds: o.seeds, out: join(o.dir, 'corpus'), docs: o.docs });
  const mb = corpus.bytes / 1e6;
  log(`corpus: ${corpus.files.length} plans, ${mb.toFixed(1)} MB in ${join(o.dir, 'corpus')} (${corpus.reused ? 'reused' : `generated in ${((performance.now() - t0) / 1000).toFixed(1)} s`})`);

  const rx = regexPass(corpus.files);
  const regexMbPerS = rx.mb / rx.wall;
  const regexMbPerCpuS = rx.mb / Math.max(rx.cpu, 1e-9);
  log(`bare regex pass: ${rx.matches} matches, ${regexMbPerS.toFixed(0)} MB/s (${regexMbPerCpuS.toFixed(0)} MB per CPU-second)`);

  // 1 vs 2 workers on the same documents, from scratch
  const sample = o.speedupDocs > 0 ? corpus.files.slice(0, o.speedupDocs) : corpus.files;
  const sampleMb = sample.reduce((s, f) => s + readFileSync(f).length, 0) / 1e6;
  const byWorkers = new Map<number, Timed>();
  if (sample.length < corpus.files.length || workerCounts.length > 1) {
    for (const n of workerCounts) {
      if (n === full && sample.length === corpus.files.length) continue;
      const out = join(o.dir, `out-sample-w${n}`);
      rmSync(out, { recursive: true, force: true });
      const t = await timedRun(sample, out, n, true);
      byWorkers.set(n, t);
      log(`${n} worker${n === 1 ? '' : 's'}, ${sample.length} plans (${sampleMb.toFixed(1)} MB): ${t.wall.toFixed(1)} s, ${(sampleMb / t.wall).toFixed(2)} MB/s, CPU ${t.cpu.toFixed(1)} s; ${t.summary.failures} failed`);
    }
  }

  // the full run, then the same again with nothing changed
  const out = join(o.dir, `out-w${full}`);
  rmSync(out, { recursive: true, force: true });
  const main = await timedRun(corpus.files, out, full, true);
  if (sample.length === corpus.files.length) byWorkers.set(full, main);
  const s = main.summary;
  log(
    `full run, ${full} worker${full === 1 ? '' : 's'}: ${s.documents.length} plans, ${s.failures} failed, ${s.targets} targets, ${s.baselines} baselines in ${main.wall.toFixed(1)} s ` +
      `(CPU ${main.cpu.toFixed(1)} s); peak RSS ${MB(main.peakRss)} MB`,
  );
  const again = await timedRun(corpus.files, out, full, false);
  log(`no-change re-run: ${again.summary.skipped} of ${again.summary.documents.length} unchanged in ${again.wall.toFixed(2)} s`);
  if (again.summary.skipped !== again.summary.documents.length - again.summary.failures) {
    log(`warning: the re-run extracted ${again.summary.documents.length - again.summary.skipped - again.summary.failures} documents again`);
  }

  // PDFs: a few long generated ones through the same pipeline
  const pdfDir = join(o.dir, 'pdf');
  rmSync(pdfDir, { recursive: true, force: true });
  mkdirSync(pdfDir, { recursive: true });
  let pages = 0;
  const seedFiles = corpus.files.slice(0, Math.max(1, o.pdfs));
  seedFiles.forEach((f, i) => {
    const text = readFileSync(f, 'utf8');
    const pdf = makePdf(text);
    pages += pdf.pages;
    writeFileSync(join(pdfDir, `plan-${i + 1}.pdf`), pdf.data);
  });
  const pdfOut = join(o.dir, 'out-pdf');
  rmSync(pdfOut, { recursive: true, force: true });
  const pdf = await timedRun([pdfDir], pdfOut, full, true);
  const pdfPagesPerS = pages / pdf.wall;
  log(`PDF: ${seedFiles.length} files, ${pages} pages in ${pdf.wall.toFixed(1)} s, ${pdfPagesPerS.toFixed(1)} pages/s; ${pdf.summary.failures} failed`);

  const one = byWorkers.get(1);
  const two = byWorkers.get(2);
  const speedup = one && two ? one.wall / two.wall : null;
  if (speedup !== null) log(`speed-up 1 → 2 workers: ${speedup.toFixed(2)}× (wall time)`);
  const mbPerCpuS = mb / main.cpu;
  const peak = Math.max(process.resourceUsage().maxRSS * 1024, main.peakRss, again.peakRss, pdf.peakRss);
  return {
    docs: s.documents.length,
    mb: r2(mb),
    docs_per_s: r2(s.documents.length / main.wall),
    mb_per_s: r2(mb / main.wall),
    targets_per_s: r2(s.targets / main.wall),
    mb_per_cpu_s: r2(mbPerCpuS),
    regex_mb_per_s: r2(regexMbPerS),
    per_core_vs_regex: Math.round((mbPerCpuS / regexMbPerCpuS) * 10000) / 10000,
    peak_rss_mb: Math.round(peak / 1024 / 1024),
    rerun_s: r2(again.wall),
    speedup_2_workers: speedup === null ? null : r2(speedup),
    pdf_pages_per_s: r2(pdfPagesPerS),
    workers: full,
  };
}
