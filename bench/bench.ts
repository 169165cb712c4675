// The benchmark: a generated corpus through the whole pipeline (ingest → store → JSON), against
// a bare regex pass over the same text as the yardstick. Figures, then one JSON line.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { arch, availableParallelism, cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { utf8Text } from '../pipeline/stages/ingest.ts';
import { getRulesVersion } from '../pipeline/version.ts';
import { Worker } from 'node:worker_threads';
import type { OnceInput, OnceResult } from './once.ts';
import { generateCorpus } from './generate.ts';
import { measurePdf, writePdfs } from './pdf-speed.ts';
import { measureStartup } from './startup.ts';
import { measureCompare } from './compare.ts';
import { measureCompareFloor } from './compare-floor.ts';

export const YARDSTICK = /(下降到|降至|达到|控制在|保持在)(\d+(?:\.\d+)?)(%|‰|\/10万)?(以上|以下)?/g;

export interface BenchOptions {
  /** plans to generate */
  docs: number;
  /** worker counts to run; the largest does the full run, 1 and 2 give the speed-up */
  workers: number[];
  /** documents for the 1-vs-2-worker comparison (0: all) */
  speedupDocs: number;
  /** runs of each worker count in the comparison, alternating; the fastest of each counts */
  repeat: number;
  /** generated PDFs */
  pdfs: number;
  /** pages of a generated scan to OCR (0: none) */
  scanPages: number;
  /** ms of each pure-computation run that measures what the machine gives 1 and 2 threads (default 1000) */
  yardstickMs?: number;
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
  /** MB per CPU-second of reading the files, hashing the bytes and decoding them into text alone: the floor under any run that notices changes */
  floor_mb_per_cpu_s: number;
  /** the same, without reading (hashing and decoding only) */
  decode_mb_per_cpu_s: number;
  /** mb_per_cpu_s over the regex pass's MB per CPU-second: the goal is ≥ 0.5 */
  per_core_vs_regex: number;
  peak_rss_mb: number;
  /** the no-change re-run inside the process (run() alone) */
  rerun_s: number;
  /** the same as a command: Node and module start-up included */
  rerun_process_s: number;
  /** wall time with 1 worker over wall time with 2, same documents */
  speedup_2_workers: number | null;
  /** the same for pure computation on 2 threads vs 1, measured in the same run: the most the machine allowed */
  machine_speedup_2_threads: number;
  /** the most 2 workers can gain over 1 on 2 cores, given the single store writer's CPU per document (Amdahl) */
  speedup_bound_one_writer: number | null;
  pdf_pages_per_s: number;
  /** wall seconds of the CLI's `run` on one small plan, process start included (median) */
  startup_s: number | null;
  /** PDF pages per CPU-second of a run, and of pdf-parse alone on the same files */
  pdf_pages_per_cpu_s: number | null;
  pdfparse_pages_per_cpu_s: number | null;
  /** CPU of writing the comparison tables and report from the full run's store, and its share of run + comparison */
  compare_cpu_s: number | null;
  compare_share: number | null;
  /**
   * the least the comparison could cost with the same output bytes (bench/compare-floor.ts: one pass
   * over the store, the outputs' bytes written, the xlsx deflated), and its share of run + that
   */
  compare_floor_cpu_s: number | null;
  compare_floor_share: number | null;
  /** CPU per plan of the run with 1 worker, ms: the worker, the main thread (the store's one writer), V8's helper threads */
  cpu_per_plan_ms: { worker: number; main: number; helpers: number } | null;
  /** where and when */
  machine: { cpu: string; cores: number; load: number[]; date: string };
  /** generated scan pages read by OCR per second (first run, empty page cache), and from the cache */
  ocr_pages_per_s: number | null;
  ocr_cached_pages_per_s: number | null;
  /** numeric targets of the scan's text found on the scan, and the share of those found that are right */
  ocr_recall: number | null;
  ocr_precision: number | null;
  workers: number;
}

type Timed = OnceResult & {
  /** the child process from spawn to exit: Node and module start-up included */
  processWall: number;
};

let specNo = 0;

