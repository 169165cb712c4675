// PDF reading against its yardstick: pages per CPU-second of a whole `plan-targets run` on some
// PDFs, beside pdf-parse's getText alone on the same files (bench/pdfparse-alone.mjs). Both are
// child processes timed the same way: the CPU of the whole process, Node's start-up and module
// loading included for both; the run skips the comparison tables (--no-compare), which are not
// PDF reading. The two alternate, and the median of each counts.
// The `warm_` figures leave start-up out for both (bench/pdf-warm.mjs): each side loads its modules
// and reads one small real PDF (test/fixtures/ingest/plan.pdf) first, then only the PDFs count.
// The run reads pdf.js's compiled code from V8's code cache (pipeline/code-cache.ts), written by
// the first run after a build; `nocache_` is the run compiling it anew (PLAN_TARGETS_CODE_CACHE=0).
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLI, ROOT, median, timeNode, usesBuild } from './process-time.ts';
import { generateCorpus } from './generate.ts';
import { makePdf } from './pdf.ts';

export interface PdfSpeed {
  pages: number;
  pipeline_pages_per_cpu_s: number;
  pdfparse_pages_per_cpu_s: number;
  /** pdf-parse's pages per CPU-second over the run's: the goal is ≤ 1.2 */
  pdf_cpu_ratio: number;
  /** the run without pdf.js's code cache (as the first run after a build, less its writing the cache) */
  nocache_pipeline_pages_per_cpu_s: number;
  nocache_pdf_cpu_ratio: number;
  /** the same with start-up left out of both (modules loaded, one small PDF read first) */
  warm_pipeline_pages_per_cpu_s: number;
  warm_pdfparse_pages_per_cpu_s: number;
  warm_pdf_cpu_ratio: number;
  /** the CLI ran the build in dist/ (false: the sources through tsx, which starts slower) */
  build: boolean;
}

const ALONE = new URL('./pdfparse-alone.mjs', import.meta.url).pathname;
const WARM = new URL('./pdf-warm.mjs', import.meta.url).pathname;
const WARM_UP = join(ROOT, 'test', 'fixtures', 'ingest', 'plan.pdf');

/** `cli`: another checkout's bin/plan-targets.mjs, to time a version beside this one. */
export async function measurePdf(files: string[], opts: { runs?: number; cli?: string } = {}): Promise<PdfSpeed> {
  const runs = Math.max(1, opts.runs ?? 3);
  const out = mkdtempSync(join(tmpdir(), 'plan-targets-pdf-speed-'));
  try {
    const run = (env: NodeJS.ProcessEnv = {}) => timeNode([opts.cli ?? CLI, 'run', ...files, '--out', out, '--force', '--no-compare', '--quiet'], env);
    const alone = () => timeNode([ALONE, ...files]);
    const pages = Number(alone().stdout.trim());
    // one of each first, not counted: the files into the page cache, the disk's metadata warm
    run();
    const warm = (mode: string) => (JSON.parse(timeNode([WARM, mode, WARM_UP, ...files]).stdout) as { seconds: number }).seconds;
    const a: number[] = [];
    const b: number[] = [];
    const wa: number[] = [];
    const wb: number[] = [];
    const na: number[] = [];
    for (let i = 0; i < runs; i++) {
      a.push(run().cpu);
      b.push(alone().cpu);
      na.push(run({ PLAN_TARGETS_CODE_CACHE: '0' }).cpu);
      wa.push(warm('pipeline'));
      wb.push(warm('pdf-parse'));
    }
    const pipeline = pages / median(a);
    const pdfparse = pages / median(b);
    const nocache = pages / median(na);
    const warmPipeline = pages / median(wa);
    const warmPdfparse = pages / median(wb);
    const r2 = (n: number) => Math.round(n * 100) / 100;
    return {
      pages,
      pipeline_pages_per_cpu_s: r2(pipeline),
      pdfparse_pages_per_cpu_s: r2(pdfparse),
      pdf_cpu_ratio: r2(pdfparse / pipeline),
      nocache_pipeline_pages_per_cpu_s: r2(nocache),
      nocache_pdf_cpu_ratio: r2(pdfparse / nocache),
      warm_pipeline_pages_per_cpu_s: r2(warmPipeline),
      warm_pdfparse_pages_per_cpu_s: r2(warmPdfparse),
      warm_pdf_cpu_ratio: r2(warmPdfparse / warmPipeline),
      build: await usesBuild(),
    };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/** Plans laid out as PDFs (bench/pdf.ts) in dir: their paths. */
export function writePdfs(texts: string[], dir: string): string[] {
  return texts.map((text, i) => {
    const file = join(dir, `plan-${i + 1}.pdf`);
    writeFileSync(file, makePdf(text).data);
    return file;
  });
}

/**
 * `npm run bench -- --only pdf`: the bench's PDF figures alone, on the PDFs it makes of the first
 * `pdfs` generated plans (the same as the full bench's), `runs` pairs; the load average beside them.
 */
export async function benchPdf(o: { pdfs: number; runs: number; dir: string; seeds: string }): Promise<PdfSpeed & { load: number[] }> {
  const corpus = generateCorpus({ seeds: o.seeds, out: join(o.dir, 'pdf-corpus'), docs: o.pdfs });
  const pdfDir = join(o.dir, 'pdf-only');
  rmSync(pdfDir, { recursive: true, force: true });
  mkdirSync(pdfDir, { recursive: true });
  const files = writePdfs(corpus.files.map((f) => readFileSync(f, 'utf8')), pdfDir);
  const speed = await measurePdf(files, { runs: o.runs });
  return { ...speed, load: loadavg().map((l) => Math.round(l * 100) / 100) };
}