/** Where the CPU went: workers, the main thread (store writer, bookkeeping), V8's and Node's helper threads. */
function mainShare(t: OnceResult): string {
  if (t.mainCpu === null || t.workerCpu === null) return '';
  return `: workers ${t.workerCpu.toFixed(1)} s, main thread ${t.mainCpu.toFixed(1)} s, helper threads (GC, compiler) ${(t.cpu - t.mainCpu - t.workerCpu).toFixed(1)} s`;
}

/** One pipeline run in a child process of its own: wall, CPU of every thread, peak RSS. */
function timedRun(dir: string, inputs: string[], out: string, workers: number, force: boolean): Timed {
  const spec = join(dir, `run-${process.pid}-${specNo++}.json`);
  writeFileSync(spec, JSON.stringify({ inputs, out, workers, force, rulesVersion: getRulesVersion() } satisfies OnceInput));
  try {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, [fileURLToPath(new URL('./once.mjs', import.meta.url)), spec], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    const last = r.stdout?.trim().split('\n').at(-1);
    if (r.status !== 0 || !last) throw new Error(`benchmark run failed (${r.status ?? r.signal}): ${(r.stderr || r.stdout || '').trim().split('\n')[0]}`);
    return { ...(JSON.parse(last) as OnceResult), processWall: (performance.now() - t0) / 1000 };
  } finally {
    rmSync(spec, { force: true });
  }
}

/** One pass of the yardstick regex over every file's text; only the matching is timed, in batches
 * of some 16 MB so the clocks' resolution does not matter. Hashing the bytes and decoding them into
 * that text (as ingest does) are timed apart: a floor under any run that notices changes and reads
 * the text, which the yardstick leaves out. */
function regexPass(files: string[]): { mb: number; wall: number; cpu: number; matches: number; decodeCpu: number; readCpu: number } {
  let bytes = 0;
  let wall = 0;
  let cpu = 0;
  let decodeCpu = 0;
  let readCpu = 0;
  let matches = 0;
  let batch: string[] = [];
  let batchBytes = 0;
  const pass = () => {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    for (const text of batch) {
      const re = new RegExp(YARDSTICK.source, 'g');
      while (re.exec(text) !== null) matches++;
    }
    wall += performance.now() - t0;
    const c = process.cpuUsage(c0);
    cpu += (c.user + c.system) / 1000;
    batch = [];
    batchBytes = 0;
  };
  for (const f of files) {
    const r0 = process.cpuUsage();
    const data = readFileSync(f);
    const r = process.cpuUsage(r0);
    readCpu += (r.user + r.system) / 1e6;
    const d0 = process.cpuUsage();
    createHash('sha256').update(data).digest('hex');
    batch.push(utf8Text(data));
    const d = process.cpuUsage(d0);
    decodeCpu += (d.user + d.system) / 1e6;
    batchBytes += data.length;
    bytes += data.length;
    if (batchBytes >= 16e6) pass();
  }
  pass();
  return { mb: bytes / 1e6, wall: wall / 1000, cpu: cpu / 1000, matches, decodeCpu, readCpu };
}

/** Work n threads get done in a fixed time: what the machine gives this process right now. */
async function burn(threads: number, ms: number): Promise<number> {
  const code = `const { parentPort } = require('node:worker_threads');
let x = 0, n = 0;
const end = Date.now() + ${ms};
while (Date.now() < end) { for (let i = 0; i < 10000; i++) x += Math.sqrt(i + x); n++; }
parentPort.postMessage(n + (x < 0 ? 1 : 0));`;
  const counts = await Promise.all(
    Array.from({ length: threads }, () => new Promise<number>((resolve, reject) => new Worker(code, { eval: true }).once('message', resolve).once('error', reject))),
  );
  return counts.reduce((a, b) => a + b, 0);
}

const r2 = (n: number) => Math.round(n * 100) / 100;

function cpuModel(): string {
  const model = cpus()[0]?.model.trim();
  return model ? model.replace(/\s+/g, ' ') : arch();
}

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
  log(`load average of the machine (others' work included): ${loadavg().map((l) => l.toFixed(1)).join(', ')}`);
  log(`bare regex pass: ${rx.matches} matches, ${regexMbPerS.toFixed(0)} MB/s (${regexMbPerCpuS.toFixed(0)} MB per CPU-second)`);
  const decodeMbPerCpuS = rx.mb / Math.max(rx.decodeCpu, 1e-9);
  const floorMbPerCpuS = rx.mb / Math.max(rx.decodeCpu + rx.readCpu, 1e-9);
  log(
    `hashing the same bytes (sha256) and decoding them into text as ingest does, which the regex pass is not timed for: ` +
      `${decodeMbPerCpuS.toFixed(0)} MB per CPU-second, ${((decodeMbPerCpuS / regexMbPerCpuS) * 100).toFixed(1)}% of the regex pass: ` +
      `no run that notices changes and reads the text can do more per core; with reading the files: ${floorMbPerCpuS.toFixed(0)} MB per CPU-second`,
  );

  // 1 vs 2 workers on the same documents, from scratch, alternating: on a shared machine the
  // fastest of a few runs is the one least disturbed by others. On the whole corpus (the
  // default), the run with the most workers is also the full run.
  const corpusDir = join(o.dir, 'corpus');
  const whole = o.speedupDocs <= 0 || o.speedupDocs >= corpus.files.length;
  const sample = whole ? corpus.files : corpus.files.slice(0, o.speedupDocs);
  const sampleMb = sample.reduce((s, f) => s + statSync(f).size, 0) / 1e6;
  const byWorkers = new Map<number, Timed>();
  const compared = workerCounts.filter((n) => n === 1 || n === 2);
  const out = join(o.dir, `out-w${full}`);
  for (let round = 0; round < Math.max(1, o.repeat); round++) {
    for (const n of compared.length === 2 ? compared : []) {
      const dir = whole && n === full ? out : join(o.dir, `out-sample-w${n}`);
      rmSync(dir, { recursive: true, force: true });
      const t = timedRun(o.dir, whole ? [corpusDir] : sample, dir, n, true);
      if (!byWorkers.has(n) || t.wall < byWorkers.get(n)!.wall) byWorkers.set(n, t);
      log(
        `${n} worker${n === 1 ? '' : 's'}, ${sample.length} plans (${sampleMb.toFixed(1)} MB): ${t.wall.toFixed(1)} s, ${(sampleMb / t.wall).toFixed(2)} MB/s, ` +
          `CPU ${t.cpu.toFixed(1)} s (${(t.cpu / t.wall).toFixed(2)} cores busy${mainShare(t)}), peak RSS ${t.peakRssMb} MB; ${t.failures} failed`,
      );
    }
  }

  // the full run (unless the comparison was it), then the same again with nothing changed
  let main = whole ? byWorkers.get(full) : undefined;
  if (!main) {
    rmSync(out, { recursive: true, force: true });
    main = timedRun(o.dir, [corpusDir], out, full, true);
  }
  log(
    `full run, ${full} worker${full === 1 ? '' : 's'}: ${main.documents} plans, ${main.failures} failed, ${main.targets} targets, ${main.baselines} baselines in ${main.wall.toFixed(1)} s ` +
      `(CPU ${main.cpu.toFixed(1)} s, ${(main.cpu / main.wall).toFixed(2)} cores busy${mainShare(main)}); peak RSS ${main.peakRssMb} MB${main.firstFailure ? `; e.g. ${main.firstFailure}` : ''}`,
  );
  const again = timedRun(o.dir, [corpusDir], out, full, false);
  log(`no-change re-run: ${again.skipped} of ${again.documents} unchanged in ${again.wall.toFixed(2)} s (${again.processWall.toFixed(2)} s with process start-up; CPU ${again.cpu.toFixed(2)} s); peak RSS ${again.peakRssMb} MB`);
  if (again.skipped !== again.documents - again.failures) {
    log(`warning: the re-run extracted ${again.documents - again.skipped - again.failures} documents again`);
  }

  // PDFs: a few long generated ones through the same pipeline, then the run's CPU per page beside
  // pdf-parse alone on the same files (both whole processes)
  const pdfDir = join(o.dir, 'pdf');
  rmSync(pdfDir, { recursive: true, force: true });
  mkdirSync(pdfDir, { recursive: true });
  const seedFiles = corpus.files.slice(0, Math.max(1, o.pdfs));
  const pdfFiles = writePdfs(seedFiles.map((f) => readFileSync(f, 'utf8')), pdfDir);
  const pdfOut = join(o.dir, 'out-pdf');
  rmSync(pdfOut, { recursive: true, force: true });
  const pdf = timedRun(o.dir, [pdfDir], pdfOut, full, true);
  const pdfSpeed = await measurePdf(pdfFiles);
  const pages = pdfSpeed.pages;
  const pdfPagesPerS = pages / pdf.wall;
  log(
    `PDF: ${seedFiles.length} files, ${pages} pages in ${pdf.wall.toFixed(1)} s, ${pdfPagesPerS.toFixed(1)} pages/s, peak RSS ${pdf.peakRssMb} MB; ${pdf.failures} failed${pdf.firstFailure ? ` (${pdf.firstFailure})` : ''}; ` +
      `per CPU-second (whole processes): the run ${pdfSpeed.pipeline_pages_per_cpu_s} pages, pdf-parse alone ${pdfSpeed.pdfparse_pages_per_cpu_s} (${pdfSpeed.pdf_cpu_ratio}×); ` +
      `the run without pdf.js's code cache ${pdfSpeed.nocache_pipeline_pages_per_cpu_s} (${pdfSpeed.nocache_pdf_cpu_ratio}×)`,
  );

  // the comparison tables and report from the full run's store, in a process of their own
  const cmp = measureCompare(join(out, 'plan-targets.sqlite'), out);
  const compareShare = cmp.cpu_s / (main.cpu + cmp.cpu_s);
  log(`comparison tables and report from the store: ${cmp.wall_s.toFixed(1)} s, CPU ${cmp.cpu_s.toFixed(1)} s (${(100 * compareShare).toFixed(1)}% of run + comparison), peak RSS ${cmp.peak_rss_mb} MB`);
  const floor = measureCompareFloor(join(out, 'plan-targets.sqlite'), out);
  const floorShare = floor.cpu_s / (main.cpu + floor.cpu_s);
  log(
    `the comparison's floor with the same bytes: CPU ${floor.cpu_s.toFixed(1)} s (${(100 * floorShare).toFixed(1)}% of run + floor): one pass over the store ${floor.read_cpu_s.toFixed(2)} s, ` +
      `writing ${floor.text_mb.toFixed(0)} MB of text ${floor.write_cpu_s.toFixed(2)} s, deflating the xlsx's ${floor.xlsx_raw_mb.toFixed(0)} MB ${floor.deflate_cpu_s.toFixed(2)} s`,
  );

  // start-up: the CLI on one small plan, as a user runs it
  const startup = await measureStartup();
  log(`start-up: \`run\` on one small plan ${startup.startup_s.toFixed(2)} s wall (CPU ${startup.startup_cpu_s.toFixed(2)} s), with the comparison tables ${startup.startup_compare_s.toFixed(2)} s${startup.build ? '' : ' (the sources through tsx: no current build)'}`);

  // scans: a few pages of the first seed drawn as a scan, OCR'd with an empty cache, then from it
  let ocr: { pagesPerS: number; cachedPagesPerS: number; recall: number; precision: number } | null = null;
  if (o.scanPages > 0) {
    const { measureScan, freshDir } = await import('./ocr.ts');
    const cacheDir = freshDir(join(o.dir, 'ocr-cache'));
    // from the first list of main targets, so the pages hold targets to find
    const plan = readFileSync(corpus.files[0]!, 'utf8');
    const seed = plan.slice(Math.max(0, plan.indexOf('主要目标')));
    const first = await measureScan('scan', seed, { maxPages: o.scanPages, cacheDir });
    const again = await measureScan('scan', seed, { maxPages: o.scanPages, cacheDir });
    ocr = { pagesPerS: first.pages / first.seconds, cachedPagesPerS: again.pages / again.seconds, recall: first.score.recall, precision: first.score.precision };
    log(
      `OCR: ${first.pages} generated scan pages in ${first.seconds.toFixed(1)} s, ${ocr.pagesPerS.toFixed(2)} pages/s (${availableParallelism()} cores); ` +
        `from the page cache ${ocr.cachedPagesPerS.toFixed(1)} pages/s; numeric targets of the text found ${first.score.matched}/${first.score.expected}, precision ${ocr.precision.toFixed(3)}`,
    );
  }

  log(`load average of the machine (others' work included): ${loadavg().map((l) => l.toFixed(1)).join(', ')}`);
  // the yardstick for the speed-up: pure computation on 1 and 2 threads, now
  let burn1 = 0;
  let burn2 = 0;
  for (let i = 0; i < 3; i++) {
    burn1 += await burn(1, o.yardstickMs ?? 1000);
    burn2 += await burn(2, o.yardstickMs ?? 1000);
  }
  const machineSpeedup = burn2 / burn1;
  log(`the machine now: 2 threads of pure computation do ${machineSpeedup.toFixed(2)}× the work of 1 (2.00× on 2 idle cores)`);
  const one = byWorkers.get(1);
  const two = byWorkers.get(2);
  const speedup = one && two ? one.wall / two.wall : null;
  if (speedup !== null) log(`speed-up 1 → 2 workers: ${speedup.toFixed(2)}× (fastest wall time of each)`);
  // With 1 worker, its thread sets the pace while the main thread (store writer, bookkeeping) and
  // V8's helper threads (GC, optimizing compiler) run beside it on the other core. With 2, all of
  // that shares 2 cores: 2 workers can do at most 2W / (W + M + H) of one.
  let bound: number | null = null;
  let perPlan: BenchFigures['cpu_per_plan_ms'] = null;
  if (one && one.mainCpu !== null && one.workerCpu !== null && one.documents > 0) {
    const per = (x: number) => ((x / one.documents) * 1000).toFixed(1);
    const w = one.workerCpu;
    const m = one.mainCpu;
    const h = Math.max(0, one.cpu - m - w);
    bound = (2 * w) / (w + m + h);
    const ms = (x: number) => r2((x / one.documents) * 1000);
    perPlan = { worker: ms(w), main: ms(m), helpers: ms(h) };
    log(
      `CPU per document with 1 worker: worker ${per(w)} ms, main thread (the one store writer) ${per(m)} ms, helper threads ${per(h)} ms: ` +
        `on 2 cores 2 workers can do at most ${bound.toFixed(2)}× the work of one`,
    );
  }
  const mbPerCpuS = mb / main.cpu;
  const peak = Math.max(main.peakRssMb, again.peakRssMb, pdf.peakRssMb, cmp.peak_rss_mb, ...[...byWorkers.values()].map((t) => t.peakRssMb));
  return {
    docs: main.documents,
    mb: r2(mb),
    docs_per_s: r2(main.documents / main.wall),
    mb_per_s: r2(mb / main.wall),
    targets_per_s: r2(main.targets / main.wall),
    mb_per_cpu_s: r2(mbPerCpuS),
    regex_mb_per_s: r2(regexMbPerS),
    floor_mb_per_cpu_s: r2(floorMbPerCpuS),
    decode_mb_per_cpu_s: r2(decodeMbPerCpuS),
    per_core_vs_regex: Math.round((mbPerCpuS / regexMbPerCpuS) * 10000) / 10000,
    peak_rss_mb: peak,
    rerun_s: r2(again.wall),
    rerun_process_s: r2(again.processWall),
    speedup_2_workers: speedup === null ? null : r2(speedup),
    machine_speedup_2_threads: r2(machineSpeedup),
    speedup_bound_one_writer: bound === null ? null : r2(bound),
    pdf_pages_per_s: r2(pdfPagesPerS),
    startup_s: startup.startup_s,
    pdf_pages_per_cpu_s: pdfSpeed.pipeline_pages_per_cpu_s,
    pdfparse_pages_per_cpu_s: pdfSpeed.pdfparse_pages_per_cpu_s,
    compare_cpu_s: r2(cmp.cpu_s),
    compare_share: Math.round(compareShare * 10000) / 10000,
    compare_floor_cpu_s: r2(floor.cpu_s),
    compare_floor_share: Math.round(floorShare * 10000) / 10000,
    ocr_pages_per_s: ocr && r2(ocr.pagesPerS),
    ocr_cached_pages_per_s: ocr && r2(ocr.cachedPagesPerS),
    ocr_recall: ocr && r2(ocr.recall),
    ocr_precision: ocr && r2(ocr.precision),
    cpu_per_plan_ms: perPlan,
    workers: full,
    machine: { cpu: cpuModel(), cores: availableParallelism(), load: loadavg().map(r2), date: new Date().toISOString().slice(0, 10) },
  };
}
